"""Per pilot across workshops: questions matched by card and template (never by wording),
results side by side and pooled through the one door to counting, n by channel, 95 %
intervals, filters, and small groups folded across the selection.

The archive holds the three workshops of ``tests/analysis_support.py`` (every figure
below is counted by hand from its tables); the key cases run on a file and on a real
PostgreSQL server and must give the same results.
"""

from __future__ import annotations

import statistics
from datetime import date

import pytest
from analysis_support import build_archive
from archive_support import new_target

from studio.archive import open_archive
from studio.archive.analysis import pilot_analysis, pilots
from studio.archive.selection import Selection
from studio.archive.stats import mean_interval, t_quantile, wilson
from studio.core.kinds import SMALL_GROUPS

USEFUL = "chatbot|usefulness|scale|1"
STATEMENTS = "chatbot||statements|1"
OTHER_SCALE = "chatbot||scale|1"


@pytest.fixture(scope="module", params=["file", "server"])
def archive(request, tmp_path_factory):
    target = new_target(request.param, tmp_path_factory.mktemp("analysis"), request)
    with open_archive(build_archive(target)) as opened:
        yield opened


@pytest.fixture(scope="module")
def file_archive(tmp_path_factory):
    target = build_archive(str(tmp_path_factory.mktemp("analysis") / "team.studioarchive"))
    with open_archive(target) as opened:
        yield opened


def _question(analysis, key):
    return next(q for q in analysis.questions if q.key == key)


def _by_city(question):
    return {c.workshop.city: c for c in question.columns}


# -- the statistics ------------------------------------------------------------------------------
def test_wilson_interval_matches_the_textbook_values():
    # 3 of 10: 0.108..0.603 (Newcombe 1998, table I); 0 of 10 and 10 of 10 stay within 0..1.
    three = wilson(3, 10)
    assert three.low == pytest.approx(0.1078, abs=1e-4)
    assert three.high == pytest.approx(0.6032, abs=1e-4)
    assert wilson(0, 10).low == 0.0 and wilson(0, 10).high == pytest.approx(0.2775, abs=1e-4)
    assert wilson(10, 10).high == 1.0
    assert wilson(0, 0) is None


def test_mean_interval_uses_t_with_people_as_weights():
    est = mean_interval([(1, 1), (2, 1), (3, 1), (4, 4), (5, 4)])
    values = [1, 2, 3, 4, 4, 4, 4, 5, 5, 5, 5]
    half = 2.228 * statistics.stdev(values) / 11 ** 0.5  # t(0.975, 10) = 2.228
    assert est.n == 11 and est.mean == pytest.approx(42 / 11)
    assert est.interval.low == pytest.approx(42 / 11 - half)
    assert est.interval.high == pytest.approx(42 / 11 + half)
    assert mean_interval([(3, 1)]).interval is None  # one person: no spread
    assert t_quantile(40) == pytest.approx(2.021, abs=5e-4)
    assert t_quantile(120) == pytest.approx(1.980, abs=5e-4)


# -- pilots and matching -------------------------------------------------------------------------
def test_pilots_are_cards_with_their_workshops_and_cities(archive):
    found = pilots(archive)
    assert [(p.card_id, p.title, p.cities, len(p.workshop_ids)) for p in found] == [
        ("chatbot", "Chatbot im Bürgerservice", ("Hamburg", "Leipzig", "München"), 3),
        ("heat", "Wärmeplanung", ("München",), 1)]
    assert [p.card_id for p in pilots(archive, Selection(cities=["hamburg"]))] == ["chatbot"]


def test_questions_match_by_template_and_order_never_by_wording(archive):
    analysis = pilot_analysis(archive, "chatbot")
    assert [q.key for q in analysis.questions] == [USEFUL, STATEMENTS, OTHER_SCALE]
    useful = _question(analysis, USEFUL)
    # "How useful?" (Hamburg) and "Wie nützlich?" (Leipzig, München): one question.
    assert set(useful.prompts) == {"How useful?", "Wie nützlich?"}
    assert useful.template == "usefulness"
    # The second scale of Leipzig asks "Wie nützlich?" too, but has no template: its own question.
    other = _question(analysis, OTHER_SCALE)
    assert [c.workshop.city for c in other.columns] == ["Leipzig"]
    assert other.pooled.n == 1
    # German and English statements are matched by position.
    statements = _question(analysis, STATEMENTS)
    assert statements.option_labels == ("Statement one", "Statement two", "Statement three")
    assert all(c.pooled for c in statements.columns)


