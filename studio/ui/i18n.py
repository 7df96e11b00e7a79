"""Loading the app's translations (German first, English second), and the
shared screen's own language.

Source texts are English; German is the default UI language. Every
``resources/translations/*_de.qm`` (one per translation unit, see
``tools/i18n.py``) is loaded, plus Qt's own ``qtbase_de`` for standard dialogs.
Translators are kept referenced here: a garbage-collected QTranslator silently
stops translating.

The facilitator's console speaks the app's language (View → Language, the
installed translators). The shared screen speaks the *workshop's* language
(``Workshop.language``), whatever the console's is: its window carries the
dynamic property :data:`STAGE_LANGUAGE`, and the widgets on it translate with
:func:`translator_for` that language's translators, which are loaded but never
installed. :class:`StageLanguageMixin` gives such widgets a ``tr`` that does
this, so their ``self.tr("...")`` calls stay as lupdate extracts them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QWidget

from studio.base.i18n import set_translator, translating_with
from studio.paths import resource

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
# The dynamic property that gives a widget (and everything on it) its own language.
STAGE_LANGUAGE = "stageLanguage"
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


def _qt_translators(language: str) -> list[QTranslator]:
    """Qt's own translations (standard dialogs and buttons); English needs none."""
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
        return [qt]
    return []


def install(language: str) -> str:
    """Install the translators of ``language`` into the running application."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    translators = load_translators(language) + _qt_translators(language)
    for t in translators:
        app.installTranslator(t)
        _installed.append(t)
    QLocale.setDefault(QLocale(QLocale.Language.German if language == "de"
                               else QLocale.Language.English))
    set_translator(QCoreApplication.translate)
    return language


# -- a language of its own (the shared screen) ------------------------------------------------
def fill_plural(text: str, n: int, language: str | None = None) -> str:
    """Put the number into ``%n`` (and ``%Ln``, in the language's digits) as Qt does."""
    if n < 0:
        return text
    if "%L" in text:
        locale = QLocale(language) if language else QLocale()
        text = text.replace("%Ln", locale.toString(n))
    return text.replace("%n", str(n))


class Words:
    """The app's translations in one language, loaded but not installed.

    ``translate`` has the signature of ``QCoreApplication.translate`` (lupdate
    extracts ``words.translate("Context", "text")`` calls like that one).
    """

    def __init__(self, language: str, translators: list[QTranslator]) -> None:
        self.language = language
        self._translators = translators  # referenced: a collected QTranslator says nothing

    def find(self, context: str, source: str, disambiguation: str | None = None,
             n: int = -1) -> str | None:
        """The translation of ``source`` in ``context``, or None if there is none."""
        for t in self._translators:
            found = t.translate(context, source, disambiguation, n)
            if found:
                return fill_plural(found, n, self.language)
        return None

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        found = self.find(context, source, disambiguation, n)
        return found if found is not None else fill_plural(source, n, self.language)


class _AppWords:
    """The installed translators (the app's language): what the console speaks."""

    language = None

    @staticmethod
    def translate(context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return QCoreApplication.translate(context, source, disambiguation, n)


APP_WORDS = _AppWords()
_words: dict[str, Words] = {}


def translator_for(language: str) -> Words:
    """The translations of ``language`` ("de" or "en"), loaded once and never installed."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    words = _words.get(language)
    if words is None:
        words = _words[language] = Words(
            language, load_translators(language) + _qt_translators(language))
    return words


def translate_in(language: str, context: str, text: str, disambiguation: str | None = None,
                 n: int = -1) -> str:
    """``text`` of ``context`` in ``language`` (the English source text if untranslated)."""
    return translator_for(language).translate(context, text, disambiguation, n)


def language_of(obj: QObject | None) -> str | None:
    """The own language of ``obj`` or of the nearest parent that has one (None: the app's)."""
    while obj is not None:
        value = obj.property(STAGE_LANGUAGE)
        if value:
            return str(value)
        obj = obj.parent()
    return None


def words_of(obj: QObject | None) -> Words | _AppWords:
    """What ``obj`` speaks: its window's own language (the shared screen), else the app's."""
    language = language_of(obj)
    return translator_for(language) if language else APP_WORDS


@contextmanager
def core_words(obj: QObject | None) -> Iterator[None]:
    """Within the block, Qt-free text (``studio.base.i18n.translate``: error messages,
    kind labels) comes in the language of ``obj``."""
    language = language_of(obj)
    if language is None:
        yield
        return
    words = translator_for(language)
    with translating_with(words.translate):
        yield


class StageLanguageMixin:
    """For widgets shown on the shared screen: ``self.tr`` speaks the language of the
    window they are on (see :func:`language_of`), not the app's.

    Put it first among the bases (``class View(StageLanguageMixin, QWidget)``).
    lupdate files a ``self.tr`` call under the class whose body holds it, so the
    classes of ``type(self).__mro__`` are tried as contexts in turn. Override
    :meth:`retranslate` to set the widget's texts again when the language
    changes; the shared-screen window calls it on every such widget.
    """

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        language = language_of(self)  # type: ignore[arg-type]
        if language is None:
            return super().tr(source, disambiguation, n)  # type: ignore[misc]
        words = translator_for(language)
        for cls in type(self).__mro__:
            if cls.__module__.startswith("studio."):
                found = words.find(cls.__name__, source, disambiguation, n)
                if found is not None:
                    return found
        return fill_plural(source, n, language)

    def retranslate(self) -> None:
        """Set the widget's own texts again (its language changed)."""


def retranslate_children(root: QWidget) -> None:
    """Call ``retranslate`` on every StageLanguageMixin widget under ``root``."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, StageLanguageMixin):
            widget.retranslate()

