"""BoardFilterBar: search and filters over the board (the row above the canvas).

The fields shrink to a laptop's width: the lists show at least a few
characters of their entries and give way before the board does.

Signals:
    changed(): the search text or a filter changed.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from studio.core.board_layout import NoteFilter
from studio.ui.board.scenario_choice import fill_scenarios


class BoardFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.category_filter = QComboBox()
        self.tag_filter = QComboBox()
        self.scenario_filter = QComboBox()
        self.scenario_filter.setObjectName("scenarioFilter")
        fill_scenarios(self.scenario_filter, [], self.tr("No scenario"), None,
                       first=(self.tr("All scenarios"), None))
        for combo in (self.scenario_filter, self.category_filter, self.tag_filter):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
        self.show_hidden = QCheckBox()
        self.show_hidden.setChecked(True)
        self.retranslate()
        # One row where there is room; three rows when the text is large (View → Text
        # size), so that the bar never makes the window wider than the screen.
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._wide: bool | None = None
        self._arrange(True)
        self.search.textChanged.connect(self.changed)
        self.category_filter.currentIndexChanged.connect(self.changed)
        self.scenario_filter.currentIndexChanged.connect(self.changed)
        self.tag_filter.currentIndexChanged.connect(self.changed)
        self.show_hidden.toggled.connect(self.changed)

    def _arrange(self, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        for widget in self._parts():
            self.grid.removeWidget(widget)
        for column in range(5):
            self.grid.setColumnStretch(column, 0)
        if wide:
            for column, (widget, stretch) in enumerate(zip(self._parts(), (2, 1, 1, 1, 0))):
                self.grid.addWidget(widget, 0, column)
                self.grid.setColumnStretch(column, stretch)
        else:
            search, scenario, category, tag, hidden = self._parts()
            self.grid.addWidget(search, 0, 0, 1, 2)
            self.grid.addWidget(scenario, 1, 0)
            self.grid.addWidget(category, 1, 1)
            self.grid.addWidget(tag, 2, 0)
            self.grid.addWidget(hidden, 2, 1)
            self.grid.setColumnStretch(0, 1)
            self.grid.setColumnStretch(1, 1)

    def _parts(self) -> tuple[QWidget, ...]:
        return (self.search, self.scenario_filter, self.category_filter, self.tag_filter,
                self.show_hidden)

    def _one_row_width(self) -> int:
        space = max(0, self.grid.horizontalSpacing())
        return sum(w.minimumSizeHint().width() for w in self._parts()) + 4 * space

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - the narrow arrangement's
        search, scenario, category, tag, hidden = (w.minimumSizeHint() for w in self._parts())
        space = max(0, self.grid.horizontalSpacing())
        rows = max(0, self.grid.verticalSpacing()) * 2
        width = max(search.width(), scenario.width() + category.width() + space,
                    tag.width() + hidden.width() + space)
        height = (search.height() + max(scenario.height(), category.height())
                  + max(tag.height(), hidden.height()) + rows)
        return QSize(width, height if not self._wide else super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange(event.size().width() >= self._one_row_width())

    def retranslate(self) -> None:
        """The bar's own texts (the page offers the vocabulary and scenarios again)."""
        self.search.setPlaceholderText(self.tr("Search notes"))
        self.search.setAccessibleName(self.tr("Search notes"))
        self.search.setAccessibleDescription(self.tr(
            "Shows only the notes that contain every word you type (Ctrl+F)."))
        self.category_filter.setAccessibleName(self.tr("Filter by category"))
        self.category_filter.setAccessibleDescription(self.tr(
            "Shows only the notes of one category."))
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.tag_filter.setAccessibleDescription(self.tr("Shows only the notes with one tag."))
        self.scenario_filter.setAccessibleName(self.tr("Filter by scenario"))
        self.scenario_filter.setAccessibleDescription(self.tr(
            "Shows only the notes of one scenario."))
        self.show_hidden.setText(self.tr("Show hidden notes"))
        self.show_hidden.setAccessibleName(self.tr("Show hidden notes"))
        self.show_hidden.setAccessibleDescription(self.tr(
            "Shows hidden notes on this board, marked as hidden. The shared screen never"
            " shows them."))

    def set_vocabulary(self, categories: list[dict[str, str]], tags: list[dict[str, str]],
                       language: str) -> None:
        """Offer the workshop's categories and tags; keep the current choice if it is still there."""
        for combo, entries, everything in (
                (self.category_filter, categories, self.tr("All categories")),
                (self.tag_filter, tags, self.tr("All tags"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for e in entries:
                label = e.get(language) or e.get("de") or e["key"]
                combo.addItem(f"{e.get('symbol', '')} {label}".strip(), e["key"])
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def set_scenarios(self, scenarios: list[tuple[str, str]]) -> None:
        """Offer the agenda's scenarios; keep the current choice if it is still there."""
        current = self.scenario_filter.currentData()
        fill_scenarios(self.scenario_filter, scenarios, self.tr("No scenario"), None,
                       first=(self.tr("All scenarios"), None))
        index = self.scenario_filter.findData(current) if current is not None else 0
        if index != self.scenario_filter.currentIndex():
            self.scenario_filter.setCurrentIndex(max(0, index))  # emits changed

    def note_filter(self) -> NoteFilter:
        category, tag = self.category_filter.currentData(), self.tag_filter.currentData()
        scenario = self.scenario_filter.currentData()
        return NoteFilter(text=self.search.text(),
                          scenarios=frozenset() if scenario is None else frozenset([scenario]),
                          categories=frozenset([category] if category else []),
                          tags=frozenset([tag] if tag else []),
                          show_hidden=self.show_hidden.isChecked())
