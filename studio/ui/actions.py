"""One action registry: stable ids, translated labels, keys and scopes, declared as data.

Every QAction of the app is built here from its :class:`ActionSpec`: the main
window's menus, the console (run tab), the board tab and the planner. The
shared screen's presentation-remote keys are declared here too; its key guard
reads them. The F1 cheat sheet lists this table, and a test checks that no
two actions that can be active at once share a key.

A scope says where an action's shortcut works:

- ``app``: the main window, whatever tab is open;
- ``run``: the console (the run tab), while the focus is inside it;
- ``board``: the board tab, while the focus is inside it;
- ``planner``: the planner window;
- ``stage``: the shared screen (keys a presentation remote sends).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from typing import NamedTuple

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:  # the Qt namespace costs the first window ~12 ms (PySide builds its enums)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack

from studio.base.i18n import QT_TRANSLATE_NOOP

class StandardKey:
    """A platform's standard key (``QKeySequence.StandardKey``), named, not yet looked up."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StandardKey) and other.name == self.name

    def __hash__(self) -> int:
        return hash(("StandardKey", self.name))

    def __repr__(self) -> str:
        return f"K.{self.name}"


class _StandardKeys:
    """``K.SaveAs`` names a standard key without touching Qt's enums at import: PySide
    builds its enum classes on first use, which cost the first window about 12 ms."""

    def __getattr__(self, name: str) -> StandardKey:
        return StandardKey(name)


K = _StandardKeys()


class Scope(str, Enum):
    APP = "app"
    RUN = "run"
    BOARD = "board"
    PLANNER = "planner"
    STAGE = "stage"
    ARCHIVE = "archive"


# Scopes whose shortcuts can be live at the same moment (a tab's own plus the window's).
ACTIVE_TOGETHER: dict[Scope, frozenset[Scope]] = {
    Scope.APP: frozenset({Scope.APP}),
    Scope.RUN: frozenset({Scope.APP, Scope.RUN}),
    Scope.BOARD: frozenset({Scope.APP, Scope.BOARD}),
    Scope.PLANNER: frozenset({Scope.PLANNER}),
    Scope.STAGE: frozenset({Scope.STAGE}),
    Scope.ARCHIVE: frozenset({Scope.ARCHIVE}),
}

SCOPE_NAMES = {
    Scope.APP: QT_TRANSLATE_NOOP("Actions", "Everywhere"),
    Scope.RUN: QT_TRANSLATE_NOOP("Actions", "Run tab (console)"),
    Scope.BOARD: QT_TRANSLATE_NOOP("Actions", "Board tab"),
    Scope.PLANNER: QT_TRANSLATE_NOOP("Actions", "Planner"),
    Scope.STAGE: QT_TRANSLATE_NOOP("Actions", "Shared screen"),
    Scope.ARCHIVE: QT_TRANSLATE_NOOP("Actions", "Archive window"),
}


class ActionSpec(NamedTuple):  # not a dataclass: that module costs start-up time
    """One action. ``text`` is English, translated in ``context`` (``short`` too)."""

    id: str
    scope: Scope
    context: str
    text: str
    keys: tuple[StandardKey | str, ...] = ()
    icon: str = ""  # name in resources/icons/ (studio.ui.icons)
    short: str = ""  # a shorter label for tool bars
    checkable: bool = False
    local: bool = False  # the shortcut works only inside the widget the action is added to

    def label(self) -> str:
        return QCoreApplication.translate(self.context, self.text)

    def key_sequences(self) -> list[QKeySequence]:
        out: list[QKeySequence] = []
        for key in self.keys:
            if isinstance(key, StandardKey):
                out.extend(QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, key.name)))
            else:
                out.append(QKeySequence(key))
        return out


def _app(id_: str, text: str, *keys: StandardKey | str, icon: str = "") -> ActionSpec:
    return ActionSpec(id_, Scope.APP, "Actions", text, keys, icon)


def _run(id_: str, text: str, *keys: StandardKey | str, checkable: bool = False) -> ActionSpec:
    return ActionSpec(id_, Scope.RUN, "SessionController", text, keys, checkable=checkable)


def _board(id_: str, text: str, *keys: StandardKey | str, icon: str = "", short: str = "",
           checkable: bool = False) -> ActionSpec:
    return ActionSpec(id_, Scope.BOARD, "BoardActions", text, keys, icon, short, checkable)


