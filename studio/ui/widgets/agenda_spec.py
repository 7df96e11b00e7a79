"""Plain snapshots of what the session windows show, read through the services.

Widgets keep these small immutable records (defined in the core's session
model, :mod:`studio.core.session_state`) instead of live ORM objects, so a
refresh is a comparison of values and nothing reaches the database by accident.
"""

from __future__ import annotations

from typing import Any

from studio.core.session_state import ActivitySpec, ScenarioSpec, read_agenda

__all__ = ["ActivitySpec", "ScenarioSpec", "card_title", "load_agenda", "localized"]


def load_agenda(doc: Any) -> list[ScenarioSpec]:
    """The agenda of ``doc`` (a WorkshopDocument) as snapshots."""
    return list(read_agenda(doc.workshops))


def localized(value: Any, language: str) -> str:
    """Text of a card field in ``language``, falling back to the other language.

    A field may be a string, a ``{"de": ..., "en": ...}`` dict, or a list of
    either (shown as bullet lines). Anything else is shown as text.
    """
    if value is None:
        return ""
    if isinstance(value, dict):
        other = "en" if language == "de" else "de"
        picked = value.get(language) or value.get(other)
        if picked is None:
            picked = next((v for v in value.values() if v), "")
        return localized(picked, language)
    if isinstance(value, (list, tuple)):
        items = [localized(v, language) for v in value]
        return "\n".join(f"• {t}" for t in items if t)
    return str(value).strip()


def card_title(card: dict[str, Any], language: str) -> str:
    return localized(card.get("title"), language) or str(card.get("id", ""))
