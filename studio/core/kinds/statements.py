"""Agree / disagree: each person agrees, disagrees or passes on each statement.

Answer: ``{"votes": {option_id: "agree"|"disagree"|"pass"}}``. Tally:
``{(option_id, stance): people}``; per statement the counts add up to its people,
and the largest such sum is the lower bound of the people behind the tally.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core.kinds import ActivityKind, Stance
from studio.core.kinds.base import (
    STANCE_VALUE,
    ActivityResult,
    OptionKind,
    OptionResult,
    ResponseLike,
    ResponseRow,
    TallyLine,
    fail,
    largest_per_group,
    unknown_option,
)

_BY_TEXT = {st.value: v for st, v in STANCE_VALUE.items()}


def _stance_error() -> Exception:
    return fail(QT_TRANSLATE_NOOP("Errors", "Answer with agree, disagree or pass."))


class Statements(OptionKind):
    kind = ActivityKind.STATEMENTS
    label_text = QT_TRANSLATE_NOOP("Kinds", "Agree / disagree")
    min_options = 1
    takes_tally = True
    chart = "stances"
    headline = "agreement"

    def too_few_options(self) -> str:
        return QT_TRANSLATE_NOOP("Errors", "The activity “{prompt}” needs at least one statement.")

    def answer_rows(self, settings: Mapping[str, Any], option_ids: list[str],
                    answer: dict[str, Any]) -> list[ResponseRow]:
        votes = answer.get("votes") or {}
        if not votes:
            raise fail(QT_TRANSLATE_NOOP("Errors", "Answer at least one statement."))
        known = set(option_ids)
        rows = []
        for oid, stance in votes.items():
            if oid not in known:
                raise unknown_option()
            try:
                st = Stance(stance)
            except ValueError:
                raise _stance_error() from None
            rows.append(ResponseRow(option_id=oid, value_text=st.value,
                                    value_num=STANCE_VALUE[st]))
        return rows

    def tally_lines(self, settings: Mapping[str, Any],
                    options: list[tuple[str, str]]) -> list[TallyLine]:
        return [TallyLine(label, tuple(((oid, st.value), st.label) for st in Stance))
                for oid, label in options]

    def tally_row(self, settings: Mapping[str, Any], known: set[str], key: Any,
                  n: int) -> ResponseRow:
        try:
            oid, stance = key
            st = Stance(stance)
        except (TypeError, ValueError):
            raise _stance_error() from None
        if oid not in known:
            raise fail(QT_TRANSLATE_NOOP("Errors", "The tally names an unknown option."))
        return ResponseRow(option_id=oid, value_text=st.value, value_num=STANCE_VALUE[st],
                           count=n)

    def stored_problem(self, record: Mapping[str, Any], settings: Mapping[str, Any],
                       option_count: Any) -> str | None:
        text = record.get("value_text")
        if text not in _BY_TEXT or record.get("value_num") != _BY_TEXT[text]:
            return "value_text"
        return None

    def count_options(self, res: ActivityResult, settings: Mapping[str, Any],
                      by_option: dict[str, OptionResult], responses: list[ResponseLike],
                      tallies: list[ResponseLike]) -> None:
        agree, disagree, passed = Stance.AGREE.value, Stance.DISAGREE.value, Stance.PASS.value
        for r in responses:
            opt = by_option.get(r.option_id)
            if opt is None:
                continue
            if r.value_text == agree:
                opt.agree += r.count
            elif r.value_text == disagree:
                opt.disagree += r.count
            elif r.value_text == passed:
                opt.passed += r.count
        for opt in by_option.values():
            opt.count = opt.agree + opt.disagree + opt.passed
        res.n_tally = self.tally_people(tallies)

    def tally_people(self, tallies: list[ResponseLike]) -> int:
        """Each person takes a stance on every statement: the people of one group's
        tally are at least the largest number of stances counted on one statement."""
        per_statement: dict[tuple[str | None, str | None], int] = defaultdict(int)
        for r in tallies:
            per_statement[(r.stakeholder_group, r.option_id)] += r.count
        return largest_per_group(per_statement)

    def share(self, res: ActivityResult, opt: OptionResult) -> float:
        return opt.agree / opt.count if opt.count else 0.0

    def response_values(self, value_num: float | None, value_text: str | None) -> tuple:
        return None, None, None, None, value_text

    def stored_values(self, cells: Mapping[str, Any]) -> tuple[float | None, str | None]:
        text = cells["stance"]
        return _BY_TEXT.get(text), text

    def stance_cells(self, opt: OptionResult) -> tuple:
        return opt.agree, opt.disagree, opt.passed

    def demo_answer(self, option_ids: list[str], rng: Any, lean: float,
                    settings: Mapping[str, Any]) -> dict[str, Any]:
        stances = ["agree", "disagree", "pass"]
        return {"votes": {oid: rng.choices(stances, weights=[lean + 0.3, 1.1 - lean, 0.15])[0]
                          for oid in option_ids}}


KIND = Statements()
