"""VocabularyDialog: edit the workshop's note categories and governance tags.

The tables hold a draft; nothing is saved until OK, and then as one undoable
step. A category or tag that notes use cannot be removed (change its label
instead): keys are stable because notes and exports refer to them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

CAT_FIELDS = ("key", "de", "en", "symbol", "color")
TAG_FIELDS = ("key", "de", "en")


def _slug(text: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_") or "item"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


class VocabularyDialog(QDialog):
    def __init__(self, categories: list[dict[str, str]], tags: list[dict[str, str]],
                 used_categories: set[str], used_tags: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Categories and tags"))
        self.resize(720, 560)
        self.used_categories, self.used_tags = used_categories, used_tags
        self.cats = self._table([self.tr("Key"), self.tr("German"), self.tr("English"),
                                 self.tr("Symbol"), self.tr("Colour")], self.tr("Categories"))
        self.tags = self._table([self.tr("Key"), self.tr("German"), self.tr("English")],
                                self.tr("Tags"))
        for entry in categories:
            self._add_row(self.cats, CAT_FIELDS, entry, fixed_key=True)
        for entry in tags:
            self._add_row(self.tags, TAG_FIELDS, entry, fixed_key=True)
        self.cats.cellDoubleClicked.connect(self._pick_color)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.PlainText)
        self.message.setStyleSheet("color: #B00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Categories (the first five have the keys 1–5 in bulk entry). Each needs a symbol,"
            " so colour is never the only sign. Double-click a colour to choose it.")))
        layout.addWidget(self.cats)
        layout.addLayout(self._buttons(self.cats, CAT_FIELDS, True))
        layout.addWidget(QLabel(self.tr("Tags for governance topics (optional on each note):")))
        layout.addWidget(self.tags)
        layout.addLayout(self._buttons(self.tags, TAG_FIELDS, False))
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QTableWidget.SelectRows)
        return table

    def _add_row(self, table: QTableWidget, fields: tuple[str, ...], entry: dict[str, str],
                 fixed_key: bool) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for col, key in enumerate(fields):
            item = QTableWidgetItem(str(entry.get(key, "")))
            if key == "key" and fixed_key:
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
            if key == "color":
                item.setBackground(QColor(entry.get("color") or "#FFFFFF"))
            table.setItem(row, col, item)

    def _buttons(self, table: QTableWidget, fields: tuple[str, ...], is_cat: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add category") if is_cat else self.tr("Add tag"))
        remove = QPushButton(self.tr("Remove category") if is_cat else self.tr("Remove tag"))
        add.setAccessibleName(add.text())
        remove.setAccessibleName(remove.text())
        add.clicked.connect(lambda: self._add_new(table, fields, is_cat))
        remove.clicked.connect(lambda: self._remove(table, is_cat))
        row.addWidget(add)
        row.addWidget(remove)
        if is_cat:
            for text, delta in ((self.tr("Move up"), -1), (self.tr("Move down"), 1)):
                button = QPushButton(text)
                button.setAccessibleName(text)
                button.clicked.connect(lambda _=False, d=delta: self._move(table, d))
                row.addWidget(button)
        row.addStretch(1)
        return row

    def _add_new(self, table: QTableWidget, fields: tuple[str, ...], is_cat: bool) -> None:
        entry = {"key": "", "de": "", "en": ""}
        if is_cat:
            entry.update(symbol="#", color="#EEEEEE")
        self._add_row(table, fields, entry, fixed_key=False)
        table.setCurrentCell(table.rowCount() - 1, 1)
        table.editItem(table.item(table.rowCount() - 1, 1))

    def _remove(self, table: QTableWidget, is_cat: bool) -> None:
        row = table.currentRow()
        if row < 0:
            return
        key = table.item(row, 0).text()
        used = self.used_categories if is_cat else self.used_tags
        if key in used:
            self.message.setText(self.tr(
                "“{key}” is used by notes and cannot be removed; rename its labels instead."
            ).format(key=key))
            return
        table.removeRow(row)

    def _move(self, table: QTableWidget, delta: int) -> None:
        row = table.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < table.rowCount():
            return
        for col in range(table.columnCount()):
            a, b = table.takeItem(row, col), table.takeItem(target, col)
            table.setItem(row, col, b)
            table.setItem(target, col, a)
        table.setCurrentCell(target, 0)

    def _pick_color(self, row: int, col: int) -> None:
        if col != CAT_FIELDS.index("color"):
            return
        item = self.cats.item(row, col)
        color = QColorDialog.getColor(QColor(item.text() or "#EEEEEE"), self,
                                      self.tr("Category colour"))
        if color.isValid():
            item.setText(color.name().upper())
            item.setBackground(color)

    def _rows(self, table: QTableWidget, fields: tuple[str, ...]) -> list[dict[str, str]]:
        out = []
        for row in range(table.rowCount()):
            out.append({f: (table.item(row, c).text().strip() if table.item(row, c) else "")
                        for c, f in enumerate(fields)})
        return out

    def values(self) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
        cats, tags = self._rows(self.cats, CAT_FIELDS), self._rows(self.tags, TAG_FIELDS)
        for rows in (cats, tags):
            taken = {r["key"] for r in rows if r["key"]}
            for r in rows:
                if not r["key"]:
                    r["key"] = _slug(r["en"] or r["de"], taken)
                    taken.add(r["key"])
        return cats, tags

    def problems(self) -> str:
        cats, tags = self.values()
        if not cats:
            return self.tr("Keep at least one category.")
        for r in cats:
            if not (r["de"] or r["en"]):
                return self.tr("Every category needs a label.")
            if not r["symbol"]:
                return self.tr("Every category needs a symbol (colour alone is not enough).")
            if not QColor(r["color"]).isValid():
                return self.tr("“{color}” is not a colour; write it like #FFE08A.").format(
                    color=r["color"])
        for r in tags:
            if not (r["de"] or r["en"]):
                return self.tr("Every tag needs a label.")
        return ""

    def _accept(self) -> None:
        problem = self.problems()
        if problem:
            self.message.setText(problem)
            return
        self.accept()
