"""Benchmark: draw each chart kind for 150 ballots, against a bare matplotlib script.

Run: ``python bench/bench_charts.py``

For every activity kind the studio chart (``studio.charts.build_figure`` plus an
Agg render) is timed against the same chart drawn by a plain matplotlib script
(Figure + the same bars/segments/dots and texts, no studio code), in the same
run. Targets: ≤ 100 ms per chart and ≤ 1.3× the bare script.
"""

from __future__ import annotations

import statistics
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from chart_samples import OPTIONS, VOTING_KINDS, result  # noqa: E402
from studio.charts import build_figure  # noqa: E402
from studio.core.kinds import ActivityKind  # noqa: E402

N_BALLOTS = 150
REPEAT = 21
TARGET_MS = 100.0
TARGET_RATIO = 1.3
LABELS = {"x_label": "Nutzen", "y_label": "Risiko", "x_low": "gering", "x_high": "hoch",
          "y_low": "gering", "y_high": "hoch"}


def bare(kind: ActivityKind, res) -> Figure:
    """The same chart as a hand-written matplotlib script would draw it."""
    fig = Figure(figsize=(8, 4.5), dpi=100)
    fig.text(0.02, 0.97, "Wie wichtig ist Ihnen …?", va="top", fontsize=15, fontweight="bold")
    fig.text(0.02, 0.02, f"n = {res.n}", fontsize=11)
    ax = fig.add_axes((0.35, 0.2, 0.6, 0.68))
    labels = [textwrap.fill(label, 28) for _, label in OPTIONS]
    if kind is ActivityKind.MATRIX:
        xs = [p[0] for p in res.matrix_points]
        ys = [p[1] for p in res.matrix_points]
        ax.hist2d(xs, ys, bins=8, range=[[0, 1], [0, 1]], cmap="Blues", alpha=0.55)
        ax.scatter(xs, ys, s=50, c="#0072B2", alpha=0.5, edgecolors="k")
        ax.axvline(0.5, color="grey")
        ax.axhline(0.5, color="grey")
        for x, y in ((0.03, 0.03), (0.97, 0.03), (0.03, 0.97), (0.97, 0.97)):
            ax.text(x, y, "12 · 8 %", ha="center", bbox={"facecolor": "w", "alpha": 0.7})
        ax.set_xticks([0, 1], ["gering", "hoch"])
        ax.set_yticks([0, 1], ["gering", "hoch"])
        ax.set_xlabel("Nutzen")
        ax.set_ylabel("Risiko")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
    elif kind in (ActivityKind.SCALE, ActivityKind.STATEMENTS):
        colors = ["#D55E00", "#E69F00", "#BBBBBB", "#56B4E9", "#0072B2"]
        rows = 1 if kind is ActivityKind.SCALE else len(res.options)
        for y in range(rows):
            left = -0.4
            for c in colors if kind is ActivityKind.SCALE else colors[::2]:
                ax.barh([y], [0.2], left=[left], color=c, hatch="//", edgecolor="w")
                ax.text(left + 0.1, y, "20 %", ha="center", va="center")
                left += 0.2
        ax.axvline(0, color="k")
        ax.set_yticks(range(rows), labels[:rows])
        ax.set_xticks([-1, -0.5, 0, 0.5, 1], ["100 %", "50 %", "0 %", "50 %", "100 %"])
        fig.legend(handles=[Patch(facecolor=c, label=str(i)) for i, c in enumerate(colors)],
                   loc="lower left", ncols=5, frameon=False)
        ax.set_xlim(-1.02, 1.02)
    else:
        # the same texts as the studio chart: wrapped labels, value and share per bar
        opts = sorted(res.options, key=lambda o: -o.points) \
            if kind is ActivityKind.RANKING else res.options
        values = [o.points or o.count for o in opts]
        names = [textwrap.fill(o.label, 28) for o in opts]
        if kind is ActivityKind.RANKING:
            names = [f"{i + 1}. {n}" for i, n in enumerate(names)]
            texts = [f"{o.points:.0f} Borda-Pkt. · Ø Rang {o.mean_rank or 0:.1f}" for o in opts]
        else:
            texts = [f"{v:.0f} · {o.share:.0%}" for v, o in zip(values, opts)]
        bars = ax.barh(range(len(values)), values, color="#0072B2", edgecolor="k")
        for bar, v, t in zip(bars, values, texts):
            ax.text(v, bar.get_y() + 0.3, t, va="center")
        ax.set_yticks(range(len(values)), names)
        ax.set_ylim(len(values) - 0.5, -0.5)
        ax.set_xticks([])
    return fig


def _once(make) -> float:
    t0 = time.perf_counter()
    FigureCanvasAgg(make()).draw()
    return (time.perf_counter() - t0) * 1000


def timed_pair(studio, bare_script) -> tuple[float, float]:
    """Medians of both, run alternately so that load on the machine hits both alike."""
    a, b = [], []
    for _ in range(REPEAT):
        a.append(_once(studio))
        b.append(_once(bare_script))
    return statistics.median(a), statistics.median(b)


def main() -> int:
    # Warm up fonts and caches so neither side pays the first-use cost.
    FigureCanvasAgg(bare(ActivityKind.SINGLE_CHOICE, result(ActivityKind.SINGLE_CHOICE))).draw()
    print(f"Charts for {N_BALLOTS} ballots, median of {REPEAT} alternating runs "
          f"(build + Agg render), 800×450 px")
    print(f"{'kind':<17}{'studio ms':>11}{'bare ms':>10}{'ratio':>8}  verdict")
    ok = True
    worst_ms = worst_ratio = 0.0
    for kind in VOTING_KINDS:
        res = result(kind, N_BALLOTS)
        studio, base = timed_pair(
            lambda: build_figure(res, title="Wie wichtig ist Ihnen …?", labels=LABELS),
            lambda: bare(kind, res))
        ratio = studio / base
        good = studio <= TARGET_MS and ratio <= TARGET_RATIO
        ok &= good
        worst_ms, worst_ratio = max(worst_ms, studio), max(worst_ratio, ratio)
        print(f"{kind.value:<17}{studio:>11.1f}{base:>10.1f}{ratio:>8.2f}  "
              f"{'ok' if good else 'MISSED'}")
    print(f"targets: ≤ {TARGET_MS:.0f} ms and ≤ {TARGET_RATIO}× bare — "
          f"{'all met' if ok else 'not all met'}")
    print(f"SUMMARY charts ({len(VOTING_KINDS)} kinds, {N_BALLOTS} ballots): slowest "
          f"{worst_ms:.1f} ms, highest ratio {worst_ratio:.2f}× bare matplotlib (targets "
          f"≤ {TARGET_MS:.0f} ms, ≤ {TARGET_RATIO}×) {'ok' if ok else 'ABOVE TARGET'}",
          flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
