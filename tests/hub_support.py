"""Fixtures for tests that need a real hub: PostgreSQL, then ``fieldguide-hub serve`` on 127.0.0.1.

Use (registered in tests/conftest.py, so any test can ask for them):

    def test_x(hub):                      # a fresh, empty hub database and a running hub
        code = hub.create_team(TEAM)      # what `fieldguide-hub team create` prints
        client = httpx.Client(base_url=hub.url)
        hub.kill(); hub.start()           # SIGKILL the hub process, start it again
        hub.postgres.restart()            # crash PostgreSQL (immediate stop) and start it

``pg_cluster`` (session) is the PostgreSQL cluster; each ``hub`` gets its own database
copied from a migrated template, so tests do not see each other's teams.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import itertools
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from fieldguide.sync import roster as sync_roster
from fieldguide.sync.devicekeys import DeviceKeys
from tests.pg_support import PostgresCluster, free_port, require_bindir

__all__ = [
    "HubServer",
    "Member",
    "TeamRoster",
    "device_client",
    "enrol",
    "fake_bundle",
    "hub",
    "hub_factory",
    "pg_cluster",
    "pull_all",
    "push",
]

TEMPLATE = "hub_template"
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    cluster = PostgresCluster(require_bindir())
    try:
        cluster.start()
        cluster.psql("postgres", f"CREATE DATABASE {TEMPLATE}")
        from fieldguide_hub.migrate import upgrade

        upgrade(cluster.url(TEMPLATE))
        yield cluster
    finally:
        cluster.destroy()


class HubServer:
    """One ``fieldguide-hub serve`` process on 127.0.0.1 and its own database."""

    def __init__(self, postgres: PostgresCluster, database: str, log: Path, **settings: str) -> None:
        self.postgres = postgres
        self.database = database
        self.database_url = postgres.url(database)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.env = {
            **os.environ,
            "FIELDGUIDE_HUB_DATABASE_URL": self.database_url,
            **{f"FIELDGUIDE_HUB_{k.upper()}": v for k, v in settings.items()},
        }
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> None:
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "fieldguide_hub",
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                ],
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the hub exited at start: {self.log.read_text(errors='replace')[-2000:]}")
            try:
                httpx.get(f"{self.url}/v1/health", timeout=2)
                return  # it answers (200, or 503 while PostgreSQL is down)
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError(f"the hub did not answer within {timeout} s")

    def kill(self) -> None:
        """SIGKILL: the hub dies mid-request with no chance to clean up."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def _admin(self, action: str, team: str) -> str:
        from fieldguide_hub import admin
        from fieldguide_hub.config import HubConfig

        config = HubConfig(database_url=self.database_url)
        make = admin.create_team if action == "create" else admin.issue_code
        code, _expires = asyncio.run(make(config, team))
        return code

    def create_team(self, team: str) -> str:
        """Add a team as the administrator would; the founding device's one-time code."""
        return self._admin("create", team)

    def issue_code(self, team: str) -> str:
        """Another one-time code, issued by the administrator."""
        return self._admin("code", team)

    def sql(self, statement: str) -> str:
        return self.postgres.psql(self.database, statement)


@pytest.fixture
def hub_factory(pg_cluster: PostgresCluster, tmp_path: Path) -> Iterator[Callable[..., HubServer]]:
    """``hub_factory(max_bundle_bytes="2048", device_rate="5")``: a hub with other settings
    (the FIELDGUIDE_HUB_* variables, lower case, without the prefix)."""
    made: list[HubServer] = []

    def make(**settings: str) -> HubServer:
        database = f"hub_{os.getpid()}_{next(_numbers)}"
        pg_cluster.psql("postgres", f"CREATE DATABASE {database} TEMPLATE {TEMPLATE}")
        server = HubServer(pg_cluster, database, tmp_path / f"{database}.log", **settings)
        made.append(server)
        server.start()
        return server

    yield make
    for server in made:
        server.stop()
    pg_cluster.ensure_running()
    for server in made:
        pg_cluster.psql("postgres", f"DROP DATABASE IF EXISTS {server.database} WITH (FORCE)")


@pytest.fixture
def hub(hub_factory: Callable[..., HubServer]) -> HubServer:
    return hub_factory()


class Member:
    """A device as the hub sees it: an id and its device keys (fieldguide.sync.devicekeys)."""

    def __init__(self, name: str = "Field laptop", device: str | None = None) -> None:
        self.device = device or str(uuid.uuid4())
        self.keys = DeviceKeys.generate().named(name)
        self.public = base64.b64encode(self.keys.public.signing).decode("ascii")


class TeamRoster:
    """A team's signed roster as its members make it (fieldguide.sync.roster)."""

    def __init__(self, founder: Member, name: str = "Kivu field office") -> None:
        self.current = sync_roster.new_team(founder.keys, name)

    @property
    def team(self) -> str:
        return self.current.team

    @property
    def document(self) -> bytes:
        return self.current.document

    def add(self, by: Member, newcomer: Member) -> bytes:
        self.current = sync_roster.add_member(self.current, by.keys, newcomer.keys.public)
        return self.current.document

    def remove(self, by: Member, leaving: Member) -> bytes:
        self.current = sync_roster.remove_member(
            self.current, by.keys, leaving.keys.public.fingerprint, until="", lost=False
        )
        return self.current.document


def enrol(
    hub: HubServer, team: str, code: str, member: Member, roster: bytes | None = None
) -> httpx.Response:
    body: dict[str, object] = {
        "team": team,
        "code": code,
        "device": member.device,
        "signing_key": member.public,
    }
    if roster is not None:
        body["roster"] = base64.b64encode(roster).decode("ascii")
    return httpx.post(f"{hub.url}/v1/enrol", json=body, timeout=30)


def device_client(hub: HubServer, token: str) -> httpx.Client:
    return httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {token}"}, timeout=30)


def fake_bundle(size: int = 256) -> bytes:
    """Bytes that pass the hub's only check of a body (the FGSYNC magic): the hub never reads more."""
    return b"FGSYNC" + os.urandom(size - 6)


def push(client: httpx.Client, team: str, bundle_id: str, data: bytes) -> httpx.Response:
    return client.put(
        f"/v1/teams/{team}/bundles/{bundle_id}",
        content=data,
        headers={
            "X-Fieldguide-Sha256": hashlib.sha256(data).hexdigest(),
            "Content-Type": "application/octet-stream",
        },
    )


def pull_all(client: httpx.Client, team: str, after: int = 0) -> list[dict[str, object]]:
    """Every listed bundle after ``after``, following ``more``."""
    found: list[dict[str, object]] = []
    while True:
        answer = client.get(f"/v1/teams/{team}/bundles", params={"after": after})
        answer.raise_for_status()
        page = answer.json()
        found += page["bundles"]
        after = page["next"]
        if not page["more"]:
            return found
