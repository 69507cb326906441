"""Printed lines of a PDF → the lines a reader reads, with the headings marked.

Structure comes from the document itself, in this order:

1. the PDF's outline (bookmarks), when it has one: each entry is found on its page
   and becomes a heading at the outline's depth;
2. otherwise the layout: lines set larger than the body text, or bold from end to
   end, standing apart from a paragraph, are headings; their levels follow the
   type styles, largest first;
3. the text rules (text.py) read everything else and act as filters: a heading
   candidate that reads like a sentence, a field ("Date: …"), a caption or a
   numbered paragraph stays body text.

Before that, what is not the document's text goes: running headers and footers
(repeated at the top or bottom of pages, page numbers, UN document symbols and job
numbers), the UN masthead and agenda lines on the first page, tables of contents,
and separator rules.

The stages: pdf_furniture.py (what is never the text), pdf_headings.py (headings
from the layout), pdf_outline.py (headings from the bookmarks), pdf_reading_lines.py
(the lines handed to the text engine); pdf_measures.py and pdf_patterns.py hold
what they share. This module runs them in order.
"""

from __future__ import annotations

from dataclasses import dataclass

from .pdf_display import display_groups
from .pdf_furniture import _captions, _contents_pages, _furniture, _masthead
from .pdf_headings import (
    _centred,
    _group_text,
    _heading_groups,
    _levels,
    _reads_as_heading,
    _title_blocks,
    _title_group,
)
from .pdf_lines import PdfLine
from .pdf_measures import _body_size, _line_gap
from .pdf_outline import OutlineEntry, _from_outline
from .pdf_reading_lines import LaidOutLine, _laid, _mark_page_edges, _page_texts

__all__ = ["LaidOutLine", "Layout", "OutlineEntry", "lay_out"]


@dataclass
class Layout:
    lines: list[LaidOutLine]
    title: str | None
    from_outline: bool
    # False when neither outline nor type styles mark any heading: the text rules decide.
    has_structure: bool = True
    page_texts: list[str] | None = None  # the pages without furniture, for the text rules


# --- entry point -----------------------------------------------------------------------------------


def lay_out(pages: list[list[PdfLine]], outline: list[OutlineEntry]) -> Layout:
    lines = [line for page in pages for line in page]
    if not lines:
        return Layout([], None, False)
    body = _body_size(lines)
    gap = _line_gap(pages, body)
    drop = _furniture(pages, body)
    drop |= _masthead(pages)
    drop |= _contents_pages(pages)
    kept_pages = [[line for line in page if id(line) not in drop] for page in pages]
    captions = _captions(kept_pages)
    groups = _heading_groups(kept_pages, body, gap, captions)
    title_group = _title_group(groups, kept_pages, body)
    title = _group_text(title_group) if title_group else None
    blocks = _title_blocks(groups, kept_pages)
    usable = [
        g for g in groups
        if g is not title_group and id(g[0]) not in blocks and _reads_as_heading(g, body)
    ]
    display = display_groups(
        usable,
        {id(g[0]): _group_text(g) for g in usable},
        {id(g[0]): all(_centred(line) for line in g) for g in usable},
    )
    usable = [g for g in usable if id(g[0]) not in display]
    if len(outline) >= 2 and sum(1 for e in outline if e.page is not None) >= 0.5 * len(outline):
        laid = _from_outline(kept_pages, outline, gap, body, title_group)
        return Layout(laid, title, True)
    if not usable:
        # The title is the document's name, not its first paragraph.
        titled = {id(line) for line in title_group or []}
        untitled = [[line for line in page if id(line) not in titled] for page in kept_pages]
        return Layout([], title, False, has_structure=False,
                      page_texts=_page_texts(untitled, gap))
    levels = _levels(usable)
    starts = {id(group[0]): (group, levels[i]) for i, group in enumerate(usable)}
    skip = {id(line) for group in [*usable, *([title_group] if title_group else [])]
            for line in group}
    out: list[LaidOutLine] = []
    for page in kept_pages:
        page_out: list[LaidOutLine] = []
        previous: PdfLine | None = None
        for line in page:
            if id(line) in starts:
                group, level = starts[id(line)]
                page_out.append(_laid(line, previous, gap, body, text=_group_text(group), heading=level))
                previous = group[-1]
                continue
            if id(line) in skip:
                previous = line
                continue
            page_out.append(_laid(line, previous, gap, body))
            previous = line
        _mark_page_edges(page_out)
        out.extend(page_out)
    return Layout(out, title, False)
