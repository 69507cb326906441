"""An in-process stand-in for ``fieldguide-hub`` (docs/hub-api.md), for the client's unit tests.

It follows the contract's answers (status codes, JSON errors, cursors, Range) and
adds switches for what a field link does to a client: answers lost after the hub
committed a push, downloads cut after some bytes, "busy" answers. The end-to-end
tests run the real hub (tests/test_hub_client_e2e.py); this double only lets the
client's behaviour under faults be driven exactly. No tests here.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Stored:
    cursor: int
    bundle_id: str
    device: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class FakeHub:
    limit: int = 64 * 1024 * 1024
    bundles: dict[str, list[Stored]] = field(default_factory=dict)  # team -> in cursor order
    codes: dict[str, tuple[str, bool]] = field(default_factory=dict)  # code -> (team, used)
    tokens: dict[str, tuple[str, str]] = field(default_factory=dict)  # sha256(token) -> (team, device)
    enrolled: list[dict[str, Any]] = field(default_factory=list)  # what enrolment requests carried
    acks: dict[str, int] = field(default_factory=dict)  # device -> cursor
    log: list[tuple[str, str, str]] = field(default_factory=list)  # method, path, Range header
    busy: int = 0  # answer this many next requests with 503
    lose_push_answers: int = 0  # commit this many pushes, then close without answering
    cut_downloads_after: int | None = None  # send this many bytes of a download, then close
    cuts: int = 0  # how many downloads to cut
    down_after_cut: bool = False  # after a cut, the hub stays unreachable (until ``down`` is reset)
    down: bool = False  # refuse connections (the hub is stopped)
    corrupt: set[str] = field(default_factory=set)  # bundle ids served with one byte changed
    rosters: dict[str, Any] = field(default_factory=dict)  # team -> the newest verified Roster
    lock: threading.Lock = field(default_factory=threading.Lock)
    url: str = ""

    def issue_code(self, team: str) -> str:
        code = "-".join(secrets.token_hex(2).upper() for _ in range(3))
        self.codes[code] = (team, False)
        return code

    def stored(self, team: str) -> list[Stored]:
        return list(self.bundles.get(team, []))

    def revoke(self, device: str) -> None:
        with self.lock:
            self.tokens = {k: v for k, v in self.tokens.items() if v[1] != device}


_BUNDLE = re.compile(r"/v1/teams/([^/]+)/bundles/([^/]+)")
_LIST = re.compile(r"/v1/teams/([^/]+)/bundles")
_ACK = re.compile(r"/v1/teams/([^/]+)/ack")
_CODES = re.compile(r"/v1/teams/([^/]+)/enrol-codes")
_ROSTER = re.compile(r"/v1/teams/([^/]+)/roster")


class _Handler(BaseHTTPRequestHandler):
    hub: FakeHub
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    # --- answers ----------------------------------------------------------------------

    def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode() if not isinstance(body, bytes) else body
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if not isinstance(body, bytes):
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        self._send(status, {"error": {"code": code, "message": message}}, headers)

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _auth(self, team: str) -> str | None:
        header = self.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            self._error(401, "missing_token", "a token is needed")
            return None
        found = self.hub.tokens.get(hashlib.sha256(header[7:].encode()).hexdigest())
        if found is None:
            self._error(401, "invalid_token", "unknown or revoked token")
            return None
        if found[0] != team:
            self._error(403, "wrong_team", "this token is for another team")
            return None
        return found[1]

    def _faults(self) -> bool:
        self.hub.log.append((self.command, self.path, self.headers.get("Range", "")))
        if self.hub.down:
            self.close_connection = True
            self.connection.close()
            return True
        if self.hub.busy > 0:
            self.hub.busy -= 1
            self._body()
            self._error(503, "storage_unavailable", "storage unavailable", {"Retry-After": "0"})
            return True
        return False

    # --- methods ----------------------------------------------------------------------

    def do_GET(self) -> None:
        if self._faults():
            return
        parts = urlsplit(self.path)
        if parts.path == "/v1/health":
            self._send(200, {"status": "ok", "db": "ok"})
            return
        match = _BUNDLE.fullmatch(parts.path)
        if match:
            self._get_bundle(match.group(1), match.group(2))
            return
        match = _LIST.fullmatch(parts.path)
        if match:
            team = match.group(1)
            if self._auth(team) is None:
                return
            query = parse_qs(parts.query)
            after = int(query.get("after", ["0"])[0])
            limit = min(int(query.get("limit", ["500"])[0]), 500)
            stored = self.hub.stored(team)
            last = stored[-1].cursor if stored else 0
            if after > last:
                self._error(400, "cursor_from_future", "that cursor is beyond the team's last")
                return
            page = [s for s in stored if s.cursor > after][:limit]
            more = len([s for s in stored if s.cursor > after]) > limit
            self._send(
                200,
                {
                    "bundles": [
                        {
                            "cursor": s.cursor,
                            "id": s.bundle_id,
                            "device": s.device,
                            "size": len(s.data),
                            "sha256": s.sha256,
                        }
                        for s in page
                    ],
                    "next": page[-1].cursor if page else after,
                    "more": more,
                },
            )
            return
        self._error(404, "not_found", "no such path")

    def _get_bundle(self, team: str, bundle_id: str) -> None:
        if self._auth(team) is None:
            return
        found = next((s for s in self.hub.stored(team) if s.bundle_id == bundle_id), None)
        if found is None:
            self._error(404, "no_such_bundle", "no such bundle")
            return
        start = 0
        match = re.fullmatch(r"bytes=(\d+)-", self.headers.get("Range", ""))
        if match:
            start = int(match.group(1))
            if start >= len(found.data):
                self._error(416, "range_not_satisfiable", "range not satisfiable")
                return
        data = found.data
        if bundle_id in self.hub.corrupt:  # storage that went bad: the listed sha256 no longer fits
            data = data[:-1] + bytes([data[-1] ^ 1])
        body = data[start:]
        self.send_response(206 if match else 200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("X-Fieldguide-Sha256", found.sha256)
        self.send_header("Content-Length", str(len(body)))
        if match:
            self.send_header("Content-Range", f"bytes {start}-{len(found.data) - 1}/{len(found.data)}")
        self.end_headers()
        cut = self.hub.cut_downloads_after
        if cut is not None and self.hub.cuts > 0 and len(body) > cut:
            self.hub.cuts -= 1
            self.hub.down = self.hub.down_after_cut
            self.wfile.write(body[:cut])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(2)
            return
        self.wfile.write(body)

    def _put_roster(self, team: str) -> None:
        """As the contract says: verified with the roster module, kept when newer."""
        from fieldguide.sync.roster import RosterError, verify_chain

        if self._auth(team) is None:
            return
        data = self._body()
        with self.hub.lock:
            current = self.hub.rosters.get(team)
            try:
                roster = verify_chain([data], current) if current is not None else verify_chain([data])
            except RosterError as error:
                self._error(400, "bad_roster", str(error))
                return
            if roster is not None:
                self.hub.rosters[team] = roster
        self._send(200, {"members": len(roster.members) if roster is not None else 0})

    def do_PUT(self) -> None:
        if self._faults():
            return
        roster = _ROSTER.fullmatch(self.path)
        if roster:
            self._put_roster(roster.group(1))
            return
        match = _BUNDLE.fullmatch(self.path)
        if not match:
            self._error(404, "not_found", "no such path")
            return
        team, bundle_id = match.group(1), match.group(2)
        device = self._auth(team)
        if device is None:
            return
        data = self._body()
        if len(data) > self.hub.limit:
            self._error(413, "too_large", "bundle above the size limit")
            return
        if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", bundle_id):
            self._error(400, "bad_bundle_id", "a bundle id is a lowercase UUID")
            return
        if not data.startswith(b"FGSYNC"):
            self._error(400, "malformed_bundle", "not a bundle")
            return
        if hashlib.sha256(data).hexdigest() != self.headers.get("X-Fieldguide-Sha256"):
            self._error(400, "sha256_mismatch", "the body does not match its sha256")
            return
        with self.hub.lock:
            stored = self.hub.bundles.setdefault(team, [])
            same = next((s for s in stored if s.bundle_id == bundle_id), None)
            if same is not None:
                if same.data != data:
                    self._error(409, "bundle_conflict", "that id holds other bytes")
                    return
                status, cursor = 200, same.cursor
            else:
                cursor = (stored[-1].cursor if stored else 0) + 1
                stored.append(Stored(cursor, bundle_id, device, data))
                status = 201
            if self.hub.lose_push_answers > 0:  # committed, then the hub died before answering
                self.hub.lose_push_answers -= 1
                self.close_connection = True
                self.connection.shutdown(2)
                return
        self._send(status, {"cursor": cursor})

    def do_POST(self) -> None:
        if self._faults():
            return
        body = json.loads(self._body() or b"{}")
        if self.path == "/v1/enrol":
            code = self.hub.codes.get(str(body.get("code")))
            if code is None or code[0] != body.get("team"):
                self._error(401, "invalid_code", "unknown enrolment code")
                return
            if code[1]:
                self._error(409, "code_used", "enrolment code already used")
                return
            self.hub.codes[str(body["code"])] = (code[0], True)
            token = secrets.token_urlsafe(32)
            self.hub.tokens[hashlib.sha256(token.encode()).hexdigest()] = (code[0], str(body["device"]))
            self.hub.enrolled.append(body)
            self._send(201, {"token": token, "team": code[0], "device": body["device"]})
            return
        match = _ACK.fullmatch(self.path)
        if match:
            device = self._auth(match.group(1))
            if device is not None:
                self.hub.acks[device] = int(body["cursor"])
                self._send(200, {})
            return
        match = _CODES.fullmatch(self.path)
        if match:
            if self._auth(match.group(1)) is not None:
                self._send(
                    201, {"code": self.hub.issue_code(match.group(1)), "expires": "2026-12-02T00:00:00Z"}
                )
            return
        self._error(404, "not_found", "no such path")


@contextmanager
def running_fake_hub() -> Iterator[FakeHub]:
    hub = FakeHub()
    handler = type("Handler", (_Handler,), {"hub": hub})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    hub.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield hub
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
