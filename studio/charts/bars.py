"""Bars: single and multiple choice, point budget, ranking (Borda count), notes per category."""

from __future__ import annotations

from collections.abc import Mapping

from studio.charts.base import Chart, wrap
from studio.charts.palette import series, text_on
from studio.core.kinds.registry import kind_of
from studio.core.results import ActivityResult, OptionResult


def _ordered(result: ActivityResult) -> list[OptionResult]:
    opts = list(result.options)
    if kind_of(result.kind).measure == "borda":
        # Best first: highest Borda score; ties keep the planned order.
        opts.sort(key=lambda o: -o.points)
    return opts


def _value(result: ActivityResult, opt: OptionResult) -> float:
    if kind_of(result.kind).measure != "count":
        return opt.points
    return float(opt.count)


def _value_text(chart: Chart, result: ActivityResult, opt: OptionResult) -> str:
    w = chart.words
    measure = kind_of(result.kind).measure
    if measure == "points":
        return f"{w('points', p=w.number(opt.points, 0))} · {w.percent(opt.share)}"
    if measure == "borda":
        rank = w.number(opt.mean_rank, 1) if opt.mean_rank is not None else "–"
        return w("borda", p=w.number(opt.points, 0), r=rank)
    return f"{opt.count} · {w.percent(opt.share)}"


def _headroom(chart: Chart, ax, texts: list[str], scale: float = 1.0) -> float:
    """How far past the longest bar the x axis must reach so that value texts fit."""
    ax_w = ax.get_position().width * chart.width_in
    text_w = max((chart.text_width_in(t, scale) for t in texts), default=0.0) + 0.15
    return 1.0 / max(0.35, 1.0 - text_w / ax_w)


def draw(chart: Chart, result: ActivityResult,
         by_group: Mapping[str, ActivityResult] | None = None) -> None:
    if by_group:
        _draw_groups(chart, result, by_group)
        return
    w = chart.words
    opts = _ordered(result)
    labels = [wrap(w.label(o.key, o.label)) for o in opts]
    kind = kind_of(result.kind)
    if kind.measure == "borda":  # a ranking: numbered, best first
        labels = [f"{i + 1}. {lab}" for i, lab in enumerate(labels)]
    extra = [w("several")] if kind.several_answers else []
    ax = chart.axes(labels, caption_lines=1 + len(extra))
    values = [_value(result, o) for o in opts]
    ys = list(range(len(opts)))
    bars = ax.barh(ys, values, height=0.62, color=chart.theme.bar,
                   edgecolor=chart.theme.foreground, linewidth=0.6)
    top = max(values, default=0) or 1.0
    texts = [_value_text(chart, result, o) for o in opts]
    for bar, text, opt, value in zip(bars, texts, opts, values):
        bar.set_gid(f"bar:{opt.key}")
        ax.text(value + top * 0.02, bar.get_y() + bar.get_height() / 2, text,
                va="center", ha="left",
                fontsize=chart.fs, color=chart.theme.foreground)
    ax.set_yticks(ys, labels)
    ax.set_ylim(len(opts) - 0.5, -0.5)
    ax.set_xlim(0, top * _headroom(chart, ax, texts))
    ax.set_xticks([])
    chart.caption(result, extra)


def _draw_groups(chart: Chart, result: ActivityResult,
                 by_group: Mapping[str, ActivityResult]) -> None:
    """Grouped bars of shares within each group (groups differ in size, so counts mislead)."""
    w = chart.words
    opts = _ordered(result)
    labels = [wrap(w.label(o.key, o.label)) for o in opts]
    groups = list(by_group.items())
    names = [f"{w.label(g, g)} (n = {r.n})" for g, r in groups]
    cols, rows = chart.legend_shape(names)
    ax = chart.axes(labels, caption_lines=2, legend_rows=rows)
    k = len(groups)
    height = 0.8 / k
    handles: list = []
    for gi, (gkey, gres) in enumerate(groups):
        color, hatch, _ = series(gi)
        gopts = gres.by_key()
        shares = [gopts[o.key].share if o.key in gopts else 0.0 for o in opts]
        ys = [i - 0.4 + height * (gi + 0.5) for i in range(len(opts))]
        bars = ax.barh(ys, shares, height=height * 0.92, color=color, hatch=hatch,
                       edgecolor=text_on(color), linewidth=0.4, label=names[gi])
        handles.append(bars)
        for bar, opt, share in zip(bars, opts, shares):
            bar.set_gid(f"bar:{gkey}:{opt.key}")
            ax.text(share + 0.01, bar.get_y() + bar.get_height() / 2, w.percent(share),
                    va="center", ha="left", fontsize=chart.fs * 0.8,
                    color=chart.theme.foreground)
    ax.set_yticks(range(len(opts)), labels)
    ax.set_ylim(len(opts) - 0.5, -0.5)
    top = max((max((o.share for o in r.options), default=0) for _, r in groups), default=0) or 1
    ax.set_xlim(0, top * _headroom(chart, ax, ["100 %"], 0.8))
    ax.set_xticks([])
    chart.legend(handles, cols)
    chart.caption(result, [w("share_of_group")])
