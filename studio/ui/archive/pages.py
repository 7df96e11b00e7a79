"""The analysis tabs of the archive window (after its workshops tab)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


def build(window: Any) -> list[QWidget]:
    """The analysis tabs, in order. Each has ``tab_title()``, ``reload()``, ``retranslate()``."""
    from studio.ui.archive.analysis_tabs import NotesTab, PilotsTab, StatementsTab
    from studio.ui.archive.recommendations import RecommendationsTab

    window.recommendations = RecommendationsTab(window)
    window.pilots = PilotsTab(window)
    window.statements = StatementsTab(window)
    window.notes = NotesTab(window)
    return [window.pilots, window.statements, window.notes, window.recommendations]
