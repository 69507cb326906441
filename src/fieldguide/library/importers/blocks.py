"""The common shape every format is parsed into before it becomes a ParsedDocument.

Each reader (plain text, PDF, DOCX, Markdown) turns its file into a flat list of
blocks in reading order: headings with their final level, paragraphs, list
items, footnotes and side labels. `assemble.py` then builds the section tree,
the checklists and the Markdown bodies from that list, the same way for all
formats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    HEADING = "heading"
    PARA = "para"
    ITEM = "item"
    FOOTNOTE = "footnote"  # belongs to the section it appears in
    ENDNOTE = "endnote"  # from a notes list; belongs to the enclosing top-level section
    LABEL = "label"  # side text (a rotated margin label): never body, may name a group
    BOX = "box"  # caption of a box, figure or table ("Box 3. Tips on ...")
    CODE = "code"  # preformatted text kept verbatim (Markdown fences)


@dataclass
class Block:
    kind: Kind
    text: str
    level: int = 0  # headings: section level (1 = top); items: nesting depth (0 = top)
    number: str | None = None  # heading number ("4.2.3", "Annex I") or item enumerator
    marker: str = ""  # items: "bullet" | "number" | "letter" | "roman" | "task"
    checked: bool = False  # task-list items ("- [x] done")


_MD_SPECIAL_START = re.compile(r"^(#{1,6}\s|>|[-+*]\s|\d+[.)]\s|=+\s*$|-+\s*$)")


def escape_markdown_start(text: str) -> str:
    """Keep a paragraph that starts like Markdown syntax ('1998. Then ...') a paragraph."""
    if _MD_SPECIAL_START.match(text):
        return "\\" + text
    return text


def render_item(block: Block) -> str:
    indent = "  " * block.level
    if block.marker == "task":
        return f"{indent}- [{'x' if block.checked else ' '}] {block.text}"
    if block.marker == "number" and block.number and block.number.isdigit():
        return f"{indent}{block.number}. {block.text}"
    if block.marker in {"letter", "roman"} and block.number:
        return f"{indent}- ({block.number}) {block.text}"
    return f"{indent}- {block.text}"


def render_markdown(blocks: list[Block]) -> str:
    """Body Markdown for the blocks of one section (headings are not part of a body)."""
    chunks: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if block.kind is Kind.PARA:
            if len(block.text.strip()) <= 2:
                continue  # stray marks and lone letters carry nothing a reader needs
            chunks.append(escape_markdown_start(block.text))
        elif block.kind is Kind.ITEM:
            line = render_item(block)
            if previous is not None and previous.kind is Kind.ITEM:
                # Items of one list stay together so Markdown renders a single list.
                chunks[-1] = chunks[-1] + "\n" + line
            else:
                chunks.append(line)
        elif block.kind is Kind.BOX:
            chunks.append(f"**{block.text}**")
        elif block.kind is Kind.CODE:
            chunks.append(f"```\n{block.text}\n```")
        else:
            continue
        previous = block
    return "\n\n".join(chunks)
