"""Removed personal data leaves the file (issue 15, item 11).

A note edited to remove a phone number kept the old text in its edit history,
and deleted text stayed readable in free pages. The raw bytes of the file are
searched after the edit and a checkpoint.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from studio.core.notes import NoteService
from studio.core.pii import find_personal_data, redact
from studio.core.workshops import WorkshopService
from studio.store.database import WorkshopStore

PHONE = "0341 9876543"
MAIL = "anna.beispiel@example.org"


@pytest.fixture
def file_store(tmp_path: Path):
    store = WorkshopStore.create(tmp_path / "privacy.workshop")
    WorkshopService(store).create_workshop("Werkstatt")
    yield store
    store.close()


def _raw(store: WorkshopStore) -> bytes:
    store.checkpoint()
    raw = store.path.read_bytes()
    wal = store.path.with_name(store.path.name + "-wal")
    return raw + (wal.read_bytes() if wal.exists() else b"")


def test_redaction_removes_the_data_from_the_history_and_the_file(file_store) -> None:
    notes = NoteService(file_store)
    note = notes.add_note(f"Rufen Sie mich an: {PHONE}", "idea")
    notes.edit_text(note.id, f"Rufen Sie mich an: {PHONE} (abends), Mail {MAIL}")
    text = notes.notes()[0].text
    notes.edit_text(note.id, redact(text, find_personal_data(text)))
    assert notes.notes()[0].text == "Rufen Sie mich an: […] (abends), Mail […]"
    history = [r.text for r in notes.history(note.id)]
    assert history == ["Rufen Sie mich an: […]", "Rufen Sie mich an: […] (abends), Mail […]"]
    raw = _raw(file_store)
    assert PHONE.encode() not in raw and MAIL.encode() not in raw


def test_an_ordinary_edit_keeps_its_history(file_store) -> None:
    notes = NoteService(file_store)
    note = notes.add_note(f"Datenschutz zuerst, Kontakt {MAIL}", "concern")
    notes.edit_text(note.id, f"Datenschutz vor allem, Kontakt {MAIL}")
    assert [r.text for r in notes.history(note.id)] == [f"Datenschutz zuerst, Kontakt {MAIL}"]


def test_deleted_text_cannot_be_read_from_the_file(tmp_path: Path, monkeypatch) -> None:
    # Many SQLite builds (this machine's too) overwrite deleted content by default; others
    # (Windows, macOS) do not. Simulate those: every new connection starts without it.
    real_connect = sqlite3.dbapi2.connect

    def connect_without_secure_delete(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.execute("PRAGMA secure_delete=OFF")
        return conn

    monkeypatch.setattr(sqlite3.dbapi2, "connect", connect_without_secure_delete)
    store = WorkshopStore.create(tmp_path / "deleted.workshop")
    try:
        WorkshopService(store).create_workshop("Werkstatt")
        notes = NoteService(store)
        secret = "Meine Nachbarin Frau Geheimnisvoll-Xyz wohnt nebenan"
        for i in range(10):
            notes.add_note(f"Notiz {i}", "idea")
        note = notes.add_note(secret, "concern")
        for i in range(10):
            notes.add_note(f"Notiz danach {i}", "idea")
        store.checkpoint()  # the text is in the main file now
        assert secret.encode() in store.path.read_bytes()
        notes.remove_note(note.id)
        assert secret.encode() not in _raw(store)
    finally:
        store.close()
