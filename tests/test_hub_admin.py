"""What the hub's administrator does: the `fieldguide-hub` commands, backups, the process's footprint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

from tests.hub_support import HubServer, Member, PatientDevice, TeamRoster, device_client, enrol, fake_bundle
from tests.test_hub_api import error_of, new_team

REPO = Path(__file__).resolve().parents[1]


def hub_command(
    hub: HubServer, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fieldguide_hub", *args],
        env=env if env is not None else {**os.environ, "FIELDGUIDE_HUB_DATABASE_URL": hub.database_url},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_administrator_brings_a_team_on_lists_its_laptops_and_revokes_one(hub: HubServer) -> None:
    founder, second = Member("Amina's laptop"), Member("Bruno's laptop")
    roster = TeamRoster(founder)
    team = roster.team
    created = hub_command(hub, "team", "create", team, "--json")
    assert created.returncode == 0, created.stderr
    code = json.loads(created.stdout)["code"]
    first = enrol(hub, team, code, founder, roster.document)
    assert first.status_code == 201
    issued = hub_command(hub, "team", "code", team, "--json")
    joined = enrol(hub, team, json.loads(issued.stdout)["code"], second, roster.add(founder, second))
    assert joined.status_code == 201

    listed = json.loads(hub_command(hub, "team", "devices", team, "--json").stdout)
    assert sorted(d["device_id"] for d in listed) == sorted([founder.device, second.device])
    assert all(d["revoked_at"] is None for d in listed)

    revoked = hub_command(hub, "team", "revoke", team, second.device)
    assert revoked.returncode == 0 and second.device in revoked.stdout
    client = device_client(hub, joined.json()["token"])
    assert error_of(client.get(f"/v1/teams/{team}/bundles")) == (401, "token_revoked")

    audit = json.loads(hub_command(hub, "team", "audit", team, "--json").stdout)
    actions = [(entry["action"], entry["device_id"]) for entry in audit]
    assert ("enrol", founder.device) in actions and ("revoke", second.device) in actions
    text = hub_command(hub, "team", "audit", team).stdout
    assert (
        f"action=enrol  device_id={founder.device}" in text.replace("device_id", "device_id", 1)
        or "enrol" in text
    )


def test_the_administrators_mistakes_get_one_line_and_change_nothing(hub: HubServer) -> None:
    team = str(uuid.uuid4())
    assert hub_command(hub, "team", "create", team).returncode == 0
    again = hub_command(hub, "team", "create", team)
    assert again.returncode == 1
    assert again.stderr.strip().splitlines() == [f"fieldguide-hub: the team {team} is already on this hub"]
    unknown = hub_command(hub, "team", "revoke", team, "no-such-laptop")
    assert unknown.returncode == 1 and len(unknown.stderr.strip().splitlines()) == 1
    no_code = hub_command(hub, "team", "code", str(uuid.uuid4()))
    assert no_code.returncode == 1 and "no team" in no_code.stderr
    unset = hub_command(
        hub, "team", "devices", team, env={k: v for k, v in os.environ.items() if "HUB" not in k}
    )
    assert unset.returncode == 2 and "FIELDGUIDE_HUB_DATABASE_URL" in unset.stderr
    unreachable = {**os.environ, "FIELDGUIDE_HUB_DATABASE_URL": "postgresql://nobody@127.0.0.1:9/none"}
    down = hub_command(hub, "team", "devices", team, env=unreachable)
    assert down.returncode == 1 and len(down.stderr.strip().splitlines()) == 1
    assert "Traceback" not in down.stderr
    bad_setting = {
        **os.environ,
        "FIELDGUIDE_HUB_DATABASE_URL": hub.database_url,
        "FIELDGUIDE_HUB_DEVICE_RATE": "fast",
    }
    refused = hub_command(hub, "team", "devices", team, env=bad_setting)
    assert refused.returncode == 2
    assert refused.stderr.strip() == "fieldguide-hub: FIELDGUIDE_HUB_DEVICE_RATE must be a number, not 'fast'"
    assert hub.sql("SELECT count(*) FROM teams").strip() == "1"


def test_migrating_an_up_to_date_database_changes_nothing(hub: HubServer) -> None:
    team = str(uuid.uuid4())
    hub_command(hub, "team", "create", team)
    before = hub.sql("SELECT version_num FROM alembic_version") + hub.sql("SELECT id FROM teams")
    migrated = hub_command(hub, "migrate")
    assert migrated.returncode == 0, migrated.stderr
    assert hub.sql("SELECT version_num FROM alembic_version") + hub.sql("SELECT id FROM teams") == before
    assert before.split()[0] == "h0001"


def test_a_backup_restored_into_a_new_database_serves_the_same_bundles(hub_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hub = hub_factory()
    team, _members, (a, b), _roster = new_team(hub)
    sent = {str(uuid.uuid4()): fake_bundle(n * 10_000 + 100) for n in range(5)}
    pusher = PatientDevice(hub, a.headers["Authorization"].split()[1], team)
    for bundle_id, data in sent.items():
        pusher.push(bundle_id, data)
    cluster = hub.postgres
    env = {
        **os.environ,
        "PGHOST": "127.0.0.1",
        "PGPORT": str(cluster.port),
        "PGUSER": "fieldguide",
        "PGDATABASE": hub.database,
        "PATH": f"{cluster.bindir}{os.pathsep}{os.environ['PATH']}",
    }
    backups = tmp_path / "backups"
    made = subprocess.run(
        ["bash", str(REPO / "deploy/hub/backup.sh"), str(backups)], env=env, capture_output=True, text=True
    )
    assert made.returncode == 0, made.stderr
    dumps = list(backups.glob("fieldguide-hub-*.dump"))
    assert len(dumps) == 1 and not list(backups.glob(".*partial"))

    restored = f"{hub.database}_restored"
    cluster.psql("postgres", f"CREATE DATABASE {restored}")
    loaded = subprocess.run(
        [str(cluster.bindir / "pg_restore"), "--no-owner", "--dbname", restored, str(dumps[0])],
        env=env,
        capture_output=True,
        text=True,
    )
    assert loaded.returncode == 0, loaded.stderr
    hub.stop()
    again = HubServer(cluster, restored, tmp_path / "restored.log")
    again.start()
    try:
        reader = PatientDevice(again, b.headers["Authorization"].split()[1], team)
        cursors, received = reader.pull_everything()
        assert cursors == [1, 2, 3, 4, 5]
        assert received == sent
        # Pushing goes on where it stopped, with the tokens the laptops already hold.
        assert (
            PatientDevice(again, a.headers["Authorization"].split()[1], team).push(
                str(uuid.uuid4()), fake_bundle()
            )
            == 6
        )
    finally:
        again.stop()
        cluster.psql("postgres", f"DROP DATABASE {restored} WITH (FORCE)")


def test_the_hub_process_loads_nothing_of_the_desktop_application() -> None:
    probe = (
        "import sys, fieldguide_hub.app, fieldguide_hub.__main__, fieldguide_hub.admin\n"
        "import fieldguide_hub.migrate\n"
        "desktop = {'PySide6', 'shiboken6', 'sqlcipher3', 'docx', 'pypdfium2', 'keyring'}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in desktop or m.startswith('fieldguide.')))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert json.loads(loaded.replace("'", '"')) == [
        "fieldguide.memory",
        "fieldguide.sync",
        "fieldguide.sync.devicekeys",
        "fieldguide.sync.roster",
    ]
    assert (Path(sys.executable).parent / "fieldguide-hub").exists()  # the installed command