def _plan(id_: str, text: str, *keys: StandardKey | str, icon: str = "", local: bool = False) -> ActionSpec:
    return ActionSpec(id_, Scope.PLANNER, "PlannerWindow", text, keys, icon, local=local)


def _archive(id_: str, text: str, *keys: StandardKey | str) -> ActionSpec:
    return ActionSpec(id_, Scope.ARCHIVE, "ArchiveWindow", text, keys)


def _stage(id_: str, text: str, *keys: str) -> ActionSpec:
    return ActionSpec(id_, Scope.STAGE, "Actions", text, keys)


SPECS: list[ActionSpec] = [
    # -- the main window (File, View, Help) ----------------------------------------------
    _app("file.new", QT_TRANSLATE_NOOP("Actions", "&New workshop…"), K.New, icon="new"),
    _app("file.open", QT_TRANSLATE_NOOP("Actions", "&Open…"), K.Open, icon="open"),
    _app("file.plan", QT_TRANSLATE_NOOP("Actions", "&Plan a workshop…"), "Ctrl+P", icon="plan"),
    _app("file.demo", QT_TRANSLATE_NOOP("Actions", "Open the &demo workshop")),
    _app("file.save_as", QT_TRANSLATE_NOOP("Actions", "Save &As…"), K.SaveAs, icon="save"),
    _app("file.export", QT_TRANSLATE_NOOP("Actions", "&Export…"), "Ctrl+E", icon="export"),
    _app("file.import", QT_TRANSLATE_NOOP("Actions", "&Import export file…"), icon="import"),
    _app("file.merge", QT_TRANSLATE_NOOP("Actions", "&Merge workshops…"), icon="merge"),
    _app("file.open_archive", QT_TRANSLATE_NOOP("Actions", "Open a&rchive…"), "Ctrl+Shift+O"),
    _app("file.new_archive", QT_TRANSLATE_NOOP("Actions", "New archi&ve…")),
    _app("file.server_archive", QT_TRANSLATE_NOOP("Actions", "Open archive on a &server…")),
    _app("file.close", QT_TRANSLATE_NOOP("Actions", "&Close workshop"), K.Close),
    _app("file.quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), K.Quit),
    _app("view.language_de", QT_TRANSLATE_NOOP("Actions", "Deutsch")),
    _app("view.language_en", QT_TRANSLATE_NOOP("Actions", "English")),
    _app("view.theme_light", QT_TRANSLATE_NOOP("Actions", "&Light")),
    _app("view.theme_dark", QT_TRANSLATE_NOOP("Actions", "&Dark")),
    _app("view.theme_high-contrast", QT_TRANSLATE_NOOP("Actions", "&High contrast")),
    _app("view.text_100", QT_TRANSLATE_NOOP("Actions", "&Normal (100 %)")),
    _app("view.text_125", QT_TRANSLATE_NOOP("Actions", "&Large (125 %)")),
    _app("view.text_150", QT_TRANSLATE_NOOP("Actions", "La&rger (150 %)")),
    _app("view.text_200", QT_TRANSLATE_NOOP("Actions", "Lar&gest (200 %)")),
    _app("help.shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
         K.HelpContents, icon="help"),
    _app("help.about", QT_TRANSLATE_NOOP("Actions", "&About Co-Design Studio")),
    # -- the console (run tab) --------------------------------------------------------------
    # Alt+←/→ as in a browser, plus the PgUp/PgDn a presentation remote sends.
    _run("session.previous", QT_TRANSLATE_NOOP("SessionController", "&Previous item"),
         "Alt+Left", "PgUp"),
    _run("session.next", QT_TRANSLATE_NOOP("SessionController", "&Next item"),
         "Alt+Right", "PgDown"),
    _run("session.show_card", QT_TRANSLATE_NOOP("SessionController", "Show scenario &card"),
         "Ctrl+1"),
    _run("session.show_activity", QT_TRANSLATE_NOOP("SessionController", "Show &activity"),
         "Ctrl+2"),
    _run("session.show_results", QT_TRANSLATE_NOOP("SessionController", "Show &results"), "Ctrl+3"),
    _run("session.show_board", QT_TRANSLATE_NOOP("SessionController", "Show notes &board"),
         "Ctrl+4"),
    _run("session.show_dots", QT_TRANSLATE_NOOP("SessionController", "Start &dot voting"),
         "Ctrl+5"),
    # B and "." as a remote sends them; typing in a text field keeps its letters.
    _run("session.blank", QT_TRANSLATE_NOOP("SessionController", "&Blank screen"),
         "Ctrl+B", "B", ".",
         checkable=True),
    _run("session.open", QT_TRANSLATE_NOOP("SessionController", "&Open voting"), "F6"),
    _run("session.close", QT_TRANSLATE_NOOP("SessionController", "&Close voting"), "F7"),
    _run("session.reveal", QT_TRANSLATE_NOOP("SessionController", "Re&veal results"), "F8"),
    _run("session.undo_ballot", QT_TRANSLATE_NOOP("SessionController", "&Undo last ballot"),
         "Ctrl+Alt+Z"),
    _run("session.reset", QT_TRANSLATE_NOOP("SessionController", "Reset activity…")),
    _run("session.tally", QT_TRANSLATE_NOOP("SessionController", "Enter &tally…"), "Ctrl+T"),
    _run("session.timer", QT_TRANSLATE_NOOP("SessionController", "Start or pause &timer"), "F9"),
    _run("session.timer_extend",
         QT_TRANSLATE_NOOP("SessionController", "&Extend timer by 1 minute"),
         "Shift+F9"),
    _run("session.timer_reset", QT_TRANSLATE_NOOP("SessionController", "Reset ti&mer")),
    _run("session.participant", QT_TRANSLATE_NOOP("SessionController", "&Participant mode"),
         "Ctrl+Shift+P",
         checkable=True),
    # Not Ctrl+Shift+S: that is Save As (the platform's standard key).
    _run("session.stage", QT_TRANSLATE_NOOP("SessionController", "Show &shared screen"),
         "Ctrl+Shift+D",
         checkable=True),
    _run("session.fullscreen", QT_TRANSLATE_NOOP("SessionController", "Shared screen &full screen"),
         "F5",
         checkable=True),
    _run("session.fullscreen_off",
         QT_TRANSLATE_NOOP("SessionController", "Shared screen in a &window"),
         "Esc"),
    _run("session.split", QT_TRANSLATE_NOOP("SessionController", "Split results by &group"),
         "Ctrl+G",
         checkable=True),
    _run("session.set_pin", QT_TRANSLATE_NOOP("SessionController", "Set facilitator P&IN…")),
    _run("session.phones",
         QT_TRANSLATE_NOOP("SessionController", "P&hones: vote over the room's network"),
         "Ctrl+Shift+M", checkable=True),
    _run("session.join_screen", QT_TRANSLATE_NOOP("SessionController", "Show &join screen"),
         "Ctrl+Shift+J", checkable=True),
    _run("session.lock_joins", QT_TRANSLATE_NOOP("SessionController", "&Lock joining"),
         checkable=True),
    _run("session.phone_results",
         QT_TRANSLATE_NOOP("SessionController", "Show revealed results on phones"),
         checkable=True),
    _run("session.phone_settings",
         QT_TRANSLATE_NOOP("SessionController", "Phone network and Wi-Fi…")),
    _run("session.read_aloud",
         QT_TRANSLATE_NOOP("SessionController", "Read &aloud on the shared screen"),
         "Ctrl+R"),
    # -- the archive window ------------------------------------------------------------------
    _archive("archive.add", QT_TRANSLATE_NOOP("ArchiveWindow", "&Add workshops…"), "Ctrl+O"),
    _archive("archive.reload", QT_TRANSLATE_NOOP("ArchiveWindow", "&Reload"), K.Refresh),
    _archive("archive.paper",
             QT_TRANSLATE_NOOP("ArchiveWindow", "Strategy &paper and handbook drafts…"), "Ctrl+P"),
    _archive("archive.feedback",
             QT_TRANSLATE_NOOP("ArchiveWindow", "&Feedback page for participants…")),
    _archive("archive.workbook",
             QT_TRANSLATE_NOOP("ArchiveWindow", "&Merged workbook…"), "Ctrl+E"),
    _archive("archive.close", QT_TRANSLATE_NOOP("ArchiveWindow", "&Close archive"), K.Close),
    # -- the board tab ------------------------------------------------------------------------
    _board("board.undo", QT_TRANSLATE_NOOP("BoardActions", "&Undo"), K.Undo, icon="undo"),
    _board("board.redo", QT_TRANSLATE_NOOP("BoardActions", "&Redo"), K.Redo, icon="redo"),
    _board("board.type", QT_TRANSLATE_NOOP("BoardActions", "&Type a note"), "Ctrl+T", icon="note"),
    _board("board.import", QT_TRANSLATE_NOOP("BoardActions", "&Import notes from CSV/XLSX…"),
           icon="import",
           short=QT_TRANSLATE_NOOP("BoardActions", "Import")),
    _board("board.vocabulary", QT_TRANSLATE_NOOP("BoardActions", "&Categories and tags…")),
    _board("board.edit", QT_TRANSLATE_NOOP("BoardActions", "&Edit note…"), "F2", icon="edit"),
    _board("board.hide", QT_TRANSLATE_NOOP("BoardActions", "&Hide note…"), "Ctrl+H", icon="hide",
           short=QT_TRANSLATE_NOOP("BoardActions", "Hide")),
    _board("board.unhide", QT_TRANSLATE_NOOP("BoardActions", "&Show note again"), "Ctrl+Shift+H"),
    _board("board.redact", QT_TRANSLATE_NOOP("BoardActions", "&Redact personal data")),
    _board("board.merge", QT_TRANSLATE_NOOP("BoardActions", "&Merge duplicates"),
           "Ctrl+M", icon="merge",
           short=QT_TRANSLATE_NOOP("BoardActions", "Merge")),
    _board("board.group", QT_TRANSLATE_NOOP("BoardActions", "&Group selected notes"),
           "Ctrl+G", icon="plus",
           short=QT_TRANSLATE_NOOP("BoardActions", "Group")),
    _board("board.ungroup", QT_TRANSLATE_NOOP("BoardActions", "Take out of &cluster"),
           "Ctrl+Shift+G"),
    _board("board.rename", QT_TRANSLATE_NOOP("BoardActions", "Re&name cluster…"), "Ctrl+R"),
    _board("board.dissolve", QT_TRANSLATE_NOOP("BoardActions", "&Dissolve cluster")),
    _board("board.arrange_category", QT_TRANSLATE_NOOP("BoardActions", "Arrange by ca&tegory"),
           "Ctrl+Shift+A", short=QT_TRANSLATE_NOOP("BoardActions", "By category")),
    _board("board.arrange_cluster", QT_TRANSLATE_NOOP("BoardActions", "Arrange by c&luster"),
           "Ctrl+Shift+L",
           short=QT_TRANSLATE_NOOP("BoardActions", "By cluster")),
    _board("board.zoom_in", QT_TRANSLATE_NOOP("BoardActions", "Zoom &in"), K.ZoomIn),
    _board("board.zoom_out", QT_TRANSLATE_NOOP("BoardActions", "Zoom &out"), K.ZoomOut),
    _board("board.fit", QT_TRANSLATE_NOOP("BoardActions", "&Fit board to window"), "Ctrl+0",
           short=QT_TRANSLATE_NOOP("BoardActions", "Fit")),
    _board("board.find", QT_TRANSLATE_NOOP("BoardActions", "&Find notes"), K.Find),
    _board("board.stage_selection",
           QT_TRANSLATE_NOOP("BoardActions", "Show selection &large on the shared screen"),
           "Ctrl+Shift+F", icon="board", short=QT_TRANSLATE_NOOP("BoardActions", "Show large")),
    _board("board.stage_board",
           QT_TRANSLATE_NOOP("BoardActions", "Show the &whole board on the shared screen"),
           "Ctrl+Shift+B"),
    _board("board.stage_previous",
           QT_TRANSLATE_NOOP("BoardActions", "Pre&vious part on the shared screen"),
           "Alt+PgUp", icon="previous"),
    _board("board.stage_next", QT_TRANSLATE_NOOP("BoardActions", "Ne&xt part on the shared screen"),
           "Alt+PgDown", icon="next"),
    _board("board.show_capture", QT_TRANSLATE_NOOP("BoardActions", "Show the note &entry panel"),
           checkable=True),
    _board("board.show_side", QT_TRANSLATE_NOOP("BoardActions", "Show the note de&tails panel"),
           checkable=True),
    # -- the planner ---------------------------------------------------------------------------
    _plan("plan.new", QT_TRANSLATE_NOOP("PlannerWindow", "&New plan"), K.New),
    _plan("plan.open", QT_TRANSLATE_NOOP("PlannerWindow", "&Open plan…"), K.Open),
    _plan("plan.save", QT_TRANSLATE_NOOP("PlannerWindow", "&Save plan"), K.Save),
    _plan("plan.save_as", QT_TRANSLATE_NOOP("PlannerWindow", "Save plan &as…"), K.SaveAs),
    _plan("plan.create_workshop",
          QT_TRANSLATE_NOOP("PlannerWindow", "&Create workshop from plan…"),
          "Ctrl+Shift+W"),
    _plan("plan.close", QT_TRANSLATE_NOOP("PlannerWindow", "&Close planner"), K.Close),
    _plan("plan.undo", QT_TRANSLATE_NOOP("PlannerWindow", "&Undo"), K.Undo),
    _plan("plan.redo", QT_TRANSLATE_NOOP("PlannerWindow", "&Redo"), K.Redo),
    _plan("agenda.up", QT_TRANSLATE_NOOP("PlannerWindow", "Move &up"), "Alt+Up", local=True),
    _plan("agenda.down", QT_TRANSLATE_NOOP("PlannerWindow", "Move &down"), "Alt+Down", local=True),
    _plan("agenda.remove", QT_TRANSLATE_NOOP("PlannerWindow", "&Remove from agenda"),
          K.Delete, local=True),
    _plan("focus.1", QT_TRANSLATE_NOOP("PlannerWindow", "Go to card library"), "Ctrl+1"),
    _plan("focus.2", QT_TRANSLATE_NOOP("PlannerWindow", "Go to activity templates"), "Ctrl+2"),
    _plan("focus.3", QT_TRANSLATE_NOOP("PlannerWindow", "Go to agenda"), "Ctrl+3"),
    _plan("focus.4", QT_TRANSLATE_NOOP("PlannerWindow", "Go to workshop details"), "Ctrl+4"),
    # -- the shared screen: what a presentation remote sends (see kiosk.StageGuard) -----------
    _stage("stage.next", QT_TRANSLATE_NOOP("Actions", "Next item"), "PgDown", "Right", "Space"),
    _stage("stage.previous", QT_TRANSLATE_NOOP("Actions", "Previous item"), "PgUp", "Left"),
    _stage("stage.blank", QT_TRANSLATE_NOOP("Actions", "Blank screen (black) and back"), "B", "."),
    _stage("stage.fullscreen_on", QT_TRANSLATE_NOOP("Actions", "Full screen"), "F5"),
    _stage("stage.fullscreen_off", QT_TRANSLATE_NOOP("Actions", "Leave full screen"), "Esc"),
]

BY_ID: dict[str, ActionSpec] = {spec.id: spec for spec in SPECS}
assert len(BY_ID) == len(SPECS), "duplicate action id"


def spec(action_id: str) -> ActionSpec:
    return BY_ID[action_id]


def specs_in(scope: Scope) -> list[ActionSpec]:
    return [s for s in SPECS if s.scope is scope]


_MEDIA_KEYS = 0x01000053  # after F35: keys of special keyboards ("Help", "Open", …)


def keys_text(spec_: ActionSpec) -> str:
    """The keys of an action as people type them (special keyboards' keys left out)."""
    shown = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in spec_.key_sequences()
             if k.count() and k[0].key().value < _MEDIA_KEYS]
    return ", ".join(shown)


