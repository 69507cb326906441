"""Reading and validating content packs (see docs/pack-format.md).

Everything is checked before anything is installed: a pack that fails here
never touches the store. Errors are `PackError` with one line for the user.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldguide.errors import UserError
from fieldguide.library.signing import SIGNATURE, Publisher, sign_manifest, signer

PACK_FORMAT = 1
MANIFEST = "pack.json"
SOURCES = "sources.yaml"
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
HEADING = re.compile(r"^(#{2,4})\s+(.+?)\s*\{#([A-Za-z0-9][A-Za-z0-9._-]*)\}\s*$")
SOURCE_LINE = re.compile(r"^Source:\s*(.+)$")
# Header lines a section may open with (any order): its citation, a mark that the whole
# section is the project's own synthesis (with what it draws on), and the period it covers.
HEADER_LINE = re.compile(r"^(Source|Synthesis|Dated):\s*(.+)$")
# A run of paragraphs inside a section that is the project's own synthesis.
SYNTHESIS_OPEN = re.compile(r"^:::\s*synthesis\s*$")
SYNTHESIS_CLOSE = re.compile(r"^:::\s*$")
ITEM_KINDS = ("question", "tip", "step", "criterion")
MAX_PACK_BYTES = 200 * 1024 * 1024


class PackError(UserError):
    """A pack that cannot be installed; the message is one line for the user."""


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


def version_key(version: str) -> tuple[int, ...]:
    """'1.10.0' -> (1, 10, 0): versions compare as numbers, not strings."""
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError as exc:
        raise PackError(f"version {version!r} is not of the form 1.2.3") from exc


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"(^|\s)[#>*+-]+\s|[*_`|]+|^\s*\d+[.)]\s", re.MULTILINE)


def markdown_to_plain(markdown: str) -> str:
    """The words of a Markdown text, without link targets or markup, for indexing."""
    return " ".join(_MARKUP.sub(" ", _LINK.sub(r"\1", markdown)).split())


def fingerprint(title: str, body: str) -> str:
    """A hash of a section's words, blind to spacing and case, to recognise it again."""
    words = re.findall(r"\w+", f"{title} {body}".casefold())
    return hashlib.sha256(" ".join(words).encode()).hexdigest()[:32]


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


def _text(files: dict[str, bytes], name: str) -> str:
    try:
        return files[name].decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError(f"{name} is not UTF-8 text") from exc


def _yaml(text: str, name: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 1})" if where is not None else ""
        raise PackError(f"{name} is not valid YAML{line}") from exc


def _require(mapping: dict[str, Any], key: str, name: str) -> str:
    value = mapping.get(key)
    if value is None or str(value).strip() == "":
        raise PackError(f"{name}: {key!r} is missing")
    return str(value).strip()


def _check_id(value: str, what: str, name: str) -> str:
    if not ID_PATTERN.match(value.lower()):
        raise PackError(f"{name}: {what} id {value!r} may only hold letters, digits, '.', '_' and '-'")
    return value


