"""The full-text index: one FTS5 table over sections, checklist items and notes.

`search_ref` maps each index row to what it indexes. It has an INTEGER PRIMARY
KEY on purpose: implicit rowids may be renumbered by VACUUM, and the index would
then point at the wrong rows. Triggers keep the index in step with the tables.
A batch migration (Alembic `render_as_batch`) drops a table's triggers: any
migration that rebuilds section, checklist_item, note or response must call
`create_triggers` again and then `rebuild`.
"""

from __future__ import annotations

from collections.abc import Callable

TOKENIZER = "unicode61 remove_diacritics 2"

# Title matches weigh more than body matches (bm25 column weights).
RANK = "bm25(8.0, 1.0)"

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


# (table, kind, title expression, body expression, condition for being indexed)
SOURCES = (
    ("section", "section", "{r}.title", "{r}.plain", "1"),
    ("checklist_item", "item", "{r}.text", "coalesce({r}.group_name, '')", "1"),
    ("note", "note", "''", "{r}.body", "{r}.deleted = 0 AND {r}.body != ''"),
    (
        "response",
        "response",
        "''",
        "{r}.note || ' ' || {r}.evidence",
        "{r}.deleted = 0 AND ({r}.note != '' OR {r}.evidence != '')",
    ),
)


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
    return statements


def rebuild_statements() -> list[str]:
    """Re-create the whole index from the tables (after a batch migration, or by `check`)."""
    statements = ["DELETE FROM search_fts", "DELETE FROM search_ref"]
    for table, kind, title, body, condition in SOURCES:
        r = {k: v.format(r=table) for k, v in (("t", title), ("b", body), ("c", condition))}
        statements += [
            f"INSERT INTO search_ref(kind, ref) SELECT '{kind}', id FROM {table} WHERE {r['c']}",
            f"INSERT INTO search_fts(rowid, title, body) SELECT search_ref.rowid, {r['t']}, {r['b']}"
            f" FROM {table} JOIN search_ref ON search_ref.kind='{kind}' AND search_ref.ref={table}.id"
            f" WHERE {r['c']}",
        ]
    statements.append("INSERT INTO search_fts(search_fts) VALUES('optimize')")
    return statements


def create_search_index(execute: Callable[[str], object]) -> None:
    for statement in (*TABLES, *trigger_statements()):
        execute(statement)
