"""Shared by the archive tests: small workshops, newer copies of them, archives on both backends.

An archive is a ``.studioarchive`` file or a database on the throw-away PostgreSQL
cluster (``pg_server`` in conftest.py); :func:`new_target` gives either as the
command line takes it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from workshop_files import write_workshop

from studio.core.ballots import BallotService
from studio.core.notes import NoteService
from studio.exchange.records import read_workshop_file
from studio.store.database import WorkshopStore


def small_workshops(folder: Path, seeds: range | list[int], ballots: int = 6,
                    notes: int = 3) -> list[Path]:
    """One small real workshop per seed (a different workshop id each), in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    return [write_workshop(folder / f"w{seed:02d}.workshop", ballots=ballots, notes=notes,
                           seed=seed) for seed in seeds]


def newer_copy(source: Path, target: Path, ballots: int = 3, edits: int = 2) -> Path:
    """``source`` copied to ``target``, then run on: more ballots, ``edits`` notes edited."""
    shutil.copy(source, target)
    rec = read_workshop_file(target)
    store = WorkshopStore.open(target)
    try:
        activity = rec.activities[0]["id"]
        for i in range(ballots):
            BallotService(store).cast_ballot(activity, {"value": 1 + i % 5}, "staff")
        for note in rec.notes[:edits]:
            NoteService(store).edit_text(note["id"], note["text"] + " (ergänzt)")
    finally:
        store.close()
    return target


def server_url(pg_server, password: str | None = None) -> str:
    """A fresh, empty database on the test cluster, as a plain postgresql:// address."""
    url = pg_server.new_url().replace("postgresql+psycopg://", "postgresql://")
    if password:
        url = url.replace("studio@", f"studio:{password}@")
    return url


def new_target(kind: str, folder: Path, request, name: str = "team") -> str:
    """A new archive of ``kind`` ("file" or "server"): a path or a URL (its database empty)."""
    if kind == "file":
        return str(folder / f"{name}.studioarchive")
    return server_url(request.getfixturevalue("pg_server"))
