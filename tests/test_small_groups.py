"""Nobody is singled out by their stakeholder group (issue 15, item 10).

(a) tallies count people, not answers; (b) a merge's pooled numbers minus one workshop's
published numbers never give the answers of fewer than 5 people; (c) the raw rows of an
export (Responses, Notes, EventLog) name no group of fewer than 5 people. The workshop
file itself stays complete. Checked on the core and on the real outputs.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from studio.core import results
from studio.core.ballots import BallotService
from studio.core.facilitation import FacilitationService
from studio.core.kinds import MIN_GROUP_SIZE, SMALL_GROUPS
from studio.core.notes import NoteService
from studio.core.workshops import WorkshopService
from studio.exchange.csv_export import export_csv
from studio.exchange.merge import merge_files
from studio.exchange.report import write_report
from studio.exchange.xlsx_export import export_workbook
from studio.exchange.xlsx_import import import_workbook
from studio.store.database import WorkshopStore


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


def ballots(group: str | None, n: int, option: str = "a", prefix: str = "") -> list[R]:
    return [R(f"{prefix}{group}{i}", option, stakeholder_group=group) for i in range(n)]


# -- (a) people, not answers ----------------------------------------------------------------
def test_a_multiple_choice_tally_counts_people_not_raised_hands():
    # Two scientists raise their hands for each of three options: two people, not six.
    tally = [R(None, o, count=2, stakeholder_group="science") for o, _ in OPTS]
    rows = ballots("residents", 6) + ballots("staff", 5, "b") + tally
    assert results.group_sizes("multiple_choice", rows)["science"] == 2
    split = results.compute_by_group("multiple_choice", {"max_choices": 3}, OPTS, rows)
    assert "science" not in split
    assert all(r.n >= MIN_GROUP_SIZE for r in split.values())
    # The scientists are counted with the staff (the smallest group that keeps them company).
    assert set(split) == {"residents", SMALL_GROUPS}
    assert split[SMALL_GROUPS].n == 5 + 2
    assert results.compute("multiple_choice", {}, OPTS, rows).n == 6 + 5 + 2
    # Another group's show of hands is other people: everybody's n adds the groups' people.
    rows += [R(None, "a", count=3, stakeholder_group="staff")]
    assert results.compute("multiple_choice", {}, OPTS, rows).n == 6 + 5 + 2 + 3


def test_a_statements_and_points_tallies_count_people_too():
    stances = [R(None, "a", value_text=s, count=1, stakeholder_group="science")
               for s in ("agree", "disagree", "pass")]
    stances += [R(None, "b", value_text="agree", count=3, stakeholder_group="science")]
    assert results.group_sizes("statements", stances)["science"] == 3
    dots = [R(None, o, value_num=9.0, stakeholder_group="science") for o, _ in OPTS]
    assert results.group_sizes("points", dots)["science"] == 0  # dots are not people
    hands = [R(None, "a", count=4, stakeholder_group="staff"), R(None, "b", count=3,
                                                                  stakeholder_group="staff")]
    assert results.group_sizes("single_choice", hands)["staff"] == 7


# -- the complement ---------------------------------------------------------------------------
def test_the_rest_is_never_a_small_group_the_smallest_shown_group_keeps_it_company():
    rows = ballots("residents", 9) + ballots("staff", 6, "b") + ballots("science", 1, "c")
    split = results.compute_by_group("single_choice", {}, OPTS, rows)
    # all minus residents minus staff would be the scientist: staff join the small groups.
    assert set(split) == {"residents", SMALL_GROUPS}
    assert split[SMALL_GROUPS].n == 7


def test_one_group_alone_is_not_broken_out():
    rows = ballots("residents", 9) + ballots("science", 2, "c")
    assert results.compute_by_group("single_choice", {}, OPTS, rows) == {}


# -- (b) every published number together ------------------------------------------------------
def _published_sets(workshops: list[list[R]]) -> list[frozenset]:
    """Every set of cells (workshop, group) whose answers an export of these workshops
    and their merge publish: each workshop's everybody and groups, the pooled ones."""
    kind = "single_choice"
    sets: list[frozenset] = []
    for w, rows in enumerate(workshops):
        cells = {(w, results.group_key(r)) for r in rows}
        sets.append(frozenset(cells))
        mapping = results.fold_groups(kind, rows)
        for shown in results.compute_by_group(kind, {}, OPTS, rows):
            sets.append(frozenset(c for c in cells if mapping[c[1]] == shown))
    pooled = [r for rows in workshops for r in rows]
    allowed = results.pooled_allowed(kind, workshops)
    mapping = results.fold_groups(kind, pooled, allowed=allowed)
    every = {(w, results.group_key(r)) for w, rows in enumerate(workshops) for r in rows}
    for shown in results.compute_by_group(kind, {}, OPTS, pooled, allowed=allowed):
        sets.append(frozenset(c for c in every if mapping[c[1]] == shown))
    return sets


