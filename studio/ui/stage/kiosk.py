"""Kiosk safety of the shared screen: the key guard, the console lock, the facilitator PIN.

While the shared screen is in participant mode nobody there can reach the
console, menus, other activities, or close the app: the guard lets through only
the keys needed to answer, swallows context menus and shortcuts, and (with one
display, where the stage covers the console) takes focus back; with two displays
it keeps the pointer on the shared screen. Leaving
participant mode needs the console or the facilitator PIN.

Outside participant mode the same guard turns presentation-remote keys into
commands: PgDn/→/Space next, PgUp/← previous, B or . blank, F5/Esc full screen
(the keys are declared in :mod:`studio.ui.actions`, scope "stage").

In participant mode no key typed on the shared screen triggers any shortcut,
and the console's keys wait for the PIN (:class:`ConsoleLock`): after Alt+Tab
from the participants' keyboard, nothing on the console reacts.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from studio.core.pin_lockout import LockoutState, MemoryPinLockout, delay_after
from studio.ui.actions import stage_command
from studio.ui.i18n import StageLanguageMixin
from studio.ui.stage.answer_base import plain_label
from studio.ui.stage.tiles import TileButton

PIN_KEY = "session/facilitator_pin"
PIN_MIN, PIN_MAX = 4, 8

_ANSWER_KEYS = {
    Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up,
    Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter,
    Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Home, Qt.Key.Key_End,
}
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)


# -- the facilitator PIN ---------------------------------------------------------------------
class PinStore:
    """The facilitator PIN of this machine, kept as a salted hash in QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._qs = settings or QSettings()

    def has_pin(self) -> bool:
        return bool(self._qs.value(PIN_KEY, ""))

    @staticmethod
    def valid(pin: str) -> bool:
        return pin.isdigit() and pin.isascii() and PIN_MIN <= len(pin) <= PIN_MAX

    def set_pin(self, pin: str) -> None:
        if not self.valid(pin):
            raise ValueError(f"a PIN has {PIN_MIN} to {PIN_MAX} digits")
        salt = os.urandom(16)
        self._qs.setValue(PIN_KEY, f"{salt.hex()}:{_hash(pin, salt).hex()}")
        self._qs.sync()

    def check(self, pin: str) -> bool:
        stored = str(self._qs.value(PIN_KEY, "") or "")
        if ":" not in stored:
            return False
        salt_hex, digest_hex = stored.split(":", 1)
        try:
            salt, digest = bytes.fromhex(salt_hex), bytes.fromhex(digest_hex)
        except ValueError:
            return False
        return hmac.compare_digest(_hash(pin, salt), digest)


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 60_000)


_PROCESS_LOCKOUT = MemoryPinLockout()  # a pad without a workshop


