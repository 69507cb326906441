"""CSV and JSON exports read back to the same items, statuses and notes."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv
import datetime as dt
import json
from pathlib import Path

from fieldguide.reports.model import Report, ReportChecklist, ReportItem, ReportOptions
from fieldguide.reports.render_csv import COLUMNS, render_csv
from fieldguide.reports.render_json import render_json
from fieldguide.reports.sample import sample_report

TRICKY_NOTE = 'Line one, with a comma and "quotes"\nLine two: الأمن الوطني والمصالحة\n\nÉlections à venir'


def _report(options: ReportOptions | None = None) -> Report:
    report = sample_report(options=options)
    report.checklists[0].items[0].note = TRICKY_NOTE
    report.checklists[0].items[1].note = '=HYPERLINK("http://example.invalid")'
    return report


def _items(report: Report) -> list[tuple[ReportChecklist, ReportItem]]:
    return [(checklist, item) for checklist in report.checklists for item in checklist.items]


def test_csv_round_trips_every_item(tmp_path: Path) -> None:
    report = _report()
    path = tmp_path / "items.csv"
    rows_written = render_csv(report, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 BOM"
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = _items(report)
    assert rows_written == len(rows) == len(expected)
    assert list(rows[0]) == list(COLUMNS)
    for row, (checklist, item) in zip(rows, expected, strict=True):
        assert row["checklist"] == checklist.title
        assert row["item_id"] == item.item_id
        assert row["item_text"] == item.text
        assert row["status"] == item.status
        assert row["confidence"] == (item.confidence or "")
        assert row["group"] == (item.group or "")
        assert row["citation"] == item.citation
        assert row["evidence"] == item.evidence
        if item.note.startswith(("=", "+", "-", "@")):
            # Shown as text by Excel, never run as a formula.
            assert row["note"] == "'" + item.note
        else:
            assert row["note"] == item.note
    assert rows[0]["note"] == TRICKY_NOTE


def test_csv_without_notes(tmp_path: Path) -> None:
    path = tmp_path / "items.csv"
    render_csv(_report(ReportOptions(include_notes=False)), path)
    content = path.read_text(encoding="utf-8-sig")
    assert "الأمن" not in content and "quotes" not in content and "deputy minister" not in content


def test_csv_skip_unassessed(tmp_path: Path) -> None:
    path = tmp_path / "items.csv"
    render_csv(_report(ReportOptions(skip_unassessed=True)), path)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        statuses = {row["status"] for row in csv.DictReader(handle)}
    assert "not-assessed" not in statuses
    assert "met" in statuses


def test_json_round_trips_the_report(tmp_path: Path) -> None:
    report = _report()
    path = tmp_path / "report.json"
    render_json(report, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == 2
    assert data["title"] == report.title
    assert data["classification"] == "strictly-confidential"
    assert dt.date.fromisoformat(data["start_date"]) == report.start_date
    assert dt.datetime.fromisoformat(data["exported_at"]) == report.exported_at
    assert data["actions"][0]["due"] == "2025-06-15"
    items = [item for checklist in data["checklists"] for item in checklist["items"]]
    expected = [item for _, item in _items(report)]
    assert len(items) == len(expected)
    for got, item in zip(items, expected, strict=True):
        assert got["item_id"] == item.item_id
        assert got["status"] == item.status
        assert got["note"] == item.note
        assert got["evidence"] == item.evidence
    assert items[0]["note"] == TRICKY_NOTE
    assert data["counts"] == report.counts()
    # Arabic and accents stay readable in the file itself.
    assert "الأمن" in path.read_text(encoding="utf-8")


def test_json_without_notes(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    render_json(_report(ReportOptions(include_notes=False)), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    notes = [item["note"] for checklist in data["checklists"] for item in checklist["items"]]
    assert set(notes) == {""}
    assert data["summary"] == ""
    assert data["options"]["include_notes"] is False
