"""Replacing, backing up and cleaning up workshop files (issue 15, items 1, 2 and 3).

The attacks of the issue, reproduced: a ``-wal`` left by a crash beside a file
that ``--force`` replaces; a migration killed (SIGKILL) or out of disk space
while it writes its backup; commands killed while their partial outputs exist;
a CSV export with ``--force`` killed between its two renames.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_support import one_line, run
from workshop_files import count, execute, write_workshop

from studio.base.errors import WorkshopFileError
from studio.store.database import WorkshopStore

ROOT = Path(__file__).resolve().parents[1]
HOLD_OPEN = ROOT / "tests" / "helpers" / "hold_open.py"


def _python(code: str, *args: object, env: dict[str, str] | None = None,
            check: bool = False) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter on this checkout (a new ``studio`` process)."""
    prelude = f"import sys; sys.path.insert(0, {str(ROOT)!r}); sys.argv[1:] = {list(map(str, args))!r}\n"
    result = subprocess.run([sys.executable, "-c", prelude + code], capture_output=True,
                            text=True, env={**os.environ, **(env or {})}, timeout=300, cwd=ROOT,
                            check=False)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def _studio(*args: object, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return _python("from studio.cli import main; raise SystemExit(main(sys.argv[1:]))", *args,
                   env=env)


def _crash_leaving_wal(path: Path) -> None:
    """A writer that is killed after its commits: the WAL stays beside ``path``."""
    code = (
        "import os, signal, sqlite3\n"
        "con = sqlite3.connect(sys.argv[1])\n"
        "con.execute('PRAGMA journal_mode=WAL')\n"
        "for i in range(40):\n"
        "    con.execute(\"UPDATE note SET text = 'Neu ' || ? WHERE rowid = 1 + ? % 6\", (i, i))\n"
        "    con.commit()\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    _python(code, path)
    assert path.with_name(path.name + "-wal").stat().st_size > 0


def _integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# -- item 1: --force over a file with a WAL beside it --------------------------------------------
def test_demo_force_over_a_crashed_workshop_gives_a_sound_file(tmp_path: Path, capsys) -> None:
    target = write_workshop(tmp_path / "session.workshop", ballots=200, notes=60)
    _crash_leaving_wal(target)
    code, _out, err = run(capsys, "demo", "--output", target, "--force")
    assert code == 0, err
    assert not target.with_name(target.name + "-wal").exists()
    assert _integrity(target) == "ok"
    store = WorkshopStore.open(target)  # the demo, not a mix of both files
    store.close()
    assert count(target, "note") > 60


def test_import_force_over_a_crashed_workshop_gives_a_sound_file(tmp_path: Path, capsys) -> None:
    demo = tmp_path / "demo.workshop"
    assert run(capsys, "demo", "--output", demo)[0] == 0
    export = tmp_path / "demo.xlsx"
    assert run(capsys, "export", demo, "--output", export)[0] == 0
    target = write_workshop(tmp_path / "session.workshop", ballots=200, notes=60)
    _crash_leaving_wal(target)
    code, _out, err = run(capsys, "import", export, "--output", target, "--force")
    assert code == 0, err
    assert _integrity(target) == "ok"
    assert count(target, "note") == count(demo, "note")


def test_force_refuses_a_workshop_another_app_has_open(tmp_path: Path, capsys) -> None:
    target = write_workshop(tmp_path / "live.workshop")
    other = subprocess.Popen([sys.executable, str(HOLD_OPEN), str(target), "--write"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert other.stdout.readline().strip() == "ready"
        before = target.read_bytes()
        code, _out, err = run(capsys, "demo", "--output", target, "--force")
        assert code == 2
        assert "is open in Co-Design Studio" in one_line(err)
        assert target.read_bytes() == before
    finally:
        other.communicate("", timeout=60)
    assert count(target, "note") == 7  # the other app's note is there, nothing was replaced


# -- item 2: the backup before a migration -------------------------------------------------------
def _older(path: Path) -> Path:
    write_workshop(path)
    execute(path, "UPDATE meta SET value = '1.0' WHERE key = 'schema_version'")
    return path


def test_a_migration_killed_while_backing_up_leaves_no_false_backup(tmp_path: Path) -> None:
    path = _older(tmp_path / "old.workshop")
    original = path.read_bytes()
    code = (
        "import os, shutil, signal\n"
        "def dying(src, dst, *args, **kwargs):\n"
        "    data = open(src, 'rb').read()\n"
        "    with open(dst, 'wb') as fh:\n"
        "        fh.write(data[: len(data) // 2])\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "shutil.copyfile = dying\n"
        "from studio.store.database import WorkshopStore\n"
        "WorkshopStore.open(sys.argv[1])\n"
    )
    result = _python(code, path)
    assert result.returncode == -9
    backup = tmp_path / "old.backup-v1.0.workshop"
    assert not backup.exists()  # never a truncated file under the name users are sent to
    assert path.read_bytes() == original
    # The next app cleans up the partial copy and writes a complete, checked backup.
    _python("from studio.store.database import WorkshopStore\n"
            "WorkshopStore.open(sys.argv[1]).close()\n", path, check=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.backup-v1.0.workshop",
                                                          "old.workshop"]
    assert _integrity(backup) == "ok"
    assert count(backup, "ballot") == count(path, "ballot") == 20


def test_a_full_disk_while_backing_up_refuses_and_leaves_no_empty_backup(
        tmp_path: Path, monkeypatch) -> None:
    path = _older(tmp_path / "old.workshop")
    original = path.read_bytes()

    def full(src, dst, *args, **kwargs):
        Path(dst).write_bytes(b"")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", full)
    with pytest.raises(WorkshopFileError) as info:
        WorkshopStore.open(path)
    assert "backup copy" in str(info.value) and "disk is full" in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.workshop"]
    assert path.read_bytes() == original


def test_a_backup_that_fails_its_check_is_not_kept(tmp_path: Path, monkeypatch) -> None:
    path = _older(tmp_path / "old.workshop")
    real_copy = shutil.copyfile

    def lossy(src, dst, *args, **kwargs):
        real_copy(src, dst)
        execute(Path(dst), "DELETE FROM note WHERE rowid = 1")
        Path(str(dst) + "-wal").unlink(missing_ok=True)

    monkeypatch.setattr(shutil, "copyfile", lossy)
    with pytest.raises(WorkshopFileError) as info:
        WorkshopStore.open(path)
    assert "does not hold every row" in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.workshop"]


# -- item 3: nothing partial outlives a command --------------------------------------------------
def test_a_killed_demo_leaves_nothing_after_the_next_command(tmp_path: Path) -> None:
    code = (
        "import os, signal\n"
        "from studio.store.database import WorkshopStore\n"
        "WorkshopStore.checkpoint = lambda self: os.kill(os.getpid(), signal.SIGKILL)\n"
        "from studio.cli import main\n"
        "main(['demo', '--output', sys.argv[1]])\n"
    )
    assert _python(code, tmp_path / "big.workshop").returncode == -9
    left = _hidden(tmp_path)
    assert any(name.endswith("-wal") for name in left), left  # the kill left a partial demo
    assert _studio("demo", "--output", tmp_path / "other.workshop").returncode == 0
    assert _hidden(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.workshop"]


def test_copies_in_the_temporary_folder_are_removed_on_start(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(dead.stdout)
    old = time.time() - 3 * 3600
    stale = [temp / "studio-read-x1y2z3", temp / f"studio-snapshot-{dead_pid}-abc"]
    for folder in stale:
        folder.mkdir()
        write_workshop(folder / "copy.workshop", ballots=1, notes=1)
        os.utime(folder, (old, old))
    fresh = temp / "studio-read-inuse"  # another app's copy of a moment ago
    fresh.mkdir()
    unrelated = temp / "other-program"
    unrelated.mkdir()
    os.utime(unrelated, (old, old))
    result = _studio("demo", "--output", tmp_path / "demo.workshop", env={"TMPDIR": str(temp)})
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in temp.iterdir()) == ["other-program", "studio-read-inuse"]


def _csv_export(demo: Path, out: Path, kill_after: str) -> subprocess.CompletedProcess:
    """``studio export --format csv --force``, killed right after the step ``kill_after``."""
    code = (
        "import os, signal\n"
        "from studio.store import atomic\n"
        "mode = sys.argv[3]\n"
        "if mode == 'park':\n"
        "    atomic.exchange_paths = lambda a, b: False  # a system without an atomic swap\n"
        "    real = os.replace\n"
        "    def replace(src, dst):\n"
        "        real(src, dst)\n"
        "        if 'studio-old' in os.fspath(dst):\n"
        "            os.kill(os.getpid(), signal.SIGKILL)\n"
        "    os.replace = replace\n"
        "else:\n"
        "    real_swap = atomic.exchange_paths\n"
        "    def swap(a, b):\n"
        "        assert real_swap(a, b)\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    atomic.exchange_paths = swap\n"
        "from studio.cli import main\n"
        "main(['export', sys.argv[1], '--format', 'csv', '--output', sys.argv[2], '--force'])\n"
    )
    return _python(code, demo, out, kill_after)


@pytest.fixture
def csv_setup(tmp_path: Path, capsys) -> tuple[Path, Path, list[str]]:
    demo = tmp_path / "demo.workshop"
    assert run(capsys, "demo", "--output", demo)[0] == 0
    out = tmp_path / "out" / "csv"
    out.parent.mkdir()
    assert run(capsys, "export", demo, "--format", "csv", "--output", out)[0] == 0
    files = sorted(p.name for p in out.iterdir())
    (out / "About.csv").write_text("the old export\n")  # to tell the old export from the new
    return demo, out, files


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="atomic swap is Linux's")
def test_csv_force_killed_at_the_swap_leaves_the_new_export(csv_setup) -> None:
    demo, out, files = csv_setup
    assert _csv_export(demo, out, "swap").returncode == -9
    assert sorted(p.name for p in out.iterdir()) == files  # the new export, whole
    assert (out / "About.csv").read_text() != "the old export\n"
    assert _studio("demo", "--output", out.parent / "x.workshop").returncode == 0
    assert _hidden(out.parent) == []  # the old one, parked under the temporary name, is gone


def test_csv_force_killed_between_two_renames_gets_the_old_export_back(csv_setup) -> None:
    demo, out, _files = csv_setup
    assert _csv_export(demo, out, "park").returncode == -9
    assert _studio("demo", "--output", out.parent / "x.workshop").returncode == 0
    assert (out / "About.csv").read_text() == "the old export\n"
    assert _hidden(out.parent) == []
