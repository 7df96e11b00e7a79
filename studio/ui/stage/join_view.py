"""The join screen on the shared screen: a large QR code of the join URL, the URL as
text, a short room code for typing, and optionally a second QR code for the Wi-Fi.

The QR codes are drawn from segno's PNG at whole-pixel scale (sharp edges, readable by
a phone's camera from the back of a room), black on white whatever the theme, with
their quiet zone.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from studio.ui.i18n import StageLanguageMixin
from studio.ui.widgets.labels import plain_label


@dataclass(frozen=True)
class JoinInfo:
    """What the join screen shows."""

    url: str
    code: str
    wifi_ssid: str = ""
    wifi_data: str = ""  # the WIFI: text of the second QR code ("" for none)


class QrLabel(QLabel):
    """A QR code scaled by whole pixels to fit the space it is given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setStyleSheet("background: #ffffff;")

    def set_data(self, data: str) -> None:
        from studio.phones.qr import qr_png  # segno loads when a join screen is first shown

        self._source = QPixmap()
        self._source.loadFromData(qr_png(data, scale=1, border=4), "PNG")
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._source.isNull():
            self.clear()
            return
        side = self._source.width()
        scale = max(1, min(self.width(), self.height()) // side)
        self.setPixmap(self._source.scaled(side * scale, side * scale,
                                           Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.FastTransformation))


class JoinView(StageLanguageMixin, QWidget):
    """How to join on a phone: scan, or type the address and the room code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageJoin")
        self.info: JoinInfo | None = None
        self.title = plain_label("", self, role="h1", object_name="joinTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr = QrLabel(self)
        self.qr.setObjectName("joinQr")
        self.scan = plain_label("", self, role="h2")
        self.url = plain_label("", self, role="h2", object_name="joinUrl", selectable=True)
        self.code_label = plain_label("", self, role="body")
        self.code = plain_label("", self, role="huge", object_name="joinCode", wrap=False)
        self.wifi_qr = QrLabel(self)
        self.wifi_qr.setObjectName("wifiQr")
        self.wifi_text = plain_label("", self, role="body", object_name="wifiText")
        self.no_phone = plain_label("", self, role="small")

        side = QVBoxLayout()
        side.addStretch(1)
        side.addWidget(self.scan)
        side.addWidget(self.url)
        side.addSpacing(16)
        side.addWidget(self.code_label)
        side.addWidget(self.code)
        side.addSpacing(16)
        self.wifi_box = QWidget(self)
        wl = QHBoxLayout(self.wifi_box)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(self.wifi_qr, 1)
        wl.addWidget(self.wifi_text, 2)
        side.addWidget(self.wifi_box, 2)
        side.addWidget(self.no_phone)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.qr, 5)
        row.addSpacing(32)
        row.addLayout(side, 6)
        root = QVBoxLayout(self)
        root.addWidget(self.title)
        root.addLayout(row, 1)
        self.retranslate()

    def set_info(self, info: JoinInfo | None) -> None:
        self.info = info
        if info is None:
            return
        self.qr.set_data(info.url)
        self.url.setText(info.url)
        self.code.setText(" ".join((info.code[:3], info.code[3:])))
        self.code.setAccessibleName(" ".join(info.code))
        self.wifi_box.setVisible(bool(info.wifi_data))
        if info.wifi_data:
            self.wifi_qr.set_data(info.wifi_data)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Vote on your phone"))
        self.qr.setAccessibleName(self.tr("QR code of the address to join"))
        self.scan.setText(self.tr("Scan the code with your phone's camera, or open:"))
        self.code_label.setText(self.tr("Room code (if the page asks for it):"))
        self.wifi_qr.setAccessibleName(self.tr("QR code to join the Wi-Fi"))
        ssid = self.info.wifi_ssid if self.info else ""
        self.wifi_text.setText(self.tr("First join the Wi-Fi “{name}”: scan this code.")
                               .format(name=ssid))
        self.no_phone.setText(self.tr("No phone? Vote here on the shared screen, as before. "
                                      "Nothing leaves this room: no internet, no account."))
