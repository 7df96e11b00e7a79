"""The strategy team's archive: ``studio archive add|list|remove`` and ``studio merge ARCHIVE``.

Driven through ``studio.cli.main`` as staff script it, on a ``.studioarchive`` file
and on a real PostgreSQL server (the throw-away cluster of ``tests/pg_support.py``;
those cases skip where PostgreSQL is not installed): the same calls give the same
results on both. Each workshop is in the archive exactly once; adding it again
changes nothing, a newer copy replaces it and says what changed, an older copy is
kept out; bad inputs are named one line each, the others added, exit 2.
"""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
from pathlib import Path

import pytest
from archive_support import new_target, newer_copy, server_url, small_workshops
from cli_support import run
from openpyxl import load_workbook

from studio.archive import open_archive
from studio.archive.content import fingerprint
from studio.archive.store import shown_target
from studio.core.notes import NoteService
from studio.exchange.records import read_workshop_file
from studio.store.database import WorkshopStore

BACKENDS = ["file", "server"]


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# -- the same calls, the same results on a file and a server ------------------------------------
def _session(target: str, inputs: dict[str, Path], out: Path, capsys) -> list[tuple]:
    """One strategy team's day with an archive; every call's (code, stdout, stderr)."""
    steps = [
        ("archive", "add", target, inputs["w01"], inputs["w02"], "--city", "Leipzig"),
        ("archive", "add", target, inputs["w01"], inputs["w02.xlsx"], inputs["w03"],
         inputs["damaged"]),
        ("archive", "add", target, inputs["w01-newer"]),
        ("archive", "add", target, inputs["w01"]),
        ("archive", "list", target),
        ("archive", "list", target, "--json"),
        ("archive", "remove", target, "WS3"),
        ("archive", "remove", target, "WS3"),
        ("archive", "list", target),
        ("merge", target, "--output", out),
    ]
    ids = {}
    results = []
    for step in steps:
        step = tuple(ids.get(a, a) for a in step)
        code, stdout, stderr = run(capsys, *step)
        if "--json" in step:
            listed = json.loads(stdout)["workshops"]
            ids["WS3"] = next(w["workshop_id"][:8] for w in listed if w["added_from"] ==
                              "w03.workshop")
            for w in listed:
                w.pop("added_at")
            stdout = json.dumps(listed, sort_keys=True)
        for shown in (shown_target(target), str(target)):
            stdout, stderr = stdout.replace(shown, "ARCHIVE"), stderr.replace(shown, "ARCHIVE")
        results.append((code, stdout.replace(str(out), "OUT"), stderr))
    return results


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    """Three small workshops, a newer copy of the first, the export of the second, a damaged file."""
    folder = tmp_path_factory.mktemp("inputs")
    w01, w02, w03 = small_workshops(folder, [1, 2, 3])
    newer = newer_copy(w01, folder / "w01-newer.workshop", ballots=3, edits=2)
    code = run_main("export", w02, "--output", folder / "w02.xlsx")
    assert code == 0
    damaged = folder / "damaged.workshop"
    damaged.write_bytes(w03.read_bytes()[:3000])
    return {"w01": w01, "w02": w02, "w03": w03, "w01-newer": newer,
            "w02.xlsx": folder / "w02.xlsx", "damaged": damaged}


def run_main(*args: object) -> int:
    from studio.cli import main

    return main([str(a) for a in args])


