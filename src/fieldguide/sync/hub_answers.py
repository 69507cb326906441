"""What a hub answers, read with suspicion: its listings, its refusals and its errors as one line.

Everything a hub sends is checked before it is used (ids that name files here must be
UUIDs, sizes and cursors non-negative integers); anything else is "not what a Field
Guide hub sends". Split from ``hub_http``, which makes the requests.
"""

from __future__ import annotations

import json
import re
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldguide.errors import UserError
from fieldguide.i18n import _

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SHA = re.compile(r"[0-9a-f]{64}")


class HubError(UserError):
    """The hub refused a request; ``status`` and ``code`` are the hub's, ``str()`` one line."""

    def __init__(self, message: str, status: int = 0, code: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class HubUnreachable(HubError):
    """The hub did not answer for the whole of the client's patience."""


@dataclass(frozen=True)
class HubEntry:
    """One bundle as the hub lists it."""

    cursor: int
    bundle_id: str
    device: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Listing:
    entries: list[HubEntry]
    next: int
    more: bool


@dataclass(frozen=True)
class Answer:
    status: int
    headers: Mapping[str, str]
    body: bytes


def range_starts_at(header: str | None, start: int) -> bool:
    match = re.fullmatch(r"\s*bytes\s+(\d+)-\d+/(\d+|\*)\s*", header or "")
    return match is not None and int(match.group(1)) == start


def retry_after(headers: Mapping[str, str]) -> float:
    try:
        return max(0.0, float(headers.get("retry-after", "0")))
    except ValueError:
        return 0.0


def refuse_certificate(error: BaseException, url: str) -> None:
    """A certificate that does not verify is never retried: it will not get better by waiting."""
    if isinstance(error, ssl.SSLCertVerificationError):
        raise HubError(
            _("the hub at %(url)s did not prove who it is (%(reason)s): nothing was sent")
            % {"url": url, "reason": error.verify_message or error.reason or "certificate"},
            0,
            "certificate",
        ) from None


def decode(answer: Answer) -> dict[str, Any]:
    try:
        data = json.loads(answer.body.decode("utf-8")) if answer.body else {}
    except (UnicodeDecodeError, ValueError):
        raise HubError(bad_answer(), 0, "bad_answer") from None
    if not isinstance(data, dict):
        raise HubError(bad_answer(), 0, "bad_answer")
    return data


def bad_answer() -> str:
    return _("the hub's answer is not what a Field Guide hub sends: check the hub's address")


def counted(value: Any, what: str) -> int:
    """A count the hub sent (a cursor, a size): a non-negative integer, or the answer is refused."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise HubError(bad_answer(), 0, "bad_answer")
    return value


def entry(raw: Any) -> HubEntry:
    """A listed bundle, checked: its id and device name files here, so they must be UUIDs."""
    if not isinstance(raw, dict):
        raise HubError(bad_answer(), 0, "bad_answer")
    bundle_id, device, sha = raw.get("id"), raw.get("device"), raw.get("sha256")
    if not (isinstance(bundle_id, str) and _UUID.fullmatch(bundle_id)):
        raise HubError(bad_answer(), 0, "bad_answer")
    if not (isinstance(device, str) and _UUID.fullmatch(device)):
        raise HubError(bad_answer(), 0, "bad_answer")
    if not (isinstance(sha, str) and _SHA.fullmatch(sha)):
        raise HubError(bad_answer(), 0, "bad_answer")
    return HubEntry(
        counted(raw.get("cursor"), "cursor"), bundle_id, device, counted(raw.get("size"), "size"), sha
    )


_MESSAGES = {
    401: lambda: _(
        "the hub no longer accepts this device (its access was revoked or has expired): "
        "ask a teammate for a new enrolment code"
    ),
    403: lambda: _("the hub says this device is not a member of that team"),
    413: lambda: _("the hub refused a bundle as too large for it"),
}


def refusal(answer: Answer) -> HubError:
    """The hub's error as one line: its own message when it gave one, else ours for the status."""
    code, message = "", ""
    try:
        error = json.loads(answer.body.decode("utf-8")).get("error", {})
        code = str(error.get("code", ""))[:80]
        message = " ".join(str(error.get("message", "")).split())[:300]
    except (UnicodeDecodeError, ValueError, AttributeError):
        pass
    if code == "code_used":
        text = _("that enrolment code was already used: ask a teammate for a new one")
    elif code in ("code_expired", "invalid_code", "bad_code"):
        text = _("the hub does not accept that enrolment code: ask a teammate for a new one")
    elif answer.status in _MESSAGES:
        text = _MESSAGES[answer.status]()
    elif message:
        text = _("the hub refused: %s") % message
    else:
        text = _("the hub answered with an error (HTTP %d)") % answer.status
    return HubError(text, answer.status, code)
