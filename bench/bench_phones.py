"""Benchmark: 300 phones answering 8 activities at once, beside the running console.

Run: ``python bench/bench_phones.py [PHONES]`` (default 300)

The real console (offscreen unless a display is set) runs a workshop file with the
phone server on 127.0.0.1; a second process (bench/phone_clients.py, an asyncio HTTP
client) plays the phones: each follows the state by long poll and answers each of the
8 activities as soon as it opens, as fast as the server confirms. The console opens the
next activity once every phone answered the current one.

Reported against a baseline measured in the same run, raw ``sqlite3`` single-row
commits with the same durability (WAL, synchronous=FULL): ballots per second (target
≥ 0.25× the raw commit rate); p50/p95/p99 from submit to confirmation (target p95 ≤
100 ms); the console's frame time while it happens (a 10 ms timer's intervals, target
p95 ≤ 20 ms); the app's memory above the same workshop without phones (the console on
the first question with its chart drawn; target ≤ 100 MB);
lost or duplicated ballots (target 0).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SWITCH_SECONDS = 0.5
KINDS = ["single_choice", "multiple_choice", "scale", "points", "ranking", "matrix",
         "statements", "single_choice"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else 0.0


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def raw_commit_rate(folder: Path, n: int = 400) -> float:
    """Single-row commits per second with the app's durability, plain sqlite3."""
    conn = sqlite3.connect(folder / "raw.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE ballot (id TEXT PRIMARY KEY, activity TEXT, value TEXT)")
    t0 = time.perf_counter()
    for i in range(n):
        conn.execute("BEGIN")
        conn.execute("INSERT INTO ballot VALUES (?, ?, ?)", (f"b{i}", "a", "x"))
        conn.execute("COMMIT")
    seconds = time.perf_counter() - t0
    conn.close()
    return n / seconds


def make_workshop(path: Path) -> tuple[str, list[str]]:
    from studio.core.workshops import WorkshopService
    from studio.store.database import WorkshopStore

    store = WorkshopStore.create(path)
    ws = WorkshopService(store)
    ws.create_workshop("Handy-Benchmark")
    sc = ws.add_scenario({"id": "bench", "title": {"de": "Benchmark"}})
    settings = {"multiple_choice": {"max_choices": 2}, "points": {"budget": 10},
                "scale": {"min": 1, "max": 5, "min_label": "nie", "max_label": "immer"},
                "matrix": {"x_label": "Nutzen", "y_label": "Risiko"}}
    ids = []
    for i, kind in enumerate(KINDS):
        options = None if kind in ("scale", "matrix") else ["Eins", "Zwei", "Drei"]
        ids.append(ws.add_activity(sc.id, kind, f"Frage {i + 1}", options,
                                   settings.get(kind)).id)
    store.close()
    return sc.id, ids


