"""QR codes for the join screen (segno, pure Python): the join URL and a Wi-Fi login."""

from __future__ import annotations

import io

import segno
from segno import helpers

SECURITY = ("WPA", "WEP", "nopass")


def qr_png(data: str, scale: int = 10, border: int = 4) -> bytes:
    """A PNG of ``data`` as a QR code (black on white, quiet zone included)."""
    out = io.BytesIO()
    segno.make(data, error="m", micro=False).save(out, kind="png", scale=scale, border=border,
                                                  dark="#000000", light="#ffffff")
    return out.getvalue()


def wifi_data(ssid: str, password: str = "", security: str = "WPA",
              hidden: bool = False) -> str:
    """The ``WIFI:`` text phones read to join a network (special characters escaped)."""
    if security not in SECURITY:
        raise ValueError(security)
    return helpers.make_wifi_data(ssid=ssid, password=password or None,
                                  security=None if security == "nopass" else security,
                                  hidden=hidden)
