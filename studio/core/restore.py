"""Restore a whole workshop from records, keeping every id and timestamp.

The services create things as they happen now (new ids, the current time, an
event for each step); an import must put back what happened then. This is the
one place that writes a workshop from given ids and times, and it validates
as strictly as the services do: kinds, states, options of the right activity,
answers in range, known groups and categories, references that exist. It adds
no events: the restored event log is the original one.

Records are dicts keyed by model field names (see
:mod:`studio.exchange.records`). Each may carry ``"_where"``: whatever the
caller uses to locate it (the importer: sheet and row); a
:class:`RestoreError` hands it back with the field at fault. Everything is
written in one transaction: on any error nothing is written.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from studio.base.errors import ValidationError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core.kinds import SMALL_GROUPS, ActivityKind, ActivityState, Moderation, Source
from studio.core.kinds.registry import kind_of
from studio.core.notes import clean_note_text
from studio.core.workshops import _clean_title, validate_activity_spec
from studio.store.database import WorkshopStore
from studio.store.models import (
    Activity,
    Ballot,
    Cluster,
    Dot,
    Event,
    Note,
    Option,
    Response,
    Scenario,
    SessionState,
    Workshop,
)

# What a real workshop can hold: a room of a few hundred people, a few dots each. A restored
# dot is a row of its own, so a hand-edited count of millions would fill memory and disk.
MAX_DOTS = 10_000  # on one note or cluster
MAX_DOTS_TOTAL = 100_000  # in one workshop
MAX_TALLY = 100_000  # people counted in one tally row
_DOT_NAMESPACE = uuid.UUID("5d0c5a8e-2f1e-4c1a-9a57-3f5ad0d7e0b1")


class RestoreError(ValidationError):
    """A record that cannot be restored; ``where`` and ``field`` locate it."""

    def __init__(self, template: str, where: Any = None, field: str = "", **params: object):
        self.where = where
        self.field = field
        super().__init__(template, **params)


def _fail(rec: dict[str, Any], field: str, template: str, **params: object) -> RestoreError:
    return RestoreError(template, where=rec.get("_where"), field=field, **params)


def _fields(model: type, rec: dict[str, Any]) -> dict[str, Any]:
    cols = model.__table__.columns.keys()
    return {k: v for k, v in rec.items() if k in cols}


def _time(rec: dict[str, Any], field: str, required: bool = True) -> datetime | None:
    value = rec.get(field)
    if value is None and not required:
        return None
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise _fail(rec, field, QT_TRANSLATE_NOOP("Errors", "A date and time is needed here."))
    return value


def _unique(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for rec in records:
        if not rec.get("id"):
            raise _fail(rec, "id", QT_TRANSLATE_NOOP("Errors", "The id is missing."))
        if rec["id"] in seen:
            raise _fail(rec, "id", QT_TRANSLATE_NOOP("Errors", "The id {id} appears twice."),
                        id=rec["id"])
        seen[rec["id"]] = rec
    return seen


def _check_ref(rec: dict[str, Any], field: str, known: dict[str, Any] | set[str],
               optional: bool = True) -> None:
    value = rec.get(field)
    if value is None and optional:
        return
    if value not in known:
        raise _fail(rec, field, QT_TRANSLATE_NOOP("Errors", "{value} refers to nothing in this "
                                                  "workshop."), value=value)


def validate_records(data: dict[str, Any]) -> None:
    """Check the records in ``data`` as :func:`restore_workshop` does, writing nothing.

    For readers that do not restore (a merge): they refuse what an import refuses.
    """
    _checked(data)


def restore_workshop(store: WorkshopStore, data: dict[str, Any]) -> str:
    """Write the records in ``data`` into the empty ``store``; return the workshop id."""
    ws, scenarios, activities, options, responses, ballots, clusters, notes, events = \
        _checked(data)
    wid = ws["id"]
    with store.session() as s:
        if s.scalar(select(func.count()).select_from(Workshop)):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This file already has a workshop."))
        s.add(Workshop(**_fields(Workshop, ws)))
        s.flush()
        s.add_all(Scenario(**_fields(Scenario, {**sc, "workshop_id": wid}))
                  for sc in scenarios.values())
        s.flush()
        s.add_all(Activity(**_fields(Activity, {**a, "workshop_id": wid}))
                  for a in activities.values())
        s.flush()
        s.add_all(Option(**_fields(Option, o)) for o in options.values())
        s.flush()
        s.add_all(Ballot(id=bid, workshop_id=wid, activity_id=r["activity_id"],
                         stakeholder_group=r.get("stakeholder_group"), source=r["source"],
                         submitted_at=r["submitted_at"], withdrawn_at=r.get("withdrawn_at"))
                  for bid, r in ballots.items())
        s.flush()
        s.add_all(Response(**_fields(Response, {**r, "workshop_id": wid}))
                  for r in responses.values())
        s.add_all(Cluster(**_fields(Cluster, {**c, "workshop_id": wid})) for c in clusters.values())
        s.flush()
        # Notes first without their duplicate links (a note may point at a later one).
        s.add_all(Note(**_fields(Note, {**n, "workshop_id": wid, "merged_into_id": None}))
                  for n in notes.values())
        s.flush()
        for n in notes.values():
            if n.get("merged_into_id"):
                s.get(Note, n["id"]).merged_into_id = n["merged_into_id"]
        for target, field in ((notes, "note_id"), (clusters, "cluster_id")):
            for rec in target.values():
                for i in range(int(rec.get("dots") or 0)):
                    s.add(Dot(id=str(uuid.uuid5(_DOT_NAMESPACE, f"{rec['id']}/{i}")),
                              workshop_id=wid, **{field: rec["id"]},
                              ballot_id=str(uuid.uuid5(_DOT_NAMESPACE, f"{rec['id']}/ballot/{i}")),
                              source=Source.IMPORT.value, created_at=rec["created_at"]))
        s.add_all(Event(**_fields(Event, {**e, "workshop_id": wid})) for e in events.values())
        s.add(SessionState(workshop_id=wid))
    return wid


Checked = tuple[dict[str, Any], dict[str, dict[str, Any]], dict[str, dict[str, Any]],
                dict[str, dict[str, Any]], dict[str, dict[str, Any]], dict[str, dict[str, Any]],
                dict[str, dict[str, Any]], dict[str, dict[str, Any]], dict[str, dict[str, Any]]]


def _checked(data: dict[str, Any]) -> Checked:
    """Every check of a restore; the records by id (and the ballots they form)."""
    ws = dict(data["workshop"])
    try:
        ws["title"] = _clean_title(ws.get("title") or "")
    except ValidationError as exc:
        raise _fail(ws, "title", exc.template, **exc.params) from None
    if ws.get("language") not in ("de", "en"):
        raise _fail(ws, "language", QT_TRANSLATE_NOOP("Errors", "Language must be de or en."))
    for key in ("stakeholder_groups", "note_categories", "note_tags"):
        entries = ws.get(key) or []
        if not isinstance(entries, list) or not all(
                isinstance(e, dict) and e.get("key") for e in entries):
            raise _fail(ws, key, QT_TRANSLATE_NOOP("Errors", "Expected a list of entries, each "
                                                   "with a key."))
    if not isinstance(ws.get("settings") or {}, dict):
        raise _fail(ws, "settings", QT_TRANSLATE_NOOP("Errors", "Expected settings as JSON."))
    wid = ws["id"]
    # An export names small groups together ("small_groups", see studio.core.results):
    # the import keeps that key (the small group's identity is gone, as intended).
    groups = {g["key"] for g in ws.get("stakeholder_groups") or []} | {SMALL_GROUPS}
    categories = {c["key"] for c in ws.get("note_categories") or []}

    scenarios = _unique(data.get("scenarios", []))
    for sc in scenarios.values():
        card = sc.get("card")
        if not isinstance(card, dict) or not str(card.get("id") or "").strip():
            raise _fail(sc, "card", QT_TRANSLATE_NOOP("Errors", "A scenario card needs an id."))
    activities = _unique(data.get("activities", []))
    options = _unique(data.get("options", []))
    options_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for opt in options.values():
        _check_ref(opt, "activity_id", activities, optional=False)
        options_of[opt["activity_id"]].append(opt)
    for act in activities.values():
        _check_ref(act, "scenario_id", scenarios, optional=False)
        try:
            kind = ActivityKind(act.get("kind"))
        except ValueError:
            raise _fail(act, "kind", QT_TRANSLATE_NOOP("Errors", "Unknown kind of activity "
                                                       "“{value}”."), value=act.get("kind")) from None
        try:
            ActivityState(act.get("state"))
        except ValueError:
            raise _fail(act, "state", QT_TRANSLATE_NOOP("Errors", "Unknown state “{value}”."),
                        value=act.get("state")) from None
        labels = [o["label"] for o in sorted(options_of[act["id"]], key=lambda o: o["position"])]
        try:
            validate_activity_spec(kind, act.get("prompt") or "", labels, act.get("settings") or {})
        except ValidationError as exc:
            raise RestoreError(exc.template, where=act.get("_where"), field="prompt",
                               **exc.params) from None

    responses = _unique(data.get("responses", []))
    ballots: dict[str, dict[str, Any]] = {}
    for r in responses.values():
        _check_response(r, activities, options, groups)
        if r.get("ballot_id"):
            b = ballots.setdefault(r["ballot_id"], r)
            for field in ("activity_id", "stakeholder_group", "source", "submitted_at",
                          "withdrawn_at"):
                if b.get(field) != r.get(field):
                    raise _fail(r, field, QT_TRANSLATE_NOOP(
                        "Errors", "All answers of one ballot must agree on {name}."), name=field)

    clusters = _unique(data.get("clusters", []))
    for c in clusters.values():
        _check_ref(c, "scenario_id", scenarios)
        _time(c, "created_at")
    notes = _unique(data.get("notes", []))
    dots_total = [0]
    for n in notes.values():
        try:
            text = clean_note_text(n.get("text") or "")
        except ValidationError as exc:
            raise RestoreError(exc.template, where=n.get("_where"), field="text",
                               **exc.params) from None
        if text != n.get("text"):
            raise _fail(n, "text", QT_TRANSLATE_NOOP(
                "Errors", "The note text has spaces or control characters at its ends."))
        if n.get("category") not in categories:
            raise _fail(n, "category", QT_TRANSLATE_NOOP("Errors", "Unknown note category "
                                                         "“{category}”."), category=n.get("category"))
        for field, known in (("scenario_id", scenarios), ("activity_id", activities),
                             ("cluster_id", clusters), ("merged_into_id", notes)):
            _check_ref(n, field, known)
        if n.get("moderation") not in (Moderation.VISIBLE.value, Moderation.HIDDEN.value):
            raise _fail(n, "moderation", QT_TRANSLATE_NOOP("Errors", "Unknown moderation state."))
        if n["moderation"] == Moderation.HIDDEN.value and not (n.get("hidden_reason") or "").strip():
            raise _fail(n, "hidden_reason", QT_TRANSLATE_NOOP("Errors", "Say why the note is hidden."))
        _check_source(n)
        if n.get("stakeholder_group") is not None and n["stakeholder_group"] not in groups:
            raise _fail(n, "stakeholder_group", QT_TRANSLATE_NOOP(
                "Errors", "Unknown stakeholder group “{group}”."), group=n["stakeholder_group"])
        _time(n, "created_at")
        _dots(n, dots_total)
    for c in clusters.values():
        _dots(c, dots_total)
    events = _unique(data.get("events", []))
    seqs: set[int] = set()
    for e in events.values():
        if not isinstance(e.get("seq"), int) or e["seq"] in seqs:
            raise _fail(e, "seq", QT_TRANSLATE_NOOP("Errors", "Each event needs its own sequence "
                                                    "number."))
        seqs.add(e["seq"])
        if not e.get("kind"):
            raise _fail(e, "kind", QT_TRANSLATE_NOOP("Errors", "The kind of event is missing."))
        _time(e, "at")
    return ws, scenarios, activities, options, responses, ballots, clusters, notes, events


def _dots(rec: dict[str, Any], total: list[int]) -> None:
    dots = rec.get("dots") or 0
    if not isinstance(dots, int) or dots < 0:
        raise _fail(rec, "dots", QT_TRANSLATE_NOOP("Errors", "Expected a whole number of 0 or more."))
    total[0] += dots
    if dots > MAX_DOTS or total[0] > MAX_DOTS_TOTAL:
        raise _fail(rec, "dots", QT_TRANSLATE_NOOP(
            "Errors", "{n} dots are more than a workshop can hold (at most {most} on one note "
            "or cluster and {total} in all)."), n=dots, most=MAX_DOTS, total=MAX_DOTS_TOTAL)


def _check_source(rec: dict[str, Any]) -> None:
    try:
        Source(rec.get("source"))
    except ValueError:
        raise _fail(rec, "source", QT_TRANSLATE_NOOP("Errors", "Unknown source “{value}”."),
                    value=rec.get("source")) from None


def _check_response(r: dict[str, Any], activities: dict[str, Any], options: dict[str, Any],
                    groups: set[str]) -> None:
    _check_ref(r, "activity_id", activities, optional=False)
    act = activities[r["activity_id"]]
    kind = ActivityKind(act["kind"])
    settings = act.get("settings") or {}
    _check_source(r)
    _time(r, "submitted_at")
    _time(r, "withdrawn_at", required=False)
    if r.get("stakeholder_group") is not None and r["stakeholder_group"] not in groups:
        raise _fail(r, "stakeholder_group", QT_TRANSLATE_NOOP(
            "Errors", "Unknown stakeholder group “{group}”."), group=r["stakeholder_group"])
    count = r.get("count")
    if not isinstance(count, int) or count < 1 or (r.get("ballot_id") and count != 1):
        raise _fail(r, "count", QT_TRANSLATE_NOOP(
            "Errors", "The count must be 1 for a ballot and a whole number of 1 or more for a "
            "tally."))
    if count > MAX_TALLY:
        raise _fail(r, "count", QT_TRANSLATE_NOOP(
            "Errors", "A tally of {n} is more people than a workshop holds (at most {most})."),
            n=count, most=MAX_TALLY)
    if kind_of(kind).collects_notes:
        raise _fail(r, "activity_id", QT_TRANSLATE_NOOP(
            "Errors", "This activity collects notes, not votes."))
    oid = r.get("option_id")
    if kind.has_options:
        if oid not in options or options[oid]["activity_id"] != act["id"]:
            raise _fail(r, "option_id", QT_TRANSLATE_NOOP(
                "Errors", "The answer names an option of another activity or none."))
    elif oid is not None:
        raise _fail(r, "option_id", QT_TRANSLATE_NOOP("Errors", "This kind of answer has no option."))
    def bad(field: str) -> RestoreError:
        return _fail(r, field, QT_TRANSLATE_NOOP("Errors", "The value does not fit a {kind} "
                                                 "activity."), kind=kind.value)

    field = kind_of(kind).stored_problem(r, settings, lambda: sum(
        1 for o in options.values() if o["activity_id"] == act["id"]))
    if field is not None:
        raise bad(field)
