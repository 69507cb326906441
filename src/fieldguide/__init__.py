"""Field Guide: offline guidance, checklists and assessments for peace and security practitioners."""

from __future__ import annotations

from functools import cache


@cache
def _version() -> str:
    """The package version, read on first use.

    pyproject.toml is the one place the version is written; an installed package and a
    frozen bundle (which carries the dist-info, see packaging/fieldguide.spec) read it from
    metadata. Read lazily: importlib.metadata costs ~20 ms, and every start imports this
    package before it paints a window.
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("fieldguide")
    except PackageNotFoundError:
        return _source_tree_version()


def _source_tree_version() -> str:
    """The version in pyproject.toml, for a checkout that was never installed."""
    import tomllib
    from pathlib import Path

    try:
        with (Path(__file__).resolve().parents[2] / "pyproject.toml").open("rb") as file:
            return str(tomllib.load(file)["project"]["version"])
    except (OSError, KeyError, ValueError):
        return "0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'fieldguide' has no attribute {name!r}")
