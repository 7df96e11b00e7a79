"""Opening, creating and copying workshop files.

One workshop is one SQLite file ending in ``.workshop`` (or, for a large event
or an archive, a PostgreSQL database reached by URL through the same models:
:meth:`WorkshopStore.connect`; one workshop per database).

Durability: WAL journal, ``synchronous=FULL`` and foreign keys are set in the
SQLite ``connect`` event (the only SQLite-specific SQL of the project). With
FULL, every commit fsyncs the WAL, so a ballot confirmed after its commit
survives a killed process or a power cut.

The engine keeps its pooled connection open between operations on purpose:
with a pool that closes connections (NullPool), the last close of a WAL file
checkpoints and deletes the WAL at every single operation, which halves the
ballot throughput for no durability gain.

On a server, a commit is durable when the server says so (PostgreSQL's
default ``synchronous_commit=on``); the engine pings a pooled connection before
handing it out, so a restarted server or a dropped network link costs no vote.
"""

from __future__ import annotations

import functools
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from studio import __version__
from studio.base.errors import (  # noqa: F401 - NewerFileError, WorkshopFileError re-exported
    NewerFileError,
    WorkshopFileError,
    WriteError,
)
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.store import schema
from studio.store.backup import backup_path, copy_consistent, write_backup
from studio.store.inspect import SQLITE_HEADER, _refuse_newer, inspect_file, sidecar
from studio.store.lock import acquire, release
from studio.store.models import Base, Meta
from studio.store.netfs import network_file_system
from studio.store.tempfiles import (
    remove_file_and_sidecars,
    snapshot_folder,
    sweep,
)

__all__ = ["SQLITE_HEADER", "SUFFIX", "WorkshopStore", "backup_path", "inspect_file"]

SUFFIX = ".workshop"


def _sqlite_pragmas(dbapi_conn, _record, *, rollback_journal: bool = False,
                   query_only: bool = False) -> None:
    cur = dbapi_conn.cursor()
    # A hostile file's schema may not call functions with side effects (its triggers and
    # views are refused on open anyway: studio.store.validate).
    cur.execute("PRAGMA trusted_schema=OFF")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    # Removed text (a redacted note, a deleted row) is overwritten, not left in free pages.
    cur.execute("PRAGMA secure_delete=ON")
    # WAL needs shared memory, which a network file system does not give: rollback journal there.
    cur.execute("PRAGMA journal_mode=DELETE" if rollback_journal else "PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    if query_only:
        cur.execute("PRAGMA query_only=ON")
    cur.close()


def _make_engine(url: str, memory: bool = False, *, rollback_journal: bool = False,
                 query_only: bool = False) -> Engine:
    if memory:
        engine = create_engine(
            url, poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        engine = create_engine(url, connect_args={"check_same_thread": False}, pool_size=1,
                               max_overflow=4) if url.startswith("sqlite") else \
            create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", functools.partial(
            _sqlite_pragmas, rollback_journal=rollback_journal, query_only=query_only))
    return engine


def _file_engine(path: Path, network: str | None, query_only: bool = False) -> Engine:
    return _make_engine(f"sqlite:///{path}", rollback_journal=network is not None,
                        query_only=query_only)


