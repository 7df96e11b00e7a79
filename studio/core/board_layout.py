"""The board's geometry and layout rules: plain Python, no Qt.

The board (``studio.ui.board``), the shared screen and the demo generator share
these numbers, so a layout planned without Qt (the demo workshop) sits on the
board as planned, and everything here is unit-tested directly.

- Card geometry (``CARD_*``, ``CLUSTER_*``) and a conservative height estimate
  for a card whose text has not been laid out by Qt.
- :func:`board_blocks` decides the blocks of a tidy board (clusters, then the
  other notes by category, hidden notes last); :func:`arrange` places blocks
  as grids packed into rows so the board is about as wide as a 16:10 screen.
- :func:`focus_pages` splits one cluster or category into parts that fill the
  shared screen with large type.
- :class:`NoteFilter`: what the facilitator searches for.

Position ``(0, 0)`` means "not placed yet" (a note typed on the shared screen or
imported lands there); arranged and captured notes never sit exactly there.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

UNPLACED = (0.0, 0.0)
ORIGIN = (40.0, 80.0)

# A card on the facilitator's board (scene units; 1 unit = 1 px at 100 % zoom).
CARD_WIDTH = 240.0
CARD_PAD = 12.0
CARD_BAND = 28.0  # the coloured category band at the top
CARD_FOOTER = 22.0  # the badge row (dots, merged, personal-data hint)
CARD_FONT_PX = 17
CARD_BAND_PX = 13
CARD_MAX_LINES = 7
CARD_GAP = 16.0  # between cards of a block
BLOCK_GAP = 48.0  # between blocks
CLUSTER_HEADER = 44.0
CLUSTER_MARGIN = 14.0

# A card on the shared screen when it shows one cluster or category large: the
# type is at least MIN_STAGE_TEXT_PX on the screen, because a part is never
# shown smaller than 1:1 (see focus_pages).
FOCUS_CARD_WIDTH = 360.0  # three columns on a 1280 px wide screen
FOCUS_PAD = 14.0
FOCUS_BAND = 32.0
FOCUS_FOOTER = 26.0
FOCUS_FONT_PX = 24
FOCUS_BAND_PX = 18
FOCUS_MAX_LINES = 8
FOCUS_GAP = 16.0
MIN_STAGE_TEXT_PX = 24


def estimated_card_height(text: str, *, width: float = CARD_WIDTH, pad: float = CARD_PAD,
                          band: float = CARD_BAND, footer: float = CARD_FOOTER,
                          font_px: int = CARD_FONT_PX, max_lines: int = CARD_MAX_LINES) -> float:
    """A card's height without Qt: generous (wide glyphs, tall lines), so cards placed
    with it never overlap once Qt lays the text out; at worst the gap is larger."""
    chars_per_line = max(4, int((width - 2 * pad) / (font_px * 0.7)))
    lines = sum(max(1, math.ceil(len(part) / chars_per_line)) for part in text.split("\n"))
    lines = min(max(lines, 1), max_lines)
    return band + pad + lines * math.ceil(font_px * 1.3) + footer


@dataclass(frozen=True)
class Block:
    """One group to arrange: card ids with their heights, and the space its frame needs."""

    ids: list[str]
    heights: list[float]
    top: float = 0.0  # room above the cards (a cluster's header)
    side: float = 0.0  # room left, right and below (a cluster's margin)


@dataclass(frozen=True)
class CardSpec:
    """What :func:`board_blocks` needs to know about one card."""

    id: str
    category: str
    height: float
    cluster_id: str | None = None
    hidden: bool = False
    group: str = ""  # e.g. the scenario: the blocks of one group stay together


def board_blocks(cards: Sequence[CardSpec], categories: Sequence[str], *,
                 clusters: Sequence[str] | None = None) -> list[Block]:
    """The blocks of a tidy board, group after group (in order of first appearance).

    With ``clusters`` (cluster ids in order) every cluster is a framed block in
    the group of its first card, then the other cards follow by category in the
    order of ``categories`` (unknown categories last). Without, cards are blocked
    by category only. Hidden cards that are not inside a cluster block come last,
    in one block of their own, so the shared screen (which never shows them) has
    no holes. Cards keep their given order inside a block.
    """
    order = {key: i for i, key in enumerate(categories)}
    cluster_set = set(clusters or ())
    groups: list[str] = []
    for card in cards:
        if card.group not in groups:
            groups.append(card.group)
    cluster_cards: dict[str, list[CardSpec]] = {}
    if clusters is not None:
        for card in cards:
            if card.cluster_id in cluster_set:
                cluster_cards.setdefault(card.cluster_id, []).append(card)
    blocks: list[Block] = []

    def add(members: list[CardSpec], framed: bool = False) -> None:
        if members:
            blocks.append(Block([c.id for c in members], [c.height for c in members],
                                top=CLUSTER_HEADER + CLUSTER_MARGIN if framed else 0.0,
                                side=CLUSTER_MARGIN if framed else 0.0))

    for group in groups:
        for cid in clusters or ():
            members = cluster_cards.get(cid, [])
            if members and members[0].group == group:
                add(members, framed=True)
        rest = [c for c in cards if c.group == group and not c.hidden
                and c.cluster_id not in cluster_cards]
        for key in categories:
            add([c for c in rest if c.category == key])
        add([c for c in rest if c.category not in order])
    add([c for c in cards if c.hidden and c.cluster_id not in cluster_cards])
    return blocks


def _grid(block: Block, card_w: float, gap: float) -> tuple[dict[str, tuple[float, float]],
                                                            float, float]:
    n = len(block.ids)
    if n == 0:
        return {}, card_w + 2 * block.side, block.top + block.side + 60
    avg_h = sum(block.heights) / n
    cols = max(1, min(n, math.ceil(math.sqrt(n * (avg_h + gap) / (card_w + gap)))))
    out: dict[str, tuple[float, float]] = {}
    y = block.top
    for row_start in range(0, n, cols):
        row = range(row_start, min(n, row_start + cols))
        for col, i in enumerate(row):
            out[block.ids[i]] = (block.side + col * (card_w + gap), y)
        y += max(block.heights[i] for i in row) + gap
    width = 2 * block.side + cols * card_w + (cols - 1) * gap
    return out, width, y - gap + block.side


def arrange(blocks: list[Block], card_w: float = CARD_WIDTH, *, gap: float = CARD_GAP,
            block_gap: float = BLOCK_GAP, aspect: float = 16 / 10,
            origin: tuple[float, float] = ORIGIN) -> dict[str, tuple[float, float]]:
    """Positions (top-left) for every id in ``blocks``, block after block in rows."""
    grids = [_grid(b, card_w, gap) for b in blocks]
    widths = [w for _, w, _ in grids]
    # Try every row width that a prefix of blocks gives; keep the packing that a
    # screen of ``aspect`` shows at the largest scale.
    candidates = {sum(widths[:k]) + block_gap * (k - 1) for k in range(1, len(widths) + 1)}
    best, best_scale = 0.0, -1.0
    sizes = [(w, h) for _, w, h in grids]
    for target_w in sorted(candidates):
        _, w, h = _pack(sizes, target_w, block_gap)
        scale = min(aspect / max(w, 1.0), 1.0 / max(h, 1.0))
        if scale > best_scale + 1e-12:
            best, best_scale = target_w, scale
    corners, _, _ = _pack(sizes, best, block_gap)
    positions: dict[str, tuple[float, float]] = {}
    for (cells, _, _), (bx, by) in zip(grids, corners):
        for note_id, (cx, cy) in cells.items():
            positions[note_id] = (round(origin[0] + bx + cx, 1), round(origin[1] + by + cy, 1))
    return positions


def _pack(sizes: list[tuple[float, float]], target_w: float, block_gap: float
          ) -> tuple[list[tuple[float, float]], float, float]:
    """Top-left corners of blocks in rows no wider than ``target_w``; total width, height."""
    corners = []
    x = y = row_h = right = 0.0
    for w, h in sizes:
        if x > 0 and x + w > target_w + 0.5:
            x, y, row_h = 0.0, y + row_h + block_gap, 0.0
        corners.append((x, y))
        right = max(right, x + w)
        x += w + block_gap
        row_h = max(row_h, h)
    return corners, right, y + row_h


def inbox_positions(ids: list[str], heights: list[float], below: float, card_w: float,
                    *, columns: int = 8, gap: float = CARD_GAP, left: float = ORIGIN[0],
                    ) -> dict[str, tuple[float, float]]:
    """Display positions for unplaced notes: rows under everything already placed."""
    out: dict[str, tuple[float, float]] = {}
    y = below
    for row_start in range(0, len(ids), columns):
        row = range(row_start, min(len(ids), row_start + columns))
        for col, i in enumerate(row):
            out[ids[i]] = (left + col * (card_w + gap), y)
        y += max(heights[i] for i in row) + gap
    return out


def _rows(heights: Sequence[float], cols: int, gap: float) -> list[tuple[int, int, float]]:
    """(first index, end index, row height) of consecutive rows of ``cols`` cards."""
    return [(i, min(len(heights), i + cols), max(heights[i:i + cols]))
            for i in range(0, len(heights), cols)]


def focus_pages(heights: Sequence[float], width: float, height: float, *,
                card_w: float = FOCUS_CARD_WIDTH, gap: float = FOCUS_GAP,
                ) -> list[list[tuple[float, float]]]:
    """Cards (in reading order) split into parts that each fit ``width`` x ``height`` at 1:1.

    Returns one list of top-left positions per part (from ``(0, 0)``), covering
    every card once and in order. A part is shown at 1:1 or larger, so the type
    is never smaller than the card's font; a card never splits, and a part
    holds at least one card (a single card larger than the area is shown
    alone). One part uses the number of columns that shows it largest; more
    parts get the same number of cards each, give or take one (:func:`even_parts`).
    """
    n = len(heights)
    if n == 0:
        return []
    max_cols = max(1, min(n, int((width + gap) // (card_w + gap))))

    def place(first: int, end: int, cols: int) -> list[tuple[float, float]]:
        out, y = [], 0.0
        for start, stop, row_h in _rows(heights[first:end], cols, gap):
            out.extend((c * (card_w + gap), y) for c in range(stop - start))
            y += row_h + gap
        return out

    best_cols, best_scale = 0, 0.0
    for cols in range(1, max_cols + 1):
        rows = _rows(heights, cols, gap)
        h = sum(r[2] for r in rows) + gap * (len(rows) - 1)
        w = cols * card_w + (cols - 1) * gap
        if h <= height and w <= width:
            scale = min(width / w, height / h)
            if scale > best_scale + 1e-9:
                best_cols, best_scale = cols, scale
    if best_cols:
        return [place(0, n, best_cols)]

    def split(cap: int) -> list[tuple[int, int]]:
        parts, first = [], 0
        while first < n:
            end, used = first, 0.0
            while end < n and end - first < cap:
                row_end = min(n, end + max_cols, first + cap)
                row_h = max(heights[end:row_end])
                if end > first and used + gap + row_h > height:
                    break
                used += (gap if end > first else 0.0) + row_h
                end = row_end
            parts.append((first, end))
            first = end
        return parts

    known: dict[tuple[int, int], bool] = {}

    def fits(first: int, end: int) -> bool:
        if (first, end) not in known:
            rows = _rows(heights[first:end], max_cols, gap)
            known[first, end] = (end - first == 1 or
                                 sum(r[2] for r in rows) + gap * (len(rows) - 1) <= height)
        return known[first, end]

    parts = split(n)
    return [place(first, end, max_cols) for first, end in even_parts(n, len(parts), fits)]


def even_parts(n: int, fewest: int, fits) -> list[tuple[int, int]]:
    """``n`` cards in order split into parts that each ``fits(first, end)``, as evenly as
    they can be: the fewest parts that hold them (at least ``fewest``), each part taking
    its share of the cards still left (the earlier parts the fuller); a part that cannot
    hold its share takes fewer, the others about the same. One card alone always fits, and
    a range inside a range that fits, fits too.

    Two passes over the cards, so a board of thousands of notes is split in milliseconds
    on every resize of the shared screen.
    """
    if n <= 0:
        return []
    parts_left = max(1, min(fewest, n), len(_packed(n, fits)))
    parts, start = [], 0
    while start < n:
        share = -(-(n - start) // max(1, parts_left))
        end = _extend(start, n, share, fits)
        parts.append((start, end))
        start, parts_left = end, parts_left - 1
    return parts


def _extend(start: int, n: int, most: int, fits) -> int:
    """The end of the longest run from ``start`` of at most ``most`` cards that fits."""
    end = start + 1
    while end < n and end - start < most and fits(start, end + 1):
        end += 1
    return end


def _packed(n: int, fits) -> list[tuple[int, int]]:
    """Parts each as full as it fits: their number is the fewest that hold the cards."""
    parts, start = [], 0
    while start < n:
        end = _extend(start, n, n, fits)
        parts.append((start, end))
        start = end
    return parts


@dataclass(frozen=True)
class NoteFilter:
    """What the facilitator searches for. Empty fields match everything."""

    text: str = ""
    categories: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    show_hidden: bool = True
    # Scenario ids to show; "" stands for notes about the workshop as a whole.
    scenarios: frozenset[str] = frozenset()

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.categories or self.tags or not self.show_hidden
                    or self.scenarios)

    def matches(self, text: str, category: str, tags: Iterable[str], hidden: bool,
                scenario_id: str | None = None) -> bool:
        if hidden and not self.show_hidden:
            return False
        if self.scenarios and (scenario_id or "") not in self.scenarios:
            return False
        if self.categories and category not in self.categories:
            return False
        if self.tags and not self.tags.intersection(tags):
            return False
        needle = self.text.strip().casefold()
        return not needle or all(word in text.casefold() for word in needle.split())
