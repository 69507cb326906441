"""Back and forward through what was read, like a browser: each place remembers its scroll position."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Place:
    content_id: str
    scroll: int = 0


class History:
    def __init__(self, limit: int = 200) -> None:
        self.limit = limit
        self._places: list[Place] = []
        self._index = -1

    @property
    def current(self) -> Place | None:
        return self._places[self._index] if self._index >= 0 else None

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return 0 <= self._index < len(self._places) - 1

    def visit(self, content_id: str) -> None:
        """A new place; the forward trail is dropped, as in a browser. The current place again is a no-op."""
        if self.current is not None and self.current.content_id == content_id:
            return
        del self._places[self._index + 1 :]
        self._places.append(Place(content_id))
        if len(self._places) > self.limit:
            del self._places[0]
        self._index = len(self._places) - 1

    def remember_scroll(self, scroll: int) -> None:
        if self.current is not None:
            self.current.scroll = scroll

    def back(self) -> Place | None:
        if not self.can_go_back():
            return None
        self._index -= 1
        return self.current

    def forward(self) -> Place | None:
        if not self.can_go_forward():
            return None
        self._index += 1
        return self.current
