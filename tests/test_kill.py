"""Durability: a confirmed ballot or note survives the app being killed at any moment.

A child process (tests/helpers/cast_until_killed.py) opens a real workshop file
through ``WorkshopStore.open`` and casts ballots through
``BallotService.cast_ballot`` (in some rounds also notes through
``NoteService.add_note``), printing each id only after the call returned, i.e.
after the commit with ``synchronous=FULL``. The parent kills it with SIGKILL at
a seeded random moment: sometimes while it is still starting or opening the
file, mostly while it is writing. After each round the file is opened again
through ``WorkshopStore.open`` (checks and migrations run, the hot WAL is
recovered) and then checked with plain ``sqlite3``: every confirmed id is
there, ballots are whole (ballot and response rows together), at most one
unconfirmed write per round, and ``PRAGMA integrity_check`` says ok.

SIGKILL does not model a power cut (the OS cache survives); it checks that the
app never reports a vote before its transaction is committed and that a file
left by a killed app always opens again, intact.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from studio.core.ballots import BallotService
from studio.core.facilitation import FacilitationService
from studio.core.workshops import WorkshopService
from studio.store.database import WorkshopStore

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]

ROOT = Path(__file__).resolve().parents[1]
CHILD = ROOT / "tests" / "helpers" / "cast_until_killed.py"
ROUNDS = 24
SEED = 20261014
READY_TIMEOUT_S = 30.0


@dataclass
class Round:
    """What one child confirmed before it was killed."""

    ballots: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    ready: threading.Event = field(default_factory=threading.Event)
    partial: str = ""  # a last line cut by the kill: never counted as confirmed


def _make_workshop(path: Path) -> str:
    store = WorkshopStore.create(path)
    try:
        workshops = WorkshopService(store)
        workshops.create_workshop("Kill test")
        scenario = workshops.add_scenario({"id": "kill-test", "title": {"de": "Test"}})
        activity = workshops.add_activity(
            scenario.id, "scale", "Wie nützlich?",
            settings={"min": 1, "max": 5, "min_label": "gar nicht", "max_label": "sehr"},
        )
        FacilitationService(store).open_voting(activity.id)
        return activity.id
    finally:
        store.close()


def _read(stream, found: Round) -> None:
    """Collect confirmed ids from the child's stdout (runs in a thread until EOF)."""
    for line in stream:
        if not line.endswith("\n"):
            found.partial = line
            break
        kind, _, value = line.strip().partition(" ")
        if kind == "ready":
            found.ready.set()
        elif kind == "B":
            found.ballots.append(value)
        elif kind == "N":
            found.notes.append(value)


def _run_round(path: Path, activity_id: str, rng: random.Random, index: int,
               with_notes: bool) -> Round:
    args = [sys.executable, str(CHILD), str(path), activity_id, "--seed", str(index)]
    if with_notes:
        args.append("--notes")
    found = Round()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8")
    reader = threading.Thread(target=_read, args=(proc.stdout, found), daemon=True)
    reader.start()
    try:
        if index % 4 == 0:
            # Early kill: during start-up, while opening the file (its checks
            # and the 'written_by' stamp) or in the first writes.
            delay = rng.uniform(0.0, 0.5)
        else:
            assert found.ready.wait(READY_TIMEOUT_S), _child_failed(proc)
            delay = rng.uniform(0.0, 0.35)
        # The random kill moment is the point of this test, not a wait for a condition.
        time.sleep(delay)
        if proc.poll() is not None:
            pytest.fail(f"round {index}: the child ended by itself. {_child_failed(proc)}")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    reader.join(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    return found


def _child_failed(proc: subprocess.Popen) -> str:
    if proc.poll() is None:
        return "the child did not get ready in time"
    return f"child exited {proc.returncode}: {proc.stderr.read()[-2000:]}"


def _rows(path: Path) -> tuple[set[str], set[str], dict[str, int]]:
    """Ballot ids, note ids and responses per ballot, read with plain sqlite3."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        ballots = {r[0] for r in conn.execute("SELECT id FROM ballot")}
        notes = {r[0] for r in conn.execute("SELECT id FROM note")}
        per_ballot = dict(conn.execute(
            "SELECT b.id, COUNT(r.id) FROM ballot b LEFT JOIN response r ON r.ballot_id = b.id"
            " GROUP BY b.id"))
        version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        assert version is not None
    finally:
        conn.close()
    return ballots, notes, per_ballot


def test_confirmed_writes_survive_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "kill.workshop"
    activity_id = _make_workshop(path)
    rng = random.Random(SEED)
    confirmed_ballots: set[str] = set()
    confirmed_notes: set[str] = set()
    before_ballots: set[str] = set()
    before_notes: set[str] = set()
    rounds_with_writes = 0

    for index in range(ROUNDS):
        with_notes = index % 3 == 1
        found = _run_round(path, activity_id, rng, index, with_notes)
        confirmed_ballots.update(found.ballots)
        confirmed_notes.update(found.notes)
        rounds_with_writes += bool(found.ballots or found.notes)

        # The app's own door must accept the file a killed app left behind.
        store = WorkshopStore.open(path)
        try:
            in_app = BallotService(store).ballot_count(activity_id)
        finally:
            store.close()

        ballots, notes, per_ballot = _rows(path)
        assert in_app == len(ballots)
        missing = (confirmed_ballots - ballots) | (confirmed_notes - notes)
        assert not missing, f"round {index}: confirmed but lost: {sorted(missing)[:5]}"
        # A ballot is whole or absent: never a ballot row without its response.
        assert all(n == 1 for n in per_ballot.values()), f"round {index}: torn ballot"
        # The child writes one thing at a time: at most one committed write was
        # not yet confirmed when it died; nothing else appears.
        new_rows = len(ballots - before_ballots) + len(notes - before_notes)
        assert new_rows - len(found.ballots) - len(found.notes) in (0, 1), f"round {index}"
        before_ballots, before_notes = ballots, notes

    assert len(confirmed_ballots) > ROUNDS  # the kills did hit a process that was writing
    assert confirmed_notes
    assert rounds_with_writes >= ROUNDS // 2
