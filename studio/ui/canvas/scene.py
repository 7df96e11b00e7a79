"""BoardScene: the notes and clusters of a workshop as graphics items.

The scene redraws from the database (``sync``): it compares what the services
return with what it shows and touches only the cards that changed, so a
single edit on a board of thousands of notes stays cheap. While the mouse
drags, the scene owns the positions; on release it reports what happened
(``dragFinished``) and the page turns that into undo commands.

Signals:
    dragFinished(object): a :class:`DragResult` after notes were dragged.
    clusterDragged(str, object): a cluster header was dragged: id, moves.
    clusterActivated(str): a cluster header was double-clicked (rename).
    noteActivated(str): a note was double-clicked or Enter was pressed on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QTransform
from PySide6.QtWidgets import QGraphicsScene

from studio.core.board_layout import UNPLACED, NoteFilter, inbox_positions
from studio.core.read_models import Cluster, Note
from studio.ui.canvas.cluster_item import ClusterItem
from studio.ui.canvas.items import (
    BOARD_STYLE,
    UNKNOWN_LOOK,
    CardStyle,
    CategoryLook,
    NoteItem,
    NoteState,
    category_look,
)

Moves = dict[str, tuple[tuple[float, float], tuple[float, float]]]


@dataclass
class DragResult:
    moves: Moves
    onto_note: str | None = None  # the card the drop landed on
    into_cluster: str | None = None  # the cluster frame the drop landed in
    left_clusters: dict[str, str] = field(default_factory=dict)  # note id -> cluster it left


@dataclass
class BoardData:
    """Everything the scene shows, read from the services in one go."""

    notes: list[Note]
    clusters: list[Cluster]
    dots: dict[str, int]
    categories: list[dict[str, str]]
    language: str = "de"

    @classmethod
    def load(cls, doc: Any, *, include_hidden: bool = True) -> BoardData:
        ws = doc.workshops.get()
        return cls(
            notes=doc.notes.notes(include_hidden=include_hidden),
            clusters=doc.notes.clusters(),
            dots=doc.notes.dot_counts(),
            categories=list(ws.note_categories or []),
            language=ws.language or "de",
        )


class BoardScene(QGraphicsScene):
    dragFinished = Signal(object)
    clusterDragged = Signal(str, object)
    clusterActivated = Signal(str)
    noteActivated = Signal(str)

    def __init__(self, parent=None, *, style: CardStyle = BOARD_STYLE, interactive: bool = True,
                 cluster_title_px: int = 16) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.BspTreeIndex)
        self.setBackgroundBrush(QColor("#F4F1EA"))
        self.style = style
        self.interactive = interactive
        self.cluster_title_px = cluster_title_px
        self.note_items: dict[str, NoteItem] = {}
        self.cluster_items: dict[str, ClusterItem] = {}
        self.looks: dict[str, CategoryLook] = {}
        self.filter = NoteFilter()
        self._press: dict[NoteItem, QPointF] = {}
        self._target: NoteItem | ClusterItem | None = None

    # -- reading the database ---------------------------------------------------
    def sync(self, data: BoardData) -> None:
        """Show ``data``: add, update and remove only what changed."""
        self.looks = {c["key"]: category_look(c, data.language) for c in data.categories}
        merged: dict[str, int] = {}
        for n in data.notes:
            if n.merged_into_id:
                merged[n.merged_into_id] = merged.get(n.merged_into_id, 0) + 1
        seen: set[str] = set()
        unplaced: list[NoteItem] = []
        for n in data.notes:
            if n.merged_into_id:
                continue  # shown as "+1 merged" on the note it was folded into
            seen.add(n.id)
            state = NoteState(
                text=n.text,
                category=n.category,
                tags=tuple(n.tags or ()),
                cluster_id=n.cluster_id,
                pos=(n.pos_x, n.pos_y),
                hidden=n.hidden,
                hidden_reason=n.hidden_reason or "",
                merged=merged.get(n.id, 0),
                dots=data.dots.get(n.id, 0),
                scenario_id=n.scenario_id,
                extra={"source": n.source, "created_at": n.created_at},
            )
            look = self.looks.get(n.category, UNKNOWN_LOOK)
            item = self.note_items.get(n.id)
            if item is None:
                item = NoteItem(n.id, state, look, self.style, self.interactive)
                self.note_items[n.id] = item
                self.addItem(item)
                item.setVisible(self._visible(state))
            elif item.state != state or item.look is not look:
                item.apply(state, look)
                item.setVisible(self._visible(state))
            if state.pos == UNPLACED:
                item.placed = False
                unplaced.append(item)
            else:
                item.placed = True
                if (item.x(), item.y()) != state.pos:
                    item.setPos(*state.pos)
        for note_id in [k for k in self.note_items if k not in seen]:
            item = self.note_items.pop(note_id)
            if self._target is item:
                self._target = None
            self.removeItem(item)
        self._place_inbox(unplaced)
        self._sync_clusters(data)

    def _visible(self, state: NoteState) -> bool:
        return self.filter.matches(state.text, state.category, state.tags, state.hidden,
                                   state.scenario_id)

    def _place_inbox(self, unplaced: list[NoteItem]) -> None:
        if not unplaced:
            return
        placed = [i for i in self.note_items.values() if i.placed]
        bottom = max((i.pos().y() + i.boundingRect().height() for i in placed), default=40.0)
        pos = inbox_positions([i.note_id for i in unplaced],
                              [i.boundingRect().height() for i in unplaced],
                              bottom + 60, self.style.width)
        for item in unplaced:
            item.setPos(*pos[item.note_id])

    def _sync_clusters(self, data: BoardData) -> None:
        members: dict[str, list[NoteItem]] = {c.id: [] for c in data.clusters}
        for item in self.note_items.values():
            cid = item.state.cluster_id
            if cid in members:
                members[cid].append(item)
                item.cluster_item = None  # set below
            else:
                item.cluster_item = None
        seen = set()
        for c in data.clusters:
            seen.add(c.id)
            ci = self.cluster_items.get(c.id)
            if ci is None:
                ci = ClusterItem(c.id, c.name, c.color, (c.pos_x, c.pos_y), self.interactive,
                                 self.cluster_title_px)
                self.cluster_items[c.id] = ci
                self.addItem(ci)
            ci.members = members[c.id]
            for m in ci.members:
                m.cluster_item = ci
            ci.set_content(c.name, c.color, (c.pos_x, c.pos_y), data.dots.get(c.id, 0))
            if not self.interactive and not ci.visible_members():
                ci.setVisible(False)  # the shared screen does not show empty groups
        for cid in [k for k in self.cluster_items if k not in seen]:
            item = self.cluster_items.pop(cid)
            if self._target is item:
                self._target = None
            self.removeItem(item)

    # -- filtering --------------------------------------------------------------
    def set_filter(self, flt: NoteFilter) -> int:
        """Show only the notes matching ``flt``; returns how many are shown."""
        self.filter = flt
        shown = 0
        for item in self.note_items.values():
            visible = self._visible(item.state)
            item.setVisible(visible)
            shown += visible
        for ci in self.cluster_items.values():
            ci.refresh_geometry()
            ci.update()
        return shown

    def shown_count(self) -> int:
        return sum(1 for i in self.note_items.values() if i.isVisible())

    # -- selection helpers ------------------------------------------------------
    def selected_note_ids(self) -> list[str]:
        return [i.note_id for i in self.selectedItems() if isinstance(i, NoteItem)]

    def content_rect(self) -> QRectF:
        rect = QRectF()
        for item in self.items():
            if item.isVisible():
                rect = rect.united(item.sceneBoundingRect())
        return rect.adjusted(-40, -40, 40, 40) if not rect.isNull() else QRectF(0, 0, 800, 500)

    # -- dragging -----------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.LeftButton:
            self._press = {i: i.pos() for i in self.selectedItems() if isinstance(i, NoteItem)}

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if self._press and event.buttons() & Qt.LeftButton:
            for ci in {i.cluster_item for i in self._press if i.cluster_item is not None}:
                ci.refresh_geometry()  # the frame follows its dragged members
            self._set_target(self._drop_target(event.scenePos()))

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        target = self._drop_target(event.scenePos()) if self._press else None
        press, self._press = self._press, {}
        self._set_target(None)
        moves: Moves = {}
        for item, start in press.items():
            if item.scene() is self and item.pos() != start:
                moves[item.note_id] = ((start.x(), start.y()), (item.pos().x(), item.pos().y()))
        if not moves:
            return
        result = DragResult(moves)
        moved = {self.note_items[k] for k in moves if k in self.note_items}
        if isinstance(target, NoteItem):
            result.onto_note = target.note_id
        elif isinstance(target, ClusterItem):
            result.into_cluster = target.cluster_id
        for item in moved:
            ci = item.cluster_item
            if ci is None or (result.into_cluster == ci.cluster_id):
                continue
            if result.onto_note and self.note_items[result.onto_note].cluster_item is ci:
                continue
            frame = ci.frame_without(moved)
            if frame is None or not frame.contains(item.sceneBoundingRect().center()):
                result.left_clusters[item.note_id] = ci.cluster_id
        self.dragFinished.emit(result)

    def _drop_target(self, point: QPointF) -> NoteItem | ClusterItem | None:
        dragged = set(self._press)
        for item in self.items(point):
            if isinstance(item, NoteItem) and item not in dragged and item.isVisible():
                return item
        for ci in self.cluster_items.values():
            if not ci.isVisible():
                continue
            members = ci.visible_members()
            if any(m not in dragged for m in members):
                frame = ci.frame_without(dragged)
            elif not members:
                frame = ci.sceneBoundingRect()  # an empty cluster still takes notes
            else:
                continue  # all its members are being dragged: it moves with them
            if frame is not None and frame.contains(point):
                return ci
        return None

    def _set_target(self, target: NoteItem | ClusterItem | None) -> None:
        if target is self._target:
            return
        if self._target is not None:
            self._target.drop_target = False
            self._target.update()
        self._target = target
        if target is not None:
            target.drop_target = True
            target.update()

    # -- called by ClusterItem ------------------------------------------------------
    def cluster_dragged(self, cluster_id: str, moves: Moves) -> None:
        self.clusterDragged.emit(cluster_id, moves)

    def cluster_activated(self, cluster_id: str) -> None:
        self.clusterActivated.emit(cluster_id)

    def mouseDoubleClickEvent(self, event) -> None:
        view = self.views()[0] if self.views() else None
        item = self.itemAt(event.scenePos(), view.transform() if view else QTransform())
        if isinstance(item, NoteItem):
            self.noteActivated.emit(item.note_id)
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event) -> None:
        focus = self.focusItem()
        if isinstance(focus, NoteItem):
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self.noteActivated.emit(focus.note_id)
                return
            if event.key() == Qt.Key_Space:
                focus.setSelected(not focus.isSelected())
                return
        elif isinstance(focus, ClusterItem) and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.clusterActivated.emit(focus.cluster_id)
            return
        super().keyPressEvent(event)
