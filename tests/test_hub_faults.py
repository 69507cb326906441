"""The hub or PostgreSQL dies in the middle of pushes and pulls: nothing is lost or duplicated.

The client's rule is simple (docs/hub-api.md): a request that got no answer, or a 503, is
sent again. These tests cut requests off at the worst moments and check that every bundle
ends up stored exactly once, with its bytes, and that readers see each cursor once, in order.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Callable

import httpx

from tests.hub_support import HubServer, PatientDevice, fake_bundle, push
from tests.test_hub_api import count, new_team


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def hub_sessions(hub: HubServer, state: str = "") -> int:
    where = "application_name = 'fieldguide-hub'" + (f" AND {state}" if state else "")
    return int(hub.sql(f"SELECT count(*) FROM pg_stat_activity WHERE {where}").strip())


def hold_team_row(hub: HubServer, team: str, seconds: float) -> None:
    """Another transaction holds the team's row (as a slow push would) for ``seconds``."""
    hub.postgres.background_sql(
        hub.database,
        f"BEGIN; SELECT 1 FROM teams WHERE id = '{team}' FOR UPDATE; SELECT pg_sleep({seconds}); COMMIT;",
    )
    wait_for(
        lambda: "pg_sleep" in hub.sql("SELECT query FROM pg_stat_activity WHERE state = 'active'"), "lock"
    )


def release_team_row(hub: HubServer) -> None:
    hub.sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        " WHERE query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()"
    )


def stored_intact(hub: HubServer) -> int:
    """Bundles whose stored body still matches the sha256 the hub recorded for it."""
    return int(
        hub.sql(
            "SELECT count(*) FROM bundles b JOIN bundle_bodies d USING (team_id, bundle_id)"
            " WHERE encode(sha256(d.body), 'hex') = b.sha256"
        ).strip()
    )


def test_a_push_cut_off_inside_its_transaction_is_stored_once_when_sent_again(hub: HubServer) -> None:
    team, _members, (a, b), _roster = new_team(hub)
    data, bundle_id = fake_bundle(300_000), str(uuid.uuid4())
    outcome: list[object] = []

    def first_try() -> None:
        try:
            outcome.append(push(a, team, bundle_id, data).status_code)
        except httpx.TransportError as error:
            outcome.append(error)

    hold_team_row(hub, team, seconds=120)
    pushing = threading.Thread(target=first_try)
    pushing.start()
    # The push has written the body and waits for the team row, inside its transaction.
    wait_for(lambda: hub_sessions(hub, "wait_event_type = 'Lock'") == 1, "the push to wait on the team row")
    hub.kill()
    pushing.join()
    assert isinstance(outcome[0], httpx.TransportError)  # the device got no answer
    release_team_row(hub)  # the dead hub's transaction gets the row, finds its client gone, ends
    wait_for(lambda: hub_sessions(hub) == 0, "the dead hub's transaction to end")
    assert count(hub, "bundles") == count(hub, "bundle_bodies") == 0

    hub.start()
    token = a.headers["Authorization"].split()[1]
    assert PatientDevice(hub, token, team).push(bundle_id, data) == 1
    assert count(hub, "bundles") == count(hub, "bundle_bodies") == stored_intact(hub) == 1
    assert b.get(f"/v1/teams/{team}/bundles/{bundle_id}").content == data


def test_postgresql_restarting_under_a_push_answers_503_and_the_retry_stores_it_once(hub: HubServer) -> None:
    team, _members, (a, b), _roster = new_team(hub)
    data, bundle_id = fake_bundle(300_000), str(uuid.uuid4())
    outcome: list[httpx.Response] = []
    hold_team_row(hub, team, seconds=30)
    pushing = threading.Thread(target=lambda: outcome.append(push(a, team, bundle_id, data)))
    pushing.start()
    wait_for(lambda: hub_sessions(hub, "wait_event_type = 'Lock'") == 1, "the push to wait on the team row")
    hub.postgres.restart("immediate")  # a crash: recovery throws the open transactions away
    pushing.join()
    answer = outcome[0]
    assert answer.status_code == 503
    assert answer.json()["error"]["code"] == "storage_unavailable"
    assert int(answer.headers["Retry-After"]) >= 1
    assert count(hub, "bundles") == count(hub, "bundle_bodies") == 0

    token = a.headers["Authorization"].split()[1]
    assert PatientDevice(hub, token, team).push(bundle_id, data) == 1
    assert PatientDevice(hub, token, team).push(bundle_id, data) == 1  # and once more: a replay
    assert count(hub, "bundles") == stored_intact(hub) == 1
    assert b.get(f"/v1/teams/{team}/bundles/{bundle_id}").content == data


def test_pushes_and_pulls_through_hub_kills_and_postgresql_crashes_lose_and_duplicate_nothing(
    hub: HubServer,
) -> None:
    team, _members, clients, _roster = new_team(hub, size=3)
    tokens = [c.headers["Authorization"].split()[1] for c in clients]
    pushers = [PatientDevice(hub, token, team) for token in tokens[:2]]
    reader = PatientDevice(hub, tokens[2], team)
    rng = random.Random(17)
    sent: dict[str, bytes] = {}
    pushes_done = threading.Event()
    problems: list[BaseException] = []

    def pushing(device: PatientDevice) -> None:
        try:
            for _ in range(20):
                data = fake_bundle(rng.randint(50_000, 600_000))
                bundle_id = str(uuid.uuid4())
                sent[bundle_id] = data
                device.push(bundle_id, data)
        except BaseException as error:  # reported by the main thread
            problems.append(error)

    seen: list[int] = []
    received: dict[str, bytes] = {}

    def pulling() -> None:
        try:
            after = 0
            while True:
                finished = pushes_done.is_set()
                cursors, bodies = reader.pull_everything(after)
                seen.extend(cursors)
                received.update(bodies)
                after = cursors[-1] if cursors else after
                if finished:
                    return
                time.sleep(0.05)
        except BaseException as error:
            problems.append(error)

    threads = [threading.Thread(target=pushing, args=(d,)) for d in pushers]
    puller = threading.Thread(target=pulling)
    for thread in [*threads, puller]:
        thread.start()
    for fault in ("hub", "postgres", "hub", "postgres", "hub"):
        time.sleep(rng.uniform(0.3, 0.8))
        if fault == "hub":
            hub.kill()
            hub.start()
        else:
            hub.postgres.restart("immediate")
    for thread in threads:
        thread.join()
    pushes_done.set()
    puller.join()

    assert problems == []
    assert sum(d.failures for d in [*pushers, reader]) > 0  # the faults did cut requests off
    assert count(hub, "bundles") == count(hub, "bundle_bodies") == stored_intact(hub) == len(sent) == 40
    assert hub.sql("SELECT cursor FROM bundles ORDER BY cursor").split() == [str(n) for n in range(1, 41)]
    assert seen == list(range(1, 41))  # each cursor once, in order, none skipped
    assert received == sent
