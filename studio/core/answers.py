"""Validate a participant's answer and turn it into response rows.

An answer is a small dict whose shape depends on the activity kind:

=================  ==============================================
single_choice      ``{"option": option_id}``
multiple_choice    ``{"options": [option_id, ...]}`` (at most k)
scale              ``{"value": int}`` or ``{"dont_know": True}``
points             ``{"points": {option_id: int}}`` (sum ≤ budget)
ranking            ``{"order": [option_id, ...]}`` (every option once)
matrix             ``{"x": float, "y": float}`` (each 0..1)
statements         ``{"votes": {option_id: "agree"|"disagree"|"pass"}}``
=================  ==============================================

Tallies (a show of hands, paper dots) are ``{key: count}`` where the key is an
option id, a scale value, or ``(option_id, stance)`` for statements.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from studio.base.errors import ValidationError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core.kinds import ActivityKind, Stance


@dataclass(frozen=True)
class ResponseRow:
    option_id: str | None = None
    value_num: float | None = None
    value_x: float | None = None
    value_y: float | None = None
    value_text: str | None = None
    count: int = 1


def _fail(text: str, **params: object) -> ValidationError:
    return ValidationError(text, **params)


def scale_range(settings: dict[str, Any]) -> tuple[int, int]:
    return int(settings.get("min", 1)), int(settings.get("max", 5))


def answer_rows(kind: ActivityKind, settings: dict[str, Any], option_ids: list[str],
                answer: dict[str, Any]) -> list[ResponseRow]:
    """Validate ``answer`` for an activity; return the rows to store. Raises ValidationError."""
    if not isinstance(answer, dict):
        raise _fail(QT_TRANSLATE_NOOP("Errors", "The answer is not in a known form."))
    known = set(option_ids)

    def check_option(oid: Any) -> str:
        if oid not in known:
            raise _fail(QT_TRANSLATE_NOOP("Errors", "The answer names an unknown option."))
        return oid

    if kind is ActivityKind.SINGLE_CHOICE:
        oid = answer.get("option")
        if oid is None:
            raise _fail(QT_TRANSLATE_NOOP("Errors", "Choose one option."))
        return [ResponseRow(option_id=check_option(oid))]

    if kind is ActivityKind.MULTIPLE_CHOICE:
        chosen = answer.get("options") or []
        if not chosen:
            raise _fail(QT_TRANSLATE_NOOP("Errors", "Choose at least one option."))
        if len(set(chosen)) != len(chosen):
            raise _fail(QT_TRANSLATE_NOOP("Errors", "An option is chosen twice."))
        k = int(settings.get("max_choices", len(option_ids)))
        if len(chosen) > k:
            raise _fail(QT_TRANSLATE_NOOP("Errors", "Choose at most {k} options."), k=k)
        return [ResponseRow(option_id=check_option(o)) for o in chosen]

    if kind is ActivityKind.SCALE:
        if answer.get("dont_know"):
            if not settings.get("allow_dont_know", True):
                raise _fail(QT_TRANSLATE_NOOP("Errors", "Choose a value on the scale."))
            return [ResponseRow(value_text="dont_know")]
        value = answer.get("value")
        lo, hi = scale_range(settings)
        if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
            raise _fail(
                QT_TRANSLATE_NOOP("Errors", "Choose a value from {lo} to {hi}."), lo=lo, hi=hi
            )
        return [ResponseRow(value_num=float(value))]

    if kind is ActivityKind.POINTS:
        points = answer.get("points") or {}
        budget = int(settings.get("budget", 10))
        rows = []
        for oid, n in points.items():
            check_option(oid)
            if not isinstance(n, int) or isinstance(n, bool) or n < 0:
                raise _fail(QT_TRANSLATE_NOOP("Errors", "Points must be whole numbers of 0 or more."))
            if n:
                rows.append(ResponseRow(option_id=oid, value_num=float(n)))
        total = sum(int(r.value_num or 0) for r in rows)
        if total == 0:
            raise _fail(QT_TRANSLATE_NOOP("Errors", "Give at least one point."))
        if total > budget:
            raise _fail(
                QT_TRANSLATE_NOOP("Errors", "You gave {total} points, but only {budget} are available."),
                total=total,
                budget=budget,
            )
        return rows

    if kind is ActivityKind.RANKING:
        order = list(answer.get("order") or [])
        if sorted(order) != sorted(option_ids) or len(set(order)) != len(order):
            raise _fail(QT_TRANSLATE_NOOP("Errors", "Put every option in order, each once."))
        return [ResponseRow(option_id=oid, value_num=float(i + 1)) for i, oid in enumerate(order)]

    if kind is ActivityKind.MATRIX:
        try:
            x, y = float(answer["x"]), float(answer["y"])
        except (KeyError, TypeError, ValueError):
            raise _fail(QT_TRANSLATE_NOOP("Errors", "Place your dot in the matrix.")) from None
        if not (math.isfinite(x) and math.isfinite(y) and 0 <= x <= 1 and 0 <= y <= 1):
            raise _fail(QT_TRANSLATE_NOOP("Errors", "Place your dot inside the matrix."))
        return [ResponseRow(value_x=x, value_y=y)]

    if kind is ActivityKind.STATEMENTS:
        votes = answer.get("votes") or {}
        if not votes:
            raise _fail(QT_TRANSLATE_NOOP("Errors", "Answer at least one statement."))
        rows = []
        for oid, stance in votes.items():
            check_option(oid)
            try:
                st = Stance(stance)
            except ValueError:
                raise _fail(
                    QT_TRANSLATE_NOOP("Errors", "Answer with agree, disagree or pass.")
                ) from None
            rows.append(ResponseRow(option_id=oid, value_text=st.value, value_num=_STANCE[st]))
        return rows

    raise _fail(QT_TRANSLATE_NOOP("Errors", "This activity collects notes, not votes."))


_STANCE = {Stance.AGREE: 1.0, Stance.DISAGREE: -1.0, Stance.PASS: 0.0}


def tally_rows(kind: ActivityKind, settings: dict[str, Any], option_ids: list[str],
               counts: dict[Any, int]) -> list[ResponseRow]:
    """Validate counts typed by the facilitator; return one row per non-zero count."""
    known = set(option_ids)
    rows: list[ResponseRow] = []
    for key, n in counts.items():
        if not isinstance(n, int) or isinstance(n, bool) or n < 0:
            raise _fail(QT_TRANSLATE_NOOP("Errors", "Counts must be whole numbers of 0 or more."))
        if n == 0:
            continue
        if kind in (ActivityKind.SINGLE_CHOICE, ActivityKind.MULTIPLE_CHOICE):
            if key not in known:
                raise _fail(QT_TRANSLATE_NOOP("Errors", "The tally names an unknown option."))
            rows.append(ResponseRow(option_id=key, count=n))
        elif kind is ActivityKind.POINTS:
            if key not in known:
                raise _fail(QT_TRANSLATE_NOOP("Errors", "The tally names an unknown option."))
            # n points (paper dots) on this option; stored as points with count 1.
            rows.append(ResponseRow(option_id=key, value_num=float(n), count=1))
        elif kind is ActivityKind.SCALE:
            lo, hi = scale_range(settings)
            if key == "dont_know":
                rows.append(ResponseRow(value_text="dont_know", count=n))
                continue
            try:
                value = int(key)
            except (TypeError, ValueError):
                value = None
            if value is None or not lo <= value <= hi:
                raise _fail(
                    QT_TRANSLATE_NOOP("Errors", "Choose a value from {lo} to {hi}."), lo=lo, hi=hi
                )
            rows.append(ResponseRow(value_num=float(value), count=n))
        elif kind is ActivityKind.STATEMENTS:
            try:
                oid, stance = key
                st = Stance(stance)
            except (TypeError, ValueError):
                raise _fail(
                    QT_TRANSLATE_NOOP("Errors", "Answer with agree, disagree or pass.")
                ) from None
            if oid not in known:
                raise _fail(QT_TRANSLATE_NOOP("Errors", "The tally names an unknown option."))
            rows.append(ResponseRow(option_id=oid, value_text=st.value, value_num=_STANCE[st],
                                    count=n))
        else:
            raise _fail(
                QT_TRANSLATE_NOOP("Errors", "Counts by hand are not possible for this kind of activity.")
            )
    if not rows:
        raise _fail(QT_TRANSLATE_NOOP("Errors", "Enter at least one count."))
    return rows
