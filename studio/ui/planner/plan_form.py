"""PlanDetails: the facts of a plan (title, date, place, ...) and its stakeholder groups.

Edits are emitted as ``fieldsEdited({field: value})``; the window turns them
into undo commands. ``set_plan`` refreshes the form without emitting.

Signals:
    fieldsEdited(dict): plan fields and their new values.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.core.kinds import DEFAULT_STAKEHOLDER_GROUPS
from studio.core.plans import Plan

_NO_DATE = QDate(2000, 1, 1)


class GroupsModel(QAbstractTableModel):
    """The stakeholder groups as an editable table: German name, English name.

    Signals:
        groupsEdited(list): the whole new list after an edit in the table.
    """

    groupsEdited = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._groups: list[dict[str, str]] = []

    def set_groups(self, groups: list[dict[str, str]]) -> None:
        self.beginResetModel()
        self._groups = copy.deepcopy(groups)
        self.endResetModel()

    def groups(self) -> list[dict[str, str]]:
        return copy.deepcopy(self._groups)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._groups)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("German"), self.tr("English"))[section]
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        return self._groups[index.row()].get(("de", "en")[index.column()], "")

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        groups = self.groups()
        lang = ("de", "en")[index.column()]
        groups[index.row()][lang] = str(value).strip()
        if lang == "en" and not groups[index.row()].get("key"):
            groups[index.row()]["key"] = _key(str(value), groups)
        self.groupsEdited.emit(groups)
        return True


def _key(text: str, groups: list[dict[str, str]]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "group"
    taken = {g.get("key") for g in groups}
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


class PlanDetails(QWidget):
    fieldsEdited = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.title = QLineEdit()
        self.title.setObjectName("planTitle")
        self.date = QDateEdit()
        self.date.setObjectName("planDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setMinimumDate(_NO_DATE)
        self.place = QLineEdit()
        self.place.setObjectName("planPlace")
        self.organiser = QLineEdit()
        self.facilitator = QLineEdit()
        self.language = QComboBox()
        self.language.setObjectName("planLanguage")
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.groups_model = GroupsModel(self)
        self.groups = QTableView()
        self.groups.setTabKeyNavigation(False)  # Tab leaves the table; arrows move
        self.groups.setObjectName("planGroups")
        self.groups.setModel(self.groups_model)
        self.groups.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.groups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groups.setFixedHeight(150)
        self.add_group = QPushButton()
        self.remove_group = QPushButton()
        self.reset_groups = QPushButton()
        buttons = QHBoxLayout()
        for b in (self.add_group, self.remove_group, self.reset_groups):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.form = QFormLayout()
        self._labels = []
        for widget in (
            self.title,
            self.date,
            self.place,
            self.organiser,
            self.facilitator,
            self.language,
            self.notes,
        ):
            label = QLabel()
            label.setBuddy(widget)
            self._labels.append(label)
            self.form.addRow(label, widget)
        self.groups_label = QLabel()
        self.groups_label.setBuddy(self.groups)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.groups_label)
        layout.addWidget(self.groups)
        layout.addLayout(buttons)

        self.title.textEdited.connect(lambda t: self._emit(title=t))
        self.place.textEdited.connect(lambda t: self._emit(place=t))
        self.organiser.textEdited.connect(lambda t: self._emit(organiser=t))
        self.facilitator.textEdited.connect(lambda t: self._emit(facilitator=t))
        self.notes.textChanged.connect(lambda: self._emit(notes=self.notes.toPlainText()))
        self.date.dateChanged.connect(self._date_changed)
        self.language.currentIndexChanged.connect(
            lambda _i: self._emit(language=self.language.currentData())
        )
        self.groups_model.groupsEdited.connect(lambda g: self._emit(stakeholder_groups=g))
        self.add_group.clicked.connect(self._add_group)
        self.remove_group.clicked.connect(self._remove_group)
        self.reset_groups.clicked.connect(
            lambda: self._emit(stakeholder_groups=copy.deepcopy(DEFAULT_STAKEHOLDER_GROUPS))
        )
        self.retranslate()

    def retranslate(self) -> None:
        texts = (
            self.tr("&Title:"),
            self.tr("&Date:"),
            self.tr("&Place:"),
            self.tr("&Organiser:"),
            self.tr("&Facilitator:"),
            self.tr("&Language of the workshop:"),
            self.tr("Facilitator &notes:"),
        )
        for label, text in zip(self._labels, texts):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        self.date.setSpecialValueText(self.tr("no date yet"))
        self.groups_label.setText(self.tr("Stakeholder &groups participants can pick:"))
        self.groups.setAccessibleName(self.tr("Stakeholder groups"))
        self.add_group.setText(self.tr("Add group"))
        self.add_group.setAccessibleName(self.tr("Add a stakeholder group"))
        self.remove_group.setText(self.tr("Remove group"))
        self.remove_group.setAccessibleName(self.tr("Remove the selected stakeholder group"))
        self.reset_groups.setText(self.tr("Default groups"))
        self.reset_groups.setAccessibleName(self.tr("Reset to the default stakeholder groups"))

    def set_plan(self, plan: Plan) -> None:
        self._loading = True
        try:
            for edit, value in (
                (self.title, plan.title),
                (self.place, plan.place),
                (self.organiser, plan.organiser),
                (self.facilitator, plan.facilitator),
            ):
                if edit.text() != value:
                    edit.setText(value)
            if self.notes.toPlainText() != plan.notes:
                self.notes.setPlainText(plan.notes)
            self.date.setDate(QDate(plan.date) if plan.date else _NO_DATE)
            self.language.setCurrentIndex(max(0, self.language.findData(plan.language)))
            if self.groups_model.groups() != plan.stakeholder_groups:
                self.groups_model.set_groups(plan.stakeholder_groups)
        finally:
            self._loading = False

    def _emit(self, **fields: Any) -> None:
        if not self._loading:
            self.fieldsEdited.emit(fields)

    def _date_changed(self, qdate: QDate) -> None:
        value = None if qdate == _NO_DATE else dt.date(qdate.year(), qdate.month(), qdate.day())
        self._emit(date=value)

    def _add_group(self) -> None:
        groups = self.groups_model.groups()
        name = self.tr("New group")
        groups.append({"key": _key(f"group {len(groups) + 1}", groups), "de": name, "en": name})
        self._emit(stakeholder_groups=groups)
        self.groups.setFocus()
        self.groups.setCurrentIndex(self.groups_model.index(len(groups) - 1, 0))

    def _remove_group(self) -> None:
        row = self.groups.currentIndex().row()
        groups = self.groups_model.groups()
        if 0 <= row < len(groups):
            del groups[row]
            self._emit(stakeholder_groups=groups)
