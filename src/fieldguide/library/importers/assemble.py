"""Blocks → ParsedDocument: section tree, de-duplication, Markdown bodies, checklists.

Shared by every format. The steps, in order:

1. cut the block list into sections at headings (text before the first heading is
   the introduction; footnotes go to their section, endnotes to the top-level
   section they close);
2. make levels a proper tree (no jump from level 1 to level 3);
3. drop what the file repeats: a section whose title and body repeat an earlier
   one (a page rendered twice), then paragraphs that repeat an earlier paragraph,
   then sections that this emptied;
4. render each body as Markdown;
5. find checklists: lists under a heading that names a checklist, tips, hints,
   steps or key questions, lists introduced by such a sentence, and boxes with
   such a caption.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from fieldguide.courtesy import let_others_run

from .blocks import Block, Kind, render_markdown
from .checklists import find_checklists, lift_recommendations
from .model import ParsedDocument, ParsedSection
from .vocab import Vocabulary

_SHINGLE = 3
_INTRO_AS_SECTION_WORDS = 150
# A section longer than this is cut into parts at paragraph boundaries: a reader cannot
# find anything in 200,000 characters, and search ranks whole sections.
MAX_SECTION_CHARS = 50_000
_SAME_BODY = 0.6  # share of shared word triples that makes two same-titled sections one


@dataclass
class Node:
    title: str
    level: int
    number: str | None
    blocks: list[Block] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)

    def has_body(self) -> bool:
        return any(b.kind in (Kind.PARA, Kind.ITEM, Kind.BOX, Kind.CODE) for b in self.blocks)


def assemble(
    blocks: list[Block], title: str, vocab: Vocabulary | None = None
) -> ParsedDocument:
    intro, nodes = _split_into_sections(lift_recommendations(blocks))
    _normalise_levels(nodes)
    nodes = _drop_duplicate_sections(nodes)
    had_body = [node.has_body() for node in nodes]
    _drop_repeated_paragraphs([intro, *[node.blocks for node in nodes]])
    nodes = _drop_emptied_sections(nodes, had_body)
    intro, nodes = _place_introduction(intro, nodes, title)
    nodes = _split_long_sections(nodes)
    sections = [
        ParsedSection(
            title=node.title,
            level=node.level,
            number=node.number,
            body=render_markdown(node.blocks),
            footnotes=node.footnotes,
        )
        for node in nodes
    ]
    checklists = find_checklists(nodes, vocab)
    return ParsedDocument(
        title=title,
        sections=sections,
        checklists=checklists,
        introduction=render_markdown(intro),
    )


# --- sections ---------------------------------------------------------------------------


def _split_into_sections(blocks: list[Block]) -> tuple[list[Block], list[Node]]:
    intro: list[Block] = []
    nodes: list[Node] = []
    orphan_notes: list[str] = []
    for block in blocks:
        if block.kind is Kind.HEADING:
            nodes.append(Node(block.text, max(1, block.level), block.number))
            continue
        current = nodes[-1] if nodes else None
        if block.kind is Kind.FOOTNOTE:
            (current.footnotes if current else orphan_notes).append(block.text)
        elif block.kind is Kind.ENDNOTE:
            target = _top_level_ancestor(nodes)
            (target.footnotes if target else orphan_notes).append(block.text)
        else:
            (current.blocks if current else intro).append(block)
    if orphan_notes and nodes:
        nodes[0].footnotes[:0] = orphan_notes
    return intro, nodes


def _top_level_ancestor(nodes: list[Node]) -> Node | None:
    for node in reversed(nodes):
        if node.level == 1:
            return node
    return nodes[-1] if nodes else None


def _normalise_levels(nodes: list[Node]) -> None:
    previous = 0
    for node in nodes:
        node.level = max(1, min(node.level, previous + 1))
        previous = node.level


def _place_introduction(
    intro: list[Block], nodes: list[Node], title: str
) -> tuple[list[Block], list[Node]]:
    """A document without headings is one section; a long lead-in becomes a section too."""
    has_text = any(b.kind in (Kind.PARA, Kind.ITEM, Kind.BOX, Kind.CODE) for b in intro)
    if not has_text:
        return intro, nodes
    if not nodes:
        return [], [Node(title, 1, None, intro)]
    words = sum(len(b.text.split()) for b in intro)
    if words > _INTRO_AS_SECTION_WORDS:
        return [], [Node("Introduction", 1, None, intro), *nodes]
    return intro, nodes


# --- repeated content -------------------------------------------------------------------


def _normalised_title(title: str) -> str:
    return re.sub(r"[^\w]+", " ", title.lower()).strip()


def _words(blocks: list[Block]) -> list[str]:
    text = " ".join(b.text for b in blocks if b.kind in (Kind.PARA, Kind.ITEM, Kind.BOX))
    return re.findall(r"\w+", text.lower())


def _drop_duplicate_sections(nodes: list[Node]) -> list[Node]:
    """Drop what repeats an earlier section's title.

    With (mostly) the same body it is a re-rendering of the page; with next to no
    body and no subsections it is a repeated label (a box or tab title printed
    again), whose few words move to the section before it. Bodies are compared as
    sets of word triples against the few earlier sections of the same title, so the
    cost stays linear in the document.
    """
    seen: dict[str, list[set[tuple[str, ...]]]] = defaultdict(list)
    kept: list[Node] = []
    for i, node in enumerate(nodes):
        key = _normalised_title(node.title)
        words = _words(node.blocks)
        earlier = seen.get(key, [])
        shingles = {tuple(words[j : j + _SHINGLE]) for j in range(len(words) - _SHINGLE + 1)}
        if len(words) >= 8 and any(_similar(shingles, other) for other in earlier[-8:]):
            continue
        has_children = i + 1 < len(nodes) and nodes[i + 1].level > node.level
        if earlier and len(words) < 8 and not has_children and kept:
            kept[-1].blocks.extend(node.blocks)
            kept[-1].footnotes.extend(node.footnotes)
            continue
        seen[key].append(shingles)
        kept.append(node)
    return kept


def _similar(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> bool:
    if not a or not b:
        return False
    return len(a & b) >= _SAME_BODY * max(len(a), len(b))


def _split_long_sections(nodes: list[Node]) -> list[Node]:
    """Cut a section past MAX_SECTION_CHARS into consecutive parts of whole blocks."""
    out: list[Node] = []
    for node in nodes:
        size = sum(len(b.text) + 2 for b in node.blocks)
        if size <= MAX_SECTION_CHARS:
            out.append(node)
            continue
        parts: list[list[Block]] = [[]]
        budget = 0
        # Leave room for Markdown marks (list bullets, bold captions) added when rendering.
        limit = int(MAX_SECTION_CHARS * 0.9)
        for block in node.blocks:
            length = len(block.text) + 8
            if parts[-1] and budget + length > limit:
                parts.append([])
                budget = 0
            if length > limit:
                block.text = block.text[: limit - 8]
                length = limit
            parts[-1].append(block)
            budget += length
        for k, blocks in enumerate(parts):
            title = node.title if k == 0 else f"{node.title} ({k + 1})"
            part = Node(title, node.level, node.number if k == 0 else None, blocks)
            if k == 0:
                part.footnotes = node.footnotes
            out.append(part)
    return out


def _drop_repeated_paragraphs(groups: list[list[Block]]) -> None:
    """Remove paragraphs that mostly repeat one earlier paragraph (a passage printed twice)."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    exact: set[str] = set()
    paragraph_id = 0
    for blocks in groups:
        keep: list[Block] = []
        for block in blocks:
            if block.kind not in (Kind.PARA, Kind.ITEM):
                keep.append(block)
                continue
            words = re.findall(r"\w+", block.text.lower())
            normalised = " ".join(words)
            if len(words) >= 6 and normalised in exact:
                continue
            shingles = {tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}
            if len(words) >= 12 and _mostly_seen(shingles, index):
                continue
            exact.add(normalised)
            for shingle in shingles:
                bucket = index[shingle]
                if len(bucket) < 50:
                    bucket.append(paragraph_id)
            paragraph_id += 1
            keep.append(block)
        blocks[:] = keep


def _mostly_seen(shingles: set[tuple[str, ...]], index: dict[tuple[str, ...], list[int]]) -> bool:
    let_others_run()
    hits: Counter[int] = Counter()
    for shingle in shingles:
        for paragraph in set(index.get(shingle, ())):
            hits[paragraph] += 1
    if not hits:
        return False
    return hits.most_common(1)[0][1] >= 0.75 * len(shingles)


def _drop_emptied_sections(nodes: list[Node], had_body: list[bool]) -> list[Node]:
    kept: list[Node] = []
    for i, node in enumerate(nodes):
        has_children = i + 1 < len(nodes) and nodes[i + 1].level > node.level
        if had_body[i] and not node.has_body() and not has_children:
            continue
        kept.append(node)
    return kept
