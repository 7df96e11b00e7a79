"""The analysis tabs of the archive window (after its workshops tab)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


def build(window: Any) -> list[QWidget]:
    """The analysis tabs, in order. Each has ``tab_title()``, ``reload()``, ``retranslate()``."""
    from studio.ui.archive.recommendations import RecommendationsTab

    window.recommendations = RecommendationsTab(window)
    return [window.recommendations]
