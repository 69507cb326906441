"""Word (.docx) → ParsedDocument via python-docx.

A Word file states its structure: paragraph styles say which lines are headings
(Heading 1..9, Title) and which are list items (List Bullet, List Number, or any
paragraph with Word numbering). This reader turns paragraphs and tables, in
document order, into blocks and leaves the rest (tree, checklists, Markdown) to
the shared assembly. Headings typed as bold one-liners in Normal style are
recognised too, because many real documents are written that way.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from docx import Document
from docx.opc.exceptions import OpcError
from docx.table import Table
from docx.text.paragraph import Paragraph

from fieldguide.i18n import _

from .assemble import assemble
from .blocks import Block, Kind
from .model import ImportFailed, ParsedDocument
from .text import heading_number
from .text_rules import _BULLET, _NUMBERED
from .vocab import Vocabulary

_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"\blist\b", re.IGNORECASE)
_LIST_DEPTH = re.compile(r"(\d)\s*$")
_MAX_TYPED_ITEM_WORDS = 60
_TOC_ENTRY = re.compile(r"(?:[^\W\d_]|\.{3,}|\t)\s*\d{1,3}(?:-\d{1,3})?$")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NUMBER_FORMATS = {"decimal": "number", "lowerLetter": "letter", "upperLetter": "letter",
                   "lowerRoman": "roman", "upperRoman": "roman"}


def parse_docx(data: bytes, name: str) -> ParsedDocument:
    try:
        document = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, OpcError, KeyError, ValueError, TypeError, AttributeError,
            OSError) as exc:
        raise ImportFailed(
            _(
                "“%s” could not be read as a Word document; it may be damaged or in an older "
                "format. Open it in Word or LibreOffice, save it as .docx and import that."
            ) % (name,)
        ) from exc
    except Exception as exc:  # lxml and zip errors vary by version
        raise ImportFailed(
            _(
                "“%s” could not be read as a Word document; it may be damaged. Open it in Word "
                "or LibreOffice, save a new copy and import that."
            ) % (name,)
        ) from exc
    reader = _DocxReader(document)
    blocks = reader.read()
    texts = [b.text for b in blocks]
    if not any(t.strip() for t in texts) and not reader.title:
        raise ImportFailed(_("“%s” contains no text; check that you picked the right file.") % (name,))
    vocab = Vocabulary(texts)
    title, blocks = _choose_title(blocks, reader.title, _core_title(document), name)
    return assemble(blocks, title, vocab)


def _core_title(document: Any) -> str | None:
    try:
        title = document.core_properties.title
    except (AttributeError, KeyError, ValueError):
        return None
    return title.strip() if title and title.strip() else None


def _choose_title(
    blocks: list[Block], styled_title: str | None, core_title: str | None, name: str
) -> tuple[str, list[Block]]:
    if styled_title:
        return styled_title, blocks
    headings = [b for b in blocks if b.kind is Kind.HEADING]
    top = [b for b in headings if b.level == 1]
    if len(top) == 1 and headings and headings[0] is top[0]:
        # One Heading 1 at the top is the document's title; the rest move up a level.
        for block in headings[1:]:
            block.level = max(1, block.level - 1)
        blocks = [b for b in blocks if b is not top[0]]
        return top[0].text, blocks
    if core_title:
        return core_title, blocks
    stem = re.sub(r"[_\-]+", " ", name.rsplit(".", 1)[0]).strip()
    return (stem[:1].upper() + stem[1:]) if stem else "Imported document", blocks


class _DocxReader:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.blocks: list[Block] = []
        self.title: str | None = None
        self.last_level = 0
        self.formats = _numbering_formats(document)

    def read(self) -> list[Block]:
        for item in self.document.iter_inner_content():
            if isinstance(item, Paragraph):
                self._paragraph(item)
            elif isinstance(item, Table):
                self._table(item)
        return self.blocks

    def _paragraph(self, paragraph: Paragraph) -> None:
        text = re.sub(r"\s+", " ", paragraph.text or "").strip()
        if not text:
            return
        style = _style_name(paragraph)
        if style.lower() == "title":
            if self.title is None:
                self.title = text
            else:
                self._heading(text, 1)
            return
        if style.lower() == "subtitle":
            self.blocks.append(Block(Kind.PARA, text))
            return
        heading = _HEADING_STYLE.match(style)
        if heading:
            self._heading(text, int(heading.group(1)))
            return
        numbering = self._numbering(paragraph)
        if numbering is not None or _LIST_STYLE.search(style):
            marker, depth = numbering or (_marker_from_style(style), _depth_from_style(style))
            self.blocks.append(Block(Kind.ITEM, text, level=depth, marker=marker))
            return
        if _looks_like_bold_heading(paragraph, text):
            self._heading(text, self.last_level + 1 if self.last_level else 1, plain=True)
            return
        self.blocks.append(_typed_item(text) or Block(Kind.PARA, text))

    def _heading(self, text: str, level: int, plain: bool = False) -> None:
        number, title = heading_number(text)
        self.blocks.append(Block(Kind.HEADING, title or text, level=level, number=number))
        if not plain:
            self.last_level = level

    def _table(self, table: Table) -> None:
        try:
            grid = [
                [re.sub(r"\s+", " ", cell.text or "").strip() for cell in row.cells]
                for row in table.rows
            ]
        except (IndexError, KeyError, ValueError, AttributeError):
            return  # a malformed table loses its text rather than the whole document
        if _is_tick_form(grid):
            # A checklist printed as a form: the first column is the list, the others
            # are boxes to tick ("Question | Yes | No").
            for row in grid:
                if row and row[0] and not _is_form_header(row):
                    self.blocks.append(Block(Kind.ITEM, row[0], marker="bullet"))
            return
        for row in grid:
            cells: list[str] = []
            for value in row:
                if value and (not cells or cells[-1] != value):  # merged cells repeat
                    cells.append(value)
            if cells:
                self.blocks.append(Block(Kind.PARA, " — ".join(cells)))

    def _numbering(self, paragraph: Paragraph) -> tuple[str, int] | None:
        try:
            # python-docx types these oxml descriptors loosely: read them as plain attributes.
            num_pr: Any = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
        except AttributeError:
            return None
        if num_pr is None or num_pr.numId is None:
            return None
        num_id = num_pr.numId.val
        level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        if num_id == 0:
            return None  # numbering switched off for this paragraph
        marker = self.formats.get((num_id, level), "bullet")
        return marker, int(level)


def _typed_item(text: str) -> Block | None:
    """A list typed by hand in Normal style: '1. Have women been consulted?', '• Listen first'.

    A long numbered paragraph is body text (UN documents number their paragraphs); a
    line ending in a page reference ("1. CONFLICTS OF INTEREST3-1", "Scope ..... 4") is a
    table of contents typed or flattened into the text.
    """
    if _TOC_ENTRY.search(text):
        return None
    bullet = _BULLET.match(text)
    if bullet and text[0] not in "-–—":
        return Block(Kind.ITEM, bullet.group("text"), marker="bullet")
    numbered = _NUMBERED.match(text)
    if (
        numbered
        and numbered.group("dot")
        and "." not in numbered.group("num")
        and len(text.split()) <= _MAX_TYPED_ITEM_WORDS
    ):
        return Block(Kind.ITEM, numbered.group("text"), number=numbered.group("num"),
                     marker="number")
    return None


# An empty box to tick; a filled-in "Yes"/"No" is data and keeps the table a table.
_TICK = re.compile(r"^(?:[☐□❑❒_]+|\[\s?\]|\(\s?\))?$")
_FORM_HEADER = re.compile(r"^(?:yes|no|n/?a|partly|done|comments?|remarks?|notes?|oui|non)$",
                          re.IGNORECASE)


def _is_tick_form(grid: list[list[str]]) -> bool:
    """Rows of text followed only by empty cells or tick boxes, in two rows or more."""
    rows = [cells for cells in grid if cells and cells[0] and not _is_form_header(cells)]
    if len(rows) < 2 or any(len(cells) < 2 for cells in rows):
        return False
    return all(all(_TICK.match(value) for value in cells[1:]) for cells in rows)


def _is_form_header(cells: list[str]) -> bool:
    """'Question | Yes | No | Comments': the form's own header row."""
    rest = [value for value in cells[1:] if value]
    return bool(rest) and all(_FORM_HEADER.match(value) for value in rest)


