"""A realistic report built in memory: for previews, tests and the benchmark.

Notes mix English, French and Arabic on purpose, since real missions do and
every renderer has to get accents and right-to-left text right.
"""

from __future__ import annotations

import datetime as dt
import itertools

from fieldguide.assessments.scales import choices
from fieldguide.reports.model import (
    Report,
    ReportAction,
    ReportChecklist,
    ReportItem,
    ReportOptions,
)

FRENCH_NOTE = (
    "Sécurité, société civile, élections à venir : les interlocuteurs de la "
    "préfecture ont confirmé que le comité de pilotage ne s'est pas réuni depuis "
    "mars.\n\nÀ vérifier auprès du ministère de l'Intérieur avant la mission "
    "conjointe."
)
ARABIC_NOTE = (
    "الأمن الوطني والمصالحة من أولويات الحكومة، لكن المجتمع المدني لم يشارك في "
    "صياغة الخطة.\n\nيجب عقد مشاورات في المحافظات الشمالية قبل الانتخابات."
)
ENGLISH_NOTE = (
    "The national security strategy was drafted by an **international consultant** "
    "and has not been discussed in parliament.\n\n"
    "- The defence committee has asked for a briefing\n"
    "- Civil society organisations were *not* consulted\n\n"
    "Follow up with the Office of the National Security Adviser."
)

_CHECKLISTS: list[tuple[str, str, list[tuple[str | None, str, str]]]] = [
    (
        "ssr-ownership",
        "National ownership of security sector reform",
        [
            (
                "Leadership",
                "Do national authorities lead the design of the SSR process?",
                "ITGN vol. 1, National Ownership, p. 12",
            ),
            (
                "Leadership",
                "Is there a national coordination body with a clear mandate?",
                "ITGN vol. 1, National Ownership, p. 15",
            ),
            (
                "Leadership",
                "Has the government allocated its own budget to the reform?",
                "ITGN vol. 1, National Ownership, annex",
            ),
            (
                "Inclusion",
                "Were civil society and women's organisations consulted?",
                "ITGN vol. 2, Gender and SSR, p. 4",
            ),
            (
                "Inclusion",
                "Does parliament exercise oversight of the security sector?",
                "ITGN vol. 1, Democratic Governance, p. 31",
            ),
            (None, "Is there a published national security strategy?", "UN SSR Policy 2012, para. 18"),
        ],
    ),
    (
        "mediation-design",
        "Mediation process design",
        [
            (
                "Preparedness",
                "Has a conflict analysis been updated in the last six months?",
                "UN Guidance for Effective Mediation, 2012, p. 6",
            ),
            (
                "Preparedness",
                "Is the mediation team adequately resourced and mandated?",
                "UN Guidance for Effective Mediation, 2012, p. 7",
            ),
            (
                "Consent",
                "Do the main conflict parties accept the mediator?",
                "UN Guidance for Effective Mediation, 2012, p. 8",
            ),
            (
                "Inclusivity",
                "Are women meaningfully represented in the delegations?",
                "SCR 1325 (2000), op. 1",
            ),
            (
                "Inclusivity",
                "Is there a mechanism to hear victims and displaced people?",
                "UN Guidance for Effective Mediation, 2012, p. 12",
            ),
        ],
    ),
    (
        "elections-security",
        "Security for the coming elections",
        [
            ("Planning", "Is there a joint electoral security plan?", "UNDP Electoral Security Guide, ch. 3"),
            (
                "Planning",
                "Are police deployments mapped to polling stations?",
                "UNDP Electoral Security Guide, ch. 4",
            ),
            (
                "Conduct",
                "Have security forces received a code of conduct for elections?",
                "OHCHR Human Rights and Elections, p. 22",
            ),
            (
                None,
                "Are there early-warning mechanisms for electoral violence?",
                "UNDP Electoral Security Guide, ch. 6",
            ),
        ],
    ),
]

