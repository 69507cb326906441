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
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from .pdf_display import display_groups
from .pdf_lines import PdfLine
from .vocab import SMALL_WORDS

# --- what is never the document's text ---------------------------------------------------------

_PAGE_NUMBER = re.compile(
    r"^(?:page\s+|p\.\s*)?[-–—(]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)]?"
    r"(?:\s*(?:/|of|sur|de)\s*\d{1,4})?$",
    re.IGNORECASE,
)
# "S/2025/420", "A/79/716-S/2025/18", "A/HRC/58/3", "E/CN.6/2025/1"
_UN_SYMBOL = re.compile(r"^(?:[A-Z]{1,6}(?:/[A-Z0-9.\-]+){1,5}(?:\s*[-–]?\s*|\s+))+$")
_JOB_NUMBER = re.compile(r"^(?:\d{1,3}/\d{1,3}\s+)?(?:GE\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\S+)*$")
_BARCODE = re.compile(r"^\*[0-9A-Z]{5,}\*$")
_MASTHEAD = re.compile(r"^(?:distr\.?\s*:|original\s*:|distr\.\s+(?:general|limited|restricted))",
                       re.IGNORECASE)
# The bodies named in a UN masthead: who issues the document, not what it is called.
_ORGANS = re.compile(
    r"\b(?:united nations|nations unies|naciones unidas|general assembly|security council|"
    r"economic and social council|human rights council|trusteeship council|secretariat)\b",
    re.IGNORECASE,
)
_AGENDA = re.compile(
    r"^(?:(?:[A-Z][a-z]+-)?[a-z]+(?:th|st|nd|rd) (?:session|year)\b|(?:provisional )?agenda items?\b|"
    r"items? \d+(?:\s*\([a-z]\))? of the (?:provisional )?agenda|[A-Z][a-z]+ year$)",
    re.IGNORECASE,
)
_CONTENTS = re.compile(
    r"^(?:contents|table of contents|sommaire|table des matières|índice|contenido|inhalt|"
    r"المحتويات|содержание|目录)$",
    re.IGNORECASE,
)
_TOC_ENTRY = re.compile(r"(?:\.\s?){3,}\s*\d{1,4}$|…+\s*\d{1,4}$|\s\d{1,4}$")
_CAPTION = re.compile(
    r"^(?:figure|fig\.|table|box|map|chart|graph|diagram|exhibit|panel|illustration|photo|"
    r"infographic|encadré|tableau|graphique|carte|gráfico|cuadro|recuadro|mapa)"
    r"(?:\s+(?:[0-9]+|[IVXLC]+)(?:[.\-–][0-9]+)?[a-z]?\b|\s*$)",
    re.IGNORECASE,
)
_FIELD = re.compile(r"^[^\W\d_][\w .'’/-]{0,24}:\s+\S")
_ROMAN = re.compile(r"^(?P<num>[IVXLC]{1,7})\.\s+(?P<text>\S.*)$")
_LETTER = re.compile(r"^(?P<num>[A-Z])\.\s+(?P<text>\S.*)$")
# "II. ", "A. ", "4.2 ", and LaTeX's "1 Introduction" (a number, a space, a capital).
_ENUMERATED_START = re.compile(
    r"^(?:(?:[IVXLC]{1,7}|[A-Z]|\d{1,3}(?:\.\d{1,3})*)[.)]\s|\d{1,3}(?:\.\d{1,3})*\s+(?=[^\W\d_]))"
)
_SENTENCE_END = re.compile(r"[.;,]['’\"”)]?$")

# Notices printed on a document or a statement, set apart like headings but naming nothing.
_NOTICE = re.compile(
    r"^[(\[*]*(?:advance unedited version|unedited|unofficial translation|"
    r"(?:please )?check against delivery|as delivered|(?:final )?(?:to be )?delivered|final|"
    r"draft|embargoed\b.*|for information only|not for publication|official use only|"
    r"original|translation)[)\]*.]*$",
    re.IGNORECASE,
)
# A heading is at most this many printed lines; more in one style is a paragraph.
_MAX_HEADING_LINES = 6
_MAX_ITALIC_WORDS = 6
_WORDS_ONLY = re.compile(r"[^\W\d_][\w ’'&,()–-]*")
_MAX_HEADING_CHARS = 320


