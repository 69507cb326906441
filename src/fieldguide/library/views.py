"""What the library services hand to their callers: plain data, no database, no Qt.

Kept apart from the services so that views can import these types without
loading SQLAlchemy (the window must paint before the store is opened).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from fieldguide.i18n import N_, _

PRACTICE_AREAS = {
    "mediation": N_("Mediation"),
    "constitutional": N_("Constitutional assistance"),
    "ssr": N_("Security sector reform"),
    "community-engagement": N_("Community engagement"),
    "gender": N_("Gender and inclusion"),
}


def practice_area_title(area: str) -> str:
    """The practice area's name in the chosen language (an area a pack made up keeps its own)."""
    if area in PRACTICE_AREAS:
        return _(PRACTICE_AREAS[area])
    return area.replace("-", " ").capitalize()


@dataclass(frozen=True)
class DocumentSummary:
    id: str
    title: str
    practice_area: str
    sections: int
    imported: bool
    pack_id: str


@dataclass(frozen=True)
class ChecklistSummary:
    id: str
    title: str
    practice_area: str
    items: int
    document_id: str | None
    retired: bool


class SectionEntry(NamedTuple):
    """A section as a line of a table of contents.

    A named tuple, not a frozen dataclass: start-up makes one per section of the library
    (tens of thousands for years of imports), and a frozen dataclass is several times
    slower to make.
    """

    id: str
    title: str
    level: int
    number: str | None
    parent_id: str | None


@dataclass(frozen=True)
class SectionView:
    id: str
    title: str
    number: str | None
    body: str
    citation: str
    document_id: str
    document_title: str
    practice_area: str
    previous_id: str | None
    next_id: str | None
    breadcrumbs: list[tuple[str, str]] = field(default_factory=list)  # (id, title) of ancestors
    synthesis: bool = False  # the whole section is the project's own synthesis
    dated: str | None = None  # the period time-bound material covers
    language: str = "en"  # the language this view is in
    languages: list[str] = field(default_factory=list)  # every language the section can be read in


@dataclass(frozen=True)
class ItemView:
    id: str
    position: int
    kind: str
    group: str | None
    text: str
    guidance_section_id: str | None
    source: str
    retired: bool
    hint: str | None = None  # what evidence would show it
    synthesis: bool = False  # the project's own, not the source's
    see_also: list[str] = field(default_factory=list)  # related item ids
    dated: str | None = None


@dataclass(frozen=True)
class ChecklistView:
    id: str
    title: str
    practice_area: str
    description: str
    source: str
    document_id: str | None
    items: list[ItemView]
    language: str = "en"
    languages: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class NoteView:
    id: str
    target_kind: str
    target_id: str
    body: str
    author_device: str
    updated_at: str
    mine: bool  # written on this device, so editable here


@dataclass(frozen=True)
class BookmarkView:
    id: str
    target_kind: str
    target_id: str
    title: str  # the target's current title, or the one saved when it was bookmarked
    missing: bool  # the target is no longer in the library (pack removed or not installed here)


SYNTHESIS_OPEN = ":::"


def synthesis_runs(body: str) -> list[tuple[bool, str]]:
    """A section body as (is_synthesis, markdown) runs, in reading order (`::: synthesis` blocks)."""
    runs: list[tuple[bool, list[str]]] = [(False, [])]
    for line in body.splitlines():
        stripped = line.strip()
        if stripped.startswith(SYNTHESIS_OPEN) and stripped[3:].strip() == "synthesis":
            runs.append((True, []))
        elif stripped == SYNTHESIS_OPEN and runs[-1][0]:
            runs.append((False, []))
        else:
            runs[-1][1].append(line)
    return [(flag, "\n".join(lines).strip()) for flag, lines in runs if "\n".join(lines).strip()]


def mark_synthesis(body: str, label: str) -> str:
    """Markdown in which each synthesis block is a quotation opened by `label`, for any Markdown reader."""
    parts: list[str] = []
    for synthesis, text in synthesis_runs(body):
        if synthesis:
            quoted = "\n".join(f"> {line}" if line.strip() else ">" for line in text.splitlines())
            parts.append(f"> **{label}**\n>\n{quoted}")
        else:
            parts.append(text)
    return "\n\n".join(parts)
