"""Which address of this laptop phones should use (the Wi-Fi's or the hotspot's)."""

from __future__ import annotations

import ipaddress
import socket


def default_address() -> str | None:
    """The laptop's address on its main network, or None when it has none but loopback.

    Asks the system which source address a route to a private network would use: a UDP
    socket that is connected but never sends, so no packet leaves the machine.
    """
    for probe in ("10.255.255.255", "192.168.255.255", "172.31.255.255"):
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
                sock.connect((probe, 9))
                address = sock.getsockname()[0]
        except OSError:
            continue
        if usable(address):
            return address
    try:
        address = socket.gethostbyname(socket.gethostname())
    except OSError:
        return None
    return address if usable(address) else None


def usable(address: str) -> bool:
    """An IPv4 address phones in the room could reach (not loopback, not unspecified)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return ip.version == 4 and not (ip.is_loopback or ip.is_unspecified or ip.is_multicast
                                    or ip.is_link_local)


def is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return address == "localhost"
