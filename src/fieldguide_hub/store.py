"""The hub's database work: one function per use case, each one transaction.

Everything a request changes happens in one transaction, so a hub or PostgreSQL that
stops in the middle leaves either the whole change or none of it, and the client's retry
(idempotent by bundle id) finishes the job.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import asyncpg

from fieldguide_hub.bodies import BodyStore
from fieldguide_hub.credentials import code_hash, new_code, new_token, token_hash
from fieldguide_hub.errors import HubError
from fieldguide_hub.roster import RosterError, RosterGap, RosterStale, RosterVerifier

__all__ = [
    "Device",
    "Download",
    "Listing",
    "PushResult",
    "acknowledge",
    "authenticate",
    "create_team",
    "enrol",
    "issue_code",
    "list_bundles",
    "push_bundle",
    "replace_roster",
    "start_download",
]


@dataclass(frozen=True)
class Device:
    team: str
    device: str


@dataclass(frozen=True)
class PushResult:
    cursor: int
    created: bool


@dataclass(frozen=True)
class Listing:
    bundles: list[dict[str, Any]]
    next: int
    more: bool


async def audit(
    conn: Any,
    action: str,
    status: int,
    *,
    team: str | None = None,
    device: str | None = None,
    bundle_id: str | None = None,
    cursor: int | None = None,
    detail: str | None = None,
    remote: str | None = None,
) -> None:
    await conn.execute(
        "INSERT INTO audit_log (team_id, device_id, action, bundle_id, cursor, status, detail, remote)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        team,
        device,
        action,
        bundle_id,
        cursor,
        status,
        detail,
        remote,
    )


async def authenticate(pool: Any, token: str, idle_days: int) -> Device:
    hashed = token_hash(token)
    if hashed is None:
        raise HubError(401, "invalid_token", "the token is not one this hub issued")
    async with pool.acquire() as conn:
        row = await conn.fetchrow(
            "SELECT team_id, device_id, revoked_at, last_seen_at, now() AS now"
            " FROM devices WHERE token_hash = $1",
            hashed,
        )
        if row is None:
            raise HubError(401, "invalid_token", "the token is not one this hub issued")
        if row["revoked_at"] is not None:
            raise HubError(
                401, "token_revoked", "this device was removed from the team; its token is revoked"
            )
        now: datetime = row["now"]
        if now - row["last_seen_at"] > timedelta(days=idle_days):
            raise HubError(
                401, "token_expired", "the token expired after long disuse; enrol this device again"
            )
        if now - row["last_seen_at"] > timedelta(minutes=1):
            # At most one write a minute per device, not one per request.
            await conn.execute("UPDATE devices SET last_seen_at = now() WHERE token_hash = $1", hashed)
    return Device(team=str(row["team_id"]), device=str(row["device_id"]))


async def create_team(pool: Any, team: str, valid_hours: int) -> tuple[str, datetime]:
    """A new team with no roster yet, and its first one-time code (for the founding device)."""
    async with pool.acquire() as conn, conn.transaction():
        inserted = await conn.fetchval(
            "INSERT INTO teams (id) VALUES ($1) ON CONFLICT (id) DO NOTHING RETURNING id", team
        )
        if inserted is None:
            raise HubError(409, "team_exists", f"the team {team} is already on this hub")
        await audit(conn, "team_create", 201, team=team, detail="by the hub's administrator")
        return await _insert_code(conn, team, None, valid_hours)


async def _insert_code(conn: Any, team: str, issued_by: str | None, valid_hours: int) -> tuple[str, datetime]:
    code = new_code()
    expires = await conn.fetchval(
        "INSERT INTO enrol_codes (code_hash, team_id, issued_by, expires_at)"
        " VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at",
        code_hash(team, code.replace("-", "")),
        team,
        issued_by,
        valid_hours,
    )
    await audit(conn, "code_issue", 201, team=team, device=issued_by)
    return code, expires


async def issue_code(pool: Any, team: str, issued_by: str | None, valid_hours: int) -> tuple[str, datetime]:
    async with pool.acquire() as conn, conn.transaction():
        exists = await conn.fetchval("SELECT 1 FROM teams WHERE id = $1", team)
        if exists is None:
            raise HubError(404, "no_such_team", f"no team {team} on this hub")
        return await _insert_code(conn, team, issued_by, valid_hours)


async def _current_members(conn: Any, team: str) -> frozenset[str] | None:
    members = await conn.fetchval(
        "SELECT roster_members FROM teams WHERE id = $1 AND roster_seq IS NOT NULL", team
    )
    return None if members is None else frozenset(json.loads(members))


async def _apply_roster(
    conn: Any, team: str, document: bytes, verifier: RosterVerifier, by: str | None
) -> None:
    """Keep ``document`` if it is the team's valid next roster (or the preferred rival of its
    latest); revoke the devices it no longer names. The caller holds the team row's lock."""
    chain = [
        bytes(row["document"])
        for row in await conn.fetch(
            "SELECT document FROM roster_versions WHERE team_id = $1 ORDER BY seq", team
        )
    ]
    try:
        roster = verifier.check(document, team, chain)
    except RosterStale:
        return  # the hub already has it, or newer: answered, not kept
    except RosterGap as gap:
        raise HubError(409, "roster_gap", str(gap)) from None
    except RosterError as error:
        raise HubError(400, "invalid_roster", str(error)) from None
    members = json.dumps(sorted(roster.members))
    await conn.execute(
        "INSERT INTO roster_versions (team_id, seq, digest, document) VALUES ($1, $2, $3, $4)"
        " ON CONFLICT (team_id, seq) DO UPDATE SET digest = EXCLUDED.digest, document = EXCLUDED.document,"
        " added_at = now()",
        team,
        roster.seq,
        roster.digest,
        document,
    )
    await conn.execute(
        "UPDATE teams SET roster_seq = $2, roster_members = $3::jsonb WHERE id = $1",
        team,
        roster.seq,
        members,
    )
    revoked = await conn.fetch(
        "UPDATE devices SET revoked_at = now(), revoked_reason = 'removed from the roster'"
        " WHERE team_id = $1 AND revoked_at IS NULL AND NOT ($2::jsonb ? signing_key)"
        " RETURNING device_id",
        team,
        members,
    )
    await audit(conn, "roster", 200, team=team, device=by, detail=f"version {roster.seq}")
    for row in revoked:
        await audit(conn, "revoke", 200, team=team, device=row["device_id"], detail="removed from the roster")


