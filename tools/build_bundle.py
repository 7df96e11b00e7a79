"""Build the one-folder app with PyInstaller (build.spec), then smoke-test it.

    python tools/build_bundle.py            # build + smoke test, exit 0 only if all pass
    python tools/build_bundle.py --no-build # smoke-test the bundle already in dist/
    python tools/build_bundle.py --clean    # rebuild from scratch (no PyInstaller cache)

Run it with the Python of the environment the app runs in (``.venv/bin/python``
after ``./dev test``); PyInstaller is installed into that environment if it is
missing, nothing else is installed. The bundle lands in ``dist/codesign-studio/``.

The smoke test uses the bundle as a facilitator would, with no Python around:
the console executable writes a demo workshop, exports it to a workbook and
prints its PDF report (each when the command is part of this build); the windowed executable starts offscreen, opens
the demo and quits, once normally and once with no stdout/stderr at all (as a
windowed program on Windows). It checks that no Qt library the spec dropped is
still needed, then prints the bundle's size, build time and start-up times.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST_NAME = "codesign-studio"
EXE = ".exe" if sys.platform == "win32" else ""
TIMEOUT = 120  # seconds for any one run of the bundle


class Check:
    """Collects PASS/FAIL lines; the exit code follows them."""

    def __init__(self) -> None:
        self.failed: list[str] = []

    def ok(self, what: str, detail: str = "") -> None:
        print(f"  PASS  {what}" + (f"  ({detail})" if detail else ""), flush=True)

    def fail(self, what: str, detail: str) -> None:
        self.failed.append(what)
        print(f"  FAIL  {what}\n        {detail.strip()[-2000:]}", flush=True)

    def note(self, what: str) -> None:
        print(f"  note  {what}", flush=True)


def package_version() -> str:
    tree = ast.parse((ROOT / "studio" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                getattr(t, "id", None) == "__version__" for t in node.targets):
            return str(ast.literal_eval(node.value))
    raise SystemExit("no __version__ in studio/__init__.py")


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print(f"Installing PyInstaller into {sys.prefix} ...", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "pyinstaller>=6.10"],
                       check=True)


def build(dist: Path, work: Path, clean: bool) -> float:
    ensure_pyinstaller()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")]
    if clean:
        cmd.insert(3, "--clean")
    print("Building:", " ".join(cmd[1:]), flush=True)
    started = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True)
    return time.perf_counter() - started


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def run(cmd: list[str], env: dict[str, str], close_std: bool = False
        ) -> tuple[subprocess.CompletedProcess, float]:
    """Run the bundle; ``close_std`` starts it with stdout and stderr closed."""
    started = time.perf_counter()
    if close_std and os.name == "posix":
        proc = subprocess.run(cmd, env=env, timeout=TIMEOUT, stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                              preexec_fn=lambda: (os.close(1), os.close(2)))
        result = subprocess.CompletedProcess(cmd, proc.returncode, "", "")
    else:
        result = subprocess.run(cmd, env=env, timeout=TIMEOUT, capture_output=True, text=True,
                                stdin=subprocess.DEVNULL, check=False)
    return result, time.perf_counter() - started


def missing_qt_libraries(bundle: Path) -> list[str]:
    """Qt libraries some bundled library needs but the bundle lacks (Linux, ldd)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    internal = bundle / "_internal"
    paths = [internal, internal / "PySide6" / "Qt" / "lib"]
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(map(str, paths)))
    missing = set()
    for lib in internal.rglob("*.so*"):
        if not lib.is_file():
            continue
        out = subprocess.run(["ldd", str(lib)], env=env, capture_output=True, text=True,
                             check=False).stdout
        for line in out.splitlines():
            if "not found" in line and "Qt6" in line:
                missing.add(f"{lib.relative_to(bundle)} needs {line.split()[0]}")
    return sorted(missing)


