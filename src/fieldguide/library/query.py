"""Search queries as the index runs them, with nothing but the standard library's cheapest parts.

`fieldguide search` answers from here without importing SQLAlchemy, dataclasses or
pathlib (each costs more than the budget of a command line start-up), and the
search service runs the same statements through its session, so both faces rank,
snippet and label hits identically.

Whatever a user types is turned into a safe FTS5 query: words are quoted, so
operators (`AND`, `NEAR(`, `:`, `*`, a lone `-`) are searched as plain words and
never raise. Quoted phrases stay phrases; the last word matches as a prefix so
results appear while typing.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

TYPE_CHECKING = False  # typing itself costs milliseconds a command line start cannot spare
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any

    # Runs one statement with named parameters and returns its rows: a SQLAlchemy
    # session's or a bare SQLCipher connection's.
    Execute = Callable[[str, dict[str, Any]], Sequence[Sequence[Any]]]

# Marks around the matched words in search snippets; views turn them into bold or HTML.
MATCH_START = "\x02"
MATCH_END = "\x03"

KIND_LABELS = {"section": "section", "item": "item", "note": "note", "response": "note"}

# A hit's fields, in this order, as `search_rows` returns them and `--json` prints them.
HIT_FIELDS = (
    "id",
    "kind",  # section | item | note
    "title",
    "document",
    "practice_area",
    "snippet",  # matched words between MATCH_START and MATCH_END
    "score",
    "target_kind",  # for notes: what the note is on (section | item | assessment)
    "target_id",
    # For an assessment's answer: the checklist item it answers, so the hit opens
    # that item of the assessment, not whichever one was last open.
    "item_id",
)


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.casefold()


def fold(text: str) -> str:
    """Lower case without accents or diacritics: what the search index compares."""
    if text.isascii():
        return text.lower()
    # As fold_char on each character (decomposing a whole text only reorders the combining
    # marks it drops), in one pass rather than one call a character.
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def is_word_char(char: str) -> bool:
    # Letters, digits and combining marks (Arabic harakat, accents): what unicode61 keeps.
    return unicodedata.category(char)[0] in "LNM"


# In ASCII only letters and digits make words: everything else becomes a space.
_ASCII_SEPARATORS = {code: " " for code in range(128) if not chr(code).isalnum()}


def words(text: str) -> list[str]:
    """Runs of letters, digits and combining marks: the words the index's unicode61 tokenizer sees."""
    if text.isascii():  # most text, a hundred times faster than character by character
        return text.translate(_ASCII_SEPARATORS).split()
    found: list[str] = []
    current: list[str] = []
    for char in text:
        if is_word_char(char):
            current.append(char)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return found


def to_match_expression(query: str, *, prefix: bool = True) -> str | None:
    """A user's query as a safe FTS5 MATCH expression, or None when it has no words."""
    parts: list[str] = []
    for index, fragment in enumerate(query.split('"')):
        found = words(fragment)
        if not found:
            continue
        if index % 2 == 1:  # inside quotes: a phrase
            parts.append('"' + " ".join(found) + '"')
        else:
            parts.extend(f'"{word}"' for word in found)
    if not parts:
        return None
    last_is_open_word = prefix and query.rstrip() == query and not query.endswith('"')
    if last_is_open_word and parts[-1].count(" ") == 0:
        if len(parts[-1]) > 3:  # '"x"': a one-letter prefix would match half the index
            parts[-1] = parts[-1] + "*"
        elif len(parts) > 1:
            parts.pop()  # wait for the second letter rather than stall on every word in "s"
    return " ".join(parts)


