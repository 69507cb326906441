"""Field Guide: offline guidance, checklists and assessments for peace and security practitioners."""

from importlib.metadata import PackageNotFoundError, version


def _source_tree_version() -> str:
    """The version in pyproject.toml, for a checkout that was never installed.

    pyproject.toml is the one place the version is written; an installed package and a frozen
    bundle (which carries the dist-info, see packaging/fieldguide.spec) read it from metadata.
    """
    import tomllib
    from pathlib import Path

    try:
        with (Path(__file__).resolve().parents[2] / "pyproject.toml").open("rb") as file:
            return str(tomllib.load(file)["project"]["version"])
    except (OSError, KeyError, ValueError):
        return "0+unknown"


try:
    __version__ = version("fieldguide")
except PackageNotFoundError:
    __version__ = _source_tree_version()
