"""The plan file (``*.plan.toml``): write it, and read it back with clear messages.

A plan is a small, human-readable TOML file that can be diffed and mailed to a
colleague. Structural problems (not TOML, wrong format, a newer version, a
wrong type) raise :class:`PlanFileError` naming the place; content problems
are left to :func:`studio.core.plan_checks.validate_plan`.
"""

from __future__ import annotations

import datetime as _dt

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomli_w

from studio.base.errors import StudioError
from studio.base.i18n import QT_TRANSLATE_NOOP, translate
from studio.core.kinds import ActivityKind
from studio.core.plan_checks import _fmt
from studio.core.plan_model import Plan, PlanActivity, PlanScenario

FORMAT = "codesign-studio-plan"
FORMAT_VERSION = 1
SUFFIX = ".plan.toml"
HEADER = (
    "# Co-Design Studio workshop plan (Workshop-Plan). Format: docs/scenario-cards.md\n"
    "# Scenario cards are named by id; `card_title` is only a reminder for people reading this.\n\n"
)


class PlanFileError(StudioError):
    """A plan file that cannot be read (not TOML, wrong format, newer version, bad structure)."""


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
