"""The lock file beside an open workshop: who has it open (host, process, since when).

``NAME.workshop-lock`` holds one line of JSON. The app writes it when it opens
a workshop for writing and removes it when it closes the workshop. A second
app that finds it is told who has the file open and may open it read-only. A
lock left by a killed app (its process no longer runs on this machine) is
taken over. Opening the same file twice in one process shares the lock.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from studio.base.errors import WorkshopFileError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.store.processes import pid_alive, this_host

LOCK_SUFFIX = "-lock"

_held: dict[Path, int] = {}  # lock files of this process -> how many stores use them
_guard = threading.Lock()


@dataclass(frozen=True)
class LockOwner:
    host: str
    pid: int
    since: str
    user: str = ""

    def is_this_process(self) -> bool:
        return self.host == this_host() and self.pid == os.getpid()

    def is_stale(self) -> bool:
        """Left by a process of this machine that no longer runs."""
        return self.host == this_host() and not pid_alive(self.pid)


class WorkshopInUseError(WorkshopFileError):
    """The workshop is open in another Co-Design Studio (a live lock file beside it)."""

    def __init__(self, path: Path, owner: LockOwner) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is open in Co-Design Studio on {host} (process {pid}, since {since})."
                " Close it there, or open it read-only.",
            ),
            path=str(path), host=owner.host, pid=owner.pid, since=owner.since,
        )
        self.on_command_line(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is open in Co-Design Studio on {host} (process {pid}, since {since})."
                " Close it there first, then run the command again.",
            )
        )
        self.path = path
        self.owner = owner


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + LOCK_SUFFIX)


def read_owner(path: Path) -> LockOwner | None:
    """Who holds the lock of workshop ``path``; None without a (readable) lock file."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockOwner(str(data["host"]), int(data["pid"]), str(data.get("since", "")),
                         str(data.get("user", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def live_owner(path: Path) -> LockOwner | None:
    """Another live holder of ``path``'s lock (not this process, not stale), else None."""
    owner = read_owner(path)
    if owner is None or owner.is_this_process() or owner.is_stale():
        return None
    return owner


def acquire(path: Path) -> Path:
    """Take the lock of workshop ``path`` for this process; raise if another app holds it."""
    key = lock_path(Path(path).absolute())
    with _guard:
        if key in _held:
            _held[key] += 1
            return key
        for _attempt in range(3):
            try:
                fd = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                owner = read_owner(key.with_name(key.name[: -len(LOCK_SUFFIX)]))
                if owner is not None and not owner.is_stale() and not owner.is_this_process():
                    raise WorkshopInUseError(path, owner) from None
                # Stale (or unreadable, half-written by a killed app): take it over.
                with contextlib.suppress(FileNotFoundError):
                    key.unlink()
                continue
            except OSError:
                # A read-only folder or file system: no lock possible; the file itself
                # will say whether it can be written.
                return key
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(json.dumps(_me()) + "\n")
            _held[key] = 1
            return key
    return key


def release(key: Path) -> None:
    """Give back a lock taken with :func:`acquire` (removed when its last user closes)."""
    with _guard:
        count = _held.get(key, 0)
        if count > 1:
            _held[key] = count - 1
            return
        _held.pop(key, None)
        if count == 0:
            return
        owner = read_owner(key.with_name(key.name[: -len(LOCK_SUFFIX)]))
        if owner is not None and owner.is_this_process():
            with contextlib.suppress(OSError):
                key.unlink()


def _me() -> dict[str, object]:
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in the environment
        user = ""
    return {"host": this_host(), "pid": os.getpid(), "user": user,
            "since": datetime.now().strftime("%Y-%m-%d %H:%M")}


def held_here(path: Path) -> bool:
    """True while this process has workshop ``path`` open for writing."""
    with _guard:
        return lock_path(Path(path).absolute()) in _held
