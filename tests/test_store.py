"""The workshop file: durability settings, schema version, ids, copies."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from studio.base.errors import NewerFileError, WorkshopFileError
from studio.core.workshops import WorkshopService
from studio.store import schema
from studio.store.database import WorkshopStore
from studio.store.models import Note, reproducible, utcnow


def test_file_uses_wal_full_sync_and_foreign_keys(file_store):
    with file_store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_new_file_records_schema_version(file_store):
    meta = file_store.meta()
    assert meta["schema_version"] == schema.SCHEMA_VERSION
    assert meta["created_with"]


def test_records_have_uuid_ids(file_store):
    ws = WorkshopService(file_store).get()
    assert uuid.UUID(ws.id).version == 4


def test_create_refuses_existing_file(file_store):
    with pytest.raises(WorkshopFileError, match="already exists"):
        WorkshopStore.create(file_store.path)


def test_reopen_keeps_data(file_store):
    path = file_store.path
    WorkshopService(file_store).update(place="Leipzig")
    file_store.close()
    again = WorkshopStore.open(path)
    assert WorkshopService(again).get().place == "Leipzig"
    again.close()


def test_newer_major_version_is_refused_and_file_untouched(tmp_path):
    path = tmp_path / "future.workshop"
    st = WorkshopStore.create(path)
    WorkshopService(st).create_workshop("Zukunft")
    with st.session() as s:
        s.execute(text("UPDATE meta SET value='2.0' WHERE key='schema_version'"))
    st.checkpoint()
    st.close()
    before = path.read_bytes()
    with pytest.raises(NewerFileError, match="newer version"):
        WorkshopStore.open(path)
    assert path.read_bytes() == before


def test_newer_minor_version_opens(tmp_path):
    path = tmp_path / "minor.workshop"
    st = WorkshopStore.create(path)
    WorkshopService(st).create_workshop("Minor")
    with st.session() as s:
        s.execute(text(f"UPDATE meta SET value='{schema.CURRENT[0]}.99' WHERE key='schema_version'"))
    st.close()
    WorkshopStore.open(path).close()


def test_older_file_is_backed_up_then_migrated(tmp_path):
    path = tmp_path / "old.workshop"
    st = WorkshopStore.create(path)
    WorkshopService(st).create_workshop("Alt")
    with st.session() as s:
        s.execute(text("UPDATE meta SET value='1.0' WHERE key='schema_version'"))
    st.checkpoint()
    st.close()
    original = path.read_bytes()
    migrated = WorkshopStore.open(path)
    assert migrated.meta()["schema_version"] == schema.SCHEMA_VERSION
    assert WorkshopService(migrated).get().title == "Alt"
    migrated.close()
    backups = list(tmp_path.glob("old.backup-v1.0*.workshop"))
    assert len(backups) == 1 and backups[0].read_bytes() == original


def test_save_as_writes_a_standalone_copy(file_store, tmp_path):
    WorkshopService(file_store).update(title="Kopie")
    target = tmp_path / "copy.workshop"
    file_store.save_as(target)
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT title FROM workshop").fetchone()[0] == "Kopie"
    conn.close()
    assert not list(tmp_path.glob(".copy.workshop.*"))  # no temporary left behind


def test_timestamps_come_back_as_aware_utc(store):
    from studio.core.notes import NoteService

    note = NoteService(store).add_note("Text", "hope")
    with store.reader() as s:
        loaded = s.get(Note, note.id)
    assert loaded.created_at.tzinfo is not None
    assert abs(loaded.created_at - utcnow()) < timedelta(minutes=1)


def test_reproducible_ids_and_clock():
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    with reproducible(7, start):
        from studio.store.models import new_id

        first = [new_id() for _ in range(3)], utcnow()
    with reproducible(7, start):
        second = [new_id() for _ in range(3)], utcnow()
    assert first == second
    assert first[1] > start


def test_schema_compiles_for_postgresql():
    """The same models serve a PostgreSQL server for large events and the archive."""
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex, CreateTable

    from studio.store.models import Base

    for table in Base.metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=postgresql.dialect()))
        assert "CREATE TABLE" in ddl
        for index in table.indexes:
            str(CreateIndex(index).compile(dialect=postgresql.dialect()))


def test_atomic_outputs_get_normal_permissions(tmp_path):
    import os

    from studio.store.atomic import atomic_path

    target = tmp_path / "out.txt"
    old = os.umask(0o022)
    try:
        with atomic_path(target) as tmp:
            tmp.write_text("x")
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_failed_atomic_write_leaves_nothing_and_keeps_the_old_file(tmp_path):
    import pytest as _pytest

    from studio.store.atomic import atomic_path

    target = tmp_path / "out.txt"
    target.write_text("old")
    with _pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("crash while writing")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_atomic_folders_get_normal_permissions(tmp_path):
    import os

    from studio.store.atomic import atomic_dir

    target = tmp_path / "csv"
    old = os.umask(0o022)
    try:
        with atomic_dir(target) as tmp:
            (tmp / "a.csv").write_text("x")
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o755
