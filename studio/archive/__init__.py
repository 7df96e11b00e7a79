"""The strategy team's archive of many workshops (Qt-free).

``open_archive(target)`` opens a ``.studioarchive`` file or a PostgreSQL
database (``postgresql://…``) as an :class:`Archive`; see
:mod:`studio.archive.archive` for what adding does with a workshop that is
already there, :mod:`studio.archive.store` for where an archive lives and
:mod:`studio.archive.schema` for its tables.
"""

from studio.archive.archive import (
    ADDED,
    KEPT,
    REPLACED,
    UNCHANGED,
    AddOutcome,
    Archive,
    ArchivedWorkshop,
    ArchiveSource,
    WorkshopContent,
    open_archive,
)
from studio.archive.store import ArchiveConnectionError, ArchiveError, is_archive_target

__all__ = [
    "ADDED",
    "KEPT",
    "REPLACED",
    "UNCHANGED",
    "AddOutcome",
    "Archive",
    "ArchiveConnectionError",
    "ArchiveError",
    "ArchiveSource",
    "ArchivedWorkshop",
    "WorkshopContent",
    "is_archive_target",
    "open_archive",
]