def test_every_command_gives_the_same_on_a_file_and_a_server(inputs, tmp_path, request,
                                                            capsys):
    before = {name: path.read_bytes() for name, path in inputs.items()}
    outcomes = {}
    for kind in BACKENDS:
        folder = tmp_path / kind
        folder.mkdir()
        target = new_target(kind, folder, request)
        outcomes[kind] = _session(target, inputs, folder / "merged.xlsx", capsys)
    assert outcomes["file"] == outcomes["server"]

    (add1, add2, newer, older, listed, as_json, removed, again, after, merged) = outcomes["file"]
    assert add1[0] == 0 and add1[2] == ""
    assert lines(add1[1])[0].startswith("w01.workshop: added “Bürgerwerkstatt KI” (Leipzig, ")
    assert lines(add1[1])[-1] == ("ARCHIVE: 2 added, 0 replaced, 0 already there, 0 kept (newer "
                                  "copy there), 0 could not be added.")
    # the same workshop again, its export (the same moment), a new one, and a damaged file
    assert add2[0] == 2
    out = lines(add2[1])
    assert out[0] == ("w01.workshop: “Bürgerwerkstatt KI” is already in the archive with the "
                      "same content; nothing changed.")
    assert out[1].startswith("w02.xlsx: the archive holds a copy of “Bürgerwerkstatt KI” that "
                             "is as new or newer (from w02.workshop, last change 2026-10-14 ")
    assert out[2].startswith("w03.workshop: added")
    assert out[-1].endswith("1 added, 0 replaced, 1 already there, 1 kept (newer copy there), "
                            "1 could not be added.")
    assert len(lines(add2[2])) == 1 and "damaged.workshop" in add2[2]
    assert "Traceback" not in add2[2]
    # a newer copy replaces the archived one and says what changed
    assert newer[0] == 0
    assert lines(newer[1])[0] == ("w01-newer.workshop: replaced the archived copy of "
                                  "“Bürgerwerkstatt KI” (from w01.workshop) with this newer one: "
                                  "new ballots: 3, notes edited: 2.")
    # the older copy after it: kept out
    assert "it was kept, nothing changed." in older[1] and older[0] == 0
    table = lines(listed[1])
    assert table[0].split() == ["ID", "City/organiser", "Date", "Title", "Scenarios",
                                "Activities", "Ballots", "Notes", "Added", "from"]
    assert len(table) == 5 and table[-1] == "ARCHIVE: workshops 3, ballots 21, notes 9."
    rows = json.loads(as_json[1])
    assert sorted(w["added_from"] for w in rows) == ["w01-newer.workshop", "w02.workshop",
                                                     "w03.workshop"]
    assert [w["ballots"] for w in rows if w["added_from"] == "w01-newer.workshop"] == [9]
    assert [w["city"] for w in rows] == ["", "Leipzig", "Leipzig"]  # sorted by city
    assert removed[0] == 0 and removed[1].startswith("Removed “Bürgerwerkstatt KI” (")
    assert again[0] == 2 and "holds no workshop" in again[2] and lines(again[2]) == [
        again[2].strip()]
    assert "workshops 2," in after[1]
    assert merged[0] == 0 and merged[1].strip() == "OUT"
    for name, path in inputs.items():
        assert path.read_bytes() == before[name], name
    # a merged workbook is an input too: each of its workshops is added
    code, out, _err = run(capsys, "archive", "add", tmp_path / "again.studioarchive",
                          tmp_path / "file" / "merged.xlsx")
    assert code == 0 and "2 added" in out and out.count("merged.xlsx: added") == 2
    # both merged workbooks hold the same rows
    books = [load_workbook(tmp_path / kind / "merged.xlsx", read_only=True) for kind in BACKENDS]
    for sheet in ("Workshops", "Scenarios", "Activities", "Responses", "Notes", "EventLog"):
        values = [[row for row in book[sheet].iter_rows(values_only=True)] for book in books]
        assert values[0] == values[1], sheet
        assert len(values[0]) > 1, sheet


# -- adding: once, newer, older ------------------------------------------------------------------
@pytest.mark.parametrize("kind", BACKENDS)
def test_a_workshop_is_there_once_and_a_newer_copy_replaces_it(kind, tmp_path, request, capsys):
    (w,) = small_workshops(tmp_path / "in", [7], ballots=5, notes=4)
    target = new_target(kind, tmp_path, request)
    assert run(capsys, "archive", "add", target, w)[0] == 0
    with open_archive(target) as archive:
        rows_before = archive.count_rows()
        (first,) = archive.workshops()
    assert first.ballots == 5 and first.notes == 4 and first.scenarios == 1

    code, out, err = run(capsys, "archive", "add", target, w, w)
    assert code == 0 and err == ""
    assert out.count("already in the archive with the same content; nothing changed.") == 2
    with open_archive(target) as archive:
        assert archive.count_rows() == rows_before
        assert archive.workshops() == (first,)

    newer = newer_copy(w, tmp_path / "in" / "later.workshop", ballots=4, edits=1)
    code, out, _ = run(capsys, "archive", "add", target, newer)
    assert code == 0
    assert "replaced the archived copy of “Bürgerwerkstatt KI” (from w07.workshop) with this " \
           "newer one: new ballots: 4, notes edited: 1" in out
    code, out, _ = run(capsys, "archive", "add", target, w)  # the older copy again
    assert code == 0 and "that is as new or newer (from later.workshop" in out
    with open_archive(target) as archive:
        (now,) = archive.workshops()
        rec = archive.records(now.workshop_id)
    assert now.workshop_id == first.workshop_id and now.ballots == 9
    assert now.added_from == "later.workshop"
    assert sum(n["text"].endswith("(ergänzt)") for n in rec.notes) == 1
    assert fingerprint(rec) == now.fingerprint  # read back exactly as added