def smoke_phones(cli: Path, demo: Path, env: dict[str, str], check: Check) -> None:
    """``studio DEMO --phones`` on 127.0.0.1: it prints the join URL, serves the phone
    page there and its state API, then is stopped."""
    import json
    import threading
    import urllib.request

    what = "studio --phones serves the phone page (127.0.0.1)"
    proc = subprocess.Popen([str(cli), str(demo), "--phones", "--bind", "127.0.0.1",
                             "--port", "0"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stdout.readline, "")),
                              daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline and proc.poll() is None and \
                not any(line.startswith("Join: ") for line in lines):
            time.sleep(0.1)
        url = next((line.split(" ", 1)[1].strip() for line in lines
                    if line.startswith("Join: ")), None)
        if url is None:
            error = proc.stderr.read() if proc.poll() is not None else ""
            check.fail(what, f"no 'Join:' line (exit {proc.poll()}) {error}")
            return
        with urllib.request.urlopen(url, timeout=30) as resp:  # 127.0.0.1 only
            page = resp.read().decode("utf-8")
        state_url = f"{url}/api/state?device={'0' * 32}"
        with urllib.request.urlopen(state_url, timeout=30) as resp:
            state = json.loads(resp.read())
        if "<html" in page and state.get("title"):
            check.ok(what, url.rsplit("/", 2)[0])
        else:
            check.fail(what, page[:200])
    except OSError as exc:
        check.fail(what, repr(exc))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def smoke(bundle: Path, check: Check) -> dict[str, float]:
    figures: dict[str, float] = {}
    cli, gui = bundle / f"studio{EXE}", bundle / f"studio-gui{EXE}"
    for exe in (cli, gui):
        if not exe.is_file():
            check.fail(f"{exe.name} exists", f"not found in {bundle}")
            return figures
    with tempfile.TemporaryDirectory(prefix="studio-bundle-") as tmp:
        home = Path(tmp)
        env = dict(os.environ)
        for var in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
            env.pop(var, None)  # the bundle must not lean on a Python installation
        for var, sub in (("HOME", "home"), ("XDG_CONFIG_HOME", "config"),
                         ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"),
                         ("USERPROFILE", "home"), ("APPDATA", "appdata")):
            (home / sub).mkdir(exist_ok=True)
            env[var] = str(home / sub)
        env.update(QT_QPA_PLATFORM="offscreen", STUDIO_TTS_ENGINE="none", LANG="C.UTF-8")

        result, _ = run([str(cli), "--version"], env)
        version = package_version()
        if result.returncode == 0 and version in result.stdout:
            check.ok("studio --version", result.stdout.strip())
        else:
            check.fail("studio --version", result.stdout + result.stderr)

        demo = home / "Demo-Werkstatt.workshop"
        result, seconds = run([str(cli), "demo", "--output", str(demo)], env)
        if result.returncode == 0 and demo.is_file():
            check.ok("studio demo --output", f"{demo.stat().st_size // 1024} KiB in {seconds:.1f} s")
        else:
            check.fail("studio demo --output", result.stdout + result.stderr)
            return figures

        help_result, _ = run([str(cli), "export", "--help"], env)
        if help_result.returncode == 0:
            xlsx = home / "Demo-Werkstatt.xlsx"
            result, seconds = run([str(cli), "export", str(demo), "--output", str(xlsx)], env)
            good = (result.returncode == 0 and xlsx.is_file() and zipfile.is_zipfile(xlsx)
                    and "xl/workbook.xml" in zipfile.ZipFile(xlsx).namelist())
            if good:
                check.ok("studio export --output .xlsx",
                         f"{xlsx.stat().st_size // 1024} KiB in {seconds:.1f} s")
            else:
                check.fail("studio export --output .xlsx", result.stdout + result.stderr)
        else:
            check.note("no 'studio export' command in this build yet: export not tested")

        help_result, _ = run([str(cli), "report", "--help"], env)
        if help_result.returncode == 0:
            pdf = home / "Demo-Werkstatt.pdf"
            result, seconds = run([str(cli), "report", str(demo), "--output", str(pdf)], env)
            if result.returncode == 0 and pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-":
                check.ok("studio report --output .pdf",
                         f"{pdf.stat().st_size // 1024} KiB in {seconds:.1f} s")
            else:
                check.fail("studio report --output .pdf", result.stdout + result.stderr)
        else:
            check.note("no 'studio report' command in this build yet: report not tested")

        smoke_phones(cli, demo, env, check)

        gui_env = dict(env, STUDIO_EXIT_AFTER_SHOW="1")
        # Linux and macOS windowed executables keep stdout; on Windows read it from the
        # console executable, which starts the same app.
        reporter = gui if os.name == "posix" else cli
        result, seconds = run([str(reporter), str(demo)], gui_env)
        if result.returncode == 0 and "opened True" in result.stdout:
            check.ok(f"{reporter.name} opens the demo offscreen", f"{seconds:.2f} s")
            figures["open_demo_s"] = seconds
        else:
            check.fail(f"{reporter.name} opens the demo offscreen",
                       f"exit {result.returncode}\n{result.stdout}{result.stderr}")

        result, _ = run([str(gui), str(demo)], gui_env, close_std=True)
        if result.returncode == 0:
            check.ok("studio-gui runs with no stdout/stderr (windowed)")
        else:
            check.fail("studio-gui runs with no stdout/stderr (windowed)",
                       f"exit {result.returncode}")

        starts, shown = [], []
        for _ in range(4):
            result, seconds = run([str(reporter)], gui_env)
            if result.returncode != 0:
                check.fail("start-up to the first window", result.stdout + result.stderr)
                break
            starts.append(seconds)
            shown += [float(line.split()[1]) for line in result.stdout.splitlines()
                      if line.startswith("shown ")]
        if starts:
            figures["startup_first_s"] = starts[0]
            figures["startup_warm_s"] = statistics.median(starts[1:] or starts)
            check.ok("start-up to the first window",
                     f"first {starts[0]:.2f} s, then median {figures['startup_warm_s']:.2f} s"
                     " (process start to quit after the first frame)")
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="test the existing bundle")
    parser.add_argument("--clean", action="store_true", help="build without PyInstaller's cache")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    build_s = None
    if not args.no_build:
        build_s = build(args.dist, args.work, args.clean)
    bundle = args.dist / DIST_NAME
    if not bundle.is_dir():
        print(f"No bundle at {bundle}: run without --no-build first.", file=sys.stderr)
        return 2

    print(f"Smoke test of {bundle}:", flush=True)
    check = Check()
    missing = missing_qt_libraries(bundle)
    if missing:
        check.fail("every bundled library finds its Qt libraries", "\n".join(missing))
    else:
        check.ok("every bundled library finds its Qt libraries")
    broken = [str(p.relative_to(bundle)) for p in bundle.rglob("*")
              if p.is_symlink() and not p.exists()]
    if broken:
        check.fail("no broken symbolic links", "\n".join(broken[:20]))
    resources = bundle / "_internal" / "studio" / "resources"
    needed = ["styles/light.toml", "icons/app.svg", "icons/app.png"]
    needed += [f"scenarios/{p.name}" for p in (ROOT / "resources" / "scenarios").glob("*.toml")]
    needed += [f"plans/{p.name}" for p in (ROOT / "sessions").glob("*.plan.toml")]
    missing = [n for n in needed if not (resources / n).is_file()]
    if missing:
        check.fail("resources bundled", f"missing under {resources}: {', '.join(missing)}")
    else:
        check.ok("resources bundled", f"{len(needed)} checked, scenario cards and plans included")
    figures = smoke(bundle, check)
    total = time.perf_counter() - started

    size = folder_size(bundle)
    print("\nFigures:")
    print(f"  bundle size      {size / 2**20:.0f} MiB ({size:,} bytes) in {bundle}")
    if build_s is not None:
        print(f"  build time       {build_s:.0f} s")
    for key, label in (("startup_first_s", "start-up (first)"),
                       ("startup_warm_s", "start-up (warm)"),
                       ("open_demo_s", "start + open demo")):
        if key in figures:
            print(f"  {label:<16} {figures[key]:.2f} s")
    print(f"  total            {total:.0f} s (build and smoke test)")
    if check.failed:
        print(f"\nFAILED: {', '.join(check.failed)}")
        return 1
    print("\nBundle OK.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