_CONFIDENCE = ("high", "medium", "low", None)
# Every kind, and over the report every value of every kind's scale.
_KIND_CYCLE = ("criterion", "question", "criterion", "step", "tip", "criterion", "step")


def sample_report(
    *,
    items: int | None = None,
    options: ReportOptions | None = None,
    classification: str = "strictly-confidential",
) -> Report:
    """A report with three checklists (or `items` items spread over them)."""
    checklists: list[ReportChecklist] = []
    notes = itertools.cycle([ENGLISH_NOTE, FRENCH_NOTE, ARABIC_NOTE])
    kinds = itertools.cycle(_KIND_CYCLE)
    turns: dict[str, int] = {}
    confidences = itertools.cycle(_CONFIDENCE)
    templates = [(cid, title, rows) for cid, title, rows in _CHECKLISTS]
    total = items if items is not None else sum(len(rows) for _, _, rows in templates)
    per_checklist = [0] * len(templates)
    for index in range(total):
        per_checklist[index % len(templates)] += 1
    for (checklist_id, title, rows), count in zip(templates, per_checklist, strict=True):
        checklist = ReportChecklist(id=checklist_id, title=title)
        prefix = "".join(word[0] for word in checklist_id.split("-")).upper()
        for number in range(count):
            group, text, citation = rows[number % len(rows)]
            if number >= len(rows):
                text = f"{text} (round {number // len(rows) + 1})"
            kind = next(kinds)
            scale = choices(kind)
            status = scale[turns.get(kind, 0) % len(scale)]
            turns[kind] = turns.get(kind, 0) + 1
            note = "" if status == "not-assessed" else next(notes)
            checklist.items.append(
                ReportItem(
                    item_id=f"{prefix}-{number + 1}",
                    text=text,
                    kind=kind,
                    status=status,
                    number=number + 1,
                    group=group,
                    confidence=None if status == "not-assessed" else next(confidences),
                    note=note,
                    evidence=(
                        "Interview with the deputy minister, 14 May; draft strategy v3."
                        if note and number % 2 == 0
                        else ""
                    ),
                    citation=citation,
                )
            )
        checklists.append(checklist)
    return Report(
        assessment_id="a-2025-014",
        title="Security sector reform readiness assessment",
        classification=classification,
        country="Côte d'Ivoire",
        mission="UNOCI follow-on SSR support",
        assessors=["Amina Diallo", "Jean-Baptiste Kouassi", "Sarah Whitfield"],
        start_date=dt.date(2025, 5, 12),
        end_date=dt.date(2025, 5, 23),
        status="draft",
        created_at=dt.datetime(2025, 5, 12, 8, 30, tzinfo=dt.UTC),
        exported_at=dt.datetime(2025, 5, 26, 14, 5, tzinfo=dt.UTC),
        summary=(
            "National ownership is **strong at ministerial level** but thin in parliament "
            "and among civil society. Electoral security planning has started late."
        ),
        checklists=checklists,
        actions=[
            ReportAction(
                text="Brief the parliamentary defence committee on the draft strategy",
                owner="Amina Diallo",
                due=dt.date(2025, 6, 15),
                item_id="SO-5",
                item_number=5,
                item_text="Does parliament exercise oversight of the security sector?",
            ),
            ReportAction(
                text="Organiser des consultations avec la société civile à Bouaké",
                owner="Jean-Baptiste Kouassi",
                due=dt.date(2025, 7, 1),
                item_id="SO-4",
                item_number=4,
                item_text="Were civil society and women's organisations consulted?",
            ),
            ReportAction(
                text="Share the updated conflict analysis with the mediation team",
                owner="Sarah Whitfield",
                due=dt.date(2025, 6, 2),
                done=True,
                item_id="MD-1",
                item_number=1,
                item_text="Has a conflict analysis been updated in the last six months?",
            ),
        ],
        options=options or ReportOptions(),
    )
