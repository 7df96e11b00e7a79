"""What a results chart of an activity needs, read through the services.

Kept apart from the widget so the console, the shared screen and tests get the
same numbers: the result, the per-group split (small groups already folded),
and the display labels in the workshop's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from studio.core.kinds import ActivityKind, localized
from studio.core.results import ActivityResult, OptionResult
from studio.ui.session.spec import ActivitySpec


@dataclass
class ChartInput:
    result: ActivityResult
    groups: dict[str, ActivityResult] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    language: str = "de"
    split_refused: bool = False  # a split was asked for but groups are too small


def notes_result(doc: Any, spec: ActivitySpec, categories: list[dict[str, str]],
                 language: str) -> ActivityResult:
    """Visible notes of a notes activity, counted per category."""
    notes = [n for n in doc.notes.notes(include_hidden=False, scenario_id=spec.scenario_id)
             if n.activity_id == spec.id and not n.merged_into_id]
    res = ActivityResult(kind=ActivityKind.NOTES, n=len(notes), n_ballots=len(notes))
    counts: dict[str, int] = {}
    for n in notes:
        counts[n.category] = counts.get(n.category, 0) + 1
    for cat in categories:
        key = cat.get("key", "")
        count = counts.get(key, 0)
        label = f"{cat.get('symbol', '')} {localized(cat, language)}".strip()
        res.options.append(OptionResult(key, label, count, count / len(notes) if notes else 0.0))
    return res


def chart_input(doc: Any, spec: ActivitySpec, split: bool = False) -> ChartInput:
    ws = doc.workshops.get()
    language = ws.language or "de"
    labels: dict[str, str] = {}
    for g in ws.stakeholder_groups or []:
        labels[g.get("key", "")] = localized(g, language)
    for key in ("x_label", "y_label", "x_low", "x_high", "y_low", "y_high"):
        if spec.settings.get(key):
            labels[key] = str(spec.settings[key])
    if spec.kind is ActivityKind.NOTES:
        result = notes_result(doc, spec, list(ws.note_categories or []), language)
        return ChartInput(result, {}, labels, language)
    result = doc.results.result(spec.id)
    groups: dict[str, ActivityResult] = {}
    refused = False
    if split:
        groups = doc.results.by_group(spec.id)
        refused = not groups
    return ChartInput(result, groups, labels, language, refused)
