"""What a results chart of an activity needs, read through the services.

Kept apart from the widget so the console, the shared screen and tests get the
same numbers: the result, the per-group split (small groups already folded),
and the display labels in the workshop's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from studio.core.kinds import localized
from studio.core.kinds.notes import notes_by_category
from studio.core.kinds.registry import kind_of
from studio.core.read_models import Result
from studio.ui.widgets.agenda_spec import ActivitySpec


@dataclass
class ChartInput:
    result: Result
    groups: dict[str, Result] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    language: str = "de"
    split_refused: bool = False  # a split was asked for but groups are too small


def notes_result(doc: Any, spec: ActivitySpec, categories: list[dict[str, str]],
                 language: str) -> Result:
    """Visible notes of a notes activity, counted per category."""
    notes = [n for n in doc.notes.notes(include_hidden=False, scenario_id=spec.scenario_id)
             if n.activity_id == spec.id and not n.merged_into_id]
    return Result.from_result(
        notes_by_category([n.category for n in notes], categories, language))


def chart_input(doc: Any, spec: ActivitySpec, split: bool = False) -> ChartInput:
    ws = doc.workshops.get()
    language = ws.language or "de"
    labels: dict[str, str] = {}
    for g in ws.stakeholder_groups or []:
        labels[g.get("key", "")] = localized(g, language)
    for key in ("x_label", "y_label", "x_low", "x_high", "y_low", "y_high"):
        if spec.settings.get(key):
            labels[key] = str(spec.settings[key])
    if kind_of(spec.kind).collects_notes:
        result = notes_result(doc, spec, list(ws.note_categories or []), language)
        return ChartInput(result, {}, labels, language)
    result = doc.results.result(spec.id)
    groups: dict[str, Result] = {}
    refused = False
    if split:
        groups = doc.results.by_group(spec.id)
        refused = not groups
    return ChartInput(result, groups, labels, language, refused)
