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

from .blocks import Block, Kind, render_markdown
from .model import ParsedChecklist, ParsedChecklistItem, ParsedDocument, ParsedSection
from .vocab import Vocabulary

CHECKLIST_WORDS = re.compile(
    r"\b(check-?lists?|tips|hints|key questions|guiding questions|questions to ask|"
    r"(?:process )?steps|to-?dos?|do'?s and don'?ts)\b",
    re.IGNORECASE,
)
_STEP_WORDS = re.compile(r"\b(steps?|phases?|procedures?|stages?)\b", re.IGNORECASE)
_LEADING_CHECKLIST_TAG = re.compile(
    r"^(?:\(\s*check-?list\s*\)\s*[.:–—-]?|check-?list\s*[.:–—-])\s*", re.IGNORECASE
)
_SHINGLE = 3
_INTRO_AS_SECTION_WORDS = 150
# A section longer than this is cut into parts at paragraph boundaries: a reader cannot
# find anything in 200,000 characters, and search ranks whole sections.
MAX_SECTION_CHARS = 50_000
_SAME_BODY = 0.6  # share of shared word triples that makes two same-titled sections one


@dataclass
class _Node:
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
    intro, nodes = _split_into_sections(blocks)
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


def _split_into_sections(blocks: list[Block]) -> tuple[list[Block], list[_Node]]:
    intro: list[Block] = []
    nodes: list[_Node] = []
    orphan_notes: list[str] = []
    for block in blocks:
        if block.kind is Kind.HEADING:
            nodes.append(_Node(block.text, max(1, block.level), block.number))
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


def _top_level_ancestor(nodes: list[_Node]) -> _Node | None:
    for node in reversed(nodes):
        if node.level == 1:
            return node
    return nodes[-1] if nodes else None


def _normalise_levels(nodes: list[_Node]) -> None:
    previous = 0
    for node in nodes:
        node.level = max(1, min(node.level, previous + 1))
        previous = node.level


def _place_introduction(
    intro: list[Block], nodes: list[_Node], title: str
) -> tuple[list[Block], list[_Node]]:
    """A document without headings is one section; a long lead-in becomes a section too."""
    has_text = any(b.kind in (Kind.PARA, Kind.ITEM, Kind.BOX, Kind.CODE) for b in intro)
    if not has_text:
        return intro, nodes
    if not nodes:
        return [], [_Node(title, 1, None, intro)]
    words = sum(len(b.text.split()) for b in intro)
    if words > _INTRO_AS_SECTION_WORDS:
        return [], [_Node("Introduction", 1, None, intro), *nodes]
    return intro, nodes


# --- repeated content -------------------------------------------------------------------


def _normalised_title(title: str) -> str:
    return re.sub(r"[^\w]+", " ", title.lower()).strip()


def _words(blocks: list[Block]) -> list[str]:
    text = " ".join(b.text for b in blocks if b.kind in (Kind.PARA, Kind.ITEM, Kind.BOX))
    return re.findall(r"\w+", text.lower())


def _drop_duplicate_sections(nodes: list[_Node]) -> list[_Node]:
    """Drop what repeats an earlier section's title.

    With (mostly) the same body it is a re-rendering of the page; with next to no
    body and no subsections it is a repeated label (a box or tab title printed
    again), whose few words move to the section before it. Bodies are compared as
    sets of word triples against the few earlier sections of the same title, so the
    cost stays linear in the document.
    """
    seen: dict[str, list[set[tuple[str, ...]]]] = defaultdict(list)
    kept: list[_Node] = []
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


def _split_long_sections(nodes: list[_Node]) -> list[_Node]:
    """Cut a section past MAX_SECTION_CHARS into consecutive parts of whole blocks."""
    out: list[_Node] = []
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
            part = _Node(title, node.level, node.number if k == 0 else None, blocks)
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
    hits: Counter[int] = Counter()
    for shingle in shingles:
        for paragraph in set(index.get(shingle, ())):
            hits[paragraph] += 1
    if not hits:
        return False
    return hits.most_common(1)[0][1] >= 0.75 * len(shingles)


def _drop_emptied_sections(nodes: list[_Node], had_body: list[bool]) -> list[_Node]:
    kept: list[_Node] = []
    for i, node in enumerate(nodes):
        has_children = i + 1 < len(nodes) and nodes[i + 1].level > node.level
        if had_body[i] and not node.has_body() and not has_children:
            continue
        kept.append(node)
    return kept


# --- checklists -------------------------------------------------------------------------


def names_checklist(text: str) -> bool:
    return bool(CHECKLIST_WORDS.search(text))


