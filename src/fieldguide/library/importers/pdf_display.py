"""Display lines that look like headings but are not: covers inside a compilation.

A compilation (statements at a meeting, submissions to a review) numbers its parts
"1. Slovenia", "2. Ms …, President of …", and each part keeps the cover its author
printed: the organ, the meeting, "STATEMENT", the speaker, the venue and the date, in
large, bold or centred type. A reader sees those as the start of the statement, not
as its sections. Two rules, both about the document's own pattern rather than words:

- inside a run of five or more consecutively numbered headings set in one style, an
  unnumbered line set at least as large and as heavy as those headings, lighter than
  them, or centred, is display text: a part's sub-heading is never set above its own
  heading, and in a compilation the parts' own notes ("Check against delivery") are
  set in the light italics of their authors;
- a heading of four or more words printed more than once (the meeting's name over the
  concept note, the summary and the compilation) is a repeated title block.

Standard part names (Introduction, Summary, Annex, References …) stay headings.
"""

from __future__ import annotations

import re
from collections import Counter

from .pdf_lines import PdfLine

_ARABIC = re.compile(r"^(?P<num>\d{1,3})\.\s+\S")
_OTHER_ENUMERATION = re.compile(r"^(?:[IVXLC]{1,7}|[A-Z])\.\s+\S|^(?:annex|appendix)\b", re.I)
_MIN_RUN = 5
_PART_NAMES = frozenset(
    {
        "introduction", "summary", "executive summary", "background", "overview", "context",
        "conclusion", "conclusions", "recommendations", "observations", "discussion",
        "annex", "annexes", "appendix", "references", "bibliography", "glossary", "notes",
        "acknowledgements", "abbreviations", "acronyms", "foreword", "preface", "contents",
    }
)


def display_groups(
    groups: list[list[PdfLine]], text_of: dict[int, str], centred: dict[int, bool]
) -> set[int]:
    """ids of the first lines of groups that are display text, not headings."""
    out = _repeated_titles(groups, text_of)
    out |= _compilation_covers(groups, text_of, centred)
    return {key for key in out if _plain(text_of[key]) not in _PART_NAMES}


def _plain(text: str) -> str:
    return re.sub(r"[^\w ]+", "", text).strip().lower()


def _repeated_titles(groups: list[list[PdfLine]], text_of: dict[int, str]) -> set[int]:
    keys = {id(g[0]): re.sub(r"\W+", "", text_of[id(g[0])].lower()) for g in groups}
    counts = Counter(keys.values())
    return {
        gid for gid, key in keys.items()
        if counts[key] >= 2 and len(text_of[gid].split()) >= 4 and not _ARABIC.match(text_of[gid])
    }


def _style(line: PdfLine) -> tuple[float, bool, bool]:
    return (round(line.size * 2) / 2, line.bold, line.italic)


def _compilation_covers(
    groups: list[list[PdfLine]], text_of: dict[int, str], centred: dict[int, bool]
) -> set[int]:
    runs = _numbered_runs(groups, text_of)
    out: set[int] = set()
    for start, end, style in runs:
        size, bold, _italic = style
        for group in groups[start:end]:
            gid = id(group[0])
            text = text_of[gid]
            if _ARABIC.match(text):
                continue
            first = group[0]
            at_least = round(first.size * 2) / 2 >= size and (first.bold or not bold)
            lighter = bold and not first.bold  # "Check against delivery" under bold parts
            if at_least or lighter or centred[gid]:
                out.add(gid)
    return out


def _numbered_runs(
    groups: list[list[PdfLine]], text_of: dict[int, str]
) -> list[tuple[int, int, tuple[float, bool, bool]]]:
    """(first index, end index, style) of runs of consecutively numbered headings."""
    by_style: dict[tuple[float, bool, bool], list[tuple[int, int]]] = {}
    for index, group in enumerate(groups):
        match = _ARABIC.match(text_of[id(group[0])])
        if match:
            by_style.setdefault(_style(group[0]), []).append((index, int(match.group("num"))))
    runs: list[tuple[int, int, tuple[float, bool, bool]]] = []
    for style, numbered in by_style.items():
        current = [numbered[0]]
        for entry in numbered[1:]:
            if entry[1] == current[-1][1] + 1:
                current.append(entry)
                continue
            _close(current, groups, text_of, style, runs)
            current = [entry]
        _close(current, groups, text_of, style, runs)
    return runs


def _close(
    run: list[tuple[int, int]],
    groups: list[list[PdfLine]],
    text_of: dict[int, str],
    style: tuple[float, bool, bool],
    runs: list[tuple[int, int, tuple[float, bool, bool]]],
) -> None:
    if len(run) < _MIN_RUN:
        return
    start = run[0][0]
    end = start + 1
    # The last part runs on to the next heading numbered another way, or to the end.
    while end < len(groups) and not _OTHER_ENUMERATION.match(text_of[id(groups[end][0])]):
        end += 1
    runs.append((start, end, style))