def _atoms(sets: list[frozenset], cells: set) -> list[frozenset]:
    """The finest pieces published numbers can be added and subtracted into."""
    by_signature: dict[tuple, set] = defaultdict(set)
    for c in cells:
        by_signature[tuple(c in s for s in sets)].add(c)
    return [frozenset(v) for v in by_signature.values()]


workshop_votes = st.lists(st.tuples(st.sampled_from(["residents", "staff", "science", None]),
                                    st.integers(0, 9)), min_size=1, max_size=4)


@given(st.lists(workshop_votes, min_size=2, max_size=3))
@settings(max_examples=150, deadline=None)
def test_b_no_sum_or_difference_of_published_numbers_isolates_fewer_than_five(spec):
    workshops = []
    for w, groups in enumerate(spec):
        sizes: dict[str | None, int] = defaultdict(int)
        for g, n in groups:
            sizes[g] += n
        rows = [r for g, n in sizes.items() for r in ballots(g, n, prefix=f"w{w}/")]
        workshops.append(rows)
    cells = {(w, results.group_key(r)) for w, rows in enumerate(workshops) for r in rows}
    people: dict[tuple, int] = defaultdict(int)
    for w, rows in enumerate(workshops):
        for r in rows:
            people[(w, results.group_key(r))] += 1
    whole = {w: frozenset(c for c in cells if c[0] == w) for w in range(len(workshops))}
    for atom in _atoms(_published_sets(workshops), cells):
        n = sum(people[c] for c in atom)
        # Nothing finer than an atom can be worked out; an atom of 1-4 people may only be a
        # whole workshop (everybody's result is always published, it names no group).
        assert n >= MIN_GROUP_SIZE or atom in whole.values(), (atom, n)


def test_b_the_attack_a_pooled_group_minus_one_workshop_gives_a_group_of_one():
    a = ballots("residents", 6, prefix="A") + ballots("science", 5, "b", prefix="A")
    b = ballots("residents", 8, prefix="B") + [R("Bs", "c", stakeholder_group="science")]
    assert "science" in results.compute_by_group("single_choice", {}, OPTS, a)
    allowed = results.pooled_allowed("single_choice", [a, b])
    pooled = results.compute_by_group("single_choice", {}, OPTS, a + b, allowed=allowed)
    assert "science" not in pooled  # pooled science minus A's science would be B's scientist


# -- real outputs -------------------------------------------------------------------------------
CARD = {"id": "card-p", "version": "1", "title": {"de": "Karte P", "en": "Card P"},
        "summary": {"de": "Eine Karte.", "en": "A card."}}


def _workshop(path: Path, *, science_ballots: int = 1, science_tally: bool = True,
              residents: int = 6, staff: int = 5) -> dict[str, str]:
    """A workshop whose scientists (and staff) are too few to be shown on their own."""
    store = WorkshopStore.create(path)
    try:
        ws, bs, notes = WorkshopService(store), BallotService(store), NoteService(store)
        ws.create_workshop("Werkstatt Datenschutz")
        sc = ws.add_scenario(CARD)
        single = ws.add_activity(sc.id, "single_choice", "Einführen?", ["Ja", "Nein", "Später"])
        multi = ws.add_activity(sc.id, "multiple_choice", "Was zählt?", ["A", "B", "C"],
                                {"max_choices": 3})
        note_round = ws.add_activity(sc.id, "notes", "Ihre Gedanken?")
        ids = {"single": single.id, "multi": multi.id, "notes": note_round.id}
        for act in (single, multi, note_round):
            FacilitationService(store).open_voting(act.id)
        s_opts, m_opts = [o.id for o in single.options], [o.id for o in multi.options]
        for group, n in (("residents", residents), ("staff", staff), ("science", science_ballots)):
            for i in range(n):
                bs.cast_ballot(single.id, {"option": s_opts[i % 2 if group != "science" else 2]},
                               group)
                if group != "science":
                    bs.cast_ballot(multi.id, {"options": m_opts[: 1 + i % 2]}, group)
        if science_tally:
            bs.record_tally(multi.id, dict.fromkeys(m_opts, 2), stakeholder_group="science")
        for i in range(5):
            notes.add_note(f"Idee {i}", "idea", scenario_id=sc.id, activity_id=note_round.id,
                           stakeholder_group="residents")
        for i in range(4 if staff else 0):
            notes.add_note(f"Frage {i}", "question", scenario_id=sc.id,
                           activity_id=note_round.id, stakeholder_group="staff")
        ids["science_note"] = notes.add_note("Nur eine Forscherin denkt das", "concern",
                                             scenario_id=sc.id, activity_id=note_round.id,
                                             stakeholder_group="science").id
        notes.add_note("Ohne Gruppe", "hope", scenario_id=sc.id, activity_id=note_round.id)
        store.checkpoint()
    finally:
        store.close()
    return ids


