"""Start-up: process start until the main window is shown, against a bare PySide6 window.

    python bench/bench_startup.py [--runs N] [--xvfb]

Three programs are started the same way (``python -m MODULE``, same
interpreter, same platform plugin, same environment), interleaved, N times each
after one warm-up run:

- ``bare``: a script that shows an empty ``QMainWindow`` (the baseline);
- ``studio``: the app on its start screen;
- ``studio DEMO.workshop``: the app opening the small demo workshop.

Each child prints ``shown`` when its first window is up (the app does so with
``STUDIO_EXIT_AFTER_SHOW=1``, see studio/ui/app.py) and then quits. Measured
from outside: spawn → ``shown`` line read, spawn → workshop opened, spawn →
process ended. Target: ``studio`` ≤ 1.5 × bare (median time to shown).

Then one diagnostic run of each app case under ``python -X importtime`` tells
which heavy packages (sqlalchemy, matplotlib, openpyxl, ...) are imported
before the first window is shown: there should be none.

Offscreen by default; ``--xvfb`` runs everything on a virtual X display
(re-running this script under ``xvfb-run`` when there is no display).
"""

from __future__ import annotations

import argparse
import os
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

TARGET = 1.5
HEAVY = ("sqlalchemy", "matplotlib", "openpyxl", "xlsxwriter", "pandas", "numpy", "PIL")

BARE_WINDOW = '''\
"""The baseline: an empty PySide6 main window, shown, then quit (like the app's exit hook)."""
import sys
import time

T0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()


def shown():
    print(f"shown {time.perf_counter() - T0:.4f}", flush=True)
    app.quit()


QTimer.singleShot(0, shown)
sys.exit(app.exec())
'''


class Case:
    def __init__(self, name: str, args: list[str], wait_opened: bool = False) -> None:
        self.name = name
        self.args = args
        self.wait_opened = wait_opened
        self.shown: list[float] = []
        self.opened: list[float] = []
        self.ended: list[float] = []
        self.inner: list[float] = []


def run_once(case: Case, env: dict[str, str]) -> tuple[float, float | None, float, float]:
    """Start one child; return (to shown, to opened, to exit, shown as the child reports)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *case.args], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    t_shown = t_opened = None
    inner = float("nan")
    assert proc.stdout is not None
    for line in proc.stdout:
        now = time.perf_counter()
        if line.startswith("shown ") and t_shown is None:
            t_shown = now - t0
            inner = float(line.split()[1])
        elif line.startswith("opened "):
            if line.strip() != "opened True":
                raise SystemExit(f"{case.name}: the workshop did not open: {line.strip()}")
            t_opened = now - t0
    proc.wait(timeout=120)
    t_end = time.perf_counter() - t0
    if proc.returncode != 0 or t_shown is None:
        raise SystemExit(f"{case.name} failed (exit {proc.returncode}): {proc.stderr.read()}")
    if case.wait_opened and t_opened is None:
        raise SystemExit(f"{case.name}: never reported the workshop opened")
    return t_shown, t_opened, t_end, inner


def heavy_before_shown(case: Case, env: dict[str, str]) -> tuple[list[str], list[str]]:
    """Heavy packages imported before / after the first window, from ``-X importtime``.

    stderr (import times, unbuffered) and stdout (flushed ``shown``) share one
    pipe, so their order is the order of events in the child.
    """
    done = subprocess.run([sys.executable, "-X", "importtime", *case.args], env=env, cwd=ROOT,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=120, check=False)
    before: list[str] = []
    after: list[str] = []
    seen_shown = False
    for line in done.stdout.splitlines():
        if line.startswith("shown "):
            seen_shown = True
            continue
        if not line.startswith("import time:") or "|" not in line:
            continue
        module = line.rsplit("|", 1)[1].strip()
        top = module.split(".")[0]
        if top in HEAVY:
            target = after if seen_shown else before
            if top not in target:
                target.append(top)
    return before, after


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs per case (default 9)")
    parser.add_argument("--xvfb", action="store_true", help="run on a virtual X display")
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

    with temp_dir("studio-bench-startup-") as tmp:
        (tmp / "bare_window.py").write_text(BARE_WINDOW, encoding="utf-8")
        env = child_env(tmp, QT_QPA_PLATFORM=platform_name, STUDIO_EXIT_AFTER_SHOW="1",
                        PYTHONPATH=str(tmp))
        demo = tmp / "demo.workshop"
        made = subprocess.run([sys.executable, "-m", "studio", "demo", "--output", str(demo)],
                              env=env, cwd=ROOT, capture_output=True, text=True, check=False)
        if made.returncode != 0:
            raise SystemExit(f"studio demo failed: {made.stderr}")

        cases = [
            Case("bare QMainWindow", ["-m", "bare_window"]),
            Case("studio", ["-m", "studio"]),
            Case("studio DEMO.workshop", ["-m", "studio", str(demo)], wait_opened=True),
        ]
        print(f"Start-up, {platform_name} platform, {machine()}")
        print(f"median of {args.runs} runs each (after one warm-up run), interleaved")
        for case in cases:  # warm-up: byte code, disk cache, fontconfig cache
            run_once(case, env)
        for _ in range(args.runs):
            for case in cases:
                shown, opened, ended, inner = run_once(case, env)
                case.shown.append(shown)
                case.ended.append(ended)
                case.inner.append(inner)
                if opened is not None:
                    case.opened.append(opened)

        base = median(cases[0].shown)
        print()
        print(f"{'':24} {'to shown':>9} {'ratio':>6} {'(min–max)':>13} {'in-process':>10}"
              f" {'opened':>7} {'exit':>7}")
        for case in cases:
            shown = median(case.shown)
            opened = f"{median(case.opened):7.3f}" if case.opened else f"{'':7}"
            print(f"{case.name:24} {shown:8.3f}s {shown / base:5.2f}× {spread(case.shown):>13}"
                  f" {median(case.inner):9.3f}s {opened} {median(case.ended):6.3f}s")

        print()
        print("Heavy packages imported before the first window is shown (should be none):")
        for case in cases[1:]:
            before, after = heavy_before_shown(case, env)
            after_text = f"; after it: {', '.join(after)}" if after else ""
            print(f"  {case.name:22} {', '.join(before) or 'none'}{after_text}")
            if before:
                summary(f"startup: {case.name} imports {', '.join(before)} before the window "
                        "is shown")

    start = median(cases[1].shown) / base
    with_file = median(cases[2].shown) / base
    print()
    print(f"studio start screen: {start:.2f}× bare window (target ≤ {TARGET}×): "
          f"{verdict(start, TARGET, higher_is_better=False)}")
    print(f"studio DEMO.workshop: window {with_file:.2f}× bare, workshop open after "
          f"{median(cases[2].opened):.3f}s")
    summary(f"startup ({platform_name}): studio {median(cases[1].shown):.3f}s = {start:.2f}× "
            f"bare window {base:.3f}s (target ≤ {TARGET}×) "
            f"{verdict(start, TARGET, higher_is_better=False)}; with a workshop: window "
            f"{with_file:.2f}×, opened after {median(cases[2].opened):.3f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
