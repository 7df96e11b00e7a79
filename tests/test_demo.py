"""The demo workshop's contract: what ``studio demo`` promises to write.

The demo is the first thing a new user opens and the benchmark workload, so
its promises are tested: the small one shows every feature, the same seed
gives the same file content (ids and timestamps included), the large one has
the benchmark's counts.

The files are written to a RAM disk when there is one: this tests the demo's
content, not durability (tests/test_kill.py does that), and the generator
commits every vote with ``synchronous=FULL``, which costs more than the
generation itself on a real disk.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio import cli
from studio.core.ballots import BallotService
from studio.core.board_layout import CARD_WIDTH, UNPLACED, estimated_card_height
from studio.core.kinds import DEFAULT_NOTE_CATEGORIES, ActivityKind, ActivityState, Source
from studio.core.notes import NoteService
from studio.core.workshops import WorkshopService, workshop_summary
from studio.store.database import WorkshopStore

# Meta facts about the file itself, not workshop content: the wall-clock time
# the file was created. Everything else must be equal for equal seeds.
NOT_REPRODUCIBLE = {("meta", "created_at")}


@pytest.fixture(scope="module")
def fast_dir(tmp_path_factory) -> Iterator[Path]:
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        folder = Path(tempfile.mkdtemp(prefix="studio-test-demo-", dir=shm))
        yield folder
        shutil.rmtree(folder, ignore_errors=True)
    else:
        yield tmp_path_factory.mktemp("demo")


def _demo(path: Path, *args: str) -> Path:
    """Write a demo through the command line, in process."""
    assert cli.main(["demo", "--output", str(path), *args]) == cli.EXIT_OK
    assert path.is_file()
    assert not path.with_name(path.name + "-wal").exists()  # a finished, standalone file
    return path


@pytest.fixture(scope="module")
def small_demo(fast_dir: Path) -> Path:
    return _demo(fast_dir / "small-seed1.workshop", "--seed", "1")


@pytest.fixture
def small_store(small_demo: Path) -> Iterator[WorkshopStore]:
    store = WorkshopStore.open(small_demo)
    yield store
    store.close()


def _all_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        out = {}
        for table in tables:
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            if table == "meta":
                rows = [r for r in rows if ("meta", r[0]) not in NOT_REPRODUCIBLE]
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()


# -- the small demo shows every feature --------------------------------------------------
def test_small_demo_has_scenarios_and_every_kind(small_store: WorkshopStore) -> None:
    agenda = WorkshopService(small_store).agenda()
    assert len(agenda) >= 5
    activities = [a for sc in agenda for a in sc.activities]
    assert {ActivityKind(a.kind) for a in activities} == set(ActivityKind)
    # A workshop that has already been run: nothing left in draft or open.
    for act in activities:
        expected = ActivityState.CLOSED if act.kind == "notes" else ActivityState.REVEALED
        assert ActivityState(act.state) is expected, act.prompt


def test_small_demo_has_ballots_and_tallies(small_store: WorkshopStore) -> None:
    ballots = BallotService(small_store)
    activities = [a for sc in WorkshopService(small_store).agenda() for a in sc.activities
                  if a.kind != "notes"]
    sources: set[str] = set()
    for act in activities:
        assert ballots.ballot_count(act.id) > 0, act.prompt
        for response in ballots.responses(act.id):
            sources.add(response.source)
            if response.ballot_id is None:
                assert Source(response.source) in (Source.TALLY, Source.PAPER)
    assert {Source.SCREEN.value, Source.TALLY.value} <= sources
    participants = max(ballots.ballot_count(a.id) for a in activities)
    assert 20 <= participants <= 40


def test_small_demo_has_notes_clusters_and_hidden_notes(small_store: WorkshopStore) -> None:
    notes = NoteService(small_store)
    every = notes.notes()
    assert {n.category for n in every} == {c["key"] for c in DEFAULT_NOTE_CATEGORIES}
    clustered = [n for n in every if n.cluster_id]
    assert clustered and len(clustered) < len(every)
    assert {n.cluster_id for n in clustered} <= {c.id for c in notes.clusters()}
    hidden = [n for n in every if n.moderation == "hidden"]
    assert hidden and all(n.hidden_reason.strip() for n in hidden)
    assert any(n.merged_into_id for n in every)
    assert notes.dot_counts()


def test_small_demo_board_opens_tidy(small_store: WorkshopStore) -> None:
    """Every note shown on the board has a place of its own (no pile): blocks per scenario."""
    notes = NoteService(small_store)
    shown = [n for n in notes.notes() if not n.merged_into_id]
    assert all((n.pos_x, n.pos_y) != UNPLACED for n in shown)
    rects = [(n.pos_x, n.pos_y, n.pos_x + CARD_WIDTH, n.pos_y + estimated_card_height(n.text))
             for n in shown]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    # The members of a cluster sit together: no other note inside their bounding box.
    for cluster in notes.clusters():
        members = [r for n, r in zip(shown, rects) if n.cluster_id == cluster.id]
        box = (min(r[0] for r in members), min(r[1] for r in members),
               max(r[2] for r in members), max(r[3] for r in members))
        for n, r in zip(shown, rects):
            if n.cluster_id != cluster.id:
                assert r[2] <= box[0] or box[2] <= r[0] or r[3] <= box[1] or box[3] <= r[1]
    # The board is about as wide as a screen, not a tall column or a long strip.
    width = max(r[2] for r in rects) - min(r[0] for r in rects)
    height = max(r[3] for r in rects) - min(r[1] for r in rects)
    assert 0.8 < width / height < 3.5


# -- same seed, same file ------------------------------------------------------------------
def test_same_seed_gives_the_same_content(fast_dir: Path, small_demo: Path) -> None:
    again = _demo(fast_dir / "small-seed1-again.workshop", "--seed", "1")
    first, second = _all_rows(small_demo), _all_rows(again)
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], f"table {table} differs"
    assert len(first["ballot"]) > 100  # the comparison compared something


def test_other_seed_gives_other_content(fast_dir: Path, small_demo: Path) -> None:
    other = _demo(fast_dir / "small-seed2.workshop", "--seed", "2")
    first, second = _all_rows(small_demo), _all_rows(other)
    assert first["ballot"] != second["ballot"]
    assert not {r[0] for r in first["ballot"]} & {r[0] for r in second["ballot"]}
    assert first["response"] != second["response"]


# -- the benchmark workload -----------------------------------------------------------------
@pytest.mark.slow
def test_large_demo_meets_the_benchmark_counts(fast_dir: Path) -> None:
    path = _demo(fast_dir / "large.workshop", "--size", "large")
    store = WorkshopStore.open(path)
    try:
        counts = workshop_summary(store)
        assert counts["scenarios"] == 8
        assert 44 <= counts["activities"] <= 52
        assert counts["responses"] >= 7_000
        assert counts["notes"] >= 1_500
        ballots = BallotService(store)
        voted = [a for sc in WorkshopService(store).agenda() for a in sc.activities
                 if a.kind != "notes"]
        per_activity = [ballots.ballot_count(a.id) for a in voted]
        # 150 participants, most of whom answer each activity.
        assert 100 <= max(per_activity) <= 150
    finally:
        store.close()
