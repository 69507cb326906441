"""Start-up reads the library with plain SQL before SQLAlchemy, then hands over to the services.

A profile that needs nothing done before it is read (plain SQLite, schema at head, bundled
packs current) shows its tree and opens sections from a bare connection running the same
statements as the services (`library/shelf.py`); everything else takes the full open first.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from fieldguide.app import open_app
from fieldguide.library.plain import NeedsFullOpen, PlainLibrary
from fieldguide.paths import DataPaths
from fieldguide.ui.library_model import ID_ROLE, KIND_ROLE
from fieldguide.ui.main_window import MainWindow
from fieldguide.ui.snapshot import library_snapshot

SECTION = "ssr-national-ownership/what-it-means"

# Run as `python -c`: the real entry point with the smoke test, reporting at its usable moment
# (the line it prints) what was loaded and what the window showed.
_PROBE = """
import gc, json, sys
from fieldguide.ui import guarded_open, launch

seen = {}
held = []
real_smoke, real_report, real_open = launch._smoke_test, launch._report, guarded_open.open_guarded
real_after_first_paint = launch.after_first_paint

def after_first_paint(window, callback):
    # The profile's full open (SQLAlchemy, on the runner's worker) is held back until the
    # usable moment has been reported. On a loaded machine it would otherwise race the report;
    # held back, a usable moment that needed the open never comes and the smoke test fails.
    if getattr(callback, "__name__", "") == "open_profile" and "reported" not in seen:
        held.append(lambda: real_after_first_paint(window, callback))
        return
    real_after_first_paint(window, callback)

def smoke(app, window):
    seen["window"] = window
    real_smoke(app, window)

def open_guarded(*args, **kwargs):
    # Start-up holds the cyclic collector back until the library is usable: on again by now.
    print("opened:" + json.dumps({"gc": gc.isenabled()}))
    return real_open(*args, **kwargs)

def report(line):
    window = seen["window"]
    if line.startswith("smoke-test: ok"):
        print("probe:" + json.dumps({
            "sqlalchemy": "sqlalchemy" in sys.modules,
            "app_open": window.profile.app_open,
            "sections": len(window.navigator.model._by_id),
            "reading": window.reader.current_id,
            "text": window.reader.browser.toPlainText()[:2000],
            "held": len(held),
        }))
        seen["reported"] = True
        real_report(line)
        for release in held:
            release()
        window.update()  # a paint, for the open that waits on one
        return
    real_report(line)

