"""Assessment items as CSV: one row per item, for sorting and filtering in Excel.

The columns keep stable names and codes (`status` is `met`, `not-met`…) so that
sorting, filtering and scripts work the same in every language; `status_label`
and the citation (with "Field Guide synthesis" where it applies) are in the
report's language, as the PDF prints them.
"""

from __future__ import annotations

import csv
from pathlib import Path

from fieldguide.reports.common import apply_options, citation_text, status_label
from fieldguide.reports.model import Report

COLUMNS = (
    "checklist_id",
    "checklist",
    "group",
    "number",
    "item_id",
    "item_text",
    "kind",
    "status",
    "status_label",
    "earlier_status",
    "confidence",
    "note",
    "evidence",
    "citation",
    "retired",
)

# Excel runs a cell that starts with one of these as a formula, and a note or
# an imported pack's text could carry one (CSV injection). A leading
# apostrophe makes Excel show the text as typed; it is the one change made to
# a value, and only to such values.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: str) -> str:
    return f"'{value}" if value.startswith(FORMULA_TRIGGERS) else value


def render_csv(report: Report, path: Path) -> int:
    """Write one row per item to `path`; return the number of item rows.

    UTF-8 with a byte order mark, because without it Excel reads the file in
    the machine's legacy code page and garbles accents and Arabic. Quoting by
    the csv module keeps multi-line notes in one cell.
    """
    shown = apply_options(report)
    rows = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for checklist in shown.checklists:
            for item in checklist.items:
                writer.writerow(
                    [
                        _safe(checklist.id),
                        _safe(checklist.title),
                        _safe(item.group or ""),
                        str(item.number or ""),
                        _safe(item.item_id),
                        _safe(item.text),
                        item.kind,
                        item.status,
                        status_label(item.status, item.kind),
                        item.earlier_status or "",
                        item.confidence or "",
                        _safe(item.note),
                        _safe(item.evidence),
                        _safe(citation_text(item)),
                        "yes" if item.retired else "",
                    ]
                )
                rows += 1
    return rows
