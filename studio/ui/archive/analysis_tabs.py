"""The archive window's analysis tabs: pilots across workshops, common ground and dividing
lines, and the notes. Each shows plain text only (participant text is never rich text)
and offers what it shows as evidence for a recommendation: select, then "Link to the
chosen recommendation", or drag it onto a recommendation in the recommendations tab.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.archive import analysis as A
from studio.archive import consensus as C
from studio.archive import notes_search as N
from studio.archive.evidence import NOTE, RESULT, STATEMENT, EvidenceRef
from studio.base.errors import StudioError
from studio.base.i18n import format_number, format_percent
from studio.core.kinds import DEFAULT_STAKEHOLDER_GROUPS, group_label, source_label
from studio.core.kinds.base import MEASURE_BORDA, MEASURE_COUNT, MEASURE_POINTS
from studio.core.kinds.registry import kind_of
from studio.ui.archive.recommendations import app_language, evidence_mime
from studio.ui.widgets.labels import plain_label

REFS = Qt.ItemDataRole.UserRole + 1  # the evidence an item stands for: [EvidenceRef]


class EvidenceTree(QTreeWidget):
    """A tree whose items carry evidence; dragging them carries it to a recommendation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)

    def selected_refs(self) -> list[EvidenceRef]:
        refs: list[EvidenceRef] = []
        for item in self.selectedItems():
            while item is not None and not item.data(0, REFS):
                item = item.parent()
            if item is not None:
                refs.extend(r for r in item.data(0, REFS) if r not in refs)
        return refs

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:
        return evidence_mime(self.selected_refs())



def _interval(interval: Any, language: str) -> str:
    if interval is None:
        return ""
    return f" [{format_number(interval.low * 100, language, 0)}–" \
           f"{format_number(interval.high * 100, language, 0)} %]"


def _group(key: str | None, language: str) -> str:
    return group_label(key, DEFAULT_STAKEHOLDER_GROUPS, language)