# Up to this many matches a search is ranked exactly: bm25 over every match. Beyond it (a
# two-letter prefix, or a word in half of everything) ranking every match costs time in
# proportion to the whole profile (a second at ten years of a team's work: bm25 reads the
# full list of rows holding each word), so the hits are ranked among the newest and the
# oldest WINDOW matches, which FTS5 streams without reading the rest.
WINDOW = 250
_RANKED = "SELECT rowid, rank FROM search_fts WHERE search_fts MATCH :match ORDER BY rank LIMIT :limit"
# The title with its matches marked: whether, and how densely, the title matches.
_STREAMED = (
    "SELECT rowid, highlight(search_fts, 0, :a, :b) FROM search_fts WHERE search_fts MATCH :match "
    "ORDER BY rowid {order} LIMIT :window"
)
_NEWEST = _STREAMED.format(order="DESC")
_OLDEST = _STREAMED.format(order="ASC")
# Prefixes up to this length have their own index (db/fts.py, prefix='2 3 4'); a longer one
# makes FTS5 merge the row lists of every word it begins, read whole, so it is first turned
# into those words, looked up in the index's vocabulary.
INDEXED_PREFIX = 4
MAX_EXPANSION = 64
# The vocabulary as instances (word, row, column, offset), in the index's order: a look-up
# `term >= x LIMIT 1` seeks to the first word from x and reads one instance of it. (The 'row'
# vocabulary counts each word's rows and documents by reading its whole list: 23 ms for the
# words beginning "vetti" at 100 x a team's year.) What it lists is what a query sees: words of
# every segment, merged or not, and no word whose rows were all deleted.
_VOCABULARY = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_instances USING fts5vocab(main, search_fts, 'instance')"
)
# One seek a word: each after the previous word plus the lowest character no word holds. (With
# `term > previous` FTS5 seeks to the previous word and walks every instance of it.) Seeking
# past a word also reads every page of its list of rows (8 MB, 2.5 ms, for "reconciliation" at
# 100 x). When the index is one merged segment and the word is in more rows than one page holds
# (each row takes at least 3 bytes; pages hold 4,050), the next word is the first on its page,
# and the index's page directory (search_fts_idx: segment, "0" and the leading part of each
# page's first word, page) names it: the seek starts there, reading that page alone.
_WORDS_BEGINNING = """
WITH RECURSIVE
one_segment(yes) AS (
  SELECT (SELECT min(segid) FROM search_fts_idx) = (SELECT max(segid) FROM search_fts_idx)
),
found(term) AS (
  SELECT (SELECT term FROM temp.search_instances
          WHERE term >= :prefix AND term < :prefix || char(1114111) LIMIT 1)
  UNION ALL
  SELECT (SELECT term FROM temp.search_instances
          WHERE term >= max(found.term || char(1), CASE
            WHEN (SELECT yes FROM one_segment) AND (SELECT count(*) FROM (SELECT 1 FROM search_fts
                  WHERE search_fts MATCH '"' || found.term || '"' LIMIT 1400)) = 1400
            THEN coalesce((SELECT CAST(substr(term, 2) AS TEXT) FROM search_fts_idx
                  WHERE segid = (SELECT min(segid) FROM search_fts_idx)
                  AND term > CAST('0' || found.term AS BLOB) AND term < CAST('1' AS BLOB)
                  ORDER BY term LIMIT 1), '')
            ELSE '' END)
          AND term < :prefix || char(1114111) LIMIT 1)
  FROM found WHERE found.term IS NOT NULL LIMIT :cap
)
SELECT term FROM found WHERE term IS NOT NULL
"""

# Context for the hits shown, every kind in one statement: a join per kind, each reading
# only its own rows of search_ref. (One query per hit cost a round trip per hit.)
# `{rowids}` is the list of integer rowids the ranked query returned.
_DETAILS = """
SELECT r.rowid, r.kind, r.ref, s.title, d.title, d.practice_area, '', '', ''
FROM search_ref r JOIN section s ON s.id = r.ref JOIN document d ON d.id = s.document_id
WHERE r.kind = 'section' AND r.rowid IN ({rowids})
UNION ALL
SELECT r.rowid, r.kind, r.ref, i.text, c.title, c.practice_area, '', '', ''
FROM search_ref r JOIN checklist_item i ON i.id = r.ref JOIN checklist c ON c.id = i.checklist_id
WHERE r.kind = 'item' AND r.rowid IN ({rowids})
UNION ALL
SELECT r.rowid, r.kind, r.ref, coalesce(s.title, i.text, a.title, n.target_id),
       coalesce(d.title, c.title, a.title, ''), coalesce(d.practice_area, c.practice_area, ''),
       n.target_kind, n.target_id, ''
FROM search_ref r JOIN note n ON n.id = r.ref
LEFT JOIN section s ON n.target_kind = 'section' AND s.id = n.target_id
LEFT JOIN document d ON d.id = s.document_id
LEFT JOIN checklist_item i ON n.target_kind = 'item' AND i.id = n.target_id
LEFT JOIN checklist c ON c.id = i.checklist_id
LEFT JOIN assessment a ON n.target_kind = 'assessment' AND a.id = n.target_id
WHERE r.kind = 'note' AND r.rowid IN ({rowids})
UNION ALL
SELECT r.rowid, r.kind, r.ref, coalesce(i.text, p.item_id), coalesce(a.title, ''),
       coalesce(c.practice_area, ''), 'assessment', p.assessment_id, p.item_id
FROM search_ref r JOIN response p ON p.id = r.ref
LEFT JOIN checklist_item i ON i.id = p.item_id
LEFT JOIN checklist c ON c.id = i.checklist_id
LEFT JOIN assessment a ON a.id = p.assessment_id
WHERE r.kind = 'response' AND r.rowid IN ({rowids})
"""


def _long_prefix(match: str) -> tuple[int, str] | None:
    """Where the last `"word"*` of `match` starts, and the word, when it ends the expression."""
    if not match.endswith('"*'):
        return None
    start = match.rfind('"', 0, len(match) - 2)
    word = match[start + 1 : -2]
    if start < 0 or not word or any(char.isspace() for char in word):
        return None
    return start, word


