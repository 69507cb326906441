"""Checklists found in an imported document's sections.

Real guidance prints its checklists as lists under a heading that names them
("Key questions", "Tips", "Annex I (Checklist). …"), as lists introduced by such
a sentence, as lists under a box caption, as tables of "name  explanation" rows,
and, in UN reports, as "Recommendation 1 … n". A list of one is a remark, not a
checklist. Each item's kind (question, tip, step, criterion) comes from its
wording and the words that introduce its list.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .blocks import Block, Kind
from .model import ParsedChecklist, ParsedChecklistItem
from .vocab import Vocabulary

if TYPE_CHECKING:
    from .assemble import Node

CHECKLIST_WORDS = re.compile(
    r"\b(check-?lists?|tips|hints|key questions|guiding questions|questions to ask|"
    r"(?:process )?steps|to-?dos?|do'?s and don'?ts|recommendations|self-assessment|"
    r"criteria|benchmarks)\b",
    re.IGNORECASE,
)
# Items of a list named so are conditions to be met, whatever their grammar.
_CRITERION_WORDS = re.compile(
    r"\b(criteria|criterion|benchmarks?|standards?|requirements?|indicators?)\b", re.IGNORECASE
)
_STEP_WORDS = re.compile(r"\b(steps?|phases?|procedures?|stages?)\b", re.IGNORECASE)
_LEADING_CHECKLIST_TAG = re.compile(
    r"^(?:\(\s*check-?list\s*\)\s*[.:–—-]?|check-?list\s*[.:–—-])\s*", re.IGNORECASE
)
# "Annex II.", "Box 3:", "Appendix A –": where the list is printed, not what it is.
_PLACE_TAG = re.compile(
    r"^(?:annex|appendix|attachment|box|panel|table|figure)\b\s*(?:[IVXLC]{1,6}|\d{1,3}|[A-Z])?"
    r"\s*(?:[.:–—-]\s*|(?=\())",
    re.IGNORECASE,
)
# A list of one is a remark, not a checklist ("Tips:" over a single line).
_MIN_ITEMS = 2


def _shouted(text: str) -> bool:
    """'2. INITIAL REVIEW OF SCHEDULES': a heading set as a list entry, never a checklist item."""
    letters = re.sub(r"[^\w]|[\d_]", "", text)
    return len(text.split()) >= 1 and len(letters) >= 4 and letters.isupper()


# Reports argue about criteria in prose ("The topic fulfils the criteria for …"); a list of
# them is named in a short heading ("Selection criteria") or as "the following criteria".
_PROSE_PRONE = re.compile(r"^(?:criteria|benchmarks)$", re.IGNORECASE)
_SHORT_NAME_WORDS = 4


def names_checklist(text: str) -> bool:
    for match in CHECKLIST_WORDS.finditer(text):
        if not _PROSE_PRONE.match(match.group(0)):
            return True
        short = len(text.split()) <= _SHORT_NAME_WORDS
        if short or re.search(r"\bfollowing\s+(?:\w+\s+)?" + match.group(0), text, re.I):
            return True
    return False


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
    cleaned = _PLACE_TAG.sub("", title.strip(), count=1).strip()
    cleaned = _LEADING_CHECKLIST_TAG.sub("", cleaned or title).strip()
    return cleaned[:1].upper() + cleaned[1:] if cleaned else title


_RECOMMENDATION = re.compile(
    r"^(?:recommendation|recommandation)\s+(?P<num>\d{1,3})\b\s*(?:[:.–—-]\s*)?(?P<text>.*)$",
    re.IGNORECASE,
)
# A label that begins a paragraph: "… by 2027. Recommendation 2: Heads of mission …".
_RECOMMENDATION_START = re.compile(r"(?<=[.;!?])\s+(?=Recommendation\s+\d{1,3}\s*[:.–—-])")


def lift_recommendations(blocks: list[Block]) -> list[Block]:
    """Keep UN "Recommendation n" labels in the text: never a heading, one paragraph each.

    A bold "Recommendation 1" line reads as a heading to the layout; it labels the
    paragraph that follows and joins it. Labels run together into one paragraph are
    split apart again.
    """
    out: list[Block] = []
    pending: Block | None = None
    for block in blocks:
        if block.kind is Kind.HEADING:
            label = _RECOMMENDATION.match(block.text)
            if label and not label.group("text"):
                pending = Block(Kind.PARA, f"Recommendation {label.group('num')}")
                continue
        if pending is not None:
            if block.kind is Kind.PARA:
                block = Block(Kind.PARA, f"{pending.text}: {block.text}")
            else:
                out.append(pending)
            pending = None
        if block.kind is Kind.PARA and _RECOMMENDATION_START.search(block.text):
            out.extend(
                Block(Kind.PARA, part) for part in _RECOMMENDATION_START.split(block.text)
            )
            continue
        out.append(block)
    if pending is not None:
        out.append(pending)
    return out


def _recommendation_checklists(nodes: list[Node], claimed: set[int]) -> list[ParsedChecklist]:
    """Runs of "Recommendation 1 … n" paragraphs, numbered in order, anywhere in a section."""
    found: list[ParsedChecklist] = []
    for index, node in enumerate(nodes):
        items: list[ParsedChecklistItem] = []
        expected = None
        for block in node.blocks:
            match = _RECOMMENDATION.match(block.text) if block.kind in (Kind.PARA, Kind.ITEM) else None
            if match is None or not match.group("text"):
                continue
            number = int(match.group("num"))
            if expected is not None and number != expected:
                _keep_run(found, items, index, node)
                items = []
            claimed.add(id(block))
            text = match.group("text").strip()
            items.append(ParsedChecklistItem(text=text, kind=item_kind(text, False)))
            expected = number + 1
        _keep_run(found, items, index, node)
    return found


def _keep_run(
    found: list[ParsedChecklist], items: list[ParsedChecklistItem], index: int, node: Node
) -> None:
    if len(items) < _MIN_ITEMS:
        return
    title = _clean_checklist_title(node.title)
    if not re.search(r"recommend", title, re.IGNORECASE):
        title = f"Recommendations: {title}"
    found.append(ParsedChecklist(title=title, section_index=index, items=list(items)))


def find_checklists(nodes: list[Node], vocab: Vocabulary | None) -> list[ParsedChecklist]:
    claimed: set[int] = set()
    found: list[ParsedChecklist] = _recommendation_checklists(nodes, claimed)
    for index, node in enumerate(nodes):
        found.extend(_lead_in_checklists(index, node, claimed, vocab))
        found.extend(_box_checklists(index, node, claimed, vocab))
    for index, node in enumerate(nodes):
        if names_checklist(node.title):
            checklist = _section_checklist(index, nodes, claimed, vocab)
            if checklist is not None:
                found.append(checklist)
    found = [c for c in found if len(c.items) >= _MIN_ITEMS]
    for checklist in found:
        if _CRITERION_WORDS.search(checklist.title):
            for item in checklist.items:
                if item.kind == "tip":
                    item.kind = "criterion"
    found.sort(key=lambda c: c.section_index)
    return found


def _lead_in_checklists(
    index: int, node: Node, claimed: set[int], vocab: Vocabulary | None
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
                    if item.level < depth or _shouted(item.text):
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
    if names_checklist(node.title) and name.lower() in node.title.lower():
        title = _clean_checklist_title(node.title)  # not "Recommendations: Recommendations"
    return [ParsedChecklist(title=title, section_index=index, items=items)]


def _box_checklists(
    index: int, node: Node, claimed: set[int], vocab: Vocabulary | None
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
            found.append(ParsedChecklist(
                title=_clean_checklist_title(block.text), section_index=index, items=items
            ))
    return found


def _section_checklist(
    index: int, nodes: list[Node], claimed: set[int], vocab: Vocabulary | None
) -> ParsedChecklist | None:
    node = nodes[index]
    steps = bool(_STEP_WORDS.search(node.title))
    items: list[ParsedChecklistItem] = []
    scope: list[tuple[str | None, Node]] = [(None, node)]
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
    node: Node, steps: bool, vocab: Vocabulary | None
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