class _Tab(QWidget):
    """What the analysis tabs share: the window, a status line, a link button."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.status = plain_label("", self)
        self.link_button = QPushButton(self)
        self.link_button.clicked.connect(self.link)

    def tree(self) -> EvidenceTree:
        raise NotImplementedError

    def link(self) -> None:
        refs = self.tree().selected_refs()
        if not refs:
            self.status.setText(QCoreApplication.translate(
                "ArchiveTab", "Choose what to link in the list first."))
            return
        if self.window_.recommendations.link(None, refs):
            self.status.setText(QCoreApplication.translate(
                "ArchiveTab", "Linked to the recommendation chosen in the Recommendations tab."))
        else:
            self.status.setText(self.window_.recommendations.status.text())

    def _retranslate_link(self) -> None:
        self.link_button.setText(QCoreApplication.translate(
            "ArchiveTab", "&Link to the chosen recommendation"))
        self.link_button.setAccessibleDescription(QCoreApplication.translate(
            "ArchiveTab", "Links the selected lines to the recommendation chosen in the "
            "Recommendations tab; or drag them onto a recommendation there."))


class PilotsTab(_Tab):
    """Per pilot: every question's results per workshop side by side and pooled."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.pilots = QListWidget(self)
        self.pilots.setObjectName("pilotList")
        self.pilots.setWordWrap(True)
        self.pilots.currentItemChanged.connect(lambda *_: self.show_pilot())
        self.questions = EvidenceTree(self)
        self.questions.setObjectName("pilotQuestions")
        self.found: tuple[A.Pilot, ...] = ()
        self.analysis: A.PilotAnalysis | None = None
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.questions, 1)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.link_button)
        rl.addLayout(row)
        splitter = QSplitter(self)
        splitter.addWidget(self.pilots)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(splitter)
        self.link_button.setObjectName("linkResult")
        self.retranslate()

    def tree(self) -> EvidenceTree:
        return self.questions

    def tab_title(self) -> str:
        return self.tr("&Pilots")

    def retranslate(self) -> None:
        self.pilots.setAccessibleName(self.tr("Pilots"))
        self.questions.setAccessibleName(self.tr("Questions of the pilot"))
        self._retranslate_link()
        self.show_pilot()

    def reload(self) -> None:
        keep = self.pilots.currentItem().data(Qt.ItemDataRole.UserRole) \
            if self.pilots.currentItem() else None
        try:
            self.found = A.pilots(self.window_.archive, self.window_.selection())
        except StudioError as err:
            self.status.setText("⚠ " + err.user_message())
            return
        self.pilots.blockSignals(True)
        self.pilots.clear()
        for pilot in self.found:
            text = self.tr("{title}\n%n workshop(s): {cities}", "",
                           len(pilot.workshop_ids)).format(
                title=pilot.title, cities=", ".join(pilot.cities))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, pilot.card_id)
            self.pilots.addItem(item)
            if pilot.card_id == keep:
                self.pilots.setCurrentItem(item)
        self.pilots.blockSignals(False)
        if self.pilots.currentItem() is None and self.pilots.count():
            self.pilots.setCurrentRow(0)
        self.show_pilot()

    def show_pilot(self) -> None:
        item = self.pilots.currentItem()
        self.questions.clear()
        if item is None:
            self.questions.setHeaderLabels([self.tr("No pilot in this selection yet.")])
            return
        try:
            self.analysis = A.pilot_analysis(self.window_.archive,
                                             item.data(Qt.ItemDataRole.UserRole),
                                             self.window_.selection())
        except StudioError as err:
            self.status.setText("⚠ " + err.user_message())
            return
        language = app_language()
        workshops = self.analysis.workshops
        self.questions.setColumnCount(2 + len(workshops))
        self.questions.setHeaderLabels(
            [self.tr("Question / answer"), self.tr("Pooled [95 % interval]")]
            + [_workshop_header(w) for w in workshops])
        for q in self.analysis.questions:
            self._question(q, workshops, language)
        self.questions.expandToDepth(0)
        _fit_columns(self.questions)

    def _question(self, q: A.QuestionAnalysis, workshops: Any, language: str) -> None:
        kind = kind_of(q.kind)
        top = QTreeWidgetItem([f"{q.prompt} ({kind.label})"])
        top.setData(0, REFS, [EvidenceRef(RESULT, c.workshop.workshop_id, c.activity_id)
                              for c in q.columns])
        column_of = {w.workshop_id: i + 2 for i, w in enumerate(workshops)}
        n_row = QTreeWidgetItem(["n"])
        top.addChild(n_row)
        figures = [(1, q.pooled, q.pooled_withheld)] + [
            (column_of.get(c.workshop.workshop_id, 2), c.figures, c.withheld) for c in q.columns]
        for column, fig, withheld in figures:
            if withheld or fig is None:
                n_row.setText(column, self.tr("withheld (fewer than 5)"))
                continue
            channels = ", ".join(f"{source_label(s, language)} {n}" for s, n in fig.channels)
            n_row.setText(column, f"{fig.n}" + (f" ({channels})" if channels else ""))
        if q.pooled is not None and q.pooled.mean is not None:
            mean_row = QTreeWidgetItem([self.tr("Average")])
            top.addChild(mean_row)
            for column, fig, withheld in figures:
                if fig is not None and not withheld and fig.mean is not None:
                    mean_row.setText(column, format_number(fig.mean.mean, language)
                                     + _interval_mean(fig.mean, language))
        for index, label in enumerate(q.option_labels):
            row = QTreeWidgetItem([label])
            top.addChild(row)
            for column, fig, withheld in figures:
                if fig is None or withheld:
                    continue
                row.setText(column, self._value(kind, fig, index, language))
        if q.by_group:
            groups = QTreeWidgetItem([self.tr("By stakeholder group (pooled)")])
            top.addChild(groups)
            for key, fig in q.by_group:
                line = QTreeWidgetItem([_group(key, language)])
                line.setText(1, self._headline(kind, fig, language))
                groups.addChild(line)
        self.questions.addTopLevelItem(top)

    def _value(self, kind: Any, fig: A.Figures, index: int, language: str) -> str:
        options = fig.result.options
        if index >= len(options):
            return ""
        opt = options[index]
        if kind.chart == "stances":
            return self.tr("agree {a} · disagree {d} · pass {p}").format(
                a=opt.agree, d=opt.disagree, p=opt.passed)
        if kind.measure == MEASURE_POINTS:
            return format_number(opt.points, language, 0)
        if kind.measure == MEASURE_BORDA:
            return self.tr("average place {rank}").format(
                rank=format_number(opt.mean_rank or 0, language))
        interval = fig.intervals[index] if index < len(fig.intervals) else None
        return f"{opt.count} ({format_percent(opt.share, language)}){_interval(interval, language)}"

    def _headline(self, kind: Any, fig: A.Figures, language: str) -> str:
        if fig.mean is not None:
            return f"n = {fig.n} · " + self.tr("average {mean}").format(
                mean=format_number(fig.mean.mean, language))
        if fig.result.options and kind.measure == MEASURE_COUNT and kind.chart != "stances":
            top = max(fig.result.options, key=lambda o: o.count)
            return f"n = {fig.n} · {top.label}: {format_percent(top.share, language)}"
        return f"n = {fig.n}"


