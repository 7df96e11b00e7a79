"""All session state lives in the workshop file: kill the app, open the file, carry on."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from test_session_support import build_workshop, find

from studio.core.kinds import ActivityState, ScreenMode

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from PySide6.QtCore import QStandardPaths
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication([])
    sys.path.insert(0, sys.argv[2])
    from test_session_support import build_workshop
    from studio.store.database import WorkshopStore
    from studio.core.workshops import WorkshopService
    from studio.ui.document import WorkshopDocument
    from studio.ui.session.page import SessionPage
    from studio.core.kinds import Source

    path = Path(sys.argv[1])
    store = WorkshopStore.create(path)
    WorkshopService(store).create_workshop("Kill test")
    doc = WorkshopDocument(store)
    ids = build_workshop(doc)
    page = SessionPage(doc)
    page.pins.set_pin("1357")
    page.show()
    c = page.control
    c.go_to(ids["scenario"], ids["scale"])
    c.open_voting()
    c.toggle_timer()
    for v in (2, 4, 5):
        page.stage.flow.start_person()
        page.stage.flow.choose_group(None)
        page.stage.flow.answer_widget.tiles[str(v)].click()
        page.stage.flow.submit()
    c.go_to(ids["scenario"], ids["single_choice"])
    c.open_voting()
    c.show(__import__("studio.core.kinds", fromlist=["ScreenMode"]).ScreenMode.RESULTS)
    c.go_to(ids["scenario"], ids["scale"])
    c.show(__import__("studio.core.kinds", fromlist=["ScreenMode"]).ScreenMode.RESULTS)
    page.set_participant_mode(True)
    app.processEvents()
    print("READY", ids["scale"], ids["single_choice"], flush=True)
    while True:
        app.processEvents()
        time.sleep(0.01)
""")


@pytest.mark.slow
def test_kill_and_reopen_continues_exactly_there(qtbot, tmp_path):
    path = tmp_path / "kill.workshop"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(path), str(ROOT / "tests")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=str(ROOT))
    try:
        line = proc.stdout.readline()
        assert line.startswith("READY"), proc.stderr.read()
        _, scale_id, single_id = line.split()
    finally:
        proc.send_signal(signal.SIGKILL)  # no clean shutdown, no goodbye
        proc.wait(30)

    from studio.ui.document import WorkshopDocument
    from studio.ui.session.page import SessionPage

    doc = WorkshopDocument.open(path)
    try:
        state = doc.facilitation.state()
        assert state.current_activity_id == scale_id
        assert ScreenMode(state.screen_mode) is ScreenMode.RESULTS
        assert state.participant_mode is True
        assert doc.workshops.activity(scale_id).state == ActivityState.OPEN.value
        assert doc.workshops.activity(single_id).state == ActivityState.OPEN.value
        assert doc.ballots.ballot_count(scale_id) == 3
        timer = doc.facilitation.timer()
        assert timer.item_id == scale_id and timer.running and timer.limit_s == 120

        page = SessionPage(doc)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(page.stage.isVisible)
        assert page.stage.participant_mode and page.stage.guard.participant_mode
        assert page.control.actions["session.participant"].isChecked()
        assert page.stage.mode is ScreenMode.RESULTS
        assert find(page.stage, "resultsHidden").isVisible()  # not revealed before the kill
        assert page.counter.text() == "3 ballots"
        assert page.timer_panel.label.text() != "--:--"
        assert page.stage.timer_label.isVisible()
        page.control.set_participant_mode(False)
        page.shutdown()
    finally:
        doc.close()


def test_reopen_in_process_restores_current_item_and_screen(qtbot, tmp_path):
    from studio.core.workshops import WorkshopService
    from studio.store.database import WorkshopStore
    from studio.ui.document import WorkshopDocument
    from studio.ui.session.page import SessionPage

    path = tmp_path / "again.workshop"
    store = WorkshopStore.create(path)
    WorkshopService(store).create_workshop("Again")
    doc = WorkshopDocument(store)
    ids = build_workshop(doc)
    page = SessionPage(doc)
    qtbot.addWidget(page)
    page.control.go_to(ids["scenario"], ids["matrix"])
    page.control.toggle_blank()
    page.shutdown()
    doc.close()

    doc = WorkshopDocument.open(path)
    page = SessionPage(doc)
    qtbot.addWidget(page)
    assert page.control.activity.id == ids["matrix"]
    assert page.stage.mode is ScreenMode.BLANK
    page.control.toggle_blank()  # back to what was shown before the blank screen
    assert page.stage.mode is ScreenMode.ACTIVITY
    page.shutdown()
    doc.close()
