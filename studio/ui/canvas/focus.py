"""What the board on the shared screen shows: the whole board, or a few notes large.

A board of sixty notes fitted to a 1280x720 projector has type too small to
read from the back of the room. So the facilitator can show one cluster, one
category or the selected notes on the shared screen, fitted and large, in
parts when they do not fit at once (``studio.core.board_layout.focus_pages``).

The choice is made on the console (the Board tab) and followed by the shared
screen's board view; both reach the same :class:`StageFocus` through
:func:`stage_focus`. The choice is recorded in the workshop file (the event
log, ``FacilitationService.set_board_focus``): after a restart the shared
screen shows it again, or the whole board if that cluster is gone.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from studio.base.errors import StudioError

log = logging.getLogger(__name__)

BOARD, CLUSTER, CATEGORY, NOTES = "board", "cluster", "category", "notes"


@dataclass(frozen=True)
class Focus:
    """One choice: ``kind`` is "board", "cluster", "category" or "notes"."""

    kind: str = BOARD
    key: str = ""  # the cluster id or category key
    note_ids: tuple[str, ...] = ()  # for "notes"
    part: int = 0  # which part is shown when the notes need several

    def same_choice(self, other: Focus) -> bool:
        return (self.kind, self.key, self.note_ids) == (other.kind, other.key, other.note_ids)


class StageFocus(QObject):
    """The shared screen's choice and how many parts it needs there.

    Signals:
        changed(): the choice or the part changed (the shared screen redraws).
        partsChanged(): the shared screen reported how many parts the choice needs.
    """

    changed = Signal()
    partsChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.focus = Focus()
        self.parts = 1

    def set_focus(self, focus: Focus) -> None:
        if focus != self.focus:
            new_choice = not focus.same_choice(self.focus)
            self.focus = focus
            if new_choice:
                self._record(focus)
            self.changed.emit()

    def _record(self, focus: Focus) -> None:
        """Write the choice to the workshop (not the part: that follows the screen size)."""
        doc = self.parent()
        if getattr(doc, "facilitation", None) is None or getattr(doc, "closed", False):
            return
        try:
            doc.facilitation.set_board_focus(focus.kind, focus.key, focus.note_ids)
        except StudioError:  # the screen still shows it; only a restart would not
            log.warning("the shared screen's board focus could not be recorded", exc_info=True)

    def restore(self) -> None:
        """Take the choice recorded in the workshop, if its cluster or notes still exist."""
        doc = self.parent()
        recorded = doc.facilitation.board_focus() if hasattr(doc, "facilitation") else None
        if not recorded:
            return
        focus = Focus(recorded["focus"], recorded.get("key", ""),
                      tuple(recorded.get("note_ids") or ()))
        if focus.kind == CLUSTER and focus.key not in {c.id for c in doc.notes.clusters()}:
            return
        if focus.kind == NOTES and not focus.note_ids:
            return
        self.focus = focus  # before anyone listens: no signal, nothing written again

    def step(self, delta: int) -> bool:
        """Show the next (+1) or previous (-1) part; False when there is none."""
        part = max(0, min(self.parts - 1, self.focus.part + delta))
        if part == self.focus.part:
            return False
        self.set_focus(replace(self.focus, part=part))
        return True

    def report_parts(self, parts: int) -> None:
        """Called by the shared screen after laying the choice out for its size."""
        parts = max(1, parts)
        if parts != self.parts:
            self.parts = parts
            self.partsChanged.emit()
        if self.focus.part >= parts:
            self.set_focus(replace(self.focus, part=parts - 1))


def stage_focus(document: QObject) -> StageFocus:
    """The one StageFocus of an open workshop (made on first use, owned by the document)."""
    found = document.findChild(StageFocus, "boardStageFocus")
    if found is None:
        found = StageFocus(document)
        found.setObjectName("boardStageFocus")
        found.restore()
    return found


def focused_notes(notes: Iterable[Any], focus: Focus) -> list[Any]:
    """The visible notes (read models) a focus shows, in reading order on the board:
    top to bottom, left to right; notes not placed yet last, oldest first."""
    if focus.kind == CLUSTER:
        chosen = [n for n in notes if n.cluster_id == focus.key]
    elif focus.kind == CATEGORY:
        chosen = [n for n in notes if n.category == focus.key]
    elif focus.kind == NOTES:
        wanted = set(focus.note_ids)
        chosen = [n for n in notes if n.id in wanted]
    else:
        chosen = list(notes)
    chosen = [n for n in chosen if n.on_board]

    def reading_order(n: Any) -> tuple:
        unplaced = (n.pos_x, n.pos_y) == (0.0, 0.0)
        return (unplaced, round(n.pos_y / 40.0), n.pos_x, n.created_at, n.id)

    return sorted(chosen, key=reading_order)
