"""Common ground and dividing lines: consensus and divisiveness checked against figures
computed by hand, with small groups and a group that saw none of a statement.

Scores: consensus = product over groups of (agree + 1) / (seen + 2) (Pol.is's
group-informed consensus); divisiveness = max − min of the same over the groups that
saw the statement. The archive is ``tests/analysis_support.py``'s (groups across
Leipzig and Hamburg: residents 10, staff 10, science 5, small groups 5).
"""

from __future__ import annotations

import pytest
from analysis_support import build_archive
from archive_support import new_target

from studio.archive import open_archive
from studio.archive.analysis import pilot_analysis
from studio.archive.consensus import (
    CONSENSUS_EXPLAINED,
    DIVISIVENESS_EXPLAINED,
    consensus_score,
    divisiveness_score,
    explain_consensus,
    explain_divisiveness,
    statement_agreement,
)
from studio.archive.selection import Selection
from studio.base.i18n import words_in
from studio.core.kinds import SMALL_GROUPS

Q = "chatbot||statements|1"


@pytest.fixture(scope="module", params=["file", "server"])
def archive(request, tmp_path_factory):
    target = new_target(request.param, tmp_path_factory.mktemp("consensus"), request)
    with open_archive(build_archive(target)) as opened:
        yield opened


def _groups(line):
    return {g.group: (g.agree, g.seen) for g in line.groups}


# -- the scores on their own -----------------------------------------------------------------
def test_consensus_is_high_only_when_every_group_agrees():
    # Two groups of 8, all agree: (9/10)²; one of them all against: 9/10 · 1/10.
    assert consensus_score([(8, 8), (8, 8)]) == pytest.approx(0.81)
    assert consensus_score([(8, 8), (0, 8)]) == pytest.approx(0.09)
    # A big group agreeing cannot outweigh a small one disagreeing.
    assert consensus_score([(100, 100), (0, 3)]) < consensus_score([(6, 10), (3, 5)])
    assert consensus_score([]) is None


def test_divisiveness_is_the_range_of_the_groups_agreement():
    assert divisiveness_score([(8, 8), (0, 8)]) == pytest.approx(0.9 - 0.1)
    assert divisiveness_score([(4, 8), (4, 8)]) == 0.0
    # A group that saw none of it does not count; one group alone divides nothing.
    assert divisiveness_score([(8, 8), (0, 0)]) == 0.0
    assert divisiveness_score([(3, 5), (1, 5), (0, 0)]) == pytest.approx(4 / 7 - 2 / 7)


# -- on the archive -----------------------------------------------------------------------------
def test_statement_one_science_against_everybody_else(archive):
    one = statement_agreement(archive).statements[0]
    assert (one.key, one.text, one.workshops) == (f"{Q}|1", "Statement one", 2)
    assert (one.agree, one.disagree, one.passed, one.seen) == (25, 5, 0, 30)
    assert _groups(one) == {"residents": (10, 10), "science": (0, 5), SMALL_GROUPS: (5, 5),
                            "staff": (10, 10)}
    # (11/12)·(1/7)·(6/7)·(11/12) and 11/12 − 1/7
    assert one.consensus == pytest.approx(11 / 12 * 1 / 7 * 6 / 7 * 11 / 12)
    assert one.divisiveness == pytest.approx(11 / 12 - 1 / 7)
    assert not one.warning


def test_statement_three_small_and_missing_groups(archive):
    """2 residents agree and 1 disagrees (the others skipped it), staff saw none of it,
    science passed, the small groups disagree."""
    three = statement_agreement(archive).statements[2]
    assert _groups(three) == {"residents": (2, 3), "science": (0, 5), SMALL_GROUPS: (0, 5),
                              "staff": (0, 0)}
    # residents 3/5, science 1/7, small groups 1/7, staff (missing) 1/2
    assert three.consensus == pytest.approx(3 / 5 * 1 / 7 * 1 / 7 * 1 / 2)
    assert three.divisiveness == pytest.approx(3 / 5 - 1 / 7)
    assert three.small_groups == ("residents",) and three.missing_groups == ("staff",)
    assert three.warning
    assert three.warnings() == (
        "Fewer than 5 people of a group took a stance here: read with care.",
        "A group saw none of this statement: it counts as undecided.")


