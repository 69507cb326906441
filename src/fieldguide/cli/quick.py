"""`fieldguide search` answered without the full command line, for scripts that loop over queries.

The full path (argparse, QtCore for the translations, SQLAlchemy, the profile's
full open) costs about half a second per call; this one costs the interpreter,
the SQLCipher driver and the query. It takes the plain forms of the command:

    fieldguide [--data-dir DIR] [--portable] search QUERY [--limit N] [--json]

and answers only when the profile is ready to read as it is (`library.ready`).
Anything else (another command, an abbreviated or unknown option, help, a
protected or outdated profile) returns None, and the full command line runs,
with its messages, prompts and upgrades. Both paths print through `hit_text`
and `library.query`, so their output is the same.
"""

from __future__ import annotations

import sys

from fieldguide.cli.terminal import terminal_text

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any


class _Search:
    def __init__(self) -> None:
        self.data_dir: str | None = None
        self.portable = False
        self.query: str | None = None
        self.limit = 20
        self.json = False


def _parse(argv: list[str]) -> _Search | None:
    """The search's arguments when `argv` is a plain search argparse would read the same way."""
    found = _Search()
    rest = list(argv)
    seen: set[str] = set()
    while rest and rest[0] != "search":
        arg = rest.pop(0)
        if arg == "--portable":
            found.portable = True
        elif arg == "--data-dir" and rest and "data-dir" not in seen:
            found.data_dir = rest.pop(0)
        elif arg.startswith("--data-dir=") and "data-dir" not in seen:
            found.data_dir = arg.split("=", 1)[1]
        else:
            return None
        seen.add(arg.split("=", 1)[0].lstrip("-"))
    if not rest:
        return None
    rest.pop(0)
    while rest:
        arg = rest.pop(0)
        if arg == "--json":
            found.json = True
        elif arg.startswith("--limit") and "limit" not in seen:
            if arg == "--limit":
                if not rest:
                    return None
                value = rest.pop(0)
            elif arg.startswith("--limit="):
                value = arg.split("=", 1)[1]
            else:
                return None
            try:
                found.limit = int(value)
            except ValueError:
                return None  # argparse says what is wrong with it
            seen.add("limit")
        elif arg.startswith("-") or found.query is not None:
            return None
        else:
            found.query = arg
    return found if found.query is not None else None


def hit_text(values: Sequence[Any]) -> str:
    """A hit (values in `library.query.HIT_FIELDS` order) as `fieldguide search` prints it."""
    from fieldguide.library.query import hit_json

    data = hit_json(values, ("[", "]"))
    snippet = data["snippet"].replace("\n", " ")
    indent = " " * 9
    return f"{data['kind']:8} {data['id']}\n{indent}{data['title']} — {data['document']}\n{indent}{snippet}\n"


def _language_loader(root: str) -> Any:
    def load() -> None:
        from fieldguide.language import apply_language, language_from_settings
        from fieldguide.paths import DataPaths

        try:
            from pathlib import Path

            choice = language_from_settings(DataPaths(Path(root)).settings)
        except OSError:
            choice = ""
        apply_language(choice)

    return load


def run_quick(argv: list[str]) -> int | None:
    """The exit status of a plain search answered here, or None for the full command line."""
    search = _parse(argv)
    if search is None:
        return None
    from fieldguide.data_root import data_root
    from fieldguide.library.ready import search_ready

    root = data_root(search.data_dir, portable=search.portable)
    hits = search_ready(root, search.query or "", limit=max(1, search.limit))
    if hits is None:
        return None
    if search.json:
        import json

        from fieldguide.library.query import hit_json

        data = {"query": search.query, "hits": [hit_json(hit) for hit in hits]}
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    elif not hits:
        from fieldguide import i18n

        # Only this message needs the catalogues (and QtCore): load them now.
        i18n.defer(_language_loader(root))
        text = i18n._("No results for %r.") % search.query + "\n"
    else:
        text = "".join(hit_text(hit) for hit in hits)
    try:
        sys.stdout.write(terminal_text(text))
        sys.stdout.flush()
    except OSError as error:
        # A closed pipe (`| head -1`), a full disk: one line, as the full command line says it.
        sys.stderr.write(f"fieldguide: {error.strerror or error}\n")
        return 1
    return 0
