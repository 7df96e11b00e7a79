"""Point budget: each person shares ``budget`` points among the options.

Answer: ``{"points": {option_id: int}}`` (sum ≤ budget). Tally: ``{option_id:
points}`` (paper dots), stored as points with no head count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from studio.base.i18n import QT_TRANSLATE_NOOP, translate
from studio.core.kinds import ActivityKind, Source
from studio.core.kinds.base import (
    CONTEXT,
    ActivityResult,
    OptionKind,
    OptionResult,
    ResponseLike,
    ResponseRow,
    TallyLine,
    fail,
    finite,
    int_or_float,
    unknown_option,
    whole,
)


class Points(OptionKind):
    kind = ActivityKind.POINTS
    label_text = QT_TRANSLATE_NOOP("Kinds", "Point budget")
    options_from_scenarios = True
    takes_tally = True
    setting_keys = ("budget",)
    measure = "points"
    headline = "leader"

    def check_settings(self, prompt: str, labels: list[str], settings: Mapping[str, Any]) -> None:
        if int(settings.get("budget", 0)) <= 0:
            raise fail(QT_TRANSLATE_NOOP(
                "Errors", "The point budget of “{prompt}” must be at least 1."), prompt=prompt)

    def answer_rows(self, settings: Mapping[str, Any], option_ids: list[str],
                    answer: dict[str, Any]) -> list[ResponseRow]:
        points = answer.get("points") or {}
        budget = int(settings.get("budget", 10))
        known = set(option_ids)
        rows = []
        for oid, n in points.items():
            if oid not in known:
                raise unknown_option()
            if not whole(n):
                raise fail(QT_TRANSLATE_NOOP(
                    "Errors", "Points must be whole numbers of 0 or more."))
            if n:
                rows.append(ResponseRow(option_id=oid, value_num=float(n)))
        total = sum(int(r.value_num or 0) for r in rows)
        if total == 0:
            raise fail(QT_TRANSLATE_NOOP("Errors", "Give at least one point."))
        if total > budget:
            raise fail(QT_TRANSLATE_NOOP(
                "Errors", "You gave {total} points, but only {budget} are available."),
                total=total, budget=budget)
        return rows

    def tally_lines(self, settings: Mapping[str, Any],
                    options: list[tuple[str, str]]) -> list[TallyLine]:
        what = translate(CONTEXT, QT_TRANSLATE_NOOP("Kinds", "Points"))
        return [TallyLine(label, ((oid, what),)) for oid, label in options]

    def tally_row(self, settings: Mapping[str, Any], known: set[str], key: Any,
                  n: int) -> ResponseRow:
        if key not in known:
            raise fail(QT_TRANSLATE_NOOP("Errors", "The tally names an unknown option."))
        # n points (paper dots) on this option; stored as points with count 1.
        return ResponseRow(option_id=key, value_num=float(n), count=1)

    def stored_problem(self, record: Mapping[str, Any], settings: Mapping[str, Any],
                       option_count: Any) -> str | None:
        num = record.get("value_num")
        if not (finite(num) and num >= 0) or record.get("value_text") is not None:
            return "value_num"
        return None

    def count_options(self, res: ActivityResult, settings: Mapping[str, Any],
                      by_option: dict[str, OptionResult], responses: list[ResponseLike],
                      tallies: list[ResponseLike]) -> None:
        supporters: dict[str, set[str]] = defaultdict(set)
        for r in responses:
            if r.option_id in by_option and r.value_num is not None:
                by_option[r.option_id].points += r.value_num * r.count
                if r.ballot_id:
                    supporters[r.option_id].add(r.ballot_id)
        for oid, opt in by_option.items():
            opt.count = len(supporters[oid])
        res.points_total = sum(o.points for o in by_option.values())

    def tally_people(self, tallies: list[ResponseLike]) -> int:
        """Paper dots carry no head count: a tally of points stands for nobody known
        (its points count, its group is never broken out on their strength)."""
        return 0

    def share(self, res: ActivityResult, opt: OptionResult) -> float:
        return opt.points / res.points_total if res.points_total else 0.0

    def response_values(self, value_num: float | None, value_text: str | None) -> tuple:
        return None, None, int_or_float(value_num), None, None

    def stored_values(self, cells: Mapping[str, Any]) -> tuple[float | None, str | None]:
        return cells["points"], None

    def demo_answer(self, option_ids: list[str], rng: Any, lean: float,
                    settings: Mapping[str, Any]) -> dict[str, Any]:
        budget = int(settings.get("budget", 10))
        points: dict[str, int] = {}
        for _ in range(budget):
            oid = rng.choices(option_ids, weights=range(len(option_ids), 0, -1))[0]
            points[oid] = points.get(oid, 0) + 1
        return {"points": points}

    def demo_tally(self, option_ids: list[str],
                   rng: Any) -> tuple[dict[Any, int], str | None, str] | None:
        return {oid: rng.randint(1, 12) for oid in option_ids}, None, Source.PAPER.value


KIND = Points()
