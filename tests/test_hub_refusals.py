"""Bad input to the hub: a clear JSON error and status, and nothing stored or changed."""

from __future__ import annotations

import hashlib
import uuid

import httpx
import pytest

from fieldguide.sync import roster as sync_roster
from tests.hub_support import HubServer, Member, TeamRoster, device_client, enrol, fake_bundle, push
from tests.test_hub_api import count, error_of, new_team


@pytest.fixture
def hub(shared_hub: HubServer) -> HubServer:
    """This module's tests each make their own teams: they share one hub."""
    return shared_hub


TABLES = ("teams", "devices", "enrol_codes", "bundles", "bundle_bodies")


def forged_next(roster: TeamRoster, forger: Member) -> bytes:
    """The team's next roster version naming ``forger``, signed by ``forger`` (no member)."""
    current = roster.current
    return sync_roster._sign(
        forger.keys,
        team=current.team,
        name=current.name,
        seq=current.seq + 1,
        epoch=current.epoch,
        previous=current.digest,
        members=[*current.members, sync_roster.Member(forger.keys.public, "")],
        removed=list(current.removed),
    )


def stored(hub: HubServer) -> dict[str, str]:
    """Everything a refusal must leave as it was (the audit log may grow: it records refusals)."""
    dump = hub.sql("; ".join(f"SELECT '{table}', * FROM {table} ORDER BY 2, 3" for table in TABLES))
    return {
        table: "\n".join(line for line in dump.splitlines() if line.startswith(table + "|"))
        for table in TABLES
    }


def test_missing_wrong_expired_and_revoked_tokens_are_refused(hub: HubServer) -> None:
    team, members, (a, b), roster = new_team(hub, size=2)
    data = fake_bundle()
    before = stored(hub)
    no_token = httpx.put(f"{hub.url}/v1/teams/{team}/bundles/{uuid.uuid4()}", content=data)
    assert error_of(no_token) == (401, "missing_token")
    wrong = device_client(hub, "A" * 43)
    assert error_of(push(wrong, team, str(uuid.uuid4()), data)) == (401, "invalid_token")
    assert error_of(device_client(hub, "not a token").get(f"/v1/teams/{team}/bundles")) == (
        401,
        "invalid_token",
    )
    assert stored(hub) == before

    # A laptop left in a drawer past the idle limit.
    idle = "now() - interval '181 days'"
    hub.sql(f"UPDATE devices SET last_seen_at = {idle} WHERE device_id = '{members[1].device}'")
    before = stored(hub)
    assert error_of(push(b, team, str(uuid.uuid4()), data)) == (401, "token_expired")
    assert stored(hub) == before

    # The roster drops B: B's token stops working at once, A's does not.
    hub.sql(f"UPDATE devices SET last_seen_at = now() WHERE device_id = '{members[1].device}'")
    answer = a.put(f"/v1/teams/{team}/roster", content=roster.remove(members[0], members[1]))
    assert answer.json() == {"members": 1}
    before = stored(hub)
    assert error_of(push(b, team, str(uuid.uuid4()), data)) == (401, "token_revoked")
    assert error_of(b.get(f"/v1/teams/{team}/bundles")) == (401, "token_revoked")
    assert stored(hub) == before
    assert push(a, team, str(uuid.uuid4()), data).status_code == 201
    assert "revoke|" + members[1].device in hub.sql("SELECT action, device_id FROM audit_log")


def test_an_enrolment_code_works_once(hub: HubServer) -> None:
    team, members, (a,), roster = new_team(hub, size=1)
    c, d = Member(), Member()
    a.put(f"/v1/teams/{team}/roster", content=roster.add(members[0], c))
    a.put(f"/v1/teams/{team}/roster", content=roster.add(members[0], d))
    code = a.post(f"/v1/teams/{team}/enrol-codes", json={}).json()["code"]
    assert enrol(hub, team, code, c).status_code == 201
    before = stored(hub)
    for who in (d, c):
        assert error_of(enrol(hub, team, code, who)) == (409, "code_used")
    assert stored(hub) == before
    assert count(hub, "devices", team) == 2


