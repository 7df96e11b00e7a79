"""Read-aloud from the console: the card or the question, in the workshop's language."""

# ruff: noqa: F811 - pytest fixtures imported from test_session_support
from __future__ import annotations

import pytest
from test_session_support import click_action, doc, ids, page  # noqa: F401 - fixtures

from studio.core.kinds import ScreenMode


def test_without_a_voice_the_console_says_so(qtbot, page, monkeypatch):
    monkeypatch.setenv("STUDIO_TTS_ENGINE", "none")
    messages = []
    page.control.message.connect(lambda text, error: messages.append((text, error)))
    page.control.actions["session.read_aloud"].trigger()
    assert messages[-1] == ("Choose a scenario first.", True)
    page.control.go_to(page.control.agenda[0].id, None)
    page.control.actions["session.read_aloud"].trigger()
    assert messages and messages[-1][1] is True
    assert "not available" in messages[-1][0]
    assert page.control.spoken  # the text was composed all the same


def test_reads_the_question_when_the_activity_is_shown(qtbot, page, doc, monkeypatch):
    from test_speech import _mock_engine_available

    if not _mock_engine_available():
        pytest.skip("Qt's mock speech engine is not installed (needs libpulse0)")
    monkeypatch.setenv("STUDIO_TTS_ENGINE", "mock")
    doc.workshops.update(language="en")  # Qt's mock engine speaks English only
    control = page.control
    scenario = control.agenda[0]
    first = scenario.activities[0]
    control.go_to(scenario.id, first.id)
    click_action(qtbot, page, "session.show_activity")
    qtbot.waitUntil(lambda: control.mode is ScreenMode.ACTIVITY)
    messages = []
    control.message.connect(lambda text, error: messages.append((text, error)))
    control.actions["session.read_aloud"].trigger()
    assert control.spoken.startswith(first.prompt)
    assert messages[-1] == ("Reading aloud…", False)
