"""A pack's sources.yaml, the works its citations may name, and how a citation is
read into the works it names."""

from __future__ import annotations

from typing import Any

from fieldguide.library.pack_fields import SOURCES, PackError, _require, _yaml


def parse_sources(text: str) -> list[dict[str, Any]]:
    """sources.yaml: `sources: [{id, short, title, ...}]`; `short` is how citations start."""
    data = _yaml(text, SOURCES)
    raw = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(raw, list) or not raw:
        raise PackError(f"{SOURCES}: needs a non-empty 'sources' list")
    sources: list[dict[str, Any]] = []
    for index, entry in enumerate(raw, start=1):
        where = f"{SOURCES}, source {index}"
        if not isinstance(entry, dict):
            raise PackError(f"{where}: each source must be a mapping")
        source = {key: str(value).strip() for key, value in entry.items() if value is not None}
        for key in ("id", "short", "title"):
            _require(source, key, where)
        sources.append(source)
    return sources


def citation_parts(citation: str) -> list[str]:
    """The works one citation names: 'A, §1; B, box 2' -> ['A, §1', 'B, box 2']."""
    parts: list[str] = []
    depth, start = 0, 0
    for index, char in enumerate(citation):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == ";" and depth <= 0:  # a ';' inside parentheses belongs to one work's location
            parts.append(citation[start:index])
            start = index + 1
    parts.append(citation[start:])
    return [part.strip() for part in parts if part.strip()]


def unknown_citation(citation: str, sources: list[dict[str, Any]]) -> str | None:
    """The first part of a citation that names no source of the pack, or None."""
    shorts = [s["short"] for s in sources]
    for part in citation_parts(citation):
        if not any(part == short or part.startswith((f"{short},", f"{short} ")) for short in shorts):
            return part
    return None
