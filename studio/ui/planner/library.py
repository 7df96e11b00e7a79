"""The card library: browse scenario cards, see which files are broken, import and export.

The widget shows a :class:`~studio.core.cards.CardCatalog` it is given; the
window loads, imports and exports through core functions and hands the new
catalog back. Cards can be dragged onto the agenda or added with Enter.

Signals (CardLibrary):
    addRequested(str): add the card with this id to the agenda.
    editRequested(str): open the card editor on this card.
    newRequested(): create a new card.
    importFileRequested(), importFolderRequested(): import cards from another city.
    exportRequested(list): export the cards with these ids.
    currentChanged(str): the selected card id ("" for none).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.card_schema import AI_ACT_SYMBOLS, value_label
from studio.core.cards import ERROR, CardCatalog, CardProblem
from studio.ui.layouts import FlowLayout
from studio.ui.planner.agenda_model import CARD_MIME
from studio.ui.planner.drag_source import DragSourceListModel

CardIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class CardListModel(DragSourceListModel):
    """The valid cards of a catalog, titled in the plan's language."""

    MIME = CARD_MIME

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cards: list[dict[str, Any]] = []
        self._language = "de"

    def set_cards(self, cards: list[dict[str, Any]], language: str) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self._language = language
        self.endResetModel()

    def card_id(self, row: int) -> str:
        return self._cards[row]["id"]

    def row_of(self, card_id: str) -> int:
        return next((i for i, c in enumerate(self._cards) if c["id"] == card_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._cards):
            return None
        card = self._cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            category = card["ai_act_category"]
            return "{title}\n{symbol} {category} · {status}".format(
                title=card["title"].get(self._language) or card["title"]["de"],
                symbol=AI_ACT_SYMBOLS.get(category, ""),
                category=value_label(category),
                status=value_label(card["status"]),
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return card["summary"].get(self._language) or card["summary"]["de"]
        if role == CardIdRole:
            return card["id"]
        return None

    def drag_id(self, row: int) -> str:
        return self._cards[row]["id"]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class ProblemListModel(QAbstractListModel):
    """Card problems as 'file – field: problem' lines, errors marked with ⚠."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._problems: list[CardProblem] = []

    def set_problems(self, problems: list[CardProblem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._problems):
            return None
        p = self._problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            mark = "⚠" if p.severity == ERROR else "ℹ"
            where = " – ".join(x for x in (p.file, p.field) if x)
            return f"{mark} {where}: {p.message}"
        return None


class CardLibrary(QWidget):
    addRequested = Signal(str)
    editRequested = Signal(str)
    newRequested = Signal()
    importFileRequested = Signal()
    importFolderRequested = Signal()
    exportRequested = Signal(list)
    currentChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CardListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setObjectName("cardSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setObjectName("cardList")
        self.list.setModel(self.proxy)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.activated.connect(lambda idx: self.addRequested.emit(idx.data(CardIdRole)))
        self.list.selectionModel().currentChanged.connect(
            lambda cur, _prev: self.currentChanged.emit(cur.data(CardIdRole) or "")
        )
        self.add = QPushButton()
        self.add.setObjectName("addCard")
        self.add.clicked.connect(self._add_current)
        self.new = QPushButton()
        self.new.setObjectName("newCard")
        self.new.clicked.connect(self.newRequested)
        self.edit = QPushButton()
        self.edit.setObjectName("editCard")
        self.edit.clicked.connect(self._edit_current)
        self.import_file = QPushButton()
        self.import_file.clicked.connect(self.importFileRequested)
        self.import_folder = QPushButton()
        self.import_folder.clicked.connect(self.importFolderRequested)
        self.export = QPushButton()
        self.export.setObjectName("exportCards")
        self.export.clicked.connect(lambda: self.exportRequested.emit(self.selected_ids()))
        QShortcut(
            QKeySequence("F2"), self.list, self._edit_current, Qt.ShortcutContext.WidgetShortcut
        )

        self.problems_model = ProblemListModel(self)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("cardProblemsLabel")
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setWordWrap(True)
        self.problems = QListView()
        self.problems.setObjectName("cardProblems")
        self.problems.setModel(self.problems_model)
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(130)

        row1, row2 = FlowLayout(), FlowLayout()  # wrap when the column is narrow
        for b in (self.add, self.new, self.edit):
            row1.addWidget(b)
        for b in (self.import_file, self.import_folder, self.export):
            row2.addWidget(b)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        self.retranslate()

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search cards:"))
        self.search.setAccessibleName(self.tr("Search scenario cards"))
        self.list.setAccessibleName(self.tr("Scenario cards (Enter adds the card to the agenda)"))
        for button, text, name in (
            (self.add, self.tr("&Add to agenda"), self.tr("Add the selected card to the agenda")),
            (self.new, self.tr("&New card…"), self.tr("Create a new scenario card")),
            (self.edit, self.tr("&Edit card…"), self.tr("Edit the selected scenario card")),
            (self.import_file, self.tr("Import file…"), self.tr("Import a card file")),
            (
                self.import_folder,
                self.tr("Import folder…"),
                self.tr("Import all cards of a folder"),
            ),
            (self.export, self.tr("E&xport…"), self.tr("Export the selected cards")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.problems.setAccessibleName(self.tr("Problems in card files"))

    def set_catalog(self, catalog: CardCatalog, language: str) -> None:
        current = self.current_id()
        self.model.set_cards(catalog.cards, language)
        self.problems_model.set_problems(catalog.problems)
        errors = sum(1 for p in catalog.problems if p.severity == ERROR)
        files = len({p.file for p in catalog.problems if p.severity == ERROR})
        if catalog.problems:
            self.problems_label.setText(
                self.tr(
                    "⚠ {files} card file(s) could not be loaded ({errors} error(s)); "
                    "the other cards are ready:"
                ).format(files=files, errors=errors)
                if errors
                else self.tr("ℹ Notes on card files:")
            )
        self.problems_label.setVisible(bool(catalog.problems))
        self.problems.setVisible(bool(catalog.problems))
        if current:
            self.select(current)

    def current_id(self) -> str:
        return self.list.currentIndex().data(CardIdRole) or ""

    def selected_ids(self) -> list[str]:
        rows = sorted(self.list.selectionModel().selectedRows(), key=lambda i: i.row())
        ids = [i.data(CardIdRole) for i in rows]
        return ids or ([self.current_id()] if self.current_id() else [])

    def select(self, card_id: str) -> None:
        row = self.model.row_of(card_id)
        if row >= 0:
            self.list.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row)))

    def _add_current(self) -> None:
        for card_id in self.selected_ids():
            self.addRequested.emit(card_id)

    def _edit_current(self) -> None:
        if self.current_id():
            self.editRequested.emit(self.current_id())