def _is_lead_in(text: str) -> bool:
    return text.rstrip().endswith(":") and names_checklist(text)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])['’\"”)]*\s+(?=[\"“‘(]?[A-Z])")


def item_kind(text: str, steps: bool) -> str:
    """'question' if the item opens with a question; a tip that adds questions stays a tip."""
    first_sentence = _SENTENCE_BREAK.split(text.strip(), maxsplit=1)[0].rstrip("'’\"”) ")
    if first_sentence.endswith("?"):
        return "question"
    return "step" if steps else "tip"


def short_label(text: str) -> str:
    """'A conflict analysis, to determine the root causes …' → 'A conflict analysis'."""
    head = re.split(r"[,:;.–—]|\s-\s", text, maxsplit=1)[0].strip()
    words = head.split()
    return " ".join(words[:10]) if words else text[:60]


def _clean_checklist_title(title: str) -> str:
    cleaned = _LEADING_CHECKLIST_TAG.sub("", title).strip()
    return cleaned[:1].upper() + cleaned[1:] if cleaned else title


def find_checklists(nodes: list[_Node], vocab: Vocabulary | None) -> list[ParsedChecklist]:
    claimed: set[int] = set()
    found: list[ParsedChecklist] = []
    for index, node in enumerate(nodes):
        found.extend(_lead_in_checklists(index, node, claimed, vocab))
        found.extend(_box_checklists(index, node, claimed, vocab))
    for index, node in enumerate(nodes):
        if names_checklist(node.title):
            checklist = _section_checklist(index, nodes, claimed, vocab)
            if checklist is not None:
                found.append(checklist)
    found.sort(key=lambda c: c.section_index)
    return found


def _lead_in_checklists(
    index: int, node: _Node, claimed: set[int], vocab: Vocabulary | None
) -> list[ParsedChecklist]:
    items: list[ParsedChecklistItem] = []
    lead_ins: list[str] = []
    blocks = node.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind in (Kind.PARA, Kind.ITEM) and _is_lead_in(block.text):
            group = short_label(block.text) if block.kind is Kind.ITEM else None
            depth = block.level + 1 if block.kind is Kind.ITEM else 0
            steps = bool(_STEP_WORDS.search(block.text))
            j = i + 1
            while j < len(blocks) and blocks[j].kind in (Kind.ITEM, Kind.LABEL):
                item = blocks[j]
                if item.kind is Kind.ITEM:
                    if item.level < depth:
                        break
                    if item.level == depth and id(item) not in claimed:
                        claimed.add(id(item))
                        items.append(_make_item(item, group, steps, vocab))
                j += 1
            if j > i + 1:
                lead_ins.append(block.text)
            i = j
            continue
        i += 1
    if not items:
        return []
    phrase = CHECKLIST_WORDS.search(lead_ins[0])
    name = phrase.group(0) if phrase else "Checklist"
    title = f"{name[:1].upper()}{name[1:]}: {node.title}"
    return [ParsedChecklist(title=title, section_index=index, items=items)]


def _box_checklists(
    index: int, node: _Node, claimed: set[int], vocab: Vocabulary | None
) -> list[ParsedChecklist]:
    found: list[ParsedChecklist] = []
    blocks = node.blocks
    for i, block in enumerate(blocks):
        if block.kind is not Kind.BOX or not names_checklist(block.text):
            continue
        steps = bool(_STEP_WORDS.search(block.text))
        items: list[ParsedChecklistItem] = []
        for item in blocks[i + 1 :]:
            if item.kind in (Kind.HEADING, Kind.BOX):
                break
            if item.kind is Kind.ITEM and item.level == 0 and id(item) not in claimed:
                claimed.add(id(item))
                items.append(_make_item(item, None, steps, vocab))
            elif item.kind is Kind.PARA and items:
                break
        if items:
            title = re.sub(r"^(box|figure|table|panel)\s+\S+\s*", "", block.text, flags=re.I)
            found.append(
                ParsedChecklist(title=_clean_checklist_title(title), section_index=index, items=items)
            )
    return found


def _section_checklist(
    index: int, nodes: list[_Node], claimed: set[int], vocab: Vocabulary | None
) -> ParsedChecklist | None:
    node = nodes[index]
    steps = bool(_STEP_WORDS.search(node.title))
    items: list[ParsedChecklistItem] = []
    scope = [(None, node)]
    for child in nodes[index + 1 :]:
        if child.level <= node.level:
            break
        scope.append((child.title, child))
    for group_title, member in scope:
        group = group_title
        previous: ParsedChecklistItem | None = None
        for block in member.blocks:
            if block.kind is Kind.LABEL:
                label = repair_label(block.text, vocab)
                group = label or group
                continue
            if block.kind is Kind.ITEM and block.level == 0 and id(block) not in claimed:
                claimed.add(id(block))
                previous = _make_item(block, group, steps, vocab)
                items.append(previous)
            elif block.kind is Kind.PARA and previous is not None and steps:
                # Explanations printed under a step (a table's second column) belong to it.
                previous.detail = f"{previous.detail}\n\n{block.text}".strip()
            elif block.kind is Kind.HEADING:
                previous = None
    if not items:
        items = _rows_as_items(node, steps, vocab)
    if not items:
        return None
    return ParsedChecklist(title=_clean_checklist_title(node.title), section_index=index, items=items)


def _rows_as_items(
    node: _Node, steps: bool, vocab: Vocabulary | None
) -> list[ParsedChecklistItem]:
    """A checklist printed as a table ('Vision  The vision is …') has rows, not bullets."""
    items: list[ParsedChecklistItem] = []
    for block in node.blocks:
        if block.kind is not Kind.PARA or len(block.text.split()) < 5:
            continue
        name, detail = split_step(block.text, vocab)
        if name[:1].islower() and detail:
            # The table's header row ("component  Description") ran into the first row.
            name, detail = split_step(detail, vocab)
        if detail and len(name.split()) <= 6:
            kind = "step" if steps else "criterion"
            items.append(ParsedChecklistItem(text=name, kind=kind, detail=detail))
    return items if len(items) >= 2 else []


def _make_item(
    block: Block, group: str | None, steps: bool, vocab: Vocabulary | None
) -> ParsedChecklistItem:
    kind = item_kind(block.text, steps)
    text, detail = block.text, ""
    if kind == "step":
        text, detail = split_step(block.text, vocab)
    return ParsedChecklistItem(text=text, kind=kind, group=group, detail=detail)


def split_step(text: str, vocab: Vocabulary | None) -> tuple[str, str]:
    """'Raise awareness A public launch …' → ('Raise awareness', 'A public launch …').

    A table row flattened into text runs the step's name into its explanation;
    the seam shows as a capitalised ordinary word in mid-phrase.
    """
    words = text.split(" ")
    depth = 0
    for i, word in enumerate(words[:-1]):
        depth += word.count("(") - word.count(")")
        if i >= 16 or re.search(r"[.!?;:]$", word):
            break
        following = words[i + 1]
        if depth > 0 or not word or not following[:1].isupper():
            continue
        if not (word[-1].islower() or (word.endswith(")") and "(" not in word)):
            continue
        bare = re.sub(r"[^\w]", "", following)
        ordinary = bare.lower() in {"a", "an", "the"} or (
            vocab is not None and _mostly_lowercase(bare, vocab)
        )
        if ordinary:
            return " ".join(words[: i + 1]), " ".join(words[i + 1 :])
    return text, ""


def _mostly_lowercase(word: str, vocab: Vocabulary) -> bool:
    form = vocab.preferred_form(word)
    return form is not None and form[:1].islower()


def repair_label(text: str, vocab: Vocabulary | None) -> str | None:
    """Rebuild a margin label from its fragments, or None if nothing readable is left.

    Rotated text loses letters; each '/'-separated piece is kept if the document
    uses it as a word, else replaced by the one document word that contains its
    letters in order with the same first and last letter.
    """
    cleaned = re.sub(r"\s+", " ", text).strip()
    if vocab is None:
        return cleaned or None
    if vocab.tokens.get(cleaned.replace(" ", ""), 0) or all(
        vocab.count(w) for w in re.findall(r"[^\W\d_]+", cleaned)
    ):
        return vocab.repair_heading_case(cleaned) if cleaned else None
    pieces: list[str] = []
    for piece in cleaned.split("/"):
        letters = re.sub(r"[^\w&]", "", piece)
        if len(letters) >= 3 and vocab.count(letters):
            pieces.append(letters)
            continue
        if len(letters) >= 4:
            match = _word_containing(letters, vocab)
            if match:
                pieces.append(match)
    if not pieces:
        return None
    label = "/".join(pieces)
    return label[:1].upper() + label[1:]


def _word_containing(fragment: str, vocab: Vocabulary) -> str | None:
    fragment = fragment.lower()
    pattern = re.compile(".*".join(re.escape(ch) for ch in fragment))
    candidates = [
        (count, word)
        for word, count in vocab.lower.items()
        if word[:1] == fragment[:1]
        and word[-1:] == fragment[-1:]
        and len(word) <= 2 * len(fragment)
        and pattern.fullmatch(word)
    ]
    if not candidates:
        return None
    return max(candidates)[1]
