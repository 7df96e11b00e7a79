"""The checked backup copy written before a workshop file is migrated."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from studio.base.errors import WorkshopFileError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.store import schema
from studio.store.atomic import os_error
from studio.store.inspect import read_only_connection
from studio.store.tempfiles import remove_file_and_sidecars, temp_prefix

SUFFIX = ".workshop"


def backup_path(path: Path, version: tuple[int, int]) -> Path:
    """Where the copy made before a migration goes: beside the file, never overwritten."""
    base = path.with_name(f"{path.stem}.backup-v{schema.format_version(version)}{path.suffix}")
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.stem}-{n}{base.suffix}")
    return candidate


def write_backup(path: Path, version: tuple[int, int]) -> Path:
    """Copy ``path`` (no WAL beside it) to its backup name, checked, before a migration.

    The copy is written under a temporary name, flushed to disk, checked (SQLite's
    integrity check and the row count of every table against the original) and
    only then renamed to the backup name: a kill or a full disk never leaves a
    partial file under the name the error messages point users to.
    """
    backup = backup_path(path, version)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(backup), suffix=SUFFIX,
                                        dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise _backup_failed(path, backup, os_error(exc, backup).user_message()) from exc
    tmp = Path(tmp_name)
    try:
        shutil.copyfile(path, tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        problem = _compare_copy(path, tmp)
        if problem:
            raise _backup_failed(path, backup, problem)
        os.replace(tmp, backup)
        _fsync_folder(path.parent)
    except OSError as exc:
        remove_file_and_sidecars(tmp)
        raise _backup_failed(path, backup, os_error(exc, backup).user_message()) from exc
    except BaseException:
        remove_file_and_sidecars(tmp)
        raise
    return backup


def _backup_failed(path: Path, backup: Path, reason: str) -> WorkshopFileError:
    return WorkshopFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} must be converted to the current file format, but its backup copy {backup}"
            " could not be written ({reason}). Nothing was changed; free some space or copy the"
            " file to a folder you can write to, then open it again.",
        ),
        path=str(path), backup=str(backup), reason=reason.rstrip("."),
    )


def _compare_copy(original: Path, copy: Path) -> str | None:
    """None when ``copy`` passes SQLite's integrity check and has the original's row counts."""
    def counts(conn: sqlite3.Connection) -> dict[str, int]:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}

    src = read_only_connection(original)
    dst = read_only_connection(copy)
    try:
        ok = dst.execute("PRAGMA integrity_check(1)").fetchone()
        if not ok or ok[0] != "ok":
            return "the copy fails its integrity check"
        if counts(src) != counts(dst):
            return "the copy does not hold every row"
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        src.close()
        dst.close()
    return None


def copy_consistent(path: Path, copy: Path) -> None:
    """A consistent copy of ``path`` (through a WAL beside it, even while another app writes)."""
    src = read_only_connection(path)
    try:
        dest = sqlite3.connect(copy)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    except sqlite3.Error as exc:
        raise WorkshopFileError(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be read: {reason}"),
            path=str(path), reason=str(exc),
        ) from exc
    finally:
        src.close()


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


