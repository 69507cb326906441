"""The version a checkout reports is pyproject.toml's, read without tomllib."""

from __future__ import annotations

import tomllib
from pathlib import Path

from fieldguide import _project_version_line, _source_tree_version

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_the_checkout_reports_the_version_tomllib_reads() -> None:
    with PYPROJECT.open("rb") as file:
        expected = tomllib.load(file)["project"]["version"]
    assert _source_tree_version() == expected


def test_only_the_project_tables_version_line_counts() -> None:
    text = (
        '[tool.x]\nversion = "9.9"\n\n'
        '[project]\nname = "fieldguide"\nversion_scheme = "x"\nversion = "1.2.3"\n'
    )
    assert _project_version_line(text) == "1.2.3"
    # A form the line reader does not know is left to tomllib.
    assert _project_version_line("[project]\nversion = '1.2.3'\n") is None
