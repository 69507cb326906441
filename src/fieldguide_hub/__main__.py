"""``fieldguide-hub``: run the hub, migrate its database, and the administrator's commands.

    fieldguide-hub serve [--host H] [--port P] [--migrate]
    fieldguide-hub migrate
    fieldguide-hub team create TEAM      a team and its founding device's one-time code
    fieldguide-hub team code TEAM        another one-time enrolment code
    fieldguide-hub team devices TEAM     enrolled devices, last seen, revoked
    fieldguide-hub team revoke TEAM DEVICE
    fieldguide-hub team audit TEAM [--limit N]

Settings come from the environment (docs/hub.md): FIELDGUIDE_HUB_DATABASE_URL at least.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Sequence
from typing import Any

from fieldguide_hub import admin
from fieldguide_hub.config import HubConfig
from fieldguide_hub.errors import HubError

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldguide-hub", description="Field Guide's organisation sync hub")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="answer the HTTP API")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8470, help="port (default 8470)")
    serve.add_argument("--migrate", action="store_true", help="bring the schema up to date first")
    commands.add_parser("migrate", help="bring the database schema up to date")
    team = commands.add_parser("team", help="the administrator's commands for a team").add_subparsers(
        dest="action", required=True
    )
    for name, help_text in (
        ("create", "add a team; prints the founding device's one-time code"),
        ("code", "print a new one-time enrolment code"),
        ("devices", "list the team's enrolled devices"),
        ("audit", "the team's latest audit entries"),
        ("revoke", "revoke one device's token"),
    ):
        sub = team.add_parser(name, help=help_text)
        sub.add_argument("team")
        if name == "revoke":
            sub.add_argument("device")
        if name == "audit":
            sub.add_argument("--limit", type=int, default=50)
        sub.add_argument("--json", action="store_true", help="print JSON")
    return parser


def _print(value: Any, as_json: bool) -> None:
    if as_json:
        print(json.dumps(value, default=str, indent=1))
    elif isinstance(value, list):
        for row in value:
            print("  ".join(f"{k}={v}" for k, v in row.items() if v is not None))
    else:
        for key, item in value.items():
            print(f"{key}: {item}")


def _team(config: HubConfig, args: argparse.Namespace) -> None:
    if args.action in ("create", "code"):
        make = admin.create_team if args.action == "create" else admin.issue_code
        code, expires = asyncio.run(make(config, args.team))
        _print({"team": args.team, "code": code, "expires": expires.isoformat()}, args.json)
    elif args.action == "devices":
        _print(asyncio.run(admin.devices(config, args.team)), args.json)
    elif args.action == "audit":
        _print(asyncio.run(admin.recent_audit(config, args.team, args.limit)), args.json)
    elif args.action == "revoke":
        asyncio.run(admin.revoke_device(config, args.team, args.device))
        _print({"revoked": args.device}, args.json)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        config = HubConfig.from_env()
    except ValueError as error:
        print(f"fieldguide-hub: {error}", file=sys.stderr)
        return 2
    try:
        if args.command in ("migrate", "serve") and (args.command == "migrate" or args.migrate):
            from fieldguide_hub.migrate import upgrade

            upgrade(config.database_url)
        if args.command == "serve":
            import uvicorn

            from fieldguide_hub.app import create_app

            uvicorn.run(
                create_app(config), host=args.host, port=args.port, log_level="info", proxy_headers=True
            )
        elif args.command == "team":
            _team(config, args)
    except HubError as error:
        print(f"fieldguide-hub: {error.message}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"fieldguide-hub: cannot reach PostgreSQL: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
