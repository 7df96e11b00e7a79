"""What the window says about where a workshop file is and who else has it open.

- another Co-Design Studio has the file open (its lock file names host and
  process): offer a read-only copy instead;
- the file is on a network drive: say that it runs in the slower, safe journal
  mode and that a local copy is better for a live session, before the first vote;
- the open workshop is a read-only copy: say that changes are not possible.

Texts translate in the context "FileNotices".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

CONTEXT = "FileNotices"


def offer_read_only(parent: QWidget | None, exc: Exception) -> bool:
    """For a workshop that another app has open: True when the user wants a read-only copy."""
    if getattr(exc, "owner", None) is None:  # only the "in use" error carries the lock owner
        return False
    tr = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Warning, tr(CONTEXT, "Workshop in use"),
                      exc.user_message(), QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("workshopInUseBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(tr(
        CONTEXT, "A read-only copy shows the workshop as it is now; you can look at it and"
        " export it, but not change it."))
    read_only = box.addButton(tr(CONTEXT, "Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
    read_only.setObjectName("openReadOnlyButton")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is read_only


def tell_about_file(parent: QWidget | None, store: object) -> None:
    """Say what the user must know about the opened file (network drive, read-only copy)."""
    tr = QCoreApplication.translate
    texts = []
    if getattr(store, "read_only", False):
        texts.append(tr(
            CONTEXT, "This is a read-only copy of the workshop: another app has it open."
            " Changes cannot be saved here; export it if you need the data."))
    network = getattr(store, "network_fs", None)
    if network:
        texts.append(tr(
            CONTEXT, "This workshop is on a network drive ({fs}). The app writes it in a slower,"
            " safe mode there, and a dropped connection interrupts the session. For a live"
            " workshop, save a copy on this computer (File → Save As) and copy it back"
            " afterwards.").format(fs=network))
    if not texts:
        return
    box = QMessageBox(QMessageBox.Icon.Information, tr(CONTEXT, "About this workshop file"),
                      "\n\n".join(texts), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("fileNoticeBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
