"""The console's phone channel: start and stop the phone server, show who joined and
answered, lock joining, put the join screen on the shared screen.

The server (:mod:`studio.phones.server`) runs in a thread of its own; this module only
starts it, stops it and reads its counters. Phones' answers reach the console's counter
through the one session model, like the shared screen's.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.base.errors import StudioError
from studio.core.kinds import Source
from studio.core.session_events import CurrentChanged, NotesChanged, StageChanged
from studio.phones.network import default_address, is_loopback
from studio.ui.stage.join_view import JoinInfo
from studio.ui.layouts import WrapGrid
from studio.ui.widgets.labels import plain_label

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765


def interface_choices() -> list[tuple[str, str]]:
    """``(address, label)`` of this laptop's IPv4 addresses phones could reach, the
    default first, then "this laptop only" (127.0.0.1) for trying it out."""
    from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface

    found: list[tuple[str, str]] = []
    for iface in QNetworkInterface.allInterfaces():
        flags = iface.flags()
        if not (flags & QNetworkInterface.InterfaceFlag.IsUp
                and flags & QNetworkInterface.InterfaceFlag.IsRunning) \
                or flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            continue
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            address = ip.toString()
            if QHostAddress(address).isLinkLocal():
                continue
            found.append((address, f"{iface.humanReadableName()} – {address}"))
    preferred = default_address()
    found.sort(key=lambda pair: (pair[0] != preferred, pair[1]))
    found.append(("127.0.0.1", QCoreApplication.translate(
        "PhoneSettingsDialog", "This laptop only (to try it out) – 127.0.0.1")))
    return found


class PhoneController(QObject):
    """Owns the phone channel and server of the open workshop while phones are on.

    Signals:
        changed(): the server started or stopped, or its counters moved.
        failed(str): the server could not start (the message says why).
    """

    changed = Signal()
    failed = Signal(str)
    started = Signal(str)

    def __init__(self, document: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self.channel: Any = None  # studio.core.phone_channel.PhoneChannel while on
        self.server: Any = None  # studio.phones.server.PhoneServer while on
        self.address = ""
        self.port = DEFAULT_PORT
        self.lock_joins = False
        self.show_results = False
        self.limits = None  # the server's defaults (a benchmark raises the per-address ones)
        settings = QSettings()
        self.wifi_ssid = str(settings.value("phones/wifi_ssid", "") or "")
        self.wifi_password = str(settings.value("phones/wifi_password", "") or "")
        self.wifi_security = str(settings.value("phones/wifi_security", "WPA") or "WPA")
        self._poll = QTimer(self)
        self._poll.setInterval(2000)
        self._poll.timeout.connect(self.changed)

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    def start(self, address: str | None = None, port: int | None = None, *,
              fallback: bool = True) -> bool:
        """Start the server on ``address:port`` (defaults: the chosen ones). False on failure
        (``failed`` says why). ``fallback``: a taken port gives way to any free one."""
        if self.running:
            return True
        # The server's modules (aiohttp) load when phones are first switched on, not with
        # the console: most workshops never use them.
        from studio.core.phone_channel import PhoneChannel
        from studio.phones.server import PhoneServer

        address = address or self.address or default_address() or "127.0.0.1"
        port = self.port if port is None else port
        channel = PhoneChannel(self.doc.store, self.doc.session)
        channel.join_locked = self.lock_joins
        channel.show_results = self.show_results
        server = PhoneServer(channel, address, port, limits=self.limits)
        try:
            url = server.start()
        except StudioError as err:
            if port and fallback:  # the port is taken: any free one will do, the QR code carries it
                server = PhoneServer(channel, address, 0, limits=self.limits)
                try:
                    url = server.start()
                except StudioError:
                    channel.close()
                    self.failed.emit(err.user_message())
                    return False
            else:
                channel.close()
                self.failed.emit(err.user_message())
                return False
        self.channel, self.server, self.address = channel, server, address
        self._poll.start()
        self.started.emit(url)
        self.changed.emit()
        return True

    def stop(self) -> None:
        """Stop the server (phones see the page stop following); queued answers are saved."""
        self._poll.stop()
        server, channel = self.server, self.channel
        self.server = self.channel = None
        if server is not None:
            server.stop()
        if channel is not None:
            channel.close()
        self.changed.emit()

    def set_lock_joins(self, on: bool) -> None:
        self.lock_joins = on
        if self.channel is not None:
            self.channel.set_join_locked(on)
        self.changed.emit()

    def set_show_results(self, on: bool) -> None:
        self.show_results = on
        if self.channel is not None:
            self.channel.set_show_results(on)
        self.changed.emit()

    def set_wifi(self, ssid: str, password: str, security: str) -> None:
        self.wifi_ssid, self.wifi_password, self.wifi_security = ssid, password, security
        settings = QSettings()
        settings.setValue("phones/wifi_ssid", ssid)
        settings.setValue("phones/wifi_password", password)
        settings.setValue("phones/wifi_security", security)
        self.changed.emit()

    def join_info(self) -> JoinInfo | None:
        if not self.running:
            return None
        assert self.server is not None
        from studio.phones.qr import wifi_data

        data = ""
        if self.wifi_ssid.strip():
            data = wifi_data(self.wifi_ssid, self.wifi_password, self.wifi_security)
        return JoinInfo(self.server.url, self.server.code, self.wifi_ssid, data)

    def connected(self) -> int:
        return self.channel.connected() if self.channel is not None else 0


class PhoneSettingsDialog(QDialog):
    """Which network phones join on, the port, and the Wi-Fi for the second QR code."""

    def __init__(self, controller: PhoneController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phones: network and Wi-Fi"))
        self.network = QComboBox(self)
        self.network.setObjectName("phoneNetwork")
        for address, label in interface_choices():
            self.network.addItem(label, address)
        index = self.network.findData(controller.address)
        if index >= 0:
            self.network.setCurrentIndex(index)
        self.port = QSpinBox(self)
        self.port.setObjectName("phonePort")
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("any free port"))
        self.port.setValue(controller.port)
        self.ssid = QLineEdit(controller.wifi_ssid, self)
        self.ssid.setObjectName("wifiName")
        self.password = QLineEdit(controller.wifi_password, self)
        self.password.setObjectName("wifiPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.security = QComboBox(self)
        self.security.setObjectName("wifiSecurity")
        for value, label in (("WPA", "WPA/WPA2/WPA3"), ("WEP", "WEP"),
                             ("nopass", self.tr("No password"))):
            self.security.addItem(label, value)
        self.security.setCurrentIndex(max(0, self.security.findData(controller.wifi_security)))
        form = QFormLayout()
        form.addRow(self.tr("&Network phones join on:"), self.network)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(plain_label(self.tr(
            "Optional: the Wi-Fi of the laptop's hotspot or the travel router. The join "
            "screen then shows a second QR code that joins it."), self))
        form.addRow(self.tr("Wi-Fi &name (SSID):"), self.ssid)
        form.addRow(self.tr("Wi-Fi pass&word:"), self.password)
        form.addRow(self.tr("&Security:"), self.security)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        for widget, name in ((self.network, self.tr("Network phones join on")),
                             (self.port, self.tr("Port")), (self.ssid, self.tr("Wi-Fi name")),
                             (self.password, self.tr("Wi-Fi password")),
                             (self.security, self.tr("Wi-Fi security"))):
            widget.setAccessibleName(name)

    def apply(self, controller: PhoneController) -> None:
        controller.address = self.network.currentData() or ""
        controller.port = self.port.value()
        controller.set_wifi(self.ssid.text().strip(), self.password.text(),
                            self.security.currentData() or "WPA")


class PhonesBox(QGroupBox):
    """The console's phone panel: on/off, address and room code, counters, options."""

    def __init__(self, page: Any, controller: PhoneController, actions: dict[str, Any],
                 tool_button: Any) -> None:
        super().__init__(page)
        self.setObjectName("phonesBox")
        self.page = page
        self.controller = controller
        self.address = plain_label("", self, object_name="phoneAddress", selectable=True)
        self.connected = plain_label("", self, object_name="phoneConnected")
        self.answered = plain_label("", self, object_name="phoneAnswered")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        buttons = WrapGrid(max_columns=2)
        for action_id in ("session.phones", "session.phone_settings"):
            buttons.addWidget(tool_button(actions[action_id], self))
        layout.addLayout(buttons)
        # Shown while phones are on: where to join, who joined and answered, the options.
        self.details = QWidget(self)
        dl = QVBoxLayout(self.details)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(tool_button(actions["session.join_screen"], self.details))
        dl.addWidget(self.address)
        dl.addWidget(self.connected)
        dl.addWidget(self.answered)
        self.lock = QCheckBox(self.details)
        self.lock.setObjectName("lockJoins")
        self.results = QCheckBox(self.details)
        self.results.setObjectName("phoneResults")
        for box, action_id in ((self.lock, "session.lock_joins"),
                               (self.results, "session.phone_results")):
            action = actions[action_id]
            box.toggled.connect(action.setChecked)
            action.toggled.connect(box.setChecked)
            dl.addWidget(box)
        layout.addWidget(self.details)
        self.off_text = plain_label("", self, object_name="phonesOff")
        layout.addWidget(self.off_text)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Phones"))
        self.lock.setText(self.tr("Lock joining (no new phones)"))
        self.lock.setAccessibleDescription(self.tr(
            "Phones that joined stay in; no new phone can join until you untick this."))
        self.results.setText(self.tr("Show revealed results on phones"))
        self.results.setAccessibleDescription(self.tr(
            "Once you reveal an activity's results, phones show them too."))
        self.off_text.setText(self.tr("Off. Phones join over this laptop's network; "
                                      "nothing goes to the internet."))
        self.refresh()

    def refresh(self) -> None:
        c = self.controller
        running = c.running
        self.details.setVisible(running)
        self.off_text.setVisible(not running)
        if not running:
            self.address.setText("")
            return
        assert c.server is not None
        text = self.tr("Join: {url}\nRoom code: {code}").format(url=c.server.url,
                                                                 code=c.server.code)
        if is_loopback(c.server.host):
            text += "\n" + self.tr("Only this laptop can join (127.0.0.1): choose the Wi-Fi "
                                   "network for phones.")
        self.address.setText(text)
        self.connected.setText(self.tr("%n phone(s) connected", "", c.connected()))
        answered = self._answered_text()
        self.answered.setText(answered)
        self.answered.setVisible(bool(answered))

    def _answered_text(self) -> str:
        act = self.page.control.activity
        if act is None:
            return ""
        counts = self.page.control.counts()
        parts = [self.tr("{channel}: {n}").format(channel=Source(src).label, n=n)
                 for src, n in counts.by_source]
        if not parts:
            return self.tr("No answers yet for the current activity.")
        return self.tr("Answered the current activity: {parts}").format(parts=", ".join(parts))


