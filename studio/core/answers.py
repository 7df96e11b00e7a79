"""Validate a participant's answer or a facilitator's tally and turn it into response rows.

What an answer looks like depends on the activity kind; each kind's module in
``studio.core.kinds`` documents and checks its own (see the registry there).
Tallies (a show of hands, paper dots) are ``{key: count}`` where the key is an
option id, a scale value, or ``(option_id, stance)`` for statements.
"""

from __future__ import annotations

from typing import Any

from studio.base.errors import ValidationError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core.kinds import ActivityKind
from studio.core.kinds.base import ResponseRow, whole
from studio.core.kinds.registry import kind_of
from studio.core.kinds.scale import scale_range

__all__ = ["ResponseRow", "answer_rows", "scale_range", "tally_rows"]


def answer_rows(kind: ActivityKind, settings: dict[str, Any], option_ids: list[str],
                answer: dict[str, Any]) -> list[ResponseRow]:
    """Validate ``answer`` for an activity; return the rows to store. Raises ValidationError."""
    if not isinstance(answer, dict):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The answer is not in a known form."))
    return kind_of(kind).answer_rows(settings, option_ids, answer)


def tally_rows(kind: ActivityKind, settings: dict[str, Any], option_ids: list[str],
               counts: dict[Any, int]) -> list[ResponseRow]:
    """Validate counts typed by the facilitator; return one row per non-zero count."""
    spec = kind_of(kind)
    known = set(option_ids)
    rows: list[ResponseRow] = []
    for key, n in counts.items():
        if not whole(n):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Counts must be whole numbers of 0 or more."))
        if n == 0:
            continue
        rows.append(spec.tally_row(settings, known, key, n))
    if not rows:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter at least one count."))
    return rows
