"""Demo generation: ``studio demo --size large`` time and peak memory, against the small demo.

    python bench/bench_demo.py [--runs N] [--large-runs N] [--ram]

Each run is a child process ``python -m studio demo --size SIZE --output F``
(same interpreter, the checkout's code) writing to a temporary folder on the
real disk (``--ram``: on /dev/shm, which leaves out the commits' fsync).
Measured per child: wall time and peak resident memory (``ru_maxrss`` from
``wait4``). Baseline: the small demo, median of the runs. Afterwards the
produced large file's counts are printed and checked against the promise
(8 scenarios, 48 activities, 150 participants, ≥ 7,000 responses,
≥ 1,500 notes).
"""

from __future__ import annotations

import argparse
import operator
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import ROOT, child_env, machine, median, spread, summary, temp_dir  # noqa: E402


def run_demo(size: str, output: Path, env: dict[str, str]) -> tuple[float, float]:
    """One ``studio demo`` child: (wall seconds, peak RSS in MiB)."""
    output.unlink(missing_ok=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "studio", "demo", "--size", size, "--output", str(output)],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"studio demo --size {size} failed ({proc.returncode}): {stderr}")
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    kib = usage.ru_maxrss / 1024 if sys.platform == "darwin" else usage.ru_maxrss
    return seconds, kib / 1024


def counts(path: Path) -> dict[str, int]:
    from studio.core.ballots import BallotService
    from studio.core.workshops import WorkshopService, workshop_summary
    from studio.store.database import WorkshopStore

    store = WorkshopStore.open(path)
    try:
        found = workshop_summary(store)
        ballots = BallotService(store)
        voted = [a.id for sc in WorkshopService(store).agenda() for a in sc.activities
                 if a.kind != "notes"]
        # Ballots are anonymous: the busiest activity shows how many took part.
        found["participants voting"] = max(ballots.ballot_count(a) for a in voted)
        return found
    finally:
        store.close()


OPS = {"==": operator.eq, ">=": operator.ge, "<=": operator.le}
PROMISE = {"scenarios": (8, "=="), "activities": (48, "=="), "responses": (7000, ">="),
           "notes": (1500, ">="), "participants voting": (150, "<=")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="small demo runs (default 3)")
    parser.add_argument("--large-runs", type=int, default=2, help="large demo runs (default 2)")
    parser.add_argument("--ram", action="store_true", help="write to /dev/shm (no fsync cost)")
    args = parser.parse_args()

    with temp_dir("studio-bench-demo-", ram=args.ram) as tmp:
        env = child_env(tmp)
        print(f"Demo generation, {machine()}, writing to {tmp.parent}")
        small_runs = [run_demo("small", tmp / "small.workshop", env) for _ in range(args.runs)]
        large_runs = [run_demo("large", tmp / "large.workshop", env)
                      for _ in range(args.large_runs)]
        sys.path.insert(0, str(ROOT))
        small_counts, large_counts = counts(tmp / "small.workshop"), counts(tmp / "large.workshop")
        size_small = (tmp / "small.workshop").stat().st_size / 2**20
        size_large = (tmp / "large.workshop").stat().st_size / 2**20

    s_time, l_time = median([r[0] for r in small_runs]), median([r[0] for r in large_runs])
    s_mem, l_mem = median([r[1] for r in small_runs]), median([r[1] for r in large_runs])
    print(f"\n{'':8} {'time':>8} {'(min–max)':>13} {'ratio':>6} {'peak RSS':>9} {'ratio':>6}"
          f" {'file':>8}")
    print(f"{'small':8} {s_time:7.2f}s {spread([r[0] for r in small_runs]):>13} {1:5.2f}×"
          f" {s_mem:6.0f} MiB {1:5.2f}× {size_small:5.1f} MiB")
    print(f"{'large':8} {l_time:7.2f}s {spread([r[0] for r in large_runs]):>13}"
          f" {l_time / s_time:5.2f}× {l_mem:6.0f} MiB {l_mem / s_mem:5.2f}× {size_large:5.1f} MiB")

    print(f"\n{'counts':22} {'small':>7} {'large':>7}  promise (large)")
    missed = []
    for key in ("scenarios", "activities", "participants voting", "ballots", "responses",
                "notes", "hidden_notes"):
        promise = PROMISE.get(key)
        text = ""
        if promise:
            value, op = promise
            ok = OPS[op](large_counts[key], value)
            text = f"{op} {value:,} {'ok' if ok else 'MISSED'}"
            if not ok:
                missed.append(key)
        print(f"{key:22} {small_counts[key]:7,} {large_counts[key]:7,}  {text}")
    per_response = 1000 * l_time / large_counts["responses"]
    print(f"\nlarge: {per_response:.2f} ms of generation per response written")
    summary(f"demo: large {l_time:.1f}s / {l_mem:.0f} MiB = {l_time / s_time:.1f}× time, "
            f"{l_mem / s_mem:.2f}× memory of small ({s_time:.1f}s / {s_mem:.0f} MiB); "
            f"{large_counts['responses']:,} responses, {large_counts['notes']:,} notes: "
            f"{'counts ok' if not missed else 'MISSED ' + ', '.join(missed)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
