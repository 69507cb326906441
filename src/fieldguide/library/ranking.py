"""Ranking a search's few matches (up to `query.WINDOW`) exactly, at any size of profile.

FTS5's bm25 weighs each phrase by the number of rows holding it, and counts them by
reading the phrase's whole list of rows: at 100 x a team's year, "vetting" is in 1.3 M
of 2.1 M rows and ranking its single match with "commission" cost 67 ms. Here each
phrase's rows are counted only up to `SAMPLE`; past that its count is estimated from
how densely the newest `SAMPLE` of them lie among the index's rowids (bm25 takes its
logarithm, and a phrase in that many rows weighs little either way). The rest is bm25
as FTS5 computes it (k1 1.2, b 0.75, the column weights of `db/fts.py`'s RANK): term
frequencies per column from `highlight()` of each match, which FTS5 computes per row;
row lengths from the index's own size records.

Whichever costs less ranks: when every phrase is in few rows FTS5's bm25 is exact and
cheap (small profiles rank as they always did); when a phrase is in many, highlighting
the few matches reads far less. Like `query`, this imports nothing costly.
"""

from __future__ import annotations

import math

from fieldguide.db.fts import BODY_WEIGHT, TITLE_WEIGHT
from fieldguide.library.query import fold, words

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from fieldguide.library.query import Execute

K1 = 1.2
B = 0.75

# Rows of a phrase counted exactly; beyond, its count is estimated (about 50 microseconds).
SAMPLE = 1000
# FTS5's bm25 reads every row of every phrase (about 50 ns a row); highlighting a match
# costs up to about 100 microseconds (a section of four pages). bm25 ranks while its phrases
# hold no more than this many rows per match to rank (and at least `_FLOOR` matches' worth).
ROWS_PER_MATCH = 2000
_FLOOR = 20
# Phrases counted in one statement at most (SQLite joins up to 500 SELECTs); a query of more
# words is left to bm25.
MAX_PHRASES = 200

# The index's totals (FTS5's averages record: rows, then tokens per column) and the span of
# its rowids, for estimating a common phrase's count.
_TOTALS = (
    "SELECT -1, (SELECT block FROM search_fts_data WHERE id = 1), "
    "(SELECT max(rowid) FROM search_ref), (SELECT min(rowid) FROM search_ref)"
)
_COUNT = (
    "SELECT {i}, count(*), min(rowid), 0 FROM (SELECT rowid FROM search_fts "
    "WHERE search_fts MATCH :p{i} ORDER BY rowid DESC LIMIT :sample)"
)
# A phrase: its folded words, and whether its last word is a prefix.
Phrase = tuple[tuple[str, ...], bool]
# The body with its matches marked, and the row's length in tokens per column (varints).
_MATCHED = (
    "SELECT v.column1, highlight(search_fts, 1, :a, :b), d.sz FROM (VALUES {values}) AS v "
    "CROSS JOIN search_fts ON search_fts.rowid = v.column1 "
    "JOIN search_fts_docsize AS d ON d.id = v.column1 WHERE search_fts MATCH :match"
)


def varints(data: bytes) -> list[int]:
    """The SQLite varints (big-endian, seven bits a byte, the ninth byte whole) in `data`."""
    values: list[int] = []
    index = 0
    while index < len(data):
        value = 0
        for position in range(9):
            byte = data[index]
            index += 1
            if position == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if byte < 0x80:
                break
        values.append(value)
    return values


def phrases(match: str) -> list[Phrase]:
    """The phrases of a MATCH expression `query` built: each one's folded words, and whether
    its last word is a prefix. Every phrase is quoted there, and quotes never occur inside."""
    parts = match.split('"')
    found: list[Phrase] = []
    for index in range(1, len(parts) - 1, 2):
        found.append((tuple(fold(word) for word in words(parts[index])), parts[index + 1].startswith("*")))
    return found


def phrase_match(phrase: Phrase) -> str:
    return '"' + " ".join(phrase[0]) + '"' + ("*" if phrase[1] else "")


def occurrences(span: list[str], phrase: Phrase) -> int:
    """How many times `phrase` occurs in the words of one highlighted span."""
    wanted, prefix = phrase
    size = len(wanted)
    if not size:
        return 0
    count = 0
    for start in range(len(span) - size + 1):
        head = span[start : start + size]
        if head[:-1] == list(wanted[:-1]) and (
            head[-1].startswith(wanted[-1]) if prefix else head[-1] == wanted[-1]
        ):
            count += 1
    return count


