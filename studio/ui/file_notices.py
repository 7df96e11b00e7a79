"""What the window says about where a workshop file is and who else has it open.

- another Co-Design Studio has the file open (its lock file names host and
  process): offer a read-only copy instead;
- the file is on a network drive: say that it runs in the slower, safe journal
  mode and that a local copy is better for a live session, before the first vote;
- the open workshop is a read-only copy (another app has it open, or the file
  or its folder cannot be written): say that changes are not saved.

Texts translate in the context "FileNotices".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def offer_read_only(parent: QWidget | None, exc: Exception) -> bool:
    """For a workshop that another app has open: True when the user wants a read-only copy."""
    if getattr(exc, "owner", None) is None:  # only the "in use" error carries the lock owner
        return False
    title = QCoreApplication.translate("FileNotices", "Workshop in use")
    box = QMessageBox(QMessageBox.Icon.Warning, title, exc.user_message(),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("workshopInUseBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(QCoreApplication.translate(
        "FileNotices", "A read-only copy shows the workshop as it is now; you can look at it and"
        " export it, but not change it."))
    read_only = box.addButton(QCoreApplication.translate("FileNotices", "Open &read-only"),
                              QMessageBox.ButtonRole.AcceptRole)
    read_only.setObjectName("openReadOnlyButton")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is read_only


def tell_about_file(parent: QWidget | None, store: object) -> None:
    """Say what the user must know about the opened file (network drive, read-only copy)."""
    texts = []
    if getattr(store, "read_only_reason", None) == "not_writable":
        texts.append(QCoreApplication.translate(
            "FileNotices", "This workshop file cannot be written: the file or its folder is"
            " read-only. It opened as a read-only copy, and nothing is saved to it. To work on the"
            " workshop, save a copy elsewhere (File → Save As)."))
    elif getattr(store, "read_only", False):
        texts.append(QCoreApplication.translate(
            "FileNotices", "This is a read-only copy of the workshop: another app has it open."
            " Changes cannot be saved here; export it if you need the data."))
    network = getattr(store, "network_fs", None)
    if network:
        texts.append(QCoreApplication.translate(
            "FileNotices", "This workshop is on a network drive ({fs}). The app writes it in a"
            " slower, safe mode there, and a dropped connection interrupts the session. For a live"
            " workshop, save a copy on this computer (File → Save As) and copy it back"
            " afterwards.").format(fs=network))
    if not texts:
        return
    title = QCoreApplication.translate("FileNotices", "About this workshop file")
    box = QMessageBox(QMessageBox.Icon.Information, title, "\n\n".join(texts),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("fileNoticeBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