class WorkshopStore:
    """An open workshop database. Services take one; the UI holds one per document."""

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self._hot: Connection | None = None
        #: The network file system holding the file ("cifs", "nfs4", ...), None when local.
        self.network_fs: str | None = None
        #: True for a read-only copy: writes are refused.
        self.read_only = False
        #: Why a read-only copy: "in_use" (another app has the file open, or the user
        #: chose a copy) or "not_writable" (the file or its folder cannot be written).
        self.read_only_reason: str | None = None
        self._lock: Path | None = None
        self._snapshot: Path | None = None
        #: Held by every write of this app (sessions and the hot path): the console, the
        #: shared screen and the phone server write from different threads, one at a time,
        #: so that no transaction ever meets SQLite's "database is locked".
        self.write_lock = threading.RLock()

    # -- construction -------------------------------------------------------
    @classmethod
    def create(cls, path: Path, *, overwrite: bool = False) -> WorkshopStore:
        """Create an empty workshop file (schema only; add the workshop via a service)."""
        path = Path(path)
        if path.exists():
            if not overwrite:
                raise WorkshopFileError(
                    QT_TRANSLATE_NOOP("Errors", "{path} already exists."), path=str(path)
                )
            remove_file_and_sidecars(path)
        if path.parent.exists() and not path.parent.is_dir():
            raise WorkshopFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{folder} is a file, not a folder. Choose a folder for {name}."),
                folder=str(path.parent), name=path.name,
            )
        if not path.parent.is_dir():
            raise WorkshopFileError(
                QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist. Create it first."),
                folder=str(path.parent),
            )
        network = network_file_system(path)
        store = cls(_file_engine(path, network), path)
        store.network_fs = network
        store._init_schema()
        return store

    @classmethod
    def memory(cls) -> WorkshopStore:
        """An in-memory workshop for tests and previews."""
        store = cls(_make_engine("sqlite://", memory=True), None)
        store._init_schema()
        return store

    @classmethod
    def connect(cls, url: str, *, create: bool = False) -> WorkshopStore:
        """A workshop database on a server (PostgreSQL) through the same models.

        ``url`` is an SQLAlchemy URL such as
        ``postgresql+psycopg://user:password@host/dbname``; the database must exist.
        ``create=True`` sets up an empty database (and refuses one that already
        holds a workshop); otherwise the database must hold one, of a schema
        this app reads (an older one is migrated in one transaction: back it up
        with the server's tools first). Problems reaching the server raise
        :class:`WorkshopFileError` naming the database (never its password).
        """
        try:
            shown = make_url(url).render_as_string(hide_password=True)
            engine = _make_engine(url)
        except (ArgumentError, ImportError) as exc:
            raise WorkshopFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This is not a database address the app can use ({reason}). Give one like"
                    " postgresql+psycopg://user@host/dbname, with psycopg installed.",
                ),
                reason=str(exc).replace(url, "…"),  # never echo a password
            ) from exc
        store = cls(engine, None)
        try:
            if create:
                if store._has_workshop_schema():
                    raise WorkshopFileError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{url} already holds a Co-Design Studio workshop. Connect to it"
                            " without creating, or use an empty database.",
                        ),
                        url=shown,
                    )
                store._init_schema()
            else:
                store._open_online(shown)
        except OperationalError as exc:
            store.close()
            raise WorkshopFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Cannot use the database {url}: {reason}"),
                url=shown, reason=str(exc.orig or exc).strip(),
            ) from exc
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False,
             inspected: tuple[int, int] | None = None) -> WorkshopStore:
        """Open an existing workshop file, refusing anything that is not one.

        Bad files (empty, truncated, random bytes, another SQLite database, a
        newer schema, foreign schema objects, content the app cannot show)
        raise :class:`WorkshopFileError` and stay byte-for-byte unchanged: they
        are inspected read-only before anything writes. The file is locked for
        this app (:mod:`studio.store.lock`); another app's live lock raises
        :class:`~studio.store.lock.WorkshopInUseError`. ``read_only=True`` opens
        a copy instead (no lock, writes refused), for a file another app has open.
        A file that cannot be written (read-only file or folder; WAL needs the
        folder for its ``-wal`` and ``-shm``) opens as such a copy too, with
        ``read_only_reason == "not_writable"``, instead of failing at the first vote.
        ``inspected``: what :func:`inspect_file` found for this very content (a private
        copy of a file just inspected), so that it is not read through twice.
        """
        path = Path(path)
        sweep(path.parent)  # partial files a killed app left beside it
        found = inspected if inspected is not None else inspect_file(path)
        if read_only:
            return cls._open_snapshot(path, "in_use")
        if not writable(path):
            # The first vote would fail mid-workshop: open a read-only copy and say why.
            return cls._open_snapshot(path, "not_writable")
        return cls._open_writable(path, found)

    @classmethod
    def _open_writable(cls, path: Path, found: tuple[int, int]) -> WorkshopStore:
        """Lock, migrate if older and open ``path`` (inspected as ``found``) for writing."""
        lock = acquire(path)
        try:
            network = network_file_system(path)
            if found < schema.CURRENT:
                _fold_wal(path)
                write_backup(path, found)
                store = cls(_file_engine(path, network), path)
                store._migrate_from(found)
            else:
                store = cls(_file_engine(path, network), path)
            store.network_fs = network
            store._lock = lock
            store._stamp_writer()
        except BaseException:
            release(lock)
            raise
        return store

    @classmethod
    def _open_snapshot(cls, path: Path, reason: str) -> WorkshopStore:
        """A read-only store on a private copy of ``path`` (consistent even while it is in use)."""
        folder = snapshot_folder()
        try:
            copy = folder / path.name
            copy_consistent(path, copy)
            store = cls._open_writable(copy, inspect_file(copy))
            store.close_engine_only()
            store.engine = _file_engine(copy, None, query_only=True)
            store.path, store.read_only, store._snapshot = path, True, folder
            store.read_only_reason = reason
            store.network_fs = network_file_system(path)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return store

    # -- sessions -----------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short unit of work: commits on success, rolls back on error."""
        with self.write_lock, self._refusing_writes(), \
                Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def _refusing_writes(self) -> Iterator[None]:
        """On a read-only copy, a write ends in a message, not a database error."""
        if not self.read_only:
            yield
            return
        try:
            yield
        except OperationalError as exc:
            if "readonly" not in str(exc).replace("-", "").replace(" ", "").lower():
                raise
            if self.read_only_reason == "not_writable":
                raise WriteError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path} cannot be written (the file or its folder is read-only), so it"
                        " was opened as a read-only copy: nothing was saved. Use File → Save As"
                        " to work on a copy.",
                    ),
                    path=str(self.path),
                ) from exc
            raise WriteError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This is a read-only copy of {path}, which another app has open: changes"
                    " are not saved. Close the workshop there and open it again to change it.",
                ),
                path=str(self.path),
            ) from exc

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only unit of work."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def hot_transaction(self) -> Iterator[Connection]:
        """A short Core transaction on a connection the store keeps open.

        For the one hot path (a participant's ballot): it saves the pool's
        check-out, reset and check-in at every vote. Commits (durably) on
        success, rolls back on error. Threads take turns (:attr:`write_lock`).
        On a server the saving is small against the network round trip, and a
        connection kept open would fail the first vote after a server restart:
        there it is an ordinary pooled (pinged) transaction.
        """
        with self.write_lock:
            if self.engine.dialect.name != "sqlite":
                with self.engine.begin() as conn:
                    yield conn
                return
            if self._hot is None or self._hot.closed:
                self._hot = self.engine.connect()
            with self._refusing_writes(), self._hot.begin():
                yield self._hot

    def close_engine_only(self) -> None:
        """Close the database connections (the lock and a snapshot folder stay)."""
        if self._hot is not None:
            self._hot.close()
            self._hot = None
        self.engine.dispose()

    def close(self) -> None:
        self.close_engine_only()
        if self._lock is not None:
            release(self._lock)
            self._lock = None
        if self._snapshot is not None:
            shutil.rmtree(self._snapshot, ignore_errors=True)
            self._snapshot = None

    # -- copies -------------------------------------------------------------
    def save_as(self, target: Path) -> None:
        """Write a consistent copy of this workshop to ``target`` (atomically)."""
        from studio.store.atomic import atomic_path

        target = Path(target)
        if self.engine.dialect.name != "sqlite":
            raise WorkshopFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A workshop on a database server cannot be saved as a file. Export it"
                    " instead (File → Export).",
                )
            )
        raw = self.engine.raw_connection()
        try:
            source = raw.driver_connection
            with atomic_path(target, suffix=SUFFIX) as tmp:
                dest = sqlite3.connect(tmp)
                try:
                    source.backup(dest)
                    dest.execute("PRAGMA journal_mode=DELETE")
                finally:
                    dest.close()
        finally:
            raw.close()

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (before copying the file by hand)."""
        if self.engine.dialect.name == "sqlite":
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def meta(self) -> dict[str, str]:
        with self.reader() as s:
            return {m.key: m.value for m in s.scalars(select(Meta))}

    # -- internals ----------------------------------------------------------
    def _init_schema(self) -> None:
        Base.metadata.create_all(self.engine)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.session() as s:
            s.merge(Meta(key="schema_version", value=schema.SCHEMA_VERSION))
            s.merge(Meta(key="created_with", value=__version__))
            s.merge(Meta(key="created_at", value=now))
            s.merge(Meta(key="written_by", value=__version__))

    def _stamp_writer(self) -> None:
        with self.session() as s:
            s.merge(Meta(key="written_by", value=__version__))

    def _has_workshop_schema(self) -> bool:
        return inspect(self.engine).has_table(Meta.__tablename__)

    def _open_online(self, shown: str) -> None:
        """Check a server database's schema version; migrate an older one; stamp the writer."""
        row = None
        if self._has_workshop_schema():
            with self.reader() as s:
                row = s.get(Meta, "schema_version")
        if row is None:
            raise WorkshopFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{url} holds no Co-Design Studio workshop. Check the address, or create"
                    " the workshop there first.",
                ),
                url=shown,
            )
        found = schema.parse_version(row.value)
        _refuse_newer(found, shown)
        if found < schema.CURRENT:
            self._migrate_from(found)
        self._stamp_writer()

    def _migrate_from(self, found: tuple[int, int]) -> None:
        """Bring an older schema up to date in one transaction, then record the new version."""
        with self.engine.begin() as conn:
            new = schema.migrate(conn, found)
            conn.execute(
                Meta.__table__.update()
                .where(Meta.key == "schema_version")
                .values(value=schema.format_version(new))
            )


def writable(path: Path) -> bool:
    """True when ``path`` and its folder can be written (WAL puts ``-wal``/``-shm`` beside it)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _fold_wal(path: Path) -> None:
    """Fold a WAL left beside ``path`` (by a killed app) into it, so a plain copy is complete."""
    if not sidecar(path, "-wal").exists():
        return
    conn = sqlite3.connect(path)
    try:
        busy, log, done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if busy or log != done:
        raise WorkshopFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is in use by another program. Close it there and try again."
            ),
            path=str(path),
        )


