"""TallyDialog: counts typed by the facilitator (a show of hands, paper dots).

Tallies are stored apart from ballots, by source, optionally per stakeholder
group; results combine both.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.base.errors import StudioError
from studio.core.kinds import Source, localized
from studio.core.kinds.registry import kind_of
from studio.ui.widgets.agenda_spec import ActivitySpec
from studio.ui.widgets.labels import plain_label

MAX_COUNT = 100_000


def _label(text: str, parent: QWidget) -> QLabel:
    return plain_label(text, parent)


class TallyDialog(QDialog):
    """Enter counts for the current activity. Saving goes through BallotService.record_tally."""

    def __init__(self, document: Any, spec: ActivitySpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tallyDialog")
        self.setWindowTitle(self.tr("Enter tally"))
        self.doc = document
        self.spec = spec
        self.spins: dict[Any, QSpinBox] = {}
        ws = document.workshops.get()
        language = ws.language or "de"

        intro = _label(self.tr("Type the counts for “{prompt}”. They are stored apart from "
                               "the ballots on the screen and added to the results.").format(
            prompt=spec.prompt), self)
        grid = QGridLayout()
        # What is counted, and under which keys, is the kind's business.
        rows = kind_of(spec.kind).tally_lines(spec.settings, list(spec.options))
        for r, (text, keys) in enumerate((line.text, line.fields) for line in rows):
            grid.addWidget(_label(text, self), r, 0)
            for c, (key, what) in enumerate(keys):
                spin = QSpinBox(self)
                spin.setRange(0, MAX_COUNT)
                spin.setAccessibleName(f"{text}: {what}")
                spin.setObjectName(f"tally:{key if not isinstance(key, tuple) else ':'.join(key)}")
                spin.setPrefix(f"{what}: " if len(keys) > 1 else "")
                grid.addWidget(spin, r, 1 + c)
                self.spins[key] = spin
        grid.setColumnStretch(0, 1)

        self.group = QComboBox(self)
        self.group.setObjectName("tallyGroup")
        self.group.setAccessibleName(self.tr("Stakeholder group"))
        self.group.addItem(self.tr("Everybody / not stated"), None)
        for g in ws.stakeholder_groups or []:
            self.group.addItem(localized(g, language), g.get("key"))
        self.source = QComboBox(self)
        self.source.setObjectName("tallySource")
        self.source.setAccessibleName(self.tr("Counted from"))
        self.source.addItem(Source.TALLY.label, Source.TALLY.value)
        self.source.addItem(Source.PAPER.label, Source.PAPER.value)
        form = QFormLayout()
        form.addRow(self.tr("&Group:"), self.group)
        form.addRow(self.tr("&Counted from:"), self.source)

        self.error = _label("", self)
        self.error.setObjectName("tallyError")
        self.error.setStyleSheet("QLabel { color: #B00020; font-weight: bold; }")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(grid)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def counts(self) -> dict[Any, int]:
        return {key: spin.value() for key, spin in self.spins.items() if spin.value()}

    def save(self) -> None:
        try:
            self.doc.ballots.record_tally(self.spec.id, self.counts(),
                                          stakeholder_group=self.group.currentData(),
                                          source=self.source.currentData())
        except StudioError as err:
            self.error.setText(err.user_message())
            return
        self.doc.notify("ballots")
        self.accept()