@dataclass
class OutlineEntry:
    title: str
    level: int  # 1 = top
    page: int | None  # 0-based
    top: float | None = None  # points from the page's top, where the destination points


@dataclass
class LaidOutLine:
    """One line for the text engine: its text, spacing and, for a heading, its level."""

    text: str
    page: int
    indent: int = 0
    blank_before: bool = False
    page_start: bool = False
    page_end: bool = False
    heading: int = 0  # level of the heading that starts here (0: not a heading)


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


# --- measures ----------------------------------------------------------------------------------------


def _size_key(size: float) -> float:
    return round(size * 2) / 2


def _body_size(lines: list[PdfLine]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[_size_key(line.size)] += len(line.text)
    return sizes.most_common(1)[0][0]


def _line_gap(pages: list[list[PdfLine]], body: float) -> float:
    """The usual distance from one line of body text to the next."""
    gaps: Counter[float] = Counter()
    for page in pages:
        for a, b in pairwise(page):
            if abs(_size_key(a.size) - body) < 0.6 and abs(_size_key(b.size) - body) < 0.6:
                d = round(b.top - a.top)
                if 0 < d < 4 * body:
                    gaps[d] += 1
    return float(gaps.most_common(1)[0][0]) if gaps else body * 1.2


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def _furniture(pages: list[list[PdfLine]], body: float) -> set[int]:
    """Running headers and footers, page numbers, symbols, rules: never the text."""
    drop: set[int] = set()
    edge_counts: Counter[str] = Counter()
    edges_of: list[list[PdfLine]] = []
    for page in pages:
        ordered = sorted(page, key=lambda line: line.top)
        edges = ordered[:2] + ordered[-2:] if len(ordered) > 4 else ordered
        edges_of.append(edges)
        edge_counts.update({_key(line.text) for line in edges})
    threshold = max(3, int(0.2 * len(pages)))
    first_page = next((page for page in pages if page), [])
    for page, edges in zip(pages, edges_of, strict=True):
        edge_ids = {id(line) for line in edges}
        for line in page:
            text = line.text
            if not re.search(r"[^\W_]", text):
                drop.add(id(line))  # rules, leaders, lone punctuation
                continue
            if _UN_SYMBOL.match(text) or _JOB_NUMBER.match(text) or _BARCODE.match(text):
                drop.add(id(line))
                continue
            at_edge = id(line) in edge_ids
            zone = line.top < 0.08 * line.page_height or line.top > 0.93 * line.page_height
            repeated = edge_counts[_key(text)] >= threshold and len(pages) >= 3
            if repeated and page is first_page and _size_key(line.size) >= body + 2.0:
                continue  # the title, large on page 1, repeated small as the running header
            if repeated and _size_key(line.size) >= body + 2.0 and _ENUMERATED_START.match(text):
                continue  # "2. Chapter 2" opening each page: headings, not a running header
            if at_edge and (_PAGE_NUMBER.match(text) or repeated):
                drop.add(id(line))
            elif zone and at_edge and _size_key(line.size) < body - 0.4 and len(pages) >= 3:
                drop.add(id(line))  # running headers that change with the chapter
    return drop


def _masthead(pages: list[list[PdfLine]]) -> set[int]:
    """The UN masthead (symbol, organ, distribution, date) and agenda lines of page 1."""
    if not pages or not pages[0]:
        return set()
    first = pages[0]
    marks = [line for line in first if _MASTHEAD.match(line.text) or "Distr.:" in line.text]
    if not marks:
        return set()
    bottom = max(line.top for line in marks)
    drop = {id(line) for line in first if line.top <= bottom + 2}
    agenda = [line for line in first if id(line) not in drop and _AGENDA.match(line.text)]
    if agenda:
        # The agenda block: from its first line to the first bold or large line after it;
        # where the agenda items' own titles are bold, to the first larger line.
        start = min(line.top for line in agenda)
        after = sorted((line for line in first if line.top > start and not _AGENDA.match(
            line.text)), key=lambda line: line.top)
        size = agenda[0].size
        bold_items = bool(after) and after[0].bold and after[0].size <= size + 0.5
        end = min(
            (line.top for line in after
             if line.size > size + 0.5 or (line.bold and not bold_items)),
            default=start,
        )
        drop |= {id(line) for line in first if start - 2 <= line.top < end}
    # "General Assembly  Security Council" over the session lines: the organs again.
    drop |= {id(line) for line in first if _ORGANS.search(line.text) and not re.search(
        r"[^\W\d_]{2,}", _ORGANS.sub(" ", line.text))}
    return drop


def _contents_pages(pages: list[list[PdfLine]]) -> set[int]:
    """Tables of contents: a 'Contents' page and the pages of entries that follow it."""
    drop: set[int] = set()
    in_contents = False
    for page in pages:
        if not page:
            continue
        entries = sum(1 for line in page if _TOC_ENTRY.search(line.text) and len(line.text) > 3)
        share = entries / len(page)
        titled = next((i for i, line in enumerate(page) if _CONTENTS.match(line.text.strip())), None)
        leaders = sum(1 for line in page if re.search(r"(?:\.\s?){4,}\s*\d{1,4}$", line.text))
        if titled is not None and (entries >= 3 or leaders >= 2):
            drop |= {id(line) for line in page[titled:]}
            in_contents = True
        elif (in_contents and share >= 0.4) or leaders >= 5:
            drop |= {id(line) for line in page if _TOC_ENTRY.search(line.text) or leaders >= 5}
            if in_contents:
                drop |= {id(line) for line in page}
        else:
            in_contents = False
    return drop


def _captions(pages: list[list[PdfLine]]) -> set[int]:
    """'Figure IV', 'Table 3', 'Box II', 'Map 1' and the title lines set under them."""
    out: set[int] = set()
    for page in pages:
        for i, line in enumerate(page):
            if not _CAPTION.match(line.text):
                continue
            out.add(id(line))
            if len(line.text.split()) <= 3:
                for nxt in page[i + 1 : i + 4]:
                    if (nxt.bold == line.bold and abs(nxt.size - line.size) < 0.6) or nxt.bold:
                        out.add(id(nxt))
                        if _SENTENCE_END.search(nxt.text) is None and nxt is not page[-1]:
                            continue
                    break
    return out


# --- headings ----------------------------------------------------------------------------------------


def _styled(line: PdfLine, body: float) -> bool:
    size = _size_key(line.size)
    large = size >= body + 1.0 and size >= body * 1.08
    return large or (line.bold and size >= body - 0.6)


def _italic_heading(page: list[PdfLine], index: int, body: float, gap: float) -> bool:
    """An italic line of a few words standing alone ("Summary"), as many reports set
    sub-headings; not italic words of a formula or of a sentence."""
    line = page[index]
    text = line.text.strip()
    if not line.italic or abs(_size_key(line.size) - body) >= 0.6:
        return False
    if len(text.split()) > _MAX_ITALIC_WORDS or not _WORDS_ONLY.fullmatch(text):
        return False
    if not text[:1].isupper() or not re.search(r"[^\W\d_]{3}", text):
        return False
    before = page[index - 1].top if index > 0 else None
    after = page[index + 1].top if index + 1 < len(page) else None
    apart = 1.4 * gap
    return (before is None or line.top - before >= apart) and (
        after is None or after - line.top >= apart
    )


def _same_style(a: PdfLine, b: PdfLine) -> bool:
    return abs(a.size - b.size) < 0.6 and a.bold == b.bold and a.italic == b.italic


def _heading_groups(
    pages: list[list[PdfLine]], body: float, gap: float, captions: set[int]
) -> list[list[PdfLine]]:
    """Runs of styled lines that wrap one heading (same style, close together)."""
    groups: list[list[PdfLine]] = []
    for page in pages:
        run: list[PdfLine] = []
        for index, line in enumerate(page):
            styled = _styled(line, body) or _italic_heading(page, index, body, gap)
            if id(line) in captions or not styled:
                _close_run(run, groups)
                run = []
                continue
            if run and _continues_group(run, line, gap):
                run.append(line)
                continue
            _close_run(run, groups)
            run = [line]
        _close_run(run, groups)
    return groups


def _continues_group(run: list[PdfLine], line: PdfLine, gap: float) -> bool:
    last = run[-1]
    if not _same_style(last, line) and not _wraps_into_italic(last, line):
        return False
    distance = line.top - last.top
    if not (0 < distance <= max(1.9 * line.size, 1.25 * gap)):
        return False
    if _ENUMERATED_START.match(line.text):
        return False  # "I. Introduction" after a title is the next heading
    return not _SENTENCE_END.search(last.text) or last.text.endswith(",")


def _wraps_into_italic(last: PdfLine, line: PdfLine) -> bool:
    """'2. Ms …, President of the International' / 'Committee of the Red Cross' (italic)."""
    if abs(last.size - line.size) >= 0.6 or last.bold != line.bold:
        return False
    words = last.text.split()
    return bool(words) and (
        last.text.endswith(",") or words[-1].lower() in SMALL_WORDS
        # A heading broken where the line was full, its second line under its first.
        or (abs(line.x - last.x) < 2 and line.text[:1].isupper()
            and not _SENTENCE_END.search(last.text)
            and (last.right - last.x) > 0.5 * last.page_width)
    )


def _close_run(run: list[PdfLine], groups: list[list[PdfLine]]) -> None:
    if run:
        groups.append(list(run))


def _group_text(group: list[PdfLine]) -> str:
    text = ""
    for line in group:
        piece = line.text.strip()
        if not text:
            text = piece
        elif text.endswith("-") and re.search(r"[^\W\d_]-$", text):
            text = text + piece  # a word broken over the two lines of a heading
        else:
            text = f"{text} {piece}"
    return re.sub(r"\s+", " ", text).strip()


def _reads_as_heading(group: list[PdfLine], body: float) -> bool:
    """The text rules as a filter on what the layout proposes."""
    text = _group_text(group)
    first = group[0]
    large = _size_key(first.size) >= body + 1.0
    if len(group) > _MAX_HEADING_LINES or len(text) > _MAX_HEADING_CHARS or len(text) < 2:
        return False
    letters = re.findall(r"[^\W\d_]", text)
    if len(letters) < 2:
        return False
    lead = re.match(r"[\"“‘'(\[]*([^\W\d_])", _ENUMERATED_START.sub("", text).lstrip())
    if lead is None or lead.group(1).islower():
        return False  # a continuation of a sentence in bold
    words = text.split()
    if _SENTENCE_END.search(text):
        return False  # "Thank you.", a bold sentence: headings carry no full stop
    if text.endswith(":"):
        return False  # "Tips:", "Key questions:": the lead-in of the list below it
    if _garbled(text):
        return False
    if not large and _FIELD.match(text) and not _ENUMERATED_START.match(text):
        return False  # "Date: Friday, 23 May", "Place: …"
    if re.match(r"^\d{1,3}\.\s", text) and len(words) > 25:
        return False  # a numbered paragraph set in bold
    if re.fullmatch(r"[\d\W]+", text):
        return False
    if not large and len(words) > 50:
        return False
    return _CAPTION.match(text) is None and _NOTICE.match(text) is None


def _garbled(text: str) -> bool:
    """A line from a broken glyph map: letters that do not make words."""
    words = re.findall(r"[^\W\d_]+", text)
    if not words:
        return True
    single = sum(1 for w in words if len(w) == 1 and not w.isascii())
    tripled = sum(1 for w in words if re.search(r"([^\W\d_])\1\1", w) and not w.isupper())
    return single + tripled > 0.3 * len(words)


def _title_blocks(groups: list[list[PdfLine]], pages: list[list[PdfLine]]) -> set[int]:
    """Centred lines stacked one after another (a statement's cover: who, where, when).

    They are display lines of a title block, not headings of the text that follows.
    """
    following: dict[int, PdfLine | None] = {}
    for page in pages:
        for i, line in enumerate(page):
            following[id(line)] = page[i + 1] if i + 1 < len(page) else None
    heads = {id(g[0]) for g in groups}
    centred = [all(_centred(line) for line in g) for g in groups]
    # A centred group whose next line starts another centred group, and that one.
    out: set[int] = set()
    for group, is_centred in zip(groups, centred, strict=True):
        if not is_centred:
            continue
        nxt = following.get(id(group[-1]))
        if nxt is not None and id(nxt) in heads and _centred(nxt):
            out.add(id(group[0]))
            out.add(id(nxt))
    return out


def _centred(line: PdfLine) -> bool:
    middle = (line.x + line.right) / 2
    width = line.right - line.x
    return abs(middle - line.page_width / 2) < 0.04 * line.page_width and (
        width < 0.8 * line.page_width and line.x > 0.18 * line.page_width
    )


def _title_group(
    groups: list[list[PdfLine]], pages: list[list[PdfLine]], body: float
) -> list[PdfLine] | None:
    """The largest text on the first page that has text."""
    first = next((page for page in pages if page), None)
    if first is None:
        return None
    page_index = first[0].page
    if page_index > 2:
        return None
    candidates = [g for g in groups if g[0].page == page_index and len(_group_text(g)) >= 4]
    candidates = [
        g for g in candidates
        if len(re.findall(r"[^\W\d_]", _group_text(g))) >= 4
        and not _ENUMERATED_START.match(_group_text(g))
        and not _garbled(_group_text(g))
        and len(re.findall(r"[^\W\d_]{2,}", _ORGANS.sub(" ", _group_text(g)))) >= 1
    ]
    if not candidates:
        return None
    best = max(candidates, key=lambda g: (_size_key(g[0].size), g[0].bold, -g[0].top))
    if _size_key(best[0].size) < body + 1.0 and not best[0].bold:
        return None
    return best


def _style_key(line: PdfLine) -> tuple[float, bool, bool]:
    return (_size_key(line.size), line.bold, not line.italic)


def _levels(groups: list[list[PdfLine]]) -> list[int]:
    """Levels from type styles, largest first, nested as they occur.

    A style ranks by size, then weight; a heading's level is the number of larger
    styles open above it, so a document that skips a style does not skip a level.
    The UN's lettered sections ("A. …") sit under the chapter ("II. …") before them.
    """
    styles = sorted({_style_key(g[0]) for g in groups}, reverse=True)
    rank = {style: i + 1 for i, style in enumerate(styles)}
    ranks = [rank[_style_key(g[0])] for g in groups]
    roman_rank: int | None = None
    for i, group in enumerate(groups):
        text = _group_text(group)
        if _ROMAN.match(text) and not _LETTER.match(text):
            roman_rank = ranks[i]
        elif _LETTER.match(text) and roman_rank is not None and ranks[i] < roman_rank:
            ranks[i] = roman_rank + 1  # "A." set larger than its chapter's "II."
    levels: list[int] = []
    stack: list[int] = []
    for r in ranks:
        while stack and stack[-1] >= r:
            stack.pop()
        levels.append(len(stack) + 1)
        stack.append(r)
    return levels


# --- outline -----------------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _from_outline(
    pages: list[list[PdfLine]],
    outline: list[OutlineEntry],
    gap: float,
    body: float,
    title_group: list[PdfLine] | None,
) -> list[LaidOutLine]:
    """Each bookmark becomes a heading where its title is printed on its page."""
    by_page: dict[int, list[tuple[OutlineEntry, int]]] = {}
    for order, entry in enumerate(outline):
        number = entry.page if entry.page is not None and 0 <= entry.page < len(pages) else None
        if number is None:
            # Without a page, an entry goes where the one before it went.
            number = next((e.page for e in reversed(outline[:order]) if e.page is not None), 0)
            number = min(max(number or 0, 0), len(pages) - 1) if pages else 0
        by_page.setdefault(number, []).append((entry, order))
    out: list[LaidOutLine] = []
    for index, page in enumerate(pages):
        entries = by_page.get(index, [])
        placed = _place_entries(page, entries)
        page_out: list[LaidOutLine] = []
        previous: PdfLine | None = None
        consumed: set[int] = set()
        for _entry, start, count in placed:
            consumed |= {id(line) for line in page[start : start + count]}
        inserts: dict[int, list[OutlineEntry]] = {}
        for entry, start, _count in placed:
            inserts.setdefault(start, []).append(entry)
        for i, line in enumerate([*page, None]):
            for entry in inserts.get(i, []):
                page_out.append(
                    LaidOutLine(entry.title.strip(), index, blank_before=True, heading=entry.level)
                )
            if line is None:
                break
            if id(line) in consumed:
                previous = line
                continue
            page_out.append(_laid(line, previous, gap, body))
            previous = line
        _mark_page_edges(page_out)
        out.extend(page_out)
    return out


