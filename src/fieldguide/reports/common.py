"""What every renderer shares: options applied once, labels, colours, dates, direction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from collections.abc import Iterable

from fieldguide import i18n
from fieldguide.assessments import scales
from fieldguide.assessments.scales import CRITERION, NOT_ASSESSED, QUESTION, STEP, TIP
from fieldguide.i18n import N_, _, n_
from fieldguide.reports.model import Report, ReportChecklist, ReportItem

# Colours by what a value says (scales.tone), the same for every kind's scale:
# (text / bar colour, label background). Muted tones that survive greyscale
# printing: the label text always says the status, colour only reinforces it.
TONE_COLOURS = {
    "positive": ("#2E6B3A", "#E3F0E5"),
    "partial": ("#8A5A00", "#F8EDD3"),
    "negative": ("#A3322B", "#F6E0DE"),
    "not-relevant": ("#4F5B66", "#E6E9EC"),
    NOT_ASSESSED: ("#6B7280", "#EEEFF1"),
}


def status_colours(status: str) -> tuple[str, str]:
    return TONE_COLOURS[scales.tone(status)]


# Every word a report prints goes through the catalogue (`_()`), so a report comes out in
# the language chosen in the window or for the command line; the JSON export keeps its codes.
CLASSIFICATION_MARKINGS = {
    "unclassified": N_("UNCLASSIFIED"),
    "confidential": N_("CONFIDENTIAL"),
    "strictly-confidential": N_("STRICTLY CONFIDENTIAL"),
}

CONFIDENCE_LABELS = {"low": N_("Low"), "medium": N_("Medium"), "high": N_("High")}

STATUS_LABELS = {
    "met": N_("Met"),
    "partly-met": N_("Partly met"),
    "not-met": N_("Not met"),
    "not-applicable": N_("Not applicable"),
    "answered": N_("Answered"),
    "done": N_("Done"),
    "under-way": N_("Under way"),
    "not-started": N_("Not started"),
    "applied": N_("Applied"),
    "not-applied": N_("Not applied"),
    "not-relevant": N_("Not relevant"),
    NOT_ASSESSED: N_("Not assessed"),
}
KIND_LABELS = {CRITERION: N_("Criterion"), QUESTION: N_("Question"), STEP: N_("Step"), TIP: N_("Tip")}


SYNTHESIS_LABEL = N_("Field Guide synthesis, drawing on")


def citation_text(item: ReportItem) -> str:
    """The item's citation as a report prints it: synthesis is never shown as the source's own words."""
    source = item.citation.strip()
    if item.synthesis:
        label = _(SYNTHESIS_LABEL)
        return _("%s: %s") % (label, source) if source else label
    return source


def status_label(status: str, kind: str | None = None) -> str:
    if status == NOT_ASSESSED and scales.kind_of(kind) == QUESTION:
        return _("Not yet")
    if status in STATUS_LABELS:
        return _(STATUS_LABELS[status])
    return scales.label(status, kind)


def kind_label(kind: str) -> str:
    return _(KIND_LABELS[kind]) if kind in KIND_LABELS else ""


def confidence_label(confidence: str | None) -> str:
    if not confidence:
        return ""
    return _(CONFIDENCE_LABELS[confidence]) if confidence in CONFIDENCE_LABELS else confidence.capitalize()


def classification_marking(classification: str, *, translated: bool = True) -> str:
    """The marking printed on every page; `translated=False` gives the English one (JSON export)."""
    if classification in CLASSIFICATION_MARKINGS:
        marking = CLASSIFICATION_MARKINGS[classification]
        return _(marking) if translated else marking
    return classification.replace("-", " ").upper() or _(CLASSIFICATION_MARKINGS["unclassified"])


def right_to_left() -> bool:
    """Whether the report is laid out right to left (its language is Arabic)."""
    return i18n.right_to_left()


def apply_options(report: Report) -> Report:
    """A copy of `report` with its options applied, for renderers to show as is.

    Leaving notes out is done here, once, rather than in each renderer, so no
    format can leak a note by forgetting a check. The assessment's own summary
    is a note too (the adviser's words), so it goes with them.
    """
    options = report.options
    checklists: list[ReportChecklist] = []
    for checklist in report.checklists:
        items: list[ReportItem] = []
        for item in checklist.items:
            if options.skip_unassessed and item.status == NOT_ASSESSED:
                continue
            if not options.include_notes:
                item = dataclasses.replace(item, note="", evidence="")
            else:
                item = dataclasses.replace(item)
            items.append(item)
        if items or not options.skip_unassessed:
            checklists.append(dataclasses.replace(checklist, items=items))
    return dataclasses.replace(
        report,
        checklists=checklists,
        actions=[dataclasses.replace(action) for action in report.actions],
        summary=report.summary if options.include_notes else "",
        assessors=list(report.assessors),
    )


def first_strong_direction(text: str) -> str | None:
    """'rtl' or 'ltr' from the first strongly directional character, as the
    Unicode bidi algorithm (rule P2) picks a paragraph's direction."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def is_rtl(text: str) -> bool:
    return first_strong_direction(text) == "rtl"


def format_date(value: dt.date | None, *, short: bool = False) -> str:
    return "" if value is None else i18n.format_date(value, short)


def format_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC)
        return _("%s, %s UTC") % (format_date(value.date()), f"{value:%H:%M}")
    return _("%s, %s", "a date and a time") % (format_date(value.date()), f"{value:%H:%M}")


