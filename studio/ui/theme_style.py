"""ThemeStyle: what a palette cannot do (a visible focus ring, firm control borders).

Kept apart from :mod:`studio.ui.theme` so that the first window can be painted
with the theme's palette before this Python style (and the ``QStyle`` enums it
needs) is loaded: :func:`studio.ui.theme.apply_theme` installs it, at once by
default, or right after the first paint when the app starts.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QProxyStyle, QStyle, QStyleOption, QWidget

from studio.ui.theme import FOCUS_WIDTH, ThemeSpec

_S = QStyle
_FOCUS_PRIMITIVES = {
    _S.PrimitiveElement.PE_PanelButtonCommand,
    _S.PrimitiveElement.PE_PanelButtonTool,
    _S.PrimitiveElement.PE_FrameLineEdit,
    _S.PrimitiveElement.PE_Frame,
}
_FOCUS_COMPLEX = {
    _S.ComplexControl.CC_ComboBox,
    _S.ComplexControl.CC_SpinBox,
    _S.ComplexControl.CC_Slider,
}
_BORDER_PRIMITIVES = {
    _S.PrimitiveElement.PE_PanelButtonCommand,
    _S.PrimitiveElement.PE_FrameLineEdit,
    _S.PrimitiveElement.PE_Frame,
    _S.PrimitiveElement.PE_FrameGroupBox,
    _S.PrimitiveElement.PE_FrameTabWidget,
    _S.PrimitiveElement.PE_IndicatorCheckBox,
    _S.PrimitiveElement.PE_IndicatorRadioButton,
}
_BORDER_COMPLEX = {_S.ComplexControl.CC_ComboBox, _S.ComplexControl.CC_SpinBox}


class ThemeStyle(QProxyStyle):
    """Fusion with a focus ring that is always visible and firm borders.

    Fusion shows focus only as a faint tint, and only after keyboard
    navigation; WCAG 2.4.7 asks for a visible indicator, so a ring is drawn in
    the theme's focus colour (at least 3:1 against the backgrounds). Fusion's
    control outlines are a shade of the window colour (invisible in high
    contrast, faint in dark); WCAG 1.4.11 asks for 3:1, so buttons, inputs,
    check boxes and radio buttons get a 1 px border in the theme's border colour.
    """

    def __init__(self) -> None:
        super().__init__("Fusion")
        self.setObjectName("studioThemeStyle")
        self.focus = QColor("#b45309")
        self.border: QColor | None = None
        self.width = FOCUS_WIDTH

    def configure(self, spec: ThemeSpec, font_scale: float) -> None:
        self.focus = QColor(spec.focus)
        self.border = QColor(spec.control_border) if spec.control_border else None
        self.width = max(FOCUS_WIDTH, round(FOCUS_WIDTH * font_scale))

    def _ring(self, painter: QPainter, option: QStyleOption, width: float | None = None,
              color: QColor | None = None, ellipse: bool = False) -> None:
        w = self.width if width is None else width
        rect = QRectF(option.rect).adjusted(w / 2, w / 2, -w / 2, -w / 2)
        if rect.width() <= w or rect.height() <= w:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(color or self.focus, w, QtCore.Qt.PenStyle.SolidLine,
                            QtCore.Qt.PenCapStyle.SquareCap, QtCore.Qt.PenJoinStyle.MiterJoin))
        if ellipse:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2.0, 2.0)
        painter.restore()

    def _border(self, painter: QPainter, option: QStyleOption, ellipse: bool = False) -> None:
        color = self.border
        if not option.state & _S.StateFlag.State_Enabled:
            color = option.palette.color(QPalette.ColorGroup.Disabled,
                                         QPalette.ColorRole.ButtonText)
        self._ring(painter, option, 1.0, color, ellipse)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == _S.PrimitiveElement.PE_FrameFocusRect:
            # Item views, tabs, check boxes: the ring replaces Fusion's hint.
            self._ring(painter, option)
            return
        super().drawPrimitive(element, option, painter, widget)
        frame = element == _S.PrimitiveElement.PE_Frame
        if frame and _frameless(widget):
            return
        if self.border is not None and element in _BORDER_PRIMITIVES:
            self._border(painter, option,
                         ellipse=element == _S.PrimitiveElement.PE_IndicatorRadioButton)
        if element in _FOCUS_PRIMITIVES and option.state & _S.StateFlag.State_HasFocus:
            self._ring(painter, option)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if self.border is not None and control in _BORDER_COMPLEX:
            self._border(painter, option)
        if control in _FOCUS_COMPLEX and option.state & _S.StateFlag.State_HasFocus:
            self._ring(painter, option)


def _frameless(widget: QWidget | None) -> bool:
    """True for widgets drawn without a visible frame (their PE_Frame is empty)."""
    return isinstance(widget, QFrame) and widget.frameShape() == QFrame.Shape.NoFrame


