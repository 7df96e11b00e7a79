"""Opening the large demo to a usable console, against a bare window plus the heavy imports.

    python bench/bench_open_console.py [--runs N] [--xvfb] [--profile]

The large demo workshop (``studio demo --size large``) is written once
beforehand (not timed). Two programs are then started the same way
(``python -m MODULE``, same interpreter, platform plugin and environment),
interleaved, N times each after one warm-up run:

- ``bare``: imports PySide6, SQLAlchemy (``sqlalchemy``, ``sqlalchemy.orm``) and
  matplotlib (``Figure``, ``FigureCanvasQTAgg``), shows an empty
  ``QMainWindow`` and reports its first paint (the baseline: what any app on
  this stack pays before it can show anything);
- ``studio``: the app as ``studio LARGE.workshop`` starts it
  (``studio.ui.app.run``); once the workshop is open the child switches to the
  Run tab (the console) and reports when the agenda model is filled and the
  live results chart has been painted on screen (the canvas was painted, its
  figure has axes and nothing left to draw).

Each child prints ``ready`` when its condition holds (the bare one after its
window's first paint; the app child polls with a QTimer and also prints
``opened`` when the workshop's tabs exist); the times are measured
from outside, spawn → line read, as in bench_startup.py. The app child also
reports ``settled``: the chart's throttled re-layout after the console got its
size is drawn and painted too (informational). Target: ``studio`` ready
≤ 2 × bare (issue 13).

``--profile`` adds one app run under cProfile (start → ready) and prints the
top costs. Offscreen by default; ``--xvfb`` runs everything on a virtual X
display (re-running this script under ``xvfb-run`` when there is no display).
"""

from __future__ import annotations

import argparse
import os
import pstats
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import (  # noqa: E402
    ROOT,
    child_env,
    machine,
    median,
    spread,
    summary,
    temp_dir,
    verdict,
)

TARGET = 2.0
POLL_MS = 5

BARE = '''\
"""The baseline: the stack's imports and an empty main window, reported at its first paint."""
import sys
import time

T0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

import sqlalchemy  # noqa: F401
import sqlalchemy.orm  # noqa: F401
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: F401
from matplotlib.figure import Figure  # noqa: F401

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)


class Painted(QObject):
    done = False

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, ready)
        return False


def ready():
    print(f"ready {time.perf_counter() - T0:.4f}", flush=True)
    app.quit()


painted = Painted()
window.installEventFilter(painted)
window.show()
sys.exit(app.exec())
'''

CONSOLE = '''\
"""The app on a workshop, switched to the console; reports when agenda and chart are up."""
import os
import sys
import time

T0 = time.perf_counter()
PROFILE = os.environ.get("BENCH_PROFILE")
if PROFILE:
    import cProfile

    profiler = cProfile.Profile()
    profiler.enable()

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from studio.ui import app as studio_app

qapp = studio_app.create_application()


class Probe(QObject):
    """Polls the main window: open → Run tab → agenda filled and chart painted."""

    def __init__(self):
        super().__init__()
        self.window = None
        self.page = None
        self.canvas = None
        self.painted = False  # the canvas was painted since the chart was last built
        self.ready = False
        self.timer = QTimer()
        self.timer.timeout.connect(self.poll)
        self.timer.start(POLL_MS)

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted = True
            QTimer.singleShot(0, self.poll)
        return False

    def built(self):
        self.painted = False

    def poll(self):
        if self.page is None:
            window = next((w for w in QApplication.topLevelWidgets()
                           if type(w).__name__ == "MainWindow"), None)
            if window is None or window.tabs is None:
                return
            self.window = window
            self.page = next(p for p in window.pages if p.objectName() == "sessionPage")
            print(f"opened {time.perf_counter() - T0:.4f}", flush=True)
            self.page.results.drawn.connect(self.built)
            window.tabs.setCurrentWidget(self.page)
        results = self.page.results
        if self.canvas is None and results.canvas is not None:
            self.canvas = results.canvas
            self.canvas.installEventFilter(self)
        if self.canvas is None or self.page.agenda.rowCount() == 0:
            return
        figure = self.canvas.figure
        drawn = (self.painted and self.canvas.isVisible() and bool(figure.axes)
                 and not figure.stale)
        if not drawn:
            return
        if not self.ready:
            self.ready = True
            if PROFILE:
                profiler.disable()
                profiler.dump_stats(PROFILE)
            print(f"ready {time.perf_counter() - T0:.4f}", flush=True)
        if not results.timer.isActive():
            print(f"settled {time.perf_counter() - T0:.4f}", flush=True)
            self.timer.stop()
            qapp.quit()


probe = Probe()
sys.exit(studio_app.run(Path(sys.argv[1])))
'''.replace("POLL_MS", str(POLL_MS))


class Case:
    def __init__(self, name: str, args: list[str]) -> None:
        self.name = name
        self.args = args
        self.marks: dict[str, list[float]] = {"opened": [], "ready": [], "settled": []}
        self.inner: list[float] = []


