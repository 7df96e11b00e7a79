"""Check a workshop file before anything runs on it or reads it into the app.

Two gates, both on a read-only connection, both before the app writes a byte:

1. :func:`check_schema_objects`: the file holds exactly the schema objects our
   models define (tables, their columns, indexes). A trigger or a view runs
   code when the app reads or writes (a trigger deleted a confirmed ballot; a
   view in place of the note table produced millions of rows), so any trigger
   or view, and any table or index we do not define, refuses the file. A file of
   a newer minor version may add tables, columns and indexes (never a trigger
   or a view).
2. :func:`check_content`: the rows hold what the app can show: types of every
   column, required values, known kinds, states and moderation values, valid
   JSON of the right shape, references to existing records, no repeated ids,
   at most one workshop, no negative counts, notes of at most 500 characters.

A problem raises :class:`ContentError` naming the table, row (SQLite's rowid)
and column, which the CLI prints as its one line and the window shows as is.
"""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

from sqlalchemy import JSON, Boolean, Date, Float, Integer, String
from sqlalchemy.sql.schema import Column

from studio.base.errors import Term, WorkshopFileError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.store.models import Base, UTCDateTime

# The file format's vocabulary (studio.core.kinds names the same values; a test keeps
# them equal). Kept here because the store must not import the core.
ALLOWED_VALUES: dict[tuple[str, str], frozenset[str]] = {
    ("activity", "kind"): frozenset({"single_choice", "multiple_choice", "scale", "points",
                                     "ranking", "matrix", "statements", "notes"}),
    ("activity", "state"): frozenset({"draft", "open", "closed", "revealed"}),
    ("note", "moderation"): frozenset({"visible", "hidden"}),
    ("session_state", "screen_mode"): frozenset({"card", "activity", "results", "board",
                                                 "dots", "blank"}),
}
SOURCES = frozenset({"screen", "phone", "tally", "paper", "laptop", "import"})
for _table in ("ballot", "response", "note", "dot"):
    ALLOWED_VALUES[(_table, "source")] = SOURCES

NOTE_MAX_LENGTH = 500
#: Free text outside notes: generous, but a 10 MB value would hang the window.
TEXT_MAX_LENGTH = 20_000
#: JSON columns hold whole scenario cards with their illustrations.
JSON_MAX_LENGTH = 4_000_000
LENGTH_LIMITS: dict[tuple[str, str], int] = {
    ("note", "text"): NOTE_MAX_LENGTH,
    ("note_revision", "text"): NOTE_MAX_LENGTH,
}
NON_NEGATIVE = {("response", "count"), ("activity", "timebox_minutes"), ("event", "seq"),
                ("session_state", "timer_elapsed_s"), ("session_state", "timer_extra_s")}
#: JSON columns that hold an object (the others hold a list).
JSON_OBJECTS = {"settings", "card", "payload"}

# Terms filled into the messages below (translated in context "Terms").
EMPTY = Term(QT_TRANSLATE_NOOP("Terms", "empty, but required"))
NOT_TEXT = Term(QT_TRANSLATE_NOOP("Terms", "not text"))
NOT_WHOLE = Term(QT_TRANSLATE_NOOP("Terms", "not a whole number"))
NOT_NUMBER = Term(QT_TRANSLATE_NOOP("Terms", "not a number"))
NOT_BOOLEAN = Term(QT_TRANSLATE_NOOP("Terms", "not 0 or 1"))
NOT_DATE = Term(QT_TRANSLATE_NOOP("Terms", "not a date"))
NOT_DATETIME = Term(QT_TRANSLATE_NOOP("Terms", "not a date and time"))
NOT_JSON = Term(QT_TRANSLATE_NOOP("Terms", "not valid JSON of the expected shape"))
UNKNOWN = Term(QT_TRANSLATE_NOOP("Terms", "a value the app does not know"))
NEGATIVE = Term(QT_TRANSLATE_NOOP("Terms", "negative"))
MISSING_REF = Term(QT_TRANSLATE_NOOP("Terms", "a reference to a record that does not exist"))
REPEATED = Term(QT_TRANSLATE_NOOP("Terms", "an id that another row has too"))


OBJECT_KINDS = {
    "trigger": Term(QT_TRANSLATE_NOOP("Terms", "trigger")),
    "view": Term(QT_TRANSLATE_NOOP("Terms", "view")),
    "table": Term(QT_TRANSLATE_NOOP("Terms", "table")),
    "index": Term(QT_TRANSLATE_NOOP("Terms", "index")),
    "column": Term(QT_TRANSLATE_NOOP("Terms", "column")),
}


