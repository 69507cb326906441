"""The operation runner: one worker owns the profile, results and change summaries come back in order."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from fieldguide.changes import NOTHING, Changes
from fieldguide.ui.runner import ChangeNotice, ProfileClosed, Runner


class FakeApp:
    """Stands in for App: records which thread ran each operation and what it wrote."""

    def __init__(self) -> None:
        self.written: list[str] = []
        self.threads: set[str] = set()
        self.closed = False
        self.gate = threading.Event()
        self.gate.set()

    def write(self, text: str) -> str:
        self.gate.wait(10)
        self.threads.add(threading.current_thread().name)
        self.written.append(text)
        return text.upper()

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def runner(qtbot: Any) -> Any:
    runner = Runner()
    fake = FakeApp()
    runner.open(lambda: fake)  # type: ignore[arg-type, return-value]
    runner.flush()
    yield runner, fake
    runner.close()


def test_operations_run_in_order_off_the_gui_thread_and_report_their_changes(runner: Any) -> None:
    runner, fake = runner
    results: list[str] = []
    notices: list[ChangeNotice] = []
    runner.changed.connect(notices.append)
    origin = object()
    for text in ("one", "two", "three"):
        runner.run(
            lambda app, text=text: app.write(text),
            results.append,
            changes=Changes(notes=True),
            origin=origin,
        )
    runner.run(lambda app: app.write("quiet"), results.append)  # changed nothing worth a notice
    assert runner.flush()
    assert fake.written == ["one", "two", "three", "quiet"]
    assert results == ["ONE", "TWO", "THREE", "QUIET"]
    assert fake.threads == {"fieldguide-profile"} != {threading.current_thread().name}
    assert [n.changes for n in notices] == [Changes(notes=True)] * 3
    assert all(n.origin is origin for n in notices)


def test_a_summary_can_depend_on_the_result(runner: Any) -> None:
    runner, _fake = runner
    notices: list[ChangeNotice] = []
    runner.changed.connect(notices.append)
    runner.run(lambda app: app.write("x"), changes=lambda value: Changes(library=value == "X"))
    runner.run(lambda app: app.write("y"), changes=lambda value: NOTHING)
    runner.flush()
    assert [n.changes for n in notices] == [Changes(library=True)]


def test_a_failure_reaches_its_handler_and_changes_nothing(runner: Any) -> None:
    runner, _fake = runner
    errors: list[BaseException] = []
    notices: list[ChangeNotice] = []
    runner.changed.connect(notices.append)

    def disk_full(_app: Any) -> None:
        raise OSError(28, "No space left on device")

    runner.run(disk_full, on_failed=errors.append, changes=Changes(items=True))
    runner.flush()
    assert [str(e) for e in errors] == ["[Errno 28] No space left on device"]
    assert notices == []
    with pytest.raises(OSError, match="No space left"):
        runner.call(disk_full)


def test_call_waits_for_what_was_queued_before_it(runner: Any) -> None:
    runner, fake = runner
    fake.gate.clear()  # a long operation holds the worker
    done: list[str] = []
    runner.run(lambda app: app.write("long sync"), done.append)
    runner.run(lambda app: app.write("note"), done.append)
    assert runner.busy
    threading.Timer(0.05, fake.gate.set).start()
    assert runner.call(lambda app: list(app.written)) == ["long sync", "note"]
    assert done == ["LONG SYNC", "NOTE"]  # delivered before call() returned


def test_closing_runs_every_queued_save_then_closes_the_profile(qtbot: Any) -> None:
    runner = Runner()
    fake = FakeApp()
    runner.open(lambda: fake)  # type: ignore[arg-type, return-value]
    fake.gate.clear()
    for text in ("typed", "more typed"):
        runner.run(lambda app, text=text: app.write(text))
    threading.Timer(0.05, fake.gate.set).start()
    runner.close()
    assert fake.written == ["typed", "more typed"]
    assert fake.closed and runner.app is None
    with pytest.raises(ProfileClosed):
        runner.run(lambda app: None)


def test_an_operation_before_the_profile_is_open_fails_cleanly(qtbot: Any) -> None:
    runner = Runner()
    errors: list[BaseException] = []
    runner.run(lambda app: app.write("x"), on_failed=errors.append)
    runner.flush()
    assert len(errors) == 1 and isinstance(errors[0], ProfileClosed)
    runner.close()


SECTION = "ssr-national-ownership/what-it-means"


def _holding_a_write(started: threading.Event, release: threading.Event) -> Any:
    """A long operation (as a sync is): writes a note in one transaction and holds it open."""

    def op(app: Any) -> str:
        from fieldguide.db.models import Note

        with app.db.write() as session:
            app.recorder.create(
                session, Note, {"target_kind": "section", "target_id": SECTION, "body": "from the sync"}
            )
            session.flush()
            started.set()
            assert release.wait(60)
        return "synced"

    return op


def test_a_query_does_not_wait_behind_a_long_operation(app: Any, runner_for: Any) -> None:
    runner = runner_for(app)
    app.annotations.save_note("section", SECTION, "typed before the sync")
    started, release = threading.Event(), threading.Event()
    done: list[str] = []
    runner.run(_holding_a_write(started, release), done.append, long=True)
    assert started.wait(60)
    try:
        # The sync still holds its transaction: the query reads what was committed, at once.
        note = runner.read(lambda app: app.annotations.my_note("section", SECTION))
        assert note is not None and note.body == "typed before the sync"
        assert not release.is_set() and runner.busy and done == []
    finally:
        release.set()
    assert runner.flush()
    assert done == ["synced"]


def test_a_query_waits_for_saves_queued_behind_a_long_operation(app: Any, runner_for: Any) -> None:
    runner = runner_for(app)
    started, release = threading.Event(), threading.Event()
    runner.run(_holding_a_write(started, release), long=True)
    assert started.wait(60)
    runner.run(lambda app: app.annotations.save_note("section", SECTION, "typed during the sync"))
    threading.Timer(0.05, release.set).start()
    # A save waits behind the sync: the query waits for both rather than miss what the user typed.
    note = runner.read(lambda app: app.annotations.my_note("section", SECTION))
    assert note is not None and note.body == "typed during the sync"


def test_a_query_behind_a_short_operation_waits_in_order(runner: Any) -> None:
    runner, fake = runner
    fake.gate.clear()
    runner.run(lambda app: app.write("note"))  # not long: a save
    threading.Timer(0.05, fake.gate.set).start()
    assert runner.read(lambda app: list(app.written)) == ["note"]



@contextmanager
def _opening(fake: FakeApp) -> Iterator[tuple[Runner, threading.Event]]:
    """A runner whose profile is still opening until the event is set."""
    runner = Runner()
    opening = threading.Event()

    def slow_open() -> FakeApp:
        opening.wait(10)
        return fake

    runner.open(slow_open)  # type: ignore[arg-type]
    try:
        yield runner, opening
    finally:
        opening.set()
        runner.close()


def test_while_the_profile_opens_a_query_is_answered_before_the_open(qtbot: Any) -> None:
    """`read(op, before_open=...)`: the library read plainly answers while the open runs; a query
    that needs the profile, or one asked once it is open, is answered by the App."""
    from fieldguide.library.plain import NeedsFullOpen

    def needs_the_app() -> str:
        raise NeedsFullOpen("a checklist")

    with _opening(FakeApp()) as (runner, opening):
        assert runner.read(lambda app: "from the app", before_open=lambda: "read plainly") == "read plainly"
        threading.Timer(0.05, opening.set).start()
        assert runner.read(lambda app: "from the app", before_open=needs_the_app) == "from the app"
        assert runner.read(lambda app: "from the app", before_open=lambda: "read plainly") == "from the app"


def test_a_query_behind_a_save_queued_while_the_profile_opens_waits_for_both(qtbot: Any) -> None:
    with _opening(FakeApp()) as (runner, opening):
        runner.run(lambda app: app.write("typed while opening"))
        threading.Timer(0.05, opening.set).start()
        # The plain read would not see the save: the query waits for the open and the save.
        assert runner.read(lambda app: list(app.written), before_open=lambda: []) == ["typed while opening"]
