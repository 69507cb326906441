"""Counters for ``/v1/metrics`` in Prometheus' text format (no client library needed)."""

from __future__ import annotations

import os
from collections import Counter

__all__ = ["Metrics", "resident_bytes"]


def resident_bytes() -> int:
    """This process's resident memory (Linux /proc), 0 where it cannot be read."""
    try:
        with open("/proc/self/statm", encoding="ascii") as file:
            pages = int(file.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


class Metrics:
    def __init__(self) -> None:
        self.requests: Counter[tuple[str, str, int]] = Counter()
        self.errors: Counter[str] = Counter()
        self.bundles_pushed = 0
        self.bundles_replayed = 0
        self.bytes_pushed = 0
        self.bytes_pulled = 0

    def request(self, method: str, route: str, status: int) -> None:
        self.requests[(method, route, status)] += 1

    def render(self) -> str:
        lines = [
            "# HELP fieldguide_hub_requests_total HTTP requests answered, by route and status.",
            "# TYPE fieldguide_hub_requests_total counter",
        ]
        for (method, route, status), count in sorted(self.requests.items()):
            labels = f'method="{method}",route="{route}",status="{status}"'
            lines.append(f"fieldguide_hub_requests_total{{{labels}}} {count}")
        lines += [
            "# HELP fieldguide_hub_errors_total Refused requests, by error code.",
            "# TYPE fieldguide_hub_errors_total counter",
        ]
        for code, count in sorted(self.errors.items()):
            lines.append(f'fieldguide_hub_errors_total{{code="{code}"}} {count}')
        for name, help_text, value in (
            ("bundles_pushed_total", "Bundles stored.", self.bundles_pushed),
            (
                "bundles_replayed_total",
                "Pushes of a bundle already stored (answered, not stored).",
                self.bundles_replayed,
            ),
            ("bytes_pushed_total", "Bundle bytes stored.", self.bytes_pushed),
            ("bytes_pulled_total", "Bundle bytes sent.", self.bytes_pulled),
        ):
            lines += [
                f"# HELP fieldguide_hub_{name} {help_text}",
                f"# TYPE fieldguide_hub_{name} counter",
                f"fieldguide_hub_{name} {value}",
            ]
        lines += [
            "# HELP fieldguide_hub_resident_memory_bytes The hub process's resident memory.",
            "# TYPE fieldguide_hub_resident_memory_bytes gauge",
            f"fieldguide_hub_resident_memory_bytes {resident_bytes()}",
        ]
        return "\n".join(lines) + "\n"
