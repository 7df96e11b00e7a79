"""The console's layout, made to fit a 1280×720 laptop as well as a 1920×1080 one.

Three columns in a splitter: the agenda with Previous/Next under it; the
current item with its controls above the live results (a vertical splitter);
the shared screen (preview, display, stage buttons) above the notes (another
vertical splitter). Button groups wrap into more rows when a column gets
narrow, and every part whose content can grow sits in a scroll area, so
nothing is cut off and the window's minimum size stays small. The page keeps
the logic; this module only builds and arranges its widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from studio.ui.layouts import WrapGrid
from studio.ui.session.agenda import AgendaModel
from studio.ui.session.phones import PhonesBox
from studio.ui.session.panels import (
    LaptopNoteEntry,
    PrivateNotes,
    StagePreview,
    TimerPanel,
    tool_button,
)
from studio.ui.widgets.results_view import ResultsView
from studio.ui.theme import set_relative_font
from studio.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from studio.ui.session.page import SessionPage


MAX_MIN_WIDTH = 360  # pixels: a scrolling pane never asks the window for more


def plain(text: str = "", parent: QWidget | None = None) -> QLabel:
    return plain_label(text, parent)


class ScrollPane(QScrollArea):
    """A frameless scroll area whose size hint is its content's height at its width.

    Qt's own hint is capped at 24 text lines; this one lets a splitter give a
    panel exactly the room it needs when there is room, and scroll otherwise.
    The height it needs changes with its width (buttons wrap, the preview keeps
    the display's shape) and with its content; it says so, so that the page can
    give it that room again.

    Signals:
        needChanged(): the height the content needs is not what it was.
    """

    needChanged = Signal()

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Sideways only when the text is so large that the content is wider than
        # MAX_MIN_WIDTH at its narrowest (View → Text size 200 %): the window never grows.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(content)
        self._need = -1
        content.installEventFilter(self)

    def _check_need(self) -> None:
        need = self.sizeHint().height()
        if need != self._need:
            self._need = need
            self.needChanged.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._check_need()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._check_need()

    def sizeHint(self) -> QSize:  # noqa: N802
        content = self.widget()
        hint = content.sizeHint()
        width = self.width() if self.isVisible() else hint.width()
        height = -1
        if content.hasHeightForWidth():
            # Also at the width left beside a scroll bar: a pane that needs less at its full
            # width (buttons side by side) could otherwise get too little, show the scroll
            # bar, wrap its buttons and need more than it was given.
            bar = self.verticalScrollBar().sizeHint().width()
            height = max(content.heightForWidth(width), content.heightForWidth(width - bar))
        return QSize(hint.width(), height if height > 0 else hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(min(self.widget().minimumSizeHint().width(), MAX_MIN_WIDTH), 60)


class AgendaView(QTreeView):
    """The agenda: the items and their states, the state column at most about half the
    width (its text grows with the text size and would leave the items only "…")."""

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        model.modelReset.connect(self.fit_columns)

    def fit_columns(self) -> None:
        if self.model() is None or self.model().columnCount() < 2:
            return
        room = self.viewport().width()
        self.setColumnWidth(1, max(1, min(self.sizeHintForColumn(1), room * 9 // 20)))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()


def button_group(page: SessionPage, title: str, ids: list[str], columns: int,
                 name: str) -> QGroupBox:
    box = QGroupBox(title, page)
    box.setObjectName(name)
    grid = WrapGrid(box, max_columns=columns)
    for action_id in ids:
        grid.addWidget(tool_button(page.control.actions[action_id], box))
    return box


def build_console(page: SessionPage) -> None:
    """Create the console's widgets as attributes of ``page`` and lay them out."""
    act = page.control.actions

    # left: the agenda, and Previous/Next under it
    page.agenda = AgendaModel(page)
    page.tree = AgendaView(page)
    page.tree.setObjectName("agendaView")
    page.tree.setModel(page.agenda)
    # Rows as tall as their text at every text size (the current one is bold).
    page.tree.setUniformRowHeights(False)
    page.tree.setAlternatingRowColors(True)
    page.tree.setMinimumWidth(160)
    header = page.tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, header.ResizeMode.Stretch)
    header.setSectionResizeMode(1, header.ResizeMode.Interactive)  # see AgendaView
    left = QWidget(page)
    ll = QVBoxLayout(left)
    ll.setContentsMargins(0, 0, 0, 0)
    ll.addWidget(page.tree, 1)
    nav = WrapGrid(max_columns=2)
    for action_id in ("session.previous", "session.next"):
        nav.addWidget(tool_button(act[action_id], left))
    ll.addLayout(nav)

    # middle: the current item and its controls, above the live results
    page.current_label = plain("", page)
    page.current_label.setObjectName("currentItem")
    set_relative_font(page.current_label, 1.4, bold=True)  # grows with View → Text size
    page.state_label = plain("", page)
    page.state_label.setObjectName("currentState")
    page.counter = QLabel(page)
    page.counter.setObjectName("ballotCounter")
    page.counter.setTextFormat(Qt.TextFormat.PlainText)
    set_relative_font(page.counter, 2.0, bold=True)
    page.counter.setWordWrap(True)  # "28 / ballots" rather than a wider column at large text
    # The same n as the results, split by channel (screen, tally, paper …) when there are several.
    page.counter_channels = plain("", page)
    page.counter_channels.setObjectName("ballotChannels")
    page.counter_channels.hide()
    counter_box = QVBoxLayout()
    counter_box.setContentsMargins(0, 0, 0, 0)
    counter_box.addWidget(page.counter)
    counter_box.addWidget(page.counter_channels)
    counter_box.addStretch(1)
    # Said once after a crash: the session was restored where it stood.
    page.restored_banner = plain("", page)
    page.restored_banner.setObjectName("restoredBanner")
    page.restored_banner.setFrameShape(QFrame.Shape.StyledPanel)
    page.restored_banner.hide()
    page.timer_panel = TimerPanel(page.clock, [act["session.timer"],
                                               act["session.timer_extend"],
                                               act["session.timer_reset"]], page)
    top = QHBoxLayout()
    top.addLayout(counter_box, 1)
    top.addWidget(page.timer_panel, 3)
    page.screen_box = screen_box = button_group(page, "", ["session.show_card", "session.show_activity",
                               "session.show_results", "session.show_board",
                               "session.show_dots", "session.blank"], 3, "screenButtons")
    page.vote_box = vote_box = button_group(page, "", ["session.open", "session.close", "session.reveal",
                             "session.undo_ballot", "session.tally", "session.reset"], 3,
                            "votingButtons")
    from studio.ui.session.group_switch import GroupQuestionSwitch

    page.group_switch = GroupQuestionSwitch(page.doc, page)
    page.status = plain("", page)
    page.status.setObjectName("sessionStatus")
    controls = QWidget(page)
    controls.setObjectName("consoleControls")
    cl = QVBoxLayout(controls)
    cl.setContentsMargins(0, 0, 4, 0)
    cl.addWidget(page.restored_banner)
    cl.addWidget(page.current_label)
    cl.addWidget(page.state_label)
    cl.addLayout(top)
    cl.addWidget(screen_box)
    cl.addWidget(vote_box)
    cl.addWidget(page.group_switch)
    cl.addWidget(page.status)
    cl.addStretch(1)
    page.controls_pane = ScrollPane(controls, page)
    page.controls_pane.setObjectName("controlsPane")

    page.results = ResultsView(page.doc, page)
    page.results.setObjectName("consoleResults")
    page.results.fit_font_to_height = True
    fit_to_font(page)
    results_box = QWidget(page)
    rl = QVBoxLayout(results_box)
    rl.setContentsMargins(0, 0, 0, 0)
    split_row = QHBoxLayout()
    page.results_label = results_label = plain("", page)
    split_row.addWidget(results_label, 1)
    split_row.addWidget(tool_button(act["session.split"], page), 0)
    rl.addLayout(split_row)
    rl.addWidget(page.results, 1)
    middle = QSplitter(Qt.Orientation.Vertical, page)
    middle.setObjectName("middleSplitter")
    middle.addWidget(page.controls_pane)
    middle.addWidget(results_box)
    middle.setStretchFactor(0, 0)
    middle.setStretchFactor(1, 1)
    middle.setChildrenCollapsible(False)
    page.middle_splitter = middle

    # right: the shared screen above the notes
    page.preview = StagePreview(page)
    page.preview.set_stage(page.stage)
    page.display_combo = QComboBox(page)
    page.display_combo.setObjectName("displayChoice")
    page.display_combo.setSizeAdjustPolicy(
        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    page.display_combo.setMinimumContentsLength(10)
    screen_side = QWidget(page)
    sl = QVBoxLayout(screen_side)
    sl.setContentsMargins(0, 0, 4, 0)
    page.screen_label = plain("", page)
    sl.addWidget(page.screen_label)
    sl.addWidget(page.preview)
    display_row = QHBoxLayout()
    page.display_label = display_label = plain("", page)
    display_label.setWordWrap(False)
    display_label.setBuddy(page.display_combo)
    display_row.addWidget(display_label)
    display_row.addWidget(page.display_combo, 1)
    sl.addLayout(display_row)
    stage_grid = WrapGrid(max_columns=2)
    for action_id in ("session.stage", "session.fullscreen", "session.participant",
                      "session.set_pin"):
        stage_grid.addWidget(tool_button(act[action_id], screen_side))
    sl.addLayout(stage_grid)
    sl.addStretch(1)
    page.screen_pane = ScrollPane(screen_side, page)
    page.screen_pane.setObjectName("screenPane")

    page.private_notes = PrivateNotes(page.doc, page)
    page.laptop_notes = LaptopNoteEntry(page.doc, page)
    page.laptop_box = QGroupBox(page)
    QVBoxLayout(page.laptop_box).addWidget(page.laptop_notes)
    notes_side = QWidget(page)
    nl = QVBoxLayout(notes_side)
    nl.setContentsMargins(0, 0, 0, 0)
    nl.addWidget(page.laptop_box)
    page.phones_box = PhonesBox(page, page.phones, act, tool_button)
    nl.addWidget(page.phones_box)
    page.notes_label = notes_label = plain("", page)
    notes_label.setBuddy(page.private_notes)
    nl.addWidget(notes_label)
    nl.addWidget(page.private_notes, 1)
    page.private_notes.setMinimumHeight(60)
    right = QSplitter(Qt.Orientation.Vertical, page)
    right.setObjectName("sideSplitter")
    right.addWidget(page.screen_pane)
    # Notes typed here, phones and private notes: scrolled when a small screen (or a large
    # text size) leaves them too little room, never cut off.
    page.notes_pane = ScrollPane(notes_side, page)
    page.notes_pane.setObjectName("notesPane")
    right.addWidget(page.notes_pane)
    right.setStretchFactor(0, 0)
    right.setStretchFactor(1, 1)
    right.setChildrenCollapsible(False)
    page.side_splitter = right

    splitter = QSplitter(page)
    splitter.setObjectName("consoleSplitter")
    splitter.addWidget(left)
    splitter.addWidget(middle)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, 2)
    splitter.setStretchFactor(1, 5)
    splitter.setStretchFactor(2, 3)
    splitter.setSizes([280, 620, 360])
    splitter.setChildrenCollapsible(False)
    page.splitter = splitter
    lay = QVBoxLayout(page)
    lay.addWidget(splitter)
    retranslate_console(page)


