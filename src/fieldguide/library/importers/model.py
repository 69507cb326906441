"""What an importer recovers from a file, before it becomes library content.

Importers (txt, md, pdf, docx) only parse; `library.imports` turns a
`ParsedDocument` into documents, sections and checklists in the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fieldguide.errors import UserError


class ImportFailed(UserError):
    """A file that cannot be imported; the message is one line for the user."""


@dataclass
class ParsedSection:
    title: str
    level: int  # 1 = top level, 2 = its child, ...
    number: str | None = None  # "4.2.3", "Annex I", "A", or None
    body: str = ""  # Markdown
    footnotes: list[str] = field(default_factory=list)


@dataclass
class ParsedChecklistItem:
    text: str
    kind: str = "tip"  # question | tip | step | criterion
    group: str | None = None
    # A step laid out as "title + explanation" (e.g. a table row) keeps the explanation here.
    detail: str = ""


@dataclass
class ParsedChecklist:
    title: str
    section_index: int  # index into ParsedDocument.sections of the section it comes from
    items: list[ParsedChecklistItem] = field(default_factory=list)


@dataclass
class ParsedDocument:
    title: str
    sections: list[ParsedSection]  # in reading order; the tree follows from `level`
    checklists: list[ParsedChecklist] = field(default_factory=list)
    introduction: str = ""
