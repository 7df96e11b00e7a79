"""Work-arounds for bugs of the Qt binding, applied once when ``studio.ui`` is imported.

PySide6 6.12.0 on Python 3.11 returns ``None`` from every void C++ method
(``QLabel.setText``, ``QPainter.setPen``, …) without taking a reference to
it, so ``None``'s reference count drops by one per call until the interpreter
aborts with "Fatal Python error: none_dealloc" (after ~5,000 calls in a fresh
process; a workshop makes millions). Python 3.12+ made ``None`` immortal, so
the bug is harmless there. On older Pythons we give ``None`` the same
practically-immortal reference count; ``None`` is never deallocated anyway.
"""

from __future__ import annotations

import ctypes
import sys

_IMMORTAL = 1 << 40


def immortalize_none() -> None:
    """Raise None's reference count far out of reach (no-op on Python ≥ 3.12)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _IMMORTAL:
        refcount.value += _IMMORTAL
