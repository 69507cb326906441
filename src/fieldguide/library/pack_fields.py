"""The pack format's fixed names and limits, its error, and the checks of single
fields that every file of a pack goes through (see docs/pack-format.md)."""

from __future__ import annotations

import re
from typing import Any

import yaml

from fieldguide.errors import UserError

PACK_FORMAT = 1

MANIFEST = "pack.json"

SOURCES = "sources.yaml"

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]*$")

ITEM_KINDS = ("question", "tip", "step", "criterion")

MAX_PACK_BYTES = 200 * 1024 * 1024


class PackError(UserError):
    """A pack that cannot be installed; the message is one line for the user."""


def version_key(version: str) -> tuple[int, ...]:
    """'1.10.0' -> (1, 10, 0): versions compare as numbers, not strings."""
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError as exc:
        raise PackError(f"version {version!r} is not of the form 1.2.3") from exc


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


def _optional_text(raw: dict[str, Any], key: str, where: str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, (str, int, float)) or not str(value).strip():
        raise PackError(f"{where}: {key!r} must be a non-empty text")
    return str(value).strip()
