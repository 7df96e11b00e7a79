"""Loading the app's translations (German first, English second).

Source texts are English; German is the default UI language. Every
``resources/translations/*_de.qm`` (one per translation unit, see
``tools/i18n.py``) is loaded, plus Qt's own ``qtbase_de`` for standard dialogs.
Translators are kept referenced here: a garbage-collected QTranslator silently
stops translating.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from studio.core.i18n import set_translator
from studio.paths import resource

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
_installed: list[QTranslator] = []


def load_translators(language: str) -> list[QTranslator]:
    """QTranslators of the app for ``language`` (none needed for English source text)."""
    result: list[QTranslator] = []
    folder = resource("translations")
    for qm in sorted(folder.glob(f"*_{language}.qm")):
        t = QTranslator()
        if t.load(str(qm)):
            result.append(t)
    return result


def install(language: str) -> str:
    """Install the translators of ``language`` into the running application."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    translators = load_translators(language)
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
        translators.append(qt)
    for t in translators:
        app.installTranslator(t)
        _installed.append(t)
    QLocale.setDefault(QLocale(QLocale.Language.German if language == "de"
                               else QLocale.Language.English))
    set_translator(QCoreApplication.translate)
    return language
