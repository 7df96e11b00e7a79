"""Synthetic results of every activity kind, for the chart benchmark and screenshots."""

from __future__ import annotations

import random
from dataclasses import dataclass

from studio.core.kinds import ActivityKind
from studio.core.results import ActivityResult, compute, compute_by_group

GROUPS = ["residents", "staff", "science", "business", None]
OPTIONS = [
    ("o1", "Mehr Transparenz über das Modell"),
    ("o2", "Unabhängige Prüfung auf Verzerrungen"),
    ("o3", "Daten nur pseudonymisiert verarbeiten"),
    ("o4", "Menschliche Kontrolle jeder Entscheidung"),
    ("o5", "Pilot erst in einem Stadtteil"),
]
SETTINGS = {
    ActivityKind.SCALE: {"min": 1, "max": 5, "min_label": "gar nicht", "max_label": "sehr",
                         "allow_dont_know": True},
    ActivityKind.POINTS: {"budget": 10},
    ActivityKind.MULTIPLE_CHOICE: {"max_choices": 2},
}


@dataclass
class Row:
    ballot_id: str | None
    option_id: str | None = None
    value_num: float | None = None
    value_x: float | None = None
    value_y: float | None = None
    value_text: str | None = None
    count: int = 1
    stakeholder_group: str | None = None


def responses(kind: ActivityKind, n: int, seed: int = 1) -> list[Row]:
    rnd = random.Random(seed)
    ids = [o for o, _ in OPTIONS]
    rows: list[Row] = []
    for b in range(n):
        bid, g = f"b{b}", rnd.choice(GROUPS)
        if kind is ActivityKind.SINGLE_CHOICE:
            rows.append(Row(bid, option_id=rnd.choices(ids, [5, 3, 2, 4, 1])[0],
                            stakeholder_group=g))
        elif kind is ActivityKind.MULTIPLE_CHOICE:
            rows += [Row(bid, option_id=o, stakeholder_group=g) for o in rnd.sample(ids, 2)]
        elif kind is ActivityKind.SCALE:
            if rnd.random() < 0.08:
                rows.append(Row(bid, value_text="dont_know", stakeholder_group=g))
            else:
                rows.append(Row(bid, value_num=float(rnd.choices([1, 2, 3, 4, 5],
                                                                 [1, 2, 3, 5, 4])[0]),
                                stakeholder_group=g))
        elif kind is ActivityKind.POINTS:
            left = 10
            for o in rnd.sample(ids, 3):
                p = rnd.randint(1, left) if left else 0
                left -= p
                if p:
                    rows.append(Row(bid, option_id=o, value_num=float(p), stakeholder_group=g))
        elif kind is ActivityKind.RANKING:
            order = ids[:]
            rnd.shuffle(order)
            rows += [Row(bid, option_id=o, value_num=float(i + 1), stakeholder_group=g)
                     for i, o in enumerate(order)]
        elif kind is ActivityKind.MATRIX:
            rows.append(Row(bid, value_x=min(1, max(0, rnd.gauss(0.65, 0.2))),
                            value_y=min(1, max(0, rnd.gauss(0.4, 0.2))), stakeholder_group=g))
        elif kind is ActivityKind.STATEMENTS:
            for o in ids[:4]:
                rows.append(Row(bid, option_id=o,
                                value_text=rnd.choices(["agree", "disagree", "pass"],
                                                       [5, 3, 1])[0],
                                stakeholder_group=g))
    return rows


VOTING_KINDS = [k for k in ActivityKind if k is not ActivityKind.NOTES]


def result(kind: ActivityKind, n: int = 150, seed: int = 1) -> ActivityResult:
    return compute(kind, SETTINGS.get(kind, {}), OPTIONS, responses(kind, n, seed))


def by_group(kind: ActivityKind, n: int = 150, seed: int = 1) -> dict[str, ActivityResult]:
    return compute_by_group(kind, SETTINGS.get(kind, {}), OPTIONS, responses(kind, n, seed))
