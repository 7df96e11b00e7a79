"""Auto-arrange and filtering (plain Python)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from studio.ui.board.layout import UNPLACED, Block, NoteFilter, arrange, inbox_positions

W = 240.0


@given(st.lists(st.lists(st.floats(min_value=60, max_value=260), max_size=30), max_size=8))
def test_arrange_never_overlaps_and_never_unplaces(groups):
    blocks, heights, n = [], {}, 0
    for g in groups:
        ids = [f"n{n + i}" for i in range(len(g))]
        n += len(g)
        heights.update(zip(ids, g))
        blocks.append(Block(ids, list(g), top=58, side=14))
    pos = arrange(blocks, W)
    assert set(pos) == set(heights)
    rects = [(x, y, x + W, y + heights[k]) for k, (x, y) in pos.items()]
    assert all(p != UNPLACED for p in pos.values())
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def test_arrange_is_wider_than_tall_for_many_blocks():
    blocks = [Block([f"{g}-{i}" for i in range(12)], [120.0] * 12) for g in range(5)]
    pos = arrange(blocks, W)
    xs = [x for x, _ in pos.values()]
    ys = [y for _, y in pos.values()]
    assert max(xs) - min(xs) + W > max(ys) - min(ys) + 120


def test_inbox_positions_rows():
    pos = inbox_positions(["a", "b", "c"], [100, 150, 90], 500, W, columns=2)
    assert pos["a"][1] == pos["b"][1] == 500
    assert pos["c"][1] == 500 + 150 + 16


def test_filter():
    f = NoteFilter(text="daten SCHUTZ")
    assert f.matches("Datenschutz zuerst", "idea", [], False)
    assert not f.matches("Kosten", "idea", [], False)
    f = NoteFilter(categories=frozenset({"idea"}), tags=frozenset({"privacy"}), show_hidden=False)
    assert f.matches("x", "idea", ["privacy", "cost"], False)
    assert not f.matches("x", "idea", ["privacy"], True)
    assert not f.matches("x", "hope", ["privacy"], False)
    assert not f.matches("x", "idea", ["cost"], False)
    assert not NoteFilter().active and f.active
