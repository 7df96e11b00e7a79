"""Benchmark: the strategy team's archive of many large workshops, and its analysis.

    python bench/bench_archive.py [--workshops 50] [--repeat 3] [--demos DIR] [--no-server]

An archive of N large demo workshops (``studio demo --size large``, seeds 1..N, made in
two processes at a time; about 9,000 responses and 1,500 notes each, so 50 hold about
450,000 responses), on a SQLite file and, where PostgreSQL is installed, on a
throw-away server (``tests/pg_support.py``: initdb in a temporary folder, unix socket
only, fsync off for both the archive and its baseline):

- ``add``: :meth:`Archive.add` of every workshop (records already read: reading and
  checking a file is ``studio merge``'s part and is timed apart as ``read``), against a
  **baseline** measured in the same run, one workshop at a time: the same rows (as the
  archive stores them, values already converted for the driver) written in one
  transaction per workshop with the raw driver: ``sqlite3`` ``executemany`` on a file
  with the archive's settings (WAL, ``synchronous=FULL``), and ``COPY`` on the server.
  Target: baseline / add ≥ 0.3.
- ``pilot``: opening a pilot's analysis (:func:`studio.archive.analysis.pilot_analysis`)
  for every pilot, in a fresh process with the archive open (after listing the pilots, as
  the window does); each pilot's median of ``--repeat`` runs, the slowest pilot counts
  (the very first opening is printed too). Target ≤ 1 s.
- ``consensus``: :func:`studio.archive.consensus.statement_agreement` over all
  statements. Target ≤ 0.5 s.
- ``notes``: a pilot's notes with a search (no target).
- ``paper``: the strategy paper and the staff handbook drafts written from the whole
  archive (:func:`studio.archive.paper.write_paper`, what ``studio paper ARCHIVE
  --output … --handbook …`` runs), in the analysing process after the figures above.
  Target ≤ 10 s.
- ``peak memory`` (ru_maxrss) of the process that adds and of the one that analyses.
  Target ≤ 500 MB.

``--demos DIR`` keeps the generated workshops there (and reuses them on the next run):
making 50 large demos takes about 6 minutes on a busy 2-core machine, the rest of the run
about 2 more; ``--workshops 10`` gives a quick look (the figures scale with N).

Where the add time goes (50 workshops, per workshop of ~8,900 responses, measured by
timing each step of :meth:`Archive.add`): on SQLite about 140 ms, of which some 30 % is
the driver's ``executemany``, 30 % the fingerprint (SHA-256 over the canonical records,
which recognises the same workshop added again; written column by column,
:mod:`studio.archive.fingerprint`), 15 % converting values for the driver, 15 %
preparing the records (withheld note texts, order by id, gathering the tables by column,
counts, last change) and the rest the catalog row and the commit. On PostgreSQL about
155 ms: 45 % ``COPY``, 30 % the fingerprint, 6 % converting, 15 % preparing.
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from _util import ROOT, child_env, machine, median, spread, summary, temp_dir, verdict

CITIES = ("Leipzig", "Hamburg", "München")

ANALYSE = r"""
import json, sys, time
sys.path.insert(0, {root!r})
from studio.archive import open_archive
from studio.archive.analysis import pilot_analysis, pilots
from studio.archive.consensus import statement_agreement
from studio.archive.notes_search import pilot_notes
target, repeat = sys.argv[1], int(sys.argv[2])
out = {{}}
with open_archive(target) as archive:
    t = time.perf_counter(); found = pilots(archive); out["pilots"] = time.perf_counter() - t
    times, first = [], None
    for p in found:
        runs = []
        for _ in range(repeat):
            t = time.perf_counter(); a = pilot_analysis(archive, p.card_id)
            runs.append(time.perf_counter() - t)
        first = runs[0] if first is None else first
        times.append(sorted(runs)[len(runs) // 2])
    out["pilot_times"], out["first"] = times, first
    out["questions"] = sum(1 for _ in a.questions)
    out["pooled_n"] = a.questions[0].pooled.n
    cons = []
    for _ in range(repeat):
        t = time.perf_counter(); report = statement_agreement(archive)
        cons.append(time.perf_counter() - t)
    out["consensus"] = cons
    out["statements"] = len(report.statements)
    t = time.perf_counter(); view = pilot_notes(archive, found[0].card_id, search="daten")
    out["notes"] = time.perf_counter() - t
    out["notes_found"] = len(view.notes)
    import tempfile
    from pathlib import Path
    from studio.archive.paper import write_paper
    with tempfile.TemporaryDirectory() as paper_dir:
        t = time.perf_counter()
        write_paper(archive, Path(paper_dir) / "paper.docx",
                    handbook=Path(paper_dir) / "handbook.docx")
        out["paper"] = time.perf_counter() - t
# VmHWM: this process's own peak (ru_maxrss would include the parent's, inherited at fork)
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
out["peak_mb"] = int(hwm.split()[1]) / 1024
print(json.dumps(out))
"""


def make_demos(folder: Path, n: int, home: Path) -> list[Path]:
    """N large demos (seeds 1..N) in ``folder``, two processes at a time; reused if there."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"large-{seed:03d}.workshop" for seed in range(1, n + 1)]
    env = child_env(home)

    def one(seed: int) -> None:
        path = paths[seed - 1]
        if path.exists():
            return
        subprocess.run([sys.executable, "-m", "studio", "demo", "--output", str(path),
                        "--size", "large", "--seed", str(seed)], env=env, check=True,
                       capture_output=True)

    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(one, range(1, n + 1)))
    return paths


# -- the baseline: the same rows with the raw driver -----------------------------------------
def prepared_rows(rec: Any, dialect: Any) -> list[tuple[str, list[str], list[tuple]]]:
    """Every content row of ``rec`` as the archive stores it, converted for the driver."""
    from studio.archive import content as C
    from studio.archive import schema as S

    rec = C.for_archive(rec)
    out = []
    tables = [("workshop", S.workshop_record, [rec.workshop])]
    tables += [(name, table, getattr(rec, name)) for name, table in S.CONTENT.items()]
    for _name, table, rows in tables:
        cols = [c for c in table.columns if c.name != "wkey"]
        procs = [c.type._cached_bind_processor(dialect) for c in cols]
        prepared = []
        for r in rows:
            values = [r.get(c.name) for c in cols]
            prepared.append(tuple(p(v) if p else v for p, v in zip(procs, values, strict=True)))
        out.append((table.name, ["wkey"] + [c.name for c in cols], prepared))
    return out


def catalog_values(rec: Any, i: int) -> dict[str, Any]:
    return {"workshop_id": rec.id, "title": "x", "city": CITIES[i % 3], "place": "",
            "date": None, "language": "de", "added_from": "x", "added_kind": "workshop",
            "added_at": "2026-01-01 00:00:00", "fingerprint": "x", "last_change": None,
            "scenarios": 0, "activities": 0, "ballots": 0, "responses": 0, "notes": 0,
            "clusters": 0, "file_schema_version": "", "app_version": ""}


def sqlite_baseline(path: Path, rows: list, catalog: dict[str, Any]) -> float:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    try:
        t = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        cur = con.execute(f"INSERT INTO archive_workshop ({', '.join(catalog)}) VALUES "
                          f"({', '.join('?' * len(catalog))})", list(catalog.values()))
        key = cur.lastrowid
        for table, cols, values in rows:
            if values:
                con.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                                f"({', '.join('?' * len(cols))})", [(key, *v) for v in values])
        con.execute("COMMIT")
        return time.perf_counter() - t
    finally:
        con.close()