async def replace_roster(pool: Any, device: Device, document: bytes, verifier: RosterVerifier) -> int:
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute("SELECT 1 FROM teams WHERE id = $1 FOR UPDATE", device.team)
        await _apply_roster(conn, device.team, document, verifier, device.device)
        members = await _current_members(conn, device.team)
        return len(members or ())


async def enrol(
    pool: Any,
    *,
    team: str,
    code: str,
    device: str,
    signing_key: str,
    roster_document: bytes | None,
    verifier: RosterVerifier,
    remote: str | None,
) -> str:
    """A new token for ``device`` if the code is good and the roster names its key."""
    hashed = code_hash(team, code)
    async with pool.acquire() as conn, conn.transaction():
        team_row = await conn.fetchrow("SELECT id FROM teams WHERE id = $1 FOR UPDATE", team)
        code_row = await conn.fetchrow(
            "SELECT team_id, used_at, expires_at < now() AS expired"
            " FROM enrol_codes WHERE code_hash = $1 FOR UPDATE",
            hashed,
        )
        if team_row is None or code_row is None or code_row["team_id"] != team:
            raise HubError(401, "invalid_code", "the enrolment code is not valid for this team")
        if code_row["used_at"] is not None:
            raise HubError(
                409, "code_used", "the enrolment code was already used; ask a member for a new one"
            )
        if code_row["expired"]:
            raise HubError(401, "code_expired", "the enrolment code has expired; ask a member for a new one")
        if roster_document is not None:
            await _apply_roster(conn, team, roster_document, verifier, device)
        members = await _current_members(conn, team)
        if members is None:
            raise HubError(
                400, "roster_required", "this team has no roster on the hub yet; send it with the enrolment"
            )
        if signing_key not in members:
            raise HubError(403, "not_in_roster", "this device's key is not in the team's roster")
        token = new_token()
        await conn.execute(
            "UPDATE enrol_codes SET used_at = now(), used_by = $2 WHERE code_hash = $1", hashed, device
        )
        await conn.execute(
            "INSERT INTO devices (team_id, device_id, signing_key, token_hash) VALUES ($1, $2, $3, $4)"
            " ON CONFLICT (team_id, device_id) DO UPDATE SET signing_key = EXCLUDED.signing_key,"
            " token_hash = EXCLUDED.token_hash, enrolled_at = now(), last_seen_at = now(),"
            " revoked_at = NULL, revoked_reason = NULL",
            team,
            device,
            signing_key,
            token_hash(token),
        )
        await audit(conn, "enrol", 201, team=team, device=device, remote=remote)
        return token


