"""Frozen read models: what the services hand out instead of ORM rows.

The UI, the CLI and the exporters read a workshop through these values, so the
SQLAlchemy schema stays the store's business: a read model never lazy-loads,
never writes back and cannot be changed by accident (assigning raises). They keep
the column names of the rows they copy, so readers did not have to learn new
words; enum-valued columns stay strings, with properties (``Note.hidden``,
``Activity.open``) where readers ask a question of them.

JSON columns (card, settings, categories, ...) are copied, so changing a returned
dict or list never reaches another reader or the file: changes go through the
services.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

from studio.core.kinds import ActivityKind, ActivityState, Moderation


def _json(value: Any, empty: Any) -> Any:
    return copy.deepcopy(value) if value is not None else empty


@dataclass(frozen=True)
class Workshop:
    """The workshop's facts and vocabularies (groups, note categories and tags, settings)."""

    id: str
    title: str
    date: date | None = None
    place: str = ""
    organiser: str = ""
    facilitator: str = ""
    language: str = "de"
    stakeholder_groups: list[dict[str, Any]] = field(default_factory=list, compare=False)
    note_categories: list[dict[str, Any]] = field(default_factory=list, compare=False)
    note_tags: list[dict[str, Any]] = field(default_factory=list, compare=False)
    settings: dict[str, Any] = field(default_factory=dict, compare=False)
    facilitator_notes: str = ""
    created_at: datetime | None = None

    @classmethod
    def from_row(cls, row: Any) -> Workshop:
        return cls(
            id=row.id,
            title=row.title,
            date=row.date,
            place=row.place or "",
            organiser=row.organiser or "",
            facilitator=row.facilitator or "",
            language=row.language or "de",
            stakeholder_groups=_json(row.stakeholder_groups, []),
            note_categories=_json(row.note_categories, []),
            note_tags=_json(row.note_tags, []),
            settings=_json(row.settings, {}),
            facilitator_notes=row.facilitator_notes or "",
            created_at=row.created_at,
        )


@dataclass(frozen=True)
class Option:
    """A choice, an item to rank or share points over, or a statement."""

    id: str
    activity_id: str
    position: int
    label: str

    @classmethod
    def from_row(cls, row: Any) -> Option:
        return cls(id=row.id, activity_id=row.activity_id, position=row.position or 0,
                   label=row.label)


@dataclass(frozen=True)
class Activity:
    """An activity of a scenario with its options in order."""

    id: str
    workshop_id: str
    scenario_id: str
    position: int
    kind: str
    prompt: str
    settings: dict[str, Any] = field(default_factory=dict, compare=False)
    state: str = ActivityState.DRAFT.value
    timebox_minutes: int = 0
    options: tuple[Option, ...] = ()

    @property
    def open(self) -> bool:
        """Whether participants may answer now."""
        return self.state == ActivityState.OPEN.value

    @classmethod
    def from_row(cls, row: Any) -> Activity:
        """Copy an activity row; its options must be loaded (or loadable in the open session)."""
        return cls(
            id=row.id,
            workshop_id=row.workshop_id,
            scenario_id=row.scenario_id,
            position=row.position or 0,
            kind=row.kind,
            prompt=row.prompt,
            settings=_json(row.settings, {}),
            state=row.state,
            timebox_minutes=row.timebox_minutes or 0,
            options=tuple(Option.from_row(o)
                          for o in sorted(row.options, key=lambda o: o.position or 0)),
        )


@dataclass(frozen=True)
class Scenario:
    """A scenario card as presented in this workshop, with its activities in order."""

    id: str
    workshop_id: str
    card_id: str
    card_version: str
    position: int
    card: dict[str, Any] = field(default_factory=dict, compare=False)
    activities: tuple[Activity, ...] = ()

    @classmethod
    def from_row(cls, row: Any) -> Scenario:
        """Copy a scenario row; its activities must be loaded (or loadable in the open session)."""
        return cls(
            id=row.id,
            workshop_id=row.workshop_id,
            card_id=row.card_id,
            card_version=row.card_version or "1",
            position=row.position or 0,
            card=_json(row.card, {}),
            activities=tuple(Activity.from_row(a)
                             for a in sorted(row.activities, key=lambda a: a.position or 0)),
        )