def frequencies(
    marked: str, found: list[Phrase], marks: tuple[str, str], seen: dict[str, list[int]]
) -> list[int]:
    """Occurrences of each phrase in a column's text with its matches between `marks`; `seen`
    keeps each span's counts, as the same few words are marked again and again."""
    start, end = marks
    counts = [0] * len(found)
    for piece in marked.split(start)[1:]:
        text = piece.split(end, 1)[0]
        in_span = seen.get(text)
        if in_span is None:
            span = [fold(word) for word in words(text)]
            in_span = seen[text] = [occurrences(span, phrase) for phrase in found]
        for index, count in enumerate(in_span):
            counts[index] += count
    return counts


def _statistics(execute: Execute, found: list[Phrase]) -> tuple[int, float, list[float]] | None:
    """Rows in the index, their mean length in tokens, and each phrase's row count (exact up to
    SAMPLE, estimated beyond); None when the index has no totals to read."""
    sql = " UNION ALL ".join([_TOTALS, *(_COUNT.format(i=i) for i in range(len(found)))])
    params: dict[str, object] = {f"p{i}": phrase_match(phrase) for i, phrase in enumerate(found)}
    rows = {int(row[0]): row[1:] for row in execute(sql, {**params, "sample": SAMPLE})}
    block, highest, lowest = rows.get(-1, (None, None, None))
    totals = varints(bytes(block)) if block else []
    if len(totals) < 2 or not totals[0] or not sum(totals[1:]) or highest is None or lowest is None:
        return None
    total_rows = totals[0]
    span = int(highest) - int(lowest) + 1
    counts: list[float] = []
    for index in range(len(found)):
        count, oldest, _ = rows[index]
        if count < SAMPLE or oldest is None:
            counts.append(float(count))
        else:  # as dense among all rowids as among the newest: the newest SAMPLE span that much
            estimate = SAMPLE * span / max(1, int(highest) - int(oldest) + 1)
            counts.append(min(float(total_rows), max(float(SAMPLE), estimate)))
    return total_rows, sum(totals[1:]) / total_rows, counts


def cheaper_than_bm25(counts: Sequence[float], matches: int) -> bool:
    return sum(counts) > ROWS_PER_MATCH * max(matches, _FLOOR)


def rank_matches(
    execute: Execute,
    match: str,
    titles: Sequence[Sequence[Any]],
    limit: int,
    marks: tuple[str, str],
) -> list[tuple[int, float]] | None:
    """(rowid, score) of the best `limit` of the matches `titles` holds ((rowid, title with its
    matches between `marks`), every match of `match`), best first, higher better; None when
    FTS5's own bm25 is the cheaper way (or the index's totals cannot be read)."""
    found = phrases(match)
    if not found or len(found) > MAX_PHRASES:
        return None
    statistics = _statistics(execute, found)
    if statistics is None or not cheaper_than_bm25(statistics[2], len(titles)):
        return None
    total_rows, mean_length, counts = statistics
    weights = []
    for count in counts:
        idf = math.log((total_rows - count + 0.5) / (count + 0.5))
        weights.append(idf if idf > 0 else 1e-6)  # as FTS5's bm25 floors it
    start, end = marks
    values = ",".join(f"({int(row[0])})" for row in titles)
    bodies: dict[int, tuple[str, Any]] = {
        int(row[0]): (row[1] or "", row[2])
        for row in execute(_MATCHED.format(values=values), {"match": match, "a": start, "b": end})
    }
    scored: list[tuple[float, int]] = []
    seen: dict[str, list[int]] = {}
    for rowid, title in titles:
        body, sizes = bodies.get(int(rowid), ("", None))
        length = sum(varints(bytes(sizes))) if sizes else mean_length
        norm = K1 * (1 - B + B * length / mean_length)
        in_title = frequencies(str(title or ""), found, marks, seen)
        in_body = frequencies(str(body), found, marks, seen)
        score = 0.0
        for weight, t, b in zip(weights, in_title, in_body, strict=True):
            frequency = TITLE_WEIGHT * t + BODY_WEIGHT * b
            score += weight * frequency * (K1 + 1) / (frequency + norm)
        scored.append((score, int(rowid)))
    scored.sort(key=lambda pair: (-pair[0], -pair[1]))  # ties: the newest first
    return [(rowid, score) for score, rowid in scored[:limit]]
