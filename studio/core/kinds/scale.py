"""Scale: each person picks one value from ``min`` to ``max`` (or "don't know").

Answer: ``{"value": int}`` or ``{"dont_know": True}``. Tally: ``{value: people}``
with the key ``"dont_know"`` for "don't know".
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from typing import Any

from studio.base.i18n import QT_TRANSLATE_NOOP, translate, words_in
from studio.core.kinds import ActivityKind, Source
from studio.core.kinds.base import (
    CONTEXT,
    ActivityResult,
    Kind,
    OptionResult,
    ResponseLike,
    ResponseRow,
    TallyLine,
    fail,
    finite,
    int_or_float,
    people,
)

DONT_KNOW = "dont_know"


def scale_range(settings: Mapping[str, Any]) -> tuple[int, int]:
    """The lowest and the highest value of a scale."""
    return int(settings.get("min", 1)), int(settings.get("max", 5))


def end_labels(settings: Mapping[str, Any], lo: int, hi: int) -> dict[int, str]:
    """Each value's label: the ends carry their words ("1 – not useful")."""
    labels = {v: str(v) for v in range(lo, hi + 1)}
    if settings.get("min_label"):
        labels[lo] = f"{lo} – {settings['min_label']}"
    if settings.get("max_label"):
        labels[hi] = f"{hi} – {settings['max_label']}"
    return labels


def _out_of_range(lo: int, hi: int) -> Exception:
    return fail(QT_TRANSLATE_NOOP("Errors", "Choose a value from {lo} to {hi}."), lo=lo, hi=hi)


class Scale(Kind):
    kind = ActivityKind.SCALE
    label_text = QT_TRANSLATE_NOOP("Kinds", "Scale")
    takes_tally = True
    setting_keys = ("min", "max", "min_label", "max_label", "allow_dont_know")
    chart = "diverging"
    headline = "mean"

    def check_settings(self, prompt: str, labels: list[str], settings: Mapping[str, Any]) -> None:
        lo, hi = scale_range(settings)
        if hi <= lo or hi - lo > 10:
            raise fail(QT_TRANSLATE_NOOP(
                "Errors", "The scale of “{prompt}” must run upwards over 2 to 11 steps."),
                prompt=prompt)
        if not str(settings.get("min_label", "")).strip() or not str(
                settings.get("max_label", "")).strip():
            raise fail(
                QT_TRANSLATE_NOOP("Errors", "The scale of “{prompt}” needs labels for both ends."),
                prompt=prompt)

    def answer_rows(self, settings: Mapping[str, Any], option_ids: list[str],
                    answer: dict[str, Any]) -> list[ResponseRow]:
        if answer.get("dont_know"):
            if not settings.get("allow_dont_know", True):
                raise fail(QT_TRANSLATE_NOOP("Errors", "Choose a value on the scale."))
            return [ResponseRow(value_text=DONT_KNOW)]
        value = answer.get("value")
        lo, hi = scale_range(settings)
        if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
            raise _out_of_range(lo, hi)
        return [ResponseRow(value_num=float(value))]

    def tally_lines(self, settings: Mapping[str, Any],
                    options: list[tuple[str, str]]) -> list[TallyLine]:
        lo, hi = scale_range(settings)
        lines = [TallyLine(str(v), ((v, people()),)) for v in range(lo, hi + 1)]
        if settings.get("allow_dont_know", True):
            lines.append(TallyLine(translate(CONTEXT, QT_TRANSLATE_NOOP("Kinds", "Don't know")),
                                   ((DONT_KNOW, people()),)))
        return lines

    def tally_row(self, settings: Mapping[str, Any], known: set[str], key: Any,
                  n: int) -> ResponseRow:
        lo, hi = scale_range(settings)
        if key == DONT_KNOW:
            return ResponseRow(value_text=DONT_KNOW, count=n)
        try:
            value = int(key)
        except (TypeError, ValueError):
            value = None
        if value is None or not lo <= value <= hi:
            raise _out_of_range(lo, hi)
        return ResponseRow(value_num=float(value), count=n)

    def stored_problem(self, record: Mapping[str, Any], settings: Mapping[str, Any],
                       option_count: Any) -> str | None:
        num, text = record.get("value_num"), record.get("value_text")
        lo, hi = scale_range(settings)
        if text == DONT_KNOW:
            return "value_num" if num is not None else None
        if not (finite(num) and float(num).is_integer() and lo <= num <= hi) or text is not None:
            return "value_num"
        return None

    def fill_result(self, res: ActivityResult, settings: Mapping[str, Any],
                    options: list[tuple[str, str]], responses: list[ResponseLike],
                    tallies: list[ResponseLike]) -> None:
        lo, hi = scale_range(settings)
        counts = {v: 0 for v in range(lo, hi + 1)}
        values: list[float] = []
        for r in responses:
            if r.value_text == DONT_KNOW:
                res.dont_know += r.count
            elif r.value_num is not None:
                v = int(r.value_num)
                counts[v] = counts.get(v, 0) + r.count
                values.extend([r.value_num] * r.count)
        res.n_tally = self.tally_people(tallies)
        res.n = res.n_ballots + res.n_tally
        labels = end_labels(settings, lo, hi)
        res.options = [OptionResult(str(v), labels[v], counts[v]) for v in sorted(counts)]
        if settings.get("allow_dont_know", True) or res.dont_know:
            res.options.append(OptionResult(DONT_KNOW, DONT_KNOW, res.dont_know))
        if values:
            res.mean = sum(values) / len(values)
            res.median = float(statistics.median(values))
        self.fill_shares(res)

    def response_values(self, value_num: float | None, value_text: str | None) -> tuple:
        if value_text == DONT_KNOW:
            return None, True, None, None, None
        return int_or_float(value_num), False, None, None, None

    def stored_values(self, cells: Mapping[str, Any]) -> tuple[float | None, str | None]:
        text = DONT_KNOW if cells["dont_know"] else None
        num = float(cells["scale_value"]) if cells["scale_value"] is not None else None
        return num, text

    def value_cells(self, result: ActivityResult) -> tuple:
        return result.mean, result.median, result.dont_know

    def speech(self, options: list[str], settings: Mapping[str, Any], language: str) -> str:
        return words_in(language).translate(
            "ReadAloud", "Answer on a scale from {lo}, {lo_label}, to {hi}, {hi_label}.").format(
            lo=settings.get("min", 1), hi=settings.get("max", 5),
            lo_label=settings.get("min_label", ""), hi_label=settings.get("max_label", ""))

    def demo_answer(self, option_ids: list[str], rng: Any, lean: float,
                    settings: Mapping[str, Any]) -> dict[str, Any]:
        if rng.random() < 0.05:
            return {"dont_know": True}
        value = round(1 + 4 * min(1.0, max(0.0, rng.gauss(lean, 0.22))))
        return {"value": int(value)}

    def demo_tally(self, option_ids: list[str],
                   rng: Any) -> tuple[dict[Any, int], str | None, str] | None:
        if rng.random() < 0.5:
            return ({v: rng.randint(0, 4) for v in range(1, 6)} | {5: 2}, "staff",
                    Source.TALLY.value)
        return None


KIND = Scale()
