"""Single choice: each person picks one option.

Answer: ``{"option": option_id}``. Tally: ``{option_id: people}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core.kinds import ActivityKind, Source
from studio.core.kinds.base import (
    ActivityResult,
    OptionKind,
    OptionResult,
    ResponseLike,
    ResponseRow,
    TallyLine,
    fail,
    people,
    unknown_option,
)


class SingleChoice(OptionKind):
    kind = ActivityKind.SINGLE_CHOICE
    label_text = QT_TRANSLATE_NOOP("Kinds", "Single choice")
    options_from_scenarios = True
    takes_tally = True
    headline = "leader"

    def answer_rows(self, settings: Mapping[str, Any], option_ids: list[str],
                    answer: dict[str, Any]) -> list[ResponseRow]:
        oid = answer.get("option")
        if oid is None:
            raise fail(QT_TRANSLATE_NOOP("Errors", "Choose one option."))
        if oid not in set(option_ids):
            raise unknown_option()
        return [ResponseRow(option_id=oid)]

    def tally_lines(self, settings: Mapping[str, Any],
                    options: list[tuple[str, str]]) -> list[TallyLine]:
        return [TallyLine(label, ((oid, people()),)) for oid, label in options]

    def tally_row(self, settings: Mapping[str, Any], known: set[str], key: Any,
                  n: int) -> ResponseRow:
        if key not in known:
            raise fail(QT_TRANSLATE_NOOP("Errors", "The tally names an unknown option."))
        return ResponseRow(option_id=key, count=n)

    def count_options(self, res: ActivityResult, settings: Mapping[str, Any],
                      by_option: dict[str, OptionResult], responses: list[ResponseLike],
                      tallies: list[ResponseLike]) -> None:
        for r in responses:
            if r.option_id in by_option:
                by_option[r.option_id].count += r.count
        res.n_tally = self.tally_people(tallies)

    def demo_answer(self, option_ids: list[str], rng: Any, lean: float,
                    settings: Mapping[str, Any]) -> dict[str, Any]:
        weights = [lean, 1.0, 1.0 - lean + 0.1]
        return {"option": rng.choices(option_ids, weights=weights[: len(option_ids)])[0]}

    def demo_tally(self, option_ids: list[str],
                   rng: Any) -> tuple[dict[Any, int], str | None, str] | None:
        return {oid: rng.randint(0, 6) or 1 for oid in option_ids}, None, Source.TALLY.value


KIND = SingleChoice()
