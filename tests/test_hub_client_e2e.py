"""Three laptops through the real hub and PostgreSQL, from the client's side.

The hub runs as ``fieldguide-hub serve`` on 127.0.0.1 over a real PostgreSQL (the
``hub`` fixture of tests/hub_support.py). Each laptop is a full profile driving the
client (``fieldguide.sync.hub_run``), as ``fieldguide sync hub`` does, in a team made
the way people make one (issue 14: invitation, join request, codes compared, answer).

The hub's own fault tests (killing it, restarting PostgreSQL mid-request) are in
tests/test_hub_faults.py; these are what a laptop sees of the same events.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldguide.app import App
from fieldguide.sync import hub_run
from fieldguide.sync.hub import HubService
from fieldguide.sync.hub_http import HubError
from tests.test_sync_support import devices, enrol, user_data

CHECKLIST = "ssr-national-ownership-tips"


def access(app: App) -> Any:
    return lambda step: step(app.hub)


def sync(app: App, url: str | None = None, patience: float = 60.0) -> Any:
    return hub_run.sync_hub(access(app), patience=patience, backoff=0.05)


@pytest.fixture
def team(_template_profile: Path, tmp_path: Path, hub: Any) -> Iterator[list[App]]:
    """Three laptops, the founder enrolled with the admin's code, the others with codes it issued."""
    with devices(_template_profile, tmp_path, 3, key=False) as apps:
        names = ("Amina's laptop", "Bruno's laptop", "Chloé's laptop")
        for app, name in zip(apps, names, strict=True):
            app.sync.set_device_name(name)
        enrol(apps, "Kivu field office")
        roster = apps[0].sync.roster()
        assert roster is not None
        founder, *others = apps
        hub_run.enrol(access(founder), hub.url, hub.create_team(roster.team), backoff=0.05)
        for app in others:
            code, expires = hub_run.new_code(access(founder))  # a member's device issues the code
            assert code and expires
            hub_run.enrol(access(app), hub.url, code, backoff=0.05)
        yield apps


def item_of(app: App) -> str:
    return app.catalog.checklist(CHECKLIST).items[0].id


def note_on(app: App, assessment: str, item: str) -> str | None:
    return next(r for r in app.assessments.get(assessment).responses if r.item_id == item).note


def stored_bundles(hub: Any) -> tuple[int, int]:
    counted = hub.sql("SELECT count(*), count(DISTINCT bundle_id) FROM bundles").split("|")
    return int(counted[0]), int(counted[1])


def test_three_laptops_converge_through_the_real_hub_with_conflicts_as_with_a_folder(
    team: list[App], hub: Any
) -> None:
    a, b, c = team
    assert a.hub.current().team == b.hub.current().team == c.hub.current().team  # type: ignore[union-attr]
    assessment = a.assessments.create([CHECKLIST], "Security sector review, Province North")
    item = item_of(a)
    assert sync(a).pushed == 1
    for app in (b, c):
        assert sync(app).bundles == 1
    a.assessments.answer(assessment, item, status="met")
    b.assessments.answer(assessment, item, note="Ministry met on Monday")
    c.assessments.answer(assessment, item, note="Ministry met on Tuesday")
    c.annotations.save_note("section", "ssr-national-ownership/principles", "Chloé: ask about the budget")
    for _round in range(2):
        for app in team:
            sync(app)
    assert user_data(a) == user_data(b) == user_data(c)
    for app in team:
        conflicts = app.sync.conflicts()
        assert len(conflicts) == 1
        assert {v.value for v in conflicts[0].versions} == {
            "Ministry met on Monday",
            "Ministry met on Tuesday",
        }
    a.sync.resolve(a.sync.conflicts()[0].id, "both")
    for app in (a, b, c):
        sync(app)
    kept = note_on(a, assessment, item)
    for app in team:
        assert app.sync.conflicts() == [] and note_on(app, assessment, item) == kept
    assert kept is not None and "Monday" in kept and "Tuesday" in kept
    total, distinct = stored_bundles(hub)
    assert total == distinct
    quiet = [sync(app) for app in team]
    assert all((q.pushed, q.bundles) == (0, 0) for q in quiet)
    assert stored_bundles(hub) == (total, distinct)


