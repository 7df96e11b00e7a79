"""Schema versions of the workshop file and the migration runner.

The version is ``MAJOR.MINOR`` in the ``meta`` table from day one. A file of a
newer MAJOR is refused (an older app cannot know what it would lose); a newer
MINOR only adds things an older app may ignore, so it opens. An older file is
copied next to itself, then migrated step by step.

Why a small runner and not alembic: a workshop file is a user's document, not
a server database. Migrations run on the user's machine, inside a frozen
PyInstaller bundle, right after a backup copy, and each step is a few lines of
portable DDL/DML. Alembic's script directory, ini file and env.py would have to
be shipped and located at run time for no gain; the runner below is ~40 lines
and tested with real old files.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

SCHEMA_VERSION = "1.1"


def parse_version(text: str) -> tuple[int, int]:
    major, _, minor = text.strip().partition(".")
    return int(major), int(minor or 0)


def format_version(version: tuple[int, int]) -> str:
    return f"{version[0]}.{version[1]}"


CURRENT = parse_version(SCHEMA_VERSION)


def _v1_0_to_v1_1(conn: Connection) -> None:
    """1.1 records the app version that last wrote the file (meta only)."""
    # Nothing to alter in the tables: 1.1 only adds the 'written_by' meta key,
    # which open_store() writes on every open. Kept as a real step so that the
    # runner, the backup and the version bump are exercised from the start.


# (from_version, to_version, step): applied in order while the file is older.
MIGRATIONS: list[tuple[tuple[int, int], tuple[int, int], Callable[[Connection], None]]] = [
    ((1, 0), (1, 1), _v1_0_to_v1_1),
]


def can_migrate(found: tuple[int, int]) -> bool:
    """True when the steps lead from ``found`` to the current major version."""
    version = found
    for source, target, _step in MIGRATIONS:
        if version == source:
            version = target
    return version[0] == CURRENT[0]


def migrate(conn: Connection, found: tuple[int, int]) -> tuple[int, int]:
    """Apply every step from ``found`` up to :data:`CURRENT` inside ``conn``'s transaction."""
    version = found
    for source, target, step in MIGRATIONS:
        if version == source:
            step(conn)
            version = target
    if version[0] != CURRENT[0]:
        raise RuntimeError(f"no migration path from {format_version(found)}")
    return CURRENT if version < CURRENT else version
