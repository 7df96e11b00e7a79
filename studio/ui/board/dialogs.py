"""Small dialogs of the board: hide with a reason, edit with history, cluster name and colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.kinds import NOTE_MAX_LENGTH
from studio.core.pii import find_personal_data, redact, summary


def swatch(color: str, size: int = 14) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(color) if color else QColor("#9AA0A6"))
    return QIcon(pix)


class HideDialog(QDialog):
    """Ask why notes are hidden. The reason is stored and exported with the note."""

    def __init__(self, count: int, parent: QWidget | None = None, preset: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hide note"))
        self.reasons = QComboBox()
        self.reasons.setEditable(True)
        self.reasons.addItems([
            self.tr("Personal data"),
            self.tr("Insult or discriminating language"),
            self.tr("Off topic"),
        ])
        self.reasons.setAccessibleName(self.tr("Reason for hiding"))
        if preset:
            self.reasons.setCurrentText(preset)
        info = QLabel(self.tr(
            "{n} note(s) will no longer appear on the shared screen. They stay in the file and"
            " in exports, marked as hidden with this reason.").format(n=count))
        info.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Hide"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: #B00020;")
        form = QFormLayout(self)
        form.addRow(info)
        form.addRow(self.tr("&Reason:"), self.reasons)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def reason(self) -> str:
        return " ".join(self.reasons.currentText().split())

    def _accept(self) -> None:
        if not self.reason():
            self.error.setText(self.tr("Say why the note is hidden."))
            return
        self.accept()


class EditNoteDialog(QDialog):
    """Edit a note's text; earlier versions are listed and stay in the file."""

    def __init__(self, text: str, history: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit note"))
        self.resize(520, 420)
        self.editor = QPlainTextEdit()
        self.editor.setPlainText(text)
        self.editor.setAccessibleName(self.tr("Note text"))
        self.counter = QLabel()
        self.pii = QLabel()
        self.pii.setTextFormat(Qt.PlainText)
        self.pii.setWordWrap(True)
        self.redact_button = QPushButton(self.tr("&Redact personal data"))
        self.redact_button.setAccessibleName(self.tr("Redact personal data"))
        self.redact_button.clicked.connect(self.redact)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Earlier versions"))
        for when, old in history:
            self.history.addItem(f"{when}: {old}")
        if not history:
            self.history.addItem(self.tr("No earlier versions."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.counter)
        layout.addWidget(self.pii)
        layout.addWidget(self.redact_button)
        layout.addWidget(QLabel(self.tr("Earlier versions (kept in the file):")))
        layout.addWidget(self.history)
        layout.addWidget(self.buttons)
        self.editor.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def redact(self) -> None:
        text = self.editor.toPlainText()
        self.editor.setPlainText(redact(text, find_personal_data(text)))

    def _update(self) -> None:
        n = len(self.text())
        self.counter.setText(self.tr("{n} / {limit} characters").format(n=n,
                                                                         limit=NOTE_MAX_LENGTH))
        self.counter.setStyleSheet("color: #B00020; font-weight: bold;" if n > NOTE_MAX_LENGTH
                                   else "")
        findings = find_personal_data(self.editor.toPlainText())
        self.pii.setText(self.tr("Personal data? {hint}").format(hint=summary(findings))
                         if findings else "")
        self.redact_button.setVisible(bool(findings))
        self.buttons.button(QDialogButtonBox.Save).setEnabled(0 < n <= NOTE_MAX_LENGTH)

    def _accept(self) -> None:
        if 0 < len(self.text()) <= NOTE_MAX_LENGTH:
            self.accept()


CLUSTER_COLORS = [
    ("", "Grey"), ("#4F86C6", "Blue"), ("#4CA36B", "Green"), ("#E39B3B", "Orange"),
    ("#8E6CC0", "Purple"), ("#D0584F", "Red"), ("#D9B92E", "Yellow"),
]


class ClusterDialog(QDialog):
    """Name and colour of a cluster (the name always shows; colour only helps)."""

    def __init__(self, name: str, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cluster"))
        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("Cluster name"))
        self.name.setMaxLength(120)
        self.color = QComboBox()
        self.color.setAccessibleName(self.tr("Cluster colour"))
        names = {"Grey": self.tr("Grey"), "Blue": self.tr("Blue"), "Green": self.tr("Green"),
                 "Orange": self.tr("Orange"), "Purple": self.tr("Purple"), "Red": self.tr("Red"),
                 "Yellow": self.tr("Yellow")}
        for value, label in CLUSTER_COLORS:
            self.color.addItem(swatch(value), names[label], value)
        if color and self.color.findData(color) < 0:
            self.color.addItem(swatch(color), color, color)
        self.color.setCurrentIndex(max(0, self.color.findData(color)))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Colour:"), self.color)
        form.addRow(buttons)
        self.name.selectAll()

    def values(self) -> tuple[str, str]:
        return " ".join(self.name.text().split()), self.color.currentData() or ""
