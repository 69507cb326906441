"""Translation for text outside Qt (the command line): gettext, with English as the fallback.

The GUI uses Qt's `tr()`; the command line marks its strings with `_()` so both
can be translated from the same catalogue of messages.
"""

from __future__ import annotations

import gettext

from fieldguide.resources import resources_dir


def _translation() -> gettext.NullTranslations:
    try:
        return gettext.translation("fieldguide", localedir=resources_dir() / "locale", fallback=True)
    except FileNotFoundError:
        return gettext.NullTranslations()


_ = _translation().gettext
#: Plurals: ``ngettext("%d change", "%d changes", n) % n`` (languages have other plural rules).
ngettext = _translation().ngettext
