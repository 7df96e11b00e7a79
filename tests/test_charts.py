"""Charts: every kind draws the numbers it is given, prints n, labels without colour alone."""

from __future__ import annotations

import subprocess
import sys

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from test_results import R  # the response-row stand-in the result tests use

from studio.charts import build_figure
from studio.charts.palette import SERIES_COLORS, text_on
from studio.core.kinds import ActivityKind
from studio.core.results import compute, compute_by_group

OPTS = [("a", "Transparenz"), ("b", "Fairness"), ("c", "Datenschutz")]


def by_gid(fig, prefix):
    found = {}
    for artist in fig.findobj(lambda a: (a.get_gid() or "").startswith(prefix)):
        found[artist.get_gid()] = artist
    return found


def texts(fig):
    return [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))]


def render(fig):
    FigureCanvasAgg(fig).draw()
    return fig


def test_single_choice_bars_match_counts_and_print_n():
    rows = [R("1", "a"), R("2", "a"), R("3", "b"), R(None, "c", count=4)]
    res = compute(ActivityKind.SINGLE_CHOICE, {}, OPTS, rows)
    fig = render(build_figure(res, title="Was ist Ihnen wichtig?", language="en"))
    bars = by_gid(fig, "bar:")
    assert {k: b.get_width() for k, b in bars.items()} == {"bar:a": 2, "bar:b": 1, "bar:c": 4}
    caption = by_gid(fig, "caption")["caption"].get_text()
    assert caption.startswith("n = 7") and "3 on screen" in caption and "4 counted" in caption
    # value labels carry count and share, so colour is not the only carrier
    assert "4 · 57 %" in texts(fig)


def test_points_and_ranking_use_points_and_borda():
    pts = [R("1", "a", value_num=7), R("1", "b", value_num=3), R("2", "b", value_num=10)]
    res = compute(ActivityKind.POINTS, {"budget": 10}, OPTS, pts)
    bars = by_gid(render(build_figure(res)), "bar:")
    assert bars["bar:a"].get_width() == 7 and bars["bar:b"].get_width() == 13

    ranks = [R("1", "a", value_num=1), R("1", "b", value_num=2), R("1", "c", value_num=3),
             R("2", "b", value_num=1), R("2", "a", value_num=2), R("2", "c", value_num=3)]
    res = compute(ActivityKind.RANKING, {}, OPTS, ranks)
    fig = render(build_figure(res, language="en"))
    bars = by_gid(fig, "bar:")
    # Borda: first place 2 points, second 1, last 0
    assert {k: b.get_width() for k, b in bars.items()} == {"bar:a": 3, "bar:b": 3, "bar:c": 0}
    assert any("average place 1.5" in t for t in texts(fig))
    german = render(build_figure(res, language="de"))
    assert any("im Schnitt Platz 1,5" in t for t in texts(german))


def test_scale_diverging_segments_are_shares_centred_on_neutral():
    rows = [R(str(i), value_num=v) for i, v in enumerate([1, 2, 3, 3, 4, 5, 5, 5])]
    rows.append(R("dk", value_text="dont_know"))
    settings = {"min": 1, "max": 5, "min_label": "low", "max_label": "high"}
    res = compute(ActivityKind.SCALE, settings, [], rows)
    fig = render(build_figure(res, language="en"))
    segs = by_gid(fig, "seg:0:")
    widths = {k.split(":")[-1]: s.get_width() for k, s in segs.items()}
    assert widths == pytest.approx({"1": 1 / 8, "2": 1 / 8, "3": 2 / 8, "4": 1 / 8, "5": 3 / 8})
    # the neutral value straddles zero: its left edge is minus half its width
    assert segs["seg:0:3"].get_x() == pytest.approx(-1 / 8)
    assert segs["seg:0:1"].get_x() == pytest.approx(-(1 / 8 + 1 / 8 + 1 / 8))
    assert any("don't know" in t for t in texts(fig))
    assert by_gid(fig, "caption")["caption"].get_text().startswith("n = 9")


def test_statements_agree_right_disagree_left():
    rows = [R("1", "a", value_text="agree"), R("2", "a", value_text="agree"),
            R("3", "a", value_text="disagree"), R("4", "a", value_text="pass")]
    res = compute(ActivityKind.STATEMENTS, {}, OPTS[:1], rows)
    fig = render(build_figure(res, language="en"))
    segs = by_gid(fig, "seg:0:")
    assert segs["seg:0:agree"].get_width() == pytest.approx(0.5)
    assert segs["seg:0:agree"].get_x() == pytest.approx(0.125)
    assert segs["seg:0:disagree"].get_x() + segs["seg:0:disagree"].get_width() == pytest.approx(
        -0.125)
    legend = by_gid(fig, "legend")["legend"]
    assert [t.get_text() for t in legend.get_texts()] == ["Disagree", "Pass", "Agree"]


def test_matrix_dots_and_quadrant_counts():
    rows = [R("1", value_x=0.9, value_y=0.9), R("2", value_x=0.8, value_y=0.7),
            R("3", value_x=0.1, value_y=0.2)]
    res = compute(ActivityKind.MATRIX, {}, [], rows)
    fig = render(build_figure(res, labels={"x_label": "Nutzen", "y_label": "Risiko"}))
    dots = by_gid(fig, "dots")["dots"]
    assert sorted(map(tuple, dots.get_offsets().tolist())) == [(0.1, 0.2), (0.8, 0.7),
                                                                (0.9, 0.9)]
    quads = by_gid(fig, "quadrant:")
    assert quads["quadrant:high_high"].get_text() == "2 · 67 %"
    assert quads["quadrant:low_low"].get_text() == "1 · 33 %"
    assert "density" not in by_gid(fig, "density")
    many = [R(str(i), value_x=(i % 10) / 10, value_y=(i % 7) / 7) for i in range(80)]
    fig = render(build_figure(compute(ActivityKind.MATRIX, {}, [], many)))
    assert "density" in by_gid(fig, "density")