class ContentError(WorkshopFileError):
    """A workshop file whose schema or content the app cannot trust."""


def _problem(path: str, table: str, row: object, column: str, problem: Term) -> ContentError:
    return ContentError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} cannot be opened: table {table}, row {row}, column {column} is {problem}."
            " The file was changed outside Co-Design Studio or is damaged; open a backup copy"
            " or the last export.",
        ),
        path=path, table=table, row=row, column=column, problem=problem,
    )


def _too_long(path: str, table: str, row: object, column: str, limit: int) -> ContentError:
    return ContentError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} cannot be opened: table {table}, row {row}, column {column} is longer than"
            " {limit} characters. The file was changed outside Co-Design Studio or is damaged;"
            " open a backup copy or the last export.",
        ),
        path=path, table=table, row=row, column=column, limit=limit,
    )


# -- the schema ------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def expected_schema() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, ...]]]:
    """Our schema as SQLite sees it: {name: (type, table)} and {table: column names}."""
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    try:
        Base.metadata.create_all(engine)
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            objects = {name: (kind, table) for kind, name, table in raw.execute(
                "SELECT type, name, tbl_name FROM sqlite_master")}
            columns = {
                t: tuple(r[1] for r in raw.execute(f'PRAGMA table_info("{t}")'))
                for t, (kind, _) in objects.items() if kind == "table"
            }
    finally:
        engine.dispose()
    return objects, columns


def _foreign(path: str, kind: str, name: str) -> ContentError:
    return ContentError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} contains a {kind} named “{name}” that Co-Design Studio does not define"
            " (it could change data behind the app's back). It is not opened; open a backup"
            " copy or the last export.",
        ),
        path=path, kind=OBJECT_KINDS.get(kind, kind), name=_shown(name),
    )


def _lacks(path: str, table: str, column: str) -> ContentError:
    return ContentError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} cannot be opened: table {table} lacks its column {column}. The file was"
            " changed outside Co-Design Studio or is damaged; open a backup copy or the last"
            " export.",
        ),
        path=path, table=table, column=column,
    )


def check_schema_objects(conn: sqlite3.Connection, path: str, newer_minor: bool) -> None:
    """Refuse a file whose schema objects differ from ours (any trigger or view at all)."""
    objects, columns = expected_schema()
    found = list(conn.execute("SELECT type, name, tbl_name FROM sqlite_master"))
    for kind, name, _table in found:
        if kind in ("trigger", "view"):
            raise _foreign(path, kind, name)
    for kind, name, table in found:
        if str(name).startswith("sqlite_") and kind != "table" or name in ("sqlite_sequence",
                                                                            "sqlite_stat1"):
            continue  # SQLite's own (autoindexes, statistics)
        if objects.get(name) == (kind, table):
            continue
        if newer_minor and name not in objects and kind in ("table", "index"):
            continue
        raise _foreign(path, kind, name)
    present = {name: kind for kind, name, _ in found}
    for name, (kind, _table) in objects.items():
        if kind == "table" and present.get(name) != "table":
            raise _lacks_table(path, name)
    for table, expected in columns.items():
        have = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        for column in expected:
            if column not in have:
                raise _lacks(path, table, column)
        if not newer_minor:
            for column in have:
                if column not in expected:
                    raise _foreign(path, "column", f"{table}.{column}")


def _lacks_table(path: str, table: str) -> ContentError:
    return ContentError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} cannot be opened: its table {table} is missing. The file was changed"
            " outside Co-Design Studio or is damaged; open a backup copy or the last export.",
        ),
        path=path, table=table,
    )


