"""The whole report as JSON, for other tools (dashboards, archives, scripts)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

from fieldguide.assessments.scales import choices
from fieldguide.reports.common import apply_options, classification_marking
from fieldguide.reports.model import Report

# Bump when a field changes meaning or disappears; adding fields does not.
# 2: each item's status is on its kind's scale; "counts" is per kind.
SCHEMA_VERSION = 2


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return value.isoformat()
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: _jsonable(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    return value


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report (options applied) as plain JSON types, dates as ISO 8601."""
    shown = apply_options(report)
    body = _jsonable(shown)
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": "Field Guide",
        # Stable whatever the language: programs read it (the window's words are in the PDF).
        "classification_marking": classification_marking(shown.classification, translated=False),
        **body,
        "counts": shown.counts(),
        "scales": {kind: list(choices(kind)) for kind in shown.counts()},
    }


def render_json(report: Report, path: Path) -> None:
    # ensure_ascii=False keeps accents and Arabic readable in the file itself.
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        json.dump(report_to_dict(report), handle, ensure_ascii=False, indent=2)
        handle.write("\n")
