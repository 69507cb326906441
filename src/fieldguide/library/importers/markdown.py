"""Markdown → ParsedDocument.

Markdown already says what is a heading (ATX '#' lines, or a line underlined
with '=' or '-') and what is a list item, so this reader only has to turn lines
into blocks: headings with their level, list items with their nesting, task
items ('- [ ]'), paragraphs (soft-wrapped lines joined), fenced code kept as it
is, footnote definitions ('[^1]: …') apart. A YAML front matter may give the
title; otherwise a single top-level heading at the start is the title.
"""

from __future__ import annotations

import re

import yaml

from fieldguide.i18n import _

from .assemble import assemble
from .blocks import Block, Kind
from .model import ImportFailed, ParsedDocument
from .text import heading_number
from .vocab import Vocabulary

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
_ANCHOR = re.compile(r"\s*\{#[\w:.-]+\}\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^ {0,3}(```+|~~~+)")
_ITEM = re.compile(r"^(?P<indent>\s*)(?P<marker>[-*+]|\d{1,9}[.)])\s+(?P<text>.*)$")
_TASK = re.compile(r"^\[(?P<mark>[ xX])\]\s+(?P<text>.*)$")
_FOOTNOTE = re.compile(r"^\[\^[^\]]+\]:\s*(?P<text>.*)$")
_RULE = re.compile(r"^ {0,3}([-*_])(\s*\1){2,}\s*$")


def parse_markdown(text: str, name: str) -> ParsedDocument:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front_title, text = _front_matter(text)
    blocks = _MarkdownReader(text.split("\n")).read()
    if not any(b.text.strip() for b in blocks):
        raise ImportFailed(_("“%s” contains no text; check that you picked the right file.") % (name,))
    title, blocks = _choose_title(blocks, front_title, name)
    _lift_levels(blocks)
    vocab = Vocabulary([b.text for b in blocks])
    return assemble(blocks, title, vocab)


def _front_matter(text: str) -> tuple[str | None, str]:
    if not text.startswith("---\n"):
        return None, text
    end = text.find("\n---", 4)
    if end == -1:
        return None, text
    try:
        meta = yaml.safe_load(text[4:end])
    except yaml.YAMLError:
        return None, text
    rest = text[end + 4 :]
    rest = rest[1:] if rest.startswith("\n") else rest
    title = meta.get("title") if isinstance(meta, dict) else None
    return (str(title).strip() if title else None), rest


def _lift_levels(blocks: list[Block]) -> None:
    """A file whose highest heading is '##' still starts its tree at level 1."""
    levels = [b.level for b in blocks if b.kind is Kind.HEADING]
    if levels and min(levels) > 1:
        for block in blocks:
            if block.kind is Kind.HEADING:
                block.level -= min(levels) - 1


def _choose_title(
    blocks: list[Block], front_title: str | None, name: str
) -> tuple[str, list[Block]]:
    headings = [b for b in blocks if b.kind is Kind.HEADING]
    top = [b for b in headings if b.level == 1]
    if len(top) == 1 and headings and headings[0] is top[0]:
        # One '# Title' at the top names the document; '##' sections become top level.
        for block in headings[1:]:
            block.level = max(1, block.level - 1)
        blocks = [b for b in blocks if b is not top[0]]
        return front_title or top[0].text, blocks
    if front_title:
        return front_title, blocks
    stem = re.sub(r"[_\-]+", " ", name.rsplit(".", 1)[0]).strip()
    return (stem[:1].upper() + stem[1:]) if stem else "Imported document", blocks


class _MarkdownReader:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.blocks: list[Block] = []
        self.paragraph: list[str] = []
        self.item: Block | None = None

    def read(self) -> list[Block]:
        i = 0
        while i < len(self.lines):
            i = self._line(i)
        self._flush()
        return self.blocks

    def _flush(self) -> None:
        if self.paragraph:
            self.blocks.append(Block(Kind.PARA, " ".join(self.paragraph)))
            self.paragraph = []
        self.item = None

    def _line(self, i: int) -> int:
        line = self.lines[i]
        stripped = line.strip()
        if not stripped:
            self._flush()
            return i + 1
        fence = _FENCE.match(line)
        if fence:
            return self._code(i, fence.group(1))
        atx = _ATX.match(line)
        if atx:
            self._flush()
            self._heading(atx.group(2) or "", len(atx.group(1)))
            return i + 1
        following = self.lines[i + 1] if i + 1 < len(self.lines) else ""
        if self.paragraph == [] and self.item is None and _SETEXT.match(following) and (
            not _ITEM.match(line)
        ):
            self._heading(stripped, 1 if following.strip().startswith("=") else 2)
            return i + 2
        if _RULE.match(line):
            self._flush()
            return i + 1
        footnote = _FOOTNOTE.match(stripped)
        if footnote:
            self._flush()
            self.blocks.append(Block(Kind.FOOTNOTE, footnote.group("text")))
            return i + 1
        item = _ITEM.match(line)
        if item:
            self._item(item)
            return i + 1
        text = stripped[1:].strip() if stripped.startswith(">") else stripped
        if self.item is not None and not self.paragraph:
            self.item.text = f"{self.item.text} {text}".strip()
        else:
            self.paragraph.append(text)
        return i + 1

    def _heading(self, raw: str, level: int) -> None:
        text = _ANCHOR.sub("", raw).strip()
        if not text:
            return
        number, title = heading_number(text)
        self.blocks.append(Block(Kind.HEADING, title or text, level=level, number=number))

    def _item(self, match: re.Match[str]) -> None:
        self._flush()
        indent = len(match.group("indent").replace("\t", "    "))
        marker = match.group("marker")
        text = match.group("text").strip()
        task = _TASK.match(text)
        block = Block(Kind.ITEM, text, level=indent // 2)
        if task:
            block.text = task.group("text")
            block.marker = "task"
            block.checked = task.group("mark") in "xX"
        elif marker[0].isdigit():
            block.marker = "number"
            block.number = marker.rstrip(".)")
        else:
            block.marker = "bullet"
        self.blocks.append(block)
        self.item = block

    def _code(self, start: int, fence: str) -> int:
        self._flush()
        body: list[str] = []
        i = start + 1
        while i < len(self.lines) and not self.lines[i].strip().startswith(fence):
            body.append(self.lines[i])
            i += 1
        self.blocks.append(Block(Kind.CODE, "\n".join(body)))
        return i + 1
