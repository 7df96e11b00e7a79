"""The start screen: new workshop, open, recent files, plan, demo.

Imports nothing heavy: it is the first thing a user sees. The main window
retranslates it on a language change.

Signals:
    newRequested(), openRequested(), planRequested(), demoRequested()
    recentRequested(str): path of a recent workshop file
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StartPage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    planRequested = Signal()
    demoRequested = Signal()
    recentRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        outer.setSpacing(40)

        left = QVBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("startHeading")
        self._size_heading()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("startIntro")
        left.addWidget(self.heading)
        left.addWidget(self.intro)
        left.addSpacing(16)
        self.new_button = self._button("newButton", self.newRequested)
        self.open_button = self._button("openButton", self.openRequested)
        self.plan_button = self._button("planButton", self.planRequested)
        self.demo_button = self._button("demoButton", self.demoRequested)
        for b in (self.new_button, self.open_button, self.plan_button, self.demo_button):
            left.addWidget(b)
        left.addStretch(1)
        outer.addLayout(left, 2)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        outer.addWidget(line)

        right = QVBoxLayout()
        self.recent_label = QLabel()
        self.recent_label.setObjectName("recentLabel")
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(self._activate)
        self.recent_empty = QLabel()
        self.recent_empty.setWordWrap(True)
        right.addWidget(self.recent_label)
        right.addWidget(self.recent, 1)
        right.addWidget(self.recent_empty)
        outer.addLayout(right, 3)
        self.retranslate()

    def _button(self, name: str, signal) -> QPushButton:
        b = QPushButton()
        b.setObjectName(name)
        b.setMinimumHeight(44)
        b.clicked.connect(signal)
        return b

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Co-Design Studio"))
        self.intro.setText(self.tr(
            "Run participation workshops about the city's AI pilots: present each pilot as a"
            " scenario, let participants vote and add notes on the shared screen, and hand the"
            " results to the strategy team."))
        self.new_button.setText(self.tr("New workshop…"))
        self.new_button.setAccessibleName(self.tr("Create a new workshop"))
        self.new_button.setToolTip(self.tr(
            "Asks for the title, date and place, then creates the workshop file."))
        self.open_button.setText(self.tr("Open workshop…"))
        self.open_button.setAccessibleName(self.tr("Open a workshop file"))
        self.open_button.setToolTip(self.tr("Choose a .workshop file on this computer."))
        self.plan_button.setText(self.tr("Plan a workshop…"))
        self.plan_button.setAccessibleName(self.tr("Plan a workshop from scenario cards"))
        self.plan_button.setToolTip(self.tr(
            "Choose scenario cards and activities and set the agenda of a new workshop."))
        self.demo_button.setText(self.tr("Open the demo workshop"))
        self.demo_button.setAccessibleName(self.tr("Open a demo workshop that has already been run"))
        self.demo_button.setToolTip(self.tr(
            "An example workshop with votes and notes, to try every screen safely."))
        self.recent_label.setText(self.tr("&Recent workshops"))
        self.recent.setAccessibleName(self.tr("Recent workshops"))
        self.recent.setAccessibleDescription(self.tr(
            "Press Enter to open the selected workshop."))
        self.recent_empty.setText(self.tr("No recent workshops yet."))

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setData(QtCore.Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            if not path.exists():
                item.setText(self.tr("{name} (missing)").format(name=path.stem) + f"\n{path.parent}")
                item.setFlags(item.flags() & ~QtCore.Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(item)
        self.recent_empty.setVisible(not paths)
        if paths:
            self.recent.setCurrentRow(0)

    def _activate(self, item: QListWidgetItem) -> None:
        self.recentRequested.emit(item.data(QtCore.Qt.ItemDataRole.UserRole))

    def _size_heading(self) -> None:
        """Twice the page's font, so the heading follows the text-size setting."""
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.heading.setFont(font)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._size_heading()
        super().changeEvent(event)