@pytest.fixture(scope="module")
def workshop(tmp_path_factory):
    folder = tmp_path_factory.mktemp("privacy")
    path = folder / "p.workshop"
    ids = _workshop(path)
    return path, ids


@pytest.fixture(scope="module")
def book(workshop, tmp_path_factory):
    path, _ = workshop
    out = tmp_path_factory.mktemp("xlsx") / "p.xlsx"
    store = WorkshopStore.open(path)
    try:
        export_workbook(store, out)
    finally:
        store.close()
    return out


def table(path: Path, sheet: str) -> list[dict]:
    wb = load_workbook(path, read_only=True)
    try:
        rows = list(wb[sheet].iter_rows(values_only=True))
    finally:
        wb.close()
    return [dict(zip(rows[0], r)) for r in rows[1:] if any(v is not None for v in r)]


SHOWN = {None, "residents", SMALL_GROUPS}


def test_a_xlsx_results_count_the_scientists_as_two_people(book, workshop):
    _, ids = workshop
    rows = table(book, "Results")
    multi = {r["stakeholder_group"]: r["n"] for r in rows if r["activity_id"] == ids["multi"]}
    # 6 residents, 5 staff, 2 scientists who raised 6 hands: scientists and staff together.
    assert multi == {None: 13, "residents": 6, SMALL_GROUPS: 7}
    assert all(r["n"] >= 5 for r in rows if r["stakeholder_group"] is not None)


def test_c_xlsx_raw_rows_name_no_small_group(book, workshop):
    _, ids = workshop
    responses = table(book, "Responses")
    assert {r["stakeholder_group"] for r in responses} == {"residents", SMALL_GROUPS}
    single = [r for r in responses if r["activity_id"] == ids["single"]]
    assert sum(r["stakeholder_group"] == SMALL_GROUPS for r in single) == 5 + 1
    tally = [r for r in responses if r["ballot_id"] is None]
    assert tally and {r["stakeholder_group"] for r in tally} == {SMALL_GROUPS}
    notes = {n["note_id"]: n["stakeholder_group"] for n in table(book, "Notes")}
    assert notes[ids["science_note"]] == SMALL_GROUPS
    # 5 residents' notes (of 6 residents) keep their group; 4 staff notes and the one
    # scientist's note are small groups together (5); a note without a group stays empty.
    assert sorted(notes.values(), key=str) == [None] + ["residents"] * 5 + [SMALL_GROUPS] * 5
    events = [json.loads(e["payload"]) for e in table(book, "EventLog")
              if e["kind"] == "tally_recorded"]
    assert [e["group"] for e in events] == [SMALL_GROUPS]


def test_the_about_sheet_states_the_rule(book):
    wb = load_workbook(book, read_only=True)
    try:
        text = " ".join(str(v) for row in wb["About"].iter_rows(values_only=True) for v in row
                        if v is not None)
    finally:
        wb.close()
    assert "small_groups („kleine Gruppen“)" in text and "fewer than 5 people" in text


def test_c_the_workshop_file_itself_stays_complete(book, workshop):
    path, ids = workshop
    store = WorkshopStore.open(path)
    try:
        groups = {r.stakeholder_group for r in BallotService(store).responses(ids["single"])}
        notes = {n.id: n.stakeholder_group for n in NoteService(store).notes()}
    finally:
        store.close()
    assert groups == {"residents", "staff", "science"}
    assert notes[ids["science_note"]] == "science"


