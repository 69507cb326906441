"""The pieces of the Windows build that run on Linux: its requirements follow pyproject.toml, its
icon needs no imaging library, and its bundle check refuses a program whose DLL is missing."""

from __future__ import annotations

import importlib.metadata
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "packaging" / "windows"))

import check_bundle  # noqa: E402
import requirements  # noqa: E402
from windows_icon import png_to_ico  # noqa: E402

MINGW = "x86_64-w64-mingw32-gcc"


def test_the_windows_requirements_are_pyprojects_dependencies_and_pyinstaller() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    found = requirements.requirements()
    assert set(project["dependencies"]) <= set(found)
    assert any(line.lower().startswith("pyinstaller") for line in found)
    # Test and type-checking tools never reach the bundle.
    assert not any(line.lower().startswith(("pytest", "ruff", "hypothesis")) for line in found)


def test_the_windows_constraints_pin_the_versions_the_tests_ran_with() -> None:
    pins = dict(line.split("==", 1) for line in requirements.constraints())
    assert pins["pyside6-essentials"] == importlib.metadata.version("PySide6-Essentials")
    assert pins["sqlalchemy"] == importlib.metadata.version("SQLAlchemy")
    assert "fieldguide" not in pins  # the project itself is built from the tree


def test_the_icon_is_the_png_inside_an_ico_header(tmp_path: Path) -> None:
    png = ROOT / "resources" / "icons" / "fieldguide.png"
    ico = png_to_ico(png, tmp_path / "fieldguide.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    width, height, _, _, planes, bits, size, offset = struct.unpack("<BBBBHHII", ico[6:22])
    assert (reserved, kind, count, planes, bits) == (0, 1, 1, 1, 32)
    assert ico[offset : offset + size] == png.read_bytes()
    assert width == height  # 0 stands for 256


def test_a_file_that_is_not_a_png_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "icon.png"
    fake.write_bytes(b"GIF89a not a png")
    with pytest.raises(ValueError, match="not a PNG"):
        png_to_ico(fake, tmp_path / "icon.ico")


@pytest.mark.skipif(
    shutil.which(MINGW) is None, reason="MinGW is not installed (scripts/system-deps.sh --windows)"
)
def test_the_bundle_check_names_a_dll_the_bundle_lacks(tmp_path: Path) -> None:
    bundle = tmp_path / "fieldguide"
    internal = bundle / "_internal"
    internal.mkdir(parents=True)
    (tmp_path / "helper.c").write_text("__declspec(dllexport) int helper(void) { return 1; }\n")
    (tmp_path / "main.c").write_text(
        "__declspec(dllimport) int helper(void);\nint main(void) { return helper(); }\n"
    )
    subprocess.run(
        [MINGW, "-shared", "-o", str(internal / "helper.dll"), str(tmp_path / "helper.c")], check=True
    )
    subprocess.run(
        [MINGW, "-o", str(bundle / "fieldguide.exe"), str(tmp_path / "main.c"), str(internal / "helper.dll")],
        check=True,
    )
    assert check_bundle.problems(bundle) == []

    (internal / "helper.dll").unlink()
    found = check_bundle.problems(bundle)
    assert found == [
        "fieldguide.exe imports helper.dll, which is neither in the bundle nor part of Windows 10 "
        "(packaging/windows/system-dlls.txt)"
    ]


def test_the_bundle_check_refuses_the_wine_stand_ins_and_pillow(tmp_path: Path) -> None:
    bundle = tmp_path / "fieldguide"
    (bundle / "_internal" / "PIL").mkdir(parents=True)
    (bundle / "_internal" / "icuuc.dll").write_bytes(b"")
    found = check_bundle.problems(bundle)
    assert any("icuuc.dll, a Wine stand-in" in line for line in found)
    assert any("Pillow" in line for line in found)
