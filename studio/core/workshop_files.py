"""Workshop files: open, create, copy and read one without changing it.

The door through which the UI reaches a workshop's storage (the CLI and the
exchange use it too): it gets a :data:`Storage` handle here, hands it to the
services in :mod:`studio.core` and closes it when done. The UI never imports
:mod:`studio.store` (``lint-imports`` holds it to that).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TypeAlias

from studio.store.atomic import folder_in_the_way
from studio.store.database import WorkshopStore, inspect_file

#: An open workshop (a file, an in-memory database or a server database). Callers
#: only pass it on to services and close it with ``close()``.
Storage: TypeAlias = WorkshopStore

__all__ = [
    "Storage",
    "create_workshop_file",
    "folder_in_the_way",  # the message for a folder where an output file should go
    "memory_workshop",
    "open_readonly",
    "open_workshop",
    "save_copy",
]


def open_workshop(path: Path, *, read_only: bool = False) -> Storage:
    """Open a .workshop file for running it (migrates an older file after a backup).

    ``read_only``: a private copy, for a file another app has open (its lock says who).
    """
    return WorkshopStore.open(Path(path), read_only=read_only)


def memory_workshop() -> Storage:
    """An empty in-memory workshop database (tests, previews); add the workshop via a service."""
    return WorkshopStore.memory()


def create_workshop_file(path: Path, title: str, *, date: date | None = None, place: str = "",
                         facilitator: str = "", language: str = "de") -> None:
    """Write a new .workshop file holding an empty workshop, then close it.

    On any failure the half-made file is removed; an existing file is never
    touched (it is refused with a clear message).
    """
    from studio.core.workshops import WorkshopService

    path = Path(path)
    store = WorkshopStore.create(path)
    try:
        WorkshopService(store).create_workshop(title, date=date, place=place,
                                               facilitator=facilitator, language=language)
    except BaseException:
        store.close()
        for extra in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            extra.unlink(missing_ok=True)
        raise
    store.close()


def save_copy(storage: Storage, target: Path) -> None:
    """Write a consistent copy of an open workshop to ``target`` (atomically)."""
    storage.save_as(Path(target))


@contextlib.contextmanager
def open_readonly(path: Path) -> Iterator[Storage]:
    """Open a .workshop file without changing a byte of it.

    Opening a file normally stamps it and switches it to WAL; so it is copied
    first with SQLite's backup API from a read-only connection (consistent even
    while the app has the workshop open), and the copy is opened.
    """
    path = Path(path)
    found = inspect_file(path)  # read-only: refuses what is not a workshop, with a clear message
    folder = Path(tempfile.mkdtemp(prefix="studio-read-"))
    try:
        copy = folder / "copy.workshop"
        # With no WAL beside it (the app is not running it), immutable=1 makes SQLite create
        # no -wal/-shm files either; otherwise read-only still sees the running app's commits.
        running = path.with_name(path.name + "-wal").exists()
        uri = f"{path.resolve().as_uri()}?mode=ro" + ("" if running else "&immutable=1")
        src = sqlite3.connect(uri, uri=True)
        try:
            dest = sqlite3.connect(copy)
            try:
                src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
        store = WorkshopStore.open(copy, inspected=found)  # the same content: not checked twice
        try:
            yield store
        finally:
            store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
