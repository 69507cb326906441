"""What every renderer shares: options applied once, labels, colours, dates, direction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from collections.abc import Iterable

from fieldguide.assessments import scales
from fieldguide.assessments.scales import NOT_ASSESSED
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


CLASSIFICATION_MARKINGS = {
    "unclassified": "UNCLASSIFIED",
    "confidential": "CONFIDENTIAL",
    "strictly-confidential": "STRICTLY CONFIDENTIAL",
}

CONFIDENCE_LABELS = {"low": "Low", "medium": "Medium", "high": "High"}

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


SYNTHESIS_LABEL = "Field Guide synthesis, drawing on"


def citation_text(item: ReportItem) -> str:
    """The item's citation as a report prints it: synthesis is never shown as the source's own words."""
    source = item.citation.strip()
    if item.synthesis:
        return f"{SYNTHESIS_LABEL}: {source}" if source else SYNTHESIS_LABEL
    return source


def status_label(status: str, kind: str | None = None) -> str:
    return scales.label(status, kind)


def confidence_label(confidence: str | None) -> str:
    if not confidence:
        return ""
    return CONFIDENCE_LABELS.get(confidence, confidence.capitalize())


def classification_marking(classification: str) -> str:
    return CLASSIFICATION_MARKINGS.get(
        classification, classification.replace("-", " ").upper() or "UNCLASSIFIED"
    )


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
    # Day month year with the month spelt out: unambiguous across the UK, US
    # and French conventions advisers mix in one mission.
    if value is None:
        return ""
    month = MONTHS[value.month - 1]
    return f"{value.day} {month[:3] if short else month} {value.year}"


def format_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC)
        return f"{format_date(value.date())}, {value:%H:%M} UTC"
    return f"{format_date(value.date())}, {value:%H:%M}"


def assessment_period(report: Report) -> str:
    start, end = report.start_date, report.end_date
    if start and end:
        if start == end:
            return format_date(start)
        return f"{format_date(start)} – {format_date(end)}"
    if start:
        return f"From {format_date(start)}"
    if end:
        return f"Until {format_date(end)}"
    return ""


def document_author(report: Report) -> str:
    names = [name.strip() for name in report.assessors if name.strip()]
    return ", ".join(names) if names else "Field Guide"


def document_subject(report: Report) -> str:
    return f"Assessment report — {report.country}" if report.country else "Assessment report"


def report_status_label(status: str) -> str:
    return {"draft": "Draft", "final": "Final"}.get(status, status.capitalize())


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
    text = item.text or "An item no longer in the library"
    return f"{item.number}. {text}" if item.number else text


def item_details(item: ReportItem) -> list[str]:
    """What follows the status label: never an internal id."""
    details = [scales.KIND_LABELS.get(item.kind, "")] if item.kind in scales.KIND_LABELS else []
    if item.confidence:
        details.append(f"Confidence: {confidence_label(item.confidence)}")
    if item.earlier_status:
        details.append(f"Recorded earlier as “{status_label(item.earlier_status)}”")
    if item.retired:
        details.append("Retired from the checklist")
    return details


def item_source(item: ReportItem) -> str:
    """The item's source line; the project's own synthesis says so instead of "Source"."""
    source = item.citation.strip()
    label = SYNTHESIS_LABEL if item.synthesis else "Source"
    if item.guidance_title and source:
        return f"{label}: {item.guidance_title} — {source}"
    if item.guidance_title:
        return f"{label}: {item.guidance_title}"
    return f"{label}: {source}" if source else ""


ACTION_COLUMNS = ["#", "Action", "Related item", "Owner", "Due", "Status"]


def action_rows(report: Report) -> list[list[str]]:
    """The follow-up actions as table rows, the same in every format."""
    rows = []
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
                "Done" if action.done else "Open",
            ]
        )
    return rows


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def cover_rows(report: Report) -> list[tuple[str, str]]:
    """The cover's caption/value lines, the same in every format; empty values left out."""
    rows = (
        ("Country", report.country),
        ("Mission", report.mission),
        ("Assessment period", assessment_period(report)),
        ("Assessors", ", ".join(name for name in report.assessors if name.strip())),
        ("Classification", classification_marking(report.classification)),
        ("Status", report_status_label(report.status)),
        ("Exported", format_datetime(report.exported_at)),
        ("Scope", f"{plural(len(report.checklists), 'checklist')}, {plural(item_count(report), 'item')}"),
    )
    return [(caption, value) for caption, value in rows if value]


# --- the summary, worded once for every format ------------------------------------


def _share(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


def summary_lead(report: Report) -> str:
    """The executive summary's first sentence."""
    total, assessed = item_count(report), report.assessed()
    lead = f"This report covers {plural(total, 'item')} in {plural(len(report.checklists), 'checklist')}."
    if not total:
        return lead
    verb = "has" if assessed == 1 else "have"
    return f"{lead} {assessed} of them {verb} been assessed ({_share(assessed, total)})."


def kind_heading(kind: str, count: int) -> str:
    noun = scales.KIND_LABELS[kind].lower() if count == 1 else scales.KIND_PLURALS[kind]
    return f"{count} {noun}"


def kind_summaries(report: Report) -> list[str]:
    """One line per item kind present, counted on that kind's own scale."""
    lines = []
    for kind, counts in report.counts().items():
        total = sum(counts.values())
        parts = ", ".join(f"{counts[value]} {status_label(value, kind).lower()}" for value in counts)
        lines.append(f"{kind_heading(kind, total).capitalize()}: {parts}.")
    return lines


CHECKLIST_COLUMNS = ["Checklist", "Items", "Assessed", "Not yet", "Share"]


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
            label = status_label(item.status, item.kind).lower()
            said[label] = said.get(label, 0) + 1
    unassessed = sum(1 for item in checklist.items if item.status == NOT_ASSESSED)
    parts = [plural(len(checklist.items), "item")]
    parts += [f"{count} {label}" for label, count in said.items()]
    if unassessed:
        parts.append(f"{unassessed} not yet assessed")
    return " · ".join(parts)
