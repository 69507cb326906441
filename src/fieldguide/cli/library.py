"""Library commands: library, read, search, pack verify|install|build."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldguide.i18n import _

if TYPE_CHECKING:
    from fieldguide.cli import Context


def register(commands: Any) -> None:
    from fieldguide.cli import print_json  # noqa: F401  (keeps the import graph obvious)

    library = commands.add_parser("library", help=_("installed documents and checklists"))
    library.add_argument("--json", action="store_true")
    library.set_defaults(handler=show_library)

    read = commands.add_parser("read", help=_("a section, checklist or document as Markdown"))
    read.add_argument("id")
    read.set_defaults(handler=read_content)

    search = commands.add_parser("search", help=_("ranked hits with snippets"))
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=search_library)

    pack = commands.add_parser("pack", help=_("content packs"))
    pack_commands = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    verify = pack_commands.add_parser("verify", help=_("check a pack without installing it"))
    verify.add_argument("path", type=Path)
    verify.set_defaults(handler=verify_pack)
    install = pack_commands.add_parser("install", help=_("install or upgrade a pack"))
    install.add_argument("path", type=Path)
    install.add_argument("--force", action="store_true", help=_("reinstall the same or an older version"))
    install.set_defaults(handler=install_pack)
    build = pack_commands.add_parser("build", help=_("zip a pack folder into a .fgpack"))
    build.add_argument("directory", type=Path)
    build.add_argument("-o", "--output", type=Path, required=True)
    build.set_defaults(handler=build_pack)


def show_library(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli import print_json
    from fieldguide.library.catalog import practice_area_title

    documents = ctx.app.catalog.documents()
    checklists = [c for c in ctx.app.catalog.checklists() if not c.retired]
    if args.json:
        print_json(
            {
                "documents": [
                    {
                        "id": d.id,
                        "title": d.title,
                        "practice_area": d.practice_area,
                        "sections": d.sections,
                        "imported": d.imported,
                    }
                    for d in documents
                ],
                "checklists": [
                    {"id": c.id, "title": c.title, "practice_area": c.practice_area, "items": c.items}
                    for c in checklists
                ],
            }
        )
        return 0
    areas = sorted({d.practice_area for d in documents} | {c.practice_area for c in checklists})
    for area in areas:
        print(f"{practice_area_title(area)}")
        for d in (d for d in documents if d.practice_area == area):
            print(f"  {d.id}  {d.title}  ({_('%d sections') % d.sections})")
        for c in (c for c in checklists if c.practice_area == area):
            print(f"  {c.id}  {_('Checklist')}: {c.title}  ({_('%d items') % c.items})")
    return 0


def read_content(ctx: Context, args: argparse.Namespace) -> int:
    sys.stdout.write(ctx.app.catalog.as_markdown(args.id))
    return 0


def search_library(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli import print_json

    hits = ctx.app.search.search(args.query, limit=max(1, args.limit))
    if args.json:
        print_json({"query": args.query, "hits": [hit.as_json() for hit in hits]})
        return 0
    if not hits:
        print(_("No results for %r.") % args.query)
    for hit in hits:
        snippet = hit.as_json(("[", "]"))["snippet"].replace("\n", " ")
        print(f"{hit.kind:8} {hit.id}\n         {hit.title} — {hit.document}\n         {snippet}")
    return 0


def verify_pack(ctx: Context, args: argparse.Namespace) -> int:
    content = ctx.app.packs.verify(args.path)
    print(
        _("%s %s is valid: %d documents, %d sections, %d checklists, %d items")
        % (
            content.id,
            content.version,
            len(content.documents),
            len(content.sections),
            len(content.checklists),
            len(content.items),
        )
    )
    return 0


def install_pack(ctx: Context, args: argparse.Namespace) -> int:
    result = ctx.app.packs.install(args.path, force=args.force)
    if not result.changed:
        print(_("%s %s is already installed; nothing changed") % (result.pack_id, result.version))
    else:
        print(
            _("installed %s %s (%d documents, %d checklists)")
            % (result.pack_id, result.version, result.documents, result.checklists)
        )
        if result.retired_items:
            print(_("%d answered items no longer in the pack are kept as retired") % result.retired_items)
    return 0


def build_pack(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.atomic import atomic_write
    from fieldguide.library.pack_format import build_pack_bytes

    data = build_pack_bytes(args.directory)
    with atomic_write(args.output) as temporary:
        temporary.write_bytes(data)
    print(_("wrote %s (%d bytes)") % (args.output, len(data)))
    return 0