def test_enrolment_refusals_leave_the_code_for_its_rightful_device(hub: HubServer) -> None:
    team, members, (a,), roster = new_team(hub, size=1)
    joiner, stranger = Member(), Member()
    code = a.post(f"/v1/teams/{team}/enrol-codes", json={}).json()["code"]
    other_team = str(uuid.uuid4())
    other_code = hub.create_team(other_team)
    before = stored(hub)
    # A device the roster does not name, or names with another key.
    assert error_of(enrol(hub, team, code, stranger)) == (403, "not_in_roster")
    impostor = Member(device=joiner.device)
    assert error_of(enrol(hub, team, code, impostor)) == (403, "not_in_roster")
    # A next roster signed by no member, sent to let the stranger in; another team's roster.
    assert error_of(enrol(hub, team, code, stranger, forged_next(roster, stranger))) == (
        400,
        "invalid_roster",
    )
    elsewhere = TeamRoster(stranger)
    assert error_of(enrol(hub, team, code, stranger, elsewhere.document)) == (400, "invalid_roster")
    # Another team's code, a code that was never issued, a team id that is not one.
    assert error_of(enrol(hub, team, other_code, joiner)) == (401, "invalid_code")
    assert error_of(enrol(hub, team, "ABCD-EFGH-JKMN", joiner)) == (401, "invalid_code")
    assert error_of(enrol(hub, "../etc", code, joiner)) == (400, "bad_team")
    assert error_of(enrol(hub, team, "not a code", joiner)) == (400, "bad_code")
    assert stored(hub) == before
    # The rightful device still gets in with the same code (typed in lower case, with spaces),
    # carrying the roster its teammate signed it into.
    joined = enrol(hub, team, code.lower().replace("-", " "), joiner, roster.add(members[0], joiner))
    assert joined.status_code == 201, joined.text


def test_an_expired_code_and_a_team_without_a_roster_are_refused(hub: HubServer) -> None:
    founder = Member()
    roster = TeamRoster(founder)
    team = roster.team
    code = hub.create_team(team)
    before = stored(hub)
    assert error_of(enrol(hub, team, code, founder)) == (400, "roster_required")
    assert stored(hub) == before
    hub.sql(f"UPDATE enrol_codes SET expires_at = now() - interval '1 minute' WHERE team_id = '{team}'")
    before = stored(hub)
    assert error_of(enrol(hub, team, code, founder, roster.document)) == (
        401,
        "code_expired",
    )
    assert stored(hub) == before


def test_malformed_requests_get_json_errors(hub: HubServer) -> None:
    team, _members, (a,), _roster = new_team(hub, size=1)
    before = stored(hub)
    for body in (b"{not json", b"[1, 2]", "\N{SNOWMAN}".encode("utf-16")):
        answer = httpx.post(f"{hub.url}/v1/enrol", content=body, headers={"Content-Type": "application/json"})
        assert error_of(answer) == (400, "malformed_json")
    assert error_of(a.post(f"/v1/teams/{team}/ack", json={"cursor": "3"})) == (400, "bad_cursor")
    assert error_of(a.get(f"/v1/teams/{team}/bundles", params={"after": "-1"})) == (400, "bad_after")
    assert error_of(a.get(f"/v1/teams/{team}/bundles", params={"limit": "501"})) == (400, "bad_limit")
    assert error_of(a.put(f"/v1/teams/{team}/roster", content=b"garbage")) == (400, "invalid_roster")
    assert error_of(a.put(f"/v1/teams/{team}/roster", content=b"x" * (1024 * 1024 + 1))) == (413, "too_large")
    assert error_of(httpx.get(f"{hub.url}/v1/nothing-here")) == (404, "not_found")
    assert error_of(httpx.delete(f"{hub.url}/v1/health")) == (405, "method_not_allowed")
    assert stored(hub) == before


def test_oversized_malformed_and_conflicting_bundles_store_nothing(hub_factory) -> None:  # type: ignore[no-untyped-def]
    hub = hub_factory(max_bundle_bytes="4096")
    team, _members, (a, _b), _roster = new_team(hub, size=2)
    kept_id, kept = str(uuid.uuid4()), fake_bundle(1000)
    push(a, team, kept_id, kept)
    before = stored(hub)
    assert error_of(push(a, team, str(uuid.uuid4()), fake_bundle(4097))) == (413, "too_large")
    # Chunked, with no Content-Length to refuse it by: the hub stops reading at the limit.
    big = fake_bundle(50_000)
    chunked = a.put(
        f"/v1/teams/{team}/bundles/{uuid.uuid4()}",
        content=iter([big[:20_000], big[20_000:]]),
        headers={"X-Fieldguide-Sha256": hashlib.sha256(big).hexdigest()},
    )
    assert error_of(chunked) == (413, "too_large")
    assert error_of(push(a, team, str(uuid.uuid4()), b"PK\x03\x04 a zip file")) == (400, "malformed_bundle")
    assert error_of(push(a, team, str(uuid.uuid4()), b"")) == (400, "malformed_bundle")
    damaged = a.put(
        f"/v1/teams/{team}/bundles/{uuid.uuid4()}",
        content=kept,
        headers={"X-Fieldguide-Sha256": hashlib.sha256(kept + b"x").hexdigest()},
    )
    assert error_of(damaged) == (400, "sha256_mismatch")
    unsigned = a.put(f"/v1/teams/{team}/bundles/{uuid.uuid4()}", content=kept)
    assert error_of(unsigned) == (400, "bad_sha256")
    assert error_of(push(a, team, "../../etc/passwd", kept)) in ((400, "bad_bundle_id"), (404, "not_found"))
    assert error_of(push(a, team, kept_id.upper(), kept)) == (400, "bad_bundle_id")
    # The same id with other bytes: the first stays.
    assert error_of(push(a, team, kept_id, fake_bundle(1000))) == (409, "bundle_conflict")
    assert stored(hub) == before
    assert a.get(f"/v1/teams/{team}/bundles/{kept_id}").content == kept


