"""Read-aloud: works where a voice exists, and is quietly absent where none does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from studio.ui.speech import Speaker

ROOT = Path(__file__).resolve().parents[1]


def _mock_engine_available() -> bool:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except (ImportError, OSError):
        return False
    return "mock" in QTextToSpeech.availableEngines()


def _assert_quietly_unavailable(speaker: Speaker) -> None:
    assert not speaker.available()
    assert not speaker.available("de")
    assert speaker.say("Wer entscheidet am Ende?", "de") is False
    speaker.stop()  # no error
    assert not speaker.speaking()
    assert speaker.engine_name() == ""
    assert "voice" in speaker.unavailable_reason("de")


def test_without_the_qt_module_read_aloud_is_just_unavailable(qapp, monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # import fails
    _assert_quietly_unavailable(Speaker())


def test_an_unknown_engine_is_unavailable(qapp):
    _assert_quietly_unavailable(Speaker(engine="no-such-engine"))


def test_switched_off_by_the_environment(qapp, monkeypatch):
    monkeypatch.setenv("STUDIO_TTS_ENGINE", "none")
    _assert_quietly_unavailable(Speaker())


def test_loading_the_module_loads_no_speech_engine():
    """Start-up must not pay for Qt Multimedia: the engine loads on first use."""
    code = ("import sys, studio.ui.speech as s; s.Speaker;"
            "print('PySide6.QtTextToSpeech' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.skipif(not _mock_engine_available(),
                    reason="Qt TextToSpeech (or its audio libraries) not installed here")
def test_reads_aloud_through_an_engine_and_stops(qtbot):
    speaker = Speaker(engine="mock")
    assert speaker.available() and speaker.available("en")
    assert speaker.engine_name() == "mock"
    with qtbot.waitSignal(speaker.speakingChanged, timeout=5000) as started:
        assert speaker.say("Who decides in the end?\nA person, always.", "en")
    assert started.args == [True] and speaker.speaking()
    with qtbot.waitSignal(speaker.speakingChanged, timeout=5000) as stopped:
        speaker.stop()
    assert stopped.args == [False] and not speaker.speaking()


@pytest.mark.skipif(not _mock_engine_available(),
                    reason="Qt TextToSpeech (or its audio libraries) not installed here")
def test_a_language_without_a_voice_is_refused(qtbot):
    speaker = Speaker(engine="mock")
    missing = next((lang for lang in ("de", "ja", "sw") if not speaker.available(lang)), None)
    if missing is None:
        pytest.skip("the mock engine has voices for every language tried")
    assert speaker.say("Text", missing) is False
    assert speaker.unavailable_reason(missing)
    assert not speaker.speaking()
