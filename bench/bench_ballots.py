"""Ballot throughput: durably committed ballots per second, service against raw sqlite3.

    python bench/bench_ballots.py [--ballots N] [--rounds R] [--profile]

Both sides write to a workshop file made the same way (same tables, indexes
and foreign keys) in the same folder on the real disk, with the same PRAGMAs
(WAL, ``synchronous=FULL``, ``foreign_keys=ON``), one transaction per ballot:

- service: ``BallotService.cast_ballot`` (look up the activity and its options,
  validate the answer and the stakeholder group, insert, commit);
- raw: a ``sqlite3`` loop inserting the equivalent rows (one ballot row and one
  response row) and committing.

Rounds alternate raw and service; the median rate of each is compared.
Target: service ≥ 0.5 × raw on the real disk. The same comparison on a RAM
disk (where a commit's fsync costs nothing) shows the pure CPU overhead of the
service, for information. ``--profile`` prints where the service's time goes
(cProfile).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sqlite3
import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import machine, median, summary, temp_dir, verdict  # noqa: E402

from studio.core.ballots import BallotService  # noqa: E402
from studio.core.facilitation import FacilitationService  # noqa: E402
from studio.core.workshops import WorkshopService  # noqa: E402
from studio.store.database import WorkshopStore  # noqa: E402

TARGET = 0.5
GROUPS = ["residents", "staff", "science", "business", "civil_society", None]


def make_workshop(path: Path) -> tuple[WorkshopStore, str, str]:
    """A workshop file with one open scale activity; returns (store, workshop id, activity id)."""
    store = WorkshopStore.create(path)
    workshops = WorkshopService(store)
    ws = workshops.create_workshop("Benchmark")
    scenario = workshops.add_scenario({"id": "bench", "title": {"de": "Benchmark"}})
    act = workshops.add_activity(
        scenario.id, "scale", "Wie nützlich?",
        settings={"min": 1, "max": 5, "min_label": "gar nicht", "max_label": "sehr",
                  "allow_dont_know": True})
    FacilitationService(store).open_voting(act.id)
    return store, ws.id, act.id


def check_pragmas(store: WorkshopStore) -> str:
    with store.engine.connect() as conn:
        journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        sync = conn.exec_driver_sql("PRAGMA synchronous").scalar()
        fks = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
    if (journal, sync, fks) != ("wal", 2, 1):
        raise SystemExit(f"the store does not use WAL/FULL/foreign keys: {journal} {sync} {fks}")
    return f"journal_mode={journal} synchronous=FULL foreign_keys=ON"


def service_round(store: WorkshopStore, activity_id: str, n: int, rng: random.Random) -> float:
    ballots = BallotService(store)
    t0 = time.perf_counter()
    for _ in range(n):
        ballots.cast_ballot(activity_id, {"value": rng.randint(1, 5)}, rng.choice(GROUPS))
    return n / (time.perf_counter() - t0)


def raw_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    return conn


BALLOT_SQL = ("INSERT INTO ballot (id, workshop_id, activity_id, stakeholder_group, source,"
              " submitted_at, withdrawn_at) VALUES (?, ?, ?, ?, 'screen', ?, NULL)")
RESPONSE_SQL = ("INSERT INTO response (id, workshop_id, activity_id, ballot_id, option_id,"
                " value_num, value_x, value_y, value_text, count, stakeholder_group, source,"
                " submitted_at, withdrawn_at) VALUES (?, ?, ?, ?, NULL, ?, NULL, NULL, NULL, 1,"
                " ?, 'screen', ?, NULL)")


def raw_round(conn: sqlite3.Connection, workshop_id: str, activity_id: str, n: int,
              rng: random.Random) -> float:
    t0 = time.perf_counter()
    for _ in range(n):
        ballot_id, group = str(uuid.uuid4()), rng.choice(GROUPS)
        at = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
        conn.execute(BALLOT_SQL, (ballot_id, workshop_id, activity_id, group, at))
        conn.execute(RESPONSE_SQL, (str(uuid.uuid4()), workshop_id, activity_id, ballot_id,
                                    float(rng.randint(1, 5)), group, at))
        conn.commit()
    return n / (time.perf_counter() - t0)


def compare(folder: Path, n: int, rounds: int) -> tuple[float, float, str]:
    """Median ballots/s of (service, raw) in ``folder``."""
    rng = random.Random(1)
    store, _, service_activity = make_workshop(folder / "service.workshop")
    pragmas = check_pragmas(store)
    raw_store, raw_workshop, raw_activity = make_workshop(folder / "raw.workshop")
    raw_store.close()
    conn = raw_connect(folder / "raw.workshop")
    service_round(store, service_activity, 20, rng)  # warm-up: statement caches, imports
    raw_round(conn, raw_workshop, raw_activity, 20, rng)
    service_rates, raw_rates = [], []
    try:
        for _ in range(rounds):
            raw_rates.append(raw_round(conn, raw_workshop, raw_activity, n, rng))
            service_rates.append(service_round(store, service_activity, n, rng))
        # Both files hold what was written, and only that.
        expected = 20 + n * rounds
        got_raw = conn.execute("SELECT COUNT(*) FROM ballot").fetchone()[0]
        got_service = BallotService(store).ballot_count(service_activity)
        if (got_raw, got_service) != (expected, expected):
            raise SystemExit(f"ballot counts differ: raw {got_raw}, service {got_service}, "
                             f"expected {expected}")
    finally:
        conn.close()
        store.close()
    return median(service_rates), median(raw_rates), pragmas


PHASES = [
    ("ballots.py", "_option_ids", "option ids of the activity (cached after the first ballot)"),
    ("answers.py", "answer_rows", "validate the answer (pure Python)"),
    ("ballots.py", "_check_group", "check the stakeholder group (pure Python)"),
]


def profile(folder: Path, n: int) -> None:
    """Where one cast_ballot's time goes: its phases, then the top functions (cProfile)."""
    store, _, activity = make_workshop(folder / "profile.workshop")
    rng = random.Random(2)
    service_round(store, activity, 20, rng)
    profiler = cProfile.Profile()
    profiler.enable()
    service_round(store, activity, n, rng)
    profiler.disable()
    store.close()
    stats = pstats.Stats(profiler)
    by_name = {(Path(file).name, func): ct for (file, _, func), (_, _, _, ct, _)
               in stats.stats.items()}  # type: ignore[attr-defined]
    total = by_name[("ballots.py", "cast_ballot")]
    print(f"  cast_ballot total                 {1000 * total / n:6.3f} ms per ballot "
          "(under cProfile, which slows Python code)")
    rest = total
    for file, func, what in PHASES:
        spent = by_name.get((file, func), 0.0)
        rest -= spent
        print(f"  {func:33} {1000 * spent / n:6.3f} ms  {100 * spent / total:4.0f}%  {what}")
    print(f"  {'SQL: read, inserts, commit':33} {1000 * rest / n:6.3f} ms  "
          f"{100 * rest / total:4.0f}%  (SQLAlchemy Core, the commit's fsync)")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(20)
    print("\n".join(out.getvalue().splitlines()[4:]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ballots", type=int, default=600, help="ballots per round (600)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per side (3)")
    parser.add_argument("--profile", action="store_true", help="profile the service (cProfile)")
    args = parser.parse_args()

    print(f"Ballot throughput, {machine()}")
    print(f"{args.ballots} ballots per round, {args.rounds} rounds per side, median; "
          "one committed transaction per ballot")
    results = {}
    for label, ram in (("disk", False), ("RAM disk", True)):
        with temp_dir("studio-bench-ballots-", ram=ram) as folder:
            service, raw, pragmas = compare(folder, args.ballots, args.rounds)
        results[label] = (service, raw)
        print()
        print(f"{label} ({folder.parent}, {pragmas}):")
        print(f"  raw sqlite3       {raw:8.0f} ballots/s  ({1000 / raw:.2f} ms each)")
        print(f"  BallotService     {service:8.0f} ballots/s  ({1000 / service:.2f} ms each)")
        print(f"  ratio             {service / raw:8.2f}×")
    service, raw = results["disk"]
    ratio = service / raw
    cpu_service, cpu_raw = results["RAM disk"]
    print()
    print(f"service / raw on disk: {ratio:.2f}× (target ≥ {TARGET}×): "
          f"{verdict(ratio, TARGET, higher_is_better=True)}")
    if args.profile or ratio < TARGET:
        print("\nWhere the service's time goes (cProfile, RAM disk, cumulative):")
        with temp_dir("studio-bench-ballots-", ram=True) as folder:
            profile(folder, args.ballots)
    summary(f"ballots: BallotService {service:.0f}/s = {ratio:.2f}× raw sqlite3 {raw:.0f}/s on "
            f"disk (target ≥ {TARGET}×) {verdict(ratio, TARGET, higher_is_better=True)}; "
            f"CPU only (RAM disk): {cpu_service:.0f}/s = {cpu_service / cpu_raw:.2f}× raw")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
