"""The board on the shared screen: read-only, and dot voting.

- ``BoardStageView``: the board as the facilitator arranged it, read-only,
  fitted to the screen; or one cluster, category or selection large, in parts
  (the facilitator's choice, :mod:`studio.ui.canvas.focus`). Hidden notes
  (moderated or merged duplicates) are never loaded here, and no
  personal-data badge is drawn.
- ``DotVotingStageView``: one participant at a time places their dots on notes
  and cluster titles, submits, sees a confirmation once the dots are committed
  (``NoteService.cast_dots``), and the screen is clean for the next person.

Participants typing notes is part of the live session's participant flow
(``studio.ui.session.answers_notes``), like every other activity kind.

Both speak the shared screen's language (the workshop's), not the app's
(:class:`studio.ui.i18n.StageLanguageMixin`).

Mouse (a passed-around mouse or a touch screen) and keyboard both work: a tap
on a card places a dot, a tap on its "− Take back" button removes one (no
right-click); Tab moves between notes and clusters, Space or + places a dot,
- or Backspace takes one back.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studio.base.errors import StudioError
from studio.core.kinds import Source
from studio.ui.stage.dot_board import DotBoard, DotScene
from studio.ui.canvas.focus import BOARD, Focus, stage_focus
from studio.ui.stage.focus_view import FocusBoard, ReadOnlyBoardView
from studio.ui.canvas.items import STAGE_STYLE
from studio.ui.canvas.scene import BoardData, BoardScene
from studio.ui.i18n import StageLanguageMixin, core_words
from studio.ui.stage.style import StagePalette, stage_palette


def _styles(p: StagePalette, base: int = 24) -> dict[str, str]:
    """Style sheets in the shared screen's colours (they follow its theme) and sizes
    (``base``: its body text size, :func:`studio.ui.stage.style.base_px`)."""
    b = base
    pad = f"padding: {b // 2}px {b}px; border-radius: {b // 3}px;"
    button = (f"QPushButton {{ font-size: {b}px; {pad}"
              f" border: 2px solid {p.tile_border}; background: {p.tile}; color: {p.foreground}; }}"
              f" QPushButton:focus {{ border: 3px dashed {p.focus}; }}"
              f" QPushButton:disabled {{ color: {p.disabled_text}; background: {p.disabled};"
              f" border-color: {p.disabled_border}; }}")
    primary = (f"QPushButton {{ font-size: {b}px; {pad}"
               f" border: 2px solid {p.primary}; background: {p.primary};"
               f" color: {p.primary_text}; }}"
               f" QPushButton:focus {{ border: 3px dashed {p.focus_strong}; }}"
               f" QPushButton:disabled {{ color: {p.disabled_text}; background: {p.disabled};"
               f" border-color: {p.disabled_border}; }}")
    return {
        "big": f"font-size: {round(b * 1.25)}px; font-weight: bold; color: {p.foreground};",
        "medium": f"font-size: {b}px; color: {p.foreground};",
        "error": f"font-size: {b}px; color: {p.warn}; font-weight: bold;",
        "thanks": f"font-size: {round(b * 1.7)}px; font-weight: bold; color: {p.foreground};",
        "button": button,
        "primary": primary,
    }


RESET_AFTER_MS = 8000


class StageScene(BoardScene):
    """A read-only scene for the shared screen: no moderation hints, no empty clusters."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, style=STAGE_STYLE, interactive=False, cluster_title_px=20)

    def load(self, doc) -> None:
        self.sync(BoardData.load(doc, include_hidden=False))


