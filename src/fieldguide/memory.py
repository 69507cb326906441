"""Key material in memory: overwritten as soon as it has served.

Below every package (the database engine, protection, backups and both faces use it),
so that none of them reaches into another's module for four lines.
"""

from __future__ import annotations


def wipe(buffer: bytearray | None) -> None:
    """Overwrite a key with zeros (a bytes object cannot be, which is why keys are bytearrays)."""
    if buffer is not None:
        buffer[:] = bytes(len(buffer))
