"""ResultsView: the live chart of one activity, redrawn at most a few times a second.

Used twice: privately on the console (always live) and on the shared screen
(only once the facilitator reveals). matplotlib is imported when the first
chart is drawn, not at start-up.
"""

from __future__ import annotations

import time

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from studio.core.kinds import MIN_GROUP_SIZE
from studio.ui.i18n import StageLanguageMixin
from studio.ui.stage.answer_base import plain_label
from studio.ui.widgets.results_data import ChartInput, chart_input
from studio.ui.widgets.agenda_spec import ActivitySpec

THROTTLE_MS = 300
# While answers stream in (phones: hundreds a minute), the chart is redrawn at most this
# often: a redraw costs the GUI thread a tenth of a second or more.
STREAM_THROTTLE_MS = 1500
STREAM_SECONDS = 3.0


class ResultsView(StageLanguageMixin, QWidget):
    """A matplotlib canvas showing one activity's results.

    On the shared screen its texts are in that screen's language (the chart's
    own words are always in the workshop's language, ``studio.charts.text``).

    Call :meth:`schedule` after every ballot: redraws are coalesced so the UI
    never blocks on a burst of votes.

    Signals:
        drawn(): a chart was drawn (tests, the console preview).
    """

    drawn = Signal()

    def __init__(self, document: Any, parent: QWidget | None = None, *,
                 stage: bool = False) -> None:
        super().__init__(parent)
        self.doc = document
        self.stage = stage
        self.spec: ActivitySpec | None = None
        self.split = False
        self.data: ChartInput | None = None
        self.canvas = None
        self.font_px = 0  # stage: base text size in pixels (0 = matplotlib default)
        # console: the text never takes the room of the bars in a short chart
        self.fit_font_to_height = False
        self.chart_theme = "light"  # studio.charts theme
        self.background = ""  # the chart's background ("" = the chart theme's own)
        self._follow_app = not stage  # the stage sets its colours itself (set_colors)
        self.note = plain_label("", "small", self)
        self.note.setObjectName("resultsNote")
        self.note.hide()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.note)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.timer = QTimer(self)
        self.timer.setObjectName("resultsThrottle")
        self.timer.setSingleShot(True)
        self.timer.setInterval(THROTTLE_MS)
        self.timer.timeout.connect(self.refresh_now)
        self._last_refresh = 0.0
        if self._follow_app:
            self._colors_from_app()
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Results chart"))
        if self.canvas is not None:
            self.canvas.setAccessibleName(self.tr("Results chart"))
        self._say_split_refused()

    def _say_split_refused(self) -> None:
        self.note.setText(self.tr("Too few answers per group to split the results "
                                  "(at least {k} per group).").format(k=MIN_GROUP_SIZE))

    def set_activity(self, spec: ActivitySpec | None) -> None:
        changed = spec is None or self.spec is None or spec.id != self.spec.id
        self.spec = spec
        if changed:
            self.refresh_now()
        else:
            self.schedule()

    def set_split(self, on: bool) -> None:
        self.split = on
        self.refresh_now()

    def set_font_px(self, px: int) -> None:
        if px != self.font_px:
            self.font_px = px
            self.schedule()

    def set_colors(self, chart_theme: str, background: str = "") -> None:
        """Draw with the studio.charts theme ``chart_theme`` on ``background``."""
        if (chart_theme, background) != (self.chart_theme, self.background):
            self.chart_theme, self.background = chart_theme, background
            self.schedule()

    def _colors_from_app(self) -> None:
        window = self.palette().color(QPalette.ColorRole.Window)
        dark = window.lightnessF() < 0.5
        self.set_colors("dark" if dark else "light", window.name())

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if self._follow_app and event.type() == QEvent.Type.PaletteChange:
            self._colors_from_app()

    def schedule(self) -> None:
        """Redraw soon; calls while a redraw is pending are merged into it."""
        if not self.timer.isActive():
            self.timer.setInterval(THROTTLE_MS)
            self.timer.start()

    def schedule_answers(self) -> None:
        """Redraw for new answers: soon, but while they stream in, at most every 1.5 s
        (the console and the shared screen stay responsive while a room votes)."""
        if self.timer.isActive():
            return
        streaming = time.monotonic() - self._last_refresh < STREAM_SECONDS
        self.timer.setInterval(STREAM_THROTTLE_MS if streaming else THROTTLE_MS)
        self.timer.start()

    def _ensure_canvas(self):
        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self.canvas = FigureCanvasQTAgg(Figure(figsize=(6, 4), dpi=100))
            self.canvas.setParent(self)
            self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding,
                                      QSizePolicy.Policy.Expanding)
            self.canvas.setAccessibleName(self.tr("Results chart"))
            self._layout.insertWidget(0, self.canvas, 1)
        return self.canvas

    def refresh_now(self) -> None:
        self.timer.stop()
        self._last_refresh = time.monotonic()
        if getattr(self.doc, "closed", False):
            return  # a theme or language change reached a view of a closed workshop
        if self.spec is None:
            self.data = None
            if self.canvas is not None:
                self.canvas.figure.clear()
                self.canvas.draw_idle()
            return
        from studio.charts import build_figure

        self.data = chart_input(self.doc, self.spec, self.split)
        canvas = self._ensure_canvas()
        fs = self.font_px * 0.75 if self.font_px else None  # px → pt at 96 dpi
        if fs is not None and self.fit_font_to_height and self.height() > 0:
            # Large text in a short chart would leave no room for the bars: about 18 lines
            # of text (captions, legend, labels) must fit the chart's height.
            fs = min(fs, max(7.0, self.height() * 0.75 / 18))
        # The console shows the question above the chart; the stage shows it as a heading.
        build_figure(self.data.result, title="",
                     labels=self.data.labels, language=self.data.language,
                     by_group=self.data.groups or None, figure=canvas.figure, font_size=fs,
                     theme=self.chart_theme)
        if self.background:
            canvas.figure.set_facecolor(self.background)
            for ax in canvas.figure.axes:
                ax.set_facecolor(self.background)
        self.note.setVisible(self.data.split_refused)
        canvas.draw_idle()
        self.drawn.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.canvas is not None and self.spec is not None:
            self.schedule()  # positions depend on the size in inches: rebuild
