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
from typing import Any

import httpx
import pytest

from fieldguide.sync import roster as sync_roster
from fieldguide.sync.devicekeys import DeviceKeys
from tests.pg_support import PostgresCluster, free_port, require_bindir

__all__ = [
    "HubServer",
    "Member",
    "PatientDevice",
    "TeamRoster",
    "device_client",
    "enrol",
    "fake_bundle",
    "hub",
    "hub_factory",
    "pg_cluster",
    "pull_all",
    "push",
    "shared_hub",
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


@pytest.fixture(scope="module")
def shared_hub(pg_cluster: PostgresCluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubServer]:
    """One hub for all the tests of a module that each make their own teams and neither kill it
    nor change its settings: starting a hub per test is most of such a test's time. All its
    tests enrol from 127.0.0.1, so its per-address limit is lifted (a test of that limit makes
    its own hub)."""
    database = f"hub_{os.getpid()}_{next(_numbers)}"
    pg_cluster.psql("postgres", f"CREATE DATABASE {database} TEMPLATE {TEMPLATE}")
    log = tmp_path_factory.mktemp("hub") / "hub.log"
    server = HubServer(pg_cluster, database, log, anonymous_burst="100000")
    server.start()
    yield server
    server.stop()
    pg_cluster.ensure_running()
    pg_cluster.psql("postgres", f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


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


class PatientDevice:
    """A device that keeps at it as the client rules say: a push or download that got no
    answer, or a 503, is simply tried again (the test's own minimal client, not the app's)."""

    def __init__(self, hub: HubServer, token: str, team: str, *, patience: float = 90.0) -> None:
        self.hub = hub
        self.team = team
        self.client = httpx.Client(
            base_url=hub.url, headers={"Authorization": f"Bearer {token}"}, timeout=httpx.Timeout(15.0)
        )
        self.patience = patience
        self.failures = 0  # answers that did not come, or came as 503

    def _again(self, started: float, what: str) -> None:
        self.failures += 1
        if time.monotonic() - started > self.patience:
            raise AssertionError(f"{what}: the hub did not come back within {self.patience} s")
        time.sleep(0.05)

    def push(self, bundle_id: str, data: bytes) -> int:
        started = time.monotonic()
        while True:
            try:
                answer = push(self.client, self.team, bundle_id, data)
            except httpx.TransportError:
                self._again(started, "push")
                continue
            if answer.status_code in (200, 201):
                return int(answer.json()["cursor"])
            if answer.status_code in (429, 503):
                self._again(started, "push")
                continue
            raise AssertionError(f"push refused: {answer.status_code} {answer.text}")

    def listing(self, after: int) -> dict[str, Any]:
        started = time.monotonic()
        while True:
            try:
                answer = self.client.get(f"/v1/teams/{self.team}/bundles", params={"after": after})
            except httpx.TransportError:
                self._again(started, "list")
                continue
            if answer.status_code == 200:
                page: dict[str, Any] = answer.json()
                return page
            if answer.status_code in (429, 503):
                self._again(started, "list")
                continue
            raise AssertionError(f"listing refused: {answer.status_code} {answer.text}")

    def download(self, bundle_id: str, sha256: str) -> bytes:
        """The bundle's bytes, resuming with Range after a dropped link, checked against sha256."""
        started = time.monotonic()
        data = bytearray()
        while True:
            headers = {"Range": f"bytes={len(data)}-"} if data else {}
            try:
                with self.client.stream(
                    "GET", f"/v1/teams/{self.team}/bundles/{bundle_id}", headers=headers
                ) as answer:
                    if answer.status_code in (429, 503):
                        self._again(started, "download")
                        continue
                    if answer.status_code not in (200, 206):
                        raise AssertionError(f"download refused: {answer.status_code}")
                    for chunk in answer.iter_bytes():
                        data += chunk
            except httpx.TransportError:
                self._again(started, "download")
                continue
            if hashlib.sha256(data).hexdigest() == sha256:
                return bytes(data)
            raise AssertionError(f"bundle {bundle_id} arrived damaged ({len(data)} bytes)")

    def pull_everything(self, after: int = 0) -> tuple[list[int], dict[str, bytes]]:
        """Every listed cursor (in the order seen) and every bundle's bytes, by id."""
        cursors: list[int] = []
        bodies: dict[str, bytes] = {}
        while True:
            page = self.listing(after)
            for entry in page["bundles"]:
                cursors.append(entry["cursor"])
                bodies[entry["id"]] = self.download(entry["id"], entry["sha256"])
            after = page["next"]
            if not page["more"]:
                return cursors, bodies
