"""Read-only inspection of a workshop file before anything opens it for writing.

:func:`inspect_file` refuses what is not a workshop (missing, empty, another
format, damaged, another database, a newer major version, a version without a
migration path, foreign schema objects, content the app cannot show) with a
:class:`WorkshopFileError`, and leaves the file byte-for-byte unchanged.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from studio.base.errors import NewerFileError, WorkshopFileError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.store import schema
from studio.store.validate import check_file

SQLITE_HEADER = b"SQLite format 3\x00"


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def read_only_connection(path: Path) -> sqlite3.Connection:
    immutable = "" if sidecar(path, "-wal").exists() else "&immutable=1"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{immutable}", uri=True)
    conn.execute("PRAGMA trusted_schema=OFF")
    return conn


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
    try:
        conn = read_only_connection(path)
    except sqlite3.Error as exc:
        raise damaged from exc
    try:
        try:
            ok = conn.execute("PRAGMA quick_check(1)").fetchone()
            if not ok or ok[0] != "ok":
                raise damaged
            objects = list(conn.execute("SELECT type, name FROM sqlite_master"))
        except sqlite3.Error as exc:
            raise damaged from exc
        # Nothing of the file's own runs: triggers and views are refused before any read.
        for kind, obj in objects:
            if kind in ("trigger", "view"):
                check_file(conn, name, newer_minor=False)  # raises, naming the object
        tables = {obj for kind, obj in objects if kind == "table"}
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
        except sqlite3.Error as exc:
            raise damaged from exc
        found = _version(row, name)
        _refuse_newer(found, name)
        if found < schema.CURRENT and not schema.can_migrate(found):
            raise WorkshopFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} is in file format {found}, which this version of Co-Design Studio"
                    " cannot convert (it reads {current}). Open it with the version that wrote"
                    " it and export it, or open a newer backup.",
                ),
                path=name, found=schema.format_version(found), current=schema.SCHEMA_VERSION,
            )
        try:
            check_file(conn, name, newer_minor=found > schema.CURRENT)
        except sqlite3.Error as exc:
            raise damaged from exc
    finally:
        conn.close()
    return found


def _version(row: tuple | None, name: str) -> tuple[int, int]:
    """The schema version of a ``meta`` row; a message naming the row if it is not one."""
    value = None if row is None else row[0]
    try:
        found = schema.parse_version(value if isinstance(value, str) else "")
        if found[0] < 0 or found[1] < 0:
            raise ValueError(value)
    except ValueError:
        raise WorkshopFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} cannot be opened: table meta, row schema_version, column value holds no"
                " valid file format version. The file was changed outside Co-Design Studio or is"
                " damaged; open a backup copy or the last export.",
            ),
            path=name,
        ) from None
    return found