def test_a_cursor_from_the_future_is_refused(hub: HubServer) -> None:
    team, _members, (a, _b), _roster = new_team(hub)
    push(a, team, str(uuid.uuid4()), fake_bundle())
    before = stored(hub)
    assert error_of(a.get(f"/v1/teams/{team}/bundles", params={"after": 2})) == (400, "cursor_from_future")
    assert error_of(a.post(f"/v1/teams/{team}/ack", json={"cursor": 2})) == (400, "cursor_from_future")
    assert stored(hub) == before


def test_a_team_that_is_not_yours_is_out_of_reach(hub: HubServer) -> None:
    team_a, _ma, (a, _a2), _roster_a = new_team(hub)
    team_b, _mb, (b, _b2), _roster = new_team(hub)
    secret_id = str(uuid.uuid4())
    push(b, team_b, secret_id, fake_bundle())
    before = stored(hub)
    for answer in (
        a.get(f"/v1/teams/{team_b}/bundles"),
        a.get(f"/v1/teams/{team_b}/bundles/{secret_id}"),
        push(a, team_b, str(uuid.uuid4()), fake_bundle()),
        a.post(f"/v1/teams/{team_b}/enrol-codes", json={}),
        a.post(f"/v1/teams/{team_b}/ack", json={"cursor": 1}),
        a.put(f"/v1/teams/{team_b}/roster", content=b"{}"),
    ):
        assert error_of(answer) == (403, "wrong_team")
    # Asking for B's bundle under one's own team finds nothing either.
    assert error_of(a.get(f"/v1/teams/{team_a}/bundles/{secret_id}")) == (404, "no_such_bundle")
    assert a.get(f"/v1/teams/{team_a}/bundles").json()["bundles"] == []
    assert stored(hub) == before


def test_a_device_sending_too_fast_is_told_when_to_come_back(hub_factory) -> None:  # type: ignore[no-untyped-def]
    # Refills so slow (one request in 1,000 s) that a loaded machine cannot make this test flaky.
    hub = hub_factory(device_rate="0.001", device_burst="3", anonymous_rate="0.001", anonymous_burst="4")
    team, _members, (a, b), _roster = new_team(hub)
    answers = [b.get(f"/v1/teams/{team}/bundles") for _ in range(4)]
    assert [r.status_code for r in answers[:3]] == [200, 200, 200]
    assert error_of(answers[3]) == (429, "rate_limited")
    assert int(answers[3].headers["Retry-After"]) >= 1
    assert a.get(f"/v1/teams/{team}/bundles").status_code == 200  # another device is not held back
    # Guessing enrolment codes from one address is slowed down the same way (2 were used above).
    guesses = [enrol(hub, team, "ABCD-EFGH-JKMN", Member()).status_code for _ in range(4)]
    assert guesses[:2] == [401, 401] and guesses[2:] == [429, 429]


def test_rosters_are_kept_in_order_and_never_replaced_by_an_older_one(hub: HubServer) -> None:
    team, members, (a, _b), roster = new_team(hub, size=2)
    older = roster.document
    forged = forged_next(roster, Member())
    c, d = Member(), Member()
    second = roster.add(members[0], c)
    third = roster.add(members[0], d)
    before = stored(hub)
    # A member several versions ahead is told which version the hub has, and sends the rest.
    gap = a.put(f"/v1/teams/{team}/roster", content=third)
    assert error_of(gap) == (409, "roster_gap")
    assert "version 2" in gap.json()["error"]["message"]
    assert error_of(a.put(f"/v1/teams/{team}/roster", content=forged)) == (
        400,
        "invalid_roster",
    )
    assert stored(hub) == before
    assert a.put(f"/v1/teams/{team}/roster", content=second).json() == {"members": 3}
    assert a.put(f"/v1/teams/{team}/roster", content=third).json() == {"members": 4}
    # An older version (a laptop that was offline) is answered and not kept.
    before = stored(hub)
    assert a.put(f"/v1/teams/{team}/roster", content=older).json() == {"members": 4}
    assert stored(hub) == before
    assert hub.sql(f"SELECT seq FROM roster_versions WHERE team_id = '{team}' ORDER BY seq").split() == [
        "1",
        "2",
        "3",
        "4",
    ]
