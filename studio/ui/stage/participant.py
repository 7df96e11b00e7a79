"""The participant flow on the shared screen, one person after the other.

group (optional, self-declared, asked once per person) → answer with large
targets → explicit submit → confirmation shown only after the ballot (or note)
is committed → reset for the next person after a few seconds or a tap. The
answer widget is destroyed after each submit, so nothing of one person's answer
remains for the next.

A person keeps their group until "next person" (a tap on the confirmation, or
its timeout): another note, or the next activity opened while they are still
there, does not ask again. The next person can start only after a short pause
with a visible countdown, and the console is warned when ballots come in faster
than people can answer: one person cannot stuff the ballot box unnoticed. A
write the file cannot take (full disk, read-only file) is said on both screens;
the answer stays on screen to be submitted again, and nothing is confirmed.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studio.base.errors import StudioError, WriteError
from studio.core.kinds import ActivityState, Source, localized
from studio.core.kinds.registry import kind_of
from studio.core.participation import Pacing
from studio.ui.i18n import StageLanguageMixin, core_words
from studio.ui.stage.answer_base import AnswerWidget, make_answer_widget, plain_label, tile_grid
from studio.ui.stage.answers import answer_widget_class
from studio.ui.widgets.agenda_spec import ActivitySpec
from studio.ui.stage.tiles import TileButton

CONFIRM_SECONDS = 5
log = logging.getLogger(__name__)


class _ConfirmPage(QWidget):
    """Thank-you page; a tap or a key press anywhere calls the next person.

    While ``waiting`` (the pause before the next person) taps and keys do nothing.
    """

    tapped = Signal()
    waiting = False

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()
        if not self.waiting:
            self.tapped.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if not self.waiting:
                self.tapped.emit()
        else:
            super().keyPressEvent(event)


class ParticipantFlow(StageLanguageMixin, QWidget):
    """One activity's voting on the shared screen, in the shared screen's language.

    Signals:
        submitted(str): a ballot (or note) id, emitted after it is committed and
            the confirmation is on screen.
        page_changed(str): "closed", "group", "answer" or "confirm".
        console_message(str, bool): a line for the facilitator's console in the
            app's language, and whether it is an error or warning (a failed write,
            ballots coming in too fast).
    """

    submitted = Signal(str)
    page_changed = Signal(str)
    console_message = Signal(str, bool)

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantFlow")
        self.doc = document
        self.spec: ActivitySpec | None = None
        self.group: str | None = None
        self._group_known = False  # this person has answered the group question
        self._asks_group_cache: tuple[str, bool] | None = None
        self.answer_widget: AnswerWidget | None = None
        self.language = "de"
        self.groups: list[dict[str, str]] = []
        self.categories: list[dict[str, str]] = []
        self.confirm_seconds = CONFIRM_SECONDS
        self.pacing = Pacing()
        self._confirmed = ""  # "notes" or "ballots": what the confirmation thanks for
        self._confirmed_for = ""  # the activity the confirmation is for
        self._burst_warned: dict[str, float] = {}  # activity id → when the console was warned
        self._recent: dict[str, list[float]] = {}  # activity id → times of confirmed ballots

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
        # The pause before the next person can start, with a countdown on screen.
        self.pause_timer = QTimer(self)
        self.pause_timer.setObjectName("nextPersonPauseTimer")
        self.pause_timer.setSingleShot(True)
        self.pause_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.pause_timer.timeout.connect(self._pause_over)
        self.countdown_timer = QTimer(self)
        self.countdown_timer.setObjectName("nextPersonCountdownTimer")
        self.countdown_timer.setInterval(250)
        self.countdown_timer.timeout.connect(self._show_next_hint)
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
        self.another_button.setText(self.tr("Write another note"))
        self.another_button.setAccessibleDescription(self.tr(
            "For the same person: you are not asked for your group again."))
        self._show_next_hint()
        self._show_person()
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
        self.person = plain_label("", "small", page)
        self.person.setObjectName("answerGroup")
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
        lay.addWidget(self.person)
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
        nxt.setObjectName("nextPersonHint")
        nxt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_hint = nxt
        self.another_button = TileButton("", page, align=Qt.AlignmentFlag.AlignCenter)
        self.another_button.setObjectName("anotherNote")
        self.another_button.clicked.connect(self.same_person_again)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.another_button, 2)
        row.addStretch(1)
        lay = QVBoxLayout(page)
        lay.addStretch(1)
        lay.addWidget(mark)
        lay.addWidget(self.confirm_text)
        lay.addSpacing(24)
        lay.addWidget(nxt)
        lay.addSpacing(12)
        lay.addLayout(row)
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
        self.pacing = self.doc.participation.pacing()
        self._asks_group_cache = None
        self._build_group_tiles()
        if self.page_name() == "group" and not self.asks_group():
            self._continue()  # the facilitator switched the question off meanwhile

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
        lines = 3.2 if len(self.groups) < 6 else 2.4  # taller when few: no half-empty screen
        for g in self.groups:
            tile = TileButton(localized(g, self.language), self.group_page, lines=lines)
            tile.setObjectName(f"group:{g.get('key')}")
            tile.setAccessibleDescription(self.tr(
                "Your answer is counted for this group too. A group of fewer than 5 people "
                "is never shown on its own."))
            tile.clicked.connect(lambda _=False, k=g.get("key"): self.choose_group(k))
            tiles.append(tile)
        skip = TileButton(self.tr("Prefer not to say"), self.group_page, lines=lines)
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
            self._end_pause()
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
        if self.page_name() == "confirm" and self.pause_timer.isActive():
            return  # the pause runs out first; then the next person starts on this one
        self._continue()  # the same person (if still there) goes on, without the group again

    def asks_group(self) -> bool:
        """Whether the current activity asks for the stakeholder group."""
        if not self.groups or self.spec is None:
            return False
        known = self._asks_group_cache
        if known is None or known[0] != self.spec.id:  # read once per activity, not per vote
            known = (self.spec.id, self.doc.participation.group_question(self.spec.id).asked)
            self._asks_group_cache = known
        return known[1]

    def start_person(self) -> None:
        """A clean screen for the next person (who is asked for their group again)."""
        self.group = None
        self._group_known = False
        self._continue()

    def same_person_again(self) -> None:
        """The same person answers once more (another note): the group is kept."""
        if not self.pause_timer.isActive():
            self._continue()

    def _continue(self) -> None:
        self.reset_timer.stop()
        self._end_pause()
        self._discard_answer()
        if self.spec is None or self.spec.state is not ActivityState.OPEN:
            self._show("closed")
            return
        if self.asks_group() and not self._group_known:
            self._show("group")
            focus_first(self.group_page)
        else:
            self._new_answer()

    def choose_group(self, key: str | None) -> None:
        self.group = key
        self._group_known = True
        self._new_answer()

    def _back(self) -> None:
        if self.asks_group():
            self._discard_answer()
            self._group_known = False
            self._show("group")

    def _show_person(self) -> None:
        """Which group the answer counts for (so that nobody answers under another's)."""
        if self.spec is None or not self.asks_group():
            self.person.setText("")
            self.person.setVisible(False)
            return
        name = next((localized(g, self.language) for g in self.groups
                     if g.get("key") == self.group), None)
        self.person.setText(self.tr("Your group: {group}").format(group=name) if name
                            else self.tr("Your group: not given"))
        self.person.setVisible(True)

    def _new_answer(self) -> None:
        spec = self.spec
        assert spec is not None
        self._discard_answer()
        # Made on this page, so that it speaks the shared screen's language from the start.
        categories = self.categories
        if kind_of(spec.kind).collects_notes:  # only the kinds of note the plan allows here
            categories = self.doc.notes.activity_categories(spec.id)
        widget = make_answer_widget(spec, language=self.language,
                                    note_categories=categories, parent=self.answer_page)
        widget.changed.connect(self._answer_changed)
        self.scroll.setWidget(widget)
        self.answer_widget = widget
        self.prompt.setText(spec.prompt)
        self.hint.setText(widget.hint())
        self.back.setVisible(self.asks_group())
        self._show_person()
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
        group = self.group if self.asks_group() else None
        try:
            if kind_of(spec.kind).collects_notes:
                # Ballots are refused by the core once voting closes; notes are
                # checked here against the file, not against this screen's copy.
                if not self.doc.workshops.activity(spec.id).open:
                    self.error.setText(self.tr("This activity is closed."))
                    return
                saved = self.doc.notes.add_note(
                    answer["text"], answer["category"], scenario_id=spec.scenario_id,
                    activity_id=spec.id, source=Source.SCREEN, stakeholder_group=group,
                ).id
                topic = "notes"
            else:
                saved = self.doc.ballots.cast_ballot(spec.id, answer,
                                                     stakeholder_group=group,
                                                     source=Source.SCREEN)
                topic = "ballots"
        except WriteError as err:
            self._not_saved(err.user_message())
            return
        except StudioError as err:
            with core_words(self):  # the message in the shared screen's language
                self.error.setText(err.user_message())
            return
        except Exception as err:  # a kiosk must never confirm what failed
            log.exception("saving an answer on the shared screen failed")
            self._not_saved(f"{type(err).__name__}: {err}")
            return
        # Committed: only now thank the person, and leave nothing of the answer behind.
        self._discard_answer()
        self._confirmed = topic
        self._confirmed_for = spec.id
        self._retranslate_confirmation()
        self.another_button.setVisible(topic == "notes")
        self._start_pause()
        self._show("confirm")
        self.confirm_page.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reset_timer.start(round(max(self.confirm_seconds,
                                         self.pacing.next_person_seconds) * 1000))
        self.submitted.emit(saved)
        self.doc.notify(topic)
        if topic == "ballots":
            self._check_pace(spec.id)

    def _not_saved(self, detail: str) -> None:
        """A write failed: say so on both screens; the answer stays for another try."""
        self.error.setText(self.tr(
            "Your answer was NOT saved. Please press the button again, or ask the "
            "facilitator."))
        self.console_message.emit(QCoreApplication.translate(
            "ParticipantFlow", "An answer on the shared screen was NOT saved: {detail}").format(
            detail=detail), True)
        self.submit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the pace ---------------------------------------------------------------------------------
    def _start_pause(self) -> None:
        ms = round(self.pacing.next_person_seconds * 1000)
        if ms <= 0:
            self._end_pause()
            return
        self.confirm_page.waiting = True
        self.another_button.setEnabled(False)
        self.pause_timer.start(ms)
        self.countdown_timer.start()
        self._show_next_hint()

    def _end_pause(self) -> None:
        self.pause_timer.stop()
        self.countdown_timer.stop()
        self.confirm_page.waiting = False
        self.another_button.setEnabled(True)
        self._show_next_hint()

    def _pause_over(self) -> None:
        self._end_pause()
        # An activity opened during the pause: the person goes on with it now.
        if self.page_name() == "confirm" and self.spec is not None \
                and self.spec.state is ActivityState.OPEN and self.spec.id != self._confirmed_for:
            self._continue()

    def ready_for_next(self) -> bool:
        """Whether the next person may start (the pause after a submit is over)."""
        return not self.pause_timer.isActive()

    def _show_next_hint(self) -> None:
        if self.pause_timer.isActive():
            left = max(1, -(-(self.pause_timer.remainingTime() - 100) // 1000))
            self.next_hint.setText(self.tr("The next person can start in %n second(s).", "",
                                           left))
        else:
            self.next_hint.setText(self.tr("Next person: tap the screen."))

    def _check_pace(self, activity_id: str) -> None:
        """Warn the console when ballots come in faster than people can answer."""
        # Counted here, from this screen's own confirmations: no query on the ballot's path.
        now = time.monotonic()
        recent = [t for t in self._recent.get(activity_id, [])
                  if now - t <= self.pacing.burst_seconds]
        recent.append(now)
        self._recent[activity_id] = recent
        n = len(recent) if len(recent) > self.pacing.burst_ballots else 0
        if not n or now - self._burst_warned.get(activity_id, -1e9) < \
                self.pacing.burst_seconds:
            return
        self._burst_warned[activity_id] = now
        self.console_message.emit(QCoreApplication.translate(
            "ParticipantFlow",
            "{n} ballots in the last {seconds} seconds: faster than people can answer. "
            "Please look at the shared screen; Undo last ballot takes back the latest.").format(
            n=n, seconds=round(self.pacing.burst_seconds)), True)


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