def copy_baseline(conninfo: str, rows: list, catalog: dict[str, Any]) -> float:
    import psycopg

    with psycopg.connect(conninfo) as con:
        t = time.perf_counter()
        with con.transaction(), con.cursor() as cur:
            cur.execute(f"INSERT INTO archive_workshop ({', '.join(catalog)}) VALUES "
                        f"({', '.join(['%s'] * len(catalog))}) RETURNING key",
                        list(catalog.values()))
            key = cur.fetchone()[0]
            for table, cols, values in rows:
                if not values:
                    continue
                with cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
                    for v in values:
                        copy.write_row((key, *v))
        return time.perf_counter() - t


# -- one run ---------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workshops", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--demos", type=Path, default=None,
                        help="keep the demo workshops in DIR (reused when there)")
    parser.add_argument("--no-server", action="store_true", help="skip PostgreSQL")
    args = parser.parse_args()
    print(f"Archive benchmark on {machine()}: {args.workshops} large demo workshops", flush=True)

    from sqlalchemy.dialects import postgresql, sqlite

    from studio.archive import open_archive
    from studio.exchange.merge import read_input

    with ExitStack() as stack:
        tmp = stack.enter_context(temp_dir("studio-bench-archive-"))
        demos = args.demos or tmp / "demos"
        t = time.perf_counter()
        paths = make_demos(demos, args.workshops, tmp)
        print(f"demos: {len(paths)} ready in {time.perf_counter() - t:.1f} s ({demos})",
              flush=True)

        backends: dict[str, dict[str, Any]] = {
            "sqlite": {"target": str(tmp / "team.studioarchive"),
                       "base": str(tmp / "baseline.studioarchive"), "dialect": sqlite.dialect()}}
        server = None if args.no_server else start_server(stack)
        if server is not None:
            backends["postgresql"] = {
                "target": server.new_url().replace("postgresql+psycopg://", "postgresql://"),
                "base": server.new_url().replace("postgresql+psycopg://", "postgresql://"),
                "dialect": postgresql.psycopg.dialect()}
        for b in backends.values():
            open_archive(b["target"], create=True).close()
            open_archive(b["base"], create=True).close()  # the same tables, for the baseline
            b["add"], b["baseline"] = 0.0, 0.0
            b["archive"] = stack.enter_context(open_archive(b["target"]))

        read_time, responses = 0.0, 0
        for i, path in enumerate(paths):
            t = time.perf_counter()
            rec = read_input(path)[0]
            read_time += time.perf_counter() - t
            responses += len(rec.responses)
            for name, b in backends.items():
                t = time.perf_counter()
                b["archive"].add(rec, path.name, "workshop", city=CITIES[i % 3])
                b["add"] += time.perf_counter() - t
                rows = prepared_rows(rec, b["dialect"])
                if name == "sqlite":
                    b["baseline"] += sqlite_baseline(b["base"], rows, catalog_values(rec, i))
                else:
                    b["baseline"] += copy_baseline(b["base"], rows, catalog_values(rec, i))
            del rec
        add_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"read: {read_time:.1f} s for {len(paths)} workshops, {responses} responses; "
              f"peak memory while adding {add_peak:.0f} MB", flush=True)

        for name, b in backends.items():
            ratio = b["baseline"] / b["add"]
            raw = "executemany" if name == "sqlite" else "COPY"
            print(f"{name}: add {b['add']:.2f} s, raw {raw} {b['baseline']:.2f} s: "
                  f"ratio {ratio:.2f} ({verdict(ratio, 0.3, True)}, target ≥ 0.3)", flush=True)
            summary(f"archive add {name}: {b['add']:.1f} s for {len(paths)} workshops, "
                    f"{ratio:.2f}× raw {raw} ({verdict(ratio, 0.3, True)})")
            b["archive"].close()
            done = subprocess.run([sys.executable, "-c", ANALYSE.format(root=str(ROOT)),
                                   b["target"], str(args.repeat)], env=child_env(tmp),
                                  capture_output=True, text=True, check=True)
            got = json.loads(done.stdout.strip().splitlines()[-1])
            slowest = max(got["pilot_times"])
            cons = median(got["consensus"])
            print(f"{name}: pilots listed in {got['pilots']:.3f} s; first pilot opened in "
                  f"{got['first']:.3f} s; pilot analysis (median of {args.repeat} each) "
                  f"{median(got['pilot_times']):.3f} s typical, {slowest:.3f} s slowest pilot "
                  f"({len(got['pilot_times'])} pilots, {got['questions']} questions, pooled n "
                  f"{got['pooled_n']}); consensus {cons:.3f} s ({spread(got['consensus'])}, "
                  f"{got['statements']} statements); notes search {got['notes']:.3f} s "
                  f"({got['notes_found']} notes); peak memory {got['peak_mb']:.0f} MB",
                  flush=True)
            summary(f"archive pilot analysis {name}: {slowest:.2f} s slowest "
                    f"({verdict(slowest, 1.0, False)}, target ≤ 1 s)")
            summary(f"archive consensus {name}: {cons:.2f} s "
                    f"({verdict(cons, 0.5, False)}, target ≤ 0.5 s)")
            print(f"{name}: strategy paper and handbook drafts written in {got['paper']:.2f} s "
                  f"({verdict(got['paper'], 10.0, False)}, target ≤ 10 s)", flush=True)
            summary(f"archive paper export {name}: {got['paper']:.1f} s "
                    f"({verdict(got['paper'], 10.0, False)}, target ≤ 10 s)")
            peak = max(add_peak, got["peak_mb"])
            summary(f"archive peak memory {name}: {peak:.0f} MB "
                    f"({verdict(peak, 500, False)}, target ≤ 500 MB)")
    return 0


def start_server(stack: ExitStack) -> Any:
    """A throw-away PostgreSQL cluster (tests/pg_support.py), or None when not installed."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from pg_support import start_server as start
    except ImportError:
        print("PostgreSQL: skipped (pytest or tests/pg_support.py not available)")
        return None
    try:
        return stack.enter_context(start())
    except BaseException as exc:  # pytest.skip raises a BaseException
        if type(exc).__name__ != "Skipped":
            raise
        print(f"PostgreSQL: skipped ({exc})")
        return None


if __name__ == "__main__":
    sys.exit(main())