def _expand_long_prefix(execute: Execute, match: str) -> str:
    """`match` with a last word typed as a prefix longer than the prefix index covers replaced by
    the words of the index that begin with it."""
    found = _long_prefix(match)
    if found is None or len(found[1]) <= INDEXED_PREFIX:
        return match
    execute(_VOCABULARY, {})
    prefix = fold(found[1])  # the index holds its words folded (db/fts.py's tokenizer)
    terms = [row[0] for row in execute(_WORDS_BEGINNING, {"prefix": prefix, "cap": MAX_EXPANSION + 1})]
    if not terms or len(terms) > MAX_EXPANSION:
        # No word, or so many that a partial list would drop matches: FTS5's own merge decides.
        return match
    alternatives = " OR ".join(f'"{term}"' for term in terms)
    before = match[: found[0]].strip()
    return f"{before} AND ({alternatives})" if before else f"({alternatives})"  # FTS5 joins a group by AND


def _ranked(execute: Execute, match: str, limit: int) -> list[tuple[int, float]]:
    """(rowid, score) of the best `limit` matches, best first; a higher score is better."""
    marks = {"match": match, "a": MATCH_START, "b": MATCH_END}
    window = max(WINDOW, limit)
    newest = execute(_NEWEST, {**marks, "window": window + 1})
    if not newest:
        return []
    if len(newest) <= window:  # few enough to rank every one exactly
        from fieldguide.library.ranking import rank_matches

        ranked = rank_matches(execute, match, newest, limit, (MATCH_START, MATCH_END))
        if ranked is not None:
            return ranked
        rows = execute(_RANKED, {"match": match, "limit": limit})
        return [(rowid, -float(rank)) for rowid, rank in rows]  # bm25 is lower-is-better
    oldest = execute(_OLDEST, {**marks, "window": window})
    seen: set[int] = set()
    titled: list[tuple[float, int]] = []
    others: list[int] = []
    for rowid, title in [*newest[:window], *oldest]:
        if rowid in seen:
            continue
        seen.add(rowid)
        hits = (title or "").count(MATCH_START)
        if hits:
            titled.append((hits / max(1, len(title.split())), rowid))
        else:
            others.append(rowid)
    # Titles that match first, the most densely matching first; then the newest matches.
    titled.sort(key=lambda pair: (-pair[0], pair[1]))
    order = [(rowid, 1.0 + density) for density, rowid in titled]
    order += [(rowid, 1.0 / (2 + position)) for position, rowid in enumerate(others)]
    return order[:limit]


def search_rows(execute: Execute, query: str, *, limit: int = 20) -> list[tuple[Any, ...]]:
    """The hits for `query`, best first, as tuples of HIT_FIELDS, read through `execute`.

    The caller runs this inside one read transaction.
    """
    match = to_match_expression(query)
    if match is None or limit <= 0:
        return []
    match = _expand_long_prefix(execute, match)
    ranked = _ranked(execute, match, limit)
    if not ranked:
        return []
    rowids = [int(row[0]) for row in ranked]  # integers from the index itself
    in_rowids = ",".join(map(str, rowids))
    # Snippets only for the rows shown: computing them inside the ranked query
    # would build one for every match before the LIMIT applies. The rows are joined
    # one by one (CROSS JOIN keeps that order), so FTS5 looks each up by rowid; with
    # `rowid IN (…)` it ran the whole match and filtered it.
    values = ",".join(f"({rowid})" for rowid in rowids)
    snippets: dict[int, str] = {
        row[0]: row[1]
        for row in execute(
            "SELECT v.column1, snippet(search_fts, -1, :a, :b, '…', 14) "
            f"FROM (VALUES {values}) AS v CROSS JOIN search_fts ON search_fts.rowid = v.column1 "
            "WHERE search_fts MATCH :match",
            {"match": match, "a": MATCH_START, "b": MATCH_END},
        )
    }
    details = {row[0]: row[1:] for row in execute(_DETAILS.format(rowids=in_rowids), {})}
    hits: list[tuple[Any, ...]] = []
    for rowid, score in ranked:
        found = details.get(rowid)
        if found is None:
            continue  # the indexed row has gone since the index was read
        kind, ref, title, document, area, target_kind, target_id, item_id = found
        hits.append(
            (
                ref,
                KIND_LABELS[kind],
                title or "",
                document or "",
                area or "",
                " ".join((snippets.get(rowid) or "").split()),
                score,
                target_kind or "",
                target_id or "",
                item_id or "",
            )
        )
    return hits


def hit_json(values: Sequence[Any], mark: tuple[str, str] = ("**", "**")) -> dict[str, Any]:
    """A hit (values in HIT_FIELDS order) as `--json` gives it: snippet marks as `mark`, score rounded."""
    data = dict(zip(HIT_FIELDS, values, strict=True))
    data["snippet"] = data["snippet"].replace(MATCH_START, mark[0]).replace(MATCH_END, mark[1])
    data["score"] = round(data["score"], 4)
    return data
