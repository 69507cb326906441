"""Preferences of this installation (window layout, zoom, last section read), as JSON in the data directory.

Not QSettings: the registry or ~/.config would put traces outside the data
directory, and a portable install must carry its preferences with it.

Two processes may share a profile (the GUI and a command run beside it), so
`save()` writes only the keys this instance changed on top of what the file
holds now, instead of overwriting another process's changes with a stale copy.
A damaged or hand-broken file never stops the app: it reads as empty, and the
next save replaces it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeVar

from fieldguide.atomic import atomic_write

T = TypeVar("T")

JSON = str | int | float | bool | None | list[Any] | dict[str, Any]


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class Settings:
    """Key/value preferences; keys are dotted names such as `reader.zoom`."""

    def __init__(self, path: Path, values: dict[str, Any] | None = None) -> None:
        self.path = path
        self._values: dict[str, Any] = dict(values or {})
        self._changed: dict[str, Any] = {}

    @classmethod
    def load(cls, path: Path) -> Settings:
        return cls(path, _read(path))

    def get(self, key: str, default: T) -> T:
        """The stored value, or `default` when it is missing or not of the default's type.

        A value of the wrong type can only come from an edited or older file; the
        default is always safer than passing it on.
        """
        value = self._values.get(key, default)
        if default is None or value is None:
            return value  # type: ignore[no-any-return]
        if isinstance(default, bool) != isinstance(value, bool):
            return default
        if isinstance(default, float) and isinstance(value, int):
            return float(value)  # type: ignore[return-value]
        return value if isinstance(value, type(default)) else default

    def set(self, key: str, value: JSON) -> None:
        if self._values.get(key) == value and key in self._values:
            return
        self._values[key] = value
        self._changed[key] = value

    def remove(self, key: str) -> None:
        self._values.pop(key, None)
        self._changed[key] = _REMOVED

    @property
    def dirty(self) -> bool:
        return bool(self._changed)

    def save(self) -> None:
        """Write the changed keys over the file's current content, atomically."""
        if not self._changed:
            return
        current = _read(self.path)
        for key, value in self._changed.items():
            if value is _REMOVED:
                current.pop(key, None)
            else:
                current[key] = value
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(self.path) as tmp:
            tmp.write_text(json.dumps(current, indent=2, sort_keys=True, ensure_ascii=False) + "\n", "utf-8")
        self._values = current
        self._changed.clear()


class _Removed:
    def __repr__(self) -> str:
        return "<removed>"


_REMOVED: Any = _Removed()
