"""The command line contract: exit codes, one line on stderr, atomic outputs."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def studio(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "studio", *args], cwd=cwd or ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_version_and_help():
    from studio import __version__

    out = studio("--version")
    assert out.returncode == 0 and __version__ in out.stdout
    out = studio("--help")
    assert out.returncode == 0 and "demo" in out.stdout
    out = studio("demo", "--help")
    assert out.returncode == 0 and "--seed" in out.stdout


def test_demo_writes_a_workshop_atomically(tmp_path):
    target = tmp_path / "demo.workshop"
    out = studio("demo", "--output", str(target), "--seed", "3")
    assert out.returncode == 0, out.stderr
    assert target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.workshop"]
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM scenario").fetchone()[0] >= 5
    conn.close()


def test_existing_output_needs_force(tmp_path):
    target = tmp_path / "taken.workshop"
    target.write_bytes(b"precious")
    out = studio("demo", "--output", str(target))
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "--force" in out.stderr
    assert target.read_bytes() == b"precious"
    assert studio("demo", "--output", str(target), "--force").returncode == 0


def test_bad_usage_is_one_line_exit_2(tmp_path):
    for args in (["demo"], ["demo", "--output", str(tmp_path / "x.workshop"), "--size", "huge"],
                 ["demo", "--output", str(tmp_path / "x.txt")],
                 ["demo", "--output", str(tmp_path / "missing" / "x.workshop")],
                 [str(tmp_path / "nowhere.workshop")]):
        out = studio(*args)
        assert out.returncode == 2, args
        assert out.stderr.count("\n") == 1, out.stderr
        assert "Traceback" not in out.stderr
    assert not (tmp_path / "x.workshop").exists()


def test_messages_follow_a_german_locale(tmp_path):
    target = tmp_path / "taken.workshop"
    target.write_bytes(b"x")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "de_DE.UTF-8", "LC_ALL": ""}
    out = subprocess.run([sys.executable, "-m", "studio", "demo", "--output", str(target)],
                         env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert "gibt es bereits" in out.stderr and out.stderr.count("\n") == 1