def test_c_an_export_with_small_groups_imports_and_keeps_the_key(book, workshop, tmp_path):
    _, ids = workshop
    out = import_workbook(book, tmp_path / "back.workshop")
    store = WorkshopStore.open(out)
    try:
        groups = [r.stakeholder_group for r in BallotService(store).responses(ids["single"])]
    finally:
        store.close()
    assert sorted(groups, key=str) == ["residents"] * 6 + [SMALL_GROUPS] * 6


def test_abc_csv_export_folds_like_the_workbook(workshop, tmp_path):
    path, ids = workshop
    store = WorkshopStore.open(path)
    try:
        export_csv(store, tmp_path / "csv")
    finally:
        store.close()

    def read(name: str) -> list[dict]:
        with open(tmp_path / "csv" / f"{name}.csv", encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    assert {r["stakeholder_group"] for r in read("Responses")} == {"residents", SMALL_GROUPS}
    assert {r["stakeholder_group"] for r in read("Notes")} == {"", "residents", SMALL_GROUPS}
    multi = {r["stakeholder_group"]: r["n"] for r in read("Results")
             if r["activity_id"] == ids["multi"]}
    assert multi == {"": "13", "residents": "6", SMALL_GROUPS: "7"}


def test_a_pdf_report_shows_no_small_group(workshop, tmp_path):
    from matplotlib.text import Text
    from pypdf import PdfReader

    from studio.charts import build_figure
    from studio.exchange.records import read_records
    from studio.exchange.report import outline

    path, _ = workshop
    store = WorkshopStore.open(path)
    try:
        write_report(store, tmp_path / "p.pdf")
        doc = outline(read_records(store))
    finally:
        store.close()
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "p.pdf").pages)
    assert "kleine Gruppen" in text  # the report says how groups are shown
    charts = [item for section in doc.sections for item in section.charts]
    assert [set(item.by_group) for item in charts] == [{"residents", SMALL_GROUPS}] * 2
    # The charts the report draws (as vector paths) name the residents and the small groups.
    item = charts[1]
    fig = build_figure(item.result, title="", labels=item.labels, language=doc.language,
                       size=(8.0, 4.2), dpi=100, by_group=item.by_group)
    words = " ".join(t.get_text() for t in fig.findobj(Text))
    assert "kleine Gruppen (n = 7)" in words and "Bürgerinnen und Bürger (n = 6)" in words
    assert "Wissenschaft" not in words and "Verwaltung" not in words


def test_b_merge_never_pools_a_group_one_workshop_does_not_show(tmp_path):
    # A shows its 5 scientists; B has one scientist among 8 residents and shows no groups.
    a, b = tmp_path / "a.workshop", tmp_path / "b.workshop"
    ids_a = _workshop(a, science_ballots=5, staff=0, science_tally=False)
    ids_b = _workshop(b, science_ballots=1, staff=0, residents=8, science_tally=False)
    out = tmp_path / "merged.xlsx"
    merge_files([a, b], out)
    rows = table(out, "Results")
    own = {w: {(r["stakeholder_group"], r["option_label"]): r["count"] for r in rows
               if r["activity_id"] == ids["single"]} for w, ids in (("a", ids_a), ("b", ids_b))}
    assert ("science", "Später") in own["a"]
    assert {g for g, _ in own["b"]} == {None}
    across = {(r["stakeholder_group"], r["option_label"]): r["count"] for r in rows
              if r["scope"] == "across_workshops" and r["activity_kind"] == "single_choice"}
    # Pooled science minus A's science would be B's one scientist: not published.
    assert {g for g, _ in across} == {None}
    for (group, label), count in across.items():
        if group is not None:
            for w in own:
                others = [o for o in own if o != w]
                if all((group, label) in own[o] for o in others):
                    derived = count - sum(own[o][(group, label)] for o in others)
                    assert derived == 0 or derived >= 5


def test_b_c_a_folded_export_merges_with_its_workshop_without_conflicts(workshop, book, tmp_path):
    path, _ = workshop
    out = tmp_path / "m.xlsx"
    summary = merge_files([path, book], out)
    assert summary.conflicting_rows == 0 and summary.duplicate_rows > 0
    assert {r["stakeholder_group"] for r in table(out, "Responses")} == {"residents",
                                                                         SMALL_GROUPS}
    again = tmp_path / "again.xlsx"
    merge_files([book, path], again)
    assert table(again, "Results") == table(out, "Results")

