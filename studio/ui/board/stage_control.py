"""StageControl: on the console, what the board on the shared screen shows.

A row under the board: a list (the whole board, each cluster, each category,
and the selected notes once they were sent) and buttons for the previous and
next part when the chosen notes need several screens at large type. The
choice itself lives in :class:`studio.ui.canvas.focus.StageFocus`, which the
shared screen follows.

Signals:
    focusChosen(object): a :class:`Focus` chosen from the list.
    stepRequested(int): show the previous (-1) or next (+1) part.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from studio.base.errors import StudioError
from studio.core.kinds import ScreenMode
from studio.ui.canvas.cluster_item import ClusterItem
from studio.ui.canvas.focus import BOARD, CATEGORY, CLUSTER, NOTES, Focus, StageFocus
from studio.ui.icons import icon


class StageControl(QWidget):
    focusChosen = Signal(object)
    stepRequested = Signal(int)

    def __init__(self, focus: StageFocus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.focus = focus
        self.choice = QComboBox()
        self.choice.setObjectName("stageChoice")
        self.choice.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(14)
        self.label = label = QLabel()
        label.setBuddy(self.choice)
        self.previous = QToolButton()
        self.next = QToolButton()
        for button, delta in ((self.previous, -1), (self.next, 1)):
            button.setIcon(icon("previous" if delta < 0 else "next"))
            button.setFocusPolicy(Qt.StrongFocus)
            button.clicked.connect(lambda _=False, d=delta: self.stepRequested.emit(d))
        self.part = QLabel()
        self.part.setTextFormat(Qt.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.choice, 1)
        layout.addWidget(self.previous)
        layout.addWidget(self.part)
        layout.addWidget(self.next)
        self.choice.activated.connect(
            lambda i: self.focusChosen.emit(self.choice.itemData(i)))
        focus.changed.connect(self.sync)
        focus.partsChanged.connect(self.sync)
        self._clusters: list[tuple[str, str, int]] = []
        self._categories: list[tuple[str, str, int]] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.choice.setAccessibleName(self.tr("Shared screen shows"))
        self.choice.setAccessibleDescription(self.tr(
            "The whole board, or one cluster or category shown large enough to read from the"
            " back of the room. Choosing switches the shared screen to the board."))
        self.label.setText(self.tr("Sha&red screen shows:"))
        for button, name, about in (
                (self.previous, self.tr("Previous part on the shared screen"),
                 self.tr("Shows the previous part of the chosen notes (Alt+Page Up).")),
                (self.next, self.tr("Next part on the shared screen"),
                 self.tr("Shows the next part of the chosen notes (Alt+Page Down)."))):
            button.setToolTip(name)
            button.setAccessibleName(name)
            button.setAccessibleDescription(about)
        self.sync()

    def set_choices(self, clusters: list[tuple[str, str, int]],
                    categories: list[tuple[str, str, int]]) -> None:
        """Offer (id, name, visible notes) clusters and (key, label, visible notes) categories."""
        self._clusters, self._categories = list(clusters), list(categories)
        self.sync()

    def sync(self) -> None:
        """Rebuild the list and select what the shared screen shows now."""
        current = self.focus.focus
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("Whole board"), Focus(BOARD))
        if current.kind == NOTES:
            self.choice.addItem(self.tr("Selected notes ({n})").format(n=len(current.note_ids)),
                                Focus(NOTES, note_ids=current.note_ids))
        for cid, name, n in self._clusters:
            self.choice.addItem(self.tr("Cluster: {name} ({n})").format(
                name=name or self.tr("Unnamed cluster"), n=n), Focus(CLUSTER, cid))
        for key, label, n in self._categories:
            self.choice.addItem(self.tr("Category: {name} ({n})").format(name=label, n=n),
                                Focus(CATEGORY, key))
        index = next((i for i in range(self.choice.count())
                      if self.choice.itemData(i).same_choice(current)), 0)
        self.choice.setCurrentIndex(index)
        self.choice.blockSignals(False)
        parts = self.focus.parts if current.kind != BOARD else 1
        self.part.setText(self.tr("Part {part} of {parts}").format(
            part=current.part + 1, parts=parts) if parts > 1 else "")
        self.part.setVisible(parts > 1)
        self.previous.setEnabled(parts > 1 and current.part > 0)
        self.next.setEnabled(parts > 1 and current.part < parts - 1)


class StageChoosing:
    """The page's side of the shared screen: a mixin of
    :class:`studio.ui.board.page.BoardPage` (needs its data, scene and messages)."""

    def _update_stage_choices(self) -> None:
        data = self.data  # None until the board is first filled: the whole board only
        visible = [n for n in data.notes if n.on_board] if data else []
        clusters = [(c.id, c.name, sum(1 for n in visible if n.cluster_id == c.id))
                    for c in (data.clusters if data else [])]
        categories = []
        for c in self.categories:
            label = c.get(self.language) or c.get("de") or c["key"]
            categories.append((c["key"], f"{c.get('symbol', '')} {label}".strip(),
                               sum(1 for n in visible if n.category == c["key"])))
        self.stage_control.set_choices([c for c in clusters if c[2]],
                                       [c for c in categories if c[2]])
        focus = self.stage_choice.focus
        if data and focus.kind == CLUSTER and focus.key not in {c.id for c in data.clusters}:
            self.stage_choice.set_focus(Focus(BOARD))  # the cluster was dissolved
        self._update_stage_actions()

    def _update_stage_actions(self) -> None:
        focus, parts = self.stage_choice.focus, self.stage_choice.parts
        large = focus.kind != BOARD
        self.actions["stage_board"].setEnabled(large)
        self.actions["stage_previous"].setEnabled(large and focus.part > 0)
        self.actions["stage_next"].setEnabled(large and focus.part < parts - 1)

    def show_selection_on_stage(self) -> None:
        """Show the selected cluster (or the selected notes) large on the shared screen."""
        notes = [n for n in self._selected_notes() if n.visible]
        cluster = self._selected_cluster()
        members = {n.id for n in self.data.notes
                   if cluster and n.cluster_id == cluster and n.on_board}
        focus_item = self.scene.focusItem()
        if cluster and (isinstance(focus_item, ClusterItem) or {n.id for n in notes} == members):
            self.show_on_stage(Focus(CLUSTER, cluster))
        elif notes:
            self.show_on_stage(Focus(NOTES, note_ids=tuple(n.id for n in notes)))
        elif self._selected_notes():
            self.say(self.tr("Hidden notes are never shown on the shared screen."))
        else:
            self.say(self.tr("Select notes or a cluster first."))

    def show_on_stage(self, focus: Focus) -> None:
        """Let the shared screen show ``focus`` and switch it to the board (not during dot
        voting: a participant's unsaved dots would be lost)."""
        self.stage_choice.set_focus(focus)
        mode = ScreenMode(self.doc.facilitation.state().screen_mode)
        if mode is ScreenMode.DOTS:
            self.say(self.tr("Dot voting is running on the shared screen. The choice shows"
                             " there when you show the notes board again."))
            return
        if mode is not ScreenMode.BOARD:
            try:
                self.doc.facilitation.set_screen_mode(ScreenMode.BOARD)
            except StudioError as err:
                self.report(err)
                return
            self.doc.notify("session")
        self.say(self.tr("The shared screen shows: {what}").format(
            what=self.stage_control.choice.currentText()))
