"""The one plain-text label: participant, card and file text is shown literally, never as
rich text (a "<b>" in a note is text), wrapped unless asked otherwise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True,
                role: str | None = None, object_name: str = "", accessible: str = "",
                selectable: bool = False) -> QLabel:
    """A QLabel showing ``text`` as plain text.

    ``role``: the shared screen's type role ("h1", "body", …, see ``studio.ui.stage.style``);
    ``selectable``: the text can be selected and copied by mouse and keyboard.
    """
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if role is not None:
        label.setProperty("role", role)
    if object_name:
        label.setObjectName(object_name)
    if accessible:
        label.setAccessibleName(accessible)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label