def _workshop_header(w: Any) -> str:
    """A workshop's column: its title, with city and date (workshops often share a title)."""
    where = ", ".join(x for x in (w.city, w.date.isoformat() if w.date else "") if x)
    return f"{w.title} ({where})" if where else w.title


def _refill(combo: QComboBox, everything: str, entries: Any) -> None:
    """``combo`` offers "all" and ``entries`` (key, label), keeping the choice made."""
    value = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for key, label in entries:
        combo.addItem(label, key)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    combo.blockSignals(False)


def _fit_columns(tree: QTreeWidget, first: int = 380) -> None:
    """The first column (question, statement) at most ``first`` px and wrapped; the
    figures' columns as wide as their contents."""
    for column in range(tree.columnCount()):
        tree.resizeColumnToContents(column)
    tree.setColumnWidth(0, min(first, max(160, tree.columnWidth(0))))


def _interval_mean(mean: Any, language: str) -> str:
    if mean.interval is None:
        return ""
    return f" [{format_number(mean.interval.low, language)}–" \
           f"{format_number(mean.interval.high, language)}]"


class StatementsTab(_Tab):
    """Common ground and dividing lines among agree/disagree statements."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.consensus_text = plain_label("", self, object_name="consensusExplained")
        self.divisive_text = plain_label("", self, object_name="divisivenessExplained")
        self.common = EvidenceTree(self)
        self.common.setObjectName("commonGround")
        self.dividing = EvidenceTree(self)
        self.dividing.setObjectName("dividingLines")
        for tree in (self.common, self.dividing):
            tree.setRootIsDecorated(False)
        self.common_label = plain_label("", self)
        self.dividing_label = plain_label("", self)
        self.pilot = QComboBox(self)
        self.pilot.setObjectName("statementsPilot")
        self.pilot.currentIndexChanged.connect(lambda _i: self._read())
        self.report: C.ConsensusReport | None = None
        self._last: EvidenceTree = self.common
        self.common.itemSelectionChanged.connect(lambda: self._focus(self.common))
        self.dividing.itemSelectionChanged.connect(lambda: self._focus(self.dividing))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pilot)
        layout.addWidget(self.common_label)
        layout.addWidget(self.consensus_text)
        layout.addWidget(self.common, 1)
        layout.addWidget(self.dividing_label)
        layout.addWidget(self.divisive_text)
        layout.addWidget(self.dividing, 1)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.link_button)
        layout.addLayout(row)
        self.link_button.setObjectName("linkStatement")
        self.retranslate()

    def _focus(self, tree: EvidenceTree) -> None:
        if tree.selectedItems():
            self._last = tree

    def tree(self) -> EvidenceTree:
        return self._last

    def tab_title(self) -> str:
        return self.tr("Common ground and &dividing lines")

    def retranslate(self) -> None:
        self.common_label.setText(self.tr("Common ground (every group agrees)"))
        self.dividing_label.setText(self.tr("Dividing lines (the groups disagree)"))
        self.consensus_text.setText(C.explain_consensus())
        self.divisive_text.setText(C.explain_divisiveness())
        self.common.setAccessibleName(self.tr("Common ground"))
        self.dividing.setAccessibleName(self.tr("Dividing lines"))
        self.pilot.setAccessibleName(self.tr("Pilot"))
        self._retranslate_link()
        self._show()

    def reload(self) -> None:
        try:
            found = A.pilots(self.window_.archive, self.window_.selection())
        except StudioError:
            found = ()
        _refill(self.pilot, self.tr("all pilots"), [(p.card_id, p.title) for p in found])
        self._read()

    def _read(self) -> None:
        try:
            self.report = C.statement_agreement(self.window_.archive, self.window_.selection(),
                                                self.pilot.currentData())
        except StudioError as err:
            self.status.setText("⚠ " + err.user_message())
            return
        self._show()

    def _show(self) -> None:
        language = app_language()
        for tree, lines, score in (
                (self.common, self.report.common_ground if self.report else (), "consensus"),
                (self.dividing, self.report.dividing_lines if self.report else (),
                 "divisiveness")):
            tree.clear()
            tree.setHeaderLabels([self.tr("Statement"), self.tr("Score"),
                                  self.tr("Agreement [95 % interval]"),
                                  self.tr("By group: agree of seen"), self.tr("Read with care")])
            for line in lines:
                value = getattr(line, score)
                share = line.share
                item = QTreeWidgetItem([
                    f"{line.text} ({line.pilot_title})",
                    "–" if value is None else format_number(value, language, 2),
                    ("–" if share is None else format_percent(share, language))
                    + _interval(line.interval, language) + f" · n = {line.seen}",
                    "; ".join(f"{_group(g.group, language)}: {g.agree}/{g.seen}"
                              for g in line.groups),
                    " ".join(line.warnings()),
                ])
                item.setData(0, REFS, [EvidenceRef(STATEMENT, w, o) for w, o in line.members])
                tree.addTopLevelItem(item)
            _fit_columns(tree)


class NotesTab(_Tab):
    """All notes of a pilot (or of all), by category, tag, city and cluster; searchable."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.search = QLineEdit(self)
        self.search.setObjectName("notesSearch")
        self.search.setClearButtonEnabled(True)
        self.pilot = QComboBox(self)
        self.pilot.setObjectName("notesPilot")
        self.category = QComboBox(self)
        self.category.setObjectName("notesCategory")
        self.tag = QComboBox(self)
        self.tag.setObjectName("notesTag")
        self.cluster = QComboBox(self)
        self.cluster.setObjectName("notesCluster")
        self.notes = EvidenceTree(self)
        self.notes.setObjectName("notesFound")
        self.notes.setRootIsDecorated(False)
        self.counts = plain_label("", self, object_name="notesCounts")
        row = QHBoxLayout()
        row.addWidget(self.search, 2)
        row.addWidget(self.pilot, 1)
        row.addWidget(self.category, 1)
        row.addWidget(self.tag, 1)
        row.addWidget(self.cluster, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.counts)
        layout.addWidget(self.notes, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.link_button)
        layout.addLayout(bottom)
        self.link_button.setObjectName("linkNotes")
        self.search.textChanged.connect(lambda _t: self._show())
        self.pilot.currentIndexChanged.connect(lambda _i: self._show())
        for combo in (self.category, self.tag, self.cluster):
            combo.currentIndexChanged.connect(lambda _i: self._show())
        self.view: N.NotesView | None = None
        self.retranslate()

    def tree(self) -> EvidenceTree:
        return self.notes

    def tab_title(self) -> str:
        return self.tr("&Notes")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search the notes"))
        self.search.setAccessibleName(self.tr("Search the notes"))
        self.pilot.setAccessibleName(self.tr("Pilot"))
        self.category.setAccessibleName(self.tr("Category"))
        self.tag.setAccessibleName(self.tr("Tag"))
        self.cluster.setAccessibleName(self.tr("Cluster"))
        self.notes.setAccessibleName(self.tr("Notes found"))
        self._retranslate_link()
        self._fill_pilots()

    def _fill_pilots(self) -> None:
        value = self.pilot.currentData()
        self.pilot.blockSignals(True)
        self.pilot.clear()
        self.pilot.addItem(self.tr("all pilots"), None)
        try:
            found = A.pilots(self.window_.archive, self.window_.selection())
        except StudioError:
            found = ()
        for p in found:
            self.pilot.addItem(p.title, p.card_id)
        self.pilot.setCurrentIndex(max(0, self.pilot.findData(value)))
        self.pilot.blockSignals(False)

    def reload(self) -> None:
        self._fill_pilots()
        self._show()

    def _show(self) -> None:
        category, tag, cluster = (self.category.currentData(), self.tag.currentData(),
                                  self.cluster.currentData())
        try:
            self.view = N.pilot_notes(self.window_.archive, self.pilot.currentData(),
                                      self.window_.selection(), search=self.search.text(),
                                      categories=[category] if category else (),
                                      tags=[tag] if tag else (),
                                      clusters=[cluster] if cluster else ())
        except StudioError as err:
            self.status.setText("⚠ " + err.user_message())
            return
        labels = dict(self.view.category_labels)
        tag_labels = dict(self.view.tag_labels)
        _refill(self.category, self.tr("all categories"), self.view.category_labels)
        _refill(self.tag, self.tr("all tags"), self.view.tag_labels)
        _refill(self.cluster, self.tr("all clusters"),
                [(name, name) for name, _n in self.view.by_cluster if name])
        self.notes.clear()
        self.notes.setHeaderLabels([self.tr("Note"), self.tr("Category"), self.tr("Tags"),
                                    self.tr("Cluster"), self.tr("Dots"), self.tr("Workshop"),
                                    self.tr("City")])
        for note in self.view.notes:
            item = QTreeWidgetItem([note.text, labels.get(note.category, note.category),
                                    ", ".join(tag_labels.get(t, t) for t in note.tags),
                                    note.cluster, str(note.dots),
                                    note.workshop_title, note.city])
            item.setData(0, REFS, [EvidenceRef(NOTE, note.workshop_id, note.note_id)])
            self.notes.addTopLevelItem(item)
        header = self.notes.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.notes.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.counts.setText(self.tr("%n note(s)", "", len(self.view.notes)) + " · " + ", ".join(
            f"{labels.get(k, k)}: {n}" for k, n in self.view.by_category))
