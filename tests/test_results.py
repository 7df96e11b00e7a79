"""Results: the numbers the live view, charts, exports and report all show."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from studio.core import results
from studio.core.kinds import ActivityKind


@dataclass
class R:
    ballot_id: str | None = None
    option_id: str | None = None
    value_num: float | None = None
    value_x: float | None = None
    value_y: float | None = None
    value_text: str | None = None
    count: int = 1
    stakeholder_group: str | None = None


OPTS = [("a", "A"), ("b", "B"), ("c", "C")]


def test_scale_mean_median_and_dont_know():
    rows = [R(f"b{i}", value_num=v) for i, v in enumerate([1, 2, 4, 5, 5])]
    rows.append(R("b9", value_text="dont_know"))
    res = results.compute("scale", {"min": 1, "max": 5, "min_label": "nie",
                                    "max_label": "immer"}, [], rows)
    assert res.n == 6 and res.dont_know == 1
    assert res.mean == 17 / 5 and res.median == 4
    assert res.by_key()["5"].count == 2
    assert res.by_key()["1"].label == "1 – nie"


def test_ranking_borda_count():
    rows = []
    for i, order in enumerate([["a", "b", "c"], ["a", "c", "b"], ["b", "a", "c"]]):
        rows += [R(f"b{i}", option_id=o, value_num=r + 1) for r, o in enumerate(order)]
    res = results.compute("ranking", {}, OPTS, rows)
    borda = {o.key: o.points for o in res.options}
    assert borda == {"a": 5, "b": 3, "c": 1}
    assert res.by_key()["a"].mean_rank == 4 / 3


def test_points_totals_and_supporters():
    rows = [R("b1", option_id="a", value_num=7), R("b1", option_id="b", value_num=3),
            R("b2", option_id="a", value_num=10), R(None, option_id="c", value_num=4)]
    res = results.compute("points", {"budget": 10}, OPTS, rows)
    assert {o.key: o.points for o in res.options} == {"a": 17, "b": 3, "c": 4}
    assert res.by_key()["a"].count == 2 and res.points_total == 24


def test_statements_count_each_stance():
    rows = [R("b1", option_id="a", value_text="agree"), R("b2", option_id="a",
                                                             value_text="disagree"),
            R(None, option_id="a", value_text="agree", count=3)]
    res = results.compute("statements", {}, OPTS[:1], rows)
    a = res.by_key()["a"]
    assert (a.agree, a.disagree, a.passed) == (4, 1, 0)
    assert res.n == 2 + 3


def test_matrix_keeps_every_dot():
    rows = [R("b1", value_x=0.1, value_y=0.9), R("b2", value_x=0.8, value_y=0.2)]
    res = results.compute("matrix", {}, [], rows)
    assert res.matrix_points == [(0.1, 0.9), (0.8, 0.2)] and res.n == 2


def test_small_groups_fold_together():
    rows = [R(f"r{i}", option_id="a", stakeholder_group="residents") for i in range(6)]
    rows += [R(f"s{i}", option_id="b", stakeholder_group="staff") for i in range(3)]
    rows += [R(f"x{i}", option_id="b", stakeholder_group="science") for i in range(2)]
    split = results.compute_by_group("single_choice", {}, OPTS, rows)
    assert set(split) == {"residents", "small_groups"}
    assert split["small_groups"].n == 5


def test_no_split_when_other_would_single_people_out():
    rows = [R(f"r{i}", option_id="a", stakeholder_group="residents") for i in range(8)]
    rows += [R("s1", option_id="b", stakeholder_group="staff")]
    assert results.compute_by_group("single_choice", {}, OPTS, rows) == {}


choices = st.lists(st.tuples(st.sampled_from(["a", "b", "c"]),
                             st.sampled_from([None, "residents", "staff", "science"])),
                   max_size=60)


@given(choices)
@settings(max_examples=60, deadline=None)
def test_group_split_adds_up_to_the_whole(votes):
    rows = [R(f"b{i}", option_id=o, stakeholder_group=g) for i, (o, g) in enumerate(votes)]
    whole = results.compute(ActivityKind.SINGLE_CHOICE, {}, OPTS, rows)
    assert whole.n == len(votes)
    assert sum(o.count for o in whole.options) == len(votes)
    split = results.compute_by_group(ActivityKind.SINGLE_CHOICE, {}, OPTS, rows)
    if split:
        assert all(r.n >= 5 for r in split.values())
        assert sum(r.n for r in split.values()) == whole.n
        for key in "abc":
            assert sum(r.by_key()[key].count for r in split.values()) == whole.by_key()[key].count
