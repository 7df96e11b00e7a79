"""The common shape of the per-kind answer widgets on the shared screen.

An answer widget collects one participant's answer and returns it as the dict
the kind's core module validates (``studio.core.kinds.<kind>``). It never stores anything:
the participant flow submits it and then throws the widget away, so nothing
of one person's answer is left for the next.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from studio.core.kinds import ActivityKind
from studio.ui.i18n import StageLanguageMixin
from studio.ui.widgets.agenda_spec import ActivitySpec
from studio.ui.widgets.labels import plain_label as _plain_label


class AnswerWidget(StageLanguageMixin, QWidget):
    """Base class of the answer widgets, one per activity kind (``studio.ui.stage.answers``).

    They speak the shared screen's language: make them with a parent on it (the
    participant flow does), so that their first texts are already in it. When
    the language changes the flow makes the widget anew.

    Signals:
        changed(): the answer changed; ``answer()`` may now be complete or not.
    """

    changed = Signal()
    kind: ActivityKind  # the kind this widget answers (set by each subclass)

    def __init__(self, spec: ActivitySpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec

    @classmethod
    def create(cls, spec: ActivitySpec, *, language: str = "de",
               note_categories: list[dict[str, str]] | None = None,
               parent: QWidget | None = None) -> AnswerWidget:
        """A new widget for ``spec``; the notes widget also needs the categories."""
        return cls(spec, parent)

    @staticmethod
    def overview(spec: ActivitySpec) -> str:
        """The activity as plain lines, to present it before voting opens (its options)."""
        return "\n".join(f"• {label}" for _, label in spec.options)

    def hint(self) -> str:
        """One line above the answer on how to give it ("Choose one answer, then submit.")."""
        return ""

    def answer(self) -> dict[str, Any] | None:
        """The answer as the core expects it, or None while it is incomplete."""
        raise NotImplementedError

    def status(self) -> str:
        """A short line about the answer so far ("2 of at most 3 chosen")."""
        return ""


def plain_label(text: str, role: str = "body", parent: QWidget | None = None,
                wrap: bool = True) -> QLabel:
    """A QLabel that shows ``text`` literally (never rich text) in a stage role."""
    return _plain_label(text, parent, wrap=wrap, role=role)


class ElidedLabel(QLabel):
    """One line of plain text that ends in "…" when the window is too narrow for it.

    A plain QLabel that does not wrap is as wide as its text, which would make
    the whole stage wider than a projector; this one never asks for more than
    a few characters.
    """

    def __init__(self, text: str = "", role: str = "body", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", role)
        self._full = ""
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._full = str(text)
        self.setAccessibleName(self._full)
        self._elide()
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        room = self.contentsRect().width()
        shown = self._full
        if room > 0 and self.fontMetrics().horizontalAdvance(shown) > room:
            shown = self.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, room)
        super().setText(shown)

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = self.fontMetrics()
        m = self.contentsMargins()
        return QSize(fm.horizontalAdvance(self._full) + m.left() + m.right(),
                     fm.height() + m.top() + m.bottom())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        fm = self.fontMetrics()
        m = self.contentsMargins()
        return QSize(fm.horizontalAdvance("…") * 4 + m.left() + m.right(),
                     fm.height() + m.top() + m.bottom())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()


def tile_grid(tiles: list[QWidget], columns: int | None = None) -> QGridLayout:
    """Tiles in one column (few options) or two (many), in reading order."""
    grid = QGridLayout()
    cols = columns or (1 if len(tiles) <= 4 else 2)
    per_col = -(-len(tiles) // cols)
    for i, tile in enumerate(tiles):
        grid.addWidget(tile, i % per_col, i // per_col)
    spacing = 12
    grid.setHorizontalSpacing(spacing * 2)
    grid.setVerticalSpacing(spacing)
    return grid


def make_answer_widget(spec: ActivitySpec, *, language: str = "de",
                       note_categories: list[dict[str, str]] | None = None,
                       parent: QWidget | None = None) -> AnswerWidget:
    """The answer widget for ``spec``'s kind (see ``studio.ui.stage.answers``)."""
    from studio.ui.stage.answers import answer_widget_class

    return answer_widget_class(spec.kind).create(spec, language=language,
                                                 note_categories=note_categories, parent=parent)
