"""Wrong passphrases: after a few, each further try must wait longer.

The count lives in profile.json, so quitting and restarting the program, or
scripting the command line, does not reset it. This slows down someone guessing
at the keyboard of a locked laptop; against a copy of the files the defence is
the cost of Argon2id (docs/security.md says so plainly).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

from fieldguide.errors import UserError
from fieldguide.i18n import _
from fieldguide.security.descriptor import load_descriptor, save_descriptor

Schedule = Callable[[int], float]

FREE_ATTEMPTS = 3
MAX_DELAY = 300.0


def default_schedule(failures: int) -> float:
    """Seconds to wait before the next try: none for the first three, then 2, 4, 8 … up to 5 minutes."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (failures - FREE_ATTEMPTS + 1))


class TryAgainLater(UserError):
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(
            _("too many wrong passphrases: try again in %d seconds") % max(1, math.ceil(seconds))
        )


class AttemptTracker:
    def __init__(
        self,
        root: Path,
        *,
        schedule: Schedule = default_schedule,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.root = root
        self.schedule = schedule
        self.clock = clock

    def failures(self) -> int:
        return load_descriptor(self.root).failed_attempts

    def wait_needed(self) -> float:
        """Seconds before the next try is allowed (0 when it is allowed now)."""
        descriptor = load_descriptor(self.root)
        if descriptor.failed_attempts == 0:
            return 0.0
        elapsed = self.clock() - descriptor.last_failure
        # A clock set back must not lock the user out for longer than the schedule says.
        elapsed = max(0.0, elapsed)
        return max(0.0, self.schedule(descriptor.failed_attempts) - elapsed)

    def check(self) -> None:
        wait = self.wait_needed()
        if wait > 0:
            raise TryAgainLater(wait)

    def record_failure(self) -> None:
        descriptor = load_descriptor(self.root)
        save_descriptor(
            self.root,
            descriptor.with_(failed_attempts=descriptor.failed_attempts + 1, last_failure=self.clock()),
        )

    def record_success(self) -> None:
        descriptor = load_descriptor(self.root)
        if descriptor.failed_attempts:
            save_descriptor(self.root, descriptor.with_(failed_attempts=0, last_failure=0.0))
