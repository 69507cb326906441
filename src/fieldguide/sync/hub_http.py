"""Talking to an organisation's hub (``docs/hub-api.md``): stdlib HTTP, patient with a bad link.

A field office's link drops for minutes, answers slowly, or comes and goes. So every
request here:

- verifies TLS as the system does (plain ``http://`` only to this computer, where a
  test or a local proxy runs, never across a network: the token would travel in clear);
- is retried after a network error, a 429 or a 503 (and 502/504 from a reverse proxy),
  waiting 1 s, 2 s, 4 s ... up to 60 s, or what ``Retry-After`` asks;
- gives up with ``HubUnreachable`` once the hub has not answered for ``patience``
  seconds, so a sync run ends with one line and the next one starts where it stopped.

A download goes to a temporary file beside its destination and resumes with ``Range``
after a drop; it is accepted only when its sha256 is the one the hub listed.

No credentials are logged or put in any message: the token only ever leaves in the
``Authorization`` header.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import ssl
import threading
import time
import urllib.parse
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from fieldguide.i18n import _, n_
from fieldguide.sync.hub_answers import (
    Answer,
    HubEntry,
    HubError,
    HubUnreachable,
    Listing,
    bad_answer,
    counted,
    decode,
    entry,
    range_starts_at,
    refusal,
    refuse_certificate,
    retry_after,
)

__all__ = [
    "HubClient",
    "HubEntry",
    "HubError",
    "HubUnreachable",
    "Listing",
    "normalise_url",
]

API = "/v1"
#: Longest wait between two tries, whatever the hub asks.
MAX_BACKOFF_S = 60.0
#: How long one socket operation may hang before the link counts as dropped.
SOCKET_TIMEOUT_S = 30.0
#: Largest bundle accepted from a hub (the folder transport's limit too).
MAX_DOWNLOAD_BYTES = 256 * 1024 * 1024
_CHUNK = 64 * 1024
_RETRY_STATUS = {429, 502, 503, 504}
_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


def normalise_url(text: str) -> str:
    """A hub's address as the profile keeps it: scheme and host lower case, no trailing slash.

    ``HubError`` for anything but an https URL (or http to this computer).
    """
    raw = text.strip()
    parts = urllib.parse.urlsplit(raw)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in ("https", "http") or not host or parts.query or parts.fragment:
        raise HubError(_("%s is not a hub address: give it as https://hub.example.org") % raw[:200])
    if parts.username or parts.password:
        raise HubError(_("a hub address carries no user name or password: give it as https://host"))
    if scheme == "http" and host not in _LOCAL_HOSTS:
        raise HubError(_("%s is not encrypted (http): the hub must be reached through https") % raw[:200])
    try:
        port = parts.port
    except ValueError:
        raise HubError(_("%s is not a hub address: the port is not a number") % raw[:200]) from None
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    path = parts.path.rstrip("/")
    return f"{scheme}://{netloc}{path}"


Sleep = Callable[[float], None]


class HubClient:
    """Requests to one hub, as one device (``token``) once enrolled.

    ``cancel``, when set, ends any wait at once (the window is closing): the request
    under way fails with ``HubUnreachable``.
    """

    def __init__(
        self,
        url: str,
        token: str | None = None,
        *,
        patience: float = 180.0,
        cancel: threading.Event | None = None,
        clock: Callable[[], float] = time.monotonic,
        context: ssl.SSLContext | None = None,
        backoff: float = 1.0,
    ) -> None:
        self.url = normalise_url(url)
        parts = urllib.parse.urlsplit(self.url)
        self._https = parts.scheme == "https"
        self._host = parts.hostname or ""
        self._port = parts.port
        self._base = parts.path
        self._token = token
        self.patience = patience
        self.cancel = cancel or threading.Event()
        self._clock = clock
        self._context = context
        self._last_answer = clock()
        self.retries = 0  # how many tries failed and were repeated (for the summary)
        self._first_delay = backoff

    # --- the API ------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        return self._json("GET", "/health", auth=False)

    def enrol(self, team: str, code: str, device: str, signing_key: str, roster: str | None) -> str:
        """The token the hub issues for this device, given a one-time enrolment code."""
        body: dict[str, Any] = {"team": team, "code": code, "device": device, "signing_key": signing_key}
        if roster is not None:
            body["roster"] = roster
        try:
            answer = self._json("POST", "/enrol", body=body, auth=False, ok=(200, 201))
        except HubUnreachable:
            raise
        except HubError as error:
            if error.status in (401, 404) and error.code != "code_used":
                raise HubError(
                    _("the hub does not accept that enrolment code: ask a teammate for a new one"),
                    error.status,
                    error.code,
                ) from None
            raise
        token = answer.get("token")
        if not isinstance(token, str) or not token:
            raise HubError(bad_answer(), 0, "bad_answer")
        return token

    def enrol_code(self, team: str) -> tuple[str, str]:
        """A one-time code for another device to join through this hub, and when it expires."""
        answer = self._json("POST", f"/teams/{_q(team)}/enrol-codes", body={}, ok=(200, 201))
        return str(answer.get("code", "")), str(answer.get("expires", ""))

    def put_roster(self, team: str, roster: bytes) -> None:
        self._request(
            "PUT", f"/teams/{_q(team)}/roster", roster, {"Content-Type": "application/octet-stream"}
        )

    def push(self, team: str, bundle_id: str, data: bytes) -> int:
        """Upload one bundle; the same id and bytes again is a harmless replay. Its cursor."""
        digest = hashlib.sha256(data).hexdigest()
        headers = {"Content-Type": "application/octet-stream", "X-Fieldguide-Sha256": digest}
        answer = self._request(
            "PUT", f"/teams/{_q(team)}/bundles/{_q(bundle_id)}", data, headers, ok=(200, 201)
        )
        return counted(decode(answer).get("cursor"), "cursor")

    def list(self, team: str, after: int, limit: int = 500) -> Listing:
        answer = self._json("GET", f"/teams/{_q(team)}/bundles?after={int(after)}&limit={int(limit)}")
        raw = answer.get("bundles")
        if not isinstance(raw, list):
            raise HubError(bad_answer(), 0, "bad_answer")
        entries = [entry(item) for item in raw]
        return Listing(entries, counted(answer.get("next", after), "next"), bool(answer.get("more", False)))

    def ack(self, team: str, cursor: int) -> None:
        self._json("POST", f"/teams/{_q(team)}/ack", body={"cursor": int(cursor)})

    def download(
        self, team: str, entry: HubEntry, partial: Path, progress: Callable[[int, int], None] | None = None
    ) -> bytes:
        """The bundle's bytes, checked against the listed sha256.

        Bytes arrive in ``partial``, which survives a drop (and the end of the run): the
        next try, in this run or the next, asks only for the rest.
        """
        if entry.size > MAX_DOWNLOAD_BYTES:
            raise HubError(_("a bundle on the hub is larger than a bundle can be: not downloaded"))
        path = f"{self._base}{API}/teams/{_q(team)}/bundles/{_q(entry.bundle_id)}"
        restarted = False
        while True:
            have = partial.stat().st_size if partial.exists() else 0
            if have > entry.size:
                partial.unlink()
                have = 0
            if have < entry.size or entry.size == 0:
                self._fetch_into(path, partial, have, entry.size, progress)
            data = partial.read_bytes()
            if hashlib.sha256(data).hexdigest() == entry.sha256 and len(data) == entry.size:
                return data
            partial.unlink()
            if restarted:
                raise HubError(
                    _("a bundle from the hub did not match its checksum twice: not applied"), 0, "checksum"
                )
            restarted = True  # a resumed file that went wrong: once more from the start

    # --- machinery ----------------------------------------------------------------

    def _json(
        self,
        method: str,
        path: str,
        *,
        body: dict[str, Any] | None = None,
        auth: bool = True,
        ok: tuple[int, ...] = (200,),
    ) -> dict[str, Any]:
        data = json.dumps(body).encode("utf-8") if body is not None else None
        headers = {"Content-Type": "application/json"} if data is not None else {}
        return decode(self._request(method, path, data, headers, auth=auth, ok=ok))

    def _connection(self) -> http.client.HTTPConnection:
        if self._https:
            context = self._context or ssl.create_default_context()
            return http.client.HTTPSConnection(
                self._host, self._port, timeout=SOCKET_TIMEOUT_S, context=context
            )
        return http.client.HTTPConnection(self._host, self._port, timeout=SOCKET_TIMEOUT_S)

    def _headers(self, extra: Mapping[str, str], auth: bool) -> dict[str, str]:
        headers = {"Accept": "application/json", "User-Agent": "fieldguide", **extra}
        if auth:
            if not self._token:
                raise HubError(_("this device is not enrolled with the hub yet"), 401, "no_token")
            headers["Authorization"] = f"Bearer {self._token}"
        return headers

    def _request(
        self,
        method: str,
        path: str,
        body: bytes | None,
        headers: Mapping[str, str],
        *,
        auth: bool = True,
        ok: tuple[int, ...] = (200,),
    ) -> Answer:
        """One request, tried again after a drop or a "busy" until the patience runs out."""
        full = f"{self._base}{API}{path}"
        send = self._headers(headers, auth)
        delay = self._first_delay
        while True:
            wait: float | None = None
            try:
                answer = self._once(method, full, body, send)
            except (OSError, http.client.HTTPException) as error:
                refuse_certificate(error, self.url)
                wait = delay
            else:
                self._last_answer = self._clock()
                if answer.status in ok:
                    return answer
                if answer.status not in _RETRY_STATUS:
                    raise refusal(answer)
                wait = max(delay, retry_after(answer.headers))
            delay = min(delay * 2, MAX_BACKOFF_S)
            self._pause(min(wait, MAX_BACKOFF_S))

    def _once(self, method: str, path: str, body: bytes | None, headers: Mapping[str, str]) -> Answer:
        connection = self._connection()
        try:
            connection.request(method, path, body=body, headers=dict(headers))
            response = connection.getresponse()
            data = response.read(MAX_DOWNLOAD_BYTES + 1)
            return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, data)
        finally:
            connection.close()

    def _pause(self, seconds: float) -> None:
        """Wait before the next try, or give up when the hub has been silent too long."""
        self.retries += 1
        silent = self._clock() - self._last_answer
        if silent + seconds > self.patience or self.cancel.is_set():
            minutes = max(1, round(self.patience / 60))
            message = n_(
                "the hub at {url} did not answer for %n minute(s): the sync stopped; nothing was lost "
                "and the next sync continues where this one stopped",
                minutes,
            )
            raise HubUnreachable(message.format(url=self.url), 0, "unreachable")
        if self.cancel.wait(seconds):
            raise HubUnreachable(_("the sync with the hub was stopped"), 0, "cancelled")

    def _fetch_into(
        self, path: str, partial: Path, have: int, size: int, progress: Callable[[int, int], None] | None
    ) -> None:
        """Append the rest of a bundle to ``partial``, resuming after every drop."""
        delay = self._first_delay
        while True:
            headers = self._headers({"Range": f"bytes={have}-"} if have else {}, True)
            try:
                have = self._stream(path, headers, partial, have, size, progress)
                return
            except _Retry as retry:
                wait = max(delay, retry.after)
            except (OSError, http.client.HTTPException) as error:
                refuse_certificate(error, self.url)
                have = partial.stat().st_size if partial.exists() else 0
                wait = delay
            delay = min(delay * 2, MAX_BACKOFF_S)
            self._pause(min(wait, MAX_BACKOFF_S))

    def _stream(
        self,
        path: str,
        headers: Mapping[str, str],
        partial: Path,
        have: int,
        size: int,
        progress: Callable[[int, int], None] | None,
    ) -> int:
        connection = self._connection()
        try:
            connection.request("GET", path, headers=dict(headers))
            response = connection.getresponse()
            self._last_answer = self._clock()
            if response.status in _RETRY_STATUS:
                after = retry_after({k.lower(): v for k, v in response.getheaders()})
                response.read()
                raise _Retry(after)
            if response.status == 416:  # what we hold is already the whole file (or more)
                response.read()
                return have
            if response.status not in (200, 206):
                body = response.read(64 * 1024)
                raise refusal(Answer(response.status, {}, body))
            mode = "ab"
            if response.status == 200 or not range_starts_at(response.getheader("Content-Range"), have):
                mode, have = "wb", 0  # the hub sent the whole file: start over
            with open(partial, mode) as out:
                while True:
                    piece = response.read(_CHUNK)
                    if not piece:
                        break
                    have += len(piece)
                    if have > size:  # never store more than the listing promised
                        raise HubError(
                            _("a bundle from the hub is larger than listed: not applied"), 0, "size"
                        )
                    out.write(piece)
                    out.flush()
                    self._last_answer = self._clock()
                    if progress is not None:
                        progress(have, size)
                out.flush()
                os.fsync(out.fileno())
            if have < size:
                raise http.client.IncompleteRead(b"", size - have)
            return have
        finally:
            connection.close()


class _Retry(Exception):
    def __init__(self, after: float) -> None:
        super().__init__()
        self.after = after


def _q(part: str) -> str:
    return urllib.parse.quote(part, safe="")