def assessment_period(report: Report) -> str:
    start, end = report.start_date, report.end_date
    if start and end:
        if start == end:
            return format_date(start)
        return f"{format_date(start)} – {format_date(end)}"
    if start:
        return _("From %s") % format_date(start)
    if end:
        return _("Until %s") % format_date(end)
    return ""


def document_author(report: Report) -> str:
    names = [name.strip() for name in report.assessors if name.strip()]
    return ", ".join(names) if names else "Field Guide"


def document_subject(report: Report) -> str:
    return _("Assessment report — %s") % report.country if report.country else _("Assessment report")


def report_status_label(status: str) -> str:
    return {"draft": _("Draft"), "final": _("Final")}.get(status, status.capitalize())


def grouped_items(items: Iterable[ReportItem]) -> list[tuple[str | None, list[ReportItem]]]:
    """Items by `group`, groups in order of first appearance.

    Items keep their checklist order inside a group; ungrouped items form one
    run without a heading where they first appear.
    """
    groups: dict[str | None, list[ReportItem]] = {}
    for item in items:
        key = item.group.strip() if item.group and item.group.strip() else None
        groups.setdefault(key, []).append(item)
    return list(groups.items())


def item_count(report: Report) -> int:
    return sum(len(checklist.items) for checklist in report.checklists)


def item_heading(item: ReportItem) -> str:
    """The item as the window lists it: its number in the checklist, then its words."""
    # An answer to an item a pack upgrade removed has no words left; its id
    # would mean nothing to a reader, so say what happened instead.
    text = item.text or _("An item no longer in the library")
    return f"{item.number}. {text}" if item.number else text


def item_details(item: ReportItem) -> list[str]:
    """What follows the status label: never an internal id."""
    details = [kind_label(item.kind)] if item.kind in KIND_LABELS else []
    if item.confidence:
        details.append(_("Confidence: %s") % confidence_label(item.confidence))
    if item.earlier_status:
        details.append(_("Recorded earlier as “%s”") % status_label(item.earlier_status))
    if item.retired:
        details.append(_("Retired from the checklist"))
    return details


def item_source(item: ReportItem) -> str:
    """The item's source line; the project's own synthesis says so instead of "Source"."""
    source = item.citation.strip()
    label = _(SYNTHESIS_LABEL) if item.synthesis else _("Source")
    if item.guidance_title and source:
        return _("%s: %s — %s") % (label, item.guidance_title, source)
    if item.guidance_title:
        return _("%s: %s") % (label, item.guidance_title)
    return _("%s: %s") % (label, source) if source else ""


def action_columns() -> list[str]:
    return ["#", _("Action"), _("Related item"), _("Owner"), _("Due"), _("Status")]


