"""The full-text index: one FTS5 table over sections, checklist items and notes.

`search_ref` maps each index row to what it indexes. It has an INTEGER PRIMARY
KEY on purpose: implicit rowids may be renumbered by VACUUM, and the index would
then point at the wrong rows. Triggers keep the index in step with the tables.
A batch migration (Alembic `render_as_batch`) drops a table's triggers: any
migration that rebuilds section, checklist_item, note or response must call
`create_triggers` again and then `rebuild`.

What is in the bin is not in the index: an assessment's answers and notes are indexed
only while the assessment is not deleted, and triggers on `assessment` take them out
when it moves to the bin (here or by a sync) and put them back when it is restored.
Filtering in the search query instead would let binned rows fill the window that
broad queries are ranked in (`library/query.py`), hiding the live hits behind them.
"""

from __future__ import annotations

TYPE_CHECKING = False  # library/ranking.py imports this module in the command line's start-up
if TYPE_CHECKING:
    from collections.abc import Callable

#: The ``meta`` key set while rows received in bulk are not indexed yet (``db/fts_owed.py``).
OWED = "search_owed"

TOKENIZER = "unicode61 remove_diacritics 2"

# Title matches weigh more than body matches (bm25 column weights; library/ranking.py weighs
# a search's few matches with the same).
TITLE_WEIGHT = 8.0
BODY_WEIGHT = 1.0
RANK = f"bm25({TITLE_WEIGHT}, {BODY_WEIGHT})"

TABLES = (
    # Prefix indexes make the "as you type" prefix queries (2-4 letters) cheap.
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    f"title, body, tokenize='{TOKENIZER}', prefix='2 3 4')",
    "CREATE TABLE IF NOT EXISTS search_ref ("
    "rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref TEXT NOT NULL, UNIQUE(kind, ref))",
    f"INSERT INTO search_fts(search_fts, rank) VALUES('rank', '{RANK}')",
)


def _index(kind: str, ref: str, title: str, body: str) -> str:
    return (
        f"INSERT OR IGNORE INTO search_ref(kind, ref) VALUES('{kind}', {ref});"
        f" INSERT INTO search_fts(rowid, title, body) SELECT rowid, {title}, {body}"
        f" FROM search_ref WHERE kind='{kind}' AND ref={ref};"
    )


def _unindex(kind: str, ref: str) -> str:
    return (
        f" DELETE FROM search_fts WHERE rowid IN"
        f" (SELECT rowid FROM search_ref WHERE kind='{kind}' AND ref={ref});"
        f" DELETE FROM search_ref WHERE kind='{kind}' AND ref={ref};"
    )


# A note belongs to an assessment through `assessment_id` (notes on the assessment and on its
# items); a note on the assessment names it as its target too.
_NOTE_OF = "({r}.assessment_id = {a} OR ({r}.target_kind = 'assessment' AND {r}.target_id = {a}))"
_NOTE_NOT_BINNED = (
    "NOT EXISTS (SELECT 1 FROM assessment a WHERE a.deleted = 1"
    " AND a.id IN ({r}.assessment_id, CASE WHEN {r}.target_kind = 'assessment' THEN {r}.target_id END))"
)
_ANSWER_NOT_BINNED = (
    "NOT EXISTS (SELECT 1 FROM assessment a WHERE a.id = {r}.assessment_id AND a.deleted = 1)"
)

# (table, kind, title expression, body expression, condition for being indexed)
SOURCES = (
    ("section", "section", "{r}.title", "{r}.plain", "1"),
    ("checklist_item", "item", "{r}.text", "coalesce({r}.group_name, '')", "1"),
    ("note", "note", "''", "{r}.body", "{r}.deleted = 0 AND {r}.body != '' AND " + _NOTE_NOT_BINNED),
    (
        "response",
        "response",
        "''",
        "{r}.note || ' ' || {r}.evidence",
        "{r}.deleted = 0 AND ({r}.note != '' OR {r}.evidence != '') AND " + _ANSWER_NOT_BINNED,
    ),
)

# The rows of one assessment `{a}` in each table whose index entries follow its bin state.
_OF_ASSESSMENT = {"note": _NOTE_OF, "response": "{r}.assessment_id = {a}"}


