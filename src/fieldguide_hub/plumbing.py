"""Request plumbing shared by the endpoints: JSON errors, limits, tokens, rate limits."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from fieldguide_hub.errors import HubError, StorageUnavailable
from fieldguide_hub.ratelimit import RateLimiter
from fieldguide_hub.state import HubState
from fieldguide_hub.store import Device, audit, authenticate

__all__ = [
    "UNAVAILABLE",
    "endpoint",
    "error_response",
    "json_body",
    "read_limited",
    "require_device",
    "valid_id",
]

log = logging.getLogger("fieldguide_hub")

# What PostgreSQL going away looks like from asyncpg: nothing was committed that the
# client was told about, so the answer is "503, retry".
UNAVAILABLE: tuple[type[BaseException], ...] = (
    asyncpg.PostgresConnectionError,
    asyncpg.exceptions.OperatorInterventionError,
    asyncpg.exceptions.TooManyConnectionsError,
    asyncpg.InterfaceError,
    OSError,
    TimeoutError,
)

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def valid_id(value: object, what: str, *, uuid: bool = False) -> str:
    if not isinstance(value, str) or not (_UUID if uuid else _ID).match(value):
        raise HubError(400, f"bad_{what}", f"the {what.replace('_', ' ')} is not a valid id")
    return value


def error_response(error: HubError) -> JSONResponse:
    return JSONResponse(
        {"error": {"code": error.code, "message": error.message}},
        status_code=error.status,
        headers=error.headers,
    )


Handler = Callable[[Request], Awaitable[Response]]


def endpoint(route: str) -> Callable[[Handler], Handler]:
    """Wraps a handler: refusals become JSON errors, storage outages 503, metrics counted."""

    def wrap(handler: Handler) -> Handler:
        async def run(request: Request) -> Response:
            state: HubState = request.app.state.hub
            try:
                response = await handler(request)
            except HubError as error:
                response = error_response(error)
                state.metrics.errors[error.code] += 1
                await _audit_refusal(request, state, error)
            except UNAVAILABLE as error:
                log.warning("storage unavailable during %s %s: %s", request.method, route, error)
                response = error_response(StorageUnavailable())
                state.metrics.errors["storage_unavailable"] += 1
            except Exception:
                log.exception("unexpected error during %s %s", request.method, route)
                response = error_response(
                    HubError(500, "internal_error", "the hub failed; it has logged why")
                )
                state.metrics.errors["internal_error"] += 1
            state.metrics.request(request.method, route, response.status_code)
            return response

        return run

    return wrap


async def _audit_refusal(request: Request, state: HubState, error: HubError) -> None:
    """Refused requests that touch a team are audited too (who tried what), best effort."""
    if error.status in (429, 503) or error.code in ("invalid_token", "missing_token"):
        return  # floods and outages would only fill the log
    device: Device | None = getattr(request.state, "device", None)
    team = request.path_params.get("team") or (device.team if device else None)
    try:
        async with state.pool.acquire() as conn:
            await audit(
                conn,
                f"refused:{error.code}",
                error.status,
                team=team if isinstance(team, str) and _ID.match(team) else None,
                device=device.device if device else None,
                bundle_id=request.path_params.get("bundle_id"),
                remote=request.client.host if request.client else None,
            )
    except UNAVAILABLE:
        pass


async def read_limited(request: Request, limit: int, what: str) -> bytes:
    too_large = HubError(413, "too_large", f"the {what} is larger than this hub accepts ({limit} bytes)")
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > limit:
                raise too_large
        except ValueError:
            raise HubError(400, "bad_request", "the Content-Length header is not a number") from None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise too_large
    return bytes(body)


async def json_body(request: Request, limit: int) -> dict[str, Any]:
    raw = await read_limited(request, limit, "request")
    try:
        value = json.loads(raw.decode("utf-8")) if raw.strip() else {}
    except (UnicodeDecodeError, ValueError):
        raise HubError(400, "malformed_json", "the request body is not JSON") from None
    if not isinstance(value, dict):
        raise HubError(400, "malformed_json", "the request body must be a JSON object")
    return value


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _limit(limiter: RateLimiter, key: object, message: str) -> None:
    wait = limiter.take(key)
    if wait:
        raise HubError(429, "rate_limited", message, headers={"Retry-After": limiter.retry_after(wait)})


def limit_anonymous(request: Request, state: HubState) -> None:
    _limit(state.anonymous_limits, _client(request), "too many requests from this address; wait and retry")


async def require_device(request: Request, state: HubState) -> Device:
    """The device behind the bearer token, rate limited, and a member of the path's team."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HubError(401, "missing_token", "this request needs 'Authorization: Bearer <token>'")
    try:
        device = await authenticate(state.pool, token.strip(), state.config.token_idle_days)
    except HubError as error:
        if error.status == 401:
            limit_anonymous(request, state)  # guessing tokens costs the guesser time
        raise
    request.state.device = device
    _limit(
        state.device_limits,
        (device.team, device.device),
        "this device is sending requests too fast; wait and retry",
    )
    team = request.path_params.get("team")
    if team is not None and team != device.team:
        raise HubError(403, "wrong_team", "this token belongs to another team")
    return device
