"""Starting the GUI: one QApplication, translations, the main window.

The window is shown before anything heavy is imported; a workshop given on the
command line is opened right after the first paint.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

_T0 = time.perf_counter()


def _qt_message(_mode, _context, message: str) -> None:
    # A platform without windows (offscreen, as on a machine with no display) says for
    # every window that it cannot raise or resize it: noise on the CLI's standard error.
    if message.startswith("This plugin does not support"):
        return
    sys.stderr.write(message + "\n")


def create_application(argv: list[str] | None = None):
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from studio import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__

    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationVersion(__version__)
    return app


def _set_window_icon() -> None:
    from PySide6.QtWidgets import QApplication

    from studio.ui.icons import app_icon

    QApplication.instance().setWindowIcon(app_icon())


def _open_with_phones(app, window, path: Path, phones: tuple[str, int]) -> None:
    """Open the workshop, start the phone server, say where phones join (or exit 2)."""
    import sys

    if not window.open_path(path):
        print(f"studio: {path} could not be opened, so no phones can join.", file=sys.stderr,
              flush=True)
        app.exit(2)
        return
    page = next((p for p in window.pages if p.objectName() == "sessionPage"), None)
    if window.tabs is not None:
        window.tabs.setCurrentWidget(page)  # the room is about to vote: the console is up
    controller = page.phones
    message: list[str] = []
    controller.failed.connect(message.append)
    address, port = phones
    if not controller.start(address, port, fallback=False):
        print(f"studio: {message[0] if message else 'the phone server did not start.'}",
              file=sys.stderr, flush=True)
        app.exit(2)
        return
    print(f"Join: {controller.server.url}", flush=True)


def _open_archive(app, window, target: str) -> None:
    """Open the archive's analysis window over the main window (or exit 2)."""
    import sys

    opened = window.open_archive(target)
    if os.environ.get("STUDIO_EXIT_AFTER_SHOW"):
        print(f"archive {opened is not None}", flush=True)
        app.exit(0 if opened is not None else 2)
        return
    if opened is None:
        print(f"studio: the archive {target} could not be opened.", file=sys.stderr, flush=True)
        app.exit(2)


def run(path: Path | None = None, language: str | None = None,
        phones: tuple[str, int] | None = None, archive: str | None = None) -> int:
    """Open the app (on ``path``); ``phones``: start the phone server on (address, port)
    once the workshop is open, and print ``Join: URL`` on standard output."""
    from PySide6.QtCore import QTimer

    app = create_application()
    from studio.ui import i18n
    from studio.ui.main_window import MainWindow, open_later
    from studio.ui.settings import Settings

    settings = Settings()
    settings.language = i18n.install(language or settings.language)
    from studio.ui.theme import apply_theme

    # The first frame needs the palette; the focus ring comes right after it.
    settings.theme = apply_theme(app, settings.theme, settings.font_scale, style=False)
    window = MainWindow(settings)
    window.show()
    # The SVG icon engine (QtSvg) is not needed for the first frame.
    QTimer.singleShot(0, _set_window_icon)
    if os.environ.get("STUDIO_EXIT_AFTER_SHOW"):
        # For the start-up benchmark and smoke tests: report when the first
        # frame is up, then quit.
        def shown() -> None:
            print(f"shown {time.perf_counter() - _T0:.4f}", flush=True)
            if path is None:
                app.quit()

        QTimer.singleShot(0, shown)
    if archive is not None:
        QTimer.singleShot(0, lambda: _open_archive(app, window, archive))
    elif path is not None and phones is not None:
        QTimer.singleShot(0, lambda: _open_with_phones(app, window, path, phones))
    elif path is not None:
        open_later(window, path)
        if os.environ.get("STUDIO_EXIT_AFTER_SHOW"):
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: (
                print(f"opened {window.document is not None}", flush=True), app.quit())))
    return app.exec()
