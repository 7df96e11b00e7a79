"""The one entry point that draws any activity result as a matplotlib Figure.

Used by the live results view (inside a ``FigureCanvasQTAgg``), the
spreadsheet/PDF exports (``Figure.savefig``) and the report. Qt-free and
pyplot-free: a ``Figure`` holds no global state and is safe to build anywhere.

Every chart prints n, labels every bar or segment with text (colour never
carries meaning alone), uses the Okabe–Ito palette plus hatches/markers, and
gives its main artists a ``gid`` ("bar:<key>", "seg:<row>:<key>", "dots",
"quadrant:<name>", "caption") so tests and SVG exports can find them.
"""

from __future__ import annotations

from collections.abc import Mapping

from matplotlib.figure import Figure

from studio.charts import bars, diverging, matrix
from studio.charts.base import Chart
from studio.charts.palette import theme as get_theme
from studio.charts.text import Words
from studio.core.kinds.registry import kind_of
from studio.core.results import ActivityResult

# Chart families (``Kind.chart``): each kind says which one draws its results.
_DRAW = {
    "bars": bars.draw,  # also notes per category, given as options with counts
    "diverging": diverging.draw_scale,
    "stances": diverging.draw_statements,
    "scatter": matrix.draw,
}


def build_figure(
    result: ActivityResult,
    *,
    title: str = "",
    labels: Mapping[str, str] | None = None,
    language: str = "de",
    theme: str = "light",
    size: tuple[float, float] = (8.0, 4.5),
    dpi: float = 100.0,
    font_size: float | None = None,
    by_group: Mapping[str, ActivityResult] | None = None,
    figure: Figure | None = None,
) -> Figure:
    """Draw ``result`` and return the figure.

    Args:
        result: from ``studio.core.results.compute`` (or ``ResultsService.result``).
        title: printed above the chart (e.g. the activity's question); may be empty.
        labels: display text by key, overriding defaults: option keys, scale values,
            stakeholder group keys, chart words (see ``studio.charts.text.VOCABULARY``),
            and for the matrix ``x_label``, ``y_label``, ``x_low``, ``x_high``,
            ``y_low``, ``y_high``.
        language: "de" or "en", the workshop's language, for the chart's own words.
        theme: "light" (dark text on white) or "dark" (white on black); both high contrast.
        size: width and height in inches; with ``dpi`` this gives the pixel size.
        font_size: base font size in points; default grows with the figure's height.
        by_group: per stakeholder group results (``compute_by_group``: small groups are
            already together under "small_groups"); ``{}`` or None draws everybody together.
        figure: draw into this figure (cleared first), e.g. the one of a Qt canvas;
            ``size`` and ``dpi`` are then left as they are.
    """
    if figure is None:
        figure = Figure(figsize=size, dpi=dpi)
    else:
        figure.clear()
    th = get_theme(theme)
    figure.set_facecolor(th.background)
    fs = font_size or max(8.0, min(float(figure.get_figheight()) * 2.8, 40.0))
    chart = Chart(figure, Words(language, labels), th, fs, title)
    chart.header()
    if result.n == 0 and not result.matrix_points and not any(
        o.count or o.points for o in result.options
    ):
        chart.empty(result)
        return figure
    _DRAW[kind_of(result.kind).chart](chart, result, by_group or None)
    return figure
