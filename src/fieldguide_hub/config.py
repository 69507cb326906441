"""The hub's settings, from the environment (``FIELDGUIDE_HUB_*``) so that docker compose,
systemd and the tests configure it the same way."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["HubConfig"]

MIB = 1024 * 1024


def _int(env: Mapping[str, str], name: str, default: int, minimum: int = 0) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not {raw!r}") from None
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, not {value}")
    return value


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, not {raw!r}") from None
    if value <= 0:
        raise ValueError(f"{name} must be above zero, not {value}")
    return value


@dataclass(frozen=True)
class HubConfig:
    """Every setting, with the defaults an organisation starts with."""

    database_url: str
    max_bundle_bytes: int = 64 * MIB
    max_json_bytes: int = 64 * 1024
    max_roster_bytes: int = 1 * MIB
    # Per device token: a steady rate and a burst, so a laptop catching up after a week
    # pulls hundreds of bundles at once but one device cannot starve the others.
    device_rate: float = 20.0
    device_burst: int = 400
    # Per client address, for the requests without a token (enrolment, failed tokens).
    anonymous_rate: float = 0.5
    anonymous_burst: int = 20
    code_valid_hours: int = 24
    # A token unused this long stops working (a laptop in a drawer); enrol again.
    token_idle_days: int = 180
    pool_max: int = 10
    # When set, /v1/metrics asks for ``Authorization: Bearer <metrics_token>``.
    metrics_token: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> HubConfig:
        env = os.environ if env is None else env
        url = env.get("FIELDGUIDE_HUB_DATABASE_URL", "").strip()
        if not url:
            raise ValueError("FIELDGUIDE_HUB_DATABASE_URL is not set (postgresql://user:password@host/db)")
        return cls(
            database_url=url,
            max_bundle_bytes=_int(env, "FIELDGUIDE_HUB_MAX_BUNDLE_BYTES", 64 * MIB, 1024),
            device_rate=_float(env, "FIELDGUIDE_HUB_DEVICE_RATE", 20.0),
            device_burst=_int(env, "FIELDGUIDE_HUB_DEVICE_BURST", 400, 1),
            anonymous_rate=_float(env, "FIELDGUIDE_HUB_ANONYMOUS_RATE", 0.5),
            anonymous_burst=_int(env, "FIELDGUIDE_HUB_ANONYMOUS_BURST", 20, 1),
            code_valid_hours=_int(env, "FIELDGUIDE_HUB_CODE_VALID_HOURS", 24, 1),
            token_idle_days=_int(env, "FIELDGUIDE_HUB_TOKEN_IDLE_DAYS", 180, 1),
            pool_max=_int(env, "FIELDGUIDE_HUB_POOL_MAX", 10, 1),
            metrics_token=env.get("FIELDGUIDE_HUB_METRICS_TOKEN") or None,
        )