def action_rows(report: Report) -> list[list[str]]:
    """The follow-up actions as table rows, the same in every format."""
    rows = []
    done, still_open = _("Done", "a follow-up action"), _("Open", "a follow-up action not yet done")
    for index, action in enumerate(report.actions, start=1):
        item = action.item_text or ""
        if item and action.item_number:
            item = f"{action.item_number}. {item}"
        rows.append(
            [
                str(index),
                action.text,
                item or "—",
                action.owner or "—",
                format_date(action.due, short=True) or "—",
                done if action.done else still_open,
            ]
        )
    return rows


def checklists_phrase(count: int) -> str:
    return n_("%n checklist(s)", count)


def items_phrase(count: int) -> str:
    return n_("%n item(s)", count)


def classification_caption() -> str:
    return _("Classification")


def cover_rows(report: Report) -> list[tuple[str, str]]:
    """The cover's caption/value lines, the same in every format; empty values left out."""
    scope = _("%s, %s") % (checklists_phrase(len(report.checklists)), items_phrase(item_count(report)))
    rows = (
        (_("Country"), report.country),
        (_("Mission"), report.mission),
        (_("Assessment period"), assessment_period(report)),
        (_("Assessors"), _(", ").join(name for name in report.assessors if name.strip())),
        (classification_caption(), classification_marking(report.classification)),
        (_("Status"), report_status_label(report.status)),
        (_("Exported"), format_datetime(report.exported_at)),
        (_("Scope"), scope),
    )
    return [(caption, value) for caption, value in rows if value]


# --- the summary, worded once for every format ------------------------------------


def _share(part: int, whole: int) -> str:
    return _("%s%%") % round(100 * part / whole) if whole else "–"


def summary_lead(report: Report) -> str:
    """The executive summary's first sentence."""
    total, assessed = item_count(report), report.assessed()
    checklists = checklists_phrase(len(report.checklists))
    lead = _("This report covers %s in %s.") % (items_phrase(total), checklists)
    if not total:
        return lead
    done = n_("%n of them has been assessed (%s).", assessed) % _share(assessed, total)
    return _("%s %s") % (lead, done)


def kind_heading(kind: str, count: int) -> str:
    """"12 criteria", "1 question": the count with the kind's own noun."""
    if kind == CRITERION:
        return n_("%n criterion", count)
    if kind == QUESTION:
        return n_("%n question", count)
    if kind == STEP:
        return n_("%n step", count)
    if kind == TIP:
        return n_("%n tip", count)
    return f"{count} {kind}"


def kind_summaries(report: Report) -> list[str]:
    """One line per item kind present, counted on that kind's own scale."""
    lines = []
    for kind, counts in report.counts().items():
        total = sum(counts.values())
        parts = _(", ").join(_("%s: %s") % (status_label(value, kind), counts[value]) for value in counts)
        lines.append(_("%s — %s.") % (kind_heading(kind, total), parts))
    return lines


def checklist_columns() -> list[str]:
    return [_("Checklist"), _("Items"), _("Assessed"), _("Not yet"), _("Share")]


def checklist_rows(report: Report) -> list[list[str]]:
    rows = []
    for checklist in report.checklists:
        total = len(checklist.items)
        assessed = sum(1 for item in checklist.items if item.status != NOT_ASSESSED)
        rows.append(
            [checklist.title, str(total), str(assessed), str(total - assessed), _share(assessed, total)]
        )
    return rows


def checklist_line(checklist: ReportChecklist) -> str:
    """The line under a checklist's heading: how many items, and what was said of them."""
    said: dict[str, int] = {}
    for item in checklist.items:
        if item.status != NOT_ASSESSED:
            label = status_label(item.status, item.kind)
            said[label] = said.get(label, 0) + 1
    unassessed = sum(1 for item in checklist.items if item.status == NOT_ASSESSED)
    parts = [items_phrase(len(checklist.items))]
    parts += [_("%s: %s") % (label, count) for label, count in said.items()]
    if unassessed:
        parts.append(_("%s: %s") % (_("Not yet assessed"), unassessed))
    return " · ".join(parts)
