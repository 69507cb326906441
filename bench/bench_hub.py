"""The organisation hub under load: 200 devices each push 50 bundles and pull their teams'.

Run with `make bench` or `python bench/bench_hub.py`. Everything stays on 127.0.0.1: a
throwaway PostgreSQL (tests/pg_support.py), one `fieldguide-hub serve` process with its
default settings (but for enrolment's per-address limit: every device is 127.0.0.1), and
one client process simulating the devices with asyncio. The devices
form teams (FIELDGUIDE_BENCH_HUB_TEAM_SIZE, default 10: an organisation's field offices);
each device pushes its bundles, then lists its team's bundles and downloads every one it did
not make. Teams are isolated, so "everyone's" is everyone in the device's team; set the team
size to the device count for one team where every device downloads every bundle
(200 x 9,950 downloads: tens of minutes here).

Bounded: fixed counts (FIELDGUIDE_BENCH_HUB_DEVICES, _BUNDLES, _BUNDLE_BYTES) and a time
limit (FIELDGUIDE_BENCH_HUB_SECONDS, default 900) after which it stops and says so.

Reports throughput, p50/p95 push and pull latency, the hub's peak resident memory, and
checks that no bundle was lost or duplicated (each device's listing, the downloaded bytes,
and the database). The baseline, measured in the same run on the same hub, is
`GET /v1/health` (one HTTP round trip and one query): latencies are also given as multiples.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _env(name: str, default: int) -> int:
    return int(os.environ.get(f"FIELDGUIDE_BENCH_HUB_{name}", default))


DEVICES = _env("DEVICES", 200)
BUNDLES = _env("BUNDLES", 50)
TEAM_SIZE = _env("TEAM_SIZE", 10)
BUNDLE_BYTES = _env("BUNDLE_BYTES", 8 * 1024)
SECONDS = _env("SECONDS", 900)
SEED = 20261201


@dataclass
class Device:
    team: str
    device: str
    token: str = ""
    pushed: dict[str, str] = field(default_factory=dict)  # bundle id -> sha256
    push_ms: list[float] = field(default_factory=list)
    pull_ms: list[float] = field(default_factory=list)
    list_ms: list[float] = field(default_factory=list)
    downloaded: int = 0
    retries: int = 0  # dropped connections, 429 and 503, each sent again as the client rules say
    problems: list[str] = field(default_factory=list)


async def _send(
    client: httpx.AsyncClient, device: Device, method: str, url: str, **options: Any
) -> tuple[httpx.Response, float]:
    """The answer and the milliseconds its successful attempt took; retried like the app does."""
    while True:
        began = time.perf_counter()
        try:
            answer = await client.request(method, url, **options)
        except httpx.TransportError:
            device.retries += 1
            await asyncio.sleep(0.2)
            continue
        if answer.status_code in (429, 503):
            device.retries += 1
            await asyncio.sleep(float(answer.headers.get("Retry-After", "1")))
            continue
        return answer, (time.perf_counter() - began) * 1000


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))] if ordered else 0.0


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _make_teams(hub_url: str, database_url: str) -> list[Device]:
    """Teams as their members make them: a founder, then each newcomer signed into the roster."""

    from fieldguide.sync import roster as sync_roster
    from fieldguide.sync.devicekeys import DeviceKeys
    from fieldguide_hub import admin
    from fieldguide_hub.config import HubConfig

    config = HubConfig(database_url=database_url)
    devices: list[Device] = []
    import base64

    with httpx.Client(base_url=hub_url, timeout=60) as client:
        for start in range(0, DEVICES, TEAM_SIZE):
            size = min(TEAM_SIZE, DEVICES - start)
            keys = [DeviceKeys.generate().named(f"Laptop {start + n}") for n in range(size)]
            roster = sync_roster.new_team(keys[0], f"Field office {start // TEAM_SIZE + 1}")
            team = roster.team
            code, _expires = asyncio.run(admin.create_team(config, team))
            founder_token = ""
            for n, key in enumerate(keys):
                device = Device(team=team, device=str(uuid.uuid4()))
                body = {
                    "team": team,
                    "code": code,
                    "device": device.device,
                    "signing_key": base64.b64encode(key.public.signing).decode(),
                }
                if n == 0:
                    body["roster"] = base64.b64encode(roster.document).decode()
                answer = client.post("/v1/enrol", json=body)
                answer.raise_for_status()
                device.token = answer.json()["token"]
                devices.append(device)
                if n == 0:
                    founder_token = device.token
                if n + 1 < size:
                    auth = {"Authorization": f"Bearer {founder_token}"}
                    roster = sync_roster.add_member(roster, keys[0], keys[n + 1].public)
                    client.put(
                        f"/v1/teams/{team}/roster", content=roster.document, headers=auth
                    ).raise_for_status()
                    issued = client.post(f"/v1/teams/{team}/enrol-codes", json={}, headers=auth)
                    issued.raise_for_status()
                    code = issued.json()["code"]
    return devices


async def _push_all(device: Device, url: str, deadline: float) -> None:
    headers = {"Authorization": f"Bearer {device.token}"}
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=120) as client:
        for _ in range(BUNDLES):
            if time.monotonic() > deadline:
                device.problems.append("time limit reached while pushing")
                return
            data = b"FGSYNC" + os.urandom(BUNDLE_BYTES - 6)
            bundle_id = str(uuid.uuid4())
            sha = hashlib.sha256(data).hexdigest()
            answer, took = await _send(
                client,
                device,
                "PUT",
                f"/v1/teams/{device.team}/bundles/{bundle_id}",
                content=data,
                headers={"X-Fieldguide-Sha256": sha},
            )
            device.push_ms.append(took)
            if answer.status_code != 201:
                device.problems.append(f"push answered {answer.status_code}")
            device.pushed[bundle_id] = sha


async def _pull_all(device: Device, url: str, expected: dict[str, str], deadline: float) -> None:
    headers = {"Authorization": f"Bearer {device.token}"}
    listed: list[dict[str, object]] = []
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=120) as client:
        after = 0
        while True:
            answer, took = await _send(
                client, device, "GET", f"/v1/teams/{device.team}/bundles", params={"after": after}
            )
            device.list_ms.append(took)
            page = answer.json()
            listed += page["bundles"]
            after = page["next"]
            if not page["more"]:
                break
        ids = [str(entry["id"]) for entry in listed]
        if len(ids) != len(set(ids)):
            device.problems.append("the listing repeats a bundle")
        if set(ids) != set(expected):
            device.problems.append(
                f"the listing has {len(set(ids))} bundles, the team pushed {len(expected)}"
            )
        for entry in listed:
            bundle_id = str(entry["id"])
            if bundle_id in device.pushed:
                continue
            if time.monotonic() > deadline:
                device.problems.append("time limit reached while pulling")
                return
            answer, took = await _send(client, device, "GET", f"/v1/teams/{device.team}/bundles/{bundle_id}")
            device.pull_ms.append(took)
            if hashlib.sha256(answer.content).hexdigest() != expected.get(bundle_id):
                device.problems.append(f"bundle {bundle_id} arrived damaged")
            device.downloaded += 1


async def _health_baseline(url: str, count: int = 300) -> list[float]:

    timings = []
    async with httpx.AsyncClient(base_url=url) as client:
        for _ in range(count):
            began = time.perf_counter()
            (await client.get("/v1/health")).raise_for_status()
            timings.append((time.perf_counter() - began) * 1000)
    return timings


async def _sample_rss(pid: int, peak: list[int], stop: asyncio.Event) -> None:
    while not stop.is_set():
        peak[0] = max(peak[0], _rss_kib(pid))
        await asyncio.sleep(0.2)


async def _phase(name: str, jobs: list, pid: int, peak: list[int]) -> float:  # type: ignore[type-arg]
    stop = asyncio.Event()
    sampler = asyncio.create_task(_sample_rss(pid, peak, stop))
    began = time.perf_counter()
    await asyncio.gather(*jobs)
    elapsed = time.perf_counter() - began
    stop.set()
    await sampler
    return elapsed


def run(hub_url: str, database_url: str, pid: int, sql: object) -> bool:
    deadline = time.monotonic() + SECONDS
    print(
        f"devices {DEVICES} in teams of {TEAM_SIZE}, {BUNDLES} bundles of {BUNDLE_BYTES} bytes each",
        flush=True,
    )
    started = time.perf_counter()
    devices = _make_teams(hub_url, database_url)
    teams = len({d.team for d in devices})
    setup = time.perf_counter() - started
    print(f"setup: {DEVICES} devices enrolled in {teams} teams with signed rosters: {setup:.1f} s")
    idle_rss = _rss_kib(pid)
    baseline = asyncio.run(_health_baseline(hub_url))
    base95 = _percentile(baseline, 0.95)
    print(
        f"baseline GET /v1/health: p50 {statistics.median(baseline):.1f} ms, p95 {base95:.1f} ms", flush=True
    )
    peak = [idle_rss]

    async def pushes() -> float:
        return await _phase("push", [_push_all(d, hub_url, deadline) for d in devices], pid, peak)

    push_seconds = asyncio.run(pushes())
    pushes_ms = [t for d in devices for t in d.push_ms]
    push95 = _percentile(pushes_ms, 0.95)
    print(
        f"push: {len(pushes_ms)} bundles in {push_seconds:.1f} s = {len(pushes_ms) / push_seconds:.0f} "
        f"bundles/s ({len(pushes_ms) * BUNDLE_BYTES / push_seconds / 1e6:.1f} MB/s); "
        f"p50 {statistics.median(pushes_ms):.1f} ms, p95 {push95:.1f} ms ({push95 / base95:.1f} x baseline)",
        flush=True,
    )
    by_team: dict[str, dict[str, str]] = {}
    for device in devices:
        by_team.setdefault(device.team, {}).update(device.pushed)

    async def pulls() -> float:
        return await _phase(
            "pull", [_pull_all(d, hub_url, by_team[d.team], deadline) for d in devices], pid, peak
        )

    pull_seconds = asyncio.run(pulls())
    pulls_ms = [t for d in devices for t in d.pull_ms]
    lists_ms = [t for d in devices for t in d.list_ms]
    downloads = sum(d.downloaded for d in devices)
    pull95 = _percentile(pulls_ms, 0.95)
    print(
        f"pull: {downloads} downloads + {len(lists_ms)} listings in {pull_seconds:.1f} s = "
        f"{(downloads + len(lists_ms)) / pull_seconds:.0f} requests/s "
        f"({downloads * BUNDLE_BYTES / pull_seconds / 1e6:.1f} MB/s); download p50 "
        f"{statistics.median(pulls_ms) if pulls_ms else 0:.1f} ms, p95 {pull95:.1f} ms "
        f"({pull95 / base95:.1f} x baseline); listing p95 {_percentile(lists_ms, 0.95):.1f} ms"
    )
    print(f"hub memory (RSS): {idle_rss / 1024:.0f} MiB idle after setup, {peak[0] / 1024:.0f} MiB at peak")

    problems = [p for d in devices for p in d.problems]
    stored, distinct = sql()  # type: ignore[operator]
    expected = sum(len(d.pushed) for d in devices)  # DEVICES * BUNDLES unless the time limit hit
    lost_or_doubled = stored != expected or distinct != expected
    print(
        f"stored {stored} bundles ({distinct} distinct ids) of {expected} pushed: "
        + ("none lost, none duplicated" if not lost_or_doubled else "LOST OR DUPLICATED")
    )
    wanted = sum(len(by_team[d.team]) - len(d.pushed) for d in devices)
    retries = sum(d.retries for d in devices)
    print(
        f"downloads: {downloads} of {wanted} expected; requests sent again: {retries};"
        f" problems: {len(problems)}"
    )
    for problem in sorted(set(problems))[:10]:
        print(f"  - {problem}")
    if any("time limit" in p for p in problems):
        print(
            f"stopped at the time limit ({SECONDS} s, FIELDGUIDE_BENCH_HUB_SECONDS): the figures cover"
            " what was done"
        )
        return not lost_or_doubled and all("time limit" in p for p in problems)
    return not lost_or_doubled and not problems and downloads == wanted


def main() -> None:
    from tests.pg_support import PostgresCluster, find_bindir, free_port

    bindir = find_bindir()
    if bindir is None:
        print("skipped: PostgreSQL's server binaries are missing (make system-deps)")
        return
    cluster = PostgresCluster(bindir)
    hub: subprocess.Popen[bytes] | None = None
    try:
        cluster.start()
        cluster.psql("postgres", "CREATE DATABASE hub_bench")
        url = cluster.url("hub_bench")
        from fieldguide_hub.migrate import upgrade

        upgrade(url)
        port = free_port()
        log = open(cluster.root / "hub.log", "wb")  # noqa: SIM115 - closed with the process
        hub = subprocess.Popen(
            [sys.executable, "-m", "fieldguide_hub", "serve", "--port", str(port)],
            # Defaults, except enrolment's per-address limit: every simulated device is 127.0.0.1.
            env={
                **os.environ,
                "FIELDGUIDE_HUB_DATABASE_URL": url,
                "FIELDGUIDE_HUB_ANONYMOUS_BURST": "100000",
            },
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        hub_url = f"http://127.0.0.1:{port}"

        for _ in range(200):
            try:
                httpx.get(f"{hub_url}/v1/health", timeout=2).raise_for_status()
                break
            except httpx.HTTPError:
                time.sleep(0.1)

        def counts() -> tuple[int, int]:
            out = cluster.psql(
                "hub_bench", "SELECT count(*), count(DISTINCT (team_id, bundle_id)) FROM bundles"
            )
            stored, distinct = out.strip().split("|")
            return int(stored), int(distinct)

        ok = run(hub_url, url, hub.pid, counts)
        print("hub load: " + ("passed" if ok else "FAILED"))
        if not ok:
            sys.exit(1)
    finally:
        if hub is not None:
            hub.terminate()
            hub.wait(timeout=30)
        cluster.destroy()


if __name__ == "__main__":
    main()
