"""Workshop plans: what a facilitator prepares before the day.

A plan is a small, human-readable TOML file (``*.plan.toml``) that can be
diffed and mailed to a colleague. It names scenario cards by id and lists the
activities for each. A workshop file is created from a plan through
:class:`~studio.core.workshops.WorkshopService` only; the workshop then keeps a
snapshot of each card as presented, so later edits of a card or of the plan
never change a workshop that has taken place.
"""

from __future__ import annotations

import copy
import datetime as _dt
import os

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from studio.core.errors import StudioError, ValidationError
from studio.core.i18n import QT_TRANSLATE_NOOP, translate
from studio.core.kinds import DEFAULT_STAKEHOLDER_GROUPS, ActivityKind
from studio.core.workshops import validate_activity_spec

FORMAT = "codesign-studio-plan"
FORMAT_VERSION = 1
SUFFIX = ".plan.toml"
HEADER = (
    "# Co-Design Studio workshop plan (Workshop-Plan). Format: docs/scenario-cards.md\n"
    "# Scenario cards are named by id; `card_title` is only a reminder for people reading this.\n\n"
)


class PlanFileError(StudioError):
    """A plan file that cannot be read (not TOML, wrong format, newer version, bad structure)."""


@dataclass
class PlanActivity:
    kind: ActivityKind
    prompt: str
    options: list[str] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    timebox_minutes: int = 5
    template: str = ""  # the template it was made from ("" for none)


@dataclass
class PlanScenario:
    card_id: str
    intro_minutes: int = 10  # time to present the card
    activities: list[PlanActivity] = field(default_factory=list)
    card_title: str = ""  # reminder for readers of the file; refreshed from the card

    @property
    def minutes(self) -> int:
        return self.intro_minutes + sum(a.timebox_minutes for a in self.activities)


@dataclass
class Plan:
    title: str = ""
    date: _dt.date | None = None
    place: str = ""
    organiser: str = ""
    facilitator: str = ""
    language: str = "de"
    stakeholder_groups: list[dict[str, str]] = field(
        default_factory=lambda: copy.deepcopy(DEFAULT_STAKEHOLDER_GROUPS)
    )
    agenda: list[PlanScenario] = field(default_factory=list)
    notes: str = ""

    @property
    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.agenda)

    def copy(self) -> Plan:
        return copy.deepcopy(self)


def format_minutes(minutes: int) -> str:
    """``95`` -> ``"1:35 h"``; under an hour ``"45 min"`` (language-neutral)."""
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60}:{minutes % 60:02d} h"


# -- problems ----------------------------------------------------------------


