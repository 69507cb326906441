"""The hub's HTTP API v1 (docs/hub-api.md) as a Starlette application."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from fieldguide_hub import store
from fieldguide_hub.config import HubConfig
from fieldguide_hub.credentials import normalise_code
from fieldguide_hub.errors import HubError
from fieldguide_hub.plumbing import (
    UNAVAILABLE,
    endpoint,
    error_response,
    json_body,
    limit_anonymous,
    read_limited,
    require_device,
    valid_id,
)
from fieldguide_hub.roster import signing_key_text
from fieldguide_hub.state import HubState

__all__ = ["create_app"]

SHA_HEADER = "X-Fieldguide-Sha256"
MAGIC = b"FGSYNC"  # every sync bundle starts so (fieldguide.sync.bundle); nothing else is read
MAX_LIMIT = 500
CHUNK = 1024 * 1024
_SHA = re.compile(r"^[0-9a-f]{64}$")
_RANGE = re.compile(r"^bytes=(\d+)-(\d*)$")


def _hub(request: Request) -> HubState:
    state: HubState = request.app.state.hub
    return state


def _int_param(request: Request, name: str, default: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    if not re.fullmatch(r"\d{1,18}", raw):
        raise HubError(400, f"bad_{name}", f"'{name}' must be a whole number of zero or more")
    return int(raw)


@endpoint("health")
async def health(request: Request) -> Response:
    state = _hub(request)
    try:
        async with state.pool.acquire(timeout=3) as conn:
            await conn.fetchval("SELECT 1", timeout=3)
    except UNAVAILABLE:
        return JSONResponse(
            {
                "status": "unavailable",
                "db": "unavailable",
                "error": {"code": "storage_unavailable", "message": "PostgreSQL does not answer"},
            },
            status_code=503,
            headers={"Retry-After": "2"},
        )
    return JSONResponse({"status": "ok", "db": "ok"})


@endpoint("metrics")
async def metrics(request: Request) -> Response:
    state = _hub(request)
    expected = state.config.metrics_token
    if expected is not None:
        given = request.headers.get("authorization", "").partition(" ")[2].strip()
        if not hmac.compare_digest(given.encode(), expected.encode()):
            raise HubError(401, "invalid_token", "the metrics need the administrator's metrics token")
    return PlainTextResponse(state.metrics.render(), media_type="text/plain; version=0.0.4")


@endpoint("enrol_codes")
async def enrol_codes(request: Request) -> Response:
    state = _hub(request)
    device = await require_device(request, state)
    await json_body(request, state.config.max_json_bytes)
    code, expires = await store.issue_code(
        state.pool, device.team, device.device, state.config.code_valid_hours
    )
    return JSONResponse({"code": code, "expires": _iso(expires)}, status_code=201)


@endpoint("enrol")
async def enrol(request: Request) -> Response:
    state = _hub(request)
    limit_anonymous(request, state)  # the code is the credential: guessing it must be slow
    body = await json_body(request, state.config.max_json_bytes + state.config.max_roster_bytes * 2)
    team = valid_id(body.get("team"), "team")
    device = valid_id(body.get("device"), "device")
    raw_code = body.get("code")
    code = normalise_code(raw_code) if isinstance(raw_code, str) else None
    if code is None:
        raise HubError(400, "bad_code", "the enrolment code should look like XXXX-XXXX-XXXX")
    raw_key = body.get("signing_key")
    signing_key = signing_key_text(raw_key) if isinstance(raw_key, str) else None
    if signing_key is None:
        raise HubError(400, "bad_signing_key", "the signing key must be a base64 Ed25519 public key")
    roster_text = body.get("roster")
    roster = None
    if roster_text is not None:
        roster = _b64(roster_text) if isinstance(roster_text, str) else None
        if roster is None:
            raise HubError(400, "bad_roster", "the roster must be base64 text")
        if len(roster) > state.config.max_roster_bytes:
            raise HubError(413, "too_large", "the roster is larger than this hub accepts")
    token = await store.enrol(
        state.pool,
        team=team,
        code=code,
        device=device,
        signing_key=signing_key,
        roster_document=roster,
        verifier=state.verifier,
        remote=request.client.host if request.client else None,
    )
    return JSONResponse({"token": token, "team": team, "device": device}, status_code=201)


def _b64(text: str) -> bytes | None:
    try:
        return base64.b64decode(text, validate=True)
    except (ValueError, binascii.Error):
        return None


@endpoint("roster")
async def put_roster(request: Request) -> Response:
    state = _hub(request)
    device = await require_device(request, state)
    document = await read_limited(request, state.config.max_roster_bytes, "roster")
    members = await store.replace_roster(state.pool, device, document, state.verifier)
    return JSONResponse({"members": members})


@endpoint("push")
async def push(request: Request) -> Response:
    state = _hub(request)
    device = await require_device(request, state)
    bundle_id = valid_id(request.path_params["bundle_id"], "bundle_id", uuid=True)
    declared = request.headers.get(SHA_HEADER, "").strip().lower()
    if not _SHA.match(declared):
        raise HubError(400, "bad_sha256", f"the {SHA_HEADER} header must be the body's SHA-256 in hex")
    data = await read_limited(request, state.config.max_bundle_bytes, "bundle")
    if not data.startswith(MAGIC):
        raise HubError(400, "malformed_bundle", "the body is not a Field Guide sync bundle")
    if hashlib.sha256(data).hexdigest() != declared:
        raise HubError(400, "sha256_mismatch", "the body does not match its SHA-256 (damaged on the way?)")
    result = await store.push_bundle(state.pool, state.bodies, device, bundle_id, data, declared)
    if result.created:
        state.metrics.bundles_pushed += 1
        state.metrics.bytes_pushed += len(data)
    else:
        state.metrics.bundles_replayed += 1
    return JSONResponse({"cursor": result.cursor}, status_code=201 if result.created else 200)


@endpoint("list")
async def list_bundles(request: Request) -> Response:
    state = _hub(request)
    device = await require_device(request, state)
    after = _int_param(request, "after", 0)
    limit = _int_param(request, "limit", MAX_LIMIT)
    if not 1 <= limit <= MAX_LIMIT:
        raise HubError(400, "bad_limit", f"'limit' must be between 1 and {MAX_LIMIT}")
    listing = await store.list_bundles(state.pool, device.team, after, limit)
    return JSONResponse({"bundles": listing.bundles, "next": listing.next, "more": listing.more})


def _range(header: str | None, size: int) -> tuple[int, int, int]:
    """(start, end exclusive, status) for a Range header (None: the whole bundle)."""
    if header is None:
        return 0, size, 200
    match = _RANGE.match(header.strip())
    if match is None:
        raise HubError(400, "bad_range", "only 'Range: bytes=N-' or 'bytes=N-M' is understood")
    start = int(match.group(1))
    end = min(size, int(match.group(2)) + 1) if match.group(2) else size
    if start >= size or start >= end:
        raise HubError(
            416,
            "range_not_satisfiable",
            f"the bundle has {size} bytes",
            headers={"Content-Range": f"bytes */{size}"},
        )
    return start, end, 206


@endpoint("pull")
async def pull(request: Request) -> Response:
    state = _hub(request)
    device = await require_device(request, state)
    bundle_id = valid_id(request.path_params["bundle_id"], "bundle_id", uuid=True)
    wanted = request.headers.get("range")
    download = await store.start_download(
        state.pool, state.bodies, device, bundle_id, lambda size: _range(wanted, size), CHUNK
    )
    start, end, status = _range(wanted, download.size)
    headers = {SHA_HEADER: download.sha256, "Accept-Ranges": "bytes", "Content-Length": str(end - start)}
    if status == 206:
        headers["Content-Range"] = f"bytes {start}-{end - 1}/{download.size}"
    state.metrics.bytes_pulled += end - start
    if start + len(download.first) >= end:
        return Response(
            download.first, status_code=status, headers=headers, media_type="application/octet-stream"
        )

    async def body() -> AsyncIterator[bytes]:
        yield download.first
        offset = start + len(download.first)
        while offset < end:
            piece = await _slice(state, device.team, bundle_id, offset, min(CHUNK, end - offset))
            if not piece:
                return
            yield piece
            offset += len(piece)

    return StreamingResponse(
        body(), status_code=status, headers=headers, media_type="application/octet-stream"
    )


async def _slice(state: HubState, team: str, bundle_id: str, offset: int, length: int) -> bytes:
    async with state.pool.acquire() as conn:
        return await state.bodies.read(conn, team, bundle_id, offset, length)


@endpoint("ack")
async def ack(request: Request) -> Response:
    state = _hub(request)
    device = await require_device(request, state)
    body = await json_body(request, state.config.max_json_bytes)
    cursor = body.get("cursor")
    if type(cursor) is not int or cursor < 0:
        raise HubError(400, "bad_cursor", "'cursor' must be a whole number of zero or more")
    await store.acknowledge(state.pool, device, cursor)
    return JSONResponse({})


def _iso(moment: Any) -> str:
    return str(moment.isoformat().replace("+00:00", "Z"))


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    code = {404: "not_found", 405: "method_not_allowed"}.get(status, "bad_request")
    message = {404: "no such endpoint", 405: "this endpoint does not take that method"}.get(
        status, "the request could not be understood"
    )
    return error_response(HubError(status, code, message))


def create_app(config: HubConfig, state: HubState | None = None) -> Starlette:
    hub = state or HubState(config=config)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # min_size 0: the hub starts (and answers 503) while PostgreSQL is still coming up.
        hub.pool = await asyncpg.create_pool(
            config.database_url,
            min_size=0,
            max_size=config.pool_max,
            command_timeout=60,
            max_inactive_connection_lifetime=300,
            server_settings={"application_name": "fieldguide-hub", "timezone": "UTC"},
        )
        try:
            yield
        finally:
            await hub.pool.close()

    routes = [
        Route("/v1/health", health, methods=["GET"]),
        Route("/v1/metrics", metrics, methods=["GET"]),
        Route("/v1/enrol", enrol, methods=["POST"]),
        Route("/v1/teams/{team}/enrol-codes", enrol_codes, methods=["POST"]),
        Route("/v1/teams/{team}/roster", put_roster, methods=["PUT"]),
        Route("/v1/teams/{team}/bundles", list_bundles, methods=["GET"]),
        Route("/v1/teams/{team}/bundles/{bundle_id}", push, methods=["PUT"]),
        Route("/v1/teams/{team}/bundles/{bundle_id}", pull, methods=["GET"]),
        Route("/v1/teams/{team}/ack", ack, methods=["POST"]),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={HTTPException: _http_error})
    app.state.hub = hub
    return app
