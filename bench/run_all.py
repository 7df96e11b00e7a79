"""Run every benchmark (``bench/bench_*.py``) in turn, then print a summary.

    python bench/run_all.py [-k TEXT]      (or: ./dev bench [-k TEXT])

Each benchmark runs as its own process with this interpreter, its output shown
as it comes. Its ``SUMMARY ...`` lines (see bench/_util.py) are collected and
printed together at the end, with each benchmark's duration and exit status.
Missing a speed target is reported, not a failure; the exit status is non-zero
only if a benchmark itself failed to run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-k", dest="pattern", default="",
                        help="run only benchmarks whose file name contains TEXT")
    args = parser.parse_args()

    scripts = sorted(p for p in HERE.glob("bench_*.py") if args.pattern in p.name)
    if not scripts:
        print(f"No benchmark matches '{args.pattern}'.", file=sys.stderr)
        return 2
    results: list[tuple[str, int, float, list[str]]] = []
    for script in scripts:
        print(f"\n=== {script.name} " + "=" * max(0, 60 - len(script.name)), flush=True)
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE,
                                text=True, encoding="utf-8", errors="replace")
        summaries = []
        assert proc.stdout is not None
        for line in proc.stdout:
            print(line, end="", flush=True)
            if line.startswith("SUMMARY "):
                summaries.append(line[len("SUMMARY "):].strip())
        proc.wait()
        results.append((script.name, proc.returncode, time.perf_counter() - t0, summaries))

    print("\n=== Summary " + "=" * 52)
    failed = 0
    for name, code, seconds, summaries in results:
        status = "ran" if code == 0 else f"FAILED (exit {code})"
        failed += code != 0
        print(f"{name} ({seconds:.0f} s): {status}")
        for text in summaries:
            print(f"  {text}")
        if code == 0 and not summaries:
            print("  (printed no SUMMARY line)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
