"""Helpers for the tests of translations: the catalogue tools, compiled catalogues, a language switch."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
CATALOGUES = REPO / "resources" / "translations"


def script(name: str) -> ModuleType:
    """A module of scripts/ (translations, i18n_lint), loaded from its file."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def ensure_compiled() -> None:
    """The .qm catalogues, rebuilt when a .ts is newer (make setup builds them; a bare pytest may not)."""
    stale = [
        ts
        for ts in CATALOGUES.glob("fieldguide_*.ts")
        if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        script("translations").build()


@contextmanager
def speaking(language: str) -> Iterator[str]:
    """The application in `language` for the duration, English again afterwards."""
    from fieldguide.language import apply_language

    ensure_compiled()
    try:
        yield apply_language(language)
    finally:
        apply_language("en")


def translated(language: str, source: str, context: str | None = None) -> str:
    """The catalogue's translation of `source` (first found, or in `context`), for assertions."""
    import xml.etree.ElementTree as ET

    root = ET.parse(CATALOGUES / f"fieldguide_{language}.ts").getroot()
    for ctx in root.findall("context"):
        if context is not None and ctx.findtext("name") != context:
            continue
        for message in ctx.findall("message"):
            if message.findtext("source") == source:
                translation = message.find("translation")
                assert translation is not None
                forms = translation.findall("numerusform")
                return (forms[-1].text if forms else translation.text) or ""
    raise KeyError(f"{source!r} is not in the {language} catalogue")


def catalogue_texts(language: str) -> set[str]:
    """Every translation in a catalogue."""
    import xml.etree.ElementTree as ET

    root = ET.parse(CATALOGUES / f"fieldguide_{language}.ts").getroot()
    texts = set()
    for translation in root.iter("translation"):
        forms = translation.findall("numerusform")
        texts.update(f.text or "" for f in forms) if forms else texts.add(translation.text or "")
    return {t for t in texts if t}


def pdf_words(pdf: Path) -> str:
    """The text of a PDF as pdftotext reads it, Arabic presentation forms and bidi marks undone,
    white space removed (compare with `squeezed`)."""
    import subprocess

    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    return squeezed(text)


def squeezed(text: str) -> str:
    import re
    import unicodedata

    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", "".join(c for c in text if unicodedata.category(c) not in ("Cf", "Mn")))
