"""The language the application speaks: which one, its locale, and loading its catalogues.

One choice drives everything a user reads: Qt's `tr()` in the window, `_()` in
the command line and the services' messages (`fieldguide.i18n`), Qt's own
strings (standard buttons, file dialogs: `qtbase_<lang>.qm`), the reports, and
the locale that formats dates and numbers and picks the default paper size.

The choice is kept in the profile's `settings.json` (`ui.language`); empty means
"the system's language", which is also the default. QtCore only: the command
line uses this too, and it must not load Qt widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from fieldguide import i18n
from fieldguide.resources import resources_dir

SETTING_KEY = "ui.language"

# Each language under its own name, as a language menu shows them to someone who cannot read
# the current one.
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar"})

# The locale used when the system's is in another language. Arabic: Modern Standard Arabic
# (ar_001) writes numbers with the digits 0-9 and names months يناير…ديسمبر, as United Nations
# Arabic documents do. English: British conventions (day month year, A4), as the UN writes.
FALLBACK_LOCALES = {"en": "en_GB", "fr": "fr_FR", "ar": "ar_001"}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    """The first of the system's preferred languages the application speaks; English otherwise."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve(choice: str | None) -> str:
    """The language code for a setting's value ("" or anything unknown: the system's)."""
    return choice if choice in LANGUAGES else system_language()


def locale_for(language: str) -> QLocale:
    """The system's locale when it is in `language` (a Malian's fr_ML stays fr_ML), else a neutral one."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(FALLBACK_LOCALES.get(language, language))


@dataclass
class Active:
    language: str
    locale: QLocale
    translators: list[QTranslator]


_active: Active | None = None


def active_language() -> str:
    return _active.language if _active else "en"


def active_locale() -> QLocale:
    return _active.locale if _active else QLocale(FALLBACK_LOCALES["en"])


def is_right_to_left(language: str | None = None) -> bool:
    return (language or active_language()) in RIGHT_TO_LEFT


def _qt_translations_dirs() -> list[Path]:
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        package / "Qt" / "translations",
        package / "translations",
    ]


def _load(name: str, directories: list[Path]) -> QTranslator | None:
    for directory in directories:
        translator = QTranslator()
        if (directory / f"{name}.qm").is_file() and translator.load(name, str(directory)):
            return translator
    return None


def _translators(language: str) -> list[QTranslator]:
    """The catalogues that speak `language`, the one consulted first last."""
    ours = [translations_dir()]
    # English first: its catalogue holds only plural forms ("%n item(s)" -> "1 item", "2 items").
    # Qt searches the translators installed last first, so the chosen language wins.
    translators = [t for t in (_load("fieldguide_en", ours),) if t]
    if language != "en":
        translators += [
            t
            for t in (
                _load(f"qtbase_{language}", _qt_translations_dirs()),
                _load(f"fieldguide_{language}", ours),
            )
            if t
        ]
    return translators


@contextmanager
def report_language(language: str | None) -> Iterator[str]:
    """Within the block, in this thread only, reports speak `language`; the window keeps its own.

    A report's fixed words (headings, status names, "Field Guide synthesis", dates,
    page numbers) follow the language asked for the report, so an adviser working
    in English can send a French report without switching the whole application,
    and an export running beside the window never changes what the window says.
    A language the application does not speak (or None) leaves the current one.
    """
    code = language if language in LANGUAGES else active_language()
    if code == active_language():
        yield code
        return
    locale = locale_for(code)
    with i18n.speaking(
        _lookup_in(_translators(code), locale),
        right_to_left=code in RIGHT_TO_LEFT,
        date_formatter=_date_formatter(locale),
    ):
        yield code


def apply_language(choice: str | None = None) -> str:
    """Load the catalogues of `choice` (None or "": the system's language) and make them current.

    Installs them into the running QCoreApplication when there is one (the window),
    sets the default QLocale and the layout direction, and routes `_()` through them.
    Returns the language code in use. A missing catalogue falls back to English text,
    never to an error: the application must open whatever the installation lost.
    """
    global _active
    language = resolve(choice)
    translators = _translators(language)
    locale = locale_for(language)
    QLocale.setDefault(locale)

    app = QCoreApplication.instance()
    if app is not None:
        if _active is not None:
            for old in _active.translators:
                app.removeTranslator(old)
        for translator in translators:
            app.installTranslator(translator)
        right_to_left = language in RIGHT_TO_LEFT
        # Touching Qt's namespace creates its ~90 enum classes, a good share of a bare window's
        # start-up; a window starting left to right (Qt's own default) paints before it needs them.
        if (
            hasattr(app, "setLayoutDirection")
            and hasattr(app, "isRightToLeft")
            and (right_to_left or app.isRightToLeft())
        ):
            from PySide6.QtCore import Qt

            app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
            )
    _active = Active(language, locale, translators)
    i18n.install(
        _lookup_in(translators, locale),
        right_to_left=language in RIGHT_TO_LEFT,
        date_formatter=_date_formatter(locale),
    )
    return language


def _lookup_in(translators: list[QTranslator], locale: QLocale) -> i18n.Lookup:
    ordered = list(reversed(translators))

    def lookup(context: str, text: str, count: int, disambiguation: str) -> str:
        for translator in ordered:
            found = translator.translate(context, text, disambiguation or None, count)
            if found:
                # QTranslator leaves %n to QCoreApplication.translate, which this path bypasses.
                if count >= 0:
                    found = found.replace("%Ln", locale.toString(count)).replace("%n", str(count))
                return found
        return ""

    return lookup


def _date_formatter(locale: QLocale) -> i18n.DateFormatter:
    def format_date(value: dt.date, short: bool) -> str:
        pattern = "d MMM yyyy" if short else "d MMMM yyyy"
        return locale.toString(QDate(value.year, value.month, value.day), pattern)

    return format_date


def language_from_settings(data_settings: Path) -> str:
    """The `ui.language` stored in a profile's settings.json ("" when unset or unreadable).

    Read before the profile opens: the first window and the passphrase prompt
    must already speak the user's language.
    """
    from fieldguide.settings import Settings

    return Settings.load(data_settings).get(SETTING_KEY, "")
