"""Hostile workshop files (issue 15, items 7 and 8): refused on open, before anything runs.

Each file is a real workshop changed with sqlite3 the way an attacker or a
broken tool would. The app must refuse it with one sentence naming what is
wrong (table, row, column), leave it byte-for-byte unchanged, never run its
triggers or views, and the command line must exit 2 with that one line.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_support import one_line, run
from workshop_files import count, execute, rebuild_table, write_workshop

from studio.base.errors import WorkshopFileError
from studio.store.database import WorkshopStore
from studio.store.validate import ALLOWED_VALUES, SOURCES


@pytest.fixture(scope="module")
def real(tmp_path_factory) -> bytes:
    return write_workshop(tmp_path_factory.mktemp("real") / "real.workshop").read_bytes()


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


# -- item 7: triggers and views ----------------------------------------------------------------
def _delete_ballot_trigger(path: Path) -> None:
    execute(path, "CREATE TRIGGER eat AFTER INSERT ON ballot BEGIN DELETE FROM ballot"
                  " WHERE id = NEW.id; END")


def _rewrite_notes_trigger(path: Path) -> None:
    execute(path, "CREATE TRIGGER formula AFTER UPDATE ON meta BEGIN UPDATE note SET text ="
                  " '=HYPERLINK(\"http://evil.example\",\"x\")'; END")


def _note_view(path: Path) -> None:
    execute(path, "ALTER TABLE note RENAME TO note_data",
            "CREATE VIEW note AS SELECT a.* FROM note_data a, note_data b, note_data c")


def _extra_index_on_expression(path: Path) -> None:
    execute(path, "CREATE INDEX sneaky ON note (lower(text))")


HOSTILE_SCHEMA: list[tuple[str, Callable[[Path], None], str]] = [
    ("trigger-deletes-ballot", _delete_ballot_trigger, "trigger named “eat”"),
    ("trigger-rewrites-notes", _rewrite_notes_trigger, "trigger named “formula”"),
    ("view-instead-of-note-table", _note_view, "view named “note”"),
    ("foreign-index", _extra_index_on_expression, "index named “sneaky”"),
]


@pytest.mark.parametrize(("case", "attack", "words"), HOSTILE_SCHEMA,
                         ids=[c[0] for c in HOSTILE_SCHEMA])
def test_schema_objects_we_do_not_define_are_refused_before_anything_runs(
        tmp_path: Path, real: bytes, case: str, attack: Callable[[Path], None],
        words: str) -> None:
    path = tmp_path / "hostile.workshop"
    path.write_bytes(real)
    attack(path)
    before = _digest(tmp_path)
    with pytest.raises(WorkshopFileError) as info:
        WorkshopStore.open(path)
    assert words in str(info.value) and str(path) in str(info.value)
    assert "does not define" in str(info.value)
    assert _digest(tmp_path) == before  # not stamped, not migrated, no lock or WAL left


def test_trigger_never_deletes_a_ballot_through_the_cli_export(tmp_path: Path, real: bytes,
                                                               capsys) -> None:
    path = tmp_path / "hostile.workshop"
    path.write_bytes(real)
    _delete_ballot_trigger(path)
    _rewrite_notes_trigger(path)
    ballots = count(path, "ballot")
    code, _out, err = run(capsys, "export", path, "--output", tmp_path / "out.xlsx")
    assert code == 2
    assert "trigger named" in one_line(err)
    assert not (tmp_path / "out.xlsx").exists()
    assert count(path, "ballot") == ballots
    con = sqlite3.connect(path)
    assert not con.execute("SELECT count(*) FROM note WHERE text LIKE '=HYPERLINK%'").fetchone()[0]
    con.close()


# -- item 8: content the app cannot show ---------------------------------------------------------
def _drop_not_null(table: str, column: str, decl: str) -> Callable[[str], str]:
    return lambda sql: sql.replace(f"{column} {decl} NOT NULL", f"{column} {decl}")


def _null_note_text(path: Path) -> None:
    rebuild_table(path, "note", _drop_not_null("note", "text", "TEXT"),
                  lambda con: con.execute("UPDATE note SET text = NULL WHERE rowid = 2"))


def _duplicate_note_ids(path: Path) -> None:
    def after(con: sqlite3.Connection) -> None:
        con.execute("UPDATE note SET id = (SELECT id FROM note WHERE rowid = 1) WHERE rowid = 3")

    rebuild_table(path, "note", lambda sql: sql.replace("PRIMARY KEY (id), ", ""), after)


def _sql(*statements: str) -> Callable[[Path], None]:
    return lambda path: execute(path, *statements)


# (id, attack, words the one line must hold)
HOSTILE_CONTENT: list[tuple[str, Callable[[Path], None], tuple[str, ...]]] = [
    ("unknown-activity-kind", _sql("UPDATE activity SET kind = 'lottery'"),
     ("table activity, row 1, column kind", "a value the app does not know")),
    ("unknown-state", _sql("UPDATE activity SET state = 'haunted'"),
     ("table activity, row 1, column state",)),
    ("unknown-moderation", _sql("UPDATE note SET moderation = 'secret' WHERE rowid = 4"),
     ("table note, row 4, column moderation",)),
    ("unknown-source", _sql("UPDATE ballot SET source = 'robot' WHERE rowid = 5"),
     ("table ballot, row 5, column source",)),
    ("invalid-json-settings", _sql("UPDATE workshop SET settings = '{not json'"),
     ("table workshop, row 1, column settings", "not valid JSON")),
    ("json-of-wrong-shape", _sql("UPDATE activity SET settings = '[1, 2]'"),
     ("table activity, row 1, column settings",)),
    ("text-in-date-column", _sql("UPDATE note SET created_at = 'yesterday' WHERE rowid = 2"),
     ("table note, row 2, column created_at", "not a date and time")),
    ("impossible-date", _sql("UPDATE workshop SET date = '2026-13-45'"),
     ("table workshop, row 1, column date", "not a date")),
    ("text-in-number-column", _sql("UPDATE response SET value_num = 'many' WHERE rowid = 3"),
     ("table response, row 3, column value_num", "not a number")),
    ("text-in-integer-column", _sql("UPDATE activity SET position = 'first'"),
     ("table activity, row 1, column position", "not a whole number")),
    ("negative-count", _sql("UPDATE response SET count = -5 WHERE rowid = 2"),
     ("table response, row 2, column count", "negative")),
    ("null-required", _null_note_text, ("table note, row 2, column text", "empty")),
    ("missing-column", _sql("ALTER TABLE note DROP COLUMN hidden_reason"),
     ("table note", "hidden_reason")),
    ("duplicate-ids", _duplicate_note_ids, ("table note, row 1, column id", "another row")),
    ("two-workshops", _sql("INSERT INTO workshop SELECT 'x' || id, title, date, place, organiser,"
                           " facilitator, language, stakeholder_groups, note_categories,"
                           " note_tags, settings, facilitator_notes, created_at FROM workshop"),
     ("holds 2 workshops",)),
    ("dangling-reference", _sql("UPDATE note SET cluster_id = 'nowhere' WHERE rowid = 3"),
     ("table note, row 3, column cluster_id", "does not exist")),
    ("megabyte-note", _sql(f"UPDATE note SET text = '{'x' * 1_000_000}' WHERE rowid = 1"),
     ("table note, row 1, column text", "longer than 500 characters")),
    ("null-schema-version", lambda path: rebuild_table(
        path, "meta", _drop_not_null("meta", "value", "TEXT"),
        lambda con: con.execute("UPDATE meta SET value = NULL WHERE key = 'schema_version'")),
     ("table meta, row schema_version, column value",)),
    ("negative-version", _sql("UPDATE meta SET value = '-1.0' WHERE key = 'schema_version'"),
     ("table meta, row schema_version",)),
    ("older-major", _sql("UPDATE meta SET value = '0.9' WHERE key = 'schema_version'"),
     ("file format 0.9", "cannot convert")),
]


@pytest.mark.parametrize(("case", "attack", "words"), HOSTILE_CONTENT,
                         ids=[c[0] for c in HOSTILE_CONTENT])
def test_bad_content_is_refused_with_table_row_and_column(
        tmp_path: Path, real: bytes, capsys, case: str, attack: Callable[[Path], None],
        words: tuple[str, ...]) -> None:
    path = tmp_path / "bad.workshop"
    path.write_bytes(real)
    attack(path)
    before = _digest(tmp_path)
    with pytest.raises(WorkshopFileError) as info:
        WorkshopStore.open(path)
    for word in words:
        assert word in str(info.value), str(info.value)
    assert _digest(tmp_path) == before  # no backup, no lock, no stamp
    code, _out, err = run(capsys, "export", path, "--output", tmp_path / "out.xlsx")
    assert code == 2
    assert words[0] in one_line(err)
    assert _digest(tmp_path) == before


def test_the_window_shows_the_same_sentence(main_window, tmp_path: Path, real: bytes) -> None:
    path = tmp_path / "bad.workshop"
    path.write_bytes(real)
    execute(path, "UPDATE activity SET kind = 'lottery'")
    assert not main_window.open_path(path)
    assert main_window.document is None
    (_title, text), = main_window.shown_messages
    assert "table activity, row 1, column kind" in text


def test_file_vocabulary_matches_the_core() -> None:
    from studio.core.kinds import ActivityKind, ActivityState, Moderation, ScreenMode, Source

    assert ALLOWED_VALUES[("activity", "kind")] == {k.value for k in ActivityKind}
    assert ALLOWED_VALUES[("activity", "state")] == {k.value for k in ActivityState}
    assert ALLOWED_VALUES[("note", "moderation")] == {k.value for k in Moderation}
    assert ALLOWED_VALUES[("session_state", "screen_mode")] == {k.value for k in ScreenMode}
    assert {k.value for k in Source} == SOURCES


def test_a_real_workshop_and_the_demo_pass_the_checks(tmp_path: Path, real: bytes,
                                                     capsys) -> None:
    path = tmp_path / "real.workshop"
    path.write_bytes(real)
    WorkshopStore.open(path).close()
    code, _out, err = run(capsys, "demo", "--output", tmp_path / "demo.workshop")
    assert code == 0, err
    WorkshopStore.open(tmp_path / "demo.workshop").close()


@pytest.fixture
def main_window(qtbot, monkeypatch):
    """A MainWindow whose message boxes record their text instead of blocking."""
    from PySide6.QtWidgets import QMessageBox

    from studio.ui.main_window import MainWindow

    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.shown_messages = shown
    yield window
    window.close()