def test_two_ranked_lists(archive):
    report = statement_agreement(archive)
    # consensus: two 0.617 > one 0.103 > three 0.006; divisiveness: one 0.774 > three 0.457
    # > two 0.060
    assert [s.text for s in report.common_ground] == [
        "Statement two", "Statement one", "Statement three"]
    assert [s.text for s in report.dividing_lines] == [
        "Statement one", "Statement three", "Statement two"]
    two = report.common_ground[0]
    assert two.consensus == pytest.approx((11 / 12) ** 2 * (6 / 7) ** 2)
    assert two.divisiveness == pytest.approx(11 / 12 - 6 / 7)


def test_groups_small_in_the_selection_stay_folded(archive):
    """Leipzig alone: science 3 and business 2 are folded together (5)."""
    one = statement_agreement(archive, Selection(cities={"Leipzig"})).statements[0]
    assert _groups(one) == {"residents": (6, 6), "staff": (5, 5), SMALL_GROUPS: (2, 5)}
    assert one.text == "Aussage eins"
    assert one.consensus == pytest.approx(7 / 8 * 6 / 7 * 3 / 7)


def test_agrees_with_the_pilot_analysis(archive):
    """The same statements and groups as the pilot's pooled results (one door to counting)."""
    pooled = next(q for q in pilot_analysis(archive, "chatbot").questions if q.key == Q)
    report = statement_agreement(archive, card_id="chatbot")
    for line, opt in zip(report.statements, pooled.pooled.result.options, strict=True):
        assert (line.agree, line.disagree, line.passed) == (opt.agree, opt.disagree, opt.passed)
    assert {g for g, _f in pooled.by_group} == {g.group for g in report.statements[0].groups}
    assert statement_agreement(archive, card_id="heat").statements == ()


def test_the_scores_are_explained_in_both_languages():
    assert explain_consensus().startswith("Consensus is high only when every")
    assert explain_divisiveness().startswith("Divisiveness shows how far apart")
    german = words_in("de")
    assert german.translate("Analysis", CONSENSUS_EXPLAINED) != CONSENSUS_EXPLAINED
    assert german.translate("Analysis", DIVISIVENESS_EXPLAINED) != DIVISIVENESS_EXPLAINED


def test_a_show_of_hands_counts_its_people(tmp_path):
    """7 residents counted by hand (6 agree, 1 disagrees) and 5 staff ballots against:
    residents (6+1)/(7+2), staff 1/7; the tally's people make residents a group of 7."""
    from analysis_support import CHATBOT, _records

    from studio.core.ballots import BallotService
    from studio.core.facilitation import FacilitationService
    from studio.core.kinds import Source
    from studio.core.workshops import WorkshopService

    def build(store):
        ws = WorkshopService(store)
        ws.create_workshop("Werkstatt Dresden", organiser="Dresden")
        act = ws.add_activity(ws.add_scenario(CHATBOT).id, "statements", "Zustimmung?", ["X"])
        FacilitationService(store).open_voting(act.id)
        oid = act.options[0].id
        BallotService(store).record_tally(act.id, {(oid, "agree"): 6, (oid, "disagree"): 1},
                                          "residents", Source.TALLY)
        for _ in range(5):
            BallotService(store).cast_ballot(act.id, {"votes": {oid: "disagree"}}, "staff")

    with open_archive(tmp_path / "hands.studioarchive", create=True) as archive:
        archive.add(_records(build, 201), "w201.workshop")
        line = statement_agreement(archive).statements[0]
        assert _groups(line) == {"residents": (6, 7), "staff": (0, 5)}
        assert line.consensus == pytest.approx(7 / 9 * 1 / 7)
        assert line.divisiveness == pytest.approx(7 / 9 - 1 / 7)
        pooled = pilot_analysis(archive, "chatbot").questions[0]
        assert pooled.pooled.n == 12 and pooled.pooled.channels == (("screen", 5), ("tally", 7))
        assert {g: f.n for g, f in pooled.by_group} == {"residents": 7, "staff": 5}
