"""Benchmark: spreadsheet export and merge, against baselines measured in the same run.

    python bench/bench_export.py [--workshops 20] [--repeat 3] [--keep DIR]

Measures, each in its own subprocess (time and peak memory, ru_maxrss):

- ``export``: ``studio export`` of ``studio demo --size large`` (read, results, overview,
  charts, write: XlsxWriter in its normal mode, with Excel tables and native charts);
- ``xlsxwriter``: the floor: the same cells written with xlsxwriter in constant-memory mode
  (the fastest Python writer), from rows already in memory;
- ``xlsxwriter+read``: the same, plus reading the workshop and building the rows as the
  export does, so the comparison with ``export`` is like for like;
- ``pandas``: ``DataFrame.to_excel`` of the same tables;
- ``baseline``: the interpreter with the same imports and the workshop read, writing nothing;
- ``merge``: ``studio merge`` of N large workshops (default 20, different seeds).

Targets (issue 6): export ≤ 1.5 × the xlsxwriter floor, faster than pandas, peak memory
≤ 300 MB; merging 20 large workshops ≤ 30 s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
mode, src, out = sys.argv[1], sys.argv[2], sys.argv[3]
from pathlib import Path
from studio.exchange import rows as R, schema
from studio.exchange.records import read_workshop_file

def build_figure_for(build_figure, rec, head):
    from studio.core import results as core
    opts = [(o["id"], o["label"]) for o in rec.options if o["activity_id"] == head["activity_id"]]
    resp = [R._Slim(r) for r in rec.responses
            if r["activity_id"] == head["activity_id"] and r["withdrawn_at"] is None]
    act = next(a for a in rec.activities if a["id"] == head["activity_id"])
    return build_figure(core.compute(act["kind"], act["settings"] or {{}}, opts, resp),
                        title=head["prompt"])

def tables(rec):
    layout = R.card_layout(s["card"] or {{}} for s in rec.scenarios)
    out = []
    for sheet in schema.DATA_SHEETS:
        cols = list(sheet.columns)
        if sheet is schema.SCENARIOS:
            cols += [schema.Column(n, "text", "", "", False) for _, names in layout.values()
                     for n in names]
        out.append((sheet.name, cols, list(R.sheet_rows(rec, sheet, layout))))
    return out

def xlsxwriter_write(tabs, out):
    import xlsxwriter
    from datetime import timezone
    wb = xlsxwriter.Workbook(out, {{"constant_memory": True, "strings_to_formulas": False,
                                    "strings_to_urls": False, "strings_to_numbers": False}})
    dt = wb.add_format({{"num_format": "yyyy-mm-dd hh:mm:ss"}})
    for name, cols, rows in tabs:
        ws = wb.add_worksheet(name)
        for c, col in enumerate(cols):
            ws.write_string(0, c, col.name)
        for r, row in enumerate(rows, 1):
            for c, (col, v) in enumerate(zip(cols, row)):
                if v is None or v == "":
                    continue
                t = col.type
                if t in schema.TEXT_TYPES:
                    ws.write_string(r, c, str(v))
                elif t == "bool":
                    ws.write_boolean(r, c, v)
                elif t == "datetime":
                    ws.write_datetime(r, c, v.astimezone(timezone.utc).replace(tzinfo=None), dt)
                elif t == "date":
                    ws.write_datetime(r, c, v, dt)
                else:
                    ws.write_number(r, c, v)
    wb.close()

def pandas_write(tabs, out):
    import pandas as pd
    from datetime import datetime
    with pd.ExcelWriter(out) as xw:
        for name, cols, rows in tabs:
            fixed = [[v.replace(tzinfo=None) if isinstance(v, datetime) else v for v in row]
                     for row in rows]
            pd.DataFrame(fixed, columns=[c.name for c in cols]).to_excel(xw, sheet_name=name,
                                                                         index=False)
        engine = xw.engine
    return engine

extra = {{}}
if mode in ("xlsxwriter", "pandas"):
    tabs = tables(read_workshop_file(Path(src)))
    t0 = time.perf_counter()
    if mode == "xlsxwriter":
        xlsxwriter_write(tabs, out)
    else:
        extra["engine"] = pandas_write(tabs, out)
    elapsed = time.perf_counter() - t0
else:
    t0 = time.perf_counter()
    if mode == "export":
        from studio.core.workshop_files import open_readonly
        from studio.exchange.xlsx_export import export_workbook
        with open_readonly(Path(src)) as store:
            export_workbook(store, Path(out))
    elif mode == "xlsxwriter+read":
        xlsxwriter_write(tables(read_workshop_file(Path(src))), out)
    elif mode == "baseline":
        import xlsxwriter  # noqa: F401 - the same imports as the export
        read_workshop_file(Path(src))
    elif mode == "chart-images":
        # The alternative to native charts: one PNG per voting activity from matplotlib.
        import io
        from matplotlib.figure import Figure
        from studio.core import results as core
        rec = read_workshop_file(Path(src))
        try:
            from studio.charts import build_figure
        except ImportError:
            build_figure = None
        total = 0
        for head, rows in R.workshop_results(rec):
            if build_figure is not None:
                fig = build_figure_for(build_figure, rec, head)
            else:
                fig = Figure(figsize=(8, 4.5))
                ax = fig.add_subplot()
                labels = [str(r[12]) for r in rows if r[9] is None]
                ax.barh(labels, [r[16] or 0 for r in rows if r[9] is None])
                ax.set_title(head["prompt"])
            buf = io.BytesIO()
            fig.savefig(buf, format="png", dpi=150)
            total += buf.tell()
        extra["bytes"] = total
        extra["charts"] = "studio.charts" if build_figure is not None else "plain matplotlib"
    elif mode == "merge":
        from studio.exchange.merge import merge_files
        s = merge_files([Path(p) for p in src.split(";")], Path(out))
        extra["workshops"] = len(s.workshops)
        extra["responses"] = s.rows["responses"]
    elapsed = time.perf_counter() - t0
if mode not in ("baseline", "chart-images") and Path(out).exists():
    extra["bytes"] = Path(out).stat().st_size
print(json.dumps({{"mode": mode, "seconds": elapsed,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, **extra}}))
"""


