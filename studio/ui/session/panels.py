"""Console panels: the timer, the shared-screen preview, private notes, laptop notes."""

from __future__ import annotations

import time

from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.base.errors import StudioError
from studio.core.kinds import Source, localized
from studio.ui.layouts import WrapGrid
from studio.ui.widgets.agenda_spec import ActivitySpec
from studio.ui.widgets.timer import TimerClock
from studio.ui.theme import set_relative_font

PREVIEW_MS = 1500


def tool_button(action: QAction, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    def name_it() -> None:  # the action's text changes with the language
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))

    name_it()
    action.changed.connect(name_it)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


class TimerPanel(QWidget):
    """The current item's timer: time left (or counted up) and its buttons."""

    def __init__(self, clock: TimerClock, actions: list[QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.clock = clock
        self.item_id: str | None = None
        self.label = QLabel(self)
        self.label.setObjectName("consoleTimer")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        set_relative_font(self.label, 1.8, bold=True, family="DejaVu Sans Mono")
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        buttons = WrapGrid(max_columns=3)
        for action in actions:
            buttons.addWidget(tool_button(action, self))
        lay.addLayout(buttons)
        clock.ticked.connect(self.update_text)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setAccessibleName(self.tr("Timer"))
        self.update_text()

    def set_item(self, item_id: str | None) -> None:
        self.item_id = item_id
        self.update_text()

    def update_text(self) -> None:
        if not self.clock.is_for(self.item_id):
            self.label.setText("--:--")
            return
        text = self.clock.text()
        if self.clock.over():
            text = self.tr("{time} over").format(time=text.lstrip("+"))
        elif not self.clock.state.running and self.clock.elapsed() > 0:
            text = self.tr("{time} (paused)").format(time=text)
        self.label.setText(text)


class StagePreview(QLabel):
    """A live thumbnail of the shared screen (refreshed after changes and every 1.5 s)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stagePreview")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(160, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setStyleSheet("QLabel#stagePreview { background: #202020; color: #FFFFFF; "
                           "border: 1px solid #555555; }")
        self.stage: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("previewTimer")
        self.timer.setInterval(PREVIEW_MS)
        self.timer.timeout.connect(self.refresh)
        self.soon = QTimer(self)
        self.soon.setObjectName("previewSoon")
        self.soon.setSingleShot(True)
        self.soon.setInterval(120)
        self.soon.timeout.connect(self.refresh)
        self._last_refresh = 0.0
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Preview of the shared screen"))
        if self.stage is not None:
            self.refresh()

    def set_stage(self, stage: QWidget) -> None:
        self.stage = stage

    def schedule(self) -> None:
        if not self.soon.isActive():
            self.soon.setInterval(120)
            self.soon.start()

    def schedule_answers(self) -> None:
        """Show new answers soon; while they stream in (phones), at most every 1.5 s:
        grabbing the shared screen costs the GUI thread."""
        if self.soon.isActive():
            return
        streaming = time.monotonic() - self._last_refresh < 3.0
        self.soon.setInterval(1500 if streaming else 120)
        self.soon.start()

    def refresh(self) -> None:
        stage = self.stage
        if stage is None or not stage.isVisible():
            self.setPixmap(QPixmap())
            self.setText(self.tr("The shared screen is closed."))
            return
        self._last_refresh = time.monotonic()
        pix = stage.grab()
        room = QSize(max(120, self.width() - 4), max(60, self.height() - 4))
        self.setPixmap(pix.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation))

    def heightForWidth(self, w: int) -> int:  # noqa: N802
        # 16:9, but at most a fifth of the window: on a 720-pixel laptop screen the
        # stage buttons and the notes under the preview need the room more.
        window = self.window()
        cap = max(90, window.height() // 5) if window is not self else w
        return min(w * 9 // 16, cap)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.timer.start()
        self.schedule()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self.timer.stop()


class PrivateNotes(QPlainTextEdit):
    """The facilitator's private notes (Workshop.facilitator_notes), saved as you type."""

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self.setObjectName("privateNotes")
        self.retranslate()
        self.setTabChangesFocus(True)
        self.setPlainText(document.workshops.get().facilitator_notes or "")
        self.timer = QTimer(self)
        self.timer.setObjectName("notesSaveTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(800)
        self.timer.timeout.connect(self.save)
        self.textChanged.connect(self.timer.start)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Facilitator's private notes"))
        self.setPlaceholderText(self.tr("Private notes: never shown on the shared screen."))
        self.setAccessibleDescription(self.tr(
            "Only you see these notes; they are saved in the workshop file as you type."))

    def save(self) -> None:
        self.timer.stop()
        text = self.toPlainText()
        if text != (self.doc.workshops.get().facilitator_notes or ""):
            self.doc.workshops.update(facilitator_notes=text)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.save()
        super().focusOutEvent(event)


class LaptopNoteEntry(QWidget):
    """Type a sticky note at the laptop for the current notes activity (source: laptop)."""

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self.spec: ActivitySpec | None = None
        self.text = QLineEdit(self)
        self.text.setObjectName("laptopNoteText")
        self.text.returnPressed.connect(self.add)
        self.category = QComboBox(self)
        self.category.setObjectName("laptopNoteCategory")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("laptopNoteAdd")
        self.add_button.clicked.connect(self.add)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(8)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.category, 1)
        row.addWidget(self.add_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.text)
        lay.addLayout(row)
        lay.addWidget(self.message)
        self._said_added = False
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setAccessibleName(self.tr("Note typed at the laptop"))
        self.text.setPlaceholderText(self.tr("Note heard in the room…"))
        self.text.setAccessibleDescription(self.tr(
            "Type what someone said in the room; Enter adds it as a note."))
        self.category.setAccessibleName(self.tr("Category of the note"))
        self.category.setAccessibleDescription(self.tr(
            "The category the note is filed under on the notes board."))
        self.add_button.setText(self.tr("Add note"))
        self.add_button.setAccessibleDescription(self.tr(
            "Adds the note to the current notes activity, marked as typed at the laptop."))
        if self._said_added:
            self.message.setText(self.tr("Note added."))

    def set_activity(self, spec: ActivitySpec | None) -> None:
        self.spec = spec
        ws = self.doc.workshops.get()
        current = self.category.currentData()
        self.category.clear()
        for cat in self.doc.notes.activity_categories(spec.id if spec else None):
            self.category.addItem(f"{cat.get('symbol', '')} {localized(cat, ws.language)}",
                                  cat.get("key"))
        if current is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(current)))

    def add(self) -> None:
        spec = self.spec
        if spec is None:
            return
        try:
            self.doc.notes.add_note(self.text.text(), self.category.currentData() or "",
                                    scenario_id=spec.scenario_id, activity_id=spec.id,
                                    source=Source.LAPTOP)
        except StudioError as err:
            self.message.setText(err.user_message())
            self._said_added = False
            return
        self.text.clear()
        self.message.setText(self.tr("Note added."))
        self._said_added = True
        self.doc.notify("notes")
