"""PlannerWindow: prepare a workshop from scenario cards and activity templates.

Left: the card library and the activity templates. Middle: the workshop's
facts and the agenda (drag and drop, or Alt+Up / Alt+Down, Delete). Right: the
selected scenario's card or the selected activity. Below: the plan check and
the total time. Every edit is an undo command on the AgendaModel; files are
read and written through :mod:`studio.core.plans` and :mod:`studio.core.cards`.
The agenda edits (:mod:`.agenda_edits`) and the plan file actions
(:mod:`.file_actions`) are mixins; this module builds and shows the window.

Signals:
    workshopCreated(str): path of the workshop file created from the plan.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QListView,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from studio import paths
from studio.core.cards import CardCatalog, load_catalog
from studio.core.plans import Plan, blocking_problems, format_minutes, validate_plan
from studio.ui.actions import make_action, retranslate_action, undo_actions
from studio.ui.layouts import FlowLayout
from studio.ui.planner import commands as cmd
from studio.ui.planner.activity_editor import ActivityEditor
from studio.ui.planner.agenda_edits import AgendaEditing
from studio.ui.planner.agenda_model import AgendaModel
from studio.ui.planner.file_actions import PlanFileActions
from studio.ui.planner.library import CardLibrary
from studio.ui.planner.library_actions import LibraryActions
from studio.ui.planner.plan_form import PlanDetails
from studio.ui.planner.problems import PlanProblemModel
from studio.ui.planner.scenario_panel import ScenarioPanel
from studio.ui.planner.template_list import TemplateIdRole, TemplateListModel


class PlannerWindow(AgendaEditing, PlanFileActions, QMainWindow):
    workshopCreated = Signal(str)

    def __init__(
        self,
        plan_path: Path | None = None,
        parent: QWidget | None = None,
        *,
        card_folders: list[Path] | None = None,
        user_card_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plannerWindow")
        self.user_card_dir = Path(user_card_dir) if user_card_dir else paths.user_cards_dir()
        self.card_folders = list(card_folders) if card_folders else [paths.resource("scenarios")]
        if self.user_card_dir not in self.card_folders:
            self.card_folders.append(self.user_card_dir)
        self.catalog = CardCatalog()
        self.path: Path | None = None
        self.undo = QUndoStack(self)
        self.model = AgendaModel(Plan(), self)
        self.model.set_title_lookup(self._card_title)
        self._from_editor = False
        self._build()
        self.cards = LibraryActions(self)
        self._connect()
        self.reload_cards()
        if plan_path is not None:
            self.open_plan(Path(plan_path))
        self._refresh_all()
        self.resize(1500, 950)

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.library = CardLibrary()
        self.templates = QListView()
        self.templates.setObjectName("templateList")
        self.templates.setModel(TemplateListModel(self))
        self.templates.setDragEnabled(True)
        self.templates.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.library_box = self._group(self.library)
        self.templates_box = self._group(self.templates)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.library_box)
        left.addWidget(self.templates_box)
        left.setSizes([620, 300])

        self.details = PlanDetails()
        details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setWidget(self.details)
        self.details_box = self._group(details_scroll)
        self.agenda = QTreeView()
        self.agenda.setObjectName("agendaView")
        self.agenda.setModel(self.model)
        self.agenda.setDragEnabled(True)
        self.agenda.setAcceptDrops(True)
        self.agenda.setDropIndicatorShown(True)
        self.agenda.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.agenda.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.setAlternatingRowColors(True)
        self.agenda.setWordWrap(True)
        self.agenda.header().setStretchLastSection(False)
        header = self.agenda.header()
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.Interactive)
        header.resizeSection(1, 170)
        header.resizeSection(2, 70)
        self.total = QLabel()
        self.total.setObjectName("totalTime")
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        self.up, self.down, self.remove = QPushButton(), QPushButton(), QPushButton()
        buttons = FlowLayout()  # wraps on a laptop instead of widening the window
        for b, name in ((self.up, "moveUp"), (self.down, "moveDown"), (self.remove, "removeItem")):
            b.setObjectName(name)
            buttons.addWidget(b)
        buttons.addWidget(self.total)
        agenda_widget = QWidget()
        al = QVBoxLayout(agenda_widget)
        al.setContentsMargins(0, 0, 0, 0)
        al.addWidget(self.agenda, 1)
        al.addLayout(buttons)
        self.agenda_box = self._group(agenda_widget)
        self.problem_model = PlanProblemModel(self)
        self.problem_list = QListView()
        self.problem_list.setObjectName("planProblems")
        self.problem_list.setModel(self.problem_model)
        self.problem_list.setWordWrap(True)
        self.problems_box = self._group(self.problem_list)
        middle = QSplitter(Qt.Orientation.Vertical)
        for w in (self.details_box, self.agenda_box, self.problems_box):
            middle.addWidget(w)
        middle.setSizes([380, 450, 120])

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scenario_panel = ScenarioPanel()
        self.activity_editor = ActivityEditor()
        self.stack = QStackedWidget()
        for w in (self.hint, self.scenario_panel, self.activity_editor):
            self.stack.addWidget(w)
        self.side_box = self._group(self.stack)

        splitter = QSplitter()
        for w in (left, middle, self.side_box):
            splitter.addWidget(w)
        splitter.setSizes([380, 560, 560])
        self.setCentralWidget(splitter)
        self._actions()

    @staticmethod
    def _group(widget: QWidget) -> QGroupBox:
        box = QGroupBox()
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        return box

    def _action(self, action_id: str, slot) -> QAction:
        """The QAction of ``action_id``, built from the registry (text, keys, scope)."""
        action = make_action(action_id, self, slot)
        self.addAction(action)
        return action

    def _actions(self) -> None:
        self.act_new = self._action("plan.new", self.new_plan)
        self.act_open = self._action("plan.open", self.ask_open)
        self.act_save = self._action("plan.save", self.save)
        self.act_save_as = self._action("plan.save_as", self.save_as)
        self.act_create = self._action("plan.create_workshop", self.create_workshop)
        self.act_close = self._action("plan.close", self.close)
        # Fixed labels "Undo"/"Redo": the command's name is in the tool tip, so the tool
        # bar does not shift with every edit.
        self.act_undo = self._action("plan.undo", self.undo.undo)
        self.act_redo = self._action("plan.redo", self.undo.redo)
        self._follow_undo = undo_actions(self.undo, self.act_undo, self.act_redo)
        self.act_up = self._action("agenda.up", lambda: self.move_current(-1))
        self.act_down = self._action("agenda.down", lambda: self.move_current(1))
        self.act_remove = self._action("agenda.remove", self.remove_current)
        for a in (self.act_up, self.act_down, self.act_remove):
            self.removeAction(a)  # their keys work inside the agenda only
            self.agenda.addAction(a)
        self.up.clicked.connect(self.act_up.trigger)
        self.down.clicked.connect(self.act_down.trigger)
        self.remove.clicked.connect(self.act_remove.trigger)
        self.focus_actions = [
            self._action(f"focus.{i}", lambda w=w: w.setFocus())
            for i, w in enumerate(
                (self.library.list, self.templates, self.agenda, self.details.title), start=1
            )
        ]
        file_menu = self.menuBar().addMenu("")
        for a in (
            self.act_new,
            self.act_open,
            self.act_save,
            self.act_save_as,
            None,
            self.act_create,
            None,
            self.act_close,
        ):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        edit_menu = self.menuBar().addMenu("")
        for a in (self.act_undo, self.act_redo, None, self.act_up, self.act_down, self.act_remove):
            edit_menu.addSeparator() if a is None else edit_menu.addAction(a)
        view_menu = self.menuBar().addMenu("")
        for a in self.focus_actions:
            view_menu.addAction(a)
        self._menus = (file_menu, edit_menu, view_menu)
        toolbar = self.addToolBar("")
        toolbar.setObjectName("plannerToolbar")
        for a in (self.act_open, self.act_save, self.act_undo, self.act_redo, self.act_create):
            toolbar.addAction(a)
        self._toolbar = toolbar

    def _connect(self) -> None:
        m = self.model
        for sig in (m.rowsInserted, m.rowsRemoved, m.rowsMoved, m.dataChanged, m.modelReset):
            sig.connect(self._schedule_refresh)
        m.planChanged.connect(self._plan_changed)
        m.totalChanged.connect(self._show_total)
        m.moveRequested.connect(self._move_requested)
        m.cardDropped.connect(lambda cid, row: self.add_card(cid, row))
        m.templateDropped.connect(lambda tid, s, a: self.add_template(tid, s, a))
        self.undo.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self.agenda.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.library.addRequested.connect(lambda cid: self.add_card(cid))
        self.library.editRequested.connect(self.cards.edit_card)
        self.library.newRequested.connect(self.cards.new_card)
        self.library.importFileRequested.connect(lambda: self.cards.import_cards(folder=False))
        self.library.importFolderRequested.connect(lambda: self.cards.import_cards(folder=True))
        self.library.exportRequested.connect(self.cards.export_cards)
        self.templates.activated.connect(lambda idx: self.add_template(idx.data(TemplateIdRole)))
        self.details.fieldsEdited.connect(
            lambda f: self.undo.push(cmd.EditPlanFields(self.model, f, self.tr("Edit workshop")))
        )
        self.activity_editor.edited.connect(self._activity_edited)
        self.activity_editor.fillFromScenariosRequested.connect(self._fill_from_scenarios)
        self.scenario_panel.introEdited.connect(self._intro_edited)
        self.scenario_panel.addSuggestedRequested.connect(self._add_suggested)
        self.problem_list.activated.connect(self._go_to_problem)

    def retranslate(self) -> None:
        for action in self.findChildren(QAction):
            retranslate_action(action)
        self._follow_undo()
        for menu, text in zip(self._menus, (self.tr("&Plan"), self.tr("&Edit"), self.tr("&View"))):
            menu.setTitle(text)
        self._toolbar.setWindowTitle(self.tr("Planner"))
        self.library_box.setTitle(self.tr("Scenario cards"))
        self.templates_box.setTitle(self.tr("Activity templates (Enter adds to the scenario)"))
        self.templates.setAccessibleName(self.tr("Activity templates"))
        self.details_box.setTitle(self.tr("Workshop"))
        self.agenda_box.setTitle(self.tr("Agenda"))
        self.agenda.setAccessibleName(
            self.tr(
                "Agenda: scenarios and their activities. Alt+Up and Alt+Down move, Delete removes."
            )
        )
        self.problem_list.setAccessibleName(self.tr("Problems in the plan"))
        self.side_box.setTitle(self.tr("Selected item"))
        self.hint.setText(
            self.tr(
                "Add scenario cards from the library (Enter or drag), then add activities from the "
                "templates. Select an agenda item to edit it here."
            )
        )
        for b, a in (
            (self.up, self.act_up),
            (self.down, self.act_down),
            (self.remove, self.act_remove),
        ):
            b.setText(a.text())
            b.setAccessibleName(a.text().replace("&", ""))
        self._update_title()
        self._show_total(self.model.plan.total_minutes)
        self._refresh_checks()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- cards -----------------------------------------------------------------------------
    def reload_cards(self) -> None:
        """Load the card library again (after an import, an edit, a new card)."""
        self.catalog = load_catalog(self.card_folders)
        self.library.set_catalog(self.catalog, self.model.plan.language)
        self.model.set_title_lookup(self._card_title)
        self._refresh_all()

    def _card_title(self, card_id: str) -> str:
        card = self.catalog.get(card_id)
        if card is None:
            return ""
        return card["title"].get(self.model.plan.language) or card["title"]["de"]

    # -- showing -------------------------------------------------------------------------------
    def _schedule_refresh(self, *_args: object) -> None:
        self._refresh_checks()
        if not self._from_editor:
            self._show_current()

    def _plan_changed(self) -> None:
        self.details.set_plan(self.model.plan)
        self.library.set_catalog(self.catalog, self.model.plan.language)
        self._refresh_checks()
        self._update_title()

    def _refresh_all(self) -> None:
        self.details.set_plan(self.model.plan)
        self._refresh_checks()
        self._show_current()
        self.retranslate()

    def _refresh_checks(self) -> None:
        problems = validate_plan(self.model.plan, self.catalog)
        self.problem_model.set_problems(problems)
        self.model.set_problems(problems)
        blocking = len(blocking_problems(problems))
        hints = len(problems) - blocking
        if blocking:
            title = self.tr("Plan check: %n problem(s)", "", blocking)
        elif hints:
            title = self.tr("Plan check: ready, %n hint(s)", "", hints)
        else:
            title = self.tr("Plan check: ready ✓")
        self.problems_box.setTitle(title)

    def _show_total(self, minutes: int) -> None:
        self.total.setText(self.tr("Total time: {time}").format(time=format_minutes(minutes)))
        self.total.setAccessibleName(self.total.text())

    def _show_current(self) -> None:
        srow, arow = self.current_location()
        plan = self.model.plan
        if srow < 0 or srow >= len(plan.agenda):
            self.stack.setCurrentWidget(self.hint)
            self.activity_editor.set_activity(None)
            return
        item = plan.agenda[srow]
        if arow < 0 or arow >= len(item.activities):
            self.scenario_panel.show_scenario(
                self.catalog.snapshot(item.card_id), item.card_id, item.intro_minutes, plan.language
            )
            self.stack.setCurrentWidget(self.scenario_panel)
        else:
            self.activity_editor.set_activity(item.activities[arow], plan.language)
            self.stack.setCurrentWidget(self.activity_editor)

    def _go_to_problem(self, index: QModelIndex) -> None:
        problem = self.problem_model.problem(index.row())
        if problem.scenario is not None:
            self.select(problem.scenario, -1 if problem.activity is None else problem.activity)
            self.agenda.setFocus()
        elif problem.field:
            self.details.title.setFocus()

    def _update_title(self) -> None:
        name = self.path.name if self.path else self.tr("unsaved plan")
        title = self.model.plan.title or self.tr("New plan")
        self.setWindowTitle(self.tr("Plan: {title} – {file}[*]").format(title=title, file=name))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._confirm_discard():
            event.accept()
        else:
            event.ignore()
