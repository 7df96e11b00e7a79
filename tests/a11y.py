"""Accessibility checks shared by the tests of every window (BITV 2.0 / WCAG 2.1 AA).

    from a11y import walk_problems, tab_order_problems

    assert walk_problems(window) == []
    assert tab_order_problems(window, qtbot) == []

``walk_problems`` walks the widget tree of a shown window and reports, one
line per problem:

- an interactive control (button, input, combo box, spin box, slider, list,
  table, tree, graphics view, text edit) without an accessible name, as a
  screen reader sees it: ``QAccessible`` derives the name from a button's
  text or an input's buddy label, so those count (WCAG 4.1.2);
- with ``descriptions=True``, one without an accessible description (its
  tooltip counts; standard dialog buttons are exempt);
- an enabled interactive control that Tab cannot reach (2.1.1);
- a form label without a buddy, or a label with a mnemonic (``&``) that leads
  nowhere (1.3.1, 2.1.1).

``tab_order_problems`` presses Tab through the window like a keyboard user
and reports every control it never reaches, and a control that keeps the
focus (a keyboard trap, 2.1.2).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider,
    QAbstractItemView, QGraphicsView, QTextEdit, QPlainTextEdit,
)
# Inputs a form label should point at (buttons carry their own text).
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider, QAbstractItemView,
          QGraphicsView, QTextEdit, QPlainTextEdit)
# Composite widgets whose inner parts Qt names and navigates itself.
COMPOSITES = (QAbstractSpinBox, QComboBox, QCalendarWidget, QTabBar, QScrollBar)


def describe(widget: QWidget) -> str:
    """A readable handle for a widget in a problem report."""
    label = widget.objectName()
    if not label and isinstance(widget, QAbstractButton):
        label = widget.text().replace("&", "")
    owner = widget.parentWidget()
    while owner is not None and (not owner.objectName()
                                 or owner.objectName().startswith("qt_")):
        owner = owner.parentWidget()
    where = f" in {owner.objectName()}" if owner is not None else ""
    return f"{type(widget).__name__} '{label}'{where}"


def _internal(widget: QWidget, window: QWidget) -> bool:
    """Parts of Qt's own composite widgets, which Qt makes accessible itself."""
    if widget.objectName().startswith("qt_") or isinstance(widget, (QScrollBar, QHeaderView)):
        return True  # headers are exposed through their table's accessible interface
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, COMPOSITES):
            return True
        if isinstance(parent, QAbstractItemView) and widget.parentWidget() is not parent:
            return True  # item editors live in the viewport
        parent = parent.parentWidget()
    return False


def interactive_widgets(window: QWidget) -> list[QWidget]:
    """The visible controls of ``window`` a user operates, in creation order."""
    found = [window] + window.findChildren(QWidget)
    return [w for w in found
            if isinstance(w, INTERACTIVE) and (w is window or w.isVisibleTo(window))
            and not _internal(w, window)]


def _text(widget: QWidget, which: QAccessible.Text) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is not None and iface.isValid():
        return iface.text(which).strip()
    fallback = {QAccessible.Text.Name: widget.accessibleName(),
                QAccessible.Text.Description: widget.accessibleDescription() or widget.toolTip()}
    return fallback.get(which, "").strip()


def _toolbar_button(widget: QWidget) -> bool:
    """Tool bar buttons stay out of the Tab chain by Qt's design; their actions are
    reached through the menu bar and shortcuts."""
    return isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QToolBar)


def _standard_button(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(),
                                                                QDialogButtonBox)


def _label_problems(window: QWidget) -> list[str]:
    problems = []
    for layout in [window.layout(), *window.findChildren(QLayout)]:
        if not isinstance(layout, QFormLayout):
            continue
        for row in range(layout.rowCount()):
            label_item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item else None
            field = field_item.widget() if field_item else None
            if (isinstance(label, QLabel) and isinstance(field, INPUTS)
                    and label.isVisibleTo(window) and label.buddy() is None):
                problems.append(f"{describe(label)} '{label.text()}': form label without a buddy"
                                f" (setBuddy({describe(field)}))")
    for label in window.findChildren(QLabel):
        text = label.text().replace("&&", "")
        if (label.isVisibleTo(window) and "&" in text and label.buddy() is None
                and label.textFormat() == Qt.TextFormat.AutoText and "<" not in text):
            problems.append(f"{describe(label)} '{label.text()}': mnemonic without a buddy")
    return sorted(set(problems))


def walk_problems(window: QWidget, descriptions: bool = False) -> list[str]:
    """Every accessibility problem found in the shown ``window`` (empty when none)."""
    problems = []
    for widget in interactive_widgets(window):
        who = describe(widget)
        if not _text(widget, QAccessible.Text.Name):
            problems.append(f"{who}: no accessible name (setAccessibleName, a text or a buddy"
                            " label)")
        if (descriptions and not _standard_button(widget)
                and not _text(widget, QAccessible.Text.Description)):
            problems.append(f"{who}: no accessible description (setAccessibleDescription or"
                            " a tooltip)")
        if (widget.isEnabled() and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not _toolbar_button(widget)
                # Qt keeps Tab on the checked button of an exclusive group (arrows move on)
                and not any(b.focusPolicy() & Qt.FocusPolicy.TabFocus
                            for b in _exclusive_siblings(widget))
                and not (widget.focusProxy() and widget.focusProxy().focusPolicy()
                         & Qt.FocusPolicy.TabFocus)):
            problems.append(f"{who}: cannot be reached with Tab (focus policy"
                            f" {widget.focusPolicy().name})")
    return problems + _label_problems(window)


def tab_order_problems(window: QWidget, qtbot, limit: int = 200) -> list[str]:
    """Press Tab through ``window`` (shown and active) and report the controls never
    focused, or a control that holds the focus (keyboard trap)."""
    from PySide6.QtTest import QTest

    expected = [w for w in interactive_widgets(window)
                if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    if not expected:
        return []
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.window())
    expected[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: _owning_control(QApplication.focusWidget(), expected) is not None)
    seen: list[QWidget] = []
    stuck = 0
    for _ in range(limit):
        current = QApplication.focusWidget()
        owner = _owning_control(current, expected)
        if owner is not None and owner not in seen:
            seen.append(owner)
        if len(seen) == len(expected):
            break
        QTest.keyClick(current, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        stuck = stuck + 1 if after is current else 0
        if stuck >= 3:
            return [f"{describe(current)}: keeps the focus when Tab is pressed (keyboard trap)"]
    reached = {id(w) for w in seen}
    for w in seen:  # Tab stops on one button of an exclusive group; arrow keys do the rest
        reached.update(id(b) for b in _exclusive_siblings(w))
    return [f"{describe(w)}: never reached with Tab" for w in expected if id(w) not in reached]


def _exclusive_siblings(widget: QWidget) -> list[QWidget]:
    """The buttons that share an exclusive group with ``widget`` (radio-button style)."""
    if not isinstance(widget, QAbstractButton) or not widget.isCheckable():
        return []
    group = widget.group()
    if group is not None and group.exclusive():
        return list(group.buttons())
    if widget.autoExclusive() and widget.parentWidget() is not None:
        return [b for b in widget.parentWidget().findChildren(QAbstractButton)
                if b.parentWidget() is widget.parentWidget() and b.autoExclusive()
                and b.isCheckable()]
    return []


def _owning_control(widget: QWidget | None, controls: list[QWidget]) -> QWidget | None:
    """The control that ``widget`` is (or is part of, e.g. a spin box's line edit)."""
    while widget is not None:
        if widget in controls:
            return widget
        widget = widget.parentWidget()
    return None
