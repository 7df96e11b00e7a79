"""Auto-arrange and filtering of notes: plain Python, no Qt, so both are unit-tested directly.

Arranging places groups of cards (one group per category or per cluster) as
grids, then packs the grids into rows whose total width makes the board about
as wide as a 16:10 screen, so that the shared screen fits it at a legible scale.

Position ``(0, 0)`` means "not placed yet" (a note typed on the shared screen or
imported lands there); arranged and captured notes never sit exactly there.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

UNPLACED = (0.0, 0.0)
ORIGIN = (40.0, 80.0)


@dataclass(frozen=True)
class Block:
    """One group to arrange: card ids with their heights, and the space its frame needs."""

    ids: list[str]
    heights: list[float]
    top: float = 0.0  # room above the cards (a cluster's header)
    side: float = 0.0  # room left, right and below (a cluster's margin)


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


def arrange(blocks: list[Block], card_w: float, *, gap: float = 16.0, block_gap: float = 48.0,
            aspect: float = 16 / 10, origin: tuple[float, float] = ORIGIN,
            ) -> dict[str, tuple[float, float]]:
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
                    *, columns: int = 8, gap: float = 16.0, left: float = ORIGIN[0],
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


@dataclass(frozen=True)
class NoteFilter:
    """What the facilitator searches for. Empty fields match everything."""

    text: str = ""
    categories: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    show_hidden: bool = True

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.categories or self.tags or not self.show_hidden)

    def matches(self, text: str, category: str, tags: Iterable[str], hidden: bool) -> bool:
        if hidden and not self.show_hidden:
            return False
        if self.categories and category not in self.categories:
            return False
        if self.tags and not self.tags.intersection(tags):
            return False
        needle = self.text.strip().casefold()
        return not needle or all(word in text.casefold() for word in needle.split())
