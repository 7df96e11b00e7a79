"""Where an archive lives: a ``.studioarchive`` file, or a PostgreSQL database by URL.

A file is SQLite with the workshop file's durability (WAL journal,
``synchronous=FULL``, ``secure_delete``); every write runs as ``BEGIN
IMMEDIATE``, so several processes adding at once wait for each other instead of
failing halfway. A new archive file is made under a hidden temporary name and
appears under its own name only once its schema is complete (never half-written).

On a server the same tables live in an existing, empty database (``archive add``
creates them, under an advisory lock so that several first adds do not collide).
The password comes from the URL, ``PGPASSWORD`` or ``~/.pgpass`` (libpq reads
both); it is never printed: every message shows the URL with the password masked.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError

from studio import __version__
from studio.archive import schema
from studio.base.errors import NewerFileError, StudioError, WorkshopFileError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.store.inspect import SQLITE_HEADER
from studio.store.tempfiles import remove_file_and_sidecars, sweep, temp_prefix

SUFFIX = ".studioarchive"
_SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
#: How long a writer waits for another process's add to a file archive (ms).
BUSY_TIMEOUT_MS = 120_000
_ADVISORY_KEY = 0x57_41_52_43  # pg_advisory_xact_lock key while creating the tables


class ArchiveError(StudioError):
    """An archive that cannot be opened, read or written."""


class ArchiveConnectionError(ArchiveError):
    """The database went away (a server restart, a lost link): the transaction was undone."""


def is_archive_target(target: str | os.PathLike[str]) -> bool:
    """True for a PostgreSQL URL or a path ending in ``.studioarchive``."""
    value = os.fspath(target)
    return value.lower().startswith(_SERVER_SCHEMES) or value.lower().endswith(SUFFIX)


def is_server_target(target: str) -> bool:
    return target.lower().startswith(_SERVER_SCHEMES)


def shown_target(target: str) -> str:
    """``target`` as messages show it: a URL with its password masked, a path as given."""
    if not is_server_target(target):
        return target
    try:
        return make_url(target).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return target.split("@", 1)[-1] if "@" in target else target


def _server_url(target: str) -> str:
    url = make_url(target)
    return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def _sqlite_connect(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None  # transactions are begun by the "begin" event below
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA trusted_schema=OFF")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA secure_delete=ON")  # a removed workshop's text is overwritten
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    # A writer takes the write lock at once: two adds never both read, then one fail to write.
    immediate = conn.get_execution_options().get("archive_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _file_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


class ArchiveStore:
    """An open archive database: short transactions, errors as one-line messages."""

    def __init__(self, engine: Engine, target: str, path: Path | None) -> None:
        self.engine = engine
        self.target = target
        self.shown = shown_target(target)
        self.path = path

    @property
    def on_server(self) -> bool:
        return self.path is None

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(cls, target: str | os.PathLike[str], *, create: bool = False) -> ArchiveStore:
        """The archive at ``target``; ``create=True`` makes a new one where there is none."""
        target = os.fspath(target)
        if is_server_target(target):
            return cls._open_server(target, create)
        return cls._open_file(Path(target), create)

    @classmethod
    def _open_file(cls, path: Path, create: bool) -> ArchiveStore:
        if path.suffix.lower() != SUFFIX:
            raise ArchiveError(QT_TRANSLATE_NOOP(
                "Errors", "{path} is not an archive: an archive file ends in .studioarchive (or "
                "give a postgresql:// address)."), path=str(path))
        if path.is_dir():
            raise ArchiveError(QT_TRANSLATE_NOOP(
                "Errors", "{path} is a folder, not an archive. Choose a file name ending in "
                ".studioarchive."), path=str(path))
        if not path.exists():
            if not create:
                raise ArchiveError(QT_TRANSLATE_NOOP(
                    "Errors", "{path} does not exist. Check the name, or create the archive with "
                    "studio archive add."), path=str(path))
            _create_file(path)
        _check_file(path)
        store = cls(_file_engine(path), str(path), path)
        try:
            store._check_version()
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def _open_server(cls, target: str, create: bool) -> ArchiveStore:
        shown = shown_target(target)
        try:
            engine = create_engine(_server_url(target), pool_pre_ping=True)
        except (ArgumentError, ImportError, ValueError) as exc:
            raise ArchiveError(QT_TRANSLATE_NOOP(
                "Errors", "{url} is not a database address the app can use ({reason}). Give one "
                "like postgresql://user@host/dbname, with psycopg installed."),
                url=shown, reason=_clean(str(exc), target)) from None
        store = cls(engine, target, None)
        try:
            with store.errors():
                names = set(inspect(engine).get_table_names())
                if schema.meta.name not in names:
                    if "meta" in names:
                        raise ArchiveError(QT_TRANSLATE_NOOP(
                            "Errors", "{url} holds a workshop, not an archive. Give the address "
                            "of an archive's database (or an empty one)."), url=shown)
                    if not create:
                        raise ArchiveError(QT_TRANSLATE_NOOP(
                            "Errors", "{url} holds no archive. Check the address, or create the "
                            "archive there with studio archive add."), url=shown)
                    with engine.begin() as conn:
                        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                                     {"k": _ADVISORY_KEY})
                        # Another first add may have made them while this one waited.
                        if not inspect(conn).has_table(schema.meta.name):
                            schema.metadata.create_all(conn)
                            _stamp(conn)
                store._check_version()
        except BaseException:
            store.close()
            raise
        return store

    def _check_version(self) -> None:
        with self.errors(), self.engine.connect() as conn:
            found = dict(conn.execute(select(schema.meta.c.key, schema.meta.c.value)).all())
        if found.get("format") != schema.FORMAT_NAME:
            raise ArchiveError(QT_TRANSLATE_NOOP(
                "Errors", "{path} is not a Co-Design Studio archive."), path=self.shown)
        version = found.get("schema_version", "0")
        ours = schema.ARCHIVE_SCHEMA_VERSION.split(".")[0]
        if version.split(".")[0] != ours:
            raise NewerFileError(QT_TRANSLATE_NOOP(
                "Errors", "{path} was written by another version of Co-Design Studio (archive "
                "format {found}, this app reads {current}). Use a matching version."),
                path=self.shown, found=version, current=schema.ARCHIVE_SCHEMA_VERSION)

    def close(self) -> None:
        self.engine.dispose()

    # -- migrations --------------------------------------------------------------------
    def version(self, conn: Connection) -> tuple[int, int]:
        """The schema version the archive holds (read in ``conn``'s transaction)."""
        found = conn.execute(select(schema.meta.c.value).where(
            schema.meta.c.key == "schema_version")).scalar()
        return schema.parse_version(found or "1.0")

    def upgrade(self, conn: Connection) -> None:
        """Bring an older archive up to this app's schema, inside ``conn``'s write transaction.

        Called before something of a newer minor is written (a recommendation), never on
        a plain read: an archive given to ``studio merge`` stays as it was. On a server
        several first writers wait for each other (an advisory lock)."""
        current = schema.parse_version(schema.ARCHIVE_SCHEMA_VERSION)
        if self.version(conn) >= current:
            return
        if self.on_server:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _ADVISORY_KEY})
        version = self.version(conn)  # another writer may have upgraded it meanwhile
        if version >= current:
            return
        for source, target, step in schema.MIGRATIONS:
            if version == source:
                step(conn)
                version = target
        conn.execute(schema.meta.update().where(schema.meta.c.key == "schema_version")
                     .values(value=f"{version[0]}.{version[1]}"))

    # -- transactions ------------------------------------------------------------------
    @contextlib.contextmanager
    def errors(self) -> Iterator[None]:
        """Database errors as messages that name the archive (never a password)."""
        try:
            yield
        except IntegrityError:
            raise
        except DBAPIError as exc:
            first = str(exc.orig or exc).strip().splitlines()
            reason = _clean(first[0] if first else type(exc).__name__, self.target)
            if self.on_server:
                raise ArchiveConnectionError(QT_TRANSLATE_NOOP(
                    "Errors", "The archive {url} could not be reached: {reason}. The step that "
                    "failed changed nothing; run the command again when the server is back."),
                    url=self.shown, reason=reason) from None
            raise ArchiveError(QT_TRANSLATE_NOOP(
                "Errors", "The archive {path} could not be used: {reason}. The step that failed "
                "changed nothing."), path=self.shown, reason=reason) from None

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """One read transaction (one consistent moment, also on a busy server)."""
        with self.errors(), self.engine.connect() as conn:
            if self.on_server:
                conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn

    @contextlib.contextmanager
    def writing(self) -> Iterator[Connection]:
        """One write transaction: all of it is committed, or nothing."""
        with self.errors(), self.engine.connect() as conn:
            conn.execution_options(archive_write=True)
            with conn.begin():
                yield conn