def _place_entries(
    page: list[PdfLine], entries: list[tuple[OutlineEntry, int]]
) -> list[tuple[OutlineEntry, int, int]]:
    """(entry, index of its first line, how many printed lines it covers) for each entry."""
    placed: list[tuple[OutlineEntry, int, int]] = []
    cursor = 0
    for entry, _order in entries:
        target = _norm(entry.title)
        found = _find_title(page, target, cursor) if target else None
        if found is not None:
            start, count = found
            placed.append((entry, start, count))
            cursor = start + count
            continue
        # Not printed as such: the heading goes where the bookmark points, else at the top.
        at = cursor
        if entry.top is not None:
            at = next((i for i, line in enumerate(page) if i >= cursor and line.top >= entry.top - 4),
                      len(page))
        placed.append((entry, at, 0))
        cursor = at
    return placed


def _find_title(page: list[PdfLine], target: str, cursor: int) -> tuple[int, int] | None:
    for start in range(cursor, len(page)):
        text = ""
        for count in range(1, 5):
            if start + count > len(page):
                break
            text += _norm(page[start + count - 1].text)
            if not text:
                break
            if text == target:
                return start, count
            if not target.startswith(text):
                break
    return None


def _page_texts(pages: list[list[PdfLine]], gap: float) -> list[str]:
    texts: list[str] = []
    for page in pages:
        rows: list[str] = []
        previous: PdfLine | None = None
        for line in page:
            if previous is not None and line.top - previous.top > 1.45 * gap:
                rows.append("")
            rows.append(line.text + ("-" if line.hyphen_after else ""))
            previous = line
        texts.append("\n".join(rows))
    return texts


# --- lines for the text engine ----------------------------------------------------------------------


def _laid(
    line: PdfLine,
    previous: PdfLine | None,
    gap: float,
    body: float,
    *,
    text: str | None = None,
    heading: int = 0,
) -> LaidOutLine:
    blank = previous is None or (line.top - previous.top) > 1.45 * gap or (
        line.top < previous.top - gap  # a new column or a block placed higher up
    )
    indent = 0
    if previous is not None and line.x - previous.x > 1.5 * body and not heading:
        indent = 2
    if text is None:
        text = line.text + "-" if line.hyphen_after and not line.text.endswith("-") else line.text
    return LaidOutLine(
        text,
        line.page,
        indent=indent,
        blank_before=blank,
        heading=heading,
    )


def _mark_page_edges(page: list[LaidOutLine]) -> None:
    if not page:
        return
    page[0].page_start = True
    for line in page[-6:]:
        line.page_end = True
