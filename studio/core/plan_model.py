"""The plan as data: a workshop's facts and its agenda of scenarios and activities.

Plain dataclasses without I/O, so the planner's models, the file format and the
checks all share one shape (see :mod:`studio.core.plans`).
"""

from __future__ import annotations

import copy
import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from studio.core.kinds import DEFAULT_STAKEHOLDER_GROUPS, ActivityKind


@dataclass
class PlanActivity:
    kind: ActivityKind
    prompt: str
    options: list[str] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    timebox_minutes: int = 5
    template: str = ""  # the template it was made from ("" for none)


@dataclass
class PlanScenario:
    card_id: str
    intro_minutes: int = 10  # time to present the card
    activities: list[PlanActivity] = field(default_factory=list)
    card_title: str = ""  # reminder for readers of the file; refreshed from the card

    @property
    def minutes(self) -> int:
        return self.intro_minutes + sum(a.timebox_minutes for a in self.activities)


@dataclass
class Plan:
    title: str = ""
    date: _dt.date | None = None
    place: str = ""
    organiser: str = ""
    facilitator: str = ""
    language: str = "de"
    stakeholder_groups: list[dict[str, str]] = field(
        default_factory=lambda: copy.deepcopy(DEFAULT_STAKEHOLDER_GROUPS)
    )
    agenda: list[PlanScenario] = field(default_factory=list)
    notes: str = ""

    @property
    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.agenda)

    def copy(self) -> Plan:
        return copy.deepcopy(self)


def format_minutes(minutes: int) -> str:
    """``95`` -> ``"1:35 h"``; under an hour ``"45 min"`` (language-neutral)."""
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60}:{minutes % 60:02d} h"
