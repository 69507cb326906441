"""Protecting a large profile never freezes the window.

sqlcipher3's `close()` keeps the interpreter for as long as it runs, unlike its
statements, which let the window's thread paint meanwhile. Two closes did slow
work: the pool's last connection wrote the WAL back into the file, and the
connection that held the profile while it was swapped freed the blocks of the
replaced file (most of a second at 10 × a team's year). Both are now done by
statements and unlinks before the close, so it has nothing slow left to do.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

import fieldguide.db.engine as engine
from fieldguide.app import open_app
from fieldguide.paths import DataPaths
from fieldguide.security.cipherfile import TEMPORARY_MARK
from tests.test_security_profile import PASSPHRASE, cheap_kdf, note_bodies, write_notes


@pytest.fixture
def app(data_dir: Path):  # type: ignore[no-untyped-def]
    app = open_app(DataPaths(data_dir))
    write_notes(app)
    yield app
    app.close()


def _wal_size(database: Path) -> int:
    wal = Path(f"{database}-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_the_pool_closes_its_connections_on_an_empty_wal(app: Any) -> None:
    """Before the profile is rewritten, the WAL is written back by a statement, not by a close."""
    assert _wal_size(app.db.path) > 0  # the notes just written are still in the WAL
    at_close: list[int] = []
    event.listen(app.db.engine.pool, "close", lambda *_args: at_close.append(_wal_size(app.db.path)))

    app.profile.protect(PASSPHRASE, params=cheap_kdf())

    assert at_close and all(size == 0 for size in at_close)
    assert len(note_bodies(app)) == 3


def test_the_replaced_file_is_still_named_when_its_connection_closes(
    app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing the last handle of an unlinked file frees it during the close: the swapped-out
    profile keeps a name until the exclusive connection is closed, and is removed after."""
    named_at_close: list[bool] = []
    real = engine.take_exclusive

    @contextmanager
    def spying(path: Path, key: Any) -> Iterator[Any]:
        before = path.stat().st_ino
        with real(path, key) as conn:
            yield conn
            assert path.stat().st_ino != before  # the new file is in place
            named_at_close.append(any(entry.stat().st_ino == before for entry in path.parent.iterdir()))

    monkeypatch.setattr(engine, "take_exclusive", spying)
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    app.profile.change_passphrase(PASSPHRASE, PASSPHRASE + " two", params=cheap_kdf())

    assert named_at_close == [True, True]
    assert not [p.name for p in app.db.path.parent.iterdir() if TEMPORARY_MARK in p.name]
    assert len(note_bodies(app)) == 3
