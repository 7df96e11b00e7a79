"""The console's switch for the stakeholder-group question on the shared screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from studio.base.errors import StudioError
from studio.ui.widgets.agenda_spec import ActivitySpec


class GroupQuestionSwitch(QWidget):
    """Two check boxes: ask for the group in this activity, and in the whole workshop.

    A person is asked once (until the next person); these switch the question
    off where it does not fit, through ``ParticipationService``.
    """

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupQuestionSwitch")
        self.doc = document
        self.spec: ActivitySpec | None = None
        self.activity_box = QCheckBox(self)
        self.activity_box.setObjectName("askGroupActivity")
        self.workshop_box = QCheckBox(self)
        self.workshop_box.setObjectName("askGroupWorkshop")
        self.retranslate()
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.activity_box)
        lay.addWidget(self.workshop_box)
        lay.addWidget(self.message)
        self.activity_box.toggled.connect(lambda on: self._set(on, True))
        self.workshop_box.toggled.connect(lambda on: self._set(on, False))
        self.set_activity(None)

    def retranslate(self) -> None:
        self.activity_box.setText(self.tr("Ask for the group in this activity"))
        self.activity_box.setAccessibleDescription(self.tr(
            "The shared screen asks each person for their stakeholder group once, before "
            "their first answer in this activity."))
        self.workshop_box.setText(self.tr("Ask for the group in this workshop"))
        self.workshop_box.setAccessibleDescription(self.tr(
            "Off: no activity of this workshop asks for the stakeholder group."))

    def set_activity(self, spec: ActivitySpec | None) -> None:
        """Show the switches for ``spec`` (the console's current activity)."""
        self.spec = spec
        question = self.doc.participation.group_question(spec.id if spec else None)
        for box, on in ((self.activity_box, question.activity),
                        (self.workshop_box, question.workshop)):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self.activity_box.setEnabled(spec is not None and question.workshop)

    def _set(self, on: bool, activity: bool) -> None:
        if activity and self.spec is None:
            return
        try:
            self.doc.participation.set_group_question(
                on, self.spec.id if activity and self.spec else None)
        except StudioError as err:
            self.message.setText("⚠ " + err.user_message())
            self.message.setVisible(True)
            self.set_activity(self.spec)
            return
        self.message.setVisible(False)
        self.set_activity(self.spec)
        self.doc.notify("workshop")  # the shared screen asks (or stops asking) at once
