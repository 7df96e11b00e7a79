"""Test set-up shared by the whole suite.

- Qt runs offscreen (set here, so `pytest` alone works on a machine without a display).
- Tests never touch the user's real settings or data (QStandardPaths test mode, temp dirs).
- Tests that use `qtbot` are marked `gui` automatically: `pytest -m "not gui"` runs the core alone.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")
os.environ.setdefault("MPLBACKEND", "Agg")
# Tests never speak: loading a real speech engine logs Qt warnings where none is
# installed. tests/test_speech.py chooses its engines explicitly.
os.environ.setdefault("STUDIO_TTS_ENGINE", "none")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

import studio.ui.i18n  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def english_texts(qapp):
    """Tests read the English texts, with English plural forms ("3 notes", not "3 note(s)"),
    whichever test happens to run first."""
    studio.ui.i18n.install("en")
    yield


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session", autouse=True)
def _isolated_qt_settings(tmp_path_factory):
    """Point QSettings and QStandardPaths at a temporary home for the whole run."""
    home = tmp_path_factory.mktemp("home")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_DOCUMENTS_DIR"] = str(home / "documents")
    try:
        from PySide6.QtCore import QStandardPaths
    except ImportError:  # core-only environment
        yield
        return
    QStandardPaths.setTestModeEnabled(True)
    yield


@pytest.fixture
def store():
    """An in-memory workshop store with one workshop."""
    from studio.core.workshops import WorkshopService
    from studio.store.database import WorkshopStore

    st = WorkshopStore.memory()
    WorkshopService(st).create_workshop("Testworkshop")
    yield st
    st.close()


@pytest.fixture
def file_store(tmp_path):
    """A workshop file on disk with one workshop."""
    from studio.core.workshops import WorkshopService
    from studio.store.database import WorkshopStore

    st = WorkshopStore.create(tmp_path / "test.workshop")
    WorkshopService(st).create_workshop("Testworkshop")
    yield st
    st.close()


@pytest.fixture(scope="session")
def pg_server():
    """A throw-away PostgreSQL cluster for the whole run (tests/pg_support.py), or a skip."""
    from pg_support import start_server

    with start_server() as server:
        yield server
