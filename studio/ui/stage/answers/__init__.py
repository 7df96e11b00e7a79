"""The shared screen's answer widgets, one module per activity kind, registered by kind.

Each module holds one :class:`~studio.ui.stage.answer_base.AnswerWidget`
subclass (``WIDGET``): how a participant gives an answer of that kind, the hint
above it and how the activity is presented before voting opens. The participant
flow asks :func:`answer_widget_class`; it never names kinds. Adding a kind adds
its module here (listed in ``_MODULES``) next to its core module
(``studio.core.kinds``).
"""

from __future__ import annotations

from studio.core.kinds import ActivityKind
from studio.ui.stage.answer_base import AnswerWidget
from studio.ui.stage.answers import (
    matrix,
    multiple_choice,
    notes,
    points,
    ranking,
    scale,
    single_choice,
    statements,
)

_MODULES = (single_choice, multiple_choice, scale, points, ranking, matrix, statements, notes)

_WIDGETS: dict[ActivityKind, type[AnswerWidget]] = {m.WIDGET.kind: m.WIDGET for m in _MODULES}


def answer_widget_class(kind: ActivityKind | str) -> type[AnswerWidget]:
    """The answer widget of ``kind``. Raises ValueError for an unknown kind."""
    return _WIDGETS[ActivityKind(kind)]


def registered_kinds() -> list[ActivityKind]:
    """The kinds that have an answer widget."""
    return list(_WIDGETS)
