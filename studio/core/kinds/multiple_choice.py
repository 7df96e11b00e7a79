"""Multiple choice: each person picks up to ``max_choices`` options.

Answer: ``{"options": [option_id, ...]}``. Tally: ``{option_id: people}``; the
largest count is the lower bound of the people behind the tally.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core.kinds import ActivityKind
from studio.core.kinds.base import (
    ResponseLike,
    ResponseRow,
    fail,
    largest_per_group,
    unknown_option,
)
from studio.core.kinds.single_choice import SingleChoice


class MultipleChoice(SingleChoice):
    kind = ActivityKind.MULTIPLE_CHOICE
    label_text = QT_TRANSLATE_NOOP("Kinds", "Multiple choice")
    setting_keys = ("max_choices",)
    several_answers = True

    def check_settings(self, prompt: str, labels: list[str], settings: Mapping[str, Any]) -> None:
        k = int(settings.get("max_choices", len(labels)))
        if not 1 <= k <= len(labels):
            raise fail(QT_TRANSLATE_NOOP(
                "Errors", "“{prompt}” allows between 1 and as many choices as there are options."),
                prompt=prompt)

    def answer_rows(self, settings: Mapping[str, Any], option_ids: list[str],
                    answer: dict[str, Any]) -> list[ResponseRow]:
        chosen = answer.get("options") or []
        if not chosen:
            raise fail(QT_TRANSLATE_NOOP("Errors", "Choose at least one option."))
        if len(set(chosen)) != len(chosen):
            raise fail(QT_TRANSLATE_NOOP("Errors", "An option is chosen twice."))
        k = int(settings.get("max_choices", len(option_ids)))
        if len(chosen) > k:
            raise fail(QT_TRANSLATE_NOOP("Errors", "Choose at most {k} options."), k=k)
        known = set(option_ids)
        if any(o not in known for o in chosen):
            raise unknown_option()
        return [ResponseRow(option_id=o) for o in chosen]

    def tally_people(self, tallies: list[ResponseLike]) -> int:
        """A person may raise a hand for several options: the people of one group's
        tally are at least the largest count of one option (two people raising hands
        for three options are two people, not six); different groups are different
        people."""
        per_option: dict[tuple[str | None, str | None], int] = defaultdict(int)
        for r in tallies:
            per_option[(r.stakeholder_group, r.option_id)] += r.count
        return largest_per_group(per_option)

    def demo_answer(self, option_ids: list[str], rng: Any, lean: float,
                    settings: Mapping[str, Any]) -> dict[str, Any]:
        k = rng.randint(1, int(settings.get("max_choices", 3)))
        return {"options": rng.sample(option_ids, k)}

    def demo_tally(self, option_ids: list[str], rng: Any) -> None:
        return None


KIND = MultipleChoice()
