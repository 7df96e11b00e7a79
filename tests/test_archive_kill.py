"""A killed ``studio archive add`` leaves the archive as it was before the workshop it was adding.

A child (tests/helpers/archive_add_held.py) runs the real command and stops inside
the transaction of its N-th workshop, after every row of it is written and before
the commit; the parent kills it with SIGKILL there (no timing involved). Then the
archive must hold every workshop committed before, whole, and nothing of the one
being added or replaced: the catalog's counts and fingerprints match the records
read back, no row belongs to no workshop, and on a file SQLite's integrity check
passes. Running the same command again completes the add. On a file, the real
command is also killed as soon as it reports its first workshop.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from archive_support import new_target, newer_copy, small_workshops
from cli_support import run

from studio.archive import open_archive
from studio.archive.content import fingerprint

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]

ROOT = Path(__file__).resolve().parents[1]
CHILD = ROOT / "tests" / "helpers" / "archive_add_held.py"


def held_and_killed(hold_at: int, *args: object) -> None:
    """Run ``studio ARGS`` in a child, kill it inside the ``hold_at``-th workshop's transaction."""
    proc = subprocess.Popen([sys.executable, str(CHILD), str(hold_at), *map(str, args)],
                            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        for line in proc.stdout:  # the workshops before, then "held"
            if line.strip() == "held":
                proc.send_signal(signal.SIGKILL)
                break
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read()


def consistent(target: str) -> dict[str, int]:
    """Check the archive is whole; return each workshop's ballots by the file it came from."""
    if not target.startswith("postgresql"):
        conn = sqlite3.connect(f"{Path(target).resolve().as_uri()}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            conn.close()
    with open_archive(target) as archive:
        listed = archive.workshops()
        rows = archive.count_rows()
        for w in listed:
            rec = archive.records(w.workshop_id)
            assert fingerprint(rec) == w.fingerprint, w.added_from
            assert (len(rec.responses), len(rec.notes), len(rec.scenarios)) == \
                (w.responses, w.notes, w.scenarios)
    assert rows["workshop"] == len(listed)
    assert rows["responses"] == sum(w.responses for w in listed)
    assert rows["notes"] == sum(w.notes for w in listed)
    assert rows["scenarios"] == sum(w.scenarios for w in listed)
    return {w.added_from: w.ballots for w in listed}


@pytest.mark.parametrize("kind", ["file", "server"])
def test_a_killed_add_leaves_the_archive_as_before_that_workshop(kind, tmp_path, request,
                                                                 capsys):
    w1, w2, w3 = small_workshops(tmp_path / "in", [21, 22, 23], ballots=8, notes=5)
    newer = newer_copy(w1, tmp_path / "in" / "w21-newer.workshop", ballots=4, edits=2)
    target = new_target(kind, tmp_path, request)
    assert run(capsys, "archive", "add", target, w1)[0] == 0
    first = consistent(target)
    assert first == {"w21.workshop": 8}

    # killed while replacing w21 by its newer copy: the older copy stays, whole
    held_and_killed(1, "archive", "add", target, newer, w2, w3)
    assert consistent(target) == first

    # killed while adding w22, after the newer copy of w21 was committed
    held_and_killed(2, "archive", "add", target, newer, w2, w3)
    assert consistent(target) == {"w21-newer.workshop": 12}

    # the same command again completes it
    code, out, err = run(capsys, "archive", "add", target, newer, w2, w3)
    assert code == 0 and err == "", err
    assert "2 added, 0 replaced, 1 already there" in out
    assert consistent(target) == {"w21-newer.workshop": 12, "w22.workshop": 8,
                                  "w23.workshop": 8}


def test_the_real_command_killed_after_its_first_workshop(tmp_path, capsys):
    from studio.core.demo import generate_demo

    inputs = []
    for seed in (31, 32, 33):
        path = tmp_path / f"demo{seed}.workshop"
        generate_demo(path, seed=seed).close()
        inputs.append(path)
    target = str(tmp_path / "team.studioarchive")
    proc = subprocess.Popen([sys.executable, "-m", "studio", "archive", "add", target, *map(
        str, inputs)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        encoding="utf-8")
    try:
        first = proc.stdout.readline()  # the first workshop is committed; kill in the next
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert first.startswith("demo31.workshop: added"), proc.stderr.read()
    present = consistent(target)
    assert "demo31.workshop" in present
    assert set(present) <= {"demo31.workshop", "demo32.workshop"}  # in order, nothing torn
    code, _out, _err = run(capsys, "archive", "add", target, *inputs)
    assert code == 0
    assert sorted(consistent(target)) == ["demo31.workshop", "demo32.workshop",
                                          "demo33.workshop"]
