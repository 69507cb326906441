"""What is never the document's text: running headers and footers, page numbers, UN
symbols, job numbers and barcodes, the UN masthead and agenda lines, tables of
contents, rules, and the captions of figures and tables."""

from __future__ import annotations

import re
from collections import Counter

from .pdf_lines import PdfLine
from .pdf_measures import _size_key
from .pdf_patterns import _CAPTION, _ENUMERATED_START, _ORGANS, _SENTENCE_END

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
