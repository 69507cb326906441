"""parse_file: dispatch on the suffix and one clear line for every unusable file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fieldguide.library.importers import ImportFailed, parse_file


def _failure(path: Path) -> str:
    with pytest.raises(ImportFailed) as failure:
        parse_file(path)
    message = str(failure.value)
    assert "\n" not in message, "the user gets one line"
    assert "Traceback" not in message
    return message


def test_text_file_in_utf8_utf16_and_windows_encodings(tmp_path: Path) -> None:
    text = "Guía de mediación\n\n1. Introducción\nLa mediación requiere preparación.\n"
    for encoding, name in (("utf-8", "a.txt"), ("utf-16", "b.txt"), ("cp1252", "c.txt")):
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        doc = parse_file(path)
        assert doc.title == "Guía de mediación"
        assert doc.sections[0].title == "Introducción"


def test_suffix_is_case_insensitive(tmp_path: Path) -> None:
    path = tmp_path / "NOTES.TXT"
    path.write_text("Field notes\n\n1. First point\nSome text.\n", encoding="utf-8")
    assert parse_file(path).sections[0].title == "First point"


@pytest.mark.parametrize("name", ["slides.pptx", "old.doc", "archive.zip", "README"])
def test_unsupported_type(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"something")
    message = _failure(path)
    assert "cannot be imported" in message
    assert "PDF" in message and ".docx" in message


@pytest.mark.parametrize("name", ["empty.txt", "empty.pdf", "empty.docx", "empty.md"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert "is empty" in _failure(path)


def test_whitespace_only_text_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n\t\n", encoding="utf-8")
    assert "is empty" in _failure(path)


def test_binary_garbage_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 40)
    assert "does not contain readable text" in _failure(path)


def test_mostly_control_characters_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(b"\x01\x02\x03\x04\x05\x06\x07\x08abc" * 200)
    assert "does not contain readable text" in _failure(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "was not found" in _failure(tmp_path / "gone.pdf")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "folder" in _failure(folder)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Secret\n", encoding="utf-8")
    path.chmod(0)
    try:
        assert "permission denied" in _failure(path)
    finally:
        path.chmod(0o600)
