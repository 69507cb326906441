"""Text engine stage 5: the document title, heading levels and parts."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from .blocks import Block, Kind
from .checklists import names_checklist
from .text_rules import (
    _BOX,
    _DATE_LINE,
    _FRONT_MATTER,
    _top_number,
)
from .vocab import SMALL_WORDS, Vocabulary, is_title_case

# --- 5. structure -------------------------------------------------------------------------


def _take_title(
    blocks: list[Block], vocab: Vocabulary, metadata_title: str | None, name: str
) -> tuple[str, list[Block]]:
    if metadata_title and _usable_metadata_title(metadata_title):
        key = re.sub(r"\W+", "", metadata_title.lower())
        for i, block in enumerate(blocks[:4]):
            if block.kind is Kind.HEADING and re.sub(r"\W+", "", block.text.lower()) == key:
                return metadata_title.strip(), blocks[:i] + blocks[i + 1 :]  # printed once
        return metadata_title.strip(), blocks
    side = _document_wide_label(blocks)
    if side:
        return vocab.title_case(side), blocks
    for i, block in enumerate(blocks[:4]):
        if block.kind is Kind.PARA and (_DATE_LINE.match(block.text) or len(block.text) < 3):
            continue
        if block.kind is Kind.HEADING and block.marker in ("plain", "caps"):
            title = vocab.repair_heading_case(block.text)
            if title.lower().strip(" :.") in _FRONT_MATTER:
                break
            return title, blocks[:i] + blocks[i + 1 :]
        break
    quoted = _quoted_title(blocks)
    if quoted:
        return quoted, blocks
    return _title_from_name(name), blocks


def _usable_metadata_title(title: str) -> bool:
    cleaned = title.strip().lower()
    if len(cleaned) < 4 or cleaned in {"untitled", "title", "document", "microsoft word"}:
        return False
    return not re.search(r"\.(docx?|pdf|indd|txt|rtf)$|^microsoft word", cleaned)


def _document_wide_label(blocks: list[Block]) -> str | None:
    """Margin text printed throughout a document (in several parts) is its title."""
    labels = [b.text for b in blocks if b.kind is Kind.LABEL and len(b.text) >= 12]
    counts = Counter(re.sub(r"\W+", "", label.lower()) for label in labels)
    for label in labels:
        if counts[re.sub(r"\W+", "", label.lower())] >= 3:
            return label
    return None


def _quoted_title(blocks: list[Block]) -> str | None:
    """A summary often names its subject in quotes in the first paragraph."""
    for block in blocks[:4]:
        if block.kind is not Kind.PARA:
            continue
        for match in re.finditer(r"[“\"]([^”\"]{12,160})[”\"]", block.text):
            candidate = match.group(1).strip().rstrip(",.;")
            if is_title_case(candidate) and len(candidate.split()) >= 3:
                return candidate
    return None


def _title_from_name(name: str) -> str:
    stem = Path(name).stem if "." in name else name
    words = re.sub(r"[_\-]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else "Imported document"


def _merge_split_headings(blocks: list[Block], unwrapped: bool) -> list[Block]:
    """Two short title lines in a row with nothing between are one wrapped heading."""
    out: list[Block] = []
    merged = False
    for block in blocks:
        previous = out[-1] if out else None
        if (
            not merged
            and not unwrapped
            and previous is not None
            and block.kind is Kind.HEADING
            and previous.kind is Kind.HEADING
            and block.marker == previous.marker == "plain"
            and len(previous.text) + len(block.text) < 90
        ):
            previous.text = f"{previous.text} {block.text}"
            merged = True
            continue
        merged = False
        out.append(block)
    return out


def _assign_levels(blocks: list[Block], vocab: Vocabulary, unwrapped: bool) -> list[Block]:
    blocks = _merge_split_headings(blocks, unwrapped)
    for block in blocks:
        caption = _BOX.match(block.text) if block.kind is Kind.BOX else None
        if caption and caption.group("text"):
            label = block.text[: caption.start("text")]
            block.text = label + vocab.repair_heading_case(caption.group("text"))
        if block.kind is Kind.HEADING and block.marker in ("caps", "plain", "letter", "num",
                                                           "annex"):
            block.text = vocab.repair_heading_case(block.text)
    starts = _part_starts(blocks)
    if len(starts) >= 2:
        return _levels_with_parts(blocks, starts, vocab)
    _levels_within(blocks, 0, len(blocks), base=0)
    return blocks


def _part_starts(blocks: list[Block]) -> list[int]:
    """Where heading numbers start again from 1 or 2, a new part of the document begins."""
    starts: list[int] = []
    last_top = 0
    for i, block in enumerate(blocks):
        if block.kind is not Kind.HEADING or block.marker != "num" or not block.number:
            continue
        top = _top_number(block.number)
        if last_top == 0 or (top < last_top and top <= 2):
            starts.append(_part_start_before(blocks, i))
        last_top = top
    return starts


def _part_start_before(blocks: list[Block], index: int) -> int:
    """A part whose first heading was lost begins after the notes that closed the last one."""
    j = index - 1
    while j >= 0 and blocks[j].kind in (Kind.PARA, Kind.LABEL, Kind.ITEM):
        j -= 1
    if j >= 0 and blocks[j].kind in (Kind.FOOTNOTE, Kind.ENDNOTE) and j + 1 < index:
        return j + 1
    return index


def _levels_within(blocks: list[Block], start: int, end: int, base: int) -> None:
    """Levels from numbering depth; unnumbered headings sit under the last numbered one."""
    structural = base  # level of the last numbered, annex or capitals heading
    numbered = base
    for block in blocks[start:end]:
        if block.kind is not Kind.HEADING:
            continue
        kind = block.marker
        if kind == "num" and block.number:
            depth = block.number.count(".") + 1
            block.level = base + depth
            numbered = structural = block.level
        elif kind in ("annex", "caps"):
            block.level = base + 1
            numbered = structural = block.level
        elif kind == "letter":
            block.level = numbered + 1
        else:
            block.level = structural + 1


def _levels_with_parts(blocks: list[Block], starts: list[int], vocab: Vocabulary) -> list[Block]:
    _levels_within(blocks, 0, starts[0], base=0)
    bounds = [*starts, len(blocks)]
    for k in range(len(starts)):
        _levels_within(blocks, bounds[k], bounds[k + 1], base=1)
    titles = _part_titles(blocks, bounds, vocab)
    out: list[Block] = []
    for k, start in enumerate(starts):
        previous_end = starts[k - 1] if k else 0
        out.extend(blocks[previous_end:start] if k else blocks[:start])
        out.append(Block(Kind.HEADING, titles[k], level=1, marker="part"))
    out.extend(blocks[starts[-1] :])
    return out


def _part_titles(blocks: list[Block], bounds: list[int], vocab: Vocabulary) -> list[str]:
    """Name each part: its own margin label, else its entry in the document's overview.

    An overview of a collection lists its parts as sibling headings ("5.1 …",
    "5.2 …"); the sibling group whose headings each match a different part best
    (by words concentrated in that part) names those parts, and the part holding
    the overview takes the name of the heading above the group.
    """
    parts = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]
    titles: list[str | None] = [
        vocab.repair_heading_case(label) if label else None
        for label in (_own_label(blocks, s, e, parts) for s, e in parts)
    ]
    word_counts = [_content_words(blocks[s:e]) for s, e in parts]
    total: Counter[str] = Counter()
    for counts in word_counts:
        total.update(counts)
    best: tuple[int, int | None, dict[int, str]] | None = None
    for home, parent, texts in _sibling_groups(blocks, parts):
        assignment = _match_headings_to_parts(texts, home, word_counts, total)
        if len(assignment) >= 2 and (best is None or len(assignment) > len(best[2])):
            best = (home, parent, assignment)
    if best is not None:
        home, parent, assignment = best
        for p, text in assignment.items():
            titles[p] = titles[p] or text
        if titles[home] is None and parent is not None:
            titles[home] = blocks[parent].text
    return [title or f"Part {k + 1}" for k, title in enumerate(titles)]


def _match_headings_to_parts(
    texts: list[str], home: int, word_counts: list[Counter[str]], total: Counter[str]
) -> dict[int, str]:
    scored: list[tuple[float, int, int]] = []
    for c, text in enumerate(texts):
        words = _title_words(text)
        if len(words) < 2:
            continue
        for p, counts in enumerate(word_counts):
            if p != home:
                share = sum(counts[w] / total[w] for w in words if total[w]) / len(words)
                scored.append((share, c, p))
    scored.sort(reverse=True)
    assignment: dict[int, str] = {}
    used: set[int] = set()
    for share, c, p in scored:
        if share >= 0.3 and c not in used and p not in assignment:
            assignment[p] = texts[c]
            used.add(c)
    return assignment


def _sibling_groups(
    blocks: list[Block], parts: list[tuple[int, int]]
) -> list[tuple[int, int | None, list[str]]]:
    """Numbered headings grouped by parent: (part, parent heading index, titles)."""
    groups: dict[tuple[int, int | None], list[str]] = {}
    for p, (start, end) in enumerate(parts):
        stack: list[tuple[int, int]] = []
        for i in range(start, end):
            block = blocks[i]
            if block.kind is not Kind.HEADING or block.marker != "num":
                continue
            while stack and stack[-1][1] >= block.level:
                stack.pop()
            parent = stack[-1][0] if stack else None
            groups.setdefault((p, parent), []).append(block.text)
            stack.append((i, block.level))
    return [(p, parent, texts) for (p, parent), texts in groups.items() if len(texts) >= 2]


def _own_label(
    blocks: list[Block], start: int, end: int, parts: list[tuple[int, int]]
) -> str | None:
    """A margin label printed in this part only (outside its checklists) names the part."""
    labels: Counter[str] = Counter()
    section = ""
    for block in blocks[start:end]:
        if block.kind is Kind.HEADING and block.level <= 2:
            section = block.text
        elif block.kind is Kind.LABEL and not names_checklist(section) and len(block.text) >= 8:
            labels[block.text] += 1
    for label, _count in labels.most_common():
        key = re.sub(r"\W+", "", label.lower())
        elsewhere = any(
            b.kind is Kind.LABEL and re.sub(r"\W+", "", b.text.lower()) == key
            for s, e in parts
            if (s, e) != (start, end)
            for b in blocks[s:e]
        )
        if not elsewhere:
            return label
    return None


def _content_words(blocks: list[Block]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for block in blocks:
        if block.kind in (Kind.PARA, Kind.ITEM, Kind.HEADING, Kind.BOX):
            counts.update(_title_words(block.text, unique=False))
    return counts


def _title_words(text: str, unique: bool = True) -> list[str]:
    words = [w for w in re.findall(r"[^\W\d_]{4,}", text.lower()) if w not in SMALL_WORDS]
    return list(dict.fromkeys(words)) if unique else words
