"""WorkshopService: the workshop, its agenda of scenarios and activities.

The only door through which the UI, CLI, planner, demo generator and importers
create and change a workshop's structure.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from studio.base.errors import NotFoundError, StateError, ValidationError
from studio.core import read_models as rm
from studio.core.events import log_event
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core.kinds import (
    DEFAULT_NOTE_CATEGORIES,
    DEFAULT_NOTE_TAGS,
    DEFAULT_STAKEHOLDER_GROUPS,
    ActivityKind,
    ActivityState,
)
from studio.core.kinds.registry import kind_of
from studio.store.database import WorkshopStore
from studio.store.models import Activity, Ballot, Option, Response, Scenario, SessionState, Workshop

EDITABLE_FIELDS = (
    "title",
    "date",
    "place",
    "organiser",
    "facilitator",
    "language",
    "stakeholder_groups",
    "note_categories",
    "note_tags",
    "settings",
    "facilitator_notes",
)
DEFAULT_SETTINGS: dict[str, Any] = {"dots_per_participant": 5, "max_dots_per_item": 2}


def _clean_title(title: str) -> str:
    title = " ".join((title or "").split())
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The workshop needs a title."))
    if len(title) > 300:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The title is too long (at most 300 characters).")
        )
    return title


def validate_activity_spec(
    kind: ActivityKind, prompt: str, options: list[str], settings: dict[str, Any]
) -> None:
    """Refuse an activity that participants could not answer."""
    if not (prompt or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Every activity needs a question."))
    kind_of(kind).check_spec(prompt, [o.strip() for o in options], settings)


class WorkshopService:
    def __init__(self, store: WorkshopStore) -> None:
        self.store = store

    # -- the workshop -------------------------------------------------------
    def create_workshop(
        self,
        title: str,
        *,
        date: date | None = None,
        place: str = "",
        organiser: str = "",
        facilitator: str = "",
        language: str = "de",
        stakeholder_groups: list[dict[str, str]] | None = None,
        note_categories: list[dict[str, str]] | None = None,
        note_tags: list[dict[str, str]] | None = None,
        settings: dict[str, Any] | None = None,
        workshop_id: str | None = None,
    ) -> rm.Workshop:
        with self.store.session() as s:
            if s.scalar(select(func.count()).select_from(Workshop)):
                raise StateError(QT_TRANSLATE_NOOP("Errors", "This file already has a workshop."))
            ws = Workshop(
                title=_clean_title(title),
                date=date,
                place=place,
                organiser=organiser,
                facilitator=facilitator,
                language=language if language in ("de", "en") else "de",
                stakeholder_groups=list(stakeholder_groups or DEFAULT_STAKEHOLDER_GROUPS),
                note_categories=list(note_categories or DEFAULT_NOTE_CATEGORIES),
                note_tags=list(note_tags if note_tags is not None else DEFAULT_NOTE_TAGS),
                settings={**DEFAULT_SETTINGS, **(settings or {})},
            )
            if workshop_id:
                ws.id = workshop_id
            s.add(ws)
            s.flush()
            s.add(SessionState(workshop_id=ws.id))
            log_event(s, ws.id, "workshop_created", title=ws.title)
            return rm.Workshop.from_row(ws)

    def get(self) -> rm.Workshop:
        with self.store.reader() as s:
            ws = s.scalar(select(Workshop))
            if ws is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "The file holds no workshop."))
            return rm.Workshop.from_row(ws)

    def update(self, **fields: Any) -> rm.Workshop:
        unknown = set(fields) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        with self.store.session() as s:
            ws = s.scalar(select(Workshop))
            if ws is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "The file holds no workshop."))
            if "title" in fields:
                fields["title"] = _clean_title(fields["title"])
            if "language" in fields and fields["language"] not in ("de", "en"):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Language must be de or en."))
            for key, value in fields.items():
                setattr(ws, key, value)
            return rm.Workshop.from_row(ws)

    # -- the agenda ---------------------------------------------------------
    def agenda(self) -> list[rm.Scenario]:
        """Scenarios in order, each with its activities and their options."""
        with self.store.reader() as s:
            return [
                rm.Scenario.from_row(sc)
                for sc in s.scalars(
                    select(Scenario)
                    .order_by(Scenario.position)
                    .options(selectinload(Scenario.activities).selectinload(Activity.options))
                )
            ]

    def add_scenario(self, card: dict[str, Any], position: int | None = None) -> rm.Scenario:
        """Add a snapshot of ``card`` (a scenario card as a dict) to the agenda."""
        card_id = str(card.get("id") or "").strip()
        if not card_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A scenario card needs an id."))
        with self.store.session() as s:
            ws = s.scalar(select(Workshop))
            if ws is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "The file holds no workshop."))
            count = s.scalar(select(func.count()).select_from(Scenario)) or 0
            pos = count if position is None else max(0, min(position, count))
            for other in s.scalars(select(Scenario).where(Scenario.position >= pos)):
                other.position += 1
            sc = Scenario(
                workshop_id=ws.id,
                card_id=card_id,
                card_version=str(card.get("version", "1")),
                position=pos,
                card=dict(card),
            )
            s.add(sc)
            s.flush()
            return rm.Scenario.from_row(sc)

    def add_activity(
        self,
        scenario_id: str,
        kind: ActivityKind | str,
        prompt: str,
        options: list[str] | None = None,
        settings: dict[str, Any] | None = None,
        timebox_minutes: int = 0,
        position: int | None = None,
    ) -> rm.Activity:
        kind = ActivityKind(kind)
        options = list(options or [])
        settings = dict(settings or {})
        validate_activity_spec(kind, prompt, options, settings)
        with self.store.session() as s:
            sc = s.get(Scenario, scenario_id)
            if sc is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That scenario no longer exists."))
            count = len(sc.activities)
            pos = count if position is None else max(0, min(position, count))
            for other in sc.activities:
                if other.position >= pos:
                    other.position += 1
            act = Activity(
                workshop_id=sc.workshop_id,
                scenario_id=sc.id,
                position=pos,
                kind=kind.value,
                prompt=prompt.strip(),
                settings=settings,
                timebox_minutes=max(0, int(timebox_minutes)),
                state=ActivityState.DRAFT.value,
            )
            act.options = [Option(position=i, label=o.strip()) for i, o in enumerate(options)]
            s.add(act)
            s.flush()
            return rm.Activity.from_row(act)

    def activity(self, activity_id: str) -> rm.Activity:
        with self.store.reader() as s:
            act = s.scalar(
                select(Activity)
                .where(Activity.id == activity_id)
                .options(selectinload(Activity.options))
            )
            if act is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That activity no longer exists."))
            return rm.Activity.from_row(act)

    def move_scenario(self, scenario_id: str, new_position: int) -> None:
        with self.store.session() as s:
            items = list(s.scalars(select(Scenario).order_by(Scenario.position)))
            _move(items, scenario_id, new_position)

    def move_activity(self, activity_id: str, new_position: int) -> None:
        with self.store.session() as s:
            act = s.get(Activity, activity_id)
            if act is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That activity no longer exists."))
            _move(list(act.scenario.activities), activity_id, new_position)

    def remove_activity(self, activity_id: str) -> None:
        with self.store.session() as s:
            act = s.get(Activity, activity_id)
            if act is None:
                return
            used = s.scalar(
                select(func.count()).select_from(Ballot).where(Ballot.activity_id == activity_id)
            ) or s.scalar(
                select(func.count()).select_from(Response).where(
                    Response.activity_id == activity_id)
            )
            if used:
                raise StateError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The activity already has answers and cannot be removed."
                    )
                )
            scenario = act.scenario
            s.delete(act)
            s.flush()
            for i, other in enumerate(sorted(scenario.activities, key=lambda a: a.position)):
                other.position = i


def _move(items: list[Any], item_id: str, new_position: int) -> None:
    items.sort(key=lambda x: x.position)
    idx = next((i for i, x in enumerate(items) if x.id == item_id), None)
    if idx is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "That item no longer exists."))
    item = items.pop(idx)
    items.insert(max(0, min(new_position, len(items))), item)
    for i, x in enumerate(items):
        x.position = i


def workshop_summary(store: WorkshopStore) -> dict[str, int]:
    """Counts shown on the overview: scenarios, activities, ballots, responses, notes, hidden."""
    from studio.store.models import Note

    with store.reader() as s:
        def count(model, *where) -> int:
            return s.scalar(select(func.count()).select_from(model).where(*where)) or 0

        return {
            "scenarios": count(Scenario),
            "activities": count(Activity),
            "ballots": count(Ballot, Ballot.withdrawn_at.is_(None)),
            "responses": count(Response, Response.withdrawn_at.is_(None)),
            "notes": count(Note),
            "hidden_notes": count(Note, Note.moderation == "hidden"),
        }