async def push_bundle(
    pool: Any, bodies: BodyStore, device: Device, bundle_id: str, data: bytes, sha256: str
) -> PushResult:
    """Store a bundle once; the same id with the same bytes again answers its first cursor."""
    for _attempt in range(3):
        async with pool.acquire() as conn:
            existing = await _existing(conn, device.team, bundle_id, sha256)
            if existing is not None:
                return existing
            try:
                async with conn.transaction():
                    await bodies.put(conn, device.team, bundle_id, data)
                    # The team row's lock, held to commit: cursors follow commit order. One
                    # statement takes it, records the bundle and audits the push, so the lock
                    # is held for that round trip and the commit only.
                    cursor = await conn.fetchval(
                        "WITH next AS (UPDATE teams SET last_cursor = last_cursor + 1 WHERE id = $1"
                        "  RETURNING last_cursor),"
                        " stored AS (INSERT INTO bundles"
                        "  (team_id, cursor, bundle_id, device_id, size, sha256)"
                        "  SELECT $1, last_cursor, $2, $3, $4, $5 FROM next RETURNING cursor),"
                        " audited AS (INSERT INTO audit_log"
                        "  (team_id, device_id, action, bundle_id, cursor, status)"
                        "  SELECT $1, $3, 'push', $2, cursor, 201 FROM stored)"
                        " SELECT cursor FROM stored",
                        device.team,
                        bundle_id,
                        device.device,
                        len(data),
                        sha256,
                    )
                return PushResult(cursor=int(cursor), created=True)
            except asyncpg.UniqueViolationError:
                continue  # the same id committed by a concurrent push: answer as a replay
    raise HubError(409, "bundle_conflict", "the bundle id is being pushed concurrently; retry")


async def _existing(conn: Any, team: str, bundle_id: str, sha256: str) -> PushResult | None:
    row = await conn.fetchrow(
        "SELECT cursor, sha256 FROM bundles WHERE team_id = $1 AND bundle_id = $2", team, bundle_id
    )
    if row is None:
        return None
    if row["sha256"] != sha256:
        raise HubError(409, "bundle_conflict", "a different bundle with this id is already on the hub")
    return PushResult(cursor=int(row["cursor"]), created=False)


async def list_bundles(pool: Any, team: str, after: int, limit: int) -> Listing:
    async with pool.acquire() as conn:
        last = await conn.fetchval("SELECT last_cursor FROM teams WHERE id = $1", team)
        if after > int(last):
            raise HubError(
                400, "cursor_from_future", f"the cursor {after} is past the team's last bundle ({last})"
            )
        rows = await conn.fetch(
            "SELECT cursor, bundle_id, device_id, size, sha256 FROM bundles"
            " WHERE team_id = $1 AND cursor > $2 ORDER BY cursor LIMIT $3",
            team,
            after,
            limit + 1,
        )
    more = len(rows) > limit
    rows = rows[:limit]
    bundles = [
        {
            "cursor": int(r["cursor"]),
            "id": r["bundle_id"],
            "device": r["device_id"],
            "size": int(r["size"]),
            "sha256": r["sha256"],
        }
        for r in rows
    ]
    return Listing(bundles=bundles, next=bundles[-1]["cursor"] if bundles else after, more=more)


@dataclass(frozen=True)
class Download:
    size: int
    sha256: str
    first: bytes  # the first slice, read with the metadata on one connection


async def start_download(
    pool: Any, bodies: BodyStore, device: Device, bundle_id: str, status_for: Any, first_length: int
) -> Download:
    """A bundle's size, sha256 and first slice, and the audit row saying who pulled it.

    ``status_for(size)`` answers (start, end, status) for the request's Range, or raises.
    The audit row commits without waiting for the WAL flush (``synchronous_commit off``):
    a PostgreSQL crash may forget the last fraction of a second of pull records, never a
    bundle, and a pull does not pay for a disk flush.
    """
    async with pool.acquire() as conn:
        row = await conn.fetchrow(
            "SELECT size, sha256, cursor FROM bundles WHERE team_id = $1 AND bundle_id = $2",
            device.team,
            bundle_id,
        )
        if row is None:
            raise HubError(404, "no_such_bundle", "no bundle with this id in this team")
        size = int(row["size"])
        start, end, status = status_for(size)
        async with conn.transaction():
            await conn.execute("SET LOCAL synchronous_commit = off")
            await audit(
                conn,
                "pull",
                status,
                team=device.team,
                device=device.device,
                bundle_id=bundle_id,
                cursor=row["cursor"],
            )
        first = await bodies.read(conn, device.team, bundle_id, start, min(first_length, end - start))
    return Download(size=size, sha256=str(row["sha256"]), first=first)


async def acknowledge(pool: Any, device: Device, cursor: int) -> None:
    async with pool.acquire() as conn, conn.transaction():
        last = await conn.fetchval("SELECT last_cursor FROM teams WHERE id = $1", device.team)
        if cursor > int(last):
            raise HubError(
                400, "cursor_from_future", f"the cursor {cursor} is past the team's last bundle ({last})"
            )
        await conn.execute(
            "UPDATE devices SET acked_cursor = greatest(acked_cursor, $3)"
            " WHERE team_id = $1 AND device_id = $2",
            device.team,
            device.device,
            cursor,
        )
        await audit(conn, "ack", 200, team=device.team, device=device.device, cursor=cursor)