def tooltip(spec_: ActionSpec) -> str:
    """The label without mnemonic and ellipsis, and its keys in brackets."""
    text = spec_.label().replace("&", "").rstrip("…")
    keys = keys_text(spec_)
    return f"{text} ({keys})" if keys else text


def retranslate_action(action: QAction) -> None:
    """Set an action's texts again from its spec (after a language change)."""
    found = BY_ID.get(action.objectName())
    if found is None:
        return
    action.setText(found.label())
    if found.short:
        action.setIconText(QCoreApplication.translate(found.context, found.short))
    action.setToolTip(tooltip(found))


def install_keys(action: QAction, spec_: ActionSpec) -> None:
    """Give ``action`` the keys of ``spec_`` and the shortcut context of its scope."""
    action.setShortcuts(spec_.key_sequences())
    if spec_.scope in (Scope.RUN, Scope.BOARD) or spec_.local:
        # Only while the focus is inside the tab (or widget): the window's keys stay free.
        from PySide6.QtCore import Qt

        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(tooltip(spec_))


def make_action(action_id: str, parent: QObject, slot: Callable[..., object] | None = None,
                *, keys: bool = True, icons: bool = True,
                action: QAction | None = None) -> QAction:
    """Build (or fill in, with ``action``) the QAction of ``action_id`` from its spec.

    ``slot`` is connected to ``triggered`` (called without arguments unless the
    action is checkable, when it gets the checked state).
    """
    found = BY_ID[action_id]
    if found.scope is Scope.STAGE:
        raise ValueError(f"{action_id}: the shared screen's keys are read by its key guard")
    if action is None:
        action = QAction(parent)
    action.setObjectName(action_id)
    action.setCheckable(found.checkable)
    retranslate_action(action)
    if keys:
        install_keys(action, found)
    if icons and found.icon:
        from studio.ui.icons import icon

        action.setIcon(icon(found.icon))
    if slot is not None:
        if found.checkable:
            action.triggered.connect(lambda checked=False: slot(checked))
        else:
            action.triggered.connect(lambda _checked=False: slot())
    return action


