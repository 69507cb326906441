"""Exporting writes whole files or nothing, and explains failures in one line."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import errno
import stat
from pathlib import Path

import pytest

from fieldguide.atomic import atomic_write
from fieldguide.reports import FORMATS, ReportError, export_report
from fieldguide.reports.model import Report
from fieldguide.reports.sample import sample_report


def _leftovers(directory: Path) -> list[str]:
    return sorted(name for name in os.listdir(directory) if name.endswith(".tmp"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_each_format(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"report.{fmt}"
    written = export_report(sample_report(), fmt, target)
    assert written == target
    assert target.stat().st_size > 100
    assert _leftovers(tmp_path) == []


def test_failed_render_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import fieldguide.reports.render_pdf as render_pdf_module

    target = tmp_path / "report.pdf"
    target.write_bytes(b"previous report")

    def broken(report: Report, path: Path) -> int:
        path.write_bytes(b"half a report")
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(render_pdf_module, "render_pdf", broken)
    with pytest.raises(RuntimeError):
        export_report(sample_report(), "pdf", target)
    assert target.read_bytes() == b"previous report"
    assert _leftovers(tmp_path) == []


def test_disk_full_is_one_line_and_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import fieldguide.reports.render_csv as render_csv_module

    target = tmp_path / "items.csv"
    target.write_text("old", encoding="utf-8")

    def full(report: Report, path: Path) -> int:
        path.write_text("partial", encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(render_csv_module, "render_csv", full)
    with pytest.raises(ReportError) as caught:
        export_report(sample_report(), "csv", target)
    message = str(caught.value)
    assert "\n" not in message
    assert "disk is full" in message
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(ReportError) as caught:
        export_report(sample_report(), "json", tmp_path / "nowhere" / "report.json")
    assert "does not exist" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_unwritable_directory(tmp_path: Path) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Root ignores permission bits; sysfs refuses new files even to root.
        directory = Path("/sys")
        if not directory.is_dir():
            pytest.skip("running as root without /sys: no unwritable directory to try")
    else:
        directory = tmp_path / "locked"
        directory.mkdir()
        directory.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ReportError) as caught:
            export_report(sample_report(), "csv", directory / "report.csv")
        message = str(caught.value)
        assert "\n" not in message
        assert "report.csv" in message
        assert not (directory / "report.csv").exists()
    finally:
        if directory.parent == tmp_path:
            directory.chmod(stat.S_IRWXU)


def test_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        export_report(sample_report(), "xlsx", tmp_path / "report.xlsx")


def test_atomic_write_replaces_on_success(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    with atomic_write(target) as temporary:
        assert temporary.parent == tmp_path
        assert temporary != target
        temporary.write_text("new", encoding="utf-8")
        assert target.read_text(encoding="utf-8") == "old"
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert _leftovers(tmp_path) == []


def test_atomic_write_keeps_target_on_error(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(KeyError), atomic_write(target) as temporary:
        temporary.write_text("new", encoding="utf-8")
        raise KeyError("boom")
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


def test_resources_and_fonts() -> None:
    from fieldguide.reports.fonts import FONT_FILES, fonts_dir, register_fonts
    from fieldguide.resources import resources_dir

    assert (resources_dir() / "fonts" / "OFL.txt").is_file()
    for name in FONT_FILES:
        assert (fonts_dir() / name).is_file(), name
    families = register_fonts()
    assert register_fonts() is families  # once per process
    for family in ("Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic"):
        assert family in families


def test_resources_dir_in_a_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    import fieldguide
    from fieldguide.resources import resources_dir

    if (Path(fieldguide.__file__).parent / "resources").is_dir():
        pytest.skip("installed from a wheel: the packaged resources come first")
    source_tree = resources_dir()
    assert (source_tree / "fonts").is_dir()
    (tmp_path / "resources").mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a /proc file system (Linux)")
def test_a_folder_that_takes_no_files_is_not_called_missing() -> None:
    with pytest.raises(ReportError) as raised:
        export_report(sample_report(items=2), "pdf", "/proc/x.pdf")
    message = str(raised.value)
    assert "files cannot be created in /proc" in message and "does not exist" not in message
    assert len(message.splitlines()) == 1
