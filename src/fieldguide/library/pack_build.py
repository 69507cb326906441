"""Building packs: pack.json recomputed from a folder (and signed), and the
`.fgpack` zip a publisher hands out; both are validated before they are written."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldguide.library.pack_fields import MANIFEST, PACK_FORMAT
from fieldguide.library.pack_format import _manifest, parse_pack, read_pack_files
from fieldguide.library.signing import SIGNATURE, sign_manifest


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