class PinDialog(StageLanguageMixin, QDialog):
    """A touch keypad on the shared screen that asks for the facilitator PIN.

    Accepted only with the right PIN. After each wrong PIN the pad waits longer
    (``studio.core.pin_lockout``); the count belongs to the session, so closing
    and opening the pad again, or restarting the app, starts no fresh tries.
    It is on the shared screen, so it speaks that screen's language.

    Signals:
        console_message(str, bool): a wrong PIN, for the console (app's language).
    """

    console_message = Signal(str, bool)

    def __init__(self, store: PinStore, parent: QWidget | None = None, *,
                 lockout=None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setModal(True)
        self.store = store
        self.lockout = lockout if lockout is not None else _PROCESS_LOCKOUT
        self.entered = ""
        self.display = plain_label("", "h1", self, wrap=False)
        self.display.setObjectName("pinDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = plain_label("", "body", self)
        self.message.setObjectName("pinMessage")
        grid = QGridLayout()
        self.keys: list[TileButton] = []
        for i, label in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]):
            tile = TileButton(label, self, align=Qt.AlignmentFlag.AlignCenter,
                              primary=label == "OK")
            tile.setObjectName(f"pin:{label}")
            tile.clicked.connect(lambda _=False, k=label: self.press(k))
            grid.addWidget(tile, i // 3, i % 3)
            self.keys.append(tile)
        cancel = TileButton("", self, align=Qt.AlignmentFlag.AlignCenter)
        cancel.setObjectName("pin:cancel")
        cancel.clicked.connect(self.reject)
        self.cancel = cancel
        lay = QVBoxLayout(self)
        lay.addWidget(self.message)
        lay.addWidget(self.display)
        lay.addLayout(grid)
        lay.addWidget(cancel)
        self.unlock_timer = QTimer(self)
        self.unlock_timer.setObjectName("pinLockoutTimer")
        self.unlock_timer.setSingleShot(True)
        self.unlock_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.unlock_timer.timeout.connect(self._unlock)
        self.countdown = QTimer(self)
        self.countdown.setObjectName("pinCountdownTimer")
        self.countdown.setInterval(250)
        self.countdown.timeout.connect(lambda: self._say(self._message))
        self._message = "enter"
        self.retranslate()
        self._sync()
        self._lock(self.lockout.state(), "locked")  # earlier wrong PINs still count

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Facilitator PIN"))
        for tile in self.keys:
            tile.setAccessibleDescription(self.tr("A key of the PIN pad."))
            if tile.text() == "⌫":
                tile.setAccessibleName(self.tr("Delete last digit"))
            elif tile.text() == "OK":
                tile.setAccessibleName(self.tr("Confirm PIN"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleDescription(self.tr(
            "Closes the PIN pad; participant mode stays on."))
        self._say(self._message)

    def _say(self, message: str) -> None:
        self._message = message
        if not self.unlock_timer.isActive():
            message = "enter" if message == "locked" else message
        wait = max(1, -(-(self.unlock_timer.remainingTime() - 100) // 1000))
        self.message.setText({
            "locked": self.tr("Too many wrong PINs. Try again in %n second(s).", "", wait),
            "wrong": self.tr("Wrong PIN. Try again in %n second(s).", "", wait),
            "again": self.tr("Wrong PIN. Try again."),
        }.get(message) or self.tr("Enter the facilitator PIN to leave participant mode."))

    def _sync(self) -> None:
        self.display.setText("●" * len(self.entered) if self.entered else "–")

    def press(self, key: str) -> None:
        if self.unlock_timer.isActive():
            return
        if key == "⌫":
            self.entered = self.entered[:-1]
        elif key == "OK":
            self._try()
            return
        elif len(self.entered) < PIN_MAX:
            self.entered += key
        self._sync()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("⌫")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("OK")
        else:
            super().keyPressEvent(event)

    @property
    def tries(self) -> int:
        """Wrong PINs in a row, in this session (not only in this pad)."""
        return self.lockout.state().failures

    def _try(self) -> None:
        if self.lockout.state().wait_s() > 0:
            return  # still waiting (the keys are off; a key event may come anyway)
        if self.store.check(self.entered):
            self.lockout.record_success()
            self.accept()
            return
        self.entered = ""
        self._sync()
        state = self.lockout.record_failure()
        self.console_message.emit(QCoreApplication.translate(
            "PinDialog", "A wrong facilitator PIN was entered on the shared screen "
            "({n} in a row). The PIN pad now waits {seconds} s before the next try.").format(
            n=state.failures, seconds=round(delay_after(state.failures))), True)
        self._lock(state, "wrong")

    def _lock(self, state: LockoutState, message: str) -> None:
        """Turn the keys off until the session's lockout is over."""
        ms = round(state.wait_s() * 1000)
        if ms <= 0:
            self._say("again" if message == "wrong" else "enter")
            return
        for k in self.keys:
            k.setEnabled(False)
        self.unlock_timer.start(ms)
        self.countdown.start()
        self._say(message)

    def _unlock(self) -> None:
        self.countdown.stop()
        for k in self.keys:
            k.setEnabled(True)
        self._say("again" if self._message == "wrong" else "enter")


# -- the key guard ---------------------------------------------------------------------------
class StageGuard(QObject):
    """Application event filter for the shared-screen window.

    Signals:
        remote(str): a presentation-remote command outside participant mode:
            "next", "previous", "blank", "fullscreen_on" or "fullscreen_off".
    """

    remote = Signal(str)

    def __init__(self, stage: QWidget, answering: Callable[[], bool]) -> None:
        super().__init__(stage)
        self.stage = stage
        self.answering = answering
        self._participant_mode = False
        self.reclaim_focus = False  # one display: the stage must stay in front
        self.blocked = 0  # keys and events refused in participant mode (for the console)
        # Two displays: a passed-around mouse must not wander onto the console.
        self._confine = QTimer(self)
        self._confine.setObjectName("stageCursorConfinement")
        self._confine.setInterval(30)
        self._confine.timeout.connect(self.keep_cursor_on_stage)
        QApplication.instance().installEventFilter(self)
        stage.destroyed.connect(self._remove)

    @property
    def participant_mode(self) -> bool:
        return self._participant_mode

    @participant_mode.setter
    def participant_mode(self, on: bool) -> None:
        self._participant_mode = bool(on)
        if self._participant_mode:
            self._confine.start()
        else:
            self._confine.stop()

    def keep_cursor_on_stage(self) -> None:
        """In participant mode with two displays, pull the pointer back onto the stage.

        The facilitator leaves participant mode with the laptop's keyboard
        (the console's shortcut) or the PIN on the shared screen.
        """
        if not self._participant_mode or self.reclaim_focus or not self.stage.isVisible():
            return
        area = self.stage.frameGeometry()
        pos = QCursor.pos()
        if area.contains(pos):
            return
        x = min(max(pos.x(), area.left() + 1), area.right() - 1)
        y = min(max(pos.y(), area.top() + 1), area.bottom() - 1)
        QCursor.setPos(x, y)
        self.blocked += 1

    def _remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        et = event.type()
        if et not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride,
                      QEvent.Type.ContextMenu, QEvent.Type.WindowDeactivate):
            return False
        if not isinstance(obj, QWidget) or obj.window() is not self.stage:
            return False
        if et == QEvent.Type.WindowDeactivate:
            if self.participant_mode and self.reclaim_focus and obj is self.stage:
                QTimer.singleShot(0, self._reclaim)
            return False
        if et == QEvent.Type.ContextMenu:
            if self.participant_mode:
                self.blocked += 1
                return True
            return False
        assert isinstance(event, QKeyEvent)
        if self.participant_mode:
            if et == QEvent.Type.ShortcutOverride:
                # No key typed on the shared screen may trigger a shortcut (the console's
                # or the window's): the key goes to the widget, or is refused below.
                event.accept()
                return True
            if self._answer_key(event):
                return False
            event.accept()
            self.blocked += 1
            return True
        command = self._command(event, obj)
        if command is None:
            return False
        event.accept()
        if et == QEvent.Type.KeyPress and not event.isAutoRepeat():
            self.remote.emit(command)
        return True

    @staticmethod
    def _answer_key(event: QKeyEvent) -> bool:
        if event.modifiers() & _COMMAND_MODIFIERS:
            return False
        key = event.key()
        if key in _ANSWER_KEYS:
            return True
        text = event.text()
        return bool(text) and text.isprintable() and key not in (Qt.Key.Key_Escape,)

    def _command(self, event: QKeyEvent, receiver: QWidget) -> str | None:
        """The remote command of a key (keys from the action registry, scope "stage").

        Keys that type or answer stay with the person typing or answering: while
        a text field has the focus, B and "." are letters; while someone
        answers, arrows and Space move between the answers. PgUp/PgDn, F5 and
        Esc always work.
        """
        command = stage_command(event.key(), event.modifiers())
        if command is None:
            return None
        text_input = (QLineEdit, QPlainTextEdit, QTextEdit)
        typing = isinstance(receiver, text_input) or isinstance(
            self.stage.focusWidget(), text_input) or isinstance(
            receiver.parent(), text_input)  # the viewport of a text edit
        types_text = bool(event.text()) and event.text().isprintable()
        if typing and (types_text or event.key() in _ANSWER_KEYS):
            return None
        if event.key() in _ANSWER_KEYS and self.answering():
            return None
        return command

    def _reclaim(self) -> None:
        if self.participant_mode and self.stage.isVisible():
            self.stage.raise_()
            self.stage.activateWindow()


# -- the console's keys in participant mode --------------------------------------------------
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
                  Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock}


_INPUT_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin,
                 QEvent.Type.TabletPress)


class ConsoleLock(QObject):
    """Application event filter: in participant mode the console's keys wait for the PIN.

    One computer cannot tell the facilitator's keyboard from the participants':
    after Alt+Tab from the shared screen, any key would reach the console. So in
    participant mode every key typed into the console's window is refused until
    the facilitator PIN is entered there (the first key asks for it); the lock
    returns whenever someone uses the shared screen again (a key, a click, a
    touch). The pointer is not locked: a click on the console's own buttons is
    the facilitator's (a passed-around mouse is kept on the shared screen).

    Signals:
        unlock_requested(): a key reached the locked console: ask for the PIN.
        locked_changed(bool): the console's keys were locked or unlocked.
    """

    unlock_requested = Signal()
    locked_changed = Signal(bool)

    def __init__(self, console: QWidget, stage: QWidget) -> None:
        super().__init__(console)
        self.console = console
        self.stage = stage
        self._active = False
        self.locked = False
        self.refused = 0  # keys refused on the console (for the tests and the log)
        QApplication.instance().installEventFilter(self)
        console.destroyed.connect(self._remove)

    def _remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @property
    def participant_mode(self) -> bool:
        return self._active

    def set_participant_mode(self, on: bool) -> None:
        self._active = bool(on)
        self._set_locked(self._active)

    def unlock(self) -> None:
        self._set_locked(False)

    def _set_locked(self, on: bool) -> None:
        if on != self.locked:
            self.locked = on
            self.locked_changed.emit(on)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._active:
            return False
        et = event.type()
        if et in _INPUT_EVENTS:
            if isinstance(obj, QWidget) and obj.window() is self.stage:
                self._set_locked(True)  # someone used the shared screen: lock again
                return False
        if not self.locked or et not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(obj, QWidget) or obj.window() is not self.console.window():
            return False  # the shared screen has its own guard; dialogs are their own windows
        event.accept()
        assert isinstance(event, QKeyEvent)
        if et == QEvent.Type.KeyPress and event.key() not in _MODIFIER_KEYS:
            self.refused += 1
            if not event.isAutoRepeat():
                self.unlock_requested.emit()
        return True