def test_the_hub_killed_between_two_pushes_loses_and_duplicates_nothing(
    team: list[App], hub: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _c = team
    monkeypatch.setattr("fieldguide.sync.hub.HUB_BUNDLE_CHANGES", 5)  # several bundles in the outbox
    assessment = a.assessments.create([CHECKLIST], "Pushed while the hub restarts")
    for index, item in enumerate(a.catalog.checklist(CHECKLIST).items[:6]):
        a.assessments.answer(assessment, item.id, note=f"Observation {index}")
    confirmed = HubService.pushed
    restarted = threading.Event()

    def kill_after_the_first(self: HubService, config: Any, item: Any) -> int:
        counted = confirmed(self, config, item)
        if not restarted.is_set():
            restarted.set()
            hub.kill()  # SIGKILL, between one confirmed push and the next
            threading.Timer(1.0, hub.start).start()
        return counted

    monkeypatch.setattr(HubService, "pushed", kill_after_the_first)
    result = sync(a)
    assert restarted.is_set() and result.pushed >= 2 and result.retries >= 1
    assert a.hub.outbox_dir(a.hub.current()).exists()  # type: ignore[arg-type]
    assert list(a.hub.outbox_dir(a.hub.current()).iterdir()) == []  # type: ignore[arg-type]
    total, distinct = stored_bundles(hub)
    assert total == distinct == result.pushed
    assert sync(b).bundles == result.pushed
    assert user_data(a) == user_data(b)


class CuttingProxy:
    """A TCP relay to the hub that cuts the first ``cuts`` bundle downloads after ``after`` bytes,
    or drops the hub's answer to the first bundle push (``lose_put``)."""

    def __init__(self, target: str, after: int = 0, cuts: int = 0, lose_put: Any = None) -> None:
        host, port = target.removeprefix("http://").split(":")
        self.target = (host, int(port))
        self.after, self.cuts = after, cuts
        self.lose_put = lose_put  # called when the hub answers the first PUT; the answer is dropped
        self.puts: list[str] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.ranges: list[str] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.target)
        except OSError:  # the hub is down: the laptop sees a refused connection too
            client.close()
            return
        request = client.recv(65536)
        head = request.split(b"\r\n\r\n", 1)[0].decode("latin-1")
        line = head.split("\r\n", 1)[0]
        download = line.startswith("GET ") and "/bundles/" in line.split(" ")[1].split("?")[0].rstrip("/")
        download = download and line.split(" ")[1].count("/") == 5
        if download:
            self.ranges.append(
                next(
                    (
                        h.split(":", 1)[1].strip()
                        for h in head.split("\r\n")
                        if h.lower().startswith("range:")
                    ),
                    "",
                )
            )
        cut = download and self.cuts > 0
        if cut:
            self.cuts -= 1
        lose = None
        if line.startswith("PUT ") and "/bundles/" in line:
            self.puts.append(line.split(" ")[1])
            lose, self.lose_put = self.lose_put, None
        upstream.sendall(request)

        def up() -> None:
            try:
                while data := client.recv(65536):
                    upstream.sendall(data)
            except OSError:
                pass

        threading.Thread(target=up, daemon=True).start()
        sent = 0
        try:
            while data := upstream.recv(65536):
                if lose is not None:  # the hub committed and answered; the laptop never hears it
                    lose()
                    break
                if cut and sent + len(data) > self.after:
                    client.sendall(data[: self.after - sent])
                    break
                client.sendall(data)
                sent += len(data)
        except OSError:
            pass
        finally:
            for s in (client, upstream):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def close(self) -> None:
        self.listener.close()


def test_a_download_cut_by_the_link_resumes_from_where_it_stopped(team: list[App], hub: Any) -> None:
    import os

    a, b, _c = team
    assessment = a.assessments.create([CHECKLIST], "A long review")
    for index, item in enumerate(a.catalog.checklist(CHECKLIST).items):
        a.assessments.answer(assessment, item.id, note=f"Observation {index}: {os.urandom(500).hex()}")
    assert sync(a).pushed == 1
    proxy = CuttingProxy(hub.url, after=8000, cuts=2)
    try:
        # B reaches the hub through a link that drops twice in the middle of the download.
        config = b.hub.current()
        assert config is not None
        b.hub.store_enrolment(proxy.url, config.team, config.token)
        result = sync(b)
    finally:
        proxy.close()
    assert result.bundles == 1 and result.retries >= 2
    assert proxy.ranges[0] == "" and all(r.startswith("bytes=") and r != "bytes=0-" for r in proxy.ranges[1:])
    assert len(proxy.ranges) == 3
    assert user_data(a) == user_data(b)


def test_a_device_the_roster_removes_loses_its_access_at_the_next_sync_of_a_member(
    team: list[App], hub: Any
) -> None:
    a, b, c = team
    a.assessments.create([CHECKLIST], "Before Chloé's laptop was lost")
    sync(a)
    assert sync(c).bundles == 1
    a.sync.remove_member(c.sync.device_keys().public.fingerprint, lost=True)
    sync(a)  # A's laptop gives the hub the roster without C (and the team a bundle saying so)
    with pytest.raises(HubError) as refused:
        sync(c)
    assert refused.value.status == 401 and "ask a teammate for a new enrolment code" in str(refused.value)
    b.assessments.create([CHECKLIST], "After")
    assert sync(b).pushed == 1 and sync(a).bundles == 1
    assert b.sync.roster().epoch == 2  # type: ignore[union-attr]  # B learnt the removal from A's bundle


def test_the_hub_killed_after_committing_a_push_before_the_laptop_heard_stores_it_once(
    team: list[App], hub: Any
) -> None:
    a, b, _c = team
    a.assessments.create([CHECKLIST], "Committed, answer lost")

    def die() -> None:
        hub.kill()
        threading.Timer(1.0, hub.start).start()

    proxy = CuttingProxy(hub.url, lose_put=die)
    try:
        config = a.hub.current()
        assert config is not None
        a.hub.store_enrolment(proxy.url, config.team, config.token)
        result = sync(a)
    finally:
        proxy.close()
    assert result.pushed == 1 and result.retries >= 1
    assert len(proxy.puts) >= 2 and len(set(proxy.puts)) == 1  # the same bundle id, sent again
    assert stored_bundles(hub) == (1, 1)
    assert sync(b).bundles == 1 and user_data(a) == user_data(b)
