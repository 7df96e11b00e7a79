"""Plan checks: every reason a plan cannot become a workshop yet, and where it is.

A half-finished plan still opens and saves; these problems are listed in the
planner and block only the creation of a workshop.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from studio.base.errors import ValidationError
from studio.base.i18n import QT_TRANSLATE_NOOP, translate
from studio.core.plan_model import Plan
from studio.core.workshops import validate_activity_spec


@dataclass(frozen=True)
class PlanProblem:
    """Something that keeps a plan from becoming a workshop, and where it is."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)
    scenario: int | None = None  # index into plan.agenda
    activity: int | None = None  # index into that scenario's activities
    field: str = ""  # plan field ("title", "stakeholder_groups", ...)
    blocking: bool = True  # False: a hint worth a look that does not stop the workshop

    @property
    def message(self) -> str:
        return _fmt(translate("Errors", self.template), self.params)

    def __str__(self) -> str:
        return _fmt(self.template, self.params)


def _fmt(text: str, params: dict[str, Any]) -> str:
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


def validate_plan(plan: Plan, cards: Mapping[str, Any] | None = None) -> list[PlanProblem]:
    """Every reason the plan cannot become a workshop yet, in agenda order.

    ``cards`` maps card ids to cards (or is a CardCatalog); without it, card
    ids are not checked.
    """
    out: list[PlanProblem] = []
    if not plan.title.strip():
        out.append(
            PlanProblem(QT_TRANSLATE_NOOP("Errors", "The plan needs a title."), field="title")
        )
    if plan.language not in ("de", "en"):
        out.append(
            PlanProblem(QT_TRANSLATE_NOOP("Errors", "Language must be de or en."), field="language")
        )
    out.extend(_check_groups(plan.stakeholder_groups))
    if not plan.agenda:
        out.append(
            PlanProblem(
                QT_TRANSLATE_NOOP("Errors", "The agenda is empty. Add at least one scenario card."),
                field="agenda",
            )
        )
    seen: set[str] = set()
    known = _card_ids(cards)
    for i, item in enumerate(plan.agenda):
        name = item.card_title or item.card_id
        if known is not None and item.card_id not in known:
            out.append(
                PlanProblem(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Scenario {n}: the card “{card}” is not in the card library. "
                        "Import it or remove the scenario.",
                    ),
                    {"n": i + 1, "card": item.card_id},
                    scenario=i,
                )
            )
        if item.card_id in seen:
            out.append(
                PlanProblem(
                    QT_TRANSLATE_NOOP("Errors", "Scenario {n}: “{name}” is on the agenda twice."),
                    {"n": i + 1, "name": name},
                    scenario=i,
                )
            )
        seen.add(item.card_id)
        if not item.activities:
            out.append(
                PlanProblem(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Scenario {n}: “{name}” has no activity yet, so participants can only "
                        "look at the card. Add an activity, or keep it as an introduction.",
                    ),
                    {"n": i + 1, "name": name},
                    scenario=i,
                    blocking=False,
                )
            )
        for j, act in enumerate(item.activities):
            try:
                validate_activity_spec(act.kind, act.prompt, act.options, act.settings)
            except ValidationError as err:
                out.append(
                    PlanProblem(
                        QT_TRANSLATE_NOOP("Errors", "Scenario {n}, activity {m}: {problem}"),
                        {"n": i + 1, "m": j + 1, "problem": err.user_message()},
                        scenario=i,
                        activity=j,
                    )
                )
            except (TypeError, ValueError):
                out.append(
                    PlanProblem(
                        QT_TRANSLATE_NOOP(
                            "Errors", "Scenario {n}, activity {m}: a setting is not a whole number."
                        ),
                        {"n": i + 1, "m": j + 1},
                        scenario=i,
                        activity=j,
                    )
                )
    return out


def blocking_problems(problems: list[PlanProblem]) -> list[PlanProblem]:
    """The problems that keep the plan from becoming a workshop (hints left out)."""
    return [p for p in problems if p.blocking]


def _card_ids(cards: Mapping[str, Any] | None) -> set[str] | None:
    if cards is None:
        return None
    if hasattr(cards, "ids"):
        return set(cards.ids())
    return set(cards)


def _check_groups(groups: list[dict[str, str]]) -> list[PlanProblem]:
    out = []
    if not groups:
        out.append(
            PlanProblem(
                QT_TRANSLATE_NOOP("Errors", "Offer at least one stakeholder group to pick from."),
                field="stakeholder_groups",
            )
        )
    keys: set[str] = set()
    for n, group in enumerate(groups, start=1):
        if not (group.get("de", "").strip() and group.get("en", "").strip()):
            out.append(
                PlanProblem(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Stakeholder group {n} needs a German and an English name."
                    ),
                    {"n": n},
                    field="stakeholder_groups",
                )
            )
        key = group.get("key", "")
        if not key or key in keys:
            out.append(
                PlanProblem(
                    QT_TRANSLATE_NOOP("Errors", "Stakeholder group {n} needs a key of its own."),
                    {"n": n},
                    field="stakeholder_groups",
                )
            )
        keys.add(key)
    return out
