"""Results of an activity: pure computation over response rows, no I/O, no Qt.

One function serves the live view, the charts, the spreadsheet export and the
report, so the numbers agree everywhere.

``n`` is the number of people behind a result: ballots cast plus people
counted in tallies. Tallies for single choice and scale count people; for
multiple choice and statements the largest count is the lower bound used; paper
points carry no head count (their points still count).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Protocol

from studio.core.kinds import MIN_GROUP_SIZE, OTHER_GROUP, ActivityKind, Stance

NOT_STATED = "not_stated"


class ResponseLike(Protocol):
    ballot_id: str | None
    option_id: str | None
    value_num: float | None
    value_x: float | None
    value_y: float | None
    value_text: str | None
    count: int
    stakeholder_group: str | None


@dataclass
class OptionResult:
    key: str  # option id, scale value ("1".."5") or "dont_know"
    label: str
    count: int = 0  # people who chose it / gave this value
    share: float = 0.0  # count / n (0..1)
    points: float = 0.0  # point budget: points given; ranking: Borda score
    mean_rank: float | None = None
    agree: int = 0
    disagree: int = 0
    passed: int = 0


@dataclass
class ActivityResult:
    kind: ActivityKind
    n: int = 0
    n_ballots: int = 0
    n_tally: int = 0
    group: str | None = None  # None: everybody
    options: list[OptionResult] = field(default_factory=list)
    mean: float | None = None
    median: float | None = None
    dont_know: int = 0
    points_total: float = 0.0
    matrix_points: list[tuple[float, float]] = field(default_factory=list)

    def by_key(self) -> dict[str, OptionResult]:
        return {o.key: o for o in self.options}


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

    if kind is ActivityKind.SCALE:
        lo, hi = int(settings.get("min", 1)), int(settings.get("max", 5))
        counts = {v: 0 for v in range(lo, hi + 1)}
        values: list[float] = []
        for r in responses:
            if r.value_text == "dont_know":
                res.dont_know += r.count
            elif r.value_num is not None:
                v = int(r.value_num)
                counts[v] = counts.get(v, 0) + r.count
                values.extend([r.value_num] * r.count)
        res.n_tally = sum(r.count for r in tallies)
        res.n = res.n_ballots + res.n_tally
        labels = _scale_labels(settings, lo, hi)
        res.options = [OptionResult(str(v), labels[v], counts[v]) for v in sorted(counts)]
        if settings.get("allow_dont_know", True) or res.dont_know:
            res.options.append(OptionResult("dont_know", "dont_know", res.dont_know))
        if values:
            res.mean = sum(values) / len(values)
            res.median = float(statistics.median(values))
        _shares(res)
        return res

    if kind is ActivityKind.MATRIX:
        for r in responses:
            if r.value_x is not None and r.value_y is not None:
                res.matrix_points.extend([(r.value_x, r.value_y)] * r.count)
        res.n_tally = sum(r.count for r in tallies)
        res.n = res.n_ballots + res.n_tally
        if res.matrix_points:
            res.mean = None
        return res

    by_option = {oid: OptionResult(oid, label) for oid, label in options}
    if kind in (ActivityKind.SINGLE_CHOICE, ActivityKind.MULTIPLE_CHOICE):
        for r in responses:
            if r.option_id in by_option:
                by_option[r.option_id].count += r.count
        tally_counts = [r.count for r in tallies]
        if kind is ActivityKind.SINGLE_CHOICE:
            res.n_tally = sum(tally_counts)
        else:
            res.n_tally = max(tally_counts, default=0)
    elif kind is ActivityKind.POINTS:
        supporters: dict[str, set[str]] = defaultdict(set)
        for r in responses:
            if r.option_id in by_option and r.value_num is not None:
                by_option[r.option_id].points += r.value_num * r.count
                if r.ballot_id:
                    supporters[r.option_id].add(r.ballot_id)
        for oid, opt in by_option.items():
            opt.count = len(supporters[oid])
        res.points_total = sum(o.points for o in by_option.values())
    elif kind is ActivityKind.RANKING:
        m = len(options)
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
    elif kind is ActivityKind.STATEMENTS:
        for r in responses:
            opt = by_option.get(r.option_id)
            if opt is None:
                continue
            if r.value_text == Stance.AGREE.value:
                opt.agree += r.count
            elif r.value_text == Stance.DISAGREE.value:
                opt.disagree += r.count
            elif r.value_text == Stance.PASS.value:
                opt.passed += r.count
        for opt in by_option.values():
            opt.count = opt.agree + opt.disagree + opt.passed
        per_statement: dict[str, int] = defaultdict(int)
        for r in tallies:
            per_statement[r.option_id] += r.count
        res.n_tally = max(per_statement.values(), default=0)
    res.n = res.n_ballots + res.n_tally
    res.options = [by_option[oid] for oid, _ in options]
    _shares(res)
    return res


def _shares(res: ActivityResult) -> None:
    for opt in res.options:
        if res.kind is ActivityKind.POINTS or res.kind is ActivityKind.RANKING:
            opt.share = opt.points / res.points_total if res.points_total else 0.0
        elif res.kind is ActivityKind.STATEMENTS:
            opt.share = opt.agree / opt.count if opt.count else 0.0
        else:
            opt.share = opt.count / res.n if res.n else 0.0


def _scale_labels(settings: dict[str, Any], lo: int, hi: int) -> dict[int, str]:
    labels = {v: str(v) for v in range(lo, hi + 1)}
    if settings.get("min_label"):
        labels[lo] = f"{lo} – {settings['min_label']}"
    if settings.get("max_label"):
        labels[hi] = f"{hi} – {settings['max_label']}"
    return labels


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
