"""The common shape of the per-kind answer widgets on the shared screen.

An answer widget collects one participant's answer and returns it as the dict
``studio.core.answers`` validates (see its docstring). It never stores anything:
the participant flow submits it and then throws the widget away, so nothing
of one person's answer is left for the next.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from studio.core.kinds import ActivityKind
from studio.ui.session.spec import ActivitySpec


class AnswerWidget(QWidget):
    """Base class of the answer widgets.

    Signals:
        changed(): the answer changed; ``answer()`` may now be complete or not.
    """

    changed = Signal()

    def __init__(self, spec: ActivitySpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec

    def answer(self) -> dict[str, Any] | None:
        """The answer as the core expects it, or None while it is incomplete."""
        raise NotImplementedError

    def status(self) -> str:
        """A short line about the answer so far ("2 of at most 3 chosen")."""
        return ""


def plain_label(text: str, role: str = "body", parent: QWidget | None = None,
                wrap: bool = True) -> QLabel:
    """A QLabel that shows ``text`` literally (never rich text) in a stage role."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setProperty("role", role)
    return label


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
    """The answer widget for ``spec``'s kind."""
    from studio.ui.session import (
        answers_choice,
        answers_matrix,
        answers_notes,
        answers_ranking,
        answers_scale,
    )

    kind = spec.kind
    if kind is ActivityKind.SINGLE_CHOICE:
        return answers_choice.SingleChoiceAnswer(spec, parent)
    if kind is ActivityKind.MULTIPLE_CHOICE:
        return answers_choice.MultipleChoiceAnswer(spec, parent)
    if kind is ActivityKind.POINTS:
        return answers_choice.PointsAnswer(spec, parent)
    if kind is ActivityKind.SCALE:
        return answers_scale.ScaleAnswer(spec, parent)
    if kind is ActivityKind.STATEMENTS:
        return answers_scale.StatementsAnswer(spec, parent)
    if kind is ActivityKind.RANKING:
        return answers_ranking.RankingAnswer(spec, parent)
    if kind is ActivityKind.MATRIX:
        return answers_matrix.MatrixAnswer(spec, parent)
    return answers_notes.NoteAnswer(spec, note_categories or [], language, parent)