@dataclass(frozen=True)
class PlanProblem:
    """Something that keeps a plan from becoming a workshop, and where it is."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)
    scenario: int | None = None  # index into plan.agenda
    activity: int | None = None  # index into that scenario's activities
    field: str = ""  # plan field ("title", "stakeholder_groups", ...)

    @property
    def message(self) -> str:
        return _fmt(translate("Errors", self.template), self.params)

    def __str__(self) -> str:
        return _fmt(self.template, self.params)


def _fmt(text: str, params: dict[str, Any]) -> str:
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


def validate_plan(plan: Plan, cards: Mapping[str, Any] | None = None) -> list[PlanProblem]:
    """Every reason the plan cannot become a workshop yet, in agenda order.

    ``cards`` maps card ids to cards (or is a CardCatalog); without it, card
    ids are not checked.
    """
    out: list[PlanProblem] = []
    if not plan.title.strip():
        out.append(
            PlanProblem(QT_TRANSLATE_NOOP("Errors", "The plan needs a title."), field="title")
        )
    if plan.language not in ("de", "en"):
        out.append(
            PlanProblem(QT_TRANSLATE_NOOP("Errors", "Language must be de or en."), field="language")
        )
    out.extend(_check_groups(plan.stakeholder_groups))
    if not plan.agenda:
        out.append(
            PlanProblem(
                QT_TRANSLATE_NOOP("Errors", "The agenda is empty. Add at least one scenario card."),
                field="agenda",
            )
        )
    seen: set[str] = set()
    known = _card_ids(cards)
    for i, item in enumerate(plan.agenda):
        name = item.card_title or item.card_id
        if known is not None and item.card_id not in known:
            out.append(
                PlanProblem(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Scenario {n}: the card “{card}” is not in the card library. "
                        "Import it or remove the scenario.",
                    ),
                    {"n": i + 1, "card": item.card_id},
                    scenario=i,
                )
            )
        if item.card_id in seen:
            out.append(
                PlanProblem(
                    QT_TRANSLATE_NOOP("Errors", "Scenario {n}: “{name}” is on the agenda twice."),
                    {"n": i + 1, "name": name},
                    scenario=i,
                )
            )
        seen.add(item.card_id)
        for j, act in enumerate(item.activities):
            try:
                validate_activity_spec(act.kind, act.prompt, act.options, act.settings)
            except ValidationError as err:
                out.append(
                    PlanProblem(
                        QT_TRANSLATE_NOOP("Errors", "Scenario {n}, activity {m}: {problem}"),
                        {"n": i + 1, "m": j + 1, "problem": err.user_message()},
                        scenario=i,
                        activity=j,
                    )
                )
            except (TypeError, ValueError):
                out.append(
                    PlanProblem(
                        QT_TRANSLATE_NOOP(
                            "Errors", "Scenario {n}, activity {m}: a setting is not a whole number."
                        ),
                        {"n": i + 1, "m": j + 1},
                        scenario=i,
                        activity=j,
                    )
                )
    return out


def _card_ids(cards: Mapping[str, Any] | None) -> set[str] | None:
    if cards is None:
        return None
    if hasattr(cards, "ids"):
        return set(cards.ids())
    return set(cards)


def _check_groups(groups: list[dict[str, str]]) -> list[PlanProblem]:
    out = []
    if not groups:
        out.append(
            PlanProblem(
                QT_TRANSLATE_NOOP("Errors", "Offer at least one stakeholder group to pick from."),
                field="stakeholder_groups",
            )
        )
    keys: set[str] = set()
    for n, group in enumerate(groups, start=1):
        if not (group.get("de", "").strip() and group.get("en", "").strip()):
            out.append(
                PlanProblem(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Stakeholder group {n} needs a German and an English name."
                    ),
                    {"n": n},
                    field="stakeholder_groups",
                )
            )
        key = group.get("key", "")
        if not key or key in keys:
            out.append(
                PlanProblem(
                    QT_TRANSLATE_NOOP("Errors", "Stakeholder group {n} needs a key of its own."),
                    {"n": n},
                    field="stakeholder_groups",
                )
            )
        keys.add(key)
    return out


# -- the file ----------------------------------------------------------------


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    data: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION, "title": plan.title}
    if plan.date is not None:
        data["date"] = plan.date
    data.update(
        place=plan.place,
        organiser=plan.organiser,
        facilitator=plan.facilitator,
        language=plan.language,
    )
    if plan.notes:
        data["notes"] = plan.notes
    data["stakeholder_groups"] = [
        {"key": g.get("key", ""), "de": g.get("de", ""), "en": g.get("en", "")}
        for g in plan.stakeholder_groups
    ]
    agenda = []
    for item in plan.agenda:
        entry: dict[str, Any] = {"card": item.card_id}
        if item.card_title:
            entry["card_title"] = item.card_title
        entry["intro_minutes"] = int(item.intro_minutes)
        acts = []
        for act in item.activities:
            a: dict[str, Any] = {}
            if act.template:
                a["template"] = act.template
            a.update(
                kind=ActivityKind(act.kind).value,
                prompt=act.prompt,
                timebox_minutes=int(act.timebox_minutes),
            )
            if act.options:
                a["options"] = list(act.options)
            if act.settings:
                a["settings"] = dict(act.settings)
            acts.append(a)
        if acts:
            entry["activities"] = acts
        agenda.append(entry)
    if agenda:
        data["agenda"] = agenda
    return data


def plan_to_toml(plan: Plan) -> str:
    return HEADER + tomli_w.dumps(plan_to_dict(plan), multiline_strings=True)


def save_plan(plan: Plan, path: Path) -> None:
    """Write the plan atomically (an existing file is replaced only on success)."""
    from studio.store.atomic import atomic_path

    text = plan_to_toml(plan)
    with atomic_path(Path(path), suffix=".toml") as tmp:
        tmp.write_text(text, encoding="utf-8")


def _bad(path: Path, where: str, problem: str, **params: Any) -> PlanFileError:
    """``problem`` is English source text marked with QT_TRANSLATE_NOOP by the caller."""
    return PlanFileError(
        QT_TRANSLATE_NOOP("Errors", "{file}: {where}: {problem}"),
        file=path.name,
        where=where,
        problem=_fmt(translate("Errors", problem), params),
    )


def _int(value: Any, path: Path, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _bad(path, where, QT_TRANSLATE_NOOP("Errors", "must be a whole number of 0 or more"))
    return value


def _str(value: Any, path: Path, where: str) -> str:
    if not isinstance(value, str):
        raise _bad(path, where, QT_TRANSLATE_NOOP("Errors", "must be text in quotes"))
    return value


def plan_from_dict(data: Mapping[str, Any], path: Path = Path("plan")) -> Plan:
    """Build a plan from parsed TOML; PlanFileError names the place of a structural problem.

    Content problems (an empty agenda, a scale without labels) are not raised
    here but reported by :func:`validate_plan`, so a half-finished plan opens.
    """
    if data.get("format") != FORMAT:
        raise _bad(
            path,
            "format",
            QT_TRANSLATE_NOOP("Errors", 'not a workshop plan (it needs format = "{format}")'),
            format=FORMAT,
        )
    version = data.get("format_version", 1)
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise _bad(
            path,
            "format_version",
            QT_TRANSLATE_NOOP(
                "Errors",
                "written by a newer version of Co-Design Studio ({version}); update the app",
            ),
            version=version,
        )
    date = data.get("date")
    if isinstance(date, str):
        try:
            date = _dt.date.fromisoformat(date)
        except ValueError:
            raise _bad(
                path, "date", QT_TRANSLATE_NOOP("Errors", "write the date as YYYY-MM-DD")
            ) from None
    elif isinstance(date, _dt.datetime):
        date = date.date()
    elif date is not None and not isinstance(date, _dt.date):
        raise _bad(path, "date", QT_TRANSLATE_NOOP("Errors", "write the date as YYYY-MM-DD"))
    plan = Plan(
        title=_str(data.get("title", ""), path, "title"),
        date=date,
        place=_str(data.get("place", ""), path, "place"),
        organiser=_str(data.get("organiser", ""), path, "organiser"),
        facilitator=_str(data.get("facilitator", ""), path, "facilitator"),
        language=_str(data.get("language", "de"), path, "language"),
        notes=_str(data.get("notes", ""), path, "notes"),
    )
    if "stakeholder_groups" in data:
        groups = data["stakeholder_groups"]
        if not isinstance(groups, list) or not all(isinstance(g, dict) for g in groups):
            raise _bad(
                path,
                "stakeholder_groups",
                QT_TRANSLATE_NOOP("Errors", "must be a list of [[stakeholder_groups]]"),
            )
        plan.stakeholder_groups = [
            {
                k: _str(g.get(k, ""), path, f"stakeholder_groups[{n}].{k}")
                for k in ("key", "de", "en")
            }
            for n, g in enumerate(groups, start=1)
        ]
    agenda = data.get("agenda", [])
    if not isinstance(agenda, list):
        raise _bad(
            path, "agenda", QT_TRANSLATE_NOOP("Errors", "must be a list of [[agenda]] entries")
        )
    for i, entry in enumerate(agenda, start=1):
        where = f"agenda[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("card"), str):
            raise _bad(path, where, QT_TRANSLATE_NOOP("Errors", 'needs card = "<card id>"'))
        item = PlanScenario(
            card_id=entry["card"],
            intro_minutes=_int(entry.get("intro_minutes", 10), path, f"{where}.intro_minutes"),
            card_title=_str(entry.get("card_title", ""), path, f"{where}.card_title"),
        )
        acts = entry.get("activities", [])
        if not isinstance(acts, list):
            raise _bad(
                path,
                f"{where}.activities",
                QT_TRANSLATE_NOOP("Errors", "must be a list of [[agenda.activities]]"),
            )
        for j, a in enumerate(acts, start=1):
            aw = f"{where}.activities[{j}]"
            if not isinstance(a, dict):
                raise _bad(path, aw, QT_TRANSLATE_NOOP("Errors", "must be a table"))
            try:
                kind = ActivityKind(a.get("kind"))
            except ValueError:
                raise _bad(
                    path,
                    f"{aw}.kind",
                    QT_TRANSLATE_NOOP("Errors", "use one of: {kinds}"),
                    kinds=", ".join(k.value for k in ActivityKind),
                ) from None
            options = a.get("options", [])
            if not isinstance(options, list) or not all(isinstance(o, str) for o in options):
                raise _bad(
                    path,
                    f"{aw}.options",
                    QT_TRANSLATE_NOOP("Errors", "must be a list of texts in quotes"),
                )
            settings = a.get("settings", {})
            if not isinstance(settings, dict):
                raise _bad(path, f"{aw}.settings", QT_TRANSLATE_NOOP("Errors", "must be a table"))
            item.activities.append(
                PlanActivity(
                    kind=kind,
                    prompt=_str(a.get("prompt", ""), path, f"{aw}.prompt"),
                    options=list(options),
                    settings=dict(settings),
                    timebox_minutes=_int(
                        a.get("timebox_minutes", 5), path, f"{aw}.timebox_minutes"
                    ),
                    template=_str(a.get("template", ""), path, f"{aw}.template"),
                )
            )
        plan.agenda.append(item)
    return plan


def load_plan(path: Path) -> Plan:
    """Read a plan file; PlanFileError with file, place and problem if it cannot be read."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise _bad(path, "file", QT_TRANSLATE_NOOP("Errors", "not UTF-8 text")) from None
    except OSError as exc:
        raise _bad(
            path,
            "file",
            QT_TRANSLATE_NOOP("Errors", "cannot read it: {reason}"),
            reason=exc.strerror or str(exc),
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _bad(
            path, "TOML", QT_TRANSLATE_NOOP("Errors", "not valid TOML: {reason}"), reason=str(exc)
        ) from None
    return plan_from_dict(data, path)


# -- from plan to workshop ---------------------------------------------------


class PlanNotReady(ValidationError):
    """The plan still has problems; ``problems`` lists them all."""

    def __init__(self, problems: list[PlanProblem]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The plan is not ready: {first} ({n} problem(s) in all)."),
            first=problems[0].message,
            n=len(problems),
        )
        self.problems = problems


def create_workshop_from_plan(plan: Plan, path: Path, cards: Any = None):  # -> WorkshopStore
    """Create the workshop file ``path`` from ``plan``; return the open store.

    ``cards`` is a CardCatalog (or a mapping id -> card); by default the
    bundled and the user's cards. Each scenario stores a deep copy of its card
    (a snapshot). The file is built beside ``path`` and renamed into place
    only when complete; an existing file is never replaced.
    """
    from studio.core.cards import CardCatalog, default_card_folders, load_catalog
    from studio.core.workshops import WorkshopService
    from studio.store.atomic import check_output
    from studio.store.database import WorkshopStore

    if cards is None:
        cards = load_catalog(default_card_folders())
    problems = validate_plan(plan, cards)
    if problems:
        raise PlanNotReady(problems)
    path = Path(path)
    check_output(path)

    def snapshot(card_id: str) -> dict[str, Any]:
        if isinstance(cards, CardCatalog):
            return cards.snapshot(card_id) or {}
        return copy.deepcopy(dict(cards[card_id]))

    tmp = path.with_name(f".{path.name}.part")
    _remove_db(tmp)
    store = WorkshopStore.create(tmp)
    try:
        service = WorkshopService(store)
        service.create_workshop(
            plan.title,
            date=plan.date,
            place=plan.place,
            organiser=plan.organiser,
            facilitator=plan.facilitator,
            language=plan.language,
            stakeholder_groups=copy.deepcopy(plan.stakeholder_groups),
        )
        if plan.notes:
            service.update(facilitator_notes=plan.notes)
        for item in plan.agenda:
            scenario = service.add_scenario(snapshot(item.card_id))
            for act in item.activities:
                service.add_activity(
                    scenario.id,
                    act.kind,
                    act.prompt,
                    act.options,
                    {**act.settings, **({"template": act.template} if act.template else {})},
                    act.timebox_minutes,
                )
        store.checkpoint()
        store.close()
        os.replace(tmp, path)
    except BaseException:
        store.close()
        _remove_db(tmp)
        raise
    return WorkshopStore.open(path)


def _remove_db(path: Path) -> None:
    for extra in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
