"""README screenshots, made from the real app on a virtual display.

    python tools/screenshots.py                 # German, light theme, docs/screenshots/
    python tools/screenshots.py --lang en --out /tmp/shots

Run it again whenever the UI changes. Without a display it re-runs itself
under ``xvfb-run`` (Debian: ``apt-get install xvfb xauth``). It writes a demo
workshop to a temporary folder, uses temporary settings (your own are never
touched), opens the app at 1280x800 and saves one PNG per screen:

    start, workshop, workshop-dark, start-high-contrast, shortcuts,
    console, shared-screen, voting, results, board, export

A screen whose feature is not in this checkout yet is skipped with a note.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
XVFB_FLAG = "STUDIO_SCREENSHOTS_IN_XVFB"
SIZE = (1280, 800)


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots",
                        help="folder for the PNG files (default: docs/screenshots)")
    parser.add_argument("--lang", choices=("de", "en"), default="de",
                        help="language of the app (default: de)")
    parser.add_argument("--theme", default="light", help="theme of the main shots")
    parser.add_argument("--only", nargs="*", help="make only these shots (names as above)")
    return parser.parse_args(argv)


def _reexec_under_xvfb(argv: list[str]) -> int | None:
    """Run this script again on a virtual display when there is none."""
    if os.environ.get("DISPLAY") or os.environ.get(XVFB_FLAG):
        return None
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return None  # asked for explicitly
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("No display and no xvfb-run: using Qt's offscreen platform instead"
              " (install xvfb and xauth for shots like on a real screen).", file=sys.stderr)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    env = dict(os.environ, **{XVFB_FLAG: "1"})
    cmd = [xvfb, "-a", "-s", f"-screen 0 {SIZE[0] + 320}x{SIZE[1] + 200}x24",
           sys.executable, str(Path(__file__).resolve()), *argv]
    return subprocess.run(cmd, env=env, check=False).returncode


class Shooter:
    """Drives the real main window and saves what it shows."""

    def __init__(self, args: argparse.Namespace, home: Path) -> None:
        from studio.ui.app import create_application

        self.args = args
        self.home = home
        self.app = create_application([sys.argv[0]])
        self.made: list[Path] = []
        self.skipped: list[tuple[str, str]] = []

    # -- helpers -------------------------------------------------------------------
    def settle(self, ms: int = 250) -> None:
        """Let layouts, timers and paints finish (a tool, not a test: a short wait is fine)."""
        from PySide6.QtTest import QTest

        for _ in range(3):
            self.app.processEvents()
        QTest.qWait(ms)

    def save(self, name: str, widget) -> None:
        self.settle()
        path = self.args.out / f"{name}.png"
        tmp = path.with_name(path.name + ".tmp.png")
        if not widget.grab().save(str(tmp), "PNG"):
            raise SystemExit(f"could not write {tmp}")
        tmp.replace(path)
        self.made.append(path)
        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    def skip(self, name: str, why: str) -> None:
        self.skipped.append((name, why))
        print(f"  skipped {name}: {why}")

    def theme(self, name: str) -> None:
        from studio.ui.theme import apply_theme

        apply_theme(self.app, name, 1.0)
        self.settle()

    def grab_modal(self, name: str, trigger: Callable[[], None]) -> bool:
        """Trigger something that opens a modal dialog, save the dialog, close it."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

        seen: dict[str, object] = {}

        def poll(tries: int = 100) -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QDialog) and dialog.isVisible():
                if isinstance(dialog, QMessageBox) and dialog.objectName() == "messageBox":
                    seen["message"] = dialog.text()
                else:
                    self.save(name, dialog)
                    seen["saved"] = True
                dialog.reject()
            elif tries:
                QTimer.singleShot(50, lambda: poll(tries - 1))

        QTimer.singleShot(0, poll)
        trigger()
        self.settle(100)
        if "message" in seen:
            self.skip(name, str(seen["message"]))
        return bool(seen.get("saved"))

    # -- the shots -----------------------------------------------------------------
    def run(self) -> int:
        from studio.core.demo import generate_demo
        from studio.ui import i18n
        from studio.ui.icons import app_icon
        from studio.ui.main_window import MainWindow
        from studio.ui.settings import Settings

        self.args.out.mkdir(parents=True, exist_ok=True)
        i18n.install(self.args.lang)
        self.theme(self.args.theme)
        self.app.setWindowIcon(app_icon())
        demo = self.home / "Bürgerwerkstatt-KI-Demo.workshop"
        print("Writing the demo workshop …")
        generate_demo(demo, "small", seed=1).close()

        settings = Settings()
        settings.clear_recent()
        settings.theme, settings.font_scale = self.args.theme, 1.0
        settings.add_recent(demo)
        window = MainWindow(settings)
        window.resize(*SIZE)
        window.show()
        self.window = window
        self.settle(400)
        wanted = set(self.args.only or [])

        def want(name: str) -> bool:
            return not wanted or name in wanted

        print(f"Screenshots ({self.args.lang}, {self.args.theme}) into {self.args.out}:")
        if want("start"):
            self.save("start", window)
        if want("start-high-contrast"):
            self.theme("high-contrast")
            self.save("start-high-contrast", window)
            self.theme(self.args.theme)
        if want("shortcuts"):
            self.grab_modal("shortcuts", window.show_shortcuts)

        if not window.open_path(demo):
            raise SystemExit("the demo workshop did not open")
        self.settle(400)
        if want("workshop"):
            self.save("workshop", window)
        if want("workshop-dark"):
            self.theme("dark")
            self.save("workshop-dark", window)
            self.theme(self.args.theme)
        for name, shot in (("console", self.console), ("shared-screen", self.shared_screen),
                           ("voting", self.voting), ("results", self.results),
                           ("board", self.board), ("export", self.export)):
            if want(name):
                shot(name)
        window.close()
        self.settle(100)
        print(f"{len(self.made)} screenshots written, {len(self.skipped)} skipped.")
        return 0

    def _tab(self, object_name: str):
        tabs = self.window.tabs
        for i in range(tabs.count() if tabs is not None else 0):
            if tabs.widget(i).objectName() == object_name:
                tabs.setCurrentIndex(i)
                self.settle(300)
                return tabs.widget(i)
        return None

    # The live session (studio.ui.session): SessionPage.control drives it, and
    # SessionPage.stage is the shared screen, shot at a projector's 1280x720.
    STAGE_SIZE = (1280, 720)
    VOTE_KINDS = ("single_choice", "scale", "multiple_choice")

    def _session(self):
        page = self._tab("sessionPage")
        if page is None or not hasattr(page, "control") or not hasattr(page, "stage"):
            return None
        return page

    def _activity(self, page):
        """(scenario id, activity id) of the first choice or scale activity."""
        for kind in self.VOTE_KINDS:
            for scenario in page.control.agenda:
                for activity in scenario.activities:
                    if activity.kind.value == kind:
                        return scenario.id, activity.id
        return None

    def _stage(self, page):
        stage = page.stage
        if not stage.isVisible():
            page.show_stage()
        if stage.isFullScreen():
            stage.showNormal()
        stage.resize(*self.STAGE_SIZE)
        self.settle(400)
        return stage

    def console(self, name: str) -> None:
        page = self._session()
        if page is None:
            return self.skip(name, "no live session page (studio.ui.session.page) yet")
        item = self._activity(page)
        if item is not None:
            page.control.go_to(*item)
        self.save(name, self.window)

    def shared_screen(self, name: str) -> None:
        page = self._session()
        if page is None or not page.control.agenda:
            return self.skip(name, "no live session with a scenario")
        page.control.go_to(page.control.agenda[0].id, None)
        self.save(name, self._stage(page))

    def voting(self, name: str) -> None:
        page = self._session()
        item = self._activity(page) if page is not None else None
        if item is None:
            return self.skip(name, "no live session with a choice or scale activity")
        page.control.go_to(*item)
        page.control.open_voting()
        stage = self._stage(page)
        from PySide6.QtWidgets import QWidget

        flow = stage.findChild(QWidget, "participantFlow")
        if flow is not None and hasattr(flow, "choose_group"):
            flow.choose_group(None)  # past the optional group question, to the vote itself
        self.save(name, stage)

    def results(self, name: str) -> None:
        page = self._session()
        item = self._activity(page) if page is not None else None
        if item is None:
            return self.skip(name, "no live session with a choice or scale activity")
        page.control.go_to(*item)
        page.control.reveal()
        self.save(name, self._stage(page))

    def board(self, name: str) -> None:
        page = self._session()
        if page is not None and page.stage.isVisible():
            page.stage.close()  # the board tab is the console's; the stage stays out of the shot
        board = self._tab("boardPage")
        if board is None:
            return self.skip(name, "no board page (studio.ui.board.page) yet")
        if hasattr(board, "arrange"):
            board.arrange("cluster")  # tidy, as a facilitator would before showing it
        if hasattr(board, "view") and hasattr(board.view, "fit_all"):
            self.settle(200)
            board.view.show_readable()
        self.save(name, self.window)

    def export(self, name: str) -> None:
        self._tab("overviewPage")
        if not self.grab_modal(name, self.window.export_workshop) and name not in dict(
                self.skipped):
            self.skip(name, "the export dialog did not open")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _parse(argv)
    code = _reexec_under_xvfb(argv)
    if code is not None:
        return code
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    # A fixed folder name, so the paths shown in the shots (recent list, status
    # bar) are the same on every run and the PNGs change only when the UI does.
    home = Path(tempfile.gettempdir()) / "codesign-screenshots"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir()
    try:
        # Temporary settings and data: the user's own are never read or changed.
        for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                         ("XDG_CACHE_HOME", "cache"), ("HOME", "home")):
            (home / sub).mkdir()
            os.environ[var] = str(home / sub)
        os.environ.setdefault("STUDIO_TTS_ENGINE", "none")
        args.out = args.out.resolve()
        workshops = home / "Werkstaetten"
        workshops.mkdir()
        return Shooter(args, workshops).run()
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