def trigger_statements() -> list[str]:
    statements: list[str] = []
    for table, kind, title, body, condition in SOURCES:
        new = {k: v.format(r="new") for k, v in (("t", title), ("b", body), ("c", condition))}
        old_ref = "old.id"
        statements += [
            f"DROP TRIGGER IF EXISTS {table}_fts_insert",
            f"DROP TRIGGER IF EXISTS {table}_fts_delete",
            f"DROP TRIGGER IF EXISTS {table}_fts_update",
            f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} WHEN {new['c']} BEGIN "
            + _index(kind, "new.id", new["t"], new["b"])
            + " END",
            f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
            + _unindex(kind, old_ref)
            + " END",
            f"CREATE TRIGGER {table}_fts_update AFTER UPDATE ON {table} BEGIN "
            + _unindex(kind, old_ref)
            + f" INSERT OR IGNORE INTO search_ref(kind, ref) SELECT '{kind}', new.id WHERE {new['c']};"
            f" INSERT INTO search_fts(rowid, title, body) SELECT rowid, {new['t']}, {new['b']}"
            f" FROM search_ref WHERE kind='{kind}' AND ref=new.id AND {new['c']};"
            " END",
        ]
    return statements + bin_trigger_statements()


def _index_rows(table: str, kind: str, title: str, body: str, condition: str, scope: str) -> list[str]:
    """Index the rows of `table` within `scope` that should be searchable (none indexed yet)."""
    r = {k: v.format(r=table) for k, v in (("t", title), ("b", body), ("c", condition))}
    return [
        f"INSERT OR IGNORE INTO search_ref(kind, ref) SELECT '{kind}', id FROM {table}"
        f" WHERE ({scope}) AND {r['c']}",
        f"INSERT INTO search_fts(rowid, title, body) SELECT search_ref.rowid, {r['t']}, {r['b']}"
        f" FROM {table} JOIN search_ref ON search_ref.kind='{kind}' AND search_ref.ref={table}.id"
        f" WHERE ({scope}) AND {r['c']}",
    ]


def _follow_bin_body() -> str:
    """Trigger body: take the answers and notes of assessment `new` out of the index and put
    back those that should be searchable now (restored, or not binned)."""
    parts: list[str] = []
    for table, kind, title, body, condition in SOURCES:
        if table not in _OF_ASSESSMENT:
            continue
        scope = _OF_ASSESSMENT[table].format(r=table, a="new.id")
        mine = f"SELECT id FROM {table} WHERE {scope}"
        parts += [
            f"DELETE FROM search_fts WHERE rowid IN"
            f" (SELECT rowid FROM search_ref WHERE kind='{kind}' AND ref IN ({mine}));",
            f"DELETE FROM search_ref WHERE kind='{kind}' AND ref IN ({mine});",
            *(statement + ";" for statement in _index_rows(table, kind, title, body, condition, scope)),
        ]
    return " ".join(parts)


def bin_trigger_statements() -> list[str]:
    """The triggers that keep an assessment's answers and notes out of the index while it is
    in the bin, whichever way it got there or came back (a sync may insert it binned)."""
    body = _follow_bin_body()
    return [
        "DROP TRIGGER IF EXISTS assessment_fts_insert",
        "DROP TRIGGER IF EXISTS assessment_fts_bin",
        f"CREATE TRIGGER assessment_fts_insert AFTER INSERT ON assessment BEGIN {body} END",
        "CREATE TRIGGER assessment_fts_bin AFTER UPDATE OF deleted ON assessment"
        f" WHEN old.deleted IS NOT new.deleted BEGIN {body} END",
    ]


def rebuild_statements() -> list[str]:
    """Re-create the whole index from the tables (after a batch migration, or by `check`)."""
    statements = ["DELETE FROM search_fts", "DELETE FROM search_ref"]
    for source in SOURCES:
        statements += _index_rows(*source, scope="1")
    statements.append("INSERT INTO search_fts(search_fts) VALUES('optimize')")
    # Every row is indexed now: nothing received in bulk is owed any more (db/fts_owed.py).
    statements.append(f"DELETE FROM meta WHERE key = '{OWED}'")
    return statements


def drop_stale_statements() -> list[str]:
    """Remove the index entries of rows that should no longer be searchable (a migration's
    tidy-up after a condition in SOURCES was narrowed): cheaper than a rebuild."""
    statements: list[str] = []
    for table, kind, _title, _body, condition in SOURCES:
        stale = (
            f"SELECT rowid FROM search_ref r WHERE r.kind = '{kind}' AND NOT EXISTS"
            f" (SELECT 1 FROM {table} WHERE {table}.id = r.ref AND {condition.format(r=table)})"
        )
        statements += [
            f"DELETE FROM search_fts WHERE rowid IN ({stale})",
            f"DELETE FROM search_ref WHERE rowid IN ({stale})",
        ]
    return statements


def create_search_index(execute: Callable[[str], object]) -> None:
    for statement in (*TABLES, *trigger_statements()):
        execute(statement)
