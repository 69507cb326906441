"""What the running hub holds between requests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fieldguide_hub.bodies import BodyStore, PostgresBodies
from fieldguide_hub.config import HubConfig
from fieldguide_hub.metrics import Metrics
from fieldguide_hub.ratelimit import RateLimiter
from fieldguide_hub.roster import RosterVerifier, default_verifier

__all__ = ["HubState"]


@dataclass
class HubState:
    config: HubConfig
    pool: Any = None  # asyncpg.Pool, made at startup
    bodies: BodyStore = field(default_factory=PostgresBodies)
    verifier: RosterVerifier = field(default_factory=default_verifier)
    metrics: Metrics = field(default_factory=Metrics)
    device_limits: RateLimiter = field(init=False)
    anonymous_limits: RateLimiter = field(init=False)

    def __post_init__(self) -> None:
        self.device_limits = RateLimiter(self.config.device_rate, self.config.device_burst)
        self.anonymous_limits = RateLimiter(self.config.anonymous_rate, self.config.anonymous_burst)
