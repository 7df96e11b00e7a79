"""``studio PATH.workshop --phones``: the command line that opens a workshop with the phone
server running, as a facilitator (or a script) starts a room. 127.0.0.1 only."""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

from cli_support import demo, one_line, run  # noqa: F401 - fixtures

JOIN = re.compile(r"Join: (http://127\.0\.0\.1:(\d+)/j/[A-Za-z0-9_-]{22})")


def _env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
                XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"))


def _lines(stream, into: queue.Queue) -> None:
    for line in stream:
        into.put(line)
    into.put(None)


def _post(url: str, body: dict) -> tuple[int, dict]:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json",
                                          "X-Studio-Phone": "1"})
    with urllib.request.urlopen(req, timeout=10) as resp:  # 127.0.0.1 only
        return resp.status, json.loads(resp.read())


def test_phones_from_the_command_line_print_one_join_line_and_serve_the_room(tmp_path, demo):
    workshop = tmp_path / "raum.workshop"
    shutil.copy(demo, workshop)
    proc = subprocess.Popen([sys.executable, "-m", "studio", str(workshop), "--phones",
                             "--bind", "127.0.0.1", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=_env(tmp_path))
    out: queue.Queue = queue.Queue()
    threading.Thread(target=_lines, args=(proc.stdout, out), daemon=True).start()
    try:
        line = out.get(timeout=90)
        assert line is not None, proc.stderr.read() if proc.stderr else ""
        match = JOIN.fullmatch(line.rstrip("\n"))
        assert match, line
        url, port = match.group(1), int(match.group(2))
        assert port > 0  # --port 0: a free port, and the line names it
        with urllib.request.urlopen(url, timeout=10) as resp:  # the phone page itself
            page = resp.read().decode()
        assert resp.status == 200 and "<html" in page.lower()
        device = "ab" * 16
        assert _post(f"{url}/api/join", {"device": device}) == (200, {"joined": True})
        with urllib.request.urlopen(f"{url}/api/state?device={device}&since=0",
                                    timeout=10) as resp:
            state = json.loads(resp.read())
        assert state["joined"] is True and state["title"]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as resp:
            neutral = resp.read().decode()  # without the token: a neutral page only
        assert state["title"] not in neutral
        assert out.empty()  # one line, nothing else on standard output
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_a_bad_phone_command_line_says_what_is_wrong_in_one_line(capsys, tmp_path, demo):
    code, _, err = run(capsys, demo, "--port", "8765")
    assert code == 2 and "--phones" in one_line(err)
    code, _, err = run(capsys, "--phones")
    assert code == 2 and "needs a workshop" in one_line(err)
    code, _, err = run(capsys, demo, "--phones", "--bind", "not-an-address")
    assert code == 2 and "not-an-address" in one_line(err)
    code, _, err = run(capsys, demo, "--phones", "--bind", "127.0.0.1", "--port", "70000")
    assert code == 2 and "70000" in one_line(err)
    code, _, err = run(capsys, tmp_path / "missing.workshop", "--phones", "--bind",
                       "127.0.0.1")
    assert code == 2 and "does not exist" in one_line(err)


def test_an_address_that_is_not_this_laptops_ends_with_one_line_and_exit_2(tmp_path, demo):
    """A documentation-only address (TEST-NET-3) is on no interface here: nothing is sent,
    the server cannot listen, and the facilitator reads why."""
    workshop = tmp_path / "raum.workshop"
    shutil.copy(demo, workshop)
    done = subprocess.run([sys.executable, "-m", "studio", str(workshop), "--phones",
                           "--bind", "203.0.113.7", "--port", "0"], capture_output=True,
                          text=True, env=_env(tmp_path), timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert "203.0.113.7" in one_line(done.stderr)


def test_with_phones_the_app_opens_on_the_console(qtbot, tmp_path, demo):
    """Opened with --phones, the window shows the run tab (the console), not the planner."""
    from PySide6.QtWidgets import QApplication

    from studio.ui.app import _open_with_phones
    from studio.ui.main_window import MainWindow

    workshop = tmp_path / "raum.workshop"
    shutil.copy(demo, workshop)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    _open_with_phones(QApplication.instance(), window, workshop, ("127.0.0.1", 0))
    page = window.tabs.currentWidget()
    try:
        assert page.objectName() == "sessionPage"
        assert page.phones.running
    finally:
        page.phones.stop()