@pytest.mark.parametrize("kind", BACKENDS)
def test_city_and_place_come_from_the_workshop_or_the_options(kind, tmp_path, request, capsys):
    from studio.core.workshops import WorkshopService

    (w,) = small_workshops(tmp_path / "in", [8])
    store = WorkshopStore.open(w)
    try:
        WorkshopService(store).update(organiser="Stadt Hamburg", place="Rathaus Altona")
    finally:
        store.close()
    target = new_target(kind, tmp_path, request)
    run(capsys, "archive", "add", target, w)
    with open_archive(target) as archive:
        (ws,) = archive.workshops()
    assert (ws.city, ws.place) == ("Stadt Hamburg", "Rathaus Altona")
    code, out, _ = run(capsys, "archive", "add", target, w, "--city", "Hamburg", "--place",
                       "Bürgerhaus Wilhelmsburg")
    assert code == 0 and "its city or place was updated (Hamburg)" in out
    with open_archive(target) as archive:
        (ws,) = archive.workshops()
        rec = archive.records(ws.workshop_id)
    assert (ws.city, ws.place) == ("Hamburg", "Bürgerhaus Wilhelmsburg")
    assert rec.workshop["place"] == "Rathaus Altona"  # the workshop's own metadata untouched


# -- bad inputs ----------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", BACKENDS)
def test_bad_inputs_are_named_one_line_each_and_the_others_added(kind, tmp_path, request,
                                                                 capsys):
    folder = tmp_path / "in"
    good, other = small_workshops(folder, [4, 5])
    (folder / "junk.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "cut.workshop").write_bytes(good.read_bytes()[:5000])
    (folder / "notes.txt").write_text("Datenschutz zuerst\n", encoding="utf-8")
    (folder / "a-folder.workshop").mkdir()
    target = new_target(kind, tmp_path, request)
    before = snapshot(folder)
    code, out, err = run(capsys, "archive", "add", target, good, folder / "junk.xlsx",
                         folder / "cut.workshop", folder / "missing.workshop",
                         folder / "notes.txt", folder / "a-folder.workshop",
                         tmp_path / "other.studioarchive", other)
    assert code == 2
    problems = lines(err)
    assert len(problems) == 6 and err.endswith("\n") and "Traceback" not in err
    for problem, name in zip(problems, ["junk.xlsx", "cut.workshop", "missing.workshop",
                                        "notes.txt", "a-folder.workshop",
                                        "other.studioarchive"]):
        assert problem.startswith("studio: ") and name in problem, problem
    assert "is an archive, not a workshop file or export" in problems[-1]
    assert "6 could not be added." in out and "2 added" in out
    with open_archive(target) as archive:
        assert sorted(w.added_from for w in archive.workshops()) == ["w04.workshop",
                                                                     "w05.workshop"]
    assert snapshot(folder) == before
    assert not (tmp_path / "other.studioarchive").exists()


def test_what_is_not_an_archive_is_refused_and_left_alone(tmp_path, capsys):
    (w,) = small_workshops(tmp_path / "in", [6])
    before = w.read_bytes()
    code, out, err = run(capsys, "archive", "add", w, w)
    assert code == 2 and out == ""
    assert err.strip() == (f"studio: {w} is not an archive: an archive file ends in "
                           ".studioarchive (or give a postgresql:// address).")
    disguised = tmp_path / "disguised.studioarchive"
    shutil.copy(w, disguised)
    for path in (disguised, tmp_path / "random.studioarchive"):
        if not path.exists():
            path.write_bytes(b"\x00\x01random bytes" * 50)
        data = path.read_bytes()
        code, _out, err = run(capsys, "archive", "list", path)
        assert code == 2 and err.strip() == f"studio: {path} is not a Co-Design Studio archive."
        code, _out, err = run(capsys, "archive", "add", path, w)
        assert code == 2 and "is not a Co-Design Studio archive" in err
        assert path.read_bytes() == data
    missing = tmp_path / "none.studioarchive"
    for command in (("list", missing), ("remove", missing, "abcd")):
        code, _out, err = run(capsys, "archive", *command)
        assert code == 2 and "does not exist" in err and len(lines(err)) == 1
    assert not missing.exists()
    assert w.read_bytes() == before
    # nothing half-made beside the archives: no temporary file, no journal left
    run(capsys, "archive", "add", tmp_path / "team.studioarchive", w)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_server_address_never_shows_its_password(pg_server, tmp_path, capsys):
    (w,) = small_workshops(tmp_path / "in", [9])
    url = server_url(pg_server, password="s3cr3t-Pa55")
    results = [run(capsys, "archive", "add", url, w), run(capsys, "archive", "list", url),
               run(capsys, "archive", "list", url, "--json"),
               run(capsys, "archive", "list", url.replace("workshop_", "missing_"))]
    for _code, out, err in results:
        assert "s3cr3t" not in out + err
    assert results[0][0] == 0 and "studio:***@" in results[0][1]
    code, _out, err = results[3]
    assert code == 2 and len(lines(err)) == 1 and "could not be reached" in err
    assert "postgresql://studio:***@/missing_" in err


# -- the door for a UI and the merge -------------------------------------------------------------
def test_open_archive_hands_out_frozen_read_models(tmp_path):
    from studio.core.demo import generate_demo
    from studio.exchange.merge import read_input

    demo = tmp_path / "demo.workshop"
    generate_demo(demo).close()
    store = WorkshopStore.open(demo)
    try:  # a note hidden for personal data: its text stays out of the archive, as of an export
        notes = NoteService(store)
        victim = notes.add_note("Ruft mich an: 0341 1234567, Anna Muster", "idea")
        notes.hide(victim.id, "Personal data")
    finally:
        store.close()
    with open_archive(tmp_path / "a.studioarchive", create=True) as archive:
        outcome = archive.add(read_input(demo)[0], str(demo), "workshop")
        assert outcome.status == "added" and outcome.workshop.added_from == "demo.workshop"
        (listed,) = archive.workshops()
        with pytest.raises(dataclasses.FrozenInstanceError):
            listed.title = "changed"  # type: ignore[misc]
        content = archive.content(listed.workshop_id)
        with pytest.raises(TypeError):
            content.notes[0]["text"] = "changed"  # type: ignore[index]
        rec = archive.records(listed.workshop_id)
        rec.notes.clear()
        assert len(archive.records(listed.workshop_id).notes) == listed.notes
    hidden = [n for n in content.notes if n["id"] == victim.id]
    assert hidden and "0341" not in hidden[0]["text"] and "Anna" not in hidden[0]["text"]
    assert "0341" in {n["id"]: n["text"] for n in read_workshop_file(demo).notes}[victim.id]
    assert len(content.responses) == read_workshop_file(demo).counts()["ballots"] or \
        len(content.responses) > 1000
    assert re.fullmatch(r"[0-9a-f]{64}", listed.fingerprint)


@pytest.mark.parametrize("kind", BACKENDS)
def test_outlines_are_the_workshops_and_their_scenarios_alone(kind, tmp_path, request):
    """What the paper reads for its pilots' titles and group names: each workshop's own
    record and scenarios, as all its records hold them, without answers or notes."""
    paths = small_workshops(tmp_path / "in", [1, 2])
    from studio.exchange.merge import read_input

    with open_archive(new_target(kind, tmp_path, request), create=True) as archive:
        for path in paths:
            archive.add(read_input(path)[0], path.name)
        full = archive.all_records()
        outlines = archive.outlines()
    assert [o.id for o in outlines] == [r.id for r in full]
    for o, r in zip(outlines, full, strict=True):
        assert o.workshop == r.workshop and o.scenarios == r.scenarios and o.scenarios
        assert not (o.responses or o.notes or o.activities or o.events)
