"""Optional read-aloud of the scenario card and the question on the shared screen.

Qt TextToSpeech speaks through the platform's voices (SAPI/WinRT on Windows,
AVSpeech on macOS, speech-dispatcher on Linux). Any of these may be missing: the
Qt module itself (it needs the platform's audio libraries), the engine plugin,
or a voice for the workshop's language. :class:`Speaker` hides all of that
behind :meth:`Speaker.available`, so the UI shows the read-aloud button only
when it can work, and never fails because of it.

Nothing is loaded until the first question (the engine brings in Qt Multimedia).
The environment variable ``STUDIO_TTS_ENGINE`` forces an engine by name
("mock" is Qt's silent test engine) or switches read-aloud off ("none").

Signals:
    speakingChanged(bool): read-aloud started (True) or ended (False)
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QLocale, QObject, Signal

log = logging.getLogger(__name__)

ENGINE_ENV = "STUDIO_TTS_ENGINE"
# Qt's "mock" engine is a silent stand-in for tests: never chosen by itself.
_TEST_ENGINES = {"mock"}


class Speaker(QObject):
    """Reads text aloud in a given language, if this computer can.

    API: ``available(language=None)``, ``say(text, language)``, ``stop()``,
    ``speaking()``, ``unavailable_reason(language)``.
    """

    speakingChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, engine: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speaker")
        self._wanted = engine if engine is not None else os.environ.get(ENGINE_ENV) or None
        self._tts = None  # QTextToSpeech once loaded
        self._loaded = False
        self._problem = ""
        self._speaking = False

    # -- loading -------------------------------------------------------------------
    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        if self._wanted == "none":
            self._problem = "switched off"
            return
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except (ImportError, OSError) as exc:  # module or its audio libraries missing
            self._problem = f"Qt TextToSpeech cannot be loaded ({exc})"
            log.info("read-aloud unavailable: %s", self._problem)
            return
        engines = list(QTextToSpeech.availableEngines())
        if self._wanted:
            candidates = [self._wanted] if self._wanted in engines else []
        else:
            candidates = [e for e in engines if e not in _TEST_ENGINES]
        for name in candidates:
            tts = QTextToSpeech(name, self)
            if tts.state() == QTextToSpeech.State.Error or not tts.availableLocales():
                log.info("text-to-speech engine %s unusable: %s", name, tts.errorString())
                tts.deleteLater()
                continue
            self._tts = tts
            tts.stateChanged.connect(self._on_state)
            log.info("read-aloud through the %s engine", name)
            return
        self._problem = "no text-to-speech engine with a voice"
        log.info("read-aloud unavailable: %s (engines: %s)", self._problem, engines)

    def _locale_for(self, language: str) -> QLocale | None:
        want = QLocale(language).language()
        locales = [loc for loc in self._tts.availableLocales() if loc.language() == want]
        if not locales:
            return None
        # Prefer the country the language is named after (de_DE, en_GB), then any.
        preferred = QLocale(language)
        return next((loc for loc in locales if loc.territory() == preferred.territory()),
                    locales[0])

    # -- API -----------------------------------------------------------------------
    def available(self, language: str | None = None) -> bool:
        """True if text can be read aloud (in ``language``, when given)."""
        self._load()
        if self._tts is None:
            return False
        return language is None or self._locale_for(language) is not None

    def unavailable_reason(self, language: str | None = None) -> str:
        """Why read-aloud cannot work, for a tooltip; empty when it can."""
        if self.available(language):
            return ""
        if self._tts is None:
            return self.tr("Read-aloud needs a text-to-speech voice, and none is available"
                           " on this computer.")
        return self.tr("No voice for {language} is installed on this computer.").format(
            language=QLocale(language).nativeLanguageName() or language)

    def say(self, text: str, language: str) -> bool:
        """Read ``text`` aloud in ``language`` ("de", "en"). Returns False (and does
        nothing) when that cannot be done. Stops what is being read first."""
        text = " ".join(str(text).split())
        if not text or not self.available(language):
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        locale = self._locale_for(language)
        if self._tts.state() in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Paused):
            self._tts.stop()
        if self._tts.locale() != locale:
            self._tts.setLocale(locale)
        self._tts.say(text)
        return True

    def stop(self) -> None:
        """Stop reading at once (no-op when silent or unavailable)."""
        if self._tts is not None:
            self._tts.stop()

    def speaking(self) -> bool:
        return self._speaking

    def engine_name(self) -> str:
        """The engine in use, or "" (for the About dialog and bug reports)."""
        self._load()
        return self._tts.engine() if self._tts is not None else ""

    def _on_state(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        speaking = state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)
        if speaking != self._speaking:
            self._speaking = speaking
            self.speakingChanged.emit(speaking)
