"""Small real workshop files for the integrity tests, and ways to break them with sqlite3.

The hostile files are built the way an attacker would: with the sqlite3
module, outside the app, on a real workshop the app wrote.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from studio.core.ballots import BallotService
from studio.core.facilitation import FacilitationService
from studio.core.notes import NoteService
from studio.core.workshops import WorkshopService
from studio.store.database import WorkshopStore
from studio.store.models import reproducible


def write_workshop(path: Path, ballots: int = 20, notes: int = 6, seed: int = 11) -> Path:
    """A small real workshop (same content for the same seed), closed cleanly (no WAL left)."""
    store = WorkshopStore.create(path)
    try:
        with reproducible(seed, datetime(2026, 10, 14, 15, 0, tzinfo=timezone.utc)):
            workshops = WorkshopService(store)
            workshops.create_workshop("Bürgerwerkstatt KI")
            sc = workshops.add_scenario({"id": "heat-planning", "title": {"de": "Wärmeplanung"}})
            act = workshops.add_activity(
                sc.id, "scale", "Wie nützlich?",
                settings={"min": 1, "max": 5, "min_label": "gar nicht", "max_label": "sehr"})
            FacilitationService(store).open_voting(act.id)
            rng = random.Random(seed)
            for _ in range(ballots):
                BallotService(store).cast_ballot(act.id, {"value": rng.randint(1, 5)}, "staff")
            for i in range(notes):
                NoteService(store).add_note(f"Notiz {i}: Datenschutz zuerst", "concern")
    finally:
        store.close()
    return path


def execute(path: Path, *statements: str, params: tuple = ()) -> None:
    """Run SQL on ``path`` outside the app (as an attacker with sqlite3 would)."""
    con = sqlite3.connect(path)
    try:
        for sql in statements:
            con.execute(sql, params) if params else con.execute(sql)
        con.commit()
    finally:
        con.close()


def rebuild_table(path: Path, table: str, edit_sql: Callable[[str], str],
                  after: Callable[[sqlite3.Connection], None] | None = None) -> None:
    """Recreate ``table`` from its SQL changed by ``edit_sql`` (e.g. without NOT NULL or key)."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("PRAGMA legacy_alter_table=ON")
        sql = con.execute("SELECT sql FROM sqlite_master WHERE type='table' AND name=?",
                          (table,)).fetchone()[0]
        indexes = [r[0] for r in con.execute(
            "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name=? AND sql IS NOT NULL",
            (table,))]
        con.execute(f'ALTER TABLE "{table}" RENAME TO "_old_{table}"')
        con.execute(edit_sql(sql))
        con.execute(f'INSERT INTO "{table}" SELECT * FROM "_old_{table}"')
        con.execute(f'DROP TABLE "_old_{table}"')
        for index in indexes:
            con.execute(index)
        if after is not None:
            after(con)
        con.commit()
    finally:
        con.close()


def count(path: Path, table: str) -> int:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        con.close()
