"""Is a file on a network file system? (SQLite's WAL mode is not safe there.)

WAL needs shared memory between all processes that open the file, which a
network file system (SMB/CIFS, NFS, sshfs, WebDAV, ...) does not give across
machines, and their byte-range locks are often unreliable. A workshop on such
a file system is therefore opened with the rollback journal
(``journal_mode=DELETE``, ``synchronous=FULL``) and the app says so.

How it is detected:
- Linux: the mount that holds the file, from ``/proc/self/mountinfo`` (its file
  system type, e.g. ``cifs``, ``nfs4``, ``fuse.sshfs``);
- macOS: ``statfs(2)``'s ``f_fstypename`` (``smbfs``, ``nfs``, ``afpfs``, ``webdav``, ...);
- Windows: a UNC path (``\\\\server\\share``) or ``GetDriveTypeW`` = ``DRIVE_REMOTE``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

MOUNTINFO = Path("/proc/self/mountinfo")

#: File system types (Linux mountinfo, macOS f_fstypename) that live on another machine.
NETWORK_TYPES = frozenset({
    "cifs", "smb", "smb2", "smb3", "smbfs", "nfs", "nfs4", "afs", "afpfs", "ncpfs", "ncp",
    "9p", "ceph", "glusterfs", "lustre", "gfs2", "ocfs2", "davfs", "webdav", "coda",
    "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.s3fs", "fuse.davfs2", "fuse.glusterfs",
    "fuse.cephfs", "fuse.gvfsd-fuse", "osxfuse", "macfuse",
})


def network_file_system(path: Path, mountinfo: Path | None = None) -> str | None:
    """The network file system type that holds ``path`` (e.g. ``"cifs"``), or None if local."""
    path = Path(path)
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows
            return _windows(path)
        if sys.platform == "darwin" and mountinfo is None:  # pragma: no cover - macOS
            return _macos(path)
        return _linux(path, MOUNTINFO if mountinfo is None else mountinfo)
    except (OSError, ValueError):
        return None


def _unescape(field: str) -> str:
    """Mount points in mountinfo escape space, tab, newline and backslash as octal."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def _linux(path: Path, mountinfo: Path) -> str | None:
    target = os.path.realpath(path.parent if not path.exists() else path)
    best, best_type = "", ""
    for line in mountinfo.read_text(encoding="utf-8", errors="replace").splitlines():
        left, sep, right = line.partition(" - ")
        fields = left.split()
        if not sep or len(fields) < 5:
            continue
        mount_point = _unescape(fields[4])
        fstype = right.split()[0] if right.split() else ""
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fstype
    if best_type in NETWORK_TYPES or best_type.startswith(("nfs", "smb")):
        return best_type
    return None


def _macos(path: Path) -> str | None:  # pragma: no cover - macOS
    import ctypes
    import ctypes.util

    class StatFs(ctypes.Structure):
        _fields_ = [("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32),
                    ("f_blocks", ctypes.c_uint64), ("f_bfree", ctypes.c_uint64),
                    ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
                    ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2),
                    ("f_owner", ctypes.c_uint32), ("f_type", ctypes.c_uint32),
                    ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
                    ("f_fstypename", ctypes.c_char * 16), ("f_mntonname", ctypes.c_char * 1024),
                    ("f_mntfromname", ctypes.c_char * 1024), ("f_reserved", ctypes.c_uint32 * 8)]

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    statfs = libc["statfs$INODE64"] if hasattr(libc, "statfs$INODE64") else libc.statfs
    buf = StatFs()
    target = path if path.exists() else path.parent
    if statfs(os.fsencode(target), ctypes.byref(buf)) != 0:
        return None
    name = buf.f_fstypename.decode(errors="replace")
    return name if name in NETWORK_TYPES else None


def _windows(path: Path) -> str | None:  # pragma: no cover - Windows
    import ctypes

    full = os.path.abspath(path)
    if full.startswith(("\\\\", "//")) and not full.startswith(("\\\\?\\", "\\\\.\\")):
        return "smb"
    drive = os.path.splitdrive(full)[0]
    if drive.startswith("\\\\?\\UNC\\"):
        return "smb"
    if not drive:
        return None
    drive_remote = 4
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    return "network drive" if kind == drive_remote else None
