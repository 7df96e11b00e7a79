"""The "Workshop" tab: the workshop's facts, editable, and what it holds so far.

Every edit is saved at once through WorkshopService.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from studio.base.errors import StudioError
from studio.core.kinds import localized
from studio.core.workshops import workshop_summary
from studio.ui.document import WorkshopDocument
from studio.ui.messages import show_error


class OverviewPage(QWidget):
    def __init__(self, document: WorkshopDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setObjectName("overviewPage")
        layout = QVBoxLayout(self)
        self.facts = QGroupBox()
        form = QFormLayout(self.facts)
        self.title = QLineEdit()
        self.title.setObjectName("titleEdit")
        self.date = QDateEdit()
        self.date.setObjectName("dateEdit")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.place = QLineEdit()
        self.place.setObjectName("placeEdit")
        self.organiser = QLineEdit()
        self.organiser.setObjectName("organiserEdit")
        self.facilitator = QLineEdit()
        self.facilitator.setObjectName("facilitatorEdit")
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.labels = [QLabel() for _ in range(6)]
        for label, field in zip(self.labels, (self.title, self.date, self.place, self.organiser,
                                              self.facilitator, self.language)):
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addWidget(self.facts)

        self.groups_box = QGroupBox()
        groups_layout = QVBoxLayout(self.groups_box)
        self.groups = QLabel()
        self.groups.setTextFormat(Qt.TextFormat.PlainText)
        self.groups.setWordWrap(True)
        groups_layout.addWidget(self.groups)
        layout.addWidget(self.groups_box)

        self.summary_box = QGroupBox()
        summary_layout = QVBoxLayout(self.summary_box)
        self.summary = QLabel()
        self.summary.setObjectName("summaryLabel")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        summary_layout.addWidget(self.summary)
        layout.addWidget(self.summary_box)
        layout.addStretch(1)

        for edit, field in ((self.title, "title"), (self.place, "place"),
                            (self.organiser, "organiser"), (self.facilitator, "facilitator")):
            edit.editingFinished.connect(lambda e=edit, f=field: self._save(f, e.text()))
        self.date.dateChanged.connect(lambda d: self._save("date", d.toPython()))
        self.language.activated.connect(
            lambda _i: self._save("language", self.language.currentData()))
        document.changed.connect(self._on_changed)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.facts.setTitle(self.tr("Workshop"))
        for label, text in zip(self.labels, (self.tr("&Title:"), self.tr("&Date:"),
                                             self.tr("&Place:"), self.tr("&Organiser:"),
                                             self.tr("&Facilitator:"),
                                             self.tr("&Language for participants:"))):
            label.setText(text)
        self.title.setAccessibleName(self.tr("Title"))
        self.date.setAccessibleName(self.tr("Date"))
        self.place.setAccessibleName(self.tr("Place"))
        self.organiser.setAccessibleName(self.tr("Organiser"))
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        self.language.setAccessibleName(self.tr("Language for participants"))
        saved = self.tr("Saved when you leave the field.")
        for field, text in ((self.title, self.tr("Shown on the shared screen and in the exports.")),
                            (self.date, self.tr("The day of the workshop.")),
                            (self.place, self.tr("Where the workshop takes place.")),
                            (self.organiser, self.tr("The office that runs the workshop.")),
                            (self.facilitator, self.tr("Who leads the workshop.")),
                            (self.language, self.tr(
                                "Language of the shared screen and the scenario cards."))):
            field.setAccessibleDescription(f"{text} {saved}")
        self.groups_box.setTitle(self.tr("Stakeholder groups offered to participants"))
        self.summary_box.setTitle(self.tr("Contents"))
        self.reload()

    def reload(self) -> None:
        if getattr(self.document, "closed", False):
            return  # a page of a closed workshop, not yet deleted: nothing to read
        ws = self.document.workshops.get()
        for edit, value in ((self.title, ws.title), (self.place, ws.place),
                            (self.organiser, ws.organiser), (self.facilitator, ws.facilitator)):
            if not edit.hasFocus():
                edit.setText(value)
        self.date.blockSignals(True)
        self.date.setDate(QDate(ws.date) if ws.date else QDate.currentDate())
        self.date.blockSignals(False)
        self.language.setCurrentIndex(max(0, self.language.findData(ws.language)))
        lang = ws.language
        self.groups.setText(", ".join(localized(g, lang) for g in ws.stakeholder_groups or []))
        counts = workshop_summary(self.document.store)
        self.summary.setText("\n".join([
            self.tr("Scenarios: {n}").format(n=counts["scenarios"]),
            self.tr("Activities: {n}").format(n=counts["activities"]),
            self.tr("Ballots: {n}").format(n=counts["ballots"]),
            self.tr("Notes: {n} (hidden: {hidden})").format(n=counts["notes"],
                                                            hidden=counts["hidden_notes"]),
        ]))

    def _save(self, field: str, value) -> None:
        try:
            current = getattr(self.document.workshops.get(), field)
            if current == value:
                return
            self.document.workshops.update(**{field: value})
        except StudioError as exc:
            show_error(self, self.tr("Cannot save"), exc)
            self.reload()
            return
        self.document.notify("workshop")

    def _on_changed(self, topic: str) -> None:
        if topic in ("workshop", "agenda", "ballots", "notes"):
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
