"""Ranking: each person puts every option in order, most important first.

Answer: ``{"order": [option_id, ...]}`` (every option once). Results count a
Borda score: first place gets m−1 points, last place none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Any

from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core.kinds import ActivityKind
from studio.core.kinds.base import (
    ActivityResult,
    OptionKind,
    OptionResult,
    ResponseLike,
    ResponseRow,
    fail,
    finite,
    int_or_float,
)


class Ranking(OptionKind):
    kind = ActivityKind.RANKING
    label_text = QT_TRANSLATE_NOOP("Kinds", "Ranking")
    options_from_scenarios = True
    measure = "borda"
    headline = "leader"

    def answer_rows(self, settings: Mapping[str, Any], option_ids: list[str],
                    answer: dict[str, Any]) -> list[ResponseRow]:
        order = list(answer.get("order") or [])
        if sorted(order) != sorted(option_ids) or len(set(order)) != len(order):
            raise fail(QT_TRANSLATE_NOOP("Errors", "Put every option in order, each once."))
        return [ResponseRow(option_id=oid, value_num=float(i + 1)) for i, oid in enumerate(order)]

    def stored_problem(self, record: Mapping[str, Any], settings: Mapping[str, Any],
                       option_count: Callable[[], int]) -> str | None:
        num = record.get("value_num")
        if not (finite(num) and float(num).is_integer() and 1 <= num <= option_count()):
            return "value_num"
        return None

    def count_options(self, res: ActivityResult, settings: Mapping[str, Any],
                      by_option: dict[str, OptionResult], responses: list[ResponseLike],
                      tallies: list[ResponseLike]) -> None:
        m = len(by_option)
        ranks: dict[str, list[float]] = defaultdict(list)
        for r in responses:
            if r.option_id in by_option and r.value_num is not None:
                # Borda count: first place gets m-1 points, last gets 0.
                by_option[r.option_id].points += (m - r.value_num) * r.count
                ranks[r.option_id].extend([r.value_num] * r.count)
                if r.value_num == 1:
                    by_option[r.option_id].count += r.count
        for oid, opt in by_option.items():
            if ranks[oid]:
                opt.mean_rank = sum(ranks[oid]) / len(ranks[oid])
        res.points_total = sum(o.points for o in by_option.values())

    def share(self, res: ActivityResult, opt: OptionResult) -> float:
        return opt.points / res.points_total if res.points_total else 0.0

    def response_values(self, value_num: float | None, value_text: str | None) -> tuple:
        return None, None, None, int_or_float(value_num), None

    def stored_values(self, cells: Mapping[str, Any]) -> tuple[float | None, str | None]:
        return (float(cells["rank"]) if cells["rank"] is not None else None), None

    def demo_answer(self, option_ids: list[str], rng: Any, lean: float,
                    settings: Mapping[str, Any]) -> dict[str, Any]:
        order = sorted(option_ids, key=lambda o: rng.random() + option_ids.index(o) * 0.3)
        return {"order": order}


KIND = Ranking()