def parse_document(text: str, name: str, position: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A Markdown guide -> (document row, section rows in reading order)."""
    if not text.startswith("---"):
        raise PackError(f"{name}: a document starts with a YAML front matter between '---' lines")
    try:
        _, front, body = text.split("---", 2)
    except ValueError as exc:
        raise PackError(f"{name}: the front matter is not closed with '---'") from exc
    meta = _yaml(front, name)
    if not isinstance(meta, dict):
        raise PackError(f"{name}: the front matter must be a mapping")
    doc_id = _check_id(_require(meta, "id", name), "document", name)
    document = {
        "id": doc_id,
        "title": _require(meta, "title", name),
        "practice_area": _check_id(_require(meta, "practice_area", name), "practice area", name),
        "source": str(meta.get("source", "")).strip(),
        "summary": str(meta.get("summary", "")).strip(),
        "position": position,
    }
    sections: list[dict[str, Any]] = []
    intro: list[str] = []
    current: list[str] = intro
    parents: dict[int, str] = {}
    seen: set[str] = set()
    in_fence = False
    for line in body.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        match = None if in_fence else HEADING.match(line)
        if match is None:
            if not in_fence and line.startswith("#") and re.match(r"^#{2,4}\s", line):
                raise PackError(f"{name}: heading {line.strip()!r} has no stable id {{#...}}")
            current.append(line)
            continue
        level = len(match.group(1)) - 1
        section_id = f"{doc_id}/{match.group(3)}"
        if section_id in seen:
            raise PackError(f"{name}: duplicate section id {section_id!r}")
        seen.add(section_id)
        parents[level] = section_id
        current = []
        sections.append(
            {
                "id": section_id,
                "document_id": doc_id,
                "parent_id": parents.get(level - 1) if level > 1 else None,
                "position": len(sections),
                "level": level,
                "number": None,
                "title": match.group(2).strip(),
                "lines": current,
            }
        )
    document["introduction"] = "\n".join(intro).strip()
    for section in sections:
        lines: list[str] = section.pop("lines")
        content = "\n".join(lines).strip().splitlines()
        header: dict[str, str] = {}
        while content and (mark := HEADER_LINE.match(content[0].strip())):
            if mark.group(1) in header:
                raise PackError(f"{name}: section {section['id']!r} has two {mark.group(1)!r} lines")
            header[mark.group(1)] = mark.group(2).strip()
            content = content[1:]
            while content and not content[0].strip():
                content = content[1:]
        if "Source" in header and "Synthesis" in header:
            raise PackError(
                f"{name}: section {section['id']!r} has both 'Source:' and 'Synthesis:' "
                "(a synthesis names what it draws on in its own line)"
            )
        citation = header.get("Source") or header.get("Synthesis") or document["source"]
        body = "\n".join(content).strip()
        _check_synthesis_blocks(body, f"{name}, section {section['id']!r}")
        section["body"] = body
        section["synthesis"] = "Synthesis" in header
        section["dated"] = header.get("Dated")
        section["plain"] = markdown_to_plain(section["body"])
        section["citation"] = citation
        section["fingerprint"] = fingerprint(section["title"], section["body"])
    return document, sections


def _check_synthesis_blocks(body: str, where: str) -> None:
    """`::: synthesis` blocks must close, and must not nest."""
    open_at: int | None = None
    for number, line in enumerate(body.splitlines(), start=1):
        if SYNTHESIS_OPEN.match(line.strip()):
            if open_at is not None:
                raise PackError(f"{where}: a '::: synthesis' block opens inside another")
            open_at = number
        elif SYNTHESIS_CLOSE.match(line.strip()):
            if open_at is None:
                raise PackError(f"{where}: a ':::' closes no '::: synthesis' block")
            open_at = None
    if open_at is not None:
        raise PackError(f"{where}: the '::: synthesis' block is not closed with ':::'")


def _optional_text(raw: dict[str, Any], key: str, where: str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, (str, int, float)) or not str(value).strip():
        raise PackError(f"{where}: {key!r} must be a non-empty text")
    return str(value).strip()


def parse_checklist(text: str, name: str, position: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    data = _yaml(text, name)
    if not isinstance(data, dict):
        raise PackError(f"{name}: a checklist must be a YAML mapping")
    checklist_id = _check_id(_require(data, "id", name), "checklist", name)
    checklist = {
        "id": checklist_id,
        "document_id": (str(data["document"]).strip() if data.get("document") else None),
        "title": _require(data, "title", name),
        "practice_area": _check_id(_require(data, "practice_area", name), "practice area", name),
        "description": str(data.get("description", "") or "").strip(),
        "source": str(data.get("source", "") or "").strip(),
        "position": position,
        "retired": False,
    }
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise PackError(f"{name}: a checklist needs a non-empty 'items' list")
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_items, start=1):
        where = f"{name}, item {index}"
        if not isinstance(raw, dict):
            raise PackError(f"{where}: each item must be a mapping")
        local_id = _check_id(_require(raw, "id", where), "item", where)
        item_id = f"{checklist_id}/{local_id}"
        if item_id in seen:
            raise PackError(f"{name}: duplicate item id {item_id!r}")
        seen.add(item_id)
        kind = _require(raw, "kind", where)
        if kind not in ITEM_KINDS:
            raise PackError(f"{where}: kind {kind!r} is not one of {', '.join(ITEM_KINDS)}")
        synthesis = raw.get("synthesis", False)
        if not isinstance(synthesis, bool):
            raise PackError(f"{where}: 'synthesis' must be true or false")
        see_also = raw.get("see_also", [])
        if isinstance(see_also, str):
            see_also = [see_also]
        if not isinstance(see_also, list) or not all(isinstance(v, str) and v.strip() for v in see_also):
            raise PackError(f"{where}: 'see_also' must be a list of item ids")
        items.append(
            {
                "id": item_id,
                "checklist_id": checklist_id,
                "position": index - 1,
                "kind": kind,
                "group": (str(raw["group"]).strip() if raw.get("group") else None),
                "text": _require(raw, "text", where),
                "guidance_section_id": (str(raw["guidance"]).strip() if raw.get("guidance") else None),
                "source": _require(raw, "source", where),
                "hint": _optional_text(raw, "hint", where),
                "synthesis": synthesis,
                "dated": _optional_text(raw, "dated", where),
                "see_also": [v.strip() if "/" in v else f"{checklist_id}/{v.strip()}" for v in see_also],
                "retired": False,
            }
        )
    return checklist, items


def parse_sources(text: str) -> list[dict[str, Any]]:
    """sources.yaml: `sources: [{id, short, title, ...}]`; `short` is how citations start."""
    data = _yaml(text, SOURCES)
    raw = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(raw, list) or not raw:
        raise PackError(f"{SOURCES}: needs a non-empty 'sources' list")
    sources: list[dict[str, Any]] = []
    for index, entry in enumerate(raw, start=1):
        where = f"{SOURCES}, source {index}"
        if not isinstance(entry, dict):
            raise PackError(f"{where}: each source must be a mapping")
        source = {key: str(value).strip() for key, value in entry.items() if value is not None}
        for key in ("id", "short", "title"):
            _require(source, key, where)
        sources.append(source)
    return sources


def citation_parts(citation: str) -> list[str]:
    """The works one citation names: 'A, §1; B, box 2' -> ['A, §1', 'B, box 2']."""
    parts: list[str] = []
    depth, start = 0, 0
    for index, char in enumerate(citation):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == ";" and depth <= 0:  # a ';' inside parentheses belongs to one work's location
            parts.append(citation[start:index])
            start = index + 1
    parts.append(citation[start:])
    return [part.strip() for part in parts if part.strip()]


def unknown_citation(citation: str, sources: list[dict[str, Any]]) -> str | None:
    """The first part of a citation that names no source of the pack, or None."""
    shorts = [s["short"] for s in sources]
    for part in citation_parts(citation):
        if not any(part == short or part.startswith((f"{short},", f"{short} ")) for short in shorts):
            return part
    return None


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


# --- building -----------------------------------------------------------------


def manifest_for(directory: Path) -> dict[str, Any]:
    """pack.json of a directory with its file list and hashes recomputed."""
    files = read_pack_files(directory)
    manifest = _manifest(files)
    manifest["format"] = PACK_FORMAT
    manifest["files"] = [
        {"path": name, "sha256": hashlib.sha256(data).hexdigest()}
        for name, data in sorted(files.items())
        if name not in (MANIFEST, SIGNATURE)
    ]
    return manifest


def _manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_manifest(directory: Path, *, key: Ed25519PrivateKey | None = None) -> dict[str, Any]:
    """Recompute pack.json in place; with `key`, sign it (pack.sig), else drop a stale signature."""
    manifest = manifest_for(directory)
    data = _manifest_bytes(manifest)
    if key is not None:
        # Never sign a pack that would not install.
        files = read_pack_files(directory) | {MANIFEST: data, SIGNATURE: sign_manifest(data, key)}
        parse_pack(files)
        (directory / MANIFEST).write_bytes(data)
        (directory / SIGNATURE).write_bytes(files[SIGNATURE])
    else:
        (directory / MANIFEST).write_bytes(data)
        (directory / SIGNATURE).unlink(missing_ok=True)
    return manifest


def build_pack_bytes(directory: Path, *, key: Ed25519PrivateKey | None = None) -> bytes:
    """A `.fgpack` zip of a pack directory, with hashes recomputed (and signed with `key`).

    Validated before it is returned. Without a key the pack is unsigned, even if the
    folder holds a pack.sig: a signature over a manifest recomputed here could not hold.
    """
    manifest = manifest_for(directory)
    files = read_pack_files(directory)
    files[MANIFEST] = _manifest_bytes(manifest)
    files.pop(SIGNATURE, None)
    if key is not None:
        files[SIGNATURE] = sign_manifest(files[MANIFEST], key)
    parse_pack(files)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in sorted(files.items()):
            # A fixed timestamp keeps builds of the same content byte-identical.
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()