def _clean(message: str, target: str) -> str:
    """``message`` without the password of ``target`` (drivers may echo the address)."""
    try:
        password = make_url(target).password if is_server_target(target) else None
    except (ArgumentError, ValueError):
        password = None
    if password:
        message = message.replace(str(password), "***")
    return message.replace(target, shown_target(target))


def _stamp(conn: Connection) -> None:
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    conn.execute(schema.meta.insert(), [
        {"key": "format", "value": schema.FORMAT_NAME},
        {"key": "schema_version", "value": schema.ARCHIVE_SCHEMA_VERSION},
        {"key": "created_with", "value": __version__},
        {"key": "created_at", "value": now},
    ])


def _check_file(path: Path) -> None:
    """Refuse, without writing a byte, a file that is no archive (a workshop, random bytes)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "{path} cannot be read: {reason}"),
                           path=str(path), reason=exc.strerror or str(exc)) from None
    not_archive = QT_TRANSLATE_NOOP("Errors", "{path} is not a Co-Design Studio archive.")
    if head != SQLITE_HEADER:
        raise ArchiveError(not_archive, path=str(path))
    try:
        immutable = "" if path.with_name(path.name + "-wal").exists() else "&immutable=1"
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{immutable}", uri=True)
        try:
            conn.execute("PRAGMA trusted_schema=OFF")
            found = conn.execute("SELECT value FROM archive_meta WHERE key='format'").fetchone()
            triggers = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type IN ('trigger','view')").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        raise ArchiveError(not_archive, path=str(path)) from None
    if not found or found[0] != schema.FORMAT_NAME or triggers[0]:
        raise ArchiveError(not_archive, path=str(path))


def _create_file(path: Path) -> None:
    """Make an empty archive at ``path``: complete under a hidden name, then linked in place."""
    folder = path.parent
    if not folder.is_dir():
        raise WorkshopFileError(QT_TRANSLATE_NOOP(
            "Errors", "The folder {folder} does not exist. Create it first."), folder=str(folder))
    sweep(folder)
    try:
        fd, name = tempfile.mkstemp(prefix=temp_prefix(path), suffix=".part", dir=folder)
    except OSError as exc:
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "{path} cannot be written: {reason}"),
                           path=str(path), reason=exc.strerror or str(exc)) from None
    os.close(fd)
    tmp = Path(name)
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)  # mkstemp makes 0600; a shared folder's archive is for the team
    try:
        engine = _file_engine(tmp)
        try:
            with engine.begin() as conn:
                schema.metadata.create_all(conn)
                _stamp(conn)
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        with contextlib.suppress(FileExistsError):  # another process made it first: use that
            _link(tmp, path)
    except OSError as exc:
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "{path} cannot be written: {reason}"),
                           path=str(path), reason=exc.strerror or str(exc)) from None
    finally:
        remove_file_and_sidecars(tmp)


def _link(tmp: Path, path: Path) -> None:
    """Put ``tmp`` at ``path`` unless something is there already (FileExistsError)."""
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    try:
        os.link(tmp, path)
    except (NotImplementedError, PermissionError, OSError) as exc:
        if isinstance(exc, FileExistsError):
            raise
        if path.exists():
            raise FileExistsError(str(path)) from None
        os.replace(tmp, path)  # a file system without hard links
    with contextlib.suppress(OSError):
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

