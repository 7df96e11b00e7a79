"""Sticky notes: participants write notes (hopes, concerns, ideas, …), no ballots.

Notes go through the NoteService, not the BallotService; the live result counts
the visible notes per category.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from studio.base.i18n import QT_TRANSLATE_NOOP, words_in
from studio.core.kinds import ActivityKind, localized
from studio.core.kinds.base import ActivityResult, Kind, OptionResult, ResponseRow, fail


class Notes(Kind):
    kind = ActivityKind.NOTES
    label_text = QT_TRANSLATE_NOOP("Kinds", "Sticky notes")
    collects_notes = True
    setting_keys = ("categories",)

    def answer_rows(self, settings: Mapping[str, Any], option_ids: list[str],
                    answer: dict[str, Any]) -> list[ResponseRow]:
        raise fail(QT_TRANSLATE_NOOP("Errors", "This activity collects notes, not votes."))

    def speech(self, options: list[str], settings: Mapping[str, Any], language: str) -> str:
        return words_in(language).translate("ReadAloud", "Write your thoughts on a note.")


def notes_by_category(note_categories: list[str], categories: list[dict[str, str]],
                 language: str) -> ActivityResult:
    """The result of a notes activity: its notes (given by their category keys) counted
    per category, in the order and with the symbols of ``categories``."""
    total = len(note_categories)
    res = ActivityResult(kind=ActivityKind.NOTES, n=total, n_ballots=total)
    counts: dict[str, int] = {}
    for key in note_categories:
        counts[key] = counts.get(key, 0) + 1
    for cat in categories:
        key = cat.get("key", "")
        count = counts.get(key, 0)
        label = f"{cat.get('symbol', '')} {localized(cat, language)}".strip()
        res.options.append(OptionResult(key, label, count, count / total if total else 0.0))
    return res


KIND = Notes()