@dataclass(frozen=True)
class Note:
    """A sticky note. Hidden notes are kept (flagged) and never reach the shared screen."""

    id: str
    workshop_id: str
    text: str
    category: str
    scenario_id: str | None = None
    activity_id: str | None = None
    tags: tuple[str, ...] = ()
    cluster_id: str | None = None
    pos_x: float = 0.0
    pos_y: float = 0.0
    moderation: str = Moderation.VISIBLE.value
    hidden_reason: str = ""
    merged_into_id: str | None = None
    stakeholder_group: str | None = None
    source: str = "laptop"
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def visible(self) -> bool:
        """Not hidden by moderation (a merged duplicate is hidden too)."""
        return self.moderation == Moderation.VISIBLE.value

    @property
    def hidden(self) -> bool:
        return not self.visible

    @property
    def on_board(self) -> bool:
        """Visible and not folded into another note: what the shared board shows."""
        return self.visible and not self.merged_into_id

    @classmethod
    def from_row(cls, row: Any) -> Note:
        return cls(
            id=row.id,
            workshop_id=row.workshop_id,
            text=row.text,
            category=row.category,
            scenario_id=row.scenario_id,
            activity_id=row.activity_id,
            tags=tuple(row.tags or ()),
            cluster_id=row.cluster_id,
            pos_x=row.pos_x or 0.0,
            pos_y=row.pos_y or 0.0,
            moderation=row.moderation or Moderation.VISIBLE.value,
            hidden_reason=row.hidden_reason or "",
            merged_into_id=row.merged_into_id,
            stakeholder_group=row.stakeholder_group,
            source=row.source,
            created_at=row.created_at,
            updated_at=row.updated_at,
        )


@dataclass(frozen=True)
class NoteRevision:
    """An earlier text of an edited note."""

    id: str
    note_id: str
    text: str
    replaced_at: datetime | None = None

    @classmethod
    def from_row(cls, row: Any) -> NoteRevision:
        return cls(id=row.id, note_id=row.note_id, text=row.text, replaced_at=row.replaced_at)


@dataclass(frozen=True)
class Cluster:
    """A named group of notes on the board."""

    id: str
    workshop_id: str
    name: str = ""
    color: str = ""
    scenario_id: str | None = None
    pos_x: float = 0.0
    pos_y: float = 0.0
    created_at: datetime | None = None

    @classmethod
    def from_row(cls, row: Any) -> Cluster:
        return cls(
            id=row.id,
            workshop_id=row.workshop_id,
            name=row.name or "",
            color=row.color or "",
            scenario_id=row.scenario_id,
            pos_x=row.pos_x or 0.0,
            pos_y=row.pos_y or 0.0,
            created_at=row.created_at,
        )


@dataclass(frozen=True)
class ResultOption:
    """One option's (or scale value's) share of a result; see ``kinds.base.OptionResult``."""

    key: str
    label: str
    count: int = 0
    share: float = 0.0
    points: float = 0.0
    mean_rank: float | None = None
    agree: int = 0
    disagree: int = 0
    passed: int = 0

    @classmethod
    def from_result(cls, opt: Any) -> ResultOption:
        return cls(**{f.name: getattr(opt, f.name) for f in fields(cls)})


@dataclass(frozen=True)
class Result:
    """The result of one activity (or of one stakeholder group), as the services hand it out.

    A frozen copy of what the kind's module computed (``kinds.base.ActivityResult``),
    with the same attribute names, so charts and reports read either.
    """

    kind: ActivityKind
    n: int = 0
    n_ballots: int = 0
    n_tally: int = 0
    group: str | None = None
    options: tuple[ResultOption, ...] = ()
    mean: float | None = None
    median: float | None = None
    dont_know: int = 0
    points_total: float = 0.0
    matrix_points: tuple[tuple[float, float], ...] = ()

    def by_key(self) -> dict[str, ResultOption]:
        return {o.key: o for o in self.options}

    @classmethod
    def from_result(cls, res: Any) -> Result:
        values = {f.name: getattr(res, f.name) for f in fields(cls)}
        values["options"] = tuple(ResultOption.from_result(o) for o in res.options)
        values["matrix_points"] = tuple(tuple(p) for p in res.matrix_points)
        return cls(**values)


def _columns(cls: type, row: Any) -> dict[str, Any]:
    return {f.name: getattr(row, f.name) for f in fields(cls)}


@dataclass(frozen=True)
class SessionState:
    """Where the live session stands: current item, what the shared screen shows, timer."""

    workshop_id: str
    current_scenario_id: str | None = None
    current_activity_id: str | None = None
    screen_mode: str = "card"
    participant_mode: bool = False
    timer_item_id: str | None = None
    timer_running_since: datetime | None = None
    timer_elapsed_s: float = 0.0
    timer_extra_s: float = 0.0
    updated_at: datetime | None = None

    @classmethod
    def from_row(cls, row: Any) -> SessionState:
        return cls(**_columns(cls, row))


@dataclass(frozen=True)
class Response:
    """One answer of a ballot, or one tally entry (``ballot_id`` None, ``count`` people)."""

    id: str
    workshop_id: str
    activity_id: str
    ballot_id: str | None = None
    option_id: str | None = None
    value_num: float | None = None
    value_x: float | None = None
    value_y: float | None = None
    value_text: str | None = None
    count: int = 1
    stakeholder_group: str | None = None
    source: str = "screen"
    submitted_at: datetime | None = None
    withdrawn_at: datetime | None = None

    @classmethod
    def from_row(cls, row: Any) -> Response:
        return cls(**_columns(cls, row))