def _style_name(paragraph: Paragraph) -> str:
    try:
        style = paragraph.style
    except (KeyError, AttributeError, ValueError):
        return ""
    seen = 0
    while style is not None and seen < 5:
        name = style.name or ""
        if _HEADING_STYLE.match(name) or name.lower() in ("title", "subtitle"):
            return name
        style = style.base_style
        seen += 1
    try:
        own = paragraph.style
        return (own.name or "") if own is not None else ""
    except (KeyError, AttributeError, ValueError):
        return ""


def _marker_from_style(style: str) -> str:
    return "number" if "number" in style.lower() else "bullet"


def _depth_from_style(style: str) -> int:
    match = _LIST_DEPTH.search(style)
    return max(0, int(match.group(1)) - 1) if match else 0


def _looks_like_bold_heading(paragraph: Paragraph, text: str) -> bool:
    if len(text) > 90 or len(text.split()) > 12 or re.search(r"[.,;:]$", text):
        return False
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)


def _numbering_formats(document: Any) -> dict[tuple[int, int], str]:
    """(numId, level) → 'bullet' | 'number' | 'letter' | 'roman' from the numbering part."""
    formats: dict[tuple[int, int], str] = {}
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, AttributeError, NotImplementedError, ValueError):
        return formats
    abstract: dict[str, dict[int, str]] = {}
    for node in numbering.findall(f"{_W}abstractNum"):
        levels: dict[int, str] = {}
        for lvl in node.findall(f"{_W}lvl"):
            fmt = lvl.find(f"{_W}numFmt")
            value = fmt.get(f"{_W}val") if fmt is not None else "bullet"
            levels[int(lvl.get(f"{_W}ilvl", "0"))] = _NUMBER_FORMATS.get(value or "", "bullet")
        abstract[node.get(f"{_W}abstractNumId", "")] = levels
    for num in numbering.findall(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        if ref is None:
            continue
        for level, marker in abstract.get(ref.get(f"{_W}val", ""), {}).items():
            formats[(int(num.get(f"{_W}numId", "0")), level)] = marker
    return formats
