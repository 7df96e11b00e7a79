"""The installed Qt binding must be sound: a long workshop makes millions of Qt calls."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(20000):
    label.setText("x")
    label.update()
print(sys.getrefcount(None) - before)
"""


def test_qt_calls_do_not_leak_references_to_none():
    """PySide6 6.12.0 on Python 3.11 loses a reference to None per call until Python aborts."""
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    assert abs(int(out.stdout.strip().splitlines()[-1])) < 100
