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


def is_word_char(char: str) -> bool:
    # Letters, digits and combining marks (Arabic harakat, accents): what unicode61 keeps.
    return unicodedata.category(char)[0] in "LNM"


def words(text: str) -> list[str]:
    """Runs of letters, digits and combining marks: the words the index's unicode61 tokenizer sees."""
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


_RANKED = "SELECT rowid, rank FROM search_fts WHERE search_fts MATCH :match ORDER BY rank LIMIT :limit"

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


def search_rows(execute: Execute, query: str, *, limit: int = 20) -> list[tuple[Any, ...]]:
    """The hits for `query`, best first, as tuples of HIT_FIELDS, read through `execute`.

    The caller runs this inside one read transaction.
    """
    match = to_match_expression(query)
    if match is None or limit <= 0:
        return []
    ranked = execute(_RANKED, {"match": match, "limit": limit})
    if not ranked:
        return []
    in_rowids = ",".join(str(int(row[0])) for row in ranked)  # integers from the index itself
    # Snippets only for the rows shown: computing them inside the ranked query
    # would build one for every match before the LIMIT applies.
    snippets: dict[int, str] = {
        row[0]: row[1]
        for row in execute(
            "SELECT rowid, snippet(search_fts, -1, :a, :b, '…', 14) FROM search_fts "
            f"WHERE search_fts MATCH :match AND rowid IN ({in_rowids})",
            {"match": match, "a": MATCH_START, "b": MATCH_END},
        )
    }
    details = {row[0]: row[1:] for row in execute(_DETAILS.format(rowids=in_rowids), {})}
    hits: list[tuple[Any, ...]] = []
    for rowid, rank in ranked:
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
                -float(rank),  # bm25 is lower-is-better; a score reads higher-is-better
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