def test_matrix_answers_at_the_ends_show_whole_and_above_the_counts():
    """A dot at 0 or 1 is not cut in half by the frame (the PDF report showed half dots),
    and the quadrant counts lie under the dots, never over an answer."""
    corners = [(0.0, 0.0), (1.0, 1.0), (0.0, 1.0), (1.0, 0.0), (0.03, 0.97)]
    rows = [R(str(i), value_x=x, value_y=y) for i, (x, y) in enumerate(corners)]
    fig = render(build_figure(compute(ActivityKind.MATRIX, {}, [], rows)))
    dots = by_gid(fig, "dots")["dots"]
    ax = dots.axes
    box = ax.get_window_extent()
    radius = (dots.get_sizes()[0] ** 0.5) / 2 * fig.dpi / 72  # marker size is in pt²
    for x, y in ax.transData.transform(dots.get_offsets()):
        assert box.x0 <= x - radius and x + radius <= box.x1
        assert box.y0 <= y - radius and y + radius <= box.y1
    assert all(q.get_zorder() < dots.get_zorder() for q in by_gid(fig, "quadrant:").values())


@pytest.mark.parametrize("kind", [k for k in ActivityKind if k is not ActivityKind.NOTES])
def test_every_kind_splits_by_group_with_small_groups_folded(kind):
    rows = []
    for i in range(16):
        group = ["residents"] * 6 + ["staff"] * 5 + ["science"] * 2 + ["business"] * 3
        group = group[i]
        bid = str(i)
        if kind is ActivityKind.SCALE:
            rows.append(R(bid, value_num=1 + i % 5, stakeholder_group=group))
        elif kind is ActivityKind.MATRIX:
            rows.append(R(bid, value_x=i / 16, value_y=0.5, stakeholder_group=group))
        elif kind is ActivityKind.STATEMENTS:
            rows.append(R(bid, "a", value_text="agree", stakeholder_group=group))
        elif kind is ActivityKind.RANKING:
            rows += [R(bid, o, value_num=j + 1, stakeholder_group=group)
                     for j, (o, _) in enumerate(OPTS)]
        elif kind is ActivityKind.POINTS:
            rows.append(R(bid, "a", value_num=3, stakeholder_group=group))
        else:
            rows.append(R(bid, OPTS[i % 3][0], stakeholder_group=group))
    settings = {"min": 1, "max": 5}
    groups = compute_by_group(kind, settings, OPTS, rows)
    # science (2) and business (3) are too small alone: together they are "small groups" (5)
    assert sorted(groups) == ["residents", "small_groups", "staff"]
    res = compute(kind, settings, OPTS, rows)
    fig = render(build_figure(res, by_group=groups, language="en",
                              labels={"residents": "Residents", "staff": "City staff"}))
    shown = " ".join(texts(fig))
    assert "Residents (n = 6)" in shown or "Residents\n(n = 6)" in shown
    assert "small groups (n = 5)" in shown or "small groups\n(n = 5)" in shown
    assert "science" not in shown.lower() and "business" not in shown.lower()


def test_empty_result_says_so_and_prints_n_zero():
    res = compute(ActivityKind.SINGLE_CHOICE, {}, OPTS, [])
    fig = render(build_figure(res, language="de"))
    assert "Noch keine Antworten" in texts(fig)
    assert by_gid(fig, "caption")["caption"].get_text() == "n = 0"


def test_labels_are_literal_text_not_mathtext():
    opts = [("a", "Kosten $5 oder $\\frac{1}{0}"), ("b", "Nichts")]
    res = compute(ActivityKind.SINGLE_CHOICE, {}, opts, [R("1", "a")])
    render(build_figure(res, title="Preis in $ ($x^2$)"))  # must not raise a mathtext error


def test_dark_theme_and_size_and_reuse_of_a_figure():
    res = compute(ActivityKind.SINGLE_CHOICE, {}, OPTS, [R("1", "a")])
    fig = build_figure(res, theme="dark", size=(12, 6), dpi=50)
    assert tuple(fig.get_size_inches()) == (12, 6)
    assert fig.get_facecolor()[:3] == (0, 0, 0)
    again = build_figure(res, figure=fig)
    assert again is fig and len(fig.axes) == 1
    with pytest.raises(ValueError, match="unknown chart theme"):
        build_figure(res, theme="neon")


def test_palette_text_contrast():
    assert text_on("#0072B2") == "#FFFFFF"
    assert text_on("#F0E442") == "#000000"
    assert len(set(SERIES_COLORS)) == len(SERIES_COLORS)


def test_charts_import_neither_pyplot_nor_qt():
    code = (
        "import sys\n"
        "from studio.charts import build_figure\n"
        "from studio.core.results import compute\n"
        "build_figure(compute('single_choice', {}, [('a','A')], []))\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'matplotlib.pyplot'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=str(__import__("pathlib").Path(
        __file__).resolve().parents[1]))
