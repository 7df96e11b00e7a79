"""The archive window's recommendations: write them, link their evidence, decide.

Each recommendation shows its evidence with counts and quotes; evidence that was later
withdrawn (a note hidden, a workshop removed) shows as withdrawn, never vanishes. Every
change is kept with who made it (the name typed once per archive) and when.
Evidence is linked from the other tabs (their "Link to recommendation" buttons) or by
dragging notes onto a recommendation in the list.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QLocale, QMimeData, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studio.archive import recommendations as R
from studio.archive.evidence import EvidenceRef
from studio.archive.paper import decision_line, evidence_line
from studio.base.errors import StudioError
from studio.ui.widgets.labels import plain_label

#: Drag payload of evidence (notes, results, statements) between the archive's tabs.
EVIDENCE_MIME = "application/x-codesign-evidence"


def evidence_mime(refs: list[EvidenceRef]) -> QMimeData:
    data = QMimeData()
    data.setData(EVIDENCE_MIME, json.dumps(
        [[r.kind, r.workshop_id, r.item_id] for r in refs]).encode("utf-8"))
    return data


def refs_from_mime(data: QMimeData) -> list[EvidenceRef]:
    if not data.hasFormat(EVIDENCE_MIME):
        return []
    try:
        items = json.loads(bytes(data.data(EVIDENCE_MIME)).decode("utf-8"))
        return [EvidenceRef(str(k), str(w), str(i)) for k, w, i in items]
    except (ValueError, TypeError):
        return []


def app_language() -> str:
    return "de" if QLocale().language() == QLocale.Language.German else "en"


class RecommendationList(QListWidget):
    """The recommendations; evidence dropped on one is linked to it."""

    dropped = Signal(str, list)  # recommendation id, [EvidenceRef]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(EVIDENCE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        if item is not None and event.mimeData().hasFormat(EVIDENCE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        refs = refs_from_mime(event.mimeData())
        if item is None or not refs:
            event.ignore()
            return
        event.acceptProposedAction()
        self.dropped.emit(item.data(Qt.ItemDataRole.UserRole), refs)


class RecommendationsTab(QWidget):
    """Recommendations with their evidence, decision and history."""

    changed = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.items: tuple[R.RecommendationWithEvidence, ...] = ()
        self.current: R.RecommendationWithEvidence | None = None

        self.list = RecommendationList(self)
        self.list.setObjectName("recommendationList")
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.list.dropped.connect(self.link)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newRecommendation")
        self.new_button.clicked.connect(self.new_recommendation)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.new_button)
        ll.addWidget(self.list, 1)

        self.title = QLineEdit(self)
        self.title.setObjectName("recommendationTitle")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("recommendationText")
        self.text.setTabChangesFocus(True)
        self.audience = QComboBox(self)
        self.audience.setObjectName("recommendationAudience")
        self.pilots = QLineEdit(self)
        self.pilots.setObjectName("recommendationPilots")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveRecommendation")
        self.save_button.clicked.connect(self.save)
        self.decision = QComboBox(self)
        self.decision.setObjectName("recommendationDecision")
        self.into = QComboBox(self)
        self.into.setObjectName("decisionInto")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("decisionReason")
        self.decide_button = QPushButton(self)
        self.decide_button.setObjectName("recordDecision")
        self.decide_button.clicked.connect(self.record_decision)
        self.decision_now = plain_label("", self, object_name="decisionNow")
        self.evidence = QListWidget(self)
        self.evidence.setObjectName("evidenceList")
        self.evidence.setWordWrap(True)
        self.unlink_button = QPushButton(self)
        self.unlink_button.setObjectName("unlinkEvidence")
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.history = QPlainTextEdit(self)
        self.history.setObjectName("recommendationHistory")
        self.history.setReadOnly(True)
        self.status = plain_label("", self, object_name="recommendationStatus")

        self.form = QFormLayout()
        self.title_label = plain_label("", self)
        self.text_label = plain_label("", self)
        self.audience_label = plain_label("", self)
        self.pilots_label = plain_label("", self)
        for label, field in ((self.title_label, self.title), (self.text_label, self.text),
                             (self.audience_label, self.audience),
                             (self.pilots_label, self.pilots)):
            label.setBuddy(field)
            self.form.addRow(label, field)
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.decision)
        decide_row.addWidget(self.into)
        decide_row.addWidget(self.reason, 1)
        decide_row.addWidget(self.decide_button)
        self.evidence_label = plain_label("", self)
        self.evidence_label.setBuddy(self.evidence)
        self.history_label = plain_label("", self)
        self.history_label.setBuddy(self.history)
        self.decision_label = plain_label("", self)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(self.form)
        rl.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        rl.addWidget(self.decision_label)
        rl.addWidget(self.decision_now)
        rl.addLayout(decide_row)
        rl.addWidget(self.evidence_label)
        rl.addWidget(self.evidence, 2)
        rl.addWidget(self.unlink_button, 0, Qt.AlignmentFlag.AlignRight)
        rl.addWidget(self.history_label)
        rl.addWidget(self.history, 1)
        rl.addWidget(self.status)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.decision.currentIndexChanged.connect(self._decision_fields)
        self.retranslate()
        self._show_current()

    # -- texts ----------------------------------------------------------------------------
    def tab_title(self) -> str:
        return self.tr("Re&commendations")

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New recommendation"))
        self.list.setAccessibleName(self.tr("Recommendations"))
        self.list.setAccessibleDescription(self.tr(
            "Drop notes, results or statements from the other tabs on a recommendation to "
            "link them as its evidence."))
        self.title_label.setText(self.tr("&Title:"))
        self.text_label.setText(self.tr("Te&xt:"))
        self.audience_label.setText(self.tr("&For:"))
        self.pilots_label.setText(self.tr("&Pilots (card ids, comma-separated):"))
        for field, name in ((self.title, self.tr("Title")), (self.text, self.tr("Text")),
                            (self.audience, self.tr("For")), (self.pilots, self.tr("Pilots"))):
            field.setAccessibleName(name)
        self._fill(self.audience, [(R.PAPER, self.tr("the strategy paper")),
                                   (R.HANDBOOK, self.tr("the staff handbook")),
                                   (R.BOTH, self.tr("both"))])
        self._fill(self.decision, [(R.PROPOSED, self.tr("Proposed")),
                                   (R.ADOPTED, self.tr("Adopted")),
                                   (R.CHANGED, self.tr("Adopted with changes")),
                                   (R.NOT_ADOPTED, self.tr("Not adopted"))])
        self._fill(self.into, [(R.PAPER, self.tr("into the strategy paper")),
                               (R.HANDBOOK, self.tr("into the staff handbook")),
                               (R.BOTH, self.tr("into both"))])
        self.decision.setAccessibleName(self.tr("Decision"))
        self.into.setAccessibleName(self.tr("Adopted into"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Reason (needed when not adopted)"))
        self.save_button.setText(self.tr("&Save"))
        self.decide_button.setText(self.tr("Record &decision"))
        self.decision_label.setText(self.tr("Decision"))
        self.evidence_label.setText(self.tr("&Evidence"))
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.unlink_button.setText(self.tr("&Unlink evidence"))
        self.history_label.setText(self.tr("&History (who changed what, when)"))
        self.history.setAccessibleName(self.tr("History"))
        self._show_current()

    @staticmethod
    def _fill(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        value = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for key, text in entries:
            combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.blockSignals(False)

    # -- reading --------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.current.recommendation.id if self.current else None
        try:
            self.items = R.recommendations(self.window_.archive)
        except StudioError as err:
            self.status.setText("⚠ " + err.user_message())
            return
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            rec = item.recommendation
            withdrawn = sum(1 for e in item.evidence if e.withdrawn)
            text = f"{rec.title}\n{decision_line(rec, app_language())} · " + \
                self.tr("%n piece(s) of evidence", "", len(item.evidence))
            if withdrawn:
                text += " · " + self.tr("%n withdrawn", "", withdrawn)
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, rec.id)
            self.list.addItem(entry)
            if rec.id == keep:
                self.list.setCurrentItem(entry)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_current(self) -> None:
        rec_id = self.selected_id()
        self.current = next((i for i in self.items if i.recommendation.id == rec_id), None)
        has = self.current is not None
        for widget in (self.title, self.text, self.audience, self.pilots, self.save_button,
                       self.decision, self.into, self.reason, self.decide_button,
                       self.evidence, self.unlink_button):
            widget.setEnabled(has)
        self.evidence.clear()
        if not has:
            self.title.clear()
            self.text.clear()
            self.pilots.clear()
            self.history.clear()
            self.decision_now.setText(self.tr("Choose a recommendation, or write a new one."))
            return
        rec = self.current.recommendation
        language = app_language()
        self.title.setText(rec.title)
        self.text.setPlainText(rec.text)
        self.audience.setCurrentIndex(max(0, self.audience.findData(rec.audience)))
        self.pilots.setText(", ".join(rec.pilots))
        self.decision.setCurrentIndex(max(0, self.decision.findData(rec.decision)))
        self.into.setCurrentIndex(max(0, self.into.findData(rec.decision_into or R.PAPER)))
        self.reason.setText(rec.decision_reason or "")
        self.decision_now.setText(self.tr("Now: {decision} (by {who}, {when})").format(
            decision=decision_line(rec, language), who=rec.updated_by,
            when=rec.updated_at.strftime("%Y-%m-%d %H:%M UTC")))
        for n, e in enumerate(self.current.evidence, 1):
            line = evidence_line(e, language, n)
            if e.withdrawn:
                line = "⊘ " + line
            entry = QListWidgetItem(line)
            entry.setData(Qt.ItemDataRole.UserRole, e.id)
            self.evidence.addItem(entry)
        try:
            changes = R.history(self.window_.archive, rec.id)
        except StudioError:
            changes = ()
        self.history.setPlainText("\n".join(
            f"{c.at.strftime('%Y-%m-%d %H:%M')} UTC · {c.by} · {self._action(c.action)}"
            for c in changes))
        self._decision_fields()

    def _action(self, action: str) -> str:
        return {
            R.CREATED: self.tr("created"), R.EDITED: self.tr("edited"),
            R.DECIDED: self.tr("decided"), R.LINKED: self.tr("linked evidence"),
            R.UNLINKED: self.tr("unlinked evidence"), R.IMPORTED: self.tr("imported"),
        }.get(action, action)

    def _decision_fields(self) -> None:
        decision = self.decision.currentData()
        self.into.setVisible(decision in (R.ADOPTED, R.CHANGED))
        self.reason.setVisible(decision in (R.NOT_ADOPTED, R.CHANGED))

    # -- changing -------------------------------------------------------------------------
    def _who(self) -> str | None:
        name = self.window_.user_name()
        if name is None:
            self.status.setText(self.tr("Changes need your name: nothing was changed."))
        return name

    def _do(self, change: Any) -> bool:
        try:
            change()
        except StudioError as err:
            self.status.setText("⚠ " + err.user_message())
            self.reload()
            return False
        self.status.setText("")
        self.reload()
        self.changed.emit()
        return True

    def new_recommendation(self) -> None:
        who = self._who()
        if who is None:
            return
        created: list[Any] = []
        if self._do(lambda: created.append(R.create_recommendation(
                self.window_.archive, title=self.tr("New recommendation"), by=who))):
            self.select(created[0].id)
            self.title.setFocus()
            self.title.selectAll()

    def select(self, rec_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == rec_id:
                self.list.setCurrentRow(row)
                return

    def save(self) -> None:
        if self.current is None:
            return
        who = self._who()
        if who is None:
            return
        rec = self.current.recommendation
        pilots = tuple(p.strip() for p in self.pilots.text().split(",") if p.strip())
        self._do(lambda: R.edit_recommendation(
            self.window_.archive, rec.id, by=who, title=self.title.text(),
            text=self.text.toPlainText(), audience=self.audience.currentData(), pilots=pilots,
            expected_revision=rec.revision))

    def record_decision(self) -> None:
        if self.current is None:
            return
        who = self._who()
        if who is None:
            return
        rec = self.current.recommendation
        decision = self.decision.currentData()
        into = self.into.currentData() if decision in (R.ADOPTED, R.CHANGED) else None
        self._do(lambda: R.decide(self.window_.archive, rec.id, decision, by=who, into=into,
                                  reason=self.reason.text().strip(),
                                  expected_revision=rec.revision))

    def link(self, rec_id: str | None, refs: list[EvidenceRef]) -> bool:
        """Link ``refs`` to ``rec_id`` (default: the recommendation chosen here)."""
        rec_id = rec_id or self.selected_id()
        if rec_id is None:
            self.status.setText(self.tr(
                "Choose or write a recommendation first (tab Recommendations)."))
            return False
        who = self._who()
        if who is None:
            return False

        def change() -> None:
            for ref in refs:
                R.link_evidence(self.window_.archive, rec_id, ref, by=who)

        done = self._do(change)
        if done:
            self.select(rec_id)
            self.status.setText(self.tr("Linked %n piece(s) of evidence.", "", len(refs)))
        return done

    def unlink_selected(self) -> None:
        item = self.evidence.currentItem()
        if item is None:
            self.status.setText(self.tr("Choose a piece of evidence in the list first."))
            return
        who = self._who()
        if who is None:
            return
        self._do(lambda: R.unlink_evidence(self.window_.archive,
                                           item.data(Qt.ItemDataRole.UserRole), by=who))
