"""Diverging stacked bars: scales (one row, or one per group) and agree/disagree statements."""

from __future__ import annotations

from collections.abc import Mapping

from studio.charts.base import Chart, wrap
from studio.charts.palette import NEUTRAL, diverging, series, text_on
from studio.core.results import ActivityResult


def _fitting(chart: Chart, ax_width_in: float, share: float, texts: list[str]) -> str:
    """The first of ``texts`` that fits into a segment of ``share`` (axis spans 2.04)."""
    room = share / 2.04 * ax_width_in - 0.06
    for text in texts:
        if text and chart.text_width_in(text, 0.85) <= room:
            return text
    return ""


def _segments(ax, chart: Chart, y: float, parts: list[tuple[str, float, str, str, list[str]]],
              neutral_key: str | None) -> None:
    """Stack ``parts`` (key, share, colour, hatch, texts) centred on the neutral part.

    Each segment prints the longest of its ``texts`` that fits inside it.
    """
    ax_width_in = ax.get_position().width * chart.width_in
    total_left = 0.0
    for key, share, *_ in parts:
        if key == neutral_key:
            total_left += share / 2
            break
        total_left += share
    x = -total_left
    for key, share, color, hatch, texts in parts:
        if share <= 0:
            continue
        text = _fitting(chart, ax_width_in, share, texts)
        bar = ax.barh([y], [share], left=[x], height=0.62, color=color, hatch=hatch,
                      edgecolor=chart.theme.background, linewidth=0.8)[0]
        bar.set_gid(f"seg:{y:g}:{key}")
        if text:
            ax.text(x + share / 2, y, text, ha="center", va="center", fontsize=chart.fs * 0.85,
                    color=text_on(color))
        x += share


def _finish(ax, chart: Chart, labels: list[str]) -> None:
    ax.axvline(0, color=chart.theme.foreground, linewidth=1)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.set_xlim(-1.02, 1.02)
    ticks = [-1, -0.5, 0, 0.5, 1]
    ax.set_xticks(ticks, [chart.words.percent(abs(t)) for t in ticks])
    ax.tick_params(axis="x", labelsize=chart.fs * 0.8)


def draw_scale(chart: Chart, result: ActivityResult,
               by_group: Mapping[str, ActivityResult] | None = None) -> None:
    w = chart.words
    rows = list(by_group.items()) if by_group else [("all", result)]
    values = [o for o in result.options if o.key != "dont_know"]
    keys = [o.key for o in values]
    nums = [int(k) for k in keys]
    mid = (nums[0] + nums[-1]) / 2 if nums else 0
    below, above = diverging(sum(v < mid for v in nums), sum(v > mid for v in nums))
    colors = below + ([NEUTRAL] if any(v == mid for v in nums) else []) + above
    hatches = ["//" if v < mid else "" for v in nums]
    neutral = next((k for k, v in zip(keys, nums) if v == mid), None)
    labels = [wrap(w.label(g, g)) + f"\n(n = {r.n})" for g, r in rows]
    names = [w.label(o.key, o.label) for o in values]
    cols, legend_rows = chart.legend_shape(names, 0.8)
    extra = []
    if result.mean is not None:
        extra.append(w("mean", m=w.number(result.mean), md=w.number(result.median or 0)))
    if result.dont_know:
        extra.append(w("n_dont_know", k=result.dont_know))
    ax = chart.axes(labels, caption_lines=1 + len(extra), legend_rows=legend_rows, xlabels=True,
                    right_in=0.5)
    for y, (_, res) in enumerate(rows):
        counts = res.by_key()
        valid = sum(counts[k].count for k in keys if k in counts)
        parts = []
        for key, color, hatch in zip(keys, colors, hatches):
            share = counts[key].count / valid if valid and key in counts else 0.0
            parts.append((key, share, color, hatch,
                          [f"{key}: {w.percent(share)}", w.percent(share), key]))
        _segments(ax, chart, y, parts, neutral)
    _finish(ax, chart, labels)
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=c, hatch=h, edgecolor=chart.theme.foreground, label=name)
               for name, c, h in zip(names, colors, hatches)]
    chart.legend(handles, cols, 0.8)
    chart.caption(result, extra)


def draw_statements(chart: Chart, result: ActivityResult,
                    by_group: Mapping[str, ActivityResult] | None = None) -> None:
    if by_group:
        _statements_by_group(chart, result, by_group)
        return
    w = chart.words
    rows = [(f"{wrap(w.label(o.key, o.label), 32)}\n(n = {o.count})", o) for o in result.options]
    ax = chart.axes([r[0] for r in rows], caption_lines=1, legend_rows=1, xlabels=True,
                    right_in=0.5)
    styles = {
        "disagree": ("#D55E00", "//"),
        "pass": (NEUTRAL, ""),
        "agree": ("#0072B2", ""),
    }
    for y, (_, opt) in enumerate(rows):
        total = opt.count if opt else 0
        parts = []
        for key in ("disagree", "pass", "agree"):
            n = getattr(opt, "passed" if key == "pass" else key) if opt else 0
            share = n / total if total else 0.0
            color, hatch = styles[key]
            parts.append((key, share, color, hatch, [w.percent(share)]))
        _segments(ax, chart, y, parts, "pass")
    _finish(ax, chart, [r[0] for r in rows])
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=c, hatch=h, edgecolor=chart.theme.foreground, label=w(k))
               for k, (c, h) in styles.items()]
    chart.legend(handles, 3)
    chart.caption(result)


def _statements_by_group(chart: Chart, result: ActivityResult,
                         by_group: Mapping[str, ActivityResult]) -> None:
    """One row per statement, one marked dot per group at its share agreeing."""
    w = chart.words
    labels = [wrap(w.label(o.key, o.label), 32) for o in result.options]
    names = [f"{w.label(g, g)} (n = {r.n})" for g, r in by_group.items()]
    cols, legend_rows = chart.legend_shape(names, 0.8)
    ax = chart.axes(labels, caption_lines=2, legend_rows=legend_rows, xlabels=True)
    handles = []
    ax.grid(axis="x", color=chart.theme.grid, linewidth=0.6)
    ax.set_axisbelow(True)
    for gi, (gkey, gres) in enumerate(by_group.items()):
        color, _, marker = series(gi)
        gopts = gres.by_key()
        xs, ys = [], []
        for y, opt in enumerate(result.options):
            g = gopts.get(opt.key)
            if g is not None and g.count:
                xs.append(g.agree / g.count)
                ys.append(y)
        sc = ax.scatter(xs, ys, s=(chart.fs * 0.8) ** 2, c=color, marker=marker,
                        edgecolors=chart.theme.foreground, linewidths=0.6, zorder=3,
                        label=names[gi])
        sc.set_gid(f"dots:{gkey}")
        handles.append(sc)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.set_xlim(-0.03, 1.03)
    ticks = [0, 0.25, 0.5, 0.75, 1]
    ax.set_xticks(ticks, [w.percent(t) for t in ticks])
    ax.tick_params(axis="x", labelsize=chart.fs * 0.8)
    chart.legend(handles, cols, 0.8)
    chart.caption(result, [w("agree_share")])
