"""What every chart shares: theme, fonts, margins, title and the n caption."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from studio.charts.palette import Theme
from studio.charts.text import Words, plain
from studio.core.results import ActivityResult

LINE = 1.35  # line height in multiples of the font size


@dataclass
class Chart:
    """The figure being drawn plus how to draw on it."""

    fig: Figure
    words: Words
    theme: Theme
    fs: float  # base font size in points
    title: str

    @property
    def width_in(self) -> float:
        return float(self.fig.get_figwidth())

    @property
    def height_in(self) -> float:
        return float(self.fig.get_figheight())

    def line_in(self, scale: float = 1.0) -> float:
        return self.fs * scale * LINE / 72.0

    def text_width_in(self, text: str, scale: float = 1.0) -> float:
        """Rough width of ``text`` (average glyph ≈ 0.55 em); avoids a costly text layout pass."""
        longest = max((len(line) for line in text.split("\n")), default=0)
        return longest * 0.55 * self.fs * scale / 72.0

    def legend_shape(self, names: list[str], scale: float = 0.85) -> tuple[int, int]:
        """Columns and rows for a legend of ``names`` across the figure's width."""
        if not names:
            return 1, 0
        item = 0.55 + max(self.text_width_in(n, scale) for n in names)
        cols = max(1, min(len(names), int((self.width_in - 0.3) // item)))
        return cols, -(-len(names) // cols)

    def axes(self, labels: list[str], *, caption_lines: int = 1, legend_rows: int = 0,
             xlabels: bool = False, square: bool = False, right_in: float = 0.25) -> Axes:
        """Add the one axes, leaving room for the title, y labels, legend and caption.

        The caption sits at the bottom, the legend (``legend_rows`` rows) above it,
        then the x tick labels, then the axes.
        """
        w, h = self.width_in, self.height_in
        top = 0.15 + (self.line_in(1.25) * (self.title.count("\n") + 1) if self.title else 0)
        self.caption_top_in = 0.1 + self.line_in(0.9) * caption_lines
        self.legend_top_in = self.caption_top_in + (
            0.08 + self.line_in(0.85) * legend_rows * 1.25 if legend_rows else 0.0)
        bottom = self.legend_top_in + 0.1
        if xlabels:
            bottom += self.line_in(1.0) * 2.0
        left = 0.15 + max((self.text_width_in(t) for t in labels), default=0.0)
        left = min(left, w * 0.45)
        if xlabels:
            left = max(left, self.line_in(1.0) * 2.2)
        ax_w = max(w - left - right_in, w * 0.2)
        ax_h = max(h - top - bottom, h * 0.2)
        if square:
            side = min(ax_w, ax_h)
            left += (ax_w - side) / 2
            ax_w = ax_h = side
        ax = self.fig.add_axes((left / w, bottom / h, ax_w / w, ax_h / h))
        self.style(ax)
        return ax

    def legend(self, handles: list, cols: int, scale: float = 0.85) -> None:
        """A legend across the bottom of the figure, just above the caption."""
        leg = self.fig.legend(
            handles=handles, loc="lower left", ncols=cols, fontsize=self.fs * scale,
            frameon=False, labelcolor=self.theme.foreground,
            bbox_to_anchor=(0.1 / self.width_in, (self.caption_top_in + 0.04) / self.height_in),
            borderaxespad=0, columnspacing=1.2, handlelength=1.6,
        )
        leg.set_gid("legend")

    def style(self, ax: Axes) -> None:
        t = self.theme
        ax.set_facecolor(t.background)
        for side, spine in ax.spines.items():
            spine.set_color(t.muted)
            spine.set_visible(side in ("left", "bottom"))
        ax.tick_params(colors=t.foreground, labelsize=self.fs, length=0)

    def header(self) -> None:
        if self.title:
            self.fig.text(0.15 / self.width_in, 1 - 0.1 / self.height_in, plain(self.title),
                          ha="left", va="top", fontsize=self.fs * 1.25, fontweight="bold",
                          color=self.theme.foreground)

    def caption(self, result: ActivityResult, extra: list[str] | None = None) -> None:
        """Always print n (people behind the result), with the tally share when there is one."""
        if result.n_tally:
            n_text = self.words("n_detail", n=result.n, screen=result.n_ballots,
                                tally=result.n_tally)
        else:
            n_text = self.words("n", n=result.n)
        lines = [n_text, *(extra or [])]
        self.fig.text(0.15 / self.width_in, 0.1 / self.height_in, "\n".join(lines),
                      ha="left", va="bottom", fontsize=self.fs * 0.9,
                      color=self.theme.foreground, gid="caption")

    def empty(self, result: ActivityResult) -> None:
        # Figure text, no axes: a new question shows this at once (axes cost ~10 ms).
        self.fig.text(0.5, 0.5, self.words("no_answers"), ha="center", va="center",
                      fontsize=self.fs * 1.4, color=self.theme.muted)
        self.caption(result)


def wrap(text: str, width: int = 28, lines: int = 3) -> str:
    """Wrap a label for an axis (shown literally); cut with an ellipsis after ``lines`` lines."""
    parts = textwrap.wrap(" ".join(plain(text).split()), width) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: max(0, width - 1)] + "…"
    return "\n".join(parts)
