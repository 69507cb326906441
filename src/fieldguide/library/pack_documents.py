"""A pack's Markdown guides: front matter, sections by their stable ids, the header
lines a section opens with, synthesis blocks, and the words kept for search."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from fieldguide.library.pack_fields import PackError, _check_id, _require, _yaml

HEADING = re.compile(r"^(#{2,4})\s+(.+?)\s*\{#([A-Za-z0-9][A-Za-z0-9._-]*)\}\s*$")

SOURCE_LINE = re.compile(r"^Source:\s*(.+)$")

# Header lines a section may open with (any order): its citation, a mark that the whole
# section is the project's own synthesis (with what it draws on), and the period it covers.
HEADER_LINE = re.compile(r"^(Source|Synthesis|Dated):\s*(.+)$")

# A run of paragraphs inside a section that is the project's own synthesis.
SYNTHESIS_OPEN = re.compile(r"^:::\s*synthesis\s*$")

SYNTHESIS_CLOSE = re.compile(r"^:::\s*$")

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")

_MARKUP = re.compile(r"(^|\s)[#>*+-]+\s|[*_`|]+|^\s*\d+[.)]\s", re.MULTILINE)


def markdown_to_plain(markdown: str) -> str:
    """The words of a Markdown text, without link targets or markup, for indexing."""
    return " ".join(_MARKUP.sub(" ", _LINK.sub(r"\1", markdown)).split())


def fingerprint(title: str, body: str) -> str:
    """A hash of a section's words, blind to spacing and case, to recognise it again."""
    words = re.findall(r"\w+", f"{title} {body}".casefold())
    return hashlib.sha256(" ".join(words).encode()).hexdigest()[:32]


def parse_document(text: str, name: str, position: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A Markdown guide -> (document row, section rows in reading order)."""
    if not text.startswith("---"):
        raise PackError(f"{name}: a document starts with a YAML front matter between '---' lines")
    try:
        _, front, body = text.split("---", 2)
    except ValueError as exc:
        raise PackError(f"{name}: the front matter is not closed with '---'") from exc
    meta = _yaml(front, name)
    if not isinstance(meta, dict):
        raise PackError(f"{name}: the front matter must be a mapping")
    doc_id = _check_id(_require(meta, "id", name), "document", name)
    document = {
        "id": doc_id,
        "title": _require(meta, "title", name),
        "practice_area": _check_id(_require(meta, "practice_area", name), "practice area", name),
        "source": str(meta.get("source", "")).strip(),
        "summary": str(meta.get("summary", "")).strip(),
        "position": position,
    }
    sections: list[dict[str, Any]] = []
    intro: list[str] = []
    current: list[str] = intro
    parents: dict[int, str] = {}
    seen: set[str] = set()
    in_fence = False
    for line in body.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        match = None if in_fence else HEADING.match(line)
        if match is None:
            if not in_fence and line.startswith("#") and re.match(r"^#{2,4}\s", line):
                raise PackError(f"{name}: heading {line.strip()!r} has no stable id {{#...}}")
            current.append(line)
            continue
        level = len(match.group(1)) - 1
        section_id = f"{doc_id}/{match.group(3)}"
        if section_id in seen:
            raise PackError(f"{name}: duplicate section id {section_id!r}")
        seen.add(section_id)
        parents[level] = section_id
        current = []
        sections.append(
            {
                "id": section_id,
                "document_id": doc_id,
                "parent_id": parents.get(level - 1) if level > 1 else None,
                "position": len(sections),
                "level": level,
                "number": None,
                "title": match.group(2).strip(),
                "lines": current,
            }
        )
    document["introduction"] = "\n".join(intro).strip()
    for section in sections:
        lines: list[str] = section.pop("lines")
        content = "\n".join(lines).strip().splitlines()
        header: dict[str, str] = {}
        while content and (mark := HEADER_LINE.match(content[0].strip())):
            if mark.group(1) in header:
                raise PackError(f"{name}: section {section['id']!r} has two {mark.group(1)!r} lines")
            header[mark.group(1)] = mark.group(2).strip()
            content = content[1:]
            while content and not content[0].strip():
                content = content[1:]
        if "Source" in header and "Synthesis" in header:
            raise PackError(
                f"{name}: section {section['id']!r} has both 'Source:' and 'Synthesis:' "
                "(a synthesis names what it draws on in its own line)"
            )
        citation = header.get("Source") or header.get("Synthesis") or document["source"]
        body = "\n".join(content).strip()
        _check_synthesis_blocks(body, f"{name}, section {section['id']!r}")
        section["body"] = body
        section["synthesis"] = "Synthesis" in header
        section["dated"] = header.get("Dated")
        section["plain"] = markdown_to_plain(section["body"])
        section["citation"] = citation
        section["fingerprint"] = fingerprint(section["title"], section["body"])
    return document, sections


def _check_synthesis_blocks(body: str, where: str) -> None:
    """`::: synthesis` blocks must close, and must not nest."""
    open_at: int | None = None
    for number, line in enumerate(body.splitlines(), start=1):
        if SYNTHESIS_OPEN.match(line.strip()):
            if open_at is not None:
                raise PackError(f"{where}: a '::: synthesis' block opens inside another")
            open_at = number
        elif SYNTHESIS_CLOSE.match(line.strip()):
            if open_at is None:
                raise PackError(f"{where}: a ':::' closes no '::: synthesis' block")
            open_at = None
    if open_at is not None:
        raise PackError(f"{where}: the '::: synthesis' block is not closed with ':::'")