def run_once(case: Case, env: dict[str, str]) -> dict[str, float]:
    """Start one child; return the seconds from spawn to each mark it printed."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *case.args], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        now = time.perf_counter()
        word, _, value = line.partition(" ")
        if word in ("opened", "ready", "settled") and word not in marks:
            marks[word] = now - t0
            if word == "ready":
                marks["inner"] = float(value)
    try:
        proc.wait(timeout=180)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise SystemExit(f"{case.name}: no exit within 180 s") from None
    if proc.returncode != 0 or "ready" not in marks:
        raise SystemExit(f"{case.name} failed (exit {proc.returncode}), marks {marks}: "
                         f"{proc.stderr.read()}")
    return marks


def profile_once(env: dict[str, str], demo: Path, out: Path, top: int = 18) -> None:
    """One app child under cProfile (start → ready); print the top costs."""
    done = subprocess.run([sys.executable, "-m", "console_child", str(demo)],
                          env={**env, "BENCH_PROFILE": str(out)}, cwd=ROOT,
                          capture_output=True, text=True, timeout=180, check=False)
    if done.returncode != 0 or not out.exists():
        print(f"profiling failed (exit {done.returncode}): {done.stderr}")
        return
    for key, title in (("cumulative", "cumulative time"), ("tottime", "own time")):
        print(f"\nTop {top} by {title} (start → ready, one run under cProfile):")
        stats = pstats.Stats(str(out))
        stats.strip_dirs().sort_stats(key).print_stats(top)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per case (default 5)")
    parser.add_argument("--xvfb", action="store_true", help="run on a virtual X display")
    parser.add_argument("--profile", action="store_true",
                        help="add one app run under cProfile and print its top costs")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    if args.xvfb and not os.environ.get("DISPLAY"):
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            print("xvfb-run is missing: install the Debian packages xvfb and xauth.",
                  file=sys.stderr)
            return 2
        os.execv(xvfb, [xvfb, "-a", "-s", "-screen 0 1600x1000x24", sys.executable,
                        str(Path(__file__).resolve()), *sys.argv[1:]])
    platform_name = "xcb" if args.xvfb else "offscreen"

    with temp_dir("studio-bench-console-") as tmp:
        (tmp / "bare_child.py").write_text(BARE, encoding="utf-8")
        (tmp / "console_child.py").write_text(CONSOLE, encoding="utf-8")
        env = child_env(tmp, QT_QPA_PLATFORM=platform_name, PYTHONPATH=str(tmp))
        env.pop("STUDIO_EXIT_AFTER_SHOW", None)
        demo = tmp / "large.workshop"
        t0 = time.perf_counter()
        made = subprocess.run([sys.executable, "-m", "studio", "demo", "--size", "large",
                               "--output", str(demo)],
                              env=env, cwd=ROOT, capture_output=True, text=True, check=False)
        if made.returncode != 0:
            raise SystemExit(f"studio demo failed: {made.stderr}")
        made_in = time.perf_counter() - t0

        cases = [
            Case("bare window + imports", ["-m", "bare_child"]),
            Case("studio large demo", ["-m", "console_child", str(demo)]),
        ]
        print(f"Opening to a usable console, {platform_name} platform, {machine()}")
        print(f"large demo written in {made_in:.1f}s (not timed); median of {args.runs} "
              "runs each (after one warm-up run), interleaved")
        for case in cases:  # warm-up: byte code, disk cache, fontconfig and font caches
            run_once(case, env)
        for _ in range(args.runs):
            for case in cases:
                marks = run_once(case, env)
                case.inner.append(marks["inner"])
                for key, values in case.marks.items():
                    if key in marks:
                        values.append(marks[key])

        bare, app = cases
        base = median(bare.marks["ready"])
        print()
        print(f"{'':22} {'ready':>8} {'ratio':>6} {'(min–max)':>13} {'in-process':>10}"
              f" {'opened':>7} {'settled':>8}")
        for case in cases:
            ready = median(case.marks["ready"])
            opened = f"{median(case.marks['opened']):6.3f}s" if case.marks["opened"] else ""
            settled = f"{median(case.marks['settled']):7.3f}s" if case.marks["settled"] else ""
            print(f"{case.name:22} {ready:7.3f}s {ready / base:5.2f}× "
                  f"{spread(case.marks['ready']):>13} {median(case.inner):9.3f}s "
                  f"{opened:>7} {settled:>8}")

        if args.profile:
            profile_once(env, demo, tmp / "console.prof")

    ratio = median(app.marks["ready"]) / base
    print()
    print(f"large demo to a usable console: {ratio:.2f}× bare window + imports "
          f"(target ≤ {TARGET}×): {verdict(ratio, TARGET, higher_is_better=False)}")
    summary(f"open console ({platform_name}): large demo ready after "
            f"{median(app.marks['ready']):.3f}s = {ratio:.2f}× bare window + imports "
            f"{base:.3f}s (target ≤ {TARGET}×) {verdict(ratio, TARGET, higher_is_better=False)}"
            f"; workshop open after {median(app.marks['opened']):.3f}s, chart settled after "
            f"{median(app.marks['settled']):.3f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
