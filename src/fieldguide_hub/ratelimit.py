"""Token buckets in the hub's memory: per device token, and per address for anonymous calls.

One hub process holds them (docs/hub.md runs one); a restart forgets them, which only
ever errs on the side of letting a device in.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

__all__ = ["RateLimiter"]


class RateLimiter:
    def __init__(
        self, rate: float, burst: int, *, clock: Callable[[], float] = time.monotonic, max_keys: int = 100_000
    ) -> None:
        self.rate = rate
        self.burst = float(burst)
        self._clock = clock
        self._max_keys = max_keys
        self._buckets: dict[object, tuple[float, float]] = {}

    def take(self, key: object) -> float:
        """0 if the request may go ahead, else the seconds to wait before asking again."""
        now = self._clock()
        tokens, stamp = self._buckets.get(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - stamp) * self.rate)
        if tokens >= 1.0:
            self._store(key, tokens - 1.0, now)
            return 0.0
        self._store(key, tokens, now)
        return (1.0 - tokens) / self.rate

    def retry_after(self, wait: float) -> str:
        return str(max(1, math.ceil(wait)))

    def _store(self, key: object, tokens: float, now: float) -> None:
        if key not in self._buckets and len(self._buckets) >= self._max_keys:
            # Forget the buckets that have refilled anyway: they would answer "go ahead".
            full_after = self.burst / self.rate
            self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < full_after}
        self._buckets[key] = (tokens, now)
