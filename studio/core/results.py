"""Results of an activity: pure computation over response rows, no I/O, no Qt.

One function serves the live view, the charts, the spreadsheet export and the
report, so the numbers agree everywhere.

``n`` is the number of people behind a result: ballots cast plus people
counted in tallies. How a kind counts (and how its tallies count people) is
its own module's business: ``studio.core.kinds.<kind>.fill_result``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from studio.core.kinds import MIN_GROUP_SIZE, OTHER_GROUP, ActivityKind
from studio.core.kinds.base import ActivityResult, OptionResult, ResponseLike
from studio.core.kinds.registry import kind_of

__all__ = ["ActivityResult", "OptionResult", "ResponseLike", "compute", "compute_by_group",
           "fold_groups", "group_sizes"]

NOT_STATED = "not_stated"


def compute(
    kind: ActivityKind | str,
    settings: dict[str, Any],
    options: list[tuple[str, str]],
    responses: list[ResponseLike],
    group: str | None = None,
) -> ActivityResult:
    """Results of one activity. ``options`` are ``(option_id, label)`` in order."""
    kind = ActivityKind(kind)
    res = ActivityResult(kind=kind, group=group)
    ballots = {r.ballot_id for r in responses if r.ballot_id is not None}
    res.n_ballots = len(ballots)
    tallies = [r for r in responses if r.ballot_id is None]
    kind_of(kind).fill_result(res, settings, options, responses, tallies)
    return res


def group_sizes(responses: list[ResponseLike]) -> dict[str, int]:
    """People per stakeholder group: ballots, plus tally people for their group."""
    ballots: dict[str, set[str]] = defaultdict(set)
    tally: dict[str, int] = defaultdict(int)
    for r in responses:
        g = r.stakeholder_group or NOT_STATED
        if r.ballot_id:
            ballots[g].add(r.ballot_id)
        else:
            tally[g] += r.count
    return {g: len(ballots.get(g, ())) + tally.get(g, 0) for g in set(ballots) | set(tally)}


def fold_groups(responses: list[ResponseLike], min_size: int = MIN_GROUP_SIZE) -> dict[str, str]:
    """Map each group to itself, or to ``other`` when fewer than ``min_size`` people are in it.

    Nobody can be singled out: a small group is never shown on its own. If the
    folded ``other`` group is itself below the threshold, it is still only shown
    together with the rest, never as one of the small groups.
    """
    sizes = group_sizes(responses)
    return {g: (g if n >= min_size else OTHER_GROUP) for g, n in sizes.items()}


def compute_by_group(
    kind: ActivityKind | str,
    settings: dict[str, Any],
    options: list[tuple[str, str]],
    responses: list[ResponseLike],
    min_size: int = MIN_GROUP_SIZE,
) -> dict[str, ActivityResult]:
    """Results per stakeholder group, small groups folded into ``other``.

    Returns ``{}`` when fewer than two groups can be shown (a split would then
    reveal the small groups by subtraction from the total).
    """
    mapping = fold_groups(responses, min_size)
    buckets: dict[str, list[ResponseLike]] = defaultdict(list)
    for r in responses:
        buckets[mapping[r.stakeholder_group or NOT_STATED]].append(r)
    shown = {g: rs for g, rs in buckets.items()}
    if OTHER_GROUP in shown:
        other_n = sum(n for g, n in group_sizes(responses).items() if mapping[g] == OTHER_GROUP)
        if other_n < min_size:
            # "other" alone would be a small group: do not split at all.
            return {}
    if len(shown) < 2:
        return {}
    return {g: compute(kind, settings, options, rs, group=g) for g, rs in sorted(shown.items())}
