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
    import tomllib

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    try:
        with open(os.path.join(root, "pyproject.toml"), "rb") as file:
            return str(tomllib.load(file)["project"]["version"])
    except (OSError, KeyError, ValueError):
        return UNKNOWN


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'fieldguide' has no attribute {name!r}")
