"""Small dialogs of the shell: new workshop, about, keyboard shortcuts."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio import __version__


def safe_file_stem(title: str) -> str:
    """A file name from a workshop title: letters, digits, dashes (umlauts kept)."""
    stem = re.sub(r"[^\w\-]+", "-", title.strip(), flags=re.UNICODE).strip("-_")
    return stem[:80] or "workshop"


class NewWorkshopDialog(QDialog):
    """Asks for the facts of a new workshop and where to keep its file."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(self.tr("New workshop"))
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setObjectName("newTitle")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setAccessibleDescription(self.tr("Required. Also names the workshop file."))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setAccessibleName(self.tr("Date"))
        self.date.setAccessibleDescription(self.tr("The day of the workshop."))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        self.place.setAccessibleDescription(self.tr("Where the workshop takes place."))
        self.facilitator = QLineEdit()
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        self.facilitator.setAccessibleDescription(self.tr("Who leads the workshop."))
        for text, field in ((self.tr("&Title:"), self.title), (self.tr("&Date:"), self.date),
                            (self.tr("&Place:"), self.place),
                            (self.tr("&Facilitator:"), self.facilitator)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.where = QLabel()
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.where)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self._update)
        self._update()

    def target(self) -> Path:
        stem = safe_file_stem(self.title.text())
        candidate, n = self.folder / f"{stem}.workshop", 1
        while candidate.exists():
            n += 1
            candidate = self.folder / f"{stem}-{n}.workshop"
        return candidate

    def _update(self) -> None:
        ok = bool(self.title.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.where.setText(self.tr("The workshop will be saved as {path}").format(
            path=self.target()))


class AboutDialog(QDialog):
    def __init__(self, document_path: Path | None, sessions: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Co-Design Studio"))
        text = "\n".join([
            self.tr("Co-Design Studio {version}").format(version=__version__),
            "",
            self.tr("Participation workshops about a city's AI pilot projects: scenario cards,"
                    " voting and sticky notes on a shared screen, spreadsheets for the strategy"
                    " team. Works offline."),
            "",
            self.tr("Licence: European Union Public Licence (EUPL) 1.2"),
            "",
            self.tr("Workshop files are saved in: {path}").format(path=sessions),
            self.tr("Open workshop: {path}").format(
                path=document_path if document_path else self.tr("none")),
            self.tr("Settings are stored in: {path}").format(path=QSettings().fileName()),
        ])
        label = QLabel(text)
        label.setObjectName("aboutText")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.resize(560, 320)


class ShortcutsDialog(QDialog):
    """The F1 cheat sheet: every shortcut of the action registry, and where it works.

    Wide enough for its columns: nothing is cut off (the table scrolls only
    when the screen is too small).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        from studio.ui.actions import shortcut_rows

        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows()
        table = QTableWidget(len(rows), 3, self)
        table.setObjectName("shortcutsTable")
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setAccessibleDescription(self.tr(
            "Every keyboard shortcut of the app, and where it works."))
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move inside
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys"), self.tr("Where")])
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        for r, (where, name, keys) in enumerate(rows):
            for c, text in enumerate((name, keys, where)):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        air = header.fontMetrics().averageCharWidth() * 2  # no text touches the grid
        for c in range(3):
            table.setColumnWidth(c, table.columnWidth(c) + air)
        header.setStretchLastSection(True)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        # As wide as the columns need (within the screen), tall enough for many rows.
        frame = table.frameWidth() * 2 + table.verticalScrollBar().sizeHint().width()
        margins = layout.contentsMargins()
        width = (sum(table.columnWidth(c) for c in range(3)) + frame
                 + margins.left() + margins.right())
        height = 640
        screen = (parent.screen() if parent is not None else None) or QApplication.primaryScreen()
        if screen is not None:
            avail = screen.availableGeometry()
            width = min(width, avail.width() - 40)
            height = min(height, avail.height() - 80)
        self.resize(max(width, 480), height)