class _StageBoard(ReadOnlyBoardView):
    """The board fitted to the shared screen (the dot-voting view takes keys itself)."""

    def fit(self) -> None:
        self.fit_rect(self.scene().content_rect(), max_scale=2.0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()


class BoardStageView(StageLanguageMixin, QWidget):
    """The read-only board for the shared screen: the whole board fitted to the screen,
    or what the facilitator chose to show large (:mod:`studio.ui.canvas.focus`)."""

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self.focus = stage_focus(document)
        self.scene = StageScene(self)
        self.view = _StageBoard(self.scene)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignCenter)
        self.large = FocusBoard(self)
        self.large.partsCounted.connect(self.focus.report_parts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.large, 1)
        self._timer = QTimer(self)
        self._timer.setObjectName("stageBoardRefresh")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        document.changed.connect(self._changed)
        self.focus.changed.connect(lambda: self._timer.start(0))
        self.apply_palette(stage_palette(parent))
        self._retranslate_texts()
        self.refresh()

    def _retranslate_texts(self) -> None:
        self.view.setAccessibleName(self.tr("Notes board"))
        self.view.setAccessibleDescription(self.tr(
            "The notes of the workshop as the facilitator arranged them, read only."))
        self.empty.setText(self.tr("No notes yet."))

    def retranslate(self) -> None:
        self._retranslate_texts()
        self.scene.update()  # the cards' badges and the cluster titles

    def apply_palette(self, palette: StagePalette) -> None:
        """Take the shared screen's theme colours."""
        self.empty.setStyleSheet(_styles(palette)["big"])
        self.large.apply_palette(palette)

    def _changed(self, topic: str) -> None:
        if topic in ("notes", "workshop"):
            self._timer.start(0)

    def refresh(self) -> None:
        self._timer.stop()
        focus = self.focus.focus
        if focus.kind != BOARD:
            self._show_large(focus)
            return
        self.large.setVisible(False)
        self.scene.load(self.doc)
        has_notes = bool(self.scene.note_items)
        self.empty.setVisible(not has_notes)
        self.view.setVisible(has_notes)
        self.view.fit()

    def _show_large(self, focus: Focus) -> None:
        self.empty.setVisible(False)
        self.view.setVisible(False)
        self.large.setVisible(True)
        self.large.show_focus(BoardData.load(self.doc, include_hidden=False), focus)

    def shown_note_ids(self) -> set[str]:
        if self.large.isVisibleTo(self):
            return set(self.large.shown_note_ids())
        return set(self.scene.note_items)


