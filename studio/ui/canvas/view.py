"""BoardView: zoom and pan over the board scene.

Ctrl + wheel or Ctrl + plus/minus zooms (about the mouse), the wheel scrolls,
dragging the empty background draws a selection rectangle, and the middle
mouse button or Space + drag pans. Arrow keys scroll when no note has focus.
After "fit" the board stays fitted when the window changes size, until the
user zooms.

Signals:
    zoomChanged(float): the new scale (1.0 = 100 %).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtWidgets import QGraphicsView

MIN_SCALE, MAX_SCALE = 0.05, 4.0
# The smallest scale at which a card's text (17 px) is still read on a laptop (~10 px).
READABLE_SCALE = 0.6


class BoardView(QGraphicsView):
    zoomChanged = Signal(float)

    def __init__(self, scene, parent=None, *, interactive: bool = True) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.DontSavePainterState, True)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.AnchorViewCenter)
        self.setDragMode(QGraphicsView.RubberBandDrag if interactive else QGraphicsView.NoDrag)
        self.setFocusPolicy(Qt.StrongFocus if interactive else Qt.NoFocus)
        self._panning = False
        self._space = False
        self._interactive = interactive
        self._fitted = False  # fit_all() was the last word on the scale: refit on resize
        self._fitted_size = None  # the viewport size of the last fit
        self._refit = QTimer(self)
        self._refit.setObjectName("boardRefit")
        self._refit.setSingleShot(True)
        self._refit.timeout.connect(self._refit_if_resized)
        if interactive:
            # Scroll bars that come and go would resize the viewport at every fit,
            # and each resize would fit again: keep them, as canvas editors do.
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)

    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        self._fitted = False
        current = self.scale_factor()
        factor = max(MIN_SCALE / current, min(MAX_SCALE / current, factor))
        self.scale(factor, factor)
        self.zoomChanged.emit(self.scale_factor())

    def zoom_in(self) -> None:
        self.zoom_by(1.25)

    def zoom_out(self) -> None:
        self.zoom_by(0.8)

    def reset_zoom(self) -> None:
        self._fitted = False
        self.resetTransform()
        self.zoomChanged.emit(1.0)

    def fit_rect(self, rect: QRectF, max_scale: float = 1.5) -> None:
        """Fit ``rect`` into the viewport, but never magnify beyond ``max_scale``."""
        if rect.isNull():
            return
        self.fitInView(rect, Qt.KeepAspectRatio)
        if self.scale_factor() > max_scale:
            self.resetTransform()
            self.scale(max_scale, max_scale)
            self.centerOn(rect.center())
        self.zoomChanged.emit(self.scale_factor())

    def fit_all(self) -> None:
        scene = self.scene()
        rect = scene.content_rect() if hasattr(scene, "content_rect") else scene.itemsBoundingRect()
        self.setSceneRect(rect.adjusted(-2000, -2000, 2000, 2000))
        self.fit_rect(rect)
        self._fitted = True
        self._fitted_size = self.viewport().size()

    def show_readable(self) -> None:
        """The first view of a board: all of it when its text stays readable there,
        else its top-left part at the smallest readable scale (scroll for the rest;
        "Fit board to window" still shows everything)."""
        self.fit_all()
        if self.scale_factor() >= READABLE_SCALE:
            return
        scene = self.scene()
        rect = scene.content_rect() if hasattr(scene, "content_rect") else scene.itemsBoundingRect()
        self._fitted = False
        self.resetTransform()
        self.scale(READABLE_SCALE, READABLE_SCALE)
        margin = 24.0
        seen_w = self.viewport().width() / READABLE_SCALE
        seen_h = self.viewport().height() / READABLE_SCALE
        self.centerOn(rect.left() - margin + seen_w / 2, rect.top() - margin + seen_h / 2)
        self.zoomChanged.emit(self.scale_factor())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted and self._interactive:
            self._refit.start(0)  # coalesced: one refit after a burst of resizes

    def _refit_if_resized(self) -> None:
        if self._fitted and self.viewport().size() != self._fitted_size:
            self.fit_all()

    # -- input --------------------------------------------------------------------
    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.ControlModifier:
            self.zoom_by(1.0015 ** event.angleDelta().y())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.ZoomIn) or (
                event.modifiers() & Qt.ControlModifier and event.key() in (Qt.Key_Plus,
                                                                          Qt.Key_Equal)):
            self.zoom_in()
            return
        if event.matches(QKeySequence.ZoomOut):
            self.zoom_out()
            return
        if event.key() == Qt.Key_Space and not event.isAutoRepeat() and self._interactive and (
                self.scene().focusItem() is None):
            self._space = True
            self.setDragMode(QGraphicsView.ScrollHandDrag)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key_Space and self._space and not event.isAutoRepeat():
            self._space = False
            self.setDragMode(QGraphicsView.RubberBandDrag)
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MiddleButton:
            self._panning = True
            self._pan_from = event.position()
            self.setCursor(Qt.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._panning:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(int(self.horizontalScrollBar().value() - delta.x()))
            self.verticalScrollBar().setValue(int(self.verticalScrollBar().value() - delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._panning and event.button() == Qt.MiddleButton:
            self._panning = False
            self.unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