def _shown(value: object, limit: int = 60) -> str:
    text = "".join(ch if ch.isprintable() else "?" for ch in str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- the content -----------------------------------------------------------------------------
def _type_checks(table: str, col: Column) -> list[tuple[str, Term]]:
    """SQL conditions (on a non-NULL value ``{v}``) that mark a bad value, with their problem."""
    kind = col.type
    if isinstance(kind, UTCDateTime):
        return [(("typeof({v}) <> 'text' OR {v} NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
                  " [0-9][0-9]:[0-9][0-9]:[0-9][0-9]*' OR datetime({v}) IS NULL"), NOT_DATETIME)]
    if isinstance(kind, Date):
        return [(("typeof({v}) <> 'text' OR {v} NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
                  " OR date({v}) IS NULL"), NOT_DATE)]
    if isinstance(kind, Boolean):
        return [("typeof({v}) <> 'integer' OR {v} NOT IN (0, 1)", NOT_BOOLEAN)]
    if isinstance(kind, Integer):
        return [("typeof({v}) <> 'integer'", NOT_WHOLE)]
    if isinstance(kind, Float):
        return [("typeof({v}) NOT IN ('integer', 'real')", NOT_NUMBER)]
    if isinstance(kind, JSON):
        shape = "object" if col.name in JSON_OBJECTS else "array"
        return [("typeof({v}) <> 'text' OR NOT json_valid({v}) OR json_type({v}) <> '" + shape + "'",
                 NOT_JSON)]
    if isinstance(kind, String):  # Text is a String too
        return [("typeof({v}) <> 'text'", NOT_TEXT)]
    return []


def _first(conn: sqlite3.Connection, sql: str) -> object | None:
    row = conn.execute(sql).fetchone()
    return None if row is None else row[0]


def check_content(conn: sqlite3.Connection, path: str) -> None:
    """Refuse rows the app cannot show or would crash on (see the module docstring)."""
    tables = Base.metadata.tables
    count = _first(conn, "SELECT count(*) FROM workshop")
    if count > 1:  # none is a file created but not filled yet: the services say so
        raise ContentError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} holds {n} workshops, but a workshop file holds exactly one. The file was"
                " changed outside Co-Design Studio or is damaged; open a backup copy or the last"
                " export.",
            ),
            path=path, n=count,
        )
    for name, table in tables.items():
        for col in table.columns:
            where_v = f'"{col.name}"'
            if not col.nullable:
                row = _first(conn, f'SELECT rowid FROM "{name}" WHERE {where_v} IS NULL LIMIT 1')
                if row is not None:
                    raise _problem(path, name, row, col.name, EMPTY)
            for condition, problem in _type_checks(name, col):
                cond = condition.format(v=where_v)
                row = _first(conn, f'SELECT rowid FROM "{name}" WHERE {where_v} IS NOT NULL'
                             f" AND ({cond}) LIMIT 1")
                if row is not None:
                    raise _problem(path, name, row, col.name, problem)
            allowed = ALLOWED_VALUES.get((name, col.name))
            if allowed is not None:
                values = ", ".join(f"'{v}'" for v in sorted(allowed))
                row = _first(conn, f'SELECT rowid FROM "{name}" WHERE {where_v} IS NOT NULL'
                             f" AND {where_v} NOT IN ({values}) LIMIT 1")
                if row is not None:
                    raise _problem(path, name, row, col.name, UNKNOWN)
            limit = _length_limit(name, col)
            if limit is not None:
                row = _first(conn, f'SELECT rowid FROM "{name}" WHERE length({where_v}) > {limit}'
                             " LIMIT 1")
                if row is not None:
                    raise _too_long(path, name, row, col.name, limit)
            if (name, col.name) in NON_NEGATIVE:
                row = _first(conn, f'SELECT rowid FROM "{name}" WHERE {where_v} < 0 LIMIT 1')
                if row is not None:
                    raise _problem(path, name, row, col.name, NEGATIVE)
            for fk in col.foreign_keys:
                ref_table, ref_col = fk.column.table.name, fk.column.name
                row = _first(
                    conn,
                    f'SELECT rowid FROM "{name}" WHERE {where_v} IS NOT NULL AND {where_v} NOT IN'
                    f' (SELECT "{ref_col}" FROM "{ref_table}") LIMIT 1',
                )
                if row is not None:
                    raise _problem(path, name, row, col.name, MISSING_REF)
        keys = [c.name for c in table.primary_key.columns]
        if len(keys) == 1:
            key = keys[0]
            row = _first(conn, f'SELECT min(rowid) FROM "{name}" GROUP BY "{key}"'
                         " HAVING count(*) > 1 LIMIT 1")
            if row is not None:
                raise _problem(path, name, row, key, REPEATED)


def _length_limit(table: str, col: Column) -> int | None:
    if (table, col.name) in LENGTH_LIMITS:
        return LENGTH_LIMITS[(table, col.name)]
    kind = col.type
    if isinstance(kind, JSON):
        return JSON_MAX_LENGTH
    if isinstance(kind, String) and not isinstance(kind, (Date, UTCDateTime)):
        return kind.length or TEXT_MAX_LENGTH
    return None


def check_file(conn: sqlite3.Connection, path: Path | str, newer_minor: bool) -> None:
    """Both gates, in order: the schema objects first (nothing of theirs may run), then content."""
    check_schema_objects(conn, str(path), newer_minor)
    check_content(conn, str(path))
