"""Structure recovery for plain text and for text extracted from PDFs.

Text out of a PDF has lost everything a reader relies on: headings look like
body lines, bullets lost their glyphs, lines are hard-wrapped (often with a blank
line after every line), words are hyphenated at line ends, footnote numbers are
glued to words, margin text turned into one- and two-letter lines, and page
furniture is mixed into the flow. The pipeline, in order:

1. ``clean``      characters (ligatures, no-break spaces, control characters) and
                  lines: running headers/footers, page numbers, navigation lines;
                  vertical side text becomes a *label* (never body text);
2. ``repeats``    passages the file prints many times are kept once;
3. ``vocabulary`` how the body spells words (see vocab.py), for hyphens,
                  footnote markers and damaged capitals;
4. ``read``       lines → blocks: headings (numbered, annex, lettered, capitals,
                  short title lines), list items, footnotes, box captions and
                  paragraphs, re-flowing wrapped and double-spaced lines;
5. ``structure``  the document title, heading levels from numbering depth, and
                  *parts*: when heading numbers start again from 1 the document
                  is a collection (e.g. several guidance notes), each part becomes
                  a top-level section named from its own margin label or from the
                  document's overview of its parts;
6. ``assemble``   (assemble.py) section tree, de-duplication, Markdown, checklists.

The stages live in their own modules: text_clean.py (1, 2 and the spacing
measures), text_reader.py (4, with its cursor in text_cursor.py and its rules in
text_headings.py and text_lists.py), text_structure.py (5); text_rules.py holds the
patterns, the line record and the helpers they share; this module the entry points.

Every rule is about layout and the document's own vocabulary, never about the
words of one particular file.
"""

from __future__ import annotations

from fieldguide.i18n import _

from .assemble import assemble
from .blocks import Block, Kind
from .model import ImportFailed, ParsedDocument
from .text_clean import (
    _clean_lines,
    _drop_repeated_passages,
    _is_unwrapped,
    _measure_layout,
    _normalise_characters,
)
from .text_reader import _Reader
from .text_rules import _Line, heading_number, layout_heading_number
from .text_structure import _assign_levels, _take_title
from .vocab import Vocabulary

__all__ = ["_Line", "heading_number", "layout_heading_number", "parse_laid_out", "parse_pages",
           "parse_text"]

# --- entry points -----------------------------------------------------------------------


def parse_text(text: str, *, name: str) -> ParsedDocument:
    """Structure of a plain-text document (or of text someone extracted from a PDF)."""
    return parse_pages([text], name=name, pages_known=False)


def parse_pages(
    pages: list[str], *, name: str, pages_known: bool = True, metadata_title: str | None = None
) -> ParsedDocument:
    raw = [_normalise_characters(page) for page in pages]
    if not any(page.strip() for page in raw):
        raise ImportFailed(_("“%s” contains no text; check that you picked the right file.") % (name,))
    lines = _clean_lines(raw, pages_known)
    lines = _drop_repeated_passages(lines)
    if not any(line.text for line in lines if not line.label):
        raise ImportFailed(
            _("“%s” contains no readable text; check that you picked the right file.") % (name,)
        )
    vocab = Vocabulary([line.text for line in lines if not line.label])
    unwrapped = _is_unwrapped(lines)
    _measure_layout(lines)
    blocks = _Reader(lines, vocab, unwrapped).read()
    title, blocks = _take_title(blocks, vocab, metadata_title, name)
    blocks = _assign_levels(blocks, vocab, unwrapped)
    return assemble(blocks, title, vocab)


# --- 1. clean -----------------------------------------------------------------------------


def parse_laid_out(
    lines: list[_Line], *, name: str, title: str | None, metadata_title: str | None = None
) -> ParsedDocument:
    """Structure of a PDF whose headings its outline or layout gave (pdf_layout.py)."""
    for line in lines:
        line.text = _normalise_characters(line.text).strip()
    lines = [line for line in lines if line.text]
    lines = _drop_repeated_passages(lines)
    if not any(line.text for line in lines):
        raise ImportFailed(
            _("“%s” contains no readable text; check that you picked the right file.") % (name,)
        )
    vocab = Vocabulary([line.text for line in lines if not line.heading])
    _measure_layout(lines)
    blocks = _Reader(lines, vocab, unwrapped=False, layout=True).read()
    if not title:
        title, blocks = _take_title(blocks, vocab, metadata_title, name)
    blocks = _numbered_paragraphs(blocks)
    return assemble(blocks, title, vocab)


def _numbered_paragraphs(blocks: list[Block]) -> list[Block]:
    """'12. The Council …' running on for lines is a numbered paragraph, not a list item."""
    for block in blocks:
        if block.kind is Kind.ITEM and block.marker == "number" and len(block.text.split()) >= 40:
            block.kind = Kind.PARA
            block.text = f"{block.number}. {block.text}" if block.number else block.text
    return blocks
