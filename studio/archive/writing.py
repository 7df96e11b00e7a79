"""Writing a workshop's records into the archive's tables, fast.

A large workshop has some 9,000 responses; going through SQLAlchemy's per-row
parameter handling cost four times the driver's own time (bench/bench_archive.py).
So each table is written with one ``executemany`` of the driver, its values converted
column by column, each column by its type's own bind processor (as ``insert()`` would),
or where the column's values allow it by an equivalent that works on the whole column
at once (checked against the real one). Errors are still wrapped (``exec_driver_sql``).
On a PostgreSQL server (psycopg) the rows are sent with ``COPY``, not ``executemany``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from operator import attrgetter, itemgetter, methodcaller
from typing import Any

from sqlalchemy import Connection, Float
from sqlalchemy.exc import DBAPIError

from studio.archive.fingerprint import Columns
from studio.store.models import UTCDateTime

Convert = Callable[[list[Any]], list[Any]]
_NONE = type(None)


def insert_rows(conn: Connection, table: Any, key: int, rows: list[dict[str, Any]],
                by_column: Columns = None) -> None:
    """Insert ``rows`` under workshop ``key`` with one ``executemany`` of the driver (on a
    server one ``COPY``); ``by_column``: the rows by column, as
    :func:`studio.archive.fingerprint.columns` gives them, where at hand."""
    dialect = conn.dialect
    cols = [c for c in table.columns if c.name != "wkey"]
    names = ", ".join(["wkey"] + [c.name for c in cols])
    columns: list[Any] = [[key] * len(rows)]
    for c in cols:
        if by_column is not None and c.name in by_column:
            values = by_column[c.name]
        else:
            values = _values(rows, c.name)
        columns.append(_converter(c, dialect)(values))
    if dialect.name == "postgresql" and dialect.driver == "psycopg":
        _copy(conn, f"COPY {table.name} ({names}) FROM STDIN", columns)
        return
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES "
                         f"({', '.join([mark] * (len(cols) + 1))})",
                         list(zip(*columns, strict=True)))


def _copy(conn: Connection, statement: str, columns: list[list[Any]]) -> None:
    """``COPY`` the rows on a server (psycopg): the values ``executemany`` would send, in
    about half its time for a large workshop. A driver error is raised as SQLAlchemy
    raises it (a lost server invalidates the connection), as for every other statement."""
    import psycopg

    raw = conn.connection.driver_connection
    try:
        with raw.cursor() as cur, cur.copy(statement) as copy:
            write = copy.write_row
            for row in zip(*columns, strict=True):
                write(row)
    except psycopg.Error as exc:
        lost = conn.dialect.is_disconnect(exc, raw, None)
        if lost:
            conn.invalidate(exc)
        raise DBAPIError.instance(statement, None, exc, psycopg.Error,
                                  connection_invalidated=lost,
                                  dialect=conn.dialect) from exc


def _values(rows: list[dict[str, Any]], name: str) -> list[Any]:
    """The column ``name`` of ``rows`` (None where a record lacks it)."""
    try:
        return list(map(itemgetter(name), rows))
    except KeyError:
        return [r.get(name) for r in rows]


def _converter(column: Any, dialect: Any) -> Convert:
    """How a list of the column's values becomes the list the driver is given."""
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return _same
    each = _each(process)
    if isinstance(column.type, Float):
        # Floats (and None) stay as they are; an int or a text is converted as always.
        return lambda values: values if set(map(type, values)) <= {float, _NONE} else each(values)
    if isinstance(column.type, UTCDateTime):
        return _times(process, dialect) or each
    return each


def _same(values: list[Any]) -> list[Any]:
    return values


def _each(process: Callable[[Any], Any]) -> Convert:
    return lambda values: list(map(process, values))


def _times(process: Callable[[Any], Any], dialect: Any) -> Convert | None:
    """Aware UTC times (and None) the whole column at once, exactly as ``process`` would:
    on SQLite the text "2026-10-14 15:00:06.410000", on a server a naive UTC datetime."""
    if dialect.name == "sqlite":
        # isoformat of a UTC time ends in "+00:00", which the text leaves out.
        one: Callable[[Any], Any] = methodcaller("isoformat", " ", "microseconds")
        cut = itemgetter(slice(None, -6))

        def whole(values: list[datetime]) -> list[Any]:
            return list(map(cut, map(one, values)))
    else:
        one = methodcaller("replace", tzinfo=None)

        def whole(values: list[datetime]) -> list[Any]:
            return list(map(one, values))

    probes = [datetime(2026, 1, 2, 3, 4, 5, 6000, tzinfo=timezone.utc),
              datetime(987, 12, 31, 23, 59, 59, tzinfo=timezone.utc)]
    if whole(probes) != [process(p) for p in probes]:
        return None

    def convert(values: list[Any]) -> list[Any]:
        kinds = set(map(type, values))
        if kinds == {_NONE}:
            return values
        if not kinds <= {datetime, _NONE}:
            return list(map(process, values))
        if set(map(attrgetter("tzinfo"), filter(None, values))) != {timezone.utc}:
            return list(map(process, values))  # other zones, or naive (refused as always)
        if _NONE not in kinds:
            return whole(values)
        given = [v for v in values if v is not None]
        done = iter(whole(given))
        return [None if v is None else next(done) for v in values]

    return convert
