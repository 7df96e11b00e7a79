"""The selection bar of the archive window: which cities, dates and groups the analysis
looks at. One bar, shared by the pilots, statements and notes tabs."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from studio.archive.selection import Selection
from studio.core.kinds import DEFAULT_STAKEHOLDER_GROUPS, localized


class SelectionBar(QWidget):
    """City, date range and stakeholder group; ``changed`` carries the new Selection."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.city = QComboBox(self)
        self.city.setObjectName("selectCity")
        self.group = QComboBox(self)
        self.group.setObjectName("selectGroup")
        self.use_dates = QCheckBox(self)
        self.use_dates.setObjectName("selectDates")
        self.date_from = QDateEdit(self)
        self.date_from.setObjectName("selectFrom")
        self.date_to = QDateEdit(self)
        self.date_to.setObjectName("selectTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.date_from.setDate(QDate(2020, 1, 1))
        self.date_to.setDate(QDate.currentDate())
        self.city_label = QLabel(self)
        self.city_label.setBuddy(self.city)
        self.group_label = QLabel(self)
        self.group_label.setBuddy(self.group)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.city_label, self.city, self.group_label, self.group,
                       self.use_dates, self.date_from, self.date_to):
            row.addWidget(widget)
        row.addStretch(1)
        self.city.currentIndexChanged.connect(self._emit)
        self.group.currentIndexChanged.connect(self._emit)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self._emit)
        self.date_to.dateChanged.connect(self._emit)
        self._cities: tuple[str, ...] = ()
        self._language = "de"
        self.retranslate()

    def retranslate(self) -> None:
        self.city_label.setText(self.tr("&City:"))
        self.group_label.setText(self.tr("&Group:"))
        self.use_dates.setText(self.tr("&Dates from–to:"))
        self.city.setAccessibleName(self.tr("City or organiser"))
        self.group.setAccessibleName(self.tr("Stakeholder group"))
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setAccessibleName(self.tr("To date"))
        self.set_cities(self._cities, self._language)

    def set_cities(self, cities: tuple[str, ...], language: str) -> None:
        """Offer these cities (and the default stakeholder groups in ``language``)."""
        self._cities, self._language = cities, language
        for combo, entries in (
                (self.city, [(c, c) for c in cities]),
                (self.group, [(g["key"], localized(g, language))
                              for g in DEFAULT_STAKEHOLDER_GROUPS])):
            value = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("all"), "")
            for key, text in entries:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._emit()

    def selection(self) -> Selection:
        dates: dict[str, Any] = {}
        if self.use_dates.isChecked():
            dates = {"date_from": _py(self.date_from.date()), "date_to": _py(self.date_to.date())}
        return Selection(cities=[self.city.currentData()] if self.city.currentData() else [],
                         groups=[self.group.currentData()] if self.group.currentData() else [],
                         **dates)

    def _emit(self, *_args: object) -> None:
        self.changed.emit(self.selection())


def _py(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
