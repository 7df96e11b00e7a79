"""Auto-arrange and filtering (plain Python)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from studio.core.board_layout import (
    CARD_WIDTH,
    FOCUS_CARD_WIDTH,
    FOCUS_GAP,
    UNPLACED,
    Block,
    CardSpec,
    NoteFilter,
    arrange,
    board_blocks,
    even_parts,
    estimated_card_height,
    focus_pages,
    inbox_positions,
)

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


# -- the tidy board's blocks and the shared screen's parts ------------------------------
def test_board_blocks_clusters_then_categories_hidden_last():
    cards = [
        CardSpec("a", "idea", 100, cluster_id="k1", group="s1"),
        CardSpec("b", "hope", 100, group="s1"),
        CardSpec("c", "idea", 100, group="s1"),
        CardSpec("d", "idea", 100, cluster_id="k1", group="s1"),
        CardSpec("e", "hope", 100, hidden=True, group="s1"),
        CardSpec("f", "concern", 100, group="s2"),
        CardSpec("g", "concern", 100, cluster_id="k2", group="s2"),
        CardSpec("h", "mystery", 100, group="s2"),
    ]
    blocks = board_blocks(cards, ["hope", "idea", "concern"], clusters=["k2", "k1"])
    assert [b.ids for b in blocks] == [["a", "d"], ["b"], ["c"], ["g"], ["f"], ["h"], ["e"]]
    assert blocks[0].top > 0 and blocks[0].side > 0  # a cluster gets room for its frame
    assert blocks[1].top == 0
    # By category only: clusters are ignored, hidden notes still last.
    blocks = board_blocks(cards, ["hope", "idea", "concern"])
    assert [b.ids for b in blocks] == [["b"], ["a", "c", "d"], ["f", "g"], ["h"], ["e"]]


def test_estimated_height_is_generous_and_bounded():
    short, longer = estimated_card_height("Ja"), estimated_card_height("Wort " * 40)
    assert short < longer
    assert longer == estimated_card_height("Wort " * 400)  # at most CARD_MAX_LINES lines
    assert estimated_card_height("a\nb\nc") > estimated_card_height("abc")


@given(st.lists(st.floats(min_value=80, max_value=330), min_size=1, max_size=60),
       st.integers(min_value=400, max_value=2000), st.integers(min_value=300, max_value=1200))
def test_focus_pages_fit_at_full_size_and_cover_every_card_once(heights, width, height):
    pages = focus_pages(heights, width, height)
    assert sum(len(p) for p in pages) == len(heights)
    first = 0
    for page in pages:
        assert page, "no empty part"
        rects = [(x, y, x + FOCUS_CARD_WIDTH, y + heights[first + i])
                 for i, (x, y) in enumerate(page)]
        right = max(r[2] for r in rects)
        bottom = max(r[3] for r in rects)
        one_row = len({y for _, y in page}) == 1
        if not (one_row and bottom > height):  # a row taller than the screen is shown smaller
            assert right <= width + 1e-6 and bottom <= height + 1e-6
        for i, a in enumerate(rects):
            for b in rects[i + 1:]:
                assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
        first += len(page)


def test_focus_pages_one_part_uses_the_screen_well():
    # Four cards on a wide screen: one row of four would be smaller than two rows of two.
    pages = focus_pages([150.0] * 4, 1600, 700)
    assert len(pages) == 1
    assert len({y for _, y in pages[0]}) == 2
    # Twenty cards on 1280x720 need several parts of about the same size.
    pages = focus_pages([200.0] * 20, 1230, 560)
    assert len(pages) > 1
    sizes = [len(p) for p in pages]
    assert max(sizes) - min(sizes) <= 1
    assert max(x for p in pages for x, _ in p) + FOCUS_CARD_WIDTH <= 1230
    assert FOCUS_CARD_WIDTH * 3 + FOCUS_GAP * 2 <= 1280 - 60  # three columns on a projector
    assert CARD_WIDTH < FOCUS_CARD_WIDTH


def test_parts_are_filled_evenly():
    """11 notes in parts of at most 6 came as 6 + 5 cards, never 9 + 2 or 6 + 1 + …; a part
    that cannot hold its share gets fewer cards, the others about the same."""
    def at_most(k):
        return lambda first, end: end - first <= k

    assert even_parts(11, 2, at_most(6)) == [(0, 6), (6, 11)]
    sizes = [b - a for a, b in even_parts(10, 4, at_most(3))]
    assert sizes == [3, 3, 2, 2]  # not 3, 3, 3, 1
    # 20 cards of 200 on 1280x720 (three columns, two rows a part): 4 parts of 5.
    pages = focus_pages([200.0] * 20, 1230, 560)
    assert [len(p) for p in pages] == [5, 5, 5, 5]


@given(st.integers(min_value=1, max_value=80), st.integers(min_value=1, max_value=12))
def test_even_parts_cover_every_card_once_in_order(n, cap):
    parts = even_parts(n, -(-n // cap), lambda first, end: end - first <= cap)
    assert parts[0][0] == 0 and parts[-1][1] == n
    assert all(a < b for a, b in parts)
    assert all(parts[i][1] == parts[i + 1][0] for i in range(len(parts) - 1))
    sizes = [b - a for a, b in parts]
    assert max(sizes) <= cap and max(sizes) - min(sizes) <= 1
    assert len(parts) == -(-n // cap)  # as few parts as the cap allows


def test_splitting_a_large_board_asks_each_card_a_few_times_only():
    """A large demo's dot voting hung on a resize: the split tried every combination of
    part sizes. It now asks about each card a few times, however large the board."""
    calls = []

    def fits(first, end):
        calls.append((first, end))
        return end - first <= 5

    parts = even_parts(2000, 1, fits)
    assert len(parts) == 400 and {b - a for a, b in parts} == {5}
    assert len(calls) <= 3 * 2000
