"""The store on a real PostgreSQL server: the same services give the same workshop as on SQLite.

A large event and the strategy team's archive run against one PostgreSQL server
through the same models (issue 2). These tests start a throw-away cluster of
their own (``initdb`` in a temporary folder, reached over a unix socket only,
stopped and deleted at the end, also after a failure) and run the same service
calls on a server database and on a workshop file: the records must be equal,
row for row. They skip, saying why, where the server binaries or psycopg are
missing (``./dev test`` installs both when run as root). The cluster is
``tests/pg_support.py``'s, started once per run by the ``pg_server`` fixture of
``conftest.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pg_support import Server
from sqlalchemy import select

from studio.core.ballots import BallotService
from studio.base.errors import NewerFileError, StateError, ValidationError, WorkshopFileError
from studio.core.facilitation import FacilitationService
from studio.core.notes import NoteService
from studio.core.results_service import ResultsService
from studio.core.workshops import WorkshopService, workshop_summary
from studio.store.database import WorkshopStore
from studio.store.models import Base, Meta, reproducible

START = datetime(2026, 10, 14, 15, 0, tzinfo=timezone.utc)
RECORD_FIELDS = ("workshop", "scenarios", "activities", "options", "responses", "clusters",
                 "notes", "events", "meta")



@pytest.fixture
def pg_store(pg_server: Server) -> Iterator[WorkshopStore]:
    store = WorkshopStore.connect(pg_server.new_url(), create=True)
    yield store
    store.close()


@pytest.fixture
def file_store(tmp_path: Path) -> Iterator[WorkshopStore]:
    store = WorkshopStore.create(tmp_path / "same.workshop")
    yield store
    store.close()


# -- the oracle: every row of every table ----------------------------------------------------
def table_rows(store: WorkshopStore) -> dict[str, list[dict[str, Any]]]:
    """All rows of all tables, sorted in Python (no server collation involved)."""
    out = {}
    with store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = [dict(r) for r in conn.execute(select(table)).mappings()]
            if table.name == "meta":  # when each store was made
                rows = [r for r in rows if r["key"] != "created_at"]
            key = [c.name for c in table.primary_key.columns]
            out[table.name] = sorted(rows, key=lambda r: tuple(str(r[k]) for k in key))
    return out


def assert_same(pg: WorkshopStore, lite: WorkshopStore) -> dict[str, list[dict[str, Any]]]:
    a, b = table_rows(pg), table_rows(lite)
    for name in b:
        assert len(a[name]) == len(b[name]), name
        for row_pg, row_file in zip(a[name], b[name]):
            assert row_pg == row_file, name
    return b


def on_both(pg: WorkshopStore, lite: WorkshopStore,
            script: Callable[[WorkshopStore], Any]) -> Any:
    """Run ``script`` on both stores with the same ids and clock; its results must be equal."""
    results = []
    for store in (pg, lite):
        with reproducible(5, START):
            results.append(script(store))
    assert results[0] == results[1]
    return results[1]


# -- the tests ---------------------------------------------------------------------------------
def test_demo_workshop_is_the_same_on_a_server(pg_store, file_store):
    """The demo generator (every kind, ballots, tallies, notes, clusters, hidden notes, dots,
    the event log) through the services gives the same rows, results and exports."""
    from studio.core.demo import populate_demo
    from studio.exchange.records import read_records

    populate_demo(pg_store, "small", seed=3)
    populate_demo(file_store, "small", seed=3)
    rows = assert_same(pg_store, file_store)
    assert len(rows["response"]) > 1000 and len(rows["note"]) > 80 and rows["dot"]

    a, b = read_records(pg_store), read_records(file_store)
    for field in RECORD_FIELDS:
        assert getattr(a, field) == getattr(b, field), field
    assert workshop_summary(pg_store) == workshop_summary(file_store)
    for act in rows["activity"]:
        for results in (ResultsService(pg_store), ResultsService(file_store)):
            assert results.result(act["id"]) is not None
        assert ResultsService(pg_store).result(act["id"]) == \
            ResultsService(file_store).result(act["id"])
        assert ResultsService(pg_store).by_group(act["id"]) == \
            ResultsService(file_store).by_group(act["id"])
    assert NoteService(pg_store).dot_ranking() == NoteService(file_store).dot_ranking()
    timers = [FacilitationService(st).timer(START) for st in (pg_store, file_store)]
    assert timers[0] == timers[1]


def _live_session(store: WorkshopStore) -> dict[str, Any]:
    """A session with what the demo does not do: undo, reset, timer, edits, long Unicode text."""
    workshops, ballots = WorkshopService(store), BallotService(store)
    facilitation, notes = FacilitationService(store), NoteService(store)
    long_key = "gruppe_" + "x" * 90  # keys are free text: longer than the old VARCHAR(64)
    workshops.create_workshop(
        "Bürgerwerkstatt 🏙️ ورشة", place="Neues Rathaus, " + "Festsaal " * 60,
        stakeholder_groups=[{"key": "residents", "de": "Bürger", "en": "Residents"},
                            {"key": long_key, "de": "Lang", "en": "Long"}],
        note_categories=[{"key": "hope", "de": "Hoffnung", "en": "Hope"},
                         {"key": "kategorie_" + "y" * 80, "de": "Lang", "en": "Long"}])
    workshops.update(organiser="Referat Digitale Stadt " * 30, facilitator="Ünal Öztürk")
    sc = workshops.add_scenario({"id": "chatbot", "version": "2026-10-01 " * 10,
                                 "title": {"de": "Chatbot", "en": "Chatbot"}})
    sc2 = workshops.add_scenario({"id": "heat-plan"}, position=0)
    ids = {}
    specs: dict[str, dict[str, Any]] = {
        "single_choice": {"options": ["Ja", "Nein", "Weiß nicht"]},
        "multiple_choice": {"options": ["A", "B", "C"], "settings": {"max_choices": 2}},
        "scale": {"settings": {"min": 1, "max": 5, "min_label": "nie", "max_label": "immer",
                               "allow_dont_know": True}},
        "points": {"options": ["P", "Q"], "settings": {"budget": 10}},
        "ranking": {"options": ["R1", "R2", "R3"]},
        "matrix": {"settings": {"x_label": "Risiko", "y_label": "Nutzen"}},
        "statements": {"options": ["KI entscheidet nie allein.", "Daten bleiben in Leipzig."]},
        "notes": {},
    }
    for kind, spec in specs.items():
        act = workshops.add_activity(sc.id, kind, f"Frage zu {kind} ✓", timebox_minutes=3,
                                     **spec)
        ids[kind] = (act.id, [o.id for o in act.options])
        facilitation.open_voting(act.id)
    workshops.move_scenario(sc.id, 0)
    workshops.move_activity(ids["matrix"][0], 0)
    single, opts = ids["single_choice"]
    answers = {
        "single_choice": {"option": opts[0]},
        "multiple_choice": {"options": ids["multiple_choice"][1][:2]},
        "scale": {"value": 4},
        "points": {"points": {ids["points"][1][0]: 7, ids["points"][1][1]: 3}},
        "ranking": {"order": list(reversed(ids["ranking"][1]))},
        "matrix": {"x": 0.125, "y": 0.875},
        "statements": {"votes": dict(zip(ids["statements"][1], ["agree", "pass"]))},
    }
    cast = []
    for group in ("residents", long_key, None):
        for kind, answer in answers.items():
            cast.append(ballots.cast_ballot(ids[kind][0], answer, group))
    cast.append(ballots.cast_ballot(ids["scale"][0], {"dont_know": True}))
    failures = []
    for bad in ({"value": 9}, {"option": "nope"}):
        try:
            ballots.cast_ballot(ids["scale"][0], bad)
        except ValidationError as exc:
            failures.append(str(exc))
    tallies = ballots.record_tally(single, {opts[1]: 4, opts[2]: 2}, stakeholder_group=long_key)
    withdrawn = ballots.withdraw_last_ballot(ids["matrix"][0])
    facilitation.reveal(single)
    facilitation.close_voting(ids["points"][0])
    reset = facilitation.reset(ids["ranking"][0])
    try:
        ballots.cast_ballot(ids["ranking"][0], answers["ranking"])
    except StateError as exc:
        failures.append(str(exc))
    try:
        workshops.remove_activity(single)
    except StateError as exc:
        failures.append(str(exc))
    spare = workshops.add_activity(sc2.id, "scale", "Entwurf", position=0, settings={
        "min": 0, "max": 10, "min_label": "0", "max_label": "10"})
    workshops.remove_activity(spare.id)

    facilitation.set_current(sc.id, single)
    facilitation.set_screen_mode("results")
    facilitation.set_participant_mode(True)
    facilitation.start_timer(single, now=START)
    facilitation.pause_timer(now=START + timedelta(seconds=75.5))
    facilitation.extend_timer(30)
    facilitation.start_timer(single, now=START + timedelta(seconds=100))
    facilitation.log("screen_blanked", single, reason="Pause ☕")

    notes_act = ids["notes"][0]
    made = [notes.add_note(text, cat, scenario_id=sc.id, activity_id=notes_act,
                           stakeholder_group=grp, tags=tags)
            for text, cat, grp, tags in [
                ("Mehr Transparenz 👍", "hope", "residents", ["transparency"]),
                ("مرحبا — datenschutz?", "kategorie_" + "y" * 80, long_key, []),
                ("Doppelt", "hope", None, ["privacy", "fairness"]),
                ("Doppelt!", "hope", None, []),
                ("Bitte anrufen: 0341 1234567", "hope", None, [])]]
    n = [m.id for m in made]
    notes.edit_text(n[0], "Mehr Transparenz, bitte 👍")
    notes.edit_text(n[0], "Mehr Transparenz!")
    notes.revert_edit(n[0])
    notes.set_tags(n[1], ["privacy"])
    notes.set_category(n[1], "hope")
    notes.hide(n[4], "personal data")
    notes.hide(n[1], "test")
    notes.unhide(n[1])
    notes.merge(n[2], n[3])
    cluster = notes.create_cluster("Vertrauen", [n[0], n[2]], color="#FFE08A" * 3,
                                   scenario_id=sc.id, pos=(10.5, -3.25))
    notes.rename_cluster(cluster.id, "  Vertrauen   &  Kontrolle ")
    other = notes.create_cluster("Weg damit", [n[1]])
    notes.assign([n[1]], cluster.id)
    notes.delete_cluster(other.id)
    notes.move_notes({n[0]: (1.5, 2.5), n[1]: (300.0, 40.25)})
    dots = notes.cast_dots([("note", n[0]), ("note", n[0]), ("cluster", cluster.id)])
    removed = notes.cast_dots([("note", n[1])])
    notes.withdraw_dots(removed)
    snap = notes.snapshot_notes([n[1]])
    notes.remove_notes([n[1]])
    notes.restore_notes(snap)
    try:
        notes.cast_dots([("note", n[4])])
    except ValidationError as exc:
        failures.append(str(exc))

    results = ResultsService(store)
    return {
        "cast": cast, "tallies": tallies, "withdrawn": withdrawn, "reset": reset,
        "failures": failures, "dots": dots,
        "counts": {k: ballots.ballot_count(a) for k, (a, _) in ids.items()},
        "results": {k: results.result(a) for k, (a, _) in ids.items() if k != "notes"},
        "by_group": results.by_group(single),
        "timer": FacilitationService(store).timer(START + timedelta(seconds=130)),
        "history": [r.text for r in notes.history(n[0])],
        "dot_counts": notes.dot_counts(),
        "ranking": notes.dot_ranking(),
        "visible": [m.text for m in notes.notes(include_hidden=False)],
        "clusters": [(c.name, c.color, c.pos_x, c.pos_y) for c in notes.clusters()],
        "agenda": [(s.card_id, [(a.kind, a.state, a.position) for a in s.activities])
                   for s in workshops.agenda()],
        "summary": workshop_summary(store),
        "second_scenario": sc2.id,
    }


def test_live_session_is_the_same_on_a_server(pg_store, file_store):
    outcome = on_both(pg_store, file_store, _live_session)
    assert len(outcome["failures"]) == 5  # refused input is refused on both, nothing written
    assert outcome["withdrawn"] and outcome["reset"] == 3
    assert outcome["history"] == ["Mehr Transparenz 👍"]
    rows = assert_same(pg_store, file_store)
    assert any(len(r["place"]) > 300 for r in rows["workshop"])
    assert sum(r["withdrawn_at"] is not None for r in rows["ballot"]) == 4


def test_file_copied_to_a_server_and_back(pg_server, file_store, tmp_path):
    """The archive's way: a workshop file's records restored into a server database, then
    exported from there: the same records, the same export."""
    from studio.core.demo import populate_demo
    from studio.core.restore import restore_workshop
    from studio.exchange.csv_export import export_csv
    from studio.exchange.records import read_records
    from studio.exchange.xlsx_export import export_workbook
    from studio.exchange.xlsx_import import read_export, to_restore

    populate_demo(file_store, "small", seed=9)
    server = WorkshopStore.connect(pg_server.new_url(), create=True)
    try:
        restore_workshop(server, to_restore(read_records(file_store)))
        a, b = read_records(server), read_records(file_store)
        for field in RECORD_FIELDS:
            assert getattr(a, field) == getattr(b, field), field

        export_workbook(server, tmp_path / "server.xlsx")
        export_workbook(file_store, tmp_path / "file.xlsx")
        (from_server,), (from_file,) = read_export(tmp_path / "server.xlsx"), \
            read_export(tmp_path / "file.xlsx")
        for field in RECORD_FIELDS[:-1]:
            assert getattr(from_server, field) == getattr(from_file, field), field

        export_csv(server, tmp_path / "server-csv")
        export_csv(file_store, tmp_path / "file-csv")
        for csv in sorted((tmp_path / "file-csv").glob("*.csv")):
            if csv.name != "About.csv":  # names the source file
                assert (tmp_path / "server-csv" / csv.name).read_bytes() == csv.read_bytes()
    finally:
        server.close()


def test_ballots_on_a_server_are_committed_and_survive_a_restart(pg_server, pg_store):
    """cast_ballot returns after the server's durable commit; a server restart between two
    votes costs no vote (the first after it does not fail)."""
    from sqlalchemy import create_engine, func, text

    from studio.store.models import Ballot

    workshops = WorkshopService(pg_store)
    workshops.create_workshop("Neustart")
    sc = workshops.add_scenario({"id": "c"})
    act = workshops.add_activity(sc.id, "single_choice", "?", options=["a", "b"])
    FacilitationService(pg_store).open_voting(act.id)
    ballots = BallotService(pg_store)
    first = ballots.cast_ballot(act.id, {"option": act.options[0].id})
    with pg_store.engine.connect() as conn:
        assert conn.execute(text("SHOW synchronous_commit")).scalar() == "on"
    pg_server.restart()
    second = ballots.cast_ballot(act.id, {"option": act.options[1].id})
    # Another connection (another laptop) sees both at once: they are committed.
    other = create_engine(pg_store.engine.url)
    try:
        with other.connect() as conn:
            ids = set(conn.scalars(select(Ballot.id)))
            assert ids == {first, second}
            assert conn.scalar(select(func.count()).select_from(Ballot)) == 2
    finally:
        other.dispose()
    assert ballots.ballot_count(act.id) == 2


def test_export_reads_one_moment_of_a_running_server_workshop(pg_store):
    """An export taken while votes come in sees one consistent moment (REPEATABLE READ)."""
    from sqlalchemy import func

    from studio.core.snapshot import snapshot
    from studio.store.models import Response

    workshops = WorkshopService(pg_store)
    workshops.create_workshop("Live")
    sc = workshops.add_scenario({"id": "c"})
    act = workshops.add_activity(sc.id, "single_choice", "?", options=["a", "b"])
    FacilitationService(pg_store).open_voting(act.id)
    ballots = BallotService(pg_store)
    ballots.cast_ballot(act.id, {"option": act.options[0].id})
    count = select(func.count()).select_from(Response)
    with snapshot(pg_store) as conn:
        before = conn.scalar(count)
        ballots.cast_ballot(act.id, {"option": act.options[1].id})
        assert conn.scalar(count) == before == 1
    assert ballots.ballot_count(act.id) == 2


def test_connecting_to_a_server_says_what_is_wrong(pg_server, pg_store, tmp_path):
    url = str(pg_store.engine.url.render_as_string(hide_password=False))
    WorkshopService(pg_store).create_workshop("Schon da")
    with pytest.raises(WorkshopFileError, match="already holds"):
        WorkshopStore.connect(url, create=True)
    with pytest.raises(WorkshopFileError, match="holds no Co-Design Studio workshop"):
        WorkshopStore.connect(pg_server.new_url())
    missing = url.replace("studio@", "studio:geheim@").rsplit("/", 1)[0] + "/gibtsnicht?" + \
        url.split("?", 1)[1]
    with pytest.raises(WorkshopFileError, match="does not exist") as err:
        WorkshopStore.connect(missing)
    assert "geheim" not in str(err.value)
    with pytest.raises(WorkshopFileError, match="not a database address"):
        WorkshopStore.connect("nosuchdriver://x/y")
    with pytest.raises(WorkshopFileError, match="cannot be saved as a file"):
        pg_store.save_as(tmp_path / "copy.workshop")
    assert not (tmp_path / "copy.workshop").exists()

    def set_version(value: str) -> None:
        with pg_store.session() as s:
            s.get(Meta, "schema_version").value = value

    set_version("1.0")  # an older database is migrated on connect
    again = WorkshopStore.connect(url)
    assert again.meta()["schema_version"] == "1.1"
    assert WorkshopService(again).get().title == "Schon da"
    again.close()
    set_version("2.0")
    with pytest.raises(NewerFileError):
        WorkshopStore.connect(url)
