"""Translations: complete catalogues, every visible text marked, the command line in French and Arabic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.i18n_support import CATALOGUES, ensure_compiled, script, speaking


def test_every_catalogue_entry_is_translated() -> None:
    """Fails on an unfinished, missing or placeholder-breaking entry, listing each one."""
    tools = script("translations")
    catalogues = sorted(CATALOGUES.glob("fieldguide_*.ts"))
    assert {ts.name for ts in catalogues} >= {"fieldguide_fr.ts", "fieldguide_ar.ts", "fieldguide_en.ts"}
    problems = [line for ts in catalogues for line in tools.unfinished(ts)] + tools.stale_messages()
    assert not problems, (
        f"{len(problems)} catalogue entries need work (`make translations`, translate them, commit):\n"
        + "\n".join(problems)
    )


def test_the_check_names_each_string_left_to_translate(tmp_path: Path) -> None:
    tools = script("translations")
    ts = tmp_path / "fieldguide_fr.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">
<context><name>ExportDialog</name>
<message><source>Export report</source><translation>Exporter le rapport</translation></message>
<message><source>&amp;Browse…</source><translation type="unfinished"></translation></message>
<message><source>Saved as %1</source><translation>Enregistré</translation></message>
</context></TS>""",
        "utf-8",
    )
    problems = tools.unfinished(ts)
    assert any("'&Browse…': not translated" in line for line in problems)
    assert any("'Saved as %1': placeholders" in line for line in problems)
    assert not any("Export report" in line for line in problems)


def test_user_visible_text_goes_through_the_catalogue() -> None:
    findings = script("i18n_lint").lint()
    assert not findings, "Text shown to users without tr() or _():\n" + "\n".join(map(str, findings))


def test_the_lint_sees_unwrapped_text(tmp_path: Path) -> None:
    import ast

    lint = script("i18n_lint")
    source = """
class Dialog:
    def build(self):
        self.ok = QPushButton("Save")
        self.ok.setToolTip(f"Save {name}")
        self.fine = QLabel(self.tr("Save"))
        self.dash = QLabel("—")
        raise UserError("nothing to save")
"""
    visitor = lint._Lint("ui/example.py", {"UserError"})
    visitor.visit(ast.parse(source))
    assert [f.text for f in visitor.findings] == ["Save", "Save ", "nothing to save"]


def test_english_plurals_come_from_the_catalogue(qapp) -> None:  # type: ignore[no-untyped-def]
    from fieldguide.i18n import n_

    with speaking("en"):
        assert n_("%n item(s)", 1) == "1 item"
        assert n_("%n item(s)", 4) == "4 items"
    assert n_("%n item(s)", 1) == "1 item"  # before any catalogue, too


def test_arabic_plural_forms(qapp) -> None:  # type: ignore[no-untyped-def]
    from fieldguide.i18n import n_

    with speaking("ar"):
        assert n_("%n item(s)", 1) == "بند واحد"
        assert n_("%n item(s)", 2) == "بندان"
        assert n_("%n item(s)", 5) == "5 بنود"
        assert n_("%n item(s)", 11) == "11 بنداً"
    with speaking("fr"):
        assert n_("%n item(s)", 1) == "1 point"
        assert n_("%n item(s)", 3) == "3 points"


def test_locale_follows_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate, QLocale

    with speaking("fr"):
        assert QLocale().toString(QDate(2026, 12, 1), "d MMMM yyyy") == "1 décembre 2026"
    with speaking("ar"):
        # Modern Standard Arabic as the UN writes it: Arabic month names, digits 0-9.
        assert QLocale().toString(QDate(2026, 12, 1), "d MMMM yyyy") == "1 ديسمبر 2026"


def _profile_speaking(data_dir: Path, language: str) -> Path:
    settings = data_dir / "settings.json"
    values = json.loads(settings.read_text("utf-8")) if settings.exists() else {}
    values["ui.language"] = language
    settings.write_text(json.dumps(values), "utf-8")
    return data_dir


@pytest.mark.slow
def test_command_line_speaks_the_profile_language(data_dir: Path) -> None:
    ensure_compiled()
    english = run_cli("library", data_dir=data_dir)
    assert "Mediation" in english.stdout

    _profile_speaking(data_dir, "fr")
    french = run_cli("library", data_dir=data_dir)
    assert french.returncode == 0, french.stderr
    assert "Médiation" in french.stdout and "Réforme du secteur de la sécurité" in french.stdout
    missing = run_cli("read", "no-such-thing", data_dir=data_dir)
    assert missing.returncode == 1
    assert "rien dans la bibliothèque ne porte l’identifiant 'no-such-thing'" in missing.stderr

    _profile_speaking(data_dir, "ar")
    arabic = run_cli("library", data_dir=data_dir)
    assert "الوساطة" in arabic.stdout and "إصلاح قطاع الأمن" in arabic.stdout


@pytest.mark.slow
def test_json_output_is_the_same_in_every_language(data_dir: Path) -> None:
    ensure_compiled()
    outputs = {}
    for language in ("en", "fr", "ar"):
        _profile_speaking(data_dir, language)
        outputs[language] = (
            run_cli("library", "--json", data_dir=data_dir).stdout,
            run_cli("search", "ownership", "--json", data_dir=data_dir).stdout,
        )
    assert outputs["en"] == outputs["fr"] == outputs["ar"]
    assert json.loads(outputs["fr"][0])["documents"]


@pytest.mark.slow
def test_system_language_is_the_default(data_dir: Path) -> None:
    ensure_compiled()
    env = {"LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8", "LANGUAGE": "fr"}
    french = run_cli("library", data_dir=data_dir, env=env)
    assert "Médiation" in french.stdout
    _profile_speaking(data_dir, "en")  # a chosen language wins over the system's
    english = run_cli("library", data_dir=data_dir, env=env)
    assert "Mediation" in english.stdout