def child(mode: str, src: str, out: str) -> dict:
    code = CHILD.format(root=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", code, mode, src, out], capture_output=True,
                          text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{mode} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def demo(folder: Path, seed: int) -> Path:
    path = folder / f"large-{seed}.workshop"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "studio.cli", "demo", "--size", "large",
                        "--seed", str(seed), "--output", str(path)], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return path


def best(mode: str, src: str, folder: Path, repeat: int) -> dict:
    runs = []
    for i in range(repeat):
        out = folder / f"{mode.replace('+', '-')}-{i}.xlsx"
        out.unlink(missing_ok=True)
        runs.append(child(mode, src, str(out)))
    return min(runs, key=lambda r: r["seconds"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workshops", type=int, default=20, help="workshops to merge (default 20)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (best counts)")
    ap.add_argument("--keep", type=Path, help="keep generated workshops in this folder")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-export-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        return measure(args, folder)
    finally:
        if args.keep is None:  # ~7 MB per large workshop: never left behind
            shutil.rmtree(folder, ignore_errors=True)


def measure(args: argparse.Namespace, folder: Path) -> int:
    print(f"generating {args.workshops} large demo workshops in {folder} ...", flush=True)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        sources = list(pool.map(lambda s: demo(folder, s), range(1, max(1, args.workshops) + 1)))
    src = str(sources[0])
    results = {m: best(m, src, folder, args.repeat)
               for m in ("baseline", "export", "xlsxwriter", "xlsxwriter+read", "pandas")}
    images = child("chart-images", src, str(folder / "unused"))
    (folder / "merged.xlsx").unlink(missing_ok=True)
    merge = child("merge", ";".join(map(str, sources)), str(folder / "merged.xlsx"))
    floor = results["xlsxwriter"]["seconds"]
    export = results["export"]
    print()
    print(f"{'measurement':<18}{'seconds':>9}{'× floor':>9}{'peak MB':>9}{'file MB':>9}")
    for mode, r in results.items():
        size = r.get("bytes", 0) / 1e6
        print(f"{mode:<18}{r['seconds']:>9.2f}{r['seconds'] / floor:>9.2f}{r['peak_mb']:>9.0f}"
              f"{size:>9.2f}" + (f"   engine={r['engine']}" if "engine" in r else ""))
    print(f"{'chart images':<18}{images['seconds']:>9.2f}{'':>9}{images['peak_mb']:>9.0f}"
          f"{images['bytes'] / 1e6:>9.2f}   ({images['charts']}, extra cost over native charts)")
    print(f"{'merge ×' + str(merge['workshops']):<18}{merge['seconds']:>9.2f}{'':>9}"
          f"{merge['peak_mb']:>9.0f}{merge.get('bytes', 0) / 1e6:>9.2f}"
          f"   {merge['responses']} responses")
    print()
    checks = [
        ("export ≤ 1.5 × xlsxwriter floor (writing only)", export["seconds"] <= 1.5 * floor,
         f"{export['seconds'] / floor:.2f}×"),
        ("export ≤ 1.5 × xlsxwriter incl. reading", export["seconds"]
         <= 1.5 * results["xlsxwriter+read"]["seconds"],
         f"{export['seconds'] / results['xlsxwriter+read']['seconds']:.2f}×"),
        ("export faster than pandas", export["seconds"] < results["pandas"]["seconds"],
         f"{results['pandas']['seconds'] / export['seconds']:.1f}× faster"),
        ("export peak memory ≤ 300 MB", export["peak_mb"] <= 300, f"{export['peak_mb']:.0f} MB"),
        (f"merge of {merge['workshops']} large workshops ≤ 30 s", merge["seconds"] <= 30,
         f"{merge['seconds']:.1f} s"),
    ]
    for text, ok, figure in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {text}: {figure}")
    # A missed target is reported, not a failure of the benchmark (bench/_util.py).
    missed = [text for text, ok, _ in checks if not ok]
    print(f"SUMMARY export: {export['seconds']:.2f}s = {export['seconds'] / floor:.2f}× the "
          f"xlsxwriter floor {floor:.2f}s (target ≤ 1.5×), "
          f"{export['seconds'] / results['xlsxwriter+read']['seconds']:.2f}× incl. reading, "
          f"{results['pandas']['seconds'] / export['seconds']:.1f}× faster than pandas, "
          f"peak {export['peak_mb']:.0f} MB (target ≤ 300); merge of {merge['workshops']} "
          f"large workshops {merge['seconds']:.1f}s (target ≤ 30 s) - "
          + ("ok" if not missed else "MISSED: " + "; ".join(missed)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
