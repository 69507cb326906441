"""Migration 0004 (content marks, translations) keeps a profile's library searchable."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text

from fieldguide.db.engine import Database
from fieldguide.db.migrate import MIGRATIONS_DIR, upgrade


def _to(db: Database, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.connect() as conn:
        conn = conn.execution_options(fieldguide_write=True)
        config.attributes["connection"] = conn
        with conn.begin():
            command.upgrade(config, revision)


def test_a_profile_at_0002_upgrades_and_its_sections_stay_searchable(tmp_path: Path) -> None:
    from fieldguide.library.search import SearchService

    db = Database(tmp_path / "old.db", None)
    _to(db, "0002")
    with db.write() as session:
        session.execute(
            text(
                "INSERT INTO pack(id, version, title, publisher, language, licence, kind, installed_at)"
                " VALUES('p', '1.0.0', 'P', '', 'en', '', 'pack', '2026-01-01')"
            )
        )
        session.execute(
            text(
                "INSERT INTO document(id, pack_id, title, practice_area, source, summary, introduction,"
                " position) VALUES('d', 'p', 'D', 'ssr', '', '', '', 0)"
            )
        )
        session.execute(
            text(
                "INSERT INTO section(id, document_id, parent_id, position, level, number, title, body, plain,"
                " citation, fingerprint) VALUES('d/a', 'd', NULL, 0, 1, NULL, 'Oversight', 'x',"
                " 'parliamentary oversight of budgets', 'c', 'f')"
            )
        )
    assert upgrade(db) is True
    with db.write() as session:
        session.execute(
            text(
                "INSERT INTO section(id, document_id, parent_id, position, level, number, title, body, plain,"
                " citation, fingerprint, synthesis) VALUES('d/b', 'd', NULL, 1, 1, NULL, 'Vetting', 'y',"
                " 'vetting of recruits', 'c', 'f', 1)"
            )
        )
    search = SearchService(db)
    assert [hit.id for hit in search.search("parliamentary")] == ["d/a"]
    assert [hit.id for hit in search.search("vetting")] == ["d/b"]
    with db.read() as session:
        assert session.execute(text("SELECT synthesis, see_also FROM checklist_item")).all() == []
        assert session.execute(text("SELECT synthesis FROM section WHERE id='d/a'")).scalar() == 0
    db.dispose()
