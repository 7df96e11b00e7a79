"""The 2×2 matrix: every dot placed (scatter), a density grid for many dots, quadrant counts."""

from __future__ import annotations

from collections.abc import Mapping

from studio.charts.base import Chart
from studio.charts.palette import series
from studio.core.results import ActivityResult

DENSITY_FROM = 60  # from this many dots on, shade a density grid under them
GRID = 8
EDGE = 0.04  # room beyond the ends of both axes (in answer units)


def _quadrants(points: list[tuple[float, float]]) -> dict[str, int]:
    q = {"low_low": 0, "low_high": 0, "high_low": 0, "high_high": 0}
    for x, y in points:
        q[f"{'high' if x >= 0.5 else 'low'}_{'high' if y >= 0.5 else 'low'}"] += 1
    return q


def draw(chart: Chart, result: ActivityResult,
         by_group: Mapping[str, ActivityResult] | None = None) -> None:
    w = chart.words
    lab = w.labels
    ylabel = lab.get("y_label", "")
    legend_in = 0.0
    if by_group:
        legend_in = 0.6 + max(chart.text_width_in(f"{w.label(g, g)} (n = {r.n})", 0.8)
                              for g, r in by_group.items())
    ax = chart.axes([" " * 3], xlabels=True, square=True, right_in=0.25 + legend_in)
    fg = chart.theme.foreground
    # A little room beyond both ends: an answer at an end (0 or 1) shows whole, not cut
    # in half by the frame.
    ax.set_xlim(-EDGE, 1 + EDGE)
    ax.set_ylim(-EDGE, 1 + EDGE)
    ax.axvline(0.5, color=chart.theme.muted, linewidth=1)
    ax.axhline(0.5, color=chart.theme.muted, linewidth=1)
    for spine in ax.spines.values():
        spine.set_visible(True)
    ax.set_xticks([0, 1], [lab.get("x_low", ""), lab.get("x_high", "")])
    ax.set_yticks([0, 1], [lab.get("y_low", ""), lab.get("y_high", "")])
    for tick, align in zip(ax.get_xticklabels(), ("left", "right")):
        tick.set_horizontalalignment(align)
    for tick, align in zip(ax.get_yticklabels(), ("bottom", "top")):
        tick.set_verticalalignment(align)
    ax.set_xlabel(lab.get("x_label", ""), fontsize=chart.fs, color=fg)
    ax.set_ylabel(ylabel, fontsize=chart.fs, color=fg)
    points = result.matrix_points
    if len(points) >= DENSITY_FROM:
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        hist = ax.hist2d(xs, ys, bins=GRID, range=[[0, 1], [0, 1]], cmap="Blues", alpha=0.55,
                         zorder=0)
        hist[3].set_gid("density")
    alpha = max(0.3, min(0.9, 6 / max(1, len(points)) ** 0.5))
    if by_group:
        for gi, (gkey, gres) in enumerate(by_group.items()):
            color, _, marker = series(gi)
            pts = gres.matrix_points
            sc = ax.scatter([p[0] for p in pts], [p[1] for p in pts], s=(chart.fs * 0.6) ** 2,
                            c=color, marker=marker, alpha=alpha, edgecolors=fg, linewidths=0.5,
                            label=f"{w.label(gkey, gkey)} (n = {gres.n})", zorder=2)
            sc.set_gid(f"dots:{gkey}")
        ax.legend(loc="upper left", bbox_to_anchor=(1.03, 1), fontsize=chart.fs * 0.8,
                  frameon=False, labelcolor=fg)
    else:
        sc = ax.scatter([p[0] for p in points], [p[1] for p in points], s=(chart.fs * 0.6) ** 2,
                        c="#0072B2", alpha=alpha, edgecolors=fg, linewidths=0.5, zorder=2)
        sc.set_gid("dots")
    total = len(points)
    for key, n in _quadrants(points).items():
        xq, yq = key.split("_")
        share = n / total if total else 0.0
        ax.text(0.97 if xq == "high" else 0.03, 0.97 if yq == "high" else 0.03,
                f"{n} · {w.percent(share)}", ha="right" if xq == "high" else "left",
                va="top" if yq == "high" else "bottom", fontsize=chart.fs * 0.9, color=fg,
                gid=f"quadrant:{key}", zorder=1.5,  # under the dots: no answer hidden
                bbox={"facecolor": chart.theme.background, "edgecolor": "none", "alpha": 0.7,
                      "pad": 2})
    chart.caption(result)
