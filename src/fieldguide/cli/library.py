"""Library commands: library, read, search, pack verify|install|build."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldguide.i18n import _, n_

if TYPE_CHECKING:
    from fieldguide.cli.main import Context


def register(commands: Any) -> None:
    from fieldguide.cli.main import print_json  # noqa: F401  (keeps the import graph obvious)

    library = commands.add_parser("library", help=_("installed documents and checklists"))
    library.add_argument("--json", action="store_true")
    library.set_defaults(handler=show_library)

    read = commands.add_parser("read", help=_("a section, checklist or document as Markdown"))
    read.add_argument("id")
    read.add_argument(
        "--language",
        metavar="LANG",
        help=_("the text in this language where a translation is installed (fr: the French edition)"),
    )
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
    install.add_argument(
        "--allow-unsigned", action="store_true", help=_("install a pack that nobody signed (this once)")
    )
    install.add_argument(
        "--trust-publisher",
        action="store_true",
        help=_("trust the key that signed this pack, from now on, and install it"),
    )
    install.set_defaults(handler=install_pack)
    build = pack_commands.add_parser("build", help=_("zip a pack folder into a .fgpack"))
    build.add_argument("directory", type=Path)
    build.add_argument("-o", "--output", type=Path, required=True)
    build.add_argument("--sign", type=Path, metavar="KEY", help=_("sign the pack with this private key"))
    build.set_defaults(handler=build_pack)
    sign = pack_commands.add_parser("sign", help=_("recompute and sign a pack folder's pack.json in place"))
    sign.add_argument("directory", type=Path)
    sign.add_argument("--key", type=Path, required=True, metavar="KEY")
    sign.set_defaults(handler=sign_pack)
    keygen = pack_commands.add_parser("keygen", help=_("create a publisher's signing key"))
    keygen.add_argument("key", type=Path, metavar="KEY")
    keygen.add_argument("--publisher", required=True, help=_("the publisher's name, as packs give it"))
    keygen.set_defaults(handler=make_key)
    publishers = pack_commands.add_parser("publishers", help=_("the publishers whose packs install"))
    publishers.add_argument("--json", action="store_true")
    publishers.set_defaults(handler=show_publishers)


def show_library(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json
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
            print(f"  {d.id}  {d.title}  ({n_('%n section(s)', d.sections)})")
        for c in (c for c in checklists if c.practice_area == area):
            print("  " + _("%s  Checklist: %s  (%s)") % (c.id, c.title, n_("%n item(s)", c.items)))
    return 0


def read_content(ctx: Context, args: argparse.Namespace) -> int:
    sys.stdout.write(ctx.app.catalog.as_markdown(args.id, args.language))
    return 0


def search_library(ctx: Context, args: argparse.Namespace) -> int:
    from dataclasses import astuple

    from fieldguide.cli.main import print_json
    from fieldguide.cli.quick import hit_text

    hits = ctx.app.search.search(args.query, limit=max(1, args.limit))
    if args.json:
        print_json({"query": args.query, "hits": [hit.as_json() for hit in hits]})
        return 0
    if not hits:
        print(_("No results for %r.") % args.query)
    for hit in hits:
        sys.stdout.write(hit_text(astuple(hit)))
    return 0


def _signature_line(ctx: Context, content: Any) -> str:
    signed_by = content.signed_by
    if signed_by is None:
        return _("not signed (publisher given: %s)") % (content.manifest.get("publisher") or "?")
    if ctx.app.packs.trusted(content):
        return _("signed by %s (key %s), a trusted publisher") % (signed_by.name, signed_by.key_id)
    return _("signed by %s (key %s), a publisher you have not trusted") % (signed_by.name, signed_by.key_id)


def verify_pack(ctx: Context, args: argparse.Namespace) -> int:
    content = ctx.app.packs.verify(args.path)
    print(_signature_line(ctx, content))
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
    result = ctx.app.packs.install(
        args.path, force=args.force, allow_unsigned=args.allow_unsigned, trust_publisher=args.trust_publisher
    )
    if not result.changed:
        print(_("%s %s is already installed; nothing changed") % (result.pack_id, result.version))
    else:
        print(
            _("installed %s %s (%d documents, %d checklists)")
            % (result.pack_id, result.version, result.documents, result.checklists)
        )
        if result.retired_items:
            print(n_("%n answered item(s) no longer in the pack kept as retired", result.retired_items))
    return 0


def build_pack(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.atomic import atomic_write
    from fieldguide.library.pack_build import build_pack_bytes
    from fieldguide.library.signing import load_private_key

    key = load_private_key(args.sign) if args.sign else None
    data = build_pack_bytes(args.directory, key=key)
    with atomic_write(args.output) as temporary:
        temporary.write_bytes(data)
    if key is None:
        print(_("wrote %s (%d bytes), not signed") % (args.output, len(data)))
    else:
        print(_("wrote %s (%d bytes), signed") % (args.output, len(data)))
    return 0


def sign_pack(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.library.pack_build import write_manifest
    from fieldguide.library.pack_format import load_pack
    from fieldguide.library.signing import load_private_key

    write_manifest(args.directory, key=load_private_key(args.key))
    content = load_pack(args.directory)
    print(_("signed %s %s (%d files)") % (content.id, content.version, len(content.manifest["files"])))
    return 0


def make_key(ctx: Context, args: argparse.Namespace) -> int:
    import json

    from fieldguide.library.signing import Publisher, generate_key

    publisher = Publisher(args.publisher, generate_key(args.key))
    print(_("wrote the private key to %s: keep it secret, never in a repository or a pack") % args.key)
    print(_("public key (give it to the users who will trust your packs):"))
    print(json.dumps({"name": publisher.name, "public_key": publisher.public_key}, ensure_ascii=False))
    return 0


def show_publishers(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json

    publishers = ctx.app.packs.trust.publishers()
    if args.json:
        print_json({"publishers": [p.as_json() for p in publishers]})
        return 0
    for publisher in publishers:
        print(f"{publisher.key_id}  {publisher.name}")
    return 0
