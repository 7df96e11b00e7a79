"""Workshop plans: what a facilitator prepares before the day.

A plan is a small, human-readable TOML file (``*.plan.toml``) that can be
diffed and mailed to a colleague. It names scenario cards by id and lists the
activities for each. A workshop file is created from a plan through
:class:`~studio.core.workshops.WorkshopService` only; the workshop then keeps a
snapshot of each card as presented, so later edits of a card or of the plan
never change a workshop that has taken place.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

from studio.base.errors import ValidationError
from studio.base.i18n import QT_TRANSLATE_NOOP

# The plan's parts live in modules of one concern; they stay importable from here.
from studio.core.plan_checks import PlanProblem, blocking_problems, validate_plan
from studio.core.plan_files import (
    FORMAT,
    FORMAT_VERSION,
    HEADER,
    SUFFIX,
    PlanFileError,
    load_plan,
    plan_from_dict,
    plan_to_dict,
    plan_to_toml,
    save_plan,
)
from studio.core.plan_model import Plan, PlanActivity, PlanScenario, format_minutes

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "HEADER",
    "SUFFIX",
    "Plan",
    "PlanActivity",
    "PlanFileError",
    "PlanNotReady",
    "PlanProblem",
    "PlanScenario",
    "blocking_problems",
    "create_workshop_from_plan",
    "format_minutes",
    "load_plan",
    "plan_from_dict",
    "plan_to_dict",
    "plan_to_toml",
    "save_plan",
    "validate_plan",
]


class PlanNotReady(ValidationError):
    """The plan still has problems; ``problems`` lists them all."""

    def __init__(self, problems: list[PlanProblem]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The plan is not ready: {first} ({n} problem(s) in all)."),
            first=problems[0].message,
            n=len(problems),
        )
        self.problems = problems


def create_workshop_from_plan(plan: Plan, path: Path, cards: Any = None):  # -> WorkshopStore
    """Create the workshop file ``path`` from ``plan``; return the open store.

    ``cards`` is a CardCatalog (or a mapping id -> card); by default the
    bundled and the user's cards. Each scenario stores a deep copy of its card
    (a snapshot). The file is built beside ``path`` and renamed into place
    only when complete; an existing file is never replaced.
    """
    from studio.core.cards import CardCatalog, default_card_folders, load_catalog
    from studio.core.workshops import WorkshopService
    from studio.store.atomic import check_output
    from studio.store.database import WorkshopStore

    if cards is None:
        cards = load_catalog(default_card_folders())
    problems = blocking_problems(validate_plan(plan, cards))
    if problems:
        raise PlanNotReady(problems)
    path = Path(path)
    check_output(path)

    def snapshot(card_id: str) -> dict[str, Any]:
        if isinstance(cards, CardCatalog):
            return cards.snapshot(card_id) or {}
        return copy.deepcopy(dict(cards[card_id]))

    tmp = path.with_name(f".{path.name}.part")
    _remove_db(tmp)
    store = WorkshopStore.create(tmp)
    try:
        service = WorkshopService(store)
        service.create_workshop(
            plan.title,
            date=plan.date,
            place=plan.place,
            organiser=plan.organiser,
            facilitator=plan.facilitator,
            language=plan.language,
            stakeholder_groups=copy.deepcopy(plan.stakeholder_groups),
        )
        if plan.notes:
            service.update(facilitator_notes=plan.notes)
        for item in plan.agenda:
            scenario = service.add_scenario(snapshot(item.card_id))
            for act in item.activities:
                service.add_activity(
                    scenario.id,
                    act.kind,
                    act.prompt,
                    act.options,
                    {**act.settings, **({"template": act.template} if act.template else {})},
                    act.timebox_minutes,
                )
        store.checkpoint()
        store.close()
        os.replace(tmp, path)
    except BaseException:
        store.close()
        _remove_db(tmp)
        raise
    return WorkshopStore.open(path)


def _remove_db(path: Path) -> None:
    for extra in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
