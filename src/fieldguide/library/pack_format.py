"""Reading and validating content packs (see docs/pack-format.md).

Everything is checked before anything is installed: a pack that fails here
never touches the store. Errors are `PackError` with one line for the user.

This module reads a pack's files, checks its manifest and hashes, runs the
readers of its parts (pack_documents.py, pack_checklists.py, pack_sources.py,
on the field checks of pack_fields.py) and checks the whole; pack_build.py
builds and signs packs.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from fieldguide.library.pack_checklists import parse_checklist
from fieldguide.library.pack_documents import fingerprint, markdown_to_plain, parse_document
from fieldguide.library.pack_fields import (
    ID_PATTERN,
    ITEM_KINDS,
    MANIFEST,
    MAX_PACK_BYTES,
    PACK_FORMAT,
    SOURCES,
    PackError,
    _text,
    version_key,
)
from fieldguide.library.pack_sources import citation_parts, parse_sources, unknown_citation
from fieldguide.library.signing import SIGNATURE, Publisher, signer

__all__ = [
    "ITEM_KINDS",
    "MANIFEST",
    "PACK_FORMAT",
    "SOURCES",
    "PackContent",
    "PackError",
    "citation_parts",
    "fingerprint",
    "load_pack",
    "markdown_to_plain",
    "parse_checklist",
    "parse_document",
    "parse_pack",
    "parse_sources",
    "read_pack_files",
    "unknown_citation",
    "version_key",
]


@dataclass
class PackContent:
    """A validated pack, as rows ready for the store (dicts keyed by column name)."""

    manifest: dict[str, Any]
    # Who signed pack.json (verified); None for an unsigned pack.
    signed_by: Publisher | None = None
    documents: list[dict[str, Any]] = field(default_factory=list)
    sections: list[dict[str, Any]] = field(default_factory=list)
    checklists: list[dict[str, Any]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    # sources.yaml: the works the pack may cite, by the short name citations start with.
    sources: list[dict[str, Any]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return str(self.manifest["id"])

    @property
    def version(self) -> str:
        return str(self.manifest["version"])


# --- reading files -----------------------------------------------------------


def read_pack_files(path: Path) -> dict[str, bytes]:
    """All files of a pack directory or `.fgpack` zip, by POSIX relative path."""
    if not path.exists():
        raise PackError(f"{path}: no such file or directory")
    if path.is_dir():
        files: dict[str, bytes] = {}
        for file in sorted(path.rglob("*")):
            if file.is_file() and not any(p.startswith(".") for p in file.relative_to(path).parts):
                files[file.relative_to(path).as_posix()] = file.read_bytes()
        return files
    try:
        with zipfile.ZipFile(path) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_PACK_BYTES:
                raise PackError(f"{path.name}: the pack is larger than {MAX_PACK_BYTES // 2**20} MB")
            files = {}
            for info in archive.infolist():
                name = PurePosixPath(info.filename)
                if info.is_dir():
                    continue
                if name.is_absolute() or ".." in name.parts:
                    raise PackError(f"{path.name}: unsafe file name {info.filename!r} in the pack")
                files[name.as_posix()] = archive.read(info)
            return files
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise PackError(f"{path.name}: not a readable pack (not a folder or a valid .fgpack zip)") from exc


# --- validation ---------------------------------------------------------------


def _manifest(files: dict[str, bytes]) -> dict[str, Any]:
    if MANIFEST not in files:
        raise PackError("pack.json is missing")
    try:
        manifest = json.loads(files[MANIFEST].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError(f"pack.json is not valid JSON: {exc}") from exc
    if not isinstance(manifest, dict):
        raise PackError("pack.json must hold an object")
    for key in ("id", "version", "title", "files"):
        if key not in manifest:
            raise PackError(f"pack.json has no {key!r}")
    if int(manifest.get("format", PACK_FORMAT)) > PACK_FORMAT:
        raise PackError("this pack needs a newer version of Field Guide")
    if not ID_PATTERN.match(str(manifest["id"])):
        raise PackError(f"pack id {manifest['id']!r} may only hold a-z, 0-9, '.', '_' and '-'")
    version_key(str(manifest["version"]))
    if not isinstance(manifest["files"], list):
        raise PackError("pack.json 'files' must be a list")
    return manifest


def _check_hashes(manifest: dict[str, Any], files: dict[str, bytes]) -> None:
    listed: set[str] = set()
    for entry in manifest["files"]:
        if not isinstance(entry, dict) or "path" not in entry or "sha256" not in entry:
            raise PackError("pack.json 'files' entries need 'path' and 'sha256'")
        name = str(entry["path"])
        listed.add(name)
        if name not in files:
            raise PackError(f"{name} is listed in pack.json but missing from the pack")
        if hashlib.sha256(files[name]).hexdigest() != str(entry["sha256"]).lower():
            raise PackError(f"{name} does not match its sha256 in pack.json (altered or damaged)")
    for name in files:
        in_content = name.startswith(("documents/", "checklists/")) or name == SOURCES
        if name not in (MANIFEST, SIGNATURE) and in_content and name not in listed:
            raise PackError(f"{name} is in the pack but not listed in pack.json")


def parse_pack(
    files: dict[str, bytes], *, known_sections: set[str] | frozenset[str] = frozenset()
) -> PackContent:
    """Validate every file of a pack; `known_sections` are ids already installed elsewhere."""
    manifest = _manifest(files)
    # The signature first: a manifest altered after signing is refused before anything else.
    signed_by = signer(files, MANIFEST)
    _check_hashes(manifest, files)
    content = PackContent(manifest=manifest, signed_by=signed_by)
    names = sorted(str(entry["path"]) for entry in manifest["files"])
    for name in (n for n in names if n.startswith("documents/") and n.endswith(".md")):
        document, sections = parse_document(_text(files, name), name, len(content.documents))
        content.documents.append(document)
        content.sections.extend(sections)
    for name in (n for n in names if n.startswith("checklists/") and n.endswith((".yaml", ".yml"))):
        checklist, items = parse_checklist(_text(files, name), name, len(content.checklists))
        content.checklists.append(checklist)
        content.items.extend(items)
    if SOURCES in names:
        content.sources = parse_sources(_text(files, SOURCES))
    if not content.documents and not content.checklists:
        raise PackError("the pack holds no documents and no checklists")
    _check_unique(content)
    _check_references(content, known_sections)
    if content.sources:
        _check_citations(content)
    return content


def _check_citations(content: PackContent) -> None:
    """With a sources.yaml, every citation must name sources the pack lists."""
    cited: list[tuple[str, str]] = [(f"section {s['id']!r}", s["citation"]) for s in content.sections]
    cited += [(f"item {i['id']!r}", i["source"]) for i in content.items]
    cited += [(f"checklist {c['id']!r}", c["source"]) for c in content.checklists if c["source"]]
    for where, citation in cited:
        bad = unknown_citation(citation, content.sources)
        if bad is not None:
            raise PackError(f"{where} cites {bad!r}, which names none of the sources in {SOURCES}")


def _check_unique(content: PackContent) -> None:
    for what, rows in (
        ("document", content.documents),
        ("section", content.sections),
        ("checklist", content.checklists),
        ("item", content.items),
    ):
        seen: set[str] = set()
        for row in rows:
            if row["id"] in seen:
                raise PackError(f"duplicate {what} id {row['id']!r}")
            seen.add(row["id"])


def _check_references(content: PackContent, known_sections: set[str] | frozenset[str]) -> None:
    sections = {row["id"] for row in content.sections} | set(known_sections)
    documents = {row["id"] for row in content.documents}
    for checklist in content.checklists:
        if checklist["document_id"] and checklist["document_id"] not in documents:
            raise PackError(
                f"checklist {checklist['id']!r} names document {checklist['document_id']!r}, "
                "which the pack does not hold"
            )
    items = {row["id"] for row in content.items}
    for item in content.items:
        target = item["guidance_section_id"]
        if target and target not in sections:
            raise PackError(f"item {item['id']!r} points at section {target!r}, which does not exist")
        for other in item["see_also"]:
            if other not in items or other == item["id"]:
                raise PackError(f"item {item['id']!r} links to item {other!r}, which the pack does not hold")


def load_pack(path: Path, *, known_sections: set[str] | frozenset[str] = frozenset()) -> PackContent:
    return parse_pack(read_pack_files(path), known_sections=known_sections)
