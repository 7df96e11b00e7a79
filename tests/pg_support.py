"""A throw-away PostgreSQL cluster for the tests (shared by the workshop and archive tests).

``initdb`` in a temporary folder, reached over a unix socket only (no TCP), stopped
and deleted at the end, also after a failure. :func:`start_server` yields it, or
skips the test, saying why, where the server binaries or psycopg are missing
(``./dev test`` installs both when run as root). The session fixture ``pg_server``
lives in ``conftest.py``.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


def _server_bin() -> Path | None:
    """Folder of pg_ctl/initdb: on PATH, or Debian's /usr/lib/postgresql/N/bin (newest N)."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    versions = [p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/pg_ctl")
                if (p.parent / "initdb").exists() and p.parent.parent.name.isdigit()]
    return max(versions, key=lambda b: int(b.parent.name), default=None)


def _run_as() -> list[str] | None:
    """initdb refuses root: run the server as the 'postgres' (or 'nobody') user then."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("runuser"):
        return None
    for user in ("postgres", "nobody"):
        try:
            pwd.getpwnam(user)
        except KeyError:
            continue
        return ["runuser", "-u", user, "--"]
    return None


class Server:
    """A throw-away cluster in ``folder``, reached over its unix socket only (no TCP)."""

    def __init__(self, bin_dir: Path, folder: Path, prefix: list[str]) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        self.bin_dir, self.folder, self.prefix = bin_dir, folder, prefix
        self.data, self.log = folder / "data", folder / "server.log"
        self._names = itertools.count(1)
        # NullPool: a fresh connection each time, also after a restart.
        self.admin = create_engine(self._url("postgres"), isolation_level="AUTOCOMMIT",
                                   poolclass=NullPool)

    def _run(self, tool: str, *args: str) -> None:
        done = subprocess.run([*self.prefix, str(self.bin_dir / tool), *args], cwd=self.folder,
                              capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{tool} {' '.join(args)} failed:\n{done.stdout}{done.stderr}{log}")

    def _pg_ctl(self, *args: str) -> None:
        # fsync off: a throw-away cluster (commits stay synchronous: synchronous_commit=on).
        options = f"-k {self.folder} -c listen_addresses='' -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                  "-o", options, *args)

    def init_and_start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "studio", "-A", "trust", "-E", "UTF8",
                  "--no-sync")
        self._pg_ctl("start")

    def restart(self) -> None:
        self._pg_ctl("-m", "fast", "restart")

    def stop(self) -> None:
        self.admin.dispose()
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def _url(self, database: str) -> str:
        return f"postgresql+psycopg://studio@/{database}?host={self.folder}"

    def new_url(self) -> str:
        """A fresh, empty database: one workshop per database."""
        from sqlalchemy import text

        name = f"workshop_{next(self._names)}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        return self._url(name)


@contextlib.contextmanager
def start_server() -> Iterator[Server]:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install 'psycopg[binary]'; ./dev test does)")
    bin_dir = _server_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries not found (Debian: apt-get install postgresql)")
    prefix = _run_as()
    if prefix is None:
        pytest.skip("running as root without a 'postgres' user and runuser to start the server")
    # A short path: the server's unix socket lives in it (at most ~100 characters).
    folder = Path(tempfile.mkdtemp(prefix="studio-pg-",
                                   dir="/tmp" if Path("/tmp").is_dir() else None))
    if prefix:
        user = pwd.getpwnam(prefix[2])
        os.chown(folder, user.pw_uid, user.pw_gid)
    server = Server(bin_dir, folder, prefix)
    try:
        server.init_and_start()
        yield server
    finally:
        try:
            server.stop()
        finally:
            shutil.rmtree(folder, ignore_errors=True)

