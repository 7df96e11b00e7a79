"""ClusterItem: a named group of notes drawn behind its cards on the board.

Its frame follows its members; only its header reacts to the mouse (dragging
it moves every member). Colour never carries meaning alone: the header shows
the cluster's name and size in text.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from studio.core import board_layout as geo
from studio.ui.canvas.items import _CENTER_WRAP, _LEFT, LOD_TEXT, NoteItem, draw_big_dots
from studio.ui.i18n import words_of

CLUSTER_HEADER = geo.CLUSTER_HEADER
CLUSTER_MARGIN = geo.CLUSTER_MARGIN
EMPTY_CLUSTER = QRectF(0, 0, 260, 120)


class ClusterItem(QGraphicsItem):
    """A named group drawn behind its notes. Only its header reacts to the mouse.

    Dragging the header moves every member; the scene turns that into one
    move command when the mouse is released.
    """

    def __init__(self, cluster_id: str, name: str, color: str, pos: tuple[float, float],
                 interactive: bool = True, title_px: int = 16) -> None:
        super().__init__()
        self.cluster_id = cluster_id
        self.name = name
        self.color = QColor(color) if color and QColor(color).isValid() else QColor("#9AA0A6")
        self.color_name = color
        self.stored_pos = pos
        self.members: list[NoteItem] = []
        self.dots = 0
        self.drop_target = False
        self.big_dots = False
        self.title_px = title_px
        self._rect = QRectF(EMPTY_CLUSTER)
        self._drag_from: QPointF | None = None
        self._drag_start: dict[NoteItem, QPointF] = {}
        self.setZValue(-10)
        if interactive:
            self.setFlags(QGraphicsItem.ItemIsFocusable)
            self.setCursor(Qt.OpenHandCursor)
        self.setAcceptedMouseButtons(Qt.LeftButton if interactive else Qt.NoButton)

    def set_content(self, name: str, color: str, pos: tuple[float, float], dots: int) -> None:
        self.name, self.stored_pos, self.dots = name, pos, dots
        self.color_name = color
        self.color = QColor(color) if color and QColor(color).isValid() else QColor("#9AA0A6")
        self.refresh_geometry()
        self.update()

    def visible_members(self) -> list[NoteItem]:
        return [m for m in self.members if m.isVisible()]

    def frame_without(self, excluded: set) -> QRectF | None:
        """The frame around the members not in ``excluded`` (for drop decisions)."""
        rect = QRectF()
        for m in self.visible_members():
            if m not in excluded:
                rect = rect.united(m.sceneBoundingRect())
        if rect.isNull():
            return None
        return rect.adjusted(-CLUSTER_MARGIN, -CLUSTER_MARGIN - CLUSTER_HEADER,
                             CLUSTER_MARGIN, CLUSTER_MARGIN)

    def refresh_geometry(self) -> None:
        frame = self.frame_without(set())
        if frame is None:
            frame = EMPTY_CLUSTER.translated(*self.stored_pos)
        if frame != self.sceneBoundingRect():
            self.prepareGeometryChange()
            self.setPos(frame.topLeft())
            self._rect = QRectF(0, 0, frame.width(), frame.height())

    def header_rect(self) -> QRectF:
        return QRectF(0, 0, self._rect.width(), CLUSTER_HEADER)

    def title(self) -> str:
        words = words_of(self.scene())  # the shared screen's language, on the shared screen
        name = self.name or words.translate("BoardItems", "Unnamed cluster")
        n = len(self.visible_members())
        text = words.translate("BoardItems", "{name} (notes: {n})").format(name=name, n=n)
        if self.dots and not self.big_dots:
            text += "  " + words.translate("BoardItems", "● {n}").format(n=self.dots)
        return text

    # -- QGraphicsItem ----------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.header_rect())
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LOD_TEXT:
            tint = QColor(self.color)
            tint.setAlpha(45)
            painter.fillRect(self._rect, tint)
            painter.fillRect(self.header_rect(), self.color)
            if self.drop_target:
                painter.setPen(QPen(QColor("#0B57D0"), 4 / max(lod, 0.05)))
                painter.drawRect(self._rect)
            # The names stay readable in the overview: a font as tall as the header.
            font = QFont()
            font.setPixelSize(int(CLUSTER_HEADER * 0.8))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#000000") if self.color.lightness() > 110 else QColor("#FFFFFF"))
            hr = self.header_rect().adjusted(6, 0, -6, 0)
            painter.drawText(hr, _LEFT, QFontMetricsF(font).elidedText(
                self.name or self.title(), Qt.ElideRight, hr.width()))
            return
        painter.setRenderHint(QPainter.Antialiasing, True)
        tint = QColor(self.color)
        tint.setAlpha(45)
        painter.setBrush(tint)
        pen = QPen(self.color.darker(140), 5 if self.drop_target else 2)
        if self.drop_target:
            pen.setColor(QColor("#0B57D0"))
        painter.setPen(pen)
        painter.drawRoundedRect(self._rect, 10, 10)
        header = QPainterPath()
        header.addRoundedRect(self.header_rect(), 10, 10)
        band = QColor(self.color)
        band.setAlpha(190)
        painter.fillPath(header, band)
        font = QFont()
        font.setPixelSize(self.title_px)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#000000") if band.lightness() > 110 else QColor("#FFFFFF"))
        fm = QFontMetricsF(font)
        hr = self.header_rect().adjusted(12, 0, -12, 0)
        painter.drawText(hr, _LEFT,
                         fm.elidedText(self.title(), Qt.ElideRight, hr.width()))
        if self.big_dots and self.dots:
            draw_big_dots(painter, self.header_rect().adjusted(0, 0, 0, 10), self.dots)
        if not self.visible_members():
            painter.setPen(QColor("#333333"))
            words = words_of(self.scene())
            painter.drawText(self._rect.adjusted(12, CLUSTER_HEADER, -12, -8), _CENTER_WRAP,
                             words.translate("BoardItems", "Empty: drop notes here"))
        if self.hasFocus():
            painter.setPen(QPen(QColor("#0B57D0"), 2, Qt.DashLine))
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(self._rect.adjusted(-2, -2, 2, 2), 10, 10)

    # -- dragging the header moves the members ---------------------------------
    def mousePressEvent(self, event) -> None:
        self._drag_from = event.scenePos()
        self._drag_start = {m: m.pos() for m in self.visible_members()}
        self.setCursor(Qt.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._drag_from is None:
            return
        delta = event.scenePos() - self._drag_from
        for m, start in self._drag_start.items():
            m.setPos(start + delta)
        if not self._drag_start:
            self.stored_pos = (self.stored_pos[0] + delta.x(), self.stored_pos[1] + delta.y())
            self._drag_from = event.scenePos()
        self.refresh_geometry()

    def mouseReleaseEvent(self, event) -> None:
        self.setCursor(Qt.OpenHandCursor)
        moves = {m.note_id: ((s.x(), s.y()), (m.pos().x(), m.pos().y()))
                 for m, s in self._drag_start.items() if m.pos() != s}
        self._drag_from, self._drag_start = None, {}
        scene = self.scene()
        if moves and scene is not None and hasattr(scene, "cluster_dragged"):
            scene.cluster_dragged(self.cluster_id, moves)

    def mouseDoubleClickEvent(self, event) -> None:
        scene = self.scene()
        if scene is not None and hasattr(scene, "cluster_activated"):
            scene.cluster_activated(self.cluster_id)
