"""What the hub's administrator does on the server itself (``fieldguide-hub team ...``).

These talk to PostgreSQL directly, so they need the database URL and not a device token:
whoever runs them is the organisation's IT, on the hub's machine.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import asyncpg

from fieldguide_hub import store
from fieldguide_hub.config import HubConfig
from fieldguide_hub.errors import HubError

__all__ = ["create_team", "devices", "issue_code", "recent_audit", "revoke_device"]


async def _pool(config: HubConfig) -> Any:
    return await asyncpg.create_pool(config.database_url, min_size=0, max_size=2)


async def create_team(config: HubConfig, team: str) -> tuple[str, datetime]:
    pool = await _pool(config)
    try:
        return await store.create_team(pool, team, config.code_valid_hours)
    finally:
        await pool.close()


async def issue_code(config: HubConfig, team: str) -> tuple[str, datetime]:
    pool = await _pool(config)
    try:
        return await store.issue_code(pool, team, None, config.code_valid_hours)
    finally:
        await pool.close()


async def _rows(config: HubConfig, query: str, *args: object) -> list[dict[str, Any]]:
    conn = await asyncpg.connect(config.database_url)
    try:
        return [dict(row) for row in await conn.fetch(query, *args)]
    finally:
        await conn.close()


async def devices(config: HubConfig, team: str) -> list[dict[str, Any]]:
    return await _rows(
        config,
        "SELECT device_id, enrolled_at, last_seen_at, revoked_at, acked_cursor FROM devices"
        " WHERE team_id = $1 ORDER BY enrolled_at",
        team,
    )


async def revoke_device(config: HubConfig, team: str, device: str) -> None:
    conn = await asyncpg.connect(config.database_url)
    try:
        async with conn.transaction():
            done = await conn.fetchval(
                "UPDATE devices SET revoked_at = now(), revoked_reason = 'revoked by the administrator'"
                " WHERE team_id = $1 AND device_id = $2 AND revoked_at IS NULL RETURNING device_id",
                team,
                device,
            )
            if done is None:
                raise HubError(404, "no_such_device", f"no enrolled device {device} in team {team}")
            await store.audit(
                conn, "revoke", 200, team=team, device=device, detail="by the hub's administrator"
            )
    finally:
        await conn.close()


async def recent_audit(config: HubConfig, team: str, limit: int) -> list[dict[str, Any]]:
    rows = await _rows(
        config,
        "SELECT at, device_id, action, bundle_id, cursor, status, detail, remote FROM audit_log"
        " WHERE team_id = $1 ORDER BY id DESC LIMIT $2",
        team,
        limit,
    )
    return rows[::-1]
