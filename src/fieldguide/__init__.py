"""Field Guide: offline guidance, checklists and assessments for peace and security practitioners."""

from __future__ import annotations

from functools import cache

UNKNOWN = "0+unknown"


@cache
def _version() -> str:
    """The package version, read on first use.

    pyproject.toml is the one place the version is written. An installed package and a
    frozen bundle (which carries the dist-info, see packaging/fieldguide.spec) have it in
    their METADATA, found beside the package without scanning every installed
    distribution (importlib.metadata's way, tens of milliseconds that `fieldguide
    --version` and every start would pay); a source checkout reads pyproject.toml.
    """
    import os

    here = os.path.dirname(os.path.abspath(__file__))
    parent = os.path.dirname(here)
    for name in sorted(os.listdir(parent)):
        if name.startswith("fieldguide-") and name.endswith(".dist-info"):
            found = _metadata_version(os.path.join(parent, name, "METADATA"))
            if found:
                return found
    source = _source_tree_version()
    if source != UNKNOWN:
        return source
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("fieldguide")
    except PackageNotFoundError:
        return UNKNOWN


def _metadata_version(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as file:
            for line in file:
                if line.startswith("Version:"):
                    return line.split(":", 1)[1].strip()
                if not line.strip():
                    return None  # the headers end at the first blank line
    except OSError:
        return None
    return None


def _source_tree_version() -> str:
    """The version in pyproject.toml, for a checkout that was never installed (or is editable)."""
    import os

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    try:
        with open(os.path.join(root, "pyproject.toml"), "rb") as file:
            data = file.read()
    except OSError:
        return UNKNOWN
    return _project_version_line(data.decode("utf-8", "replace")) or _toml_version(data)


def _project_version_line(text: str) -> str | None:
    """`version = "x"` of the [project] table, read as a line: tomllib costs a quick command
    (`fieldguide --version` in a checkout) more than the rest of its start-up."""
    table = ""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            table = stripped
        elif table == "[project]" and stripped.startswith("version"):
            key, _, value = stripped.partition("=")
            value = value.strip()
            if key.strip() == "version" and len(value) > 2 and value[0] == value[-1] == '"':
                return value[1:-1]
    return None


def _toml_version(data: bytes) -> str:
    import tomllib

    try:
        return str(tomllib.loads(data.decode("utf-8"))["project"]["version"])
    except (KeyError, ValueError):
        return UNKNOWN


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'fieldguide' has no attribute {name!r}")
