"""Rate limits of the phone server: token buckets per device and per network address.

Addresses live only in memory, for this purpose, and are forgotten when idle: they
are never written to the workshop file or a log.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Requests allowed per second (``rate``) and at once (``burst``)."""

    #: Answers (POST) per device.
    device_rate: float = 2.0
    device_burst: int = 8
    #: All requests per network address (one phone each in a room; a test client more).
    address_rate: float = 20.0
    address_burst: int = 60
    #: Room-code guesses per address and minute.
    code_per_minute: int = 10
    #: Largest request body in bytes (a note is at most 500 characters).
    max_body: int = 16 * 1024


class RateLimiter:
    """Token buckets keyed by anything hashable; thread-safe, bounded in memory."""

    def __init__(self, rate: float, burst: int, max_keys: int = 20_000) -> None:
        self.rate = rate
        self.burst = burst
        self.max_keys = max_keys
        self._buckets: dict[object, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: object, cost: float = 1.0) -> float:
        """0.0 when allowed (and counted), else the seconds until it would be."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= cost:
                self._buckets[key] = (tokens - cost, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            if len(self._buckets) > self.max_keys:
                self._forget_idle(now)
            return (cost - tokens) / self.rate if self.rate else 60.0

    def _forget_idle(self, now: float) -> None:
        full = self.burst / self.rate if self.rate else 0.0
        for key in [k for k, (_, last) in self._buckets.items() if now - last > full]:
            del self._buckets[key]
