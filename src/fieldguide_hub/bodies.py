"""Where bundle bodies live: PostgreSQL by default, behind an interface an object store fits.

The push transaction calls ``put`` before it assigns the cursor and commits; a reader calls
``read`` in slices, so a 64 MiB bundle never sits whole in the hub's memory on the way out.
An S3-compatible adapter (docs/hub.md, "Object storage") writes the object before the row
commits — an object without a row is an orphan a sweep removes, never a bundle a reader
sees without its bytes.
"""

from __future__ import annotations

from typing import Any, Protocol

__all__ = ["BodyStore", "PostgresBodies"]


class BodyStore(Protocol):
    async def put(self, conn: Any, team: str, bundle_id: str, data: bytes) -> None:
        """Store the bytes inside the caller's transaction (``conn``)."""
        ...

    async def read(self, conn: Any, team: str, bundle_id: str, offset: int, length: int) -> bytes:
        """Up to ``length`` bytes from ``offset``."""
        ...


class PostgresBodies:
    """Bodies in ``bundle_bodies.body`` (bytea, stored uncompressed: ciphertext never shrinks)."""

    async def put(self, conn: Any, team: str, bundle_id: str, data: bytes) -> None:
        await conn.execute(
            "INSERT INTO bundle_bodies (team_id, bundle_id, body) VALUES ($1, $2, $3)",
            team,
            bundle_id,
            data,
        )

    async def read(self, conn: Any, team: str, bundle_id: str, offset: int, length: int) -> bytes:
        # substring() counts from 1; on an EXTERNAL (uncompressed) column PostgreSQL reads
        # only the TOAST chunks the slice covers.
        value = await conn.fetchval(
            "SELECT substring(body FROM $3 FOR $4) FROM bundle_bodies WHERE team_id = $1 AND bundle_id = $2",
            team,
            bundle_id,
            offset + 1,
            length,
        )
        return bytes(value) if value is not None else b""
