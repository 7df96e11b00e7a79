"""2×2 matrix: each person places one dot, e.g. benefit against risk.

Answer: ``{"x": float, "y": float}``, each from 0 to 1.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any

from studio.base.i18n import QT_TRANSLATE_NOOP, words_in
from studio.core.kinds import ActivityKind
from studio.core.kinds.base import (
    ActivityResult,
    Kind,
    ResponseLike,
    ResponseRow,
    fail,
)

AXIS_LABELS = ("x_label", "y_label")


class Matrix(Kind):
    kind = ActivityKind.MATRIX
    label_text = QT_TRANSLATE_NOOP("Kinds", "2×2 matrix")
    setting_keys = AXIS_LABELS
    chart = "scatter"
    headline = "centre"

    def check_settings(self, prompt: str, labels: list[str], settings: Mapping[str, Any]) -> None:
        for key in AXIS_LABELS:
            if not str(settings.get(key, "")).strip():
                raise fail(
                    QT_TRANSLATE_NOOP("Errors", "The matrix “{prompt}” needs labels on both axes."),
                    prompt=prompt)

    def answer_rows(self, settings: Mapping[str, Any], option_ids: list[str],
                    answer: dict[str, Any]) -> list[ResponseRow]:
        try:
            x, y = float(answer["x"]), float(answer["y"])
        except (KeyError, TypeError, ValueError):
            raise fail(QT_TRANSLATE_NOOP("Errors", "Place your dot in the matrix.")) from None
        if not (math.isfinite(x) and math.isfinite(y) and 0 <= x <= 1 and 0 <= y <= 1):
            raise fail(QT_TRANSLATE_NOOP("Errors", "Place your dot inside the matrix."))
        return [ResponseRow(value_x=x, value_y=y)]

    def stored_problem(self, record: Mapping[str, Any], settings: Mapping[str, Any],
                       option_count: Any) -> str | None:
        for field in ("value_x", "value_y"):
            v = record.get(field)
            if not (isinstance(v, (int, float)) and math.isfinite(v) and 0 <= v <= 1):
                return field
        return None

    def fill_result(self, res: ActivityResult, settings: Mapping[str, Any],
                    options: list[tuple[str, str]], responses: list[ResponseLike],
                    tallies: list[ResponseLike]) -> None:
        for r in responses:
            if r.value_x is not None and r.value_y is not None:
                res.matrix_points.extend([(r.value_x, r.value_y)] * r.count)
        res.n_tally = self.tally_people(tallies)
        res.n = res.n_ballots + res.n_tally

    def result_values(self, result: ActivityResult) -> Iterator[tuple]:
        pts = result.matrix_points
        mx = sum(p[0] for p in pts) / len(pts) if pts else None
        my = sum(p[1] for p in pts) / len(pts) if pts else None
        yield (None, None, None, result.n, result.n_ballots, result.n_tally, len(pts),
               None, None, None, None, None, None, None, None, None, None, mx, my)

    def speech(self, options: list[str], settings: Mapping[str, Any], language: str) -> str:
        return words_in(language).translate(
            "ReadAloud", "Place a dot: across {x}, up {y}.").format(
            x=settings.get("x_label", ""), y=settings.get("y_label", ""))

    def demo_answer(self, option_ids: list[str], rng: Any, lean: float,
                    settings: Mapping[str, Any]) -> dict[str, Any]:
        x = min(1.0, max(0.0, rng.gauss(1 - lean, 0.18)))
        y = min(1.0, max(0.0, rng.gauss(lean, 0.18)))
        return {"x": round(x, 3), "y": round(y, 3)}


KIND = Matrix()
