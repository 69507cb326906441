"""The hub's API against a real PostgreSQL: devices enrol, push, pull; bad input changes nothing.

Each test gets an empty hub database and a running ``fieldguide-hub serve`` (tests/hub_support.py).
"""

from __future__ import annotations

import hashlib
import threading
import uuid

import httpx
import pytest

from tests.hub_support import (
    HubServer,
    Member,
    TeamRoster,
    device_client,
    enrol,
    fake_bundle,
    pull_all,
    push,
)


def new_team(hub: HubServer, size: int = 2) -> tuple[str, list[Member], list[httpx.Client], TeamRoster]:
    """A team of ``size`` enrolled devices: the first founds it; for each next one it signs the
    newcomer into the roster, hands the hub that roster and issues the newcomer's code."""
    members = [Member(f"Laptop {n}") for n in range(size)]
    founder = members[0]
    roster = TeamRoster(founder)
    team = roster.team
    answer = enrol(hub, team, hub.create_team(team), founder, roster.document)
    assert answer.status_code == 201, answer.text
    clients = [device_client(hub, answer.json()["token"])]
    for member in members[1:]:
        kept = clients[0].put(f"/v1/teams/{team}/roster", content=roster.add(founder, member))
        assert kept.status_code == 200, kept.text
        issued = clients[0].post(f"/v1/teams/{team}/enrol-codes", json={})
        assert issued.status_code == 201, issued.text
        answer = enrol(hub, team, issued.json()["code"], member)
        assert answer.status_code == 201, answer.text
        clients.append(device_client(hub, answer.json()["token"]))
    return team, members, clients, roster


def error_of(answer: httpx.Response) -> tuple[int, str]:
    body = answer.json()
    assert set(body) >= {"error"} and body["error"]["message"], body
    assert "\n" not in body["error"]["message"]
    return answer.status_code, body["error"]["code"]


@pytest.fixture
def hub(shared_hub: HubServer) -> HubServer:
    """This module's tests each make their own teams: they share one hub."""
    return shared_hub


def count(hub: HubServer, table: str, team: str | None = None) -> int:
    where = f" WHERE team_id = '{team}'" if team else ""
    return int(hub.sql(f"SELECT count(*) FROM {table}{where}").strip())


def test_devices_of_a_team_receive_each_others_bundles_byte_for_byte(hub: HubServer) -> None:
    team, members, (a, b), _roster = new_team(hub)
    sent = {}
    for client in (a, b, a):
        data = fake_bundle(70_000)
        bundle_id = str(uuid.uuid4())
        answer = push(client, team, bundle_id, data)
        assert answer.status_code == 201, answer.text
        sent[bundle_id] = data

    listed = pull_all(b, team)
    assert [entry["cursor"] for entry in listed] == [1, 2, 3]
    assert [entry["id"] for entry in listed] == list(sent)
    assert [entry["device"] for entry in listed] == [members[0].device, members[1].device, members[0].device]
    for entry in listed:
        got = b.get(f"/v1/teams/{team}/bundles/{entry['id']}")
        assert got.status_code == 200
        assert got.content == sent[str(entry["id"])]
        assert (
            got.headers["X-Fieldguide-Sha256"] == hashlib.sha256(got.content).hexdigest() == entry["sha256"]
        )

    assert b.post(f"/v1/teams/{team}/ack", json={"cursor": 3}).json() == {}
    assert pull_all(b, team, after=3) == []
    acked = hub.sql(f"SELECT acked_cursor FROM devices WHERE device_id = '{members[1].device}'").strip()
    assert acked == "3"
    # The audit log says who pushed and pulled what.
    log = hub.sql(
        "SELECT action, device_id, bundle_id FROM audit_log WHERE action IN ('push', 'pull', 'ack')"
    )
    first = next(iter(sent))
    assert f"push|{members[0].device}|{first}" in log
    assert f"pull|{members[1].device}|{first}" in log
    assert f"ack|{members[1].device}|" in log


def test_listing_pages_follow_the_cursor(hub: HubServer) -> None:
    team, _members, (a, _b), _roster = new_team(hub)
    ids = [str(uuid.uuid4()) for _ in range(7)]
    for bundle_id in ids:
        assert push(a, team, bundle_id, fake_bundle()).status_code == 201
    page = a.get(f"/v1/teams/{team}/bundles", params={"after": 2, "limit": 3}).json()
    assert [e["cursor"] for e in page["bundles"]] == [3, 4, 5]
    assert page["next"] == 5 and page["more"] is True
    last = a.get(f"/v1/teams/{team}/bundles", params={"after": 5, "limit": 3}).json()
    assert [e["id"] for e in last["bundles"]] == ids[5:]
    assert last["more"] is False
    assert a.get(f"/v1/teams/{team}/bundles", params={"after": 7}).json() == {
        "bundles": [],
        "next": 7,
        "more": False,
    }