def connect_phones(page: Any) -> PhoneController:
    """Wire the phone actions of the console ``page`` to its controller (``page.phones``)."""
    controller: PhoneController = page.phones
    actions = page.control.actions
    box: PhonesBox = page.phones_box

    def toggle(on: bool) -> None:
        if on and not controller.running:
            if not controller.start():
                actions["session.phones"].setChecked(False)
        elif not on and controller.running:
            actions["session.join_screen"].setChecked(False)
            controller.stop()

    def join_screen(on: bool) -> None:
        if on and not controller.running:
            actions["session.phones"].setChecked(True)  # starts the server
            if not controller.running:
                actions["session.join_screen"].setChecked(False)
                return
        page.stage.set_join(controller.join_info() if on else None)
        if on and not page.stage.isVisible():
            page.show_stage()

    def settings() -> None:
        dialog = PhoneSettingsDialog(controller, page)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.apply(controller)
            if controller.running:  # on the new network or port: start again
                was_join = actions["session.join_screen"].isChecked()
                controller.stop()
                if controller.start() and was_join:
                    page.stage.set_join(controller.join_info())
            elif actions["session.join_screen"].isChecked():
                page.stage.set_join(controller.join_info())

    def changed() -> None:
        box.refresh()
        running = controller.running
        actions["session.phones"].setChecked(running)
        if actions["session.join_screen"].isChecked() and running:
            info = controller.join_info()
            if info != page.stage.join_info:
                page.stage.set_join(info)

    actions["session.phones"].toggled.connect(toggle)
    actions["session.join_screen"].toggled.connect(join_screen)
    actions["session.lock_joins"].toggled.connect(controller.set_lock_joins)
    actions["session.phone_results"].toggled.connect(controller.set_show_results)
    actions["session.phone_settings"].triggered.connect(settings)
    controller.changed.connect(changed)
    # Phones on: the join screen goes up at once (Ctrl+Shift+J takes it down again).
    controller.started.connect(lambda _url: actions["session.join_screen"].setChecked(True))
    controller.failed.connect(lambda text: page._message(text, True))
    page.control.counted.connect(box.refresh)

    def phone_notes(event: object) -> None:
        # A note or dots from a phone: the board tab and the shared screen's board
        # reload as after a note typed here (a window's own changes say so themselves).
        if isinstance(event, NotesChanged) and event.source == Source.PHONE.value \
                and not page.doc.closed:
            page.doc.changed.emit("notes")

    page.doc.session_signals.answersChanged.connect(phone_notes)

    def moved_on(event: object) -> None:
        # The facilitator goes to an item or shows something else: the join screen was an
        # overlay for the start, it gives way (Ctrl+Shift+J brings it back).
        if isinstance(event, (CurrentChanged, StageChanged)) and \
                actions["session.join_screen"].isChecked():
            actions["session.join_screen"].setChecked(False)

    page.doc.session_signals.stateChanged.connect(moved_on)
    page.doc.session_signals.stateChanged.connect(lambda _e: box.refresh())
    box.refresh()
    return controller

