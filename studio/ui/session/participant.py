"""The participant flow on the shared screen, one person after the other.

group (optional, self-declared) → answer with large targets → explicit submit
→ confirmation shown only after the ballot (or note) is committed → reset for
the next person after a few seconds or a tap. The answer widget is destroyed
after each submit, so nothing of one person's answer remains for the next.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studio.base.errors import StudioError
from studio.core.kinds import ActivityState, Source, localized
from studio.core.kinds.registry import kind_of
from studio.ui.i18n import StageLanguageMixin, core_words
from studio.ui.session.answer_base import AnswerWidget, make_answer_widget, plain_label, tile_grid
from studio.ui.session.answers import answer_widget_class
from studio.ui.session.spec import ActivitySpec
from studio.ui.session.tiles import TileButton

CONFIRM_SECONDS = 5


class _ConfirmPage(QWidget):
    """Thank-you page; a tap or a key press anywhere calls the next person."""

    tapped = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()
        self.tapped.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.tapped.emit()
        else:
            super().keyPressEvent(event)


class ParticipantFlow(StageLanguageMixin, QWidget):
    """One activity's voting on the shared screen, in the shared screen's language.

    Signals:
        submitted(str): a ballot (or note) id, emitted after it is committed and
            the confirmation is on screen.
        page_changed(str): "closed", "group", "answer" or "confirm".
    """

    submitted = Signal(str)
    page_changed = Signal(str)

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantFlow")
        self.doc = document
        self.spec: ActivitySpec | None = None
        self.group: str | None = None
        self.answer_widget: AnswerWidget | None = None
        self.language = "de"
        self.groups: list[dict[str, str]] = []
        self.categories: list[dict[str, str]] = []
        self.confirm_seconds = CONFIRM_SECONDS
        self._confirmed = ""  # "notes" or "ballots": what the confirmation thanks for

        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._build_closed()
        self._build_group()
        self._build_answer()
        self._build_confirm()
        self.reset_timer = QTimer(self)
        self.reset_timer.setObjectName("confirmResetTimer")
        self.reset_timer.setSingleShot(True)
        self.reset_timer.timeout.connect(self.start_person)
        self._retranslate_texts()
        self.reload_workshop()
        self._show("closed")

    # -- language ------------------------------------------------------------------------
    def _retranslate_texts(self) -> None:
        self.group_title.setText(self.tr("Before you answer: which group are you in?"))
        self.group_hint.setText(self.tr(
            "Optional. It only helps to compare groups; a group of fewer than 5 people is "
            "never shown on its own."))
        self.back.setText(self.tr("← Back"))
        self.back.setAccessibleName(self.tr("Back to the group choice"))
        self.back.setAccessibleDescription(self.tr("Your answer so far is not saved."))
        self.submit_button.setAccessibleDescription(self.tr(
            "Saves your answer. Nothing is saved before you press it."))
        self.confirm_page.setAccessibleName(self.tr("Saved. Tap for the next person."))
        self.next_hint.setText(self.tr("Next person: tap the screen."))
        self._retranslate_confirmation()

    def _retranslate_confirmation(self) -> None:
        if self._confirmed == "notes":
            self.confirm_text.setText(self.tr("Thank you! Your note is saved."))
        elif self._confirmed:
            self.confirm_text.setText(self.tr("Thank you! Your vote is saved."))

    def retranslate(self) -> None:
        """The workshop's language changed: say everything on screen in the new one.

        The group tiles come from :meth:`reload_workshop`. An answer being given is
        laid out again in the new language: what was chosen so far is not kept
        (nothing of it was saved), the group choice is.
        """
        self._retranslate_texts()
        self._build_group_tiles()
        page = self.page_name()
        if page == "group":
            focus_first(self.group_page)
        elif page == "closed" and self.spec is not None:
            self.set_activity(self.spec)
        elif page == "answer" and self.spec is not None:
            self._new_answer()

    # -- pages -------------------------------------------------------------------------
    def _build_closed(self) -> None:
        page = QWidget()
        self.closed_prompt = plain_label("", "h1", page)
        self.closed_options = plain_label("", "body", page)
        self.closed_options.setObjectName("closedOptions")
        self.closed_message = plain_label("", "h2", page)
        self.closed_message.setObjectName("closedMessage")
        lay = QVBoxLayout(page)
        lay.addWidget(self.closed_prompt)
        lay.addSpacing(12)
        lay.addWidget(self.closed_options)
        lay.addSpacing(24)
        lay.addWidget(self.closed_message)
        lay.addStretch(1)
        self.closed_page = page
        self.stack.addWidget(page)

    def _build_group(self) -> None:
        page = QWidget()
        self.group_title = plain_label("", "h1", page)
        self.group_hint = plain_label("", "small", page)
        self.group_tiles_box = QVBoxLayout()
        lay = QVBoxLayout(page)
        lay.addWidget(self.group_title)
        lay.addWidget(self.group_hint)
        lay.addSpacing(16)
        lay.addLayout(self.group_tiles_box)
        lay.addStretch(1)
        self.group_page = page
        self.stack.addWidget(page)

    def _build_answer(self) -> None:
        page = QWidget()
        self.prompt = plain_label("", "h1", page)
        self.prompt.setObjectName("answerPrompt")
        self.hint = plain_label("", "small", page)
        self.scroll = QScrollArea(page)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.status = plain_label("", "body", page)
        self.status.setObjectName("answerStatus")
        self.error = plain_label("", "error", page)
        self.error.setObjectName("answerError")
        self.back = TileButton("", page, align=Qt.AlignmentFlag.AlignCenter)
        self.back.setObjectName("backButton")
        self.back.clicked.connect(self._back)
        self.submit_button = TileButton(self.tr("Submit my answer"), page, primary=True,
                                        align=Qt.AlignmentFlag.AlignCenter)
        self.submit_button.setObjectName("submitButton")
        self.submit_button.clicked.connect(self.submit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.submit_button, 1)
        lay = QVBoxLayout(page)
        lay.addWidget(self.prompt)
        lay.addWidget(self.hint)
        lay.addWidget(self.scroll, 1)
        lay.addWidget(self.error)
        lay.addLayout(bottom)
        self.answer_page = page
        self.stack.addWidget(page)

    def _build_confirm(self) -> None:
        page = _ConfirmPage()
        page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        mark = plain_label("✓", "huge", page)
        mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.confirm_text = plain_label("", "h1", page)
        self.confirm_text.setObjectName("confirmText")
        self.confirm_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nxt = plain_label("", "body", page)
        nxt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_hint = nxt
        lay = QVBoxLayout(page)
        lay.addStretch(1)
        lay.addWidget(mark)
        lay.addWidget(self.confirm_text)
        lay.addSpacing(24)
        lay.addWidget(nxt)
        lay.addStretch(2)
        page.tapped.connect(self.start_person)
        self.confirm_page = page
        self.stack.addWidget(page)

    def _show(self, name: str) -> None:
        page = {"closed": self.closed_page, "group": self.group_page,
                "answer": self.answer_page, "confirm": self.confirm_page}[name]
        self.stack.setCurrentWidget(page)
        self.page_changed.emit(name)

    def page_name(self) -> str:
        current = self.stack.currentWidget()
        return {self.closed_page: "closed", self.group_page: "group",
                self.answer_page: "answer", self.confirm_page: "confirm"}[current]

    # -- workshop context ------------------------------------------------------------------
    def reload_workshop(self) -> None:
        ws = self.doc.workshops.get()
        self.language = ws.language or "de"
        settings = ws.settings or {}
        self.groups = list(ws.stakeholder_groups or []) if settings.get(
            "ask_stakeholder_group", True) else []
        self.categories = list(ws.note_categories or [])
        self.confirm_seconds = float(settings.get("confirm_seconds", CONFIRM_SECONDS))
        self._build_group_tiles()

    def _build_group_tiles(self) -> None:
        while self.group_tiles_box.count():
            item = self.group_tiles_box.takeAt(0)
            if item.layout() is not None:
                while item.layout().count():
                    w = item.layout().takeAt(0).widget()
                    if w is not None:
                        w.setParent(None)
                        w.deleteLater()
        tiles = []
        for g in self.groups:
            tile = TileButton(localized(g, self.language), self.group_page)
            tile.setObjectName(f"group:{g.get('key')}")
            tile.setAccessibleDescription(self.tr(
                "Your answer is counted for this group too. A group of fewer than 5 people "
                "is never shown on its own."))
            tile.clicked.connect(lambda _=False, k=g.get("key"): self.choose_group(k))
            tiles.append(tile)
        skip = TileButton(self.tr("Prefer not to say"), self.group_page)
        skip.setObjectName("group:none")
        skip.setAccessibleDescription(self.tr("Answer without naming a group."))
        skip.clicked.connect(lambda: self.choose_group(None))
        tiles.append(skip)
        self.group_tiles_box.addLayout(tile_grid(tiles, 2 if len(tiles) > 3 else 1))

    # -- the activity ------------------------------------------------------------------------
    def set_activity(self, spec: ActivitySpec | None) -> None:
        """Show ``spec``; a person who is answering the same open activity keeps going."""
        same = self.spec is not None and spec is not None and spec.id == self.spec.id
        self.spec = spec
        if spec is None or spec.state is not ActivityState.OPEN:
            self.reset_timer.stop()
            self._discard_answer()
            self.closed_prompt.setText(spec.prompt if spec else "")
            self.closed_options.setText(_overview(spec))
            if spec is None:
                text = ""
            elif spec.state is ActivityState.DRAFT:
                text = self.tr("Voting opens soon.")
            else:
                text = self.tr("Voting is closed. Thank you!")
            self.closed_message.setText(text)
            self._show("closed")
            return
        if same and self.page_name() != "closed":
            return
        self.start_person()

    def start_person(self) -> None:
        """A clean screen for the next person."""
        self.reset_timer.stop()
        self._discard_answer()
        self.group = None
        if self.spec is None or self.spec.state is not ActivityState.OPEN:
            self._show("closed")
            return
        if self.groups:
            self._show("group")
            focus_first(self.group_page)
        else:
            self._new_answer()

    def choose_group(self, key: str | None) -> None:
        self.group = key
        self._new_answer()

    def _back(self) -> None:
        if self.groups:
            self._discard_answer()
            self._show("group")

    def _new_answer(self) -> None:
        spec = self.spec
        assert spec is not None
        self._discard_answer()
        # Made on this page, so that it speaks the shared screen's language from the start.
        widget = make_answer_widget(spec, language=self.language,
                                    note_categories=self.categories, parent=self.answer_page)
        widget.changed.connect(self._answer_changed)
        self.scroll.setWidget(widget)
        self.answer_widget = widget
        self.prompt.setText(spec.prompt)
        self.hint.setText(widget.hint())
        self.back.setVisible(bool(self.groups))
        self.submit_button.setText(self.tr("Save my note") if kind_of(spec.kind).collects_notes
                                   else self.tr("Submit my answer"))
        self.error.setText("")
        self._answer_changed()
        self._show("answer")
        focus_first(widget)

    def _discard_answer(self) -> None:
        if self.answer_widget is not None:
            self.scroll.takeWidget()
            self.answer_widget.setParent(None)
            self.answer_widget.deleteLater()
            self.answer_widget = None

    def _answer_changed(self) -> None:
        w = self.answer_widget
        complete = w is not None and w.answer() is not None
        self.submit_button.setEnabled(complete)
        self.status.setText(w.status() if w is not None else "")
        if complete:
            self.error.setText("")

    # -- submitting ---------------------------------------------------------------------------
    def submit(self) -> None:
        spec, w = self.spec, self.answer_widget
        if spec is None or w is None:
            return
        answer = w.answer()
        if answer is None:
            self.error.setText(self.tr("Your answer is not complete yet."))
            return
        try:
            if kind_of(spec.kind).collects_notes:
                # Ballots are refused by the core once voting closes; notes are
                # checked here against the file, not against this screen's copy.
                if ActivityState(self.doc.workshops.activity(spec.id).state) \
                        is not ActivityState.OPEN:
                    self.error.setText(self.tr("This activity is closed."))
                    return
                saved = self.doc.notes.add_note(
                    answer["text"], answer["category"], scenario_id=spec.scenario_id,
                    activity_id=spec.id, source=Source.SCREEN, stakeholder_group=self.group,
                ).id
                topic = "notes"
            else:
                saved = self.doc.ballots.cast_ballot(spec.id, answer,
                                                     stakeholder_group=self.group,
                                                     source=Source.SCREEN)
                topic = "ballots"
        except StudioError as err:
            with core_words(self):  # the message in the shared screen's language
                self.error.setText(err.user_message())
            return
        # Committed: only now thank the person, and leave nothing of the answer behind.
        self._discard_answer()
        self._confirmed = topic
        self._retranslate_confirmation()
        self._show("confirm")
        self.confirm_page.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reset_timer.start(round(self.confirm_seconds * 1000))
        self.submitted.emit(saved)
        self.doc.notify(topic)


def _overview(spec: ActivitySpec | None) -> str:
    """The options of an activity as plain lines, to present it before voting opens."""
    if spec is None:
        return ""
    return answer_widget_class(spec.kind).overview(spec)


def focus_first(parent: QWidget) -> None:
    """Put the keyboard focus on the first control of ``parent`` (visible focus ring)."""
    for w in parent.findChildren(QWidget):
        if w.isVisibleTo(parent) and w.isEnabled() and \
                w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            w.setFocus(Qt.FocusReason.TabFocusReason)
            return