def test_usefulness_side_by_side_and_pooled_with_channels_and_intervals(archive):
    useful = _question(pilot_analysis(archive, "chatbot"), USEFUL)
    cols = _by_city(useful)
    assert cols["Leipzig"].figures.n == 6 and cols["Leipzig"].pooled
    assert cols["Leipzig"].figures.result.mean == pytest.approx(20 / 6)
    assert cols["Hamburg"].figures.n == 5  # 2 ballots and a tally of 3 people
    assert cols["Hamburg"].figures.channels == (("screen", 2), ("tally", 3))
    # München asks on a 1–7 scale: shown on its own, not pooled.
    assert not cols["München"].pooled and cols["München"].figures.result.mean == 7
    pooled = useful.pooled
    assert pooled.n == 11 and useful.pooled_workshops == 2
    assert pooled.channels == (("screen", 7), ("phone", 1), ("tally", 3))
    assert pooled.result.mean == pytest.approx(42 / 11)
    assert pooled.mean.interval.low == pytest.approx(
        42 / 11 - 2.228 * statistics.stdev([1, 2, 3, 4, 4, 4, 4, 5, 5, 5, 5]) / 11 ** 0.5)
    fives = pooled.result.by_key()["5"]
    assert (fives.count, fives.share) == (4, pytest.approx(4 / 11))
    five_interval = pooled.intervals[[o.key for o in pooled.result.options].index("5")]
    assert five_interval == wilson(4, 11)


def test_statements_pooled_share_is_agreement_with_its_interval(archive):
    statements = _question(pilot_analysis(archive, "chatbot"), STATEMENTS)
    one = statements.pooled.result.options[0]
    assert (one.agree, one.disagree, one.passed, one.count) == (25, 5, 0, 30)
    assert statements.pooled.intervals[0] == wilson(25, 30)
    assert statements.pooled.n == 30


def test_groups_fold_across_the_whole_selection(archive):
    """Science has 3 people in Leipzig and 2 in Hamburg: too few in each, 5 together."""
    statements = _question(pilot_analysis(archive, "chatbot"), STATEMENTS)
    groups = dict(statements.by_group)
    assert {g: f.n for g, f in groups.items()} == {
        "residents": 10, "science": 5, "staff": 10, SMALL_GROUPS: 5}
    assert groups["science"].result.options[0].disagree == 5
    # Only Leipzig: science (3) and business (2) stay folded together (5).
    leipzig = _question(pilot_analysis(archive, "chatbot", Selection(cities={"Leipzig"})),
                        STATEMENTS)
    assert {g: f.n for g, f in leipzig.by_group} == {"residents": 6, "staff": 5, SMALL_GROUPS: 5}


def test_filters_by_city_date_and_workshop(archive):
    everything = pilot_analysis(archive, "chatbot")
    assert [w.city for w in everything.workshops] == ["Hamburg", "Leipzig", "München"]
    spring = pilot_analysis(archive, "chatbot", Selection(date_from=date(2026, 3, 15),
                                                         date_to=date(2026, 4, 30)))
    assert [w.city for w in spring.workshops] == ["Hamburg"]
    assert _question(spring, USEFUL).pooled.n == 5
    one = pilot_analysis(archive, "chatbot",
                         Selection(workshop_ids={everything.workshops[2].workshop_id}))
    assert [w.city for w in one.workshops] == ["München"]
    assert pilot_analysis(archive, "chatbot", Selection(cities={"Berlin"})).questions == ()


def test_a_group_filter_never_shows_a_few_people_of_a_workshop(archive):
    """Science alone: 3 people in Leipzig, 2 in Hamburg. The pooled 5 are shown; neither
    workshop's part is (each would single out people, and one would give the other away)."""
    useful = _question(pilot_analysis(archive, "chatbot", Selection(groups={"science"})), USEFUL)
    assert useful.pooled.n == 5 and not useful.pooled_withheld
    cols = _by_city(useful)
    assert cols["Leipzig"].withheld and cols["Leipzig"].figures is None
    assert cols["Hamburg"].withheld and cols["Hamburg"].figures is None
    assert not cols["München"].withheld and cols["München"].figures.n == 0
    # Business alone (2 people): nothing of it is shown.
    business = _question(pilot_analysis(archive, "chatbot", Selection(groups={"business"})),
                         STATEMENTS)
    assert business.pooled_withheld and business.pooled is None and business.by_group == ()


def test_the_same_analysis_on_a_file_and_on_a_server(archive, file_archive):
    def plain(analysis):
        return [(q.key, q.prompts, q.option_labels,
                 [(c.workshop.city, c.pooled, c.withheld, c.figures) for c in q.columns],
                 q.pooled, q.by_group) for q in analysis.questions]

    for selection in (Selection(), Selection(groups={"science"}), Selection(cities={"Leipzig"})):
        assert plain(pilot_analysis(archive, "chatbot", selection)) == plain(
            pilot_analysis(file_archive, "chatbot", selection))


def test_results_are_frozen(archive):
    analysis = pilot_analysis(archive, "chatbot")
    with pytest.raises(AttributeError):
        analysis.questions[0].pooled.result.n = 3  # type: ignore[misc]
    hash(Selection(cities=["Leipzig"], groups=("staff",)))  # usable as a cache key