def undo_actions(stack: QUndoStack, undo: QAction, redo: QAction) -> Callable[[], None]:
    """Let ``undo`` and ``redo`` follow ``stack``: enabled when there is something to
    undo or redo, the command's name in the tool tip. The label stays the same,
    so a tool bar does not change its width with every command."""

    def follow() -> None:
        try:
            pairs = ((undo, stack.canUndo(), stack.undoText()),
                     (redo, stack.canRedo(), stack.redoText()))
        except RuntimeError:  # the stack is being destroyed with its window
            return
        for action, can, text in pairs:
            action.setEnabled(can)
            base = tooltip(BY_ID[action.objectName()])
            action.setToolTip(f"{base}: {text}" if can and text else base)

    for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.undoTextChanged,
                   stack.redoTextChanged):
        signal.connect(lambda *_: follow())
    follow()
    return follow  # call it again after retranslating the actions


def stage_command(key: int, modifiers: Qt.KeyboardModifier) -> str | None:
    """The shared-screen command ("next", "previous", "blank", "fullscreen_on",
    "fullscreen_off") that a key press asks for, or None."""
    from PySide6.QtCore import Qt

    mods = modifiers & ~Qt.KeyboardModifier.KeypadModifier
    for found in specs_in(Scope.STAGE):
        for seq in found.key_sequences():
            combo = seq[0]
            if combo.key() == key and combo.keyboardModifiers() == mods:
                return found.id.removeprefix("stage.")
    return None


