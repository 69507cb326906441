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