def test_a_replayed_push_answers_its_first_cursor_and_stores_nothing_more(hub: HubServer) -> None:
    team, _members, (a, b), _roster = new_team(hub)
    data, bundle_id = fake_bundle(5000), str(uuid.uuid4())
    assert push(a, team, str(uuid.uuid4()), fake_bundle()).json() == {"cursor": 1}
    first = push(a, team, bundle_id, data)
    assert (first.status_code, first.json()) == (201, {"cursor": 2})
    for client in (a, b):  # the retry of a push whose answer was lost, or the same bundle via a teammate
        again = push(client, team, bundle_id, data)
        assert (again.status_code, again.json()) == (200, {"cursor": 2})
    assert count(hub, "bundles", team) == count(hub, "bundle_bodies", team) == 2
    assert [e["id"] for e in pull_all(b, team)].count(bundle_id) == 1


def test_concurrent_pushes_get_gapless_cursors_and_a_reader_never_skips_one(hub: HubServer) -> None:
    """Cursors are handed out in commit order, so a reader polling while others push sees each
    bundle once, in order: never cursor n+1 before n."""
    team, _members, clients, _roster = new_team(hub, size=4)
    pushed: list[str] = []
    seen: list[int] = []
    done = threading.Event()
    problems: list[str] = []

    def pusher(client: httpx.Client) -> None:
        for _ in range(15):
            bundle_id = str(uuid.uuid4())
            answer = push(client, team, bundle_id, fake_bundle(20_000))
            if answer.status_code != 201:
                problems.append(answer.text)
            pushed.append(bundle_id)

    def reader() -> None:
        after = 0
        with device_client(hub, clients[0].headers["Authorization"].split()[1]) as client:
            while True:
                finished = done.is_set()
                page = client.get(f"/v1/teams/{team}/bundles", params={"after": after}).json()
                cursors = [e["cursor"] for e in page["bundles"]]
                if cursors != list(range(after + 1, after + 1 + len(cursors))):
                    problems.append(f"after {after} the hub listed {cursors}")
                seen.extend(cursors)
                after = page["next"]
                if finished and not page["more"]:
                    return

    threads = [threading.Thread(target=pusher, args=(c,)) for c in clients[1:]]
    watching = threading.Thread(target=reader)
    watching.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    watching.join()
    assert problems == []
    assert seen == list(range(1, 46))
    assert sorted(e["id"] for e in pull_all(clients[0], team)) == sorted(pushed)


def test_a_dropped_download_resumes_with_a_range(hub: HubServer) -> None:
    team, _members, (a, b), _roster = new_team(hub)
    data, bundle_id = fake_bundle(3 * 1024 * 1024 + 17), str(uuid.uuid4())  # several 1 MiB slices
    push(a, team, bundle_id, data)
    with b.stream("GET", f"/v1/teams/{team}/bundles/{bundle_id}") as first:
        part = next(first.iter_bytes())  # the link drops here
    rest = b.get(f"/v1/teams/{team}/bundles/{bundle_id}", headers={"Range": f"bytes={len(part)}-"})
    assert rest.status_code == 206
    assert rest.headers["Content-Range"] == f"bytes {len(part)}-{len(data) - 1}/{len(data)}"
    assert part + rest.content == data
    middle = b.get(f"/v1/teams/{team}/bundles/{bundle_id}", headers={"Range": "bytes=10-19"})
    assert middle.content == data[10:20]
    past = b.get(f"/v1/teams/{team}/bundles/{bundle_id}", headers={"Range": f"bytes={len(data)}-"})
    assert error_of(past) == (416, "range_not_satisfiable")
    assert error_of(b.get(f"/v1/teams/{team}/bundles/{uuid.uuid4()}")) == (404, "no_such_bundle")


def test_health_and_metrics_report_the_hub(hub_factory) -> None:  # type: ignore[no-untyped-def]
    hub = hub_factory()  # its own: the counters start at zero
    assert httpx.get(f"{hub.url}/v1/health").json() == {"status": "ok", "db": "ok"}
    team, _members, (a, _b), _roster = new_team(hub)
    push(a, team, str(uuid.uuid4()), fake_bundle(1000))
    push(a, team, "not-a-uuid", fake_bundle(1000))
    text = httpx.get(f"{hub.url}/v1/metrics").text
    assert "fieldguide_hub_bundles_pushed_total 1\n" in text
    assert "fieldguide_hub_bytes_pushed_total 1000\n" in text
    assert 'fieldguide_hub_requests_total{method="PUT",route="push",status="201"} 1' in text
    assert 'fieldguide_hub_errors_total{code="bad_bundle_id"} 1' in text
    resident = next(
        line for line in text.splitlines() if line.startswith("fieldguide_hub_resident_memory_bytes")
    )
    assert int(resident.split()[1]) > 0


def test_metrics_can_ask_for_the_administrators_token(hub_factory) -> None:  # type: ignore[no-untyped-def]
    hub = hub_factory(metrics_token="s3cret-for-prometheus")
    assert error_of(httpx.get(f"{hub.url}/v1/metrics")) == (401, "invalid_token")
    allowed = httpx.get(f"{hub.url}/v1/metrics", headers={"Authorization": "Bearer s3cret-for-prometheus"})
    assert allowed.status_code == 200 and "fieldguide_hub_requests_total" in allowed.text