def main() -> int:
    phones = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from studio.phones.limits import Limits
    from studio.ui import i18n
    from studio.ui.document import WorkshopDocument
    from studio.ui.session.page import SessionPage

    app = QApplication(sys.argv)
    i18n.install("en")
    with tempfile.TemporaryDirectory(prefix="bench-phones-") as name:
        folder = Path(name)
        raw = raw_commit_rate(folder)
        scenario_id, activities = make_workshop(folder / "bench.workshop")
        doc = WorkshopDocument.open(folder / "bench.workshop")
        page = SessionPage(doc)
        page.resize(1400, 900)
        page.show()
        switches: list[float] = []

        def go(index: int) -> None:
            switches.append(time.perf_counter())
            doc.facilitation.set_current(scenario_id, activities[index])
            doc.facilitation.open_voting(activities[index])

        # The same workshop without phones: the console on the first question, its chart
        # drawn (the chart modules load here, before the clock runs and before the baseline).
        go(0)
        page.results.refresh_now()
        for _ in range(20):
            app.processEvents()
        before = rss_mb()
        controller = page.phones
        controller.address, controller.port = "127.0.0.1", 0
        # All simulated phones share one address: lift the per-address limit only.
        controller.limits = Limits(address_rate=1e6, address_burst=1_000_000)
        assert controller.start()
        url = controller.server.url
        for _ in range(20):  # the join screen goes up on the shared screen
            app.processEvents()
        frames: list[float] = []
        ends: list[float] = []
        peak = [before]
        last = [time.perf_counter()]
        current = [0]

        def tick() -> None:
            now = time.perf_counter()
            frames.append(now - last[0])
            ends.append(now)
            last[0] = now
            if len(frames) % 10 == 0:
                peak[0] = max(peak[0], rss_mb())
            act = activities[current[0]]
            if doc.session.counts(act).n >= phones and current[0] + 1 < len(activities):
                doc.facilitation.close_voting(act)
                current[0] += 1
                go(current[0])

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        timer.start()
        t0 = time.perf_counter()
        client = subprocess.Popen([sys.executable, str(Path(__file__).parent / "phone_clients.py"),
                                   url, str(phones), str(len(activities))],
                                  stdout=subprocess.PIPE, text=True)
        deadline = time.perf_counter() + 600
        watch = QTimer()
        watch.setInterval(50)
        watch.timeout.connect(lambda: (client.poll() is not None
                                       or time.perf_counter() > deadline) and app.quit())
        watch.start()
        app.exec()  # the console's own event loop, as in a workshop
        watch.stop()
        elapsed = time.perf_counter() - t0
        timer.stop()
        if client.poll() is None:
            client.kill()
            print("the simulated phones did not finish within 10 minutes")
        lines = client.stdout.read().splitlines() if client.stdout else []
        latencies = [float(x.split()[1]) for x in lines if x.startswith("ok ")]
        errors = [x for x in lines if x.startswith("error")]
        counts = [doc.session.counts(a).of("phone") for a in activities]
        controller.stop()
        page.shutdown()
        doc.close()

    expected = phones * len(activities)
    stored = sum(counts)
    span = next((float(x.split()[1]) for x in lines if x.startswith("span ")), elapsed)
    # Ballots per second while the phones vote: from the first submit to the last
    # confirmation (not the clients' start-up and joining; the facilitator's switches
    # between the 8 activities are inside it).
    rate = len(latencies) / span if span else 0.0
    p50, p95, p99 = (percentile(latencies, q) * 1000 for q in (0.5, 0.95, 0.99))
    frame95_all = percentile(frames[5:], 0.95) * 1000
    # The facilitator's own switch to the next activity redraws the console (agenda,
    # chart, preview): not the phones' load. Here 8 switches come within seconds, in a
    # workshop minutes apart, so the frames of the half second after each are left out.
    voting = [f for f, end in zip(frames, ends)
              if not any(0 <= end - t <= SWITCH_SECONDS for t in switches)]
    frame95 = percentile(voting[5:], 0.95) * 1000
    extra = peak[0] - before
    lost = expected - stored
    print(f"phones {phones}, activities {len(activities)}, ballots confirmed {len(latencies)}"
          f", errors {len(errors)}, stored {stored} of {expected}")
    print(f"raw sqlite3 single-row commits: {raw:.0f}/s; voting took {span:.2f} s "
          f"(first submit to last confirmation), {elapsed:.2f} s with the clients' start")
    print(f"phone ballots: {rate:.0f}/s = {rate / raw:.2f}× raw (target ≥ 0.25×) "
          f"{'ok' if rate / raw >= 0.25 else 'BELOW TARGET'}")
    print(f"submit → confirmed: p50 {p50:.1f} ms, p95 {p95:.1f} ms, p99 {p99:.1f} ms "
          f"(target p95 ≤ 100 ms) {'ok' if p95 <= 100 else 'ABOVE TARGET'}")
    print(f"console frame interval (10 ms timer) while phones vote: p95 {frame95:.1f} ms "
          f"(target ≤ 20 ms) {'ok' if frame95 <= 20 else 'ABOVE TARGET'}; with the "
          f"facilitator's {len(switches)} switches: p95 {frame95_all:.1f} ms")
    print(f"memory: {before:.0f} MB without phones, peak {peak[0]:.0f} MB, +{extra:.0f} MB "
          f"(target ≤ 100 MB) {'ok' if extra <= 100 else 'ABOVE TARGET'}")
    print(f"lost or duplicated ballots: {abs(lost) + len(errors)} (target 0) "
          f"{'ok' if lost == 0 and not errors else 'ABOVE TARGET'}")
    print(f"SUMMARY phones: {rate:.0f} ballots/s ({rate / raw:.2f}× raw commits), p95 "
          f"{p95:.0f} ms, console frame p95 {frame95:.0f} ms, +{extra:.0f} MB, lost {lost}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