def fit_to_font(page: SessionPage) -> None:
    """Sizes that follow the text size: the live chart keeps room for a few lines of its
    text (it never shrinks to nothing) and draws its labels in the app's size."""
    height = page.fontMetrics().height()
    page.results.setMinimumHeight(max(120, 11 * height))
    page.results.set_font_px(max(12, height))


def retranslate_console(page: SessionPage) -> None:
    """Set the texts of the console's own widgets (not the panels') in the app's language."""

    page.tree.setAccessibleName(QCoreApplication.translate("SessionPage", "Agenda"))
    page.tree.setAccessibleDescription(QCoreApplication.translate("SessionPage",
        "Scenarios and their activities with their state. Press Enter to go to the "
        "selected item."))
    page.counter.setAccessibleName(QCoreApplication.translate("SessionPage", "Ballots so far"))
    page.counter_channels.setAccessibleName(QCoreApplication.translate("SessionPage", "Answers by channel"))
    page.restored_banner.setAccessibleName(QCoreApplication.translate("SessionPage", "Session restored"))
    page.screen_box.setTitle(QCoreApplication.translate("SessionPage", "Shared screen shows"))
    page.vote_box.setTitle(QCoreApplication.translate("SessionPage", "Voting"))
    page.results_label.setText(QCoreApplication.translate("SessionPage", "Live results (only you see them until you reveal them):"))
    page.display_combo.setAccessibleName(QCoreApplication.translate("SessionPage", "Display for the shared screen"))
    page.display_combo.setAccessibleDescription(QCoreApplication.translate("SessionPage",
        "The screen or projector that shows the shared screen. It is remembered on this "
        "computer."))
    page.screen_label.setText(QCoreApplication.translate("SessionPage", "Shared screen"))
    page.display_label.setText(QCoreApplication.translate("SessionPage", "Display:"))
    page.laptop_box.setTitle(QCoreApplication.translate("SessionPage", "Note typed at the laptop"))
    page.notes_label.setText(QCoreApplication.translate("SessionPage", "Private notes"))
