"""FocusBoard: one cluster, category or selection large on the shared screen.

The cards use the large ``FOCUS_STYLE`` and are laid out afresh for the
screen (positions of their own, the board's stay as they are). When they do
not all fit at 1:1 they are split into parts (``focus_pages``), so the type is
never smaller than ``MIN_STAGE_TEXT_PX`` on the screen; the facilitator steps
through the parts from the console.

Signals:
    partsCounted(int): how many parts the notes need at the current size.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from studio.core.board_layout import focus_pages
from studio.ui.canvas.focus import CATEGORY, CLUSTER, Focus, focused_notes
from studio.ui.canvas.items import FOCUS_STYLE, UNKNOWN_LOOK, NoteItem, NoteState, category_look
from studio.ui.canvas.view import BoardView
from studio.ui.i18n import StageLanguageMixin

TITLE = "font-size: 34px; font-weight: bold;"
PART = "font-size: 24px;"
MARGIN = 16.0  # scene units around a part
MAX_SCALE = 1.8


class ReadOnlyBoardView(BoardView):
    """A fitted, read-only board on the shared screen.

    It can take the focus (a screen reader reaches it) but passes every key on,
    so a presentation remote's keys reach the shared-screen window.

    Signals:
        resized(): the view changed size (the content is fitted again).
    """

    resized = Signal()

    def __init__(self, scene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent, interactive=False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setFrameShape(BoardView.NoFrame)
        self.setFocusPolicy(Qt.TabFocus)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event) -> None:
        event.ignore()

    def keyReleaseEvent(self, event) -> None:
        event.ignore()


class FocusBoard(StageLanguageMixin, QWidget):
    """The chosen notes large, in the shared screen's language (see the module's doc)."""

    partsCounted = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setTextFormat(Qt.PlainText)
        self.title.setWordWrap(True)
        self.title.setStyleSheet(TITLE)
        self.part_label = QLabel()
        self.part_label.setTextFormat(Qt.PlainText)
        self.part_label.setStyleSheet(PART)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setStyleSheet(TITLE)
        self.scene = QGraphicsScene(self)
        self.scene.setBackgroundBrush(QColor("#F4F1EA"))
        self.view = ReadOnlyBoardView(self.scene)
        head = QWidget()
        row = QHBoxLayout(head)
        row.setContentsMargins(16, 0, 16, 4)
        row.addWidget(self.title, 1)
        row.addWidget(self.part_label, 0, Qt.AlignRight | Qt.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(head)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.view, 1)
        self.items: list[NoteItem] = []
        self.part = 0
        self.parts = 1
        self._pages: list[list[tuple[float, float]]] = []
        self._shown: tuple[Any, Focus] | None = None
        self.view.resized.connect(self._resized)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No notes to show here."))
        self.view.setAccessibleName(self.tr("Notes shown large"))
        self.view.setAccessibleDescription(self.tr(
            "One cluster, category or selection of notes, large enough to read from the back"
            " of the room."))
        if self._shown is not None:
            self.show_focus(*self._shown)

    def show_focus(self, data: Any, focus: Focus) -> None:
        """Show what ``focus`` chooses from ``data`` (a BoardData without hidden notes)."""
        self._shown = (data, focus)
        looks = {c["key"]: category_look(c, data.language) for c in data.categories}
        merged: dict[str, int] = {}
        for n in data.notes:
            if n.merged_into_id:
                merged[n.merged_into_id] = merged.get(n.merged_into_id, 0) + 1
        if focus.kind == CLUSTER:
            name = next((c.name for c in data.clusters if c.id == focus.key), "")
            title = name or self.tr("Unnamed cluster")
        elif focus.kind == CATEGORY:
            look = looks.get(focus.key, UNKNOWN_LOOK)
            title = f"{look.symbol}  {look.label}".strip()
        else:
            title = self.tr("Selected notes")
        self.show_notes(title, focused_notes(data.notes, focus), looks, data.dots, merged,
                        focus.part)

    def apply_palette(self, palette: Any) -> None:
        """Take the shared screen's theme colours (a ``StagePalette``)."""
        self.title.setStyleSheet(f"{TITLE} color: {palette.foreground};")
        self.empty.setStyleSheet(f"{TITLE} color: {palette.foreground};")
        self.part_label.setStyleSheet(f"{PART} color: {palette.foreground};")

    def show_notes(self, title: str, notes: list[Any], looks: dict[str, Any],
                   dots: dict[str, int], merged: dict[str, int], part: int) -> None:
        """Show ``notes`` (read models, in order) under ``title``; ``part`` counts from 0."""
        self.title.setText(title)
        self.scene.clear()
        self.items = []
        for n in notes:
            state = NoteState(text=n.text, category=n.category, tags=tuple(n.tags or ()),
                              cluster_id=n.cluster_id, merged=merged.get(n.id, 0),
                              dots=dots.get(n.id, 0))
            item = NoteItem(n.id, state, looks.get(n.category, UNKNOWN_LOOK), FOCUS_STYLE,
                            interactive=False)
            self.scene.addItem(item)
            self.items.append(item)
        self.part = part
        self.empty.setVisible(not self.items)
        self.view.setVisible(bool(self.items))
        self.relayout()

    def relayout(self) -> None:
        """Split the cards into parts for the current size and show the chosen part."""
        vp = self.view.viewport().size()
        width = max(1.0, vp.width() - 2 * MARGIN - 6)
        height = max(1.0, vp.height() - 2 * MARGIN - 6)
        self._pages = focus_pages([i.rect().height() for i in self.items], width, height)
        self.parts = max(1, len(self._pages))
        self.part = max(0, min(self.part, self.parts - 1))
        first = sum(len(p) for p in self._pages[:self.part])
        shown = range(first, first + len(self._pages[self.part])) if self._pages else range(0)
        rect = QRectF()
        for index, item in enumerate(self.items):
            item.setVisible(index in shown)
            if index in shown:
                item.setPos(*self._pages[self.part][index - first])
                rect = rect.united(item.sceneBoundingRect())
        self.part_label.setText(self.tr("Part {part} of {parts}").format(
            part=self.part + 1, parts=self.parts))
        self.part_label.setVisible(self.parts > 1)
        if not rect.isNull():
            rect = rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
            self.view.setSceneRect(rect)
            self.view.fit_rect(rect, max_scale=MAX_SCALE)
        self.partsCounted.emit(self.parts)

    def shown_note_ids(self) -> list[str]:
        return [i.note_id for i in self.items if i.isVisible()]

    def text_px(self) -> float:
        """The height of the cards' type on the screen, in pixels."""
        return FOCUS_STYLE.font_px * self.view.scale_factor()

    def _resized(self) -> None:
        if self.items:
            self.relayout()
