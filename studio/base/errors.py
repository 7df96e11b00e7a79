"""Errors that carry a message meant for the user.

A ``StudioError`` says what is wrong and what to do. Its ``template`` is English
source text marked for translation; ``params`` fill its ``{placeholders}``. The
GUI shows ``err.user_message()`` in the user's language; the CLI prints
``err.cli_message()`` as its one line on stderr, which differs only where the
advice does ("use File → Import" in the window, "run studio import" in a shell).
"""

from __future__ import annotations

from studio.base.i18n import QT_TRANSLATE_NOOP, translate, words_in

CONTEXT = "Errors"


class Term(str):
    """A word filled into a message that is itself translated (context "Terms").

    Mark it where it is written: ``Term(QT_TRANSLATE_NOOP("Terms", "a whole number"))``.
    """


class StudioError(Exception):
    """Base class of every error a user can cause and act on."""

    #: English source text for the command line where its advice differs; None: ``template``.
    cli_template: str | None = None

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self._format(template))

    def _format(self, text: str, params: dict[str, object] | None = None) -> str:
        try:
            return text.format(**(self.params if params is None else params))
        except (KeyError, IndexError, ValueError):
            return text

    def user_message(self) -> str:
        return self._translated(self.template)

    def message_in(self, language: str) -> str:
        """The message in ``language`` (a workshop's), whatever the app's language is.

        Thread-safe: reads the catalogs without the installed translator.
        """
        words = words_in(language)
        params = {k: words.translate("Terms", v) if isinstance(v, Term) else v
                  for k, v in self.params.items()}
        return self._format(words.translate(CONTEXT, self.template), params)

    def on_command_line(self, template: str) -> StudioError:
        """Give the command line its own wording (marked with ``QT_TRANSLATE_NOOP``); returns self.

        For advice that names a menu in the window but a command in a shell.
        """
        self.cli_template = template
        return self

    def cli_message(self) -> str:
        """The message for the command line, in the user's language."""
        if self.cli_template is None:
            return self.user_message()
        return self._translated(self.cli_template)

    def _translated(self, template: str) -> str:
        params = {k: translate("Terms", v) if isinstance(v, Term) else v
                  for k, v in self.params.items()}
        return self._format(translate(CONTEXT, template), params)


class ValidationError(StudioError):
    """Input that a service refuses (a bad answer, an empty title, ...)."""


class StateError(StudioError):
    """An action not allowed in the current state (voting while closed, ...)."""


class NotFoundError(StudioError):
    """A record that does not exist (any more)."""


class WorkshopFileError(StudioError):
    """A workshop file that cannot be opened or written."""


class WriteError(WorkshopFileError):
    """A change the workshop file could not take (disk full, read-only file, lost drive).

    Nothing of the change was saved; the same change may be tried again.
    """


class NewerFileError(WorkshopFileError):
    """A workshop file written by a newer, incompatible version of the app."""


# Marked here so that lupdate extracts texts raised elsewhere with a variable template.
_MARKED = (QT_TRANSLATE_NOOP("Errors", "Unexpected error: {detail}"),)
