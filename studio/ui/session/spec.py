"""Plain snapshots of what the session windows show, read through the services.

Widgets keep these small immutable records instead of live ORM objects, so a
refresh is a comparison of values and nothing reaches the database by accident.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from studio.core.kinds import ActivityKind, ActivityState


@dataclass(frozen=True)
class ActivitySpec:
    id: str
    scenario_id: str
    kind: ActivityKind
    prompt: str
    settings: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    options: tuple[tuple[str, str], ...] = ()
    state: ActivityState = ActivityState.DRAFT
    timebox_minutes: int = 0

    @classmethod
    def from_model(cls, act: Any) -> ActivitySpec:
        return cls(
            id=act.id,
            scenario_id=act.scenario_id,
            kind=ActivityKind(act.kind),
            prompt=act.prompt,
            settings=dict(act.settings or {}),
            options=tuple((o.id, o.label) for o in sorted(act.options, key=lambda o: o.position)),
            state=ActivityState(act.state),
            timebox_minutes=act.timebox_minutes or 0,
        )


@dataclass(frozen=True)
class ScenarioSpec:
    id: str
    card: dict[str, Any] = field(compare=False, hash=False)
    activities: tuple[ActivitySpec, ...] = ()


def load_agenda(doc: Any) -> list[ScenarioSpec]:
    """The agenda of ``doc`` (a WorkshopDocument) as snapshots."""
    return [
        ScenarioSpec(
            id=sc.id,
            card=dict(sc.card or {}),
            activities=tuple(ActivitySpec.from_model(a)
                             for a in sorted(sc.activities, key=lambda a: a.position)),
        )
        for sc in doc.workshops.agenda()
    ]


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
