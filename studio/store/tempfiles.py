"""Temporary files of our own naming, and the clean-up of those a killed app left behind.

Every partial output is written under a hidden name that carries the writing
process's id: ``.NAME.studio-tmp-PID-RANDOM.SUFFIX`` (a file or folder), plus
SQLite's ``-wal``/``-shm``/``-journal`` beside a partial workshop. A CSV export
that replaces a folder parks the old one as ``.NAME.studio-old-PID`` for a moment.

:func:`sweep` removes what a process that no longer runs left in a folder: its
partial files (and their SQLite side files), and it puts a parked old folder
back where a kill left no folder at all. :func:`sweep_temp_folder` does the same
for copies of workshops in the system's temporary folder. Both leave alone
whatever belongs to a running process and anything newer than this process.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from studio.store.processes import pid_alive

TAG = "studio-tmp"
SIDECARS = ("-wal", "-shm", "-journal")
#: Copies in the temporary folder written by code without a process id in their names.
_UNTAGGED_TEMP = ("studio-read-", "studio-export-")
#: An untagged temporary folder must be this much older than this process to be removed:
#: another app may be using it right now (its process id is not in the name).
UNTAGGED_MARGIN_S = 600.0

_TEMP_RE = re.compile(r"^\.(?P<name>.+)\.studio-tmp-(?P<pid>\d+)-")
_OLD_RE = re.compile(r"^\.(?P<name>.+)\.studio-old-(?P<pid>\d+)$")
_SNAPSHOT_RE = re.compile(r"^studio-snapshot-(?P<pid>\d+)-")

STARTED = time.time()  # close enough to the process start: imported when a command starts


def temp_prefix(path: Path) -> str:
    """The hidden name prefix for a partial version of ``path`` (used with mkstemp/mkdtemp)."""
    return f".{Path(path).name}.{TAG}-{os.getpid()}-"


def parked_name(path: Path) -> Path:
    """Where an old output folder waits while the new one takes its place."""
    path = Path(path)
    return path.with_name(f".{path.name}.studio-old-{os.getpid()}")


def sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in SIDECARS]


def remove_file_and_sidecars(path: Path) -> None:
    for p in (Path(path), *sidecars(Path(path))):
        with contextlib.suppress(OSError):
            p.unlink()


def _remove(entry: Path) -> None:
    if entry.is_dir() and not entry.is_symlink():
        shutil.rmtree(entry, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            entry.unlink()


def sweep(folder: Path, started: float | None = None) -> list[Path]:
    """Clean up after killed writers in ``folder``; return what was removed or restored."""
    started = STARTED if started is None else started
    done: list[Path] = []
    try:
        entries = [e for e in Path(folder).iterdir() if e.name.startswith(".")]
    except OSError:
        return done
    for entry in entries:
        old = _OLD_RE.match(entry.name)
        if old and not pid_alive(int(old["pid"])):
            target = entry.with_name(old["name"])
            try:
                if target.exists() or target.is_symlink():
                    _remove(entry)  # the new output made it: the old one goes
                else:
                    os.replace(entry, target)  # killed between the renames: the old one returns
            except OSError:
                continue
            done.append(entry)
            continue
        partial = _TEMP_RE.match(entry.name)
        if not partial or pid_alive(int(partial["pid"])):
            continue
        try:
            if entry.lstat().st_mtime >= started:
                continue
        except OSError:
            continue
        _remove(entry)
        done.append(entry)
    return done


def sweep_temp_folder(started: float | None = None, folder: Path | None = None) -> list[Path]:
    """Remove copies of workshops a killed app left in the temporary folder."""
    started = STARTED if started is None else started
    folder = Path(tempfile.gettempdir()) if folder is None else Path(folder)
    done: list[Path] = []
    try:
        entries = [e for e in folder.iterdir() if e.name.startswith("studio-")]
    except OSError:
        return done
    for entry in entries:
        snap = _SNAPSHOT_RE.match(entry.name)
        try:
            mtime = entry.lstat().st_mtime
        except OSError:
            continue
        if snap:
            stale = not pid_alive(int(snap["pid"])) and mtime < started
        elif entry.name.startswith(_UNTAGGED_TEMP):
            stale = mtime < started - UNTAGGED_MARGIN_S
        else:
            continue
        if stale and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
            done.append(entry)
    return done


def snapshot_folder() -> Path:
    """A new private folder in the temporary folder for a read-only copy of a workshop."""
    return Path(tempfile.mkdtemp(prefix=f"studio-snapshot-{os.getpid()}-"))
