"""Write output files atomically: a temporary file beside the target, then rename.

A crash, a full disk or an error while writing leaves no half-written file and
an existing target untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from studio.base.errors import StudioError
from studio.base.i18n import QT_TRANSLATE_NOOP


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
    """
    path = Path(path)
    refuse_folder(path)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=suffix or ".part", dir=path.parent
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
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise os_error(exc, path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_dir(path: Path) -> Iterator[Path]:
    """Yield a temporary folder beside ``path``; rename it to ``path`` on success."""
    path = Path(path)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent))
    except OSError as exc:
        raise os_error(exc, path) from exc
    os.chmod(tmp, 0o777 & ~_umask())  # mkdtemp creates 0700
    try:
        yield tmp
        if path.exists():
            import shutil

            old = path.with_name(f".{path.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(path, old)
            os.replace(tmp, path)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, path)
    except BaseException as exc:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, OSError):
            raise os_error(exc, path) from exc
        raise


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
