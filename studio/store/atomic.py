"""Write output files atomically: a temporary file beside the target, then rename.

A crash, a full disk or an error while writing leaves no half-written file and
an existing target untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from studio.base.errors import StudioError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.store.tempfiles import (
    parked_name,
    remove_file_and_sidecars,
    sidecars,
    sweep,
    temp_prefix,
)

WORKSHOP_SUFFIX = ".workshop"


def check_output(path: Path, force: bool = False, folder: bool = False) -> None:
    """Refuse to overwrite an existing output unless ``force``; the folder must exist.

    An output file never replaces a folder, ``force`` or not: deleting a folder
    the user named by mistake would lose everything in it. ``folder=True`` is for
    outputs that are folders themselves (CSV export), which check their own target.
    """
    if not folder:
        refuse_folder(path)
    if path.exists() and not force:
        raise StudioError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} already exists. Choose another name or use --force to replace it."
            ),
            path=str(path),
        )
    if path.parent.exists() and not path.parent.is_dir():
        raise StudioError(
            QT_TRANSLATE_NOOP(
                "Errors", "{folder} is a file, not a folder. Choose a folder for {name}."),
            folder=str(path.parent), name=path.name,
        )
    if not path.parent.is_dir():
        raise StudioError(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist. Create it first."),
            folder=str(path.parent),
        )


def folder_in_the_way(path: Path) -> StudioError:
    return StudioError(
        QT_TRANSLATE_NOOP(
            "Errors", "A folder named {path} is in the way, so the file cannot be written there."
            " Choose another file name."
        ),
        path=str(path),
    )


def refuse_folder(path: Path) -> None:
    """Raise when the output file ``path`` names an existing folder (or a link to one)."""
    if Path(path).is_dir():
        raise folder_in_the_way(path)


def os_error(exc: OSError, path: Path) -> StudioError:
    """Turn an OSError while writing ``path`` into a message a user can act on."""
    if exc.errno == errno.EISDIR:  # a folder appeared after the check
        return folder_in_the_way(path)
    if exc.errno == errno.ENOSPC:
        return StudioError(
            QT_TRANSLATE_NOOP(
                "Errors", "The disk is full while writing {path}. Free some space and try again."
            ),
            path=str(path),
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StudioError(
            QT_TRANSLATE_NOOP(
                "Errors", "No permission to write {path}. Choose a folder you can write to."
            ),
            path=str(path),
        )
    return StudioError(
        QT_TRANSLATE_NOOP("Errors", "Could not write {path}: {reason}"),
        path=str(path),
        reason=exc.strerror or str(exc),
    )


@contextlib.contextmanager
def atomic_path(path: Path, suffix: str = "") -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder; rename it over ``path`` on success.

    For writers that want a file name (openpyxl, sqlite backup, matplotlib).
    A folder at ``path`` is refused before any work is done, and never replaced.
    The temporary name carries this process's id (see :mod:`studio.store.tempfiles`),
    so what a killed writer leaves is removed the next time the folder is written.
    A workshop file is replaced together with its SQLite side files (a ``-wal``
    left beside the old file would be replayed into the new one), and never while
    another app has it open.
    """
    path = Path(path)
    refuse_folder(path)
    sweep(path.parent)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=temp_prefix(path), suffix=suffix or ".part", dir=path.parent
        )
    except OSError as exc:  # a read-only or forbidden folder: a message, not a crash
        raise os_error(exc, path) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    # mkstemp creates 0600; an export on a shared folder must open for colleagues too.
    os.chmod(tmp, 0o666 & ~_umask())
    try:
        yield tmp
        _fsync_file(tmp)
        if path.suffix == WORKSHOP_SUFFIX:
            clear_workshop_target(path)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        remove_file_and_sidecars(tmp)
        raise os_error(exc, path) from exc
    except BaseException:
        remove_file_and_sidecars(tmp)
        raise


def clear_workshop_target(path: Path) -> None:
    """Make way for a new workshop file at ``path``: refuse if in use, remove its side files.

    SQLite replays a ``-wal`` (or rolls back a ``-journal``) it finds beside a
    main file into whatever main file is there: left beside a replaced
    workshop, the old file's log would corrupt the new one.
    """
    from studio.store.lock import held_here, live_owner

    owner = live_owner(path)
    if owner is not None or held_here(path):
        raise StudioError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is open in Co-Design Studio and cannot be replaced. Close it there"
                " first, or choose another name.",
            ),
            path=str(path),
        )
    for side in sidecars(path):
        side.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_dir(path: Path) -> Iterator[Path]:
    """Yield a temporary folder beside ``path``; put it in ``path``'s place on success.

    An existing folder at ``path`` is swapped with the new one in one step where
    the system can (Linux); elsewhere it is parked under a hidden name for the
    moment between two renames, and a kill in that moment is repaired by the next
    :func:`~studio.store.tempfiles.sweep` (the old folder returns). Either way the
    old export or the new one is at ``path``.
    """
    path = Path(path)
    sweep(path.parent)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=temp_prefix(path), suffix=".part", dir=path.parent))
    except OSError as exc:
        raise os_error(exc, path) from exc
    os.chmod(tmp, 0o777 & ~_umask())  # mkdtemp creates 0700
    try:
        yield tmp
        if path.exists():
            if exchange_paths(tmp, path):
                shutil.rmtree(tmp, ignore_errors=True)  # tmp now holds the old folder
            else:
                old = parked_name(path)
                shutil.rmtree(old, ignore_errors=True)
                os.replace(path, old)
                os.replace(tmp, path)
                shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, OSError):
            raise os_error(exc, path) from exc
        raise


def exchange_paths(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2(RENAME_EXCHANGE)``); False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                          ctypes.c_uint]
    done = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    if done == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV):
        return False  # a file system without the call: two renames instead
    raise OSError(err, os.strerror(err), str(b))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
