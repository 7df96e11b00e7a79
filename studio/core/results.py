"""Results of an activity: pure computation over response rows, no I/O, no Qt.

One function serves the live view, the charts, the spreadsheet export and the
report, so the numbers agree everywhere.

``n`` is the number of people behind a result: ballots cast plus people
counted in tallies. How a kind counts (and how its tallies count people) is
its own module's business: ``studio.core.kinds.<kind>.fill_result`` and
``tally_people``.

Small groups: no output (live view, shared screen, exports, report, merge)
breaks out a stakeholder group of fewer than ``MIN_GROUP_SIZE`` people, nor
lets one be found by subtracting published numbers; :func:`fold_groups` is the
one rule, documented in ``docs/export-schema.md``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from studio.core.kinds import MIN_GROUP_SIZE, SMALL_GROUPS, ActivityKind
from studio.core.kinds.base import ActivityResult, Kind, OptionResult, ResponseLike
from studio.core.kinds.registry import kind_of, lookup

__all__ = ["NOT_STATED", "SMALL_GROUPS", "ActivityResult", "OptionResult", "ResponseLike",
           "compute", "compute_by_group", "fold_groups", "group_key", "group_sizes", "note_group_sizes",
           "pooled_allowed", "room_sizes", "shown_groups", "shown_label"]

NOT_STATED = "not_stated"
_ANY_KIND = Kind()


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


def group_key(response: ResponseLike) -> str:
    """The group a response counts for (``not_stated`` when none was given)."""
    return response.stakeholder_group or NOT_STATED


def group_sizes(kind: ActivityKind | str, responses: list[ResponseLike]) -> dict[str, int]:
    """People per stakeholder group: its ballots, plus the people its tallies stand for
    (the kind's :meth:`~studio.core.kinds.base.Kind.tally_people`, never its answers)."""
    spec = lookup(kind) or _ANY_KIND  # an unknown kind: each counted hand is one person
    ballots: dict[str, set[str]] = defaultdict(set)
    tallies: dict[str, list[ResponseLike]] = defaultdict(list)
    for r in responses:
        if r.ballot_id:
            ballots[group_key(r)].add(r.ballot_id)
        else:
            tallies[group_key(r)].append(r)
    return {g: len(ballots.get(g, ())) + spec.tally_people(tallies.get(g, []))
            for g in set(ballots) | set(tallies)}


def shown_groups(sizes: dict[str, int], min_size: int = MIN_GROUP_SIZE,
                 allowed: set[str] | None = None) -> set[str]:
    """The groups that may be broken out, given the people per group.

    A group is broken out only with at least ``min_size`` people (and, if ``allowed``
    is given, only if it is in it). The rest are shown together as ``small_groups``;
    since the total is published too, that rest could be found by subtraction, so it
    must itself hold at least ``min_size`` people or none: while it holds 1 to
    ``min_size - 1``, the smallest group still shown joins it. A single group left
    is not broken out either (it would be the total minus the small groups).
    """
    shown = {g for g, n in sizes.items()
             if n >= min_size and g != SMALL_GROUPS and (allowed is None or g in allowed)}
    rest = sum(n for g, n in sizes.items() if g not in shown)
    while shown and 0 < rest < min_size:
        smallest = min(shown, key=lambda g: (sizes[g], g))
        shown.discard(smallest)
        rest += sizes[smallest]
    if len(shown) == 1 and rest == 0:
        return set()
    return shown


def fold_groups(kind: ActivityKind | str, responses: list[ResponseLike],
                min_size: int = MIN_GROUP_SIZE, allowed: set[str] | None = None
                ) -> dict[str, str]:
    """Map each group of ``responses`` to itself, or to ``small_groups`` (see
    :func:`shown_groups`). Nobody can be singled out: no group of fewer than
    ``min_size`` people is shown on its own, nor found by subtraction."""
    sizes = group_sizes(kind, responses)
    shown = shown_groups(sizes, min_size, allowed)
    return {g: (g if g in shown else SMALL_GROUPS) for g in sizes}


def shown_label(mapping: dict[str, str], group: str | None) -> str | None:
    """What an output writes for a row of ``group`` under ``mapping``: the group, None
    for "not stated" (kept empty), or ``small_groups`` (also for a group that has no
    counted rows, e.g. only withdrawn ones)."""
    key = mapping.get(group or NOT_STATED, SMALL_GROUPS)
    if key == NOT_STATED:
        return None
    return key


def pooled_allowed(kind: ActivityKind | str, members: list[list[ResponseLike]],
                   min_size: int = MIN_GROUP_SIZE) -> set[str]:
    """The groups that results pooled over ``members`` (one response list per workshop's
    activity) may break out: those broken out in every member's own results.

    Each workshop's own results are published too, so a pooled group's numbers minus
    the numbers of the other workshops would give this workshop's part of it; that
    part must be a group its own results show (at least ``min_size`` people, and not
    needed to keep its small groups at ``min_size``).
    """
    allowed: set[str] | None = None
    for rs in members:
        mapping = fold_groups(kind, rs, min_size)
        own = {g for g, shown in mapping.items() if shown == g}
        allowed = own if allowed is None else allowed & own
    return allowed or set()


def note_group_sizes(groups: Iterable[str | None], room: dict[str, int]) -> dict[str, int]:
    """How many people a stakeholder group can be behind notes (given by their groups).

    Notes carry no person: a group's notes are written by at most as many people
    as it has notes, and by at most as many as the group had in the workshop
    (``room``: its people in the largest vote, see :func:`room_sizes`). Notes
    without a group are not counted (they name nobody's group).
    """
    counts: dict[str, int] = defaultdict(int)
    for g in groups:
        if g:
            counts[g] += 1
    return {g: min(n, room.get(g, 0)) for g, n in counts.items()}


def room_sizes(per_activity: Iterable[dict[str, int]]) -> dict[str, int]:
    """Each group's people in the workshop: the most it had in any one activity
    (``per_activity``: :func:`group_sizes` of each voting activity)."""
    room: dict[str, int] = defaultdict(int)
    for sizes in per_activity:
        for g, n in sizes.items():
            room[g] = max(room[g], n)
    return dict(room)


def compute_by_group(
    kind: ActivityKind | str,
    settings: dict[str, Any],
    options: list[tuple[str, str]],
    responses: list[ResponseLike],
    min_size: int = MIN_GROUP_SIZE,
    allowed: set[str] | None = None,
) -> dict[str, ActivityResult]:
    """Results per stakeholder group, small groups together under ``small_groups``.

    Returns ``{}`` when no group can be broken out (see :func:`shown_groups`).
    ``allowed`` limits the groups broken out (pooled results, :func:`pooled_allowed`).
    """
    mapping = fold_groups(kind, responses, min_size, allowed)
    if all(v == SMALL_GROUPS for v in mapping.values()):
        return {}
    buckets: dict[str, list[ResponseLike]] = defaultdict(list)
    for r in responses:
        buckets[mapping[group_key(r)]].append(r)
    return {g: compute(kind, settings, options, rs, group=g) for g, rs in sorted(buckets.items())}
