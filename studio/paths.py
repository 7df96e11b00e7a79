"""Where the app finds its resources and keeps the user's files.

Resources (scenario cards, translations, icons, styles) are read through
``importlib.resources`` from the package ``studio.resources``, which is the
top-level ``resources/`` folder installed (or bundled by PyInstaller) under
that name. Run from a checkout, the checkout's own ``resources/`` is used.

Workshop files go to ``sessions/`` when run from a checkout, otherwise to the
user's documents folder (``Co-Design Studio``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[1]


def _is_checkout() -> bool:
    return (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "resources").is_dir()


@cache
def resource_dir() -> Path:
    """The folder holding scenarios/, translations/, icons/, styles/."""
    if _is_checkout():
        return _CHECKOUT / "resources"
    if getattr(sys, "frozen", False):  # PyInstaller one-folder bundle
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "studio" / "resources"
    from importlib.resources import files

    return Path(str(files("studio.resources")))


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def sessions_dir() -> Path:
    """Default folder for workshop files and plans."""
    if _is_checkout():
        folder = _CHECKOUT / "sessions"
    else:
        from platformdirs import user_documents_dir

        folder = Path(user_documents_dir()) / "Co-Design Studio"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def bundled_plans_dir() -> Path:
    """Example plans shipped with the app (sessions/ of the checkout, copied into bundles)."""
    if _is_checkout():
        return _CHECKOUT / "sessions"
    return resource_dir() / "plans"


def user_cards_dir() -> Path:
    """Folder for scenario cards the user made or imported (``sessions/scenarios/`` in a checkout).

    Installed, the cards live in the per-user data folder so that an update of the
    app never overwrites them. Bundled cards stay read-only in ``resource("scenarios")``.
    """
    if _is_checkout():
        folder = _CHECKOUT / "sessions" / "scenarios"
    else:
        from platformdirs import user_data_dir

        folder = Path(user_data_dir("Co-Design Studio", appauthor=False)) / "scenarios"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
