"""The scenario a note belongs to, as a choice in a combo box (capture, filter, details).

Item data is the scenario id; ``NO_SCENARIO`` ("") stands for notes about the workshop
as a whole. Titles are the cards' titles in the workshop's language (plain text).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

NO_SCENARIO = ""


def fill_scenarios(combo: QComboBox, scenarios: list[tuple[str, str]], none_label: str,
                   current: str | None, *, first: tuple[str, object] | None = None) -> None:
    """Offer ``scenarios`` ((id, title) in agenda order) and "none"; select ``current``.

    ``first`` adds an entry before them (e.g. "All scenarios" in a filter).
    """
    combo.blockSignals(True)
    try:
        combo.clear()
        if first is not None:
            combo.addItem(first[0], first[1])
        for number, (scenario_id, title) in enumerate(scenarios, 1):
            combo.addItem(f"{number}. {title}", scenario_id)
        combo.addItem(none_label, NO_SCENARIO)
        if current is None and first is not None:
            index = 0  # the entry before the scenarios ("All scenarios")
        else:
            index = combo.findData(NO_SCENARIO if current is None else current)
        combo.setCurrentIndex(max(0, index))
    finally:
        combo.blockSignals(False)


def chosen_scenario(combo: QComboBox) -> str | None:
    """The chosen scenario id; None for "none" (the workshop as a whole)."""
    value = combo.currentData()
    return None if value in (None, NO_SCENARIO) else str(value)