class DotVotingStageView(StageLanguageMixin, QWidget):
    """One participant after another places their dots; each commit gets a confirmation.

    Signals:
        dotsCast(str): the ballot id after a participant's dots were committed.
    """

    dotsCast = Signal(str)

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self.placed: list[tuple[str, str]] = []
        self.last_ballot: str | None = None
        self.scene = DotScene(self)
        self.view = DotBoard(self.scene)
        self.view.setFocusPolicy(Qt.StrongFocus)
        # A board too large to read whole comes in parts (studio.ui.stage.dot_board).
        self.previous_part, self.next_part = QPushButton(), QPushButton()
        self.part_label = QLabel()
        self.part_label.setTextFormat(Qt.PlainText)
        self.previous_part.clicked.connect(lambda: self.view.step(-1))
        self.next_part.clicked.connect(lambda: self.view.step(1))
        self.view.partChanged.connect(self._show_part)
        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        self.left = QLabel()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.take_back = QPushButton()
        self.start_over = QPushButton()
        self.submit = QPushButton()
        self.thanks = QLabel()
        self.thanks.setAlignment(Qt.AlignCenter)
        self.thanks.setWordWrap(True)
        self.next_person = QPushButton()
        self.saved = 0  # dots of the last person, thanked for on the confirmation
        self._error = ""  # what the error line says: "full", "too_many" or a message

        voting = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.instructions, 1)
        top.addWidget(self.left)
        # The parts are turned by tall buttons beside the cards: no row of its own, so
        # the cards get the height (a 720-line screen has little of it).
        board_row = QHBoxLayout()
        board_row.addWidget(self.previous_part)
        board_row.addWidget(self.view, 1)
        board_row.addWidget(self.next_part)
        for button in (self.previous_part, self.next_part):
            button.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Expanding)
        buttons = QHBoxLayout()
        buttons.addWidget(self.part_label)
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.take_back)
        buttons.addWidget(self.start_over)
        buttons.addWidget(self.submit)
        vl = QVBoxLayout(voting)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.addLayout(top)
        vl.addLayout(board_row, 1)
        vl.addLayout(buttons)
        done = QWidget()
        dl = QVBoxLayout(done)
        dl.addStretch(1)
        dl.addWidget(self.thanks)
        dl.addWidget(self.next_person, 0, Qt.AlignCenter)
        dl.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(voting)
        self.pages.addWidget(done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.pages)

        self._reset_timer = QTimer(self)
        self._reset_timer.setObjectName("dotVotingNextPerson")
        self._reset_timer.setSingleShot(True)
        self._reset_timer.timeout.connect(self.next)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setObjectName("dotVotingRefresh")
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh)
        self.scene.dotRequested.connect(self.place)
        self.take_back.clicked.connect(self.undo_last)
        self.start_over.clicked.connect(self.clear)
        self.submit.clicked.connect(self.cast)
        self.next_person.clicked.connect(self.next)
        document.changed.connect(self._changed)
        self.apply_palette(stage_palette(parent))
        self._retranslate_texts()
        self.refresh()

    def _retranslate_texts(self) -> None:
        self.view.setAccessibleName(self.tr("Notes to vote on"))
        self.view.setAccessibleDescription(self.tr(
            "Tab moves between notes; Space places a dot, minus takes one back."))
        self.left.setAccessibleName(self.tr("Dots left"))
        self.take_back.setText(self.tr("Take back last dot"))
        self.start_over.setText(self.tr("Start over"))
        self.submit.setText(self.tr("Submit my dots"))
        for b in (self.take_back, self.start_over, self.submit):
            b.setAccessibleName(b.text())
        self.take_back.setAccessibleDescription(self.tr("Removes the dot you placed last."))
        self.start_over.setAccessibleDescription(self.tr("Removes all your dots."))
        self.submit.setAccessibleDescription(self.tr(
            "Saves your dots; then the next person can vote."))
        self.previous_part.setText("◀")
        self.next_part.setText("▶")
        self.previous_part.setAccessibleName(self.tr("Previous part of the board"))
        self.next_part.setAccessibleName(self.tr("Next part of the board"))
        self._show_part(self.view.part, self.view.parts)
        self.next_person.setText(self.tr("Next person"))
        self.next_person.setAccessibleName(self.tr("Next person"))
        self.next_person.setAccessibleDescription(self.tr(
            "Clears the screen for the next person."))
        self.thanks.setText(self.tr("Thank you! Your %n dot(s) are saved.", "", self.saved))

    def retranslate(self) -> None:
        self._retranslate_texts()
        self._show_mine()
        self.scene.update()  # the cards' badges and the cluster titles

    def apply_palette(self, palette: StagePalette) -> None:
        """Take the shared screen's theme colours (sizes follow the screen's size)."""
        self._palette = palette
        self._base = self.view.min_text_px()
        styles = _styles(palette, self._base)
        self.instructions.setStyleSheet(styles["medium"])
        self.left.setStyleSheet(styles["big"])
        self.error.setStyleSheet(styles["error"])
        self.thanks.setStyleSheet(styles["thanks"])
        self.part_label.setStyleSheet(styles["medium"])
        for button in (self.take_back, self.start_over, self.previous_part, self.next_part):
            button.setStyleSheet(styles["button"])
        for button in (self.submit, self.next_person):
            button.setStyleSheet(styles["primary"])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.view.min_text_px() != self._base:
            self.apply_palette(self._palette)

    def _show_part(self, part: int, parts: int) -> None:
        """The part buttons and "Part 2 of 6" (hidden while the board is shown whole)."""
        self.part_label.setText(self.tr("Part {part} of {parts}").format(part=part + 1,
                                                                         parts=parts))
        for widget in (self.previous_part, self.part_label, self.next_part):
            widget.setVisible(parts > 1)
        self.previous_part.setEnabled(part > 0)
        self.next_part.setEnabled(part < parts - 1)

    # -- limits -------------------------------------------------------------------------
    def limits(self) -> tuple[int, int]:
        settings = self.doc.workshops.get().settings or {}
        return (int(settings.get("dots_per_participant", 5)),
                int(settings.get("max_dots_per_item", 2)))

    def _changed(self, topic: str) -> None:
        if topic in ("notes", "workshop"):
            self._refresh_timer.start(0)

    def refresh(self) -> None:
        self.scene.load(self.doc)
        valid = {("note", k) for k in self.scene.note_items} | {
            ("cluster", k) for k in self.scene.cluster_items}
        self.placed = [t for t in self.placed if t in valid]
        self._show_mine()
        self.view.fit()

    def _show_mine(self) -> None:
        self.scene.show_dots(Counter(self.placed))
        per_person, per_item = self.limits()
        left = per_person - len(self.placed)
        self._say_error()
        self.left.setText(self.tr("Dots left: {left} of {n}").format(left=left, n=per_person))
        self.instructions.setText(self.tr(
            "Your {n} dots go to what matters most to you, at most {k} per card: tap a card"
            " to place a dot, tap “− Take back” to remove one.").format(
                n=per_person, k=per_item))
        self.submit.setEnabled(bool(self.placed))
        self.take_back.setEnabled(bool(self.placed))
        self.start_over.setEnabled(bool(self.placed))

    # -- placing -----------------------------------------------------------------------------
    def place(self, kind: str, item_id: str, delta: int = 1) -> None:
        target = (kind, item_id)
        per_person, per_item = self.limits()
        self._error = ""
        if delta < 0:
            if target in self.placed:
                self.placed.reverse()
                self.placed.remove(target)
                self.placed.reverse()
        elif len(self.placed) >= per_person:
            self._error = "full"
        elif self.placed.count(target) >= per_item:
            self._error = "too_many"
        else:
            self.placed.append(target)
        self._show_mine()

    def _say_error(self) -> None:
        if self._error == "full":
            text = self.tr("All your dots are placed. Submit, or take one back.")
        elif self._error == "too_many":
            text = self.tr("At most %n dot(s) on one item.", "", self.limits()[1])
        else:
            text = self._error
        self.error.setText(text)

    def undo_last(self) -> None:
        if self.placed:
            self.placed.pop()
        self._error = ""
        self._show_mine()

    def clear(self) -> None:
        self.placed = []
        self._error = ""
        self._show_mine()

    def cast(self) -> None:
        try:
            ballot = self.doc.notes.cast_dots(list(self.placed), Source.SCREEN)
        except StudioError as err:
            with core_words(self):  # the message in the shared screen's language
                self._error = err.user_message()
            self._say_error()
            return
        self.last_ballot = ballot
        self.saved = len(self.placed)
        self.placed = []
        self.thanks.setText(self.tr("Thank you! Your %n dot(s) are saved.", "", self.saved))
        self.pages.setCurrentIndex(1)
        self.next_person.setFocus()
        self._reset_timer.start(RESET_AFTER_MS)
        self.doc.notify("notes")
        self.dotsCast.emit(ballot)

    def next(self) -> None:
        """A clean screen for the next participant."""
        self._reset_timer.stop()
        if self.doc.closed:  # the timer outlived the workshop: nothing left to show
            return
        self.placed = []
        self._error = ""
        self._show_mine()
        self.pages.setCurrentIndex(0)
        # Nothing of the last person's place stays: no focused card (the view would bring
        # its part back), and the first part.
        self.scene.clearFocus()
        self.view.show_part(0)
        self.view.setFocus()
