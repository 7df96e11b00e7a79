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

import shutil
import sqlite3
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
from studio.base.errors import NewerFileError, WorkshopFileError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.store import schema
from studio.store.models import Base, Meta

SUFFIX = ".workshop"
SQLITE_HEADER = b"SQLite format 3\x00"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _make_engine(url: str, memory: bool = False) -> Engine:
    if memory:
        engine = create_engine(
            url, poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        engine = create_engine(url, connect_args={"check_same_thread": False}, pool_size=1,
                               max_overflow=4) if url.startswith("sqlite") else \
            create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


class WorkshopStore:
    """An open workshop database. Services take one; the UI holds one per document."""

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self._hot: Connection | None = None

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
            for extra in (path, _sidecar(path, "-wal"), _sidecar(path, "-shm")):
                extra.unlink(missing_ok=True)
        if not path.parent.is_dir():
            raise WorkshopFileError(
                QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist. Create it first."),
                folder=str(path.parent),
            )
        store = cls(_make_engine(f"sqlite:///{path}"), path)
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
    def open(cls, path: Path) -> WorkshopStore:
        """Open an existing workshop file, refusing anything that is not one.

        Bad files (empty, truncated, random bytes, another SQLite database, a
        newer schema) raise :class:`WorkshopFileError` and stay byte-for-byte
        unchanged: they are inspected read-only before anything writes.
        """
        path = Path(path)
        found = inspect_file(path)
        if found < schema.CURRENT:
            _fold_wal(path)
            backup = backup_path(path, found)
            shutil.copy2(path, backup)
            store = cls(_make_engine(f"sqlite:///{path}"), path)
            store._migrate_from(found)
            store._stamp_writer()
            return store
        store = cls(_make_engine(f"sqlite:///{path}"), path)
        store._stamp_writer()
        return store

    # -- sessions -----------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short unit of work: commits on success, rolls back on error."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

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
        success, rolls back on error. Not for use from several threads at once.
        On a server the saving is small against the network round trip, and a
        connection kept open would fail the first vote after a server restart:
        there it is an ordinary pooled (pinged) transaction.
        """
        if self.engine.dialect.name != "sqlite":
            with self.engine.begin() as conn:
                yield conn
            return
        if self._hot is None or self._hot.closed:
            self._hot = self.engine.connect()
        with self._hot.begin():
            yield self._hot

    def close(self) -> None:
        if self._hot is not None:
            self._hot.close()
            self._hot = None
        self.engine.dispose()

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


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _fold_wal(path: Path) -> None:
    """Fold a WAL left beside ``path`` (by a killed app) into it, so a plain copy is complete."""
    if not _sidecar(path, "-wal").exists():
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


def backup_path(path: Path, version: tuple[int, int]) -> Path:
    """Where the copy made before a migration goes: beside the file, never overwritten."""
    base = path.with_name(f"{path.stem}.backup-v{schema.format_version(version)}{path.suffix}")
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.stem}-{n}{base.suffix}")
    return candidate


def _refuse_newer(found: tuple[int, int], path: str) -> None:
    if found[0] > schema.CURRENT[0]:
        raise NewerFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} was written by a newer version of Co-Design Studio (file format {found},"
                " this app reads {current}). Update the app to open it.",
            ),
            path=path,
            found=schema.format_version(found),
            current=schema.SCHEMA_VERSION,
        )


def inspect_file(path: Path) -> tuple[int, int]:
    """Check read-only that ``path`` is a workshop file; return its schema version."""
    name = str(path)
    if not path.exists():
        raise WorkshopFileError(
            QT_TRANSLATE_NOOP("Errors", "{path} does not exist. Check the name and folder."),
            path=name,
        )
    if not path.is_file():
        raise WorkshopFileError(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a file. Choose a .workshop file."),
            path=name,
        )
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise WorkshopFileError(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be read: {reason}"),
            path=name,
            reason=exc.strerror or str(exc),
        ) from exc
    if not header:
        raise WorkshopFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is empty. It is not a workshop; open another file or a backup."
            ),
            path=name,
        )
    if header != SQLITE_HEADER:
        # The window's advice names its menu; a shell user needs the command instead.
        raise WorkshopFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not a Co-Design Studio workshop file. Open a .workshop file"
                " (spreadsheets are read with File → Import).",
            ),
            path=name,
        ).on_command_line(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is a spreadsheet, not a workshop file. Name a .workshop file here; to"
                " turn an export into one, run: studio import {path} --output NEW.workshop",
            )
            if header.startswith(b"PK")  # a zip: .xlsx, .ods, .docx
            else QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not a Co-Design Studio workshop file. Name a .workshop file (a"
                " spreadsheet export becomes one with studio import).",
            )
        )
    damaged = WorkshopFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is damaged and cannot be opened. Open the backup copy or the last export.",
        ),
        path=name,
    )
    # Without a WAL beside the file, read it as immutable: a read-only
    # connection to a WAL-mode file would leave empty -wal/-shm files next to a
    # file it refuses. With a WAL (left by a killed app), read through it.
    immutable = "" if _sidecar(path, "-wal").exists() else "&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{immutable}", uri=True)
    except sqlite3.Error as exc:
        raise damaged from exc
    try:
        try:
            ok = conn.execute("PRAGMA quick_check(1)").fetchone()
            if not ok or ok[0] != "ok":
                raise damaged
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        except sqlite3.Error as exc:
            raise damaged from exc
        if not {"meta", "workshop"} <= tables:
            raise WorkshopFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} is a database, but not a Co-Design Studio workshop. Open a .workshop"
                    " file.",
                ),
                path=name,
            )
        try:
            row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            found = schema.parse_version(row[0])
        except (sqlite3.Error, TypeError, ValueError) as exc:
            raise damaged from exc
    finally:
        conn.close()
    _refuse_newer(found, name)
    return found