launch._smoke_test, launch._report, guarded_open.open_guarded = smoke, report, open_guarded
launch.after_first_paint = after_first_paint
sys.exit(launch.launch(sys.argv[1:]))
"""


def _smoke(data_dir: Path) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", _PROBE, "--smoke-test", "--data-dir", str(data_dir)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    found = [line for line in result.stdout.splitlines() if line.startswith("probe:")]
    probe = json.loads(found[0][len("probe:") :]) if found else {}
    opened = [line for line in result.stdout.splitlines() if line.startswith("opened:")]
    probe["opened"] = json.loads(opened[0][len("opened:") :]) if opened else {}
    return result, probe


def test_the_library_is_usable_before_sqlalchemy_is_imported(data_dir: Path) -> None:
    """In a fresh process, as a user starts it: at the moment the smoke test calls the library
    usable, the tree is filled and a section's text is on screen, and SQLAlchemy is not loaded.
    The process still opens the profile fully before it exits (the installers' check)."""
    result, probe = _smoke(data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert probe["held"] == 1  # the open was waiting: nothing before the usable moment needed it
    assert probe["sqlalchemy"] is False and probe["app_open"] is False
    assert probe["sections"] > 100  # the starter library's documents, sections and checklists
    assert probe["reading"] and "national ownership" in probe["text"].lower()
    assert probe["opened"] == {"gc": True}  # collecting cycles again before the profile opens
    # The next start shows the section read last, read plainly too.
    again, probe = _smoke(data_dir)
    assert again.returncode == 0 and probe["sqlalchemy"] is False
    assert probe["reading"] == json.loads((data_dir / "settings.json").read_text("utf-8"))["reader.last_open"]


def _personal_profile(data_dir: Path, tmp_path: Path) -> None:
    """The starter library plus an import, bookmarks (one removed and made again) and notes."""
    app = open_app(DataPaths(data_dir))
    try:
        source = tmp_path / "ceasefire.md"
        source.write_text(
            "# Ceasefire monitoring\n\n## Scope\n\nWho monitors what.\n\n## Reporting\n\nWeekly reports.\n",
            "utf-8",
        )
        app.imports.import_file(source, practice_area="mediation")
        app.annotations.add_bookmark("section", SECTION)
        app.annotations.add_bookmark("checklist", "ssr-national-ownership-tips")
        app.annotations.remove_bookmark("section", SECTION)
        app.annotations.add_bookmark("section", SECTION)  # now the newest
        app.annotations.save_note("section", SECTION, "Ask the ministry who chairs the board.")
        app.annotations.save_note("section", "ssr-national-ownership/capacity", "Capacity first.")
        app.annotations.save_note("section", "ssr-national-ownership/capacity", "")  # cleared: not noted
    finally:
        app.close()


@pytest.mark.parametrize("personal", [False, True], ids=["starter library", "imports, bookmarks, notes"])
def test_the_plain_snapshot_and_sections_equal_the_services(
    data_dir: Path, tmp_path: Path, personal: bool
) -> None:
    if personal:
        _personal_profile(data_dir, tmp_path)
    plain = PlainLibrary.open(str(data_dir))
    assert plain is not None
    app = open_app(DataPaths(data_dir))
    try:
        for language in ("en", "fr"):  # the French edition translates titles and sections
            served = library_snapshot(app, assessments=False)
            served = type(served)(
                documents=app.catalog.documents(language),
                outlines=app.catalog.outlines(language),
                checklists=app.catalog.checklists(language),
                bookmarks=served.bookmarks,
                noted_sections=served.noted_sections,
            )
            documents, outlines, checklists, bookmarks, noted = plain.snapshot(language)
            assert (documents, outlines, checklists) == (served.documents, served.outlines, served.checklists)
            assert (bookmarks, noted) == (served.bookmarks, served.noted_sections)
            for document in documents:
                for entry in outlines.get(document.id, []):
                    assert plain.section(entry.id, language) == app.catalog.section(entry.id, language)
        assert [(b.target_id, b.missing) for b in plain.snapshot("en")[3]] == (
            [("ssr-national-ownership-tips", False), (SECTION, False)] if personal else []
        )
        # A large library's imported outlines can be read apart: together they are the same.
        first = plain.snapshot("en", split_above=0)[1]
        later = plain.imported_outlines("en")
        assert (set(first) & set(later)) == set() and {**first, **later} == app.catalog.outlines("en")
        assert bool(later) == personal
        assert plain.notes_on("section", SECTION) == app.annotations.notes_on("section", SECTION)
        assert plain.kind_of("ssr-national-ownership") == app.catalog.kind_of("ssr-national-ownership")
        with pytest.raises(NeedsFullOpen):
            plain.checklist("ssr-national-ownership-tips")
    finally:
        app.close()
        plain.close()


def test_a_section_clicked_while_the_profile_opens_shows_its_text(
    qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The full open is held back; the tree is usable, a click reads the section plainly, a note
    typed meanwhile is saved once the profile is open, and the services take over after it."""
    import fieldguide.app

    release = threading.Event()
    real_open = fieldguide.app.open_app

    def slow_open(*args: Any, **kwargs: Any) -> Any:
        release.wait(20)
        return real_open(*args, **kwargs)

    monkeypatch.setattr(fieldguide.app, "open_app", slow_open)
    window = MainWindow(DataPaths(data_dir))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.library_loaded, timeout=20000):
        window.open_profile()
    assert not window.profile.app_open and window.profile.plain is not None
    window.navigator.open_requested.emit("section", SECTION)  # what a click in the tree sends
    assert window.reader.current_id == SECTION
    assert "national ownership" in window.reader.browser.toPlainText().lower()
    window.reading.open_content("ssr-national-ownership", kind="document")  # a document: its first section
    assert window.reader.current_kind == "section"
    window.reading.open_content(SECTION)
    window.notes.editor.setPlainText("Typed before the profile was open.")
    window.notes.flush()
    release.set()
    with qtbot.waitSignal(window.profile_opened, timeout=20000):
        pass
    window.runner.flush()
    assert window.profile.app_open and window.profile.plain is None
    assert window.notes.text == "Typed before the profile was open."
    assert window.runner.call(lambda app: app.annotations.my_note("section", SECTION)).body == (
        "Typed before the profile was open."
    )
    # A checklist is read through the services.
    assert window.reading.open_content("ssr-national-ownership-tips", kind="checklist")
    assert window.reader.current_kind == "checklist"
    window.close()


def _older_starter_pack(data_dir: Path) -> None:
    with sqlite3.connect(data_dir / "fieldguide.db") as conn:
        conn.execute("UPDATE pack SET version = '0.0.1' WHERE id = 'starter'")


def _older_schema(data_dir: Path) -> None:
    with sqlite3.connect(data_dir / "fieldguide.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0004'")


def _protected(data_dir: Path) -> None:
    from tests.test_security_profile import PASSPHRASE, cheap_kdf

    app = open_app(DataPaths(data_dir))
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    app.close()


@pytest.mark.parametrize("change", [_older_starter_pack, _older_schema, _protected])
def test_a_profile_that_needs_work_first_is_not_read_plainly(data_dir: Path, change: Any) -> None:
    ready = PlainLibrary.open(str(data_dir))
    assert ready is not None
    ready.close()
    change(data_dir)
    assert PlainLibrary.open(str(data_dir)) is None


def test_an_outdated_library_shows_only_after_the_full_open(qtbot: Any, data_dir: Path) -> None:
    """The bundled pack is newer than the installed one: the full open upgrades it before the
    tree is shown, so the window never shows the older library first."""
    _older_starter_pack(data_dir)
    window = MainWindow(DataPaths(data_dir))
    qtbot.addWidget(window)
    window.show()
    opened_first: list[bool] = []
    window.library_loaded.connect(lambda: opened_first.append(window.profile.app_open))
    with qtbot.waitSignal(window.profile_opened, timeout=20000):
        window.open_profile()
    assert opened_first == [True] and window.profile.plain is None
    assert window.navigator.model.index_of(SECTION).isValid()
    window.close()
    upgraded = PlainLibrary.open(str(data_dir))  # the next start reads plainly
    assert upgraded is not None
    upgraded.close()


def test_a_large_librarys_imported_outlines_follow_the_first_snapshot(
    qtbot: Any, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Years of imports: the first snapshot leaves the imported documents' outlines out (here
    made to for one small import), and the tree gets them just after it is usable."""
    import fieldguide.ui.snapshot

    _personal_profile(data_dir, tmp_path)
    monkeypatch.setattr(fieldguide.ui.snapshot, "FILL_AT_ONCE", 0)
    window = MainWindow(DataPaths(data_dir))
    qtbot.addWidget(window)
    window.show()
    model = window.navigator.model
    filled_at_load: list[bool] = []
    window.library_loaded.connect(lambda: filled_at_load.append(model.filled))
    with qtbot.waitSignal(window.profile_opened, timeout=20000):
        window.open_profile()
    assert filled_at_load == [False]  # the import's sections were still to come
    qtbot.waitUntil(lambda: model.filled, timeout=10000)
    imported = next(root for root in model.library_roots() if root.data(KIND_ROLE) == "imported")
    document = imported.child(0)
    assert document.text() == "Ceasefire monitoring"
    assert [document.child(row).text() for row in range(document.rowCount())] == ["Scope", "Reporting"]
    assert window.reading.open_content(document.child(1).data(ID_ROLE))
    assert "Weekly reports." in window.reader.browser.toPlainText()
    window.close()


def test_start_up_can_wait_for_the_plain_read_before_the_first_paint(qapp: Any, data_dir: Path) -> None:
    """The built window takes the read at once (`settle`), not after painting itself empty; the
    event loop's later delivery of the same read hands nothing over twice and closes nothing."""
    from PySide6.QtCore import QThreadPool

    from fieldguide.ui.controllers.profile import PlainReadAhead

    ahead = PlainReadAhead(str(data_dir))
    taken: list[Any] = []
    ahead.settle(30.0)  # as start-up does once the window is built, before anyone takes it
    assert ahead.done
    ahead.then(taken.append)  # handed over at once
    ahead.then(taken.append)
    assert len(taken) == 2 and taken[0] is not None
    QThreadPool.globalInstance().waitForDone(30_000)
    qapp.processEvents()  # the event loop's delivery of the same read
    assert len(taken) == 2 and taken[0] is taken[1]
    library = taken[0].library
    assert library.execute("SELECT count(*) FROM section", {})[0][0] > 100  # still open
    library.close()