def shortcut_rows(scopes: Iterable[Scope] | None = None) -> list[tuple[str, str, str]]:
    """(where, action, keys) for every action that has keys: the F1 cheat sheet."""
    wanted = set(scopes) if scopes is not None else set(Scope)
    rows = []
    for found in SPECS:
        if found.scope not in wanted or not found.keys:
            continue
        keys = keys_text(found)
        if not keys:
            continue
        where = QCoreApplication.translate("Actions", SCOPE_NAMES[found.scope])
        rows.append((where, found.label().replace("&", "").rstrip("…"), keys))
    return rows


class ActionRegistry(QObject):
    """The main window's actions (scope ``app``), found by id.

    Keys and icons come right after the first paint (:meth:`install_shortcuts`):
    building a QKeySequence makes PySide create Qt's whole enum namespace
    (~20 ms), and the SVG icon engine is not needed before a menu opens.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        self._shortcuts_installed = False
        for found in specs_in(Scope.APP):
            action = QAction(parent)
            action.setObjectName(found.id)
            self._actions[found.id] = action
        self.retranslate()

    def install_shortcuts(self) -> None:
        if self._shortcuts_installed:
            return
        self._shortcuts_installed = True
        from studio.ui.icons import icon

        for action_id, action in self._actions.items():
            found = BY_ID[action_id]
            install_keys(action, found)
            if found.icon:
                action.setIcon(icon(found.icon))

    def retranslate(self) -> None:
        for action_id, action in self._actions.items():
            found = BY_ID[action_id]
            action.setText(found.label())
            if self._shortcuts_installed:
                action.setToolTip(tooltip(found))
            else:
                action.setToolTip(found.label().replace("&", "").rstrip("…"))

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def connect(self, action_id: str, slot: Callable[..., object]) -> QAction:
        action = self._actions[action_id]
        action.triggered.connect(slot)
        return action

    def all(self) -> list[QAction]:
        return list(self._actions.values())
