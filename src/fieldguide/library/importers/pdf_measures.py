"""Measures of a PDF's printed lines that the layout stages share: the body text's
size and the usual distance between its lines."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from .pdf_lines import PdfLine


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
