"""The hub's errors: each one a status code, a machine code and one line for people."""

from __future__ import annotations

__all__ = ["HubError", "StorageUnavailable"]


class HubError(Exception):
    """A request the hub refuses; rendered as ``{"error": {"code", "message"}}``."""

    def __init__(
        self, status: int, code: str, message: str, *, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


class StorageUnavailable(HubError):
    """PostgreSQL (or the object store) did not answer: nothing was changed, retry later."""

    def __init__(self, message: str = "storage is unavailable; retry shortly") -> None:
        super().__init__(503, "storage_unavailable", message, headers={"Retry-After": "2"})
