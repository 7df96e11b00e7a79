"""Translation hook for Qt-free code.

Domain, store and exchange code must not import Qt, yet their messages reach
users. They mark text with ``QT_TRANSLATE_NOOP(context, text)`` (lupdate finds
it by name) and turn it into the user's language with :func:`translate`. The UI
(and the CLI) install Qt's translator with :func:`set_translator`; without one,
the English source text is used.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

log = logging.getLogger(__name__)

_translator: Callable[[str, str], str] | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate keyword
    """Mark ``text`` for extraction by lupdate; returns it unchanged."""
    return text


def set_translator(func: Callable[[str, str], str] | None) -> None:
    """Install ``func(context, text) -> translated`` (Qt's ``QCoreApplication.translate``)."""
    global _translator
    _translator = func


@contextmanager
def translating_with(func: Callable[[str, str], str]) -> Iterator[None]:
    """Translate with ``func`` within the block, then with the installed one again.

    The shared screen speaks the workshop's language, which may differ from the
    app's: its widgets read messages made here (errors, labels) inside this block.
    """
    global _translator
    previous = _translator
    _translator = func
    try:
        yield
    finally:
        _translator = previous


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    try:
        return _translator(context, text) or text
    except Exception:  # a translator must never break an error path
        log.warning("translating %r (%s) failed; the English text is shown", text, context,
                    exc_info=True)
        return text


# -- text in a language of its own (the workshop's) --------------------------------------------
class LanguageWords:
    """The app's texts in one language: ``words_in("de").translate("Report", "Largest clusters")``.

    Read from the translation catalogs without Qt (:mod:`studio.base.catalog`).
    ``translate`` has the signature of ``QCoreApplication.translate`` so that lupdate
    extracts its calls; a text with ``%n`` is a plural: pass ``n``.
    """

    def __init__(self, language: str) -> None:
        self.language = language

    def translate(self, context: str, text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        from studio.base.catalog import lookup

        try:
            found = lookup(self.language, context, text, n) or text
        except Exception:  # a broken catalog must never break an export or an error path
            found = text
        return found.replace("%n", str(n)) if n >= 0 else found


def words_in(language: str) -> LanguageWords:
    """The one helper for "this text in the workshop's language"."""
    return LanguageWords(language)


def format_number(value: float, language: str, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals in the language's way (German: decimal comma)."""
    text = f"{value:,.{digits}f}"
    if language == "de":
        text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return text


def format_percent(share: float, language: str) -> str:
    """``share`` (0..1) as a whole percentage in the language's way: "52\u00a0%"."""
    return format_number(share * 100, language, 0) + "\u00a0%"
