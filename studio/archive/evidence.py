"""What a piece of evidence says: a note, a cluster, a question's result or a statement.

Evidence is named by its kind, the workshop's UUID and the item's UUID (a note,
a cluster, an activity, or an option of a statements activity): the same ids
the merged workbook carries in its Notes, Clusters, Activities and Options
sheets. :func:`resolve` looks the item up in the archive as it is now and
gives its quote (the note's text, the cluster's name, the question, the
statement) and its figures (counts and the headline figure) as plain data, so
that they can be kept as a snapshot when the link is made and shown in any
language later (:func:`describe_figures`).

An item the archive no longer shows is *withdrawn*, with the reason: its
workshop was removed (``workshop_removed``), a note was hidden (``hidden``),
or the workshop was replaced by a copy without the item (``gone``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from studio.archive import schema as S
from studio.base.errors import ValidationError
from studio.base.i18n import QT_TRANSLATE_NOOP, format_number, format_percent, words_in
from studio.core.kinds.registry import kind_of

NOTE, CLUSTER, RESULT, STATEMENT = "note", "cluster", "result", "statement"
STANCES = "stances"  # the chart family of agree/disagree statements (Kind.chart)
KINDS = (NOTE, CLUSTER, RESULT, STATEMENT)
#: The merged workbook's sheet (and its id column) where each kind's item_id resolves.
SHEET_OF = {NOTE: ("Notes", "note_id"), CLUSTER: ("Clusters", "cluster_id"),
            RESULT: ("Activities", "activity_id"), STATEMENT: ("Options", "option_id")}
WORKSHOP_REMOVED, HIDDEN, GONE = "workshop_removed", "hidden", "gone"
WITHDRAWN_TEXT = {
    WORKSHOP_REMOVED: QT_TRANSLATE_NOOP("Paper", "withdrawn: its workshop was removed from the "
                                                 "archive"),
    HIDDEN: QT_TRANSLATE_NOOP("Paper", "withdrawn: the note was hidden"),
    GONE: QT_TRANSLATE_NOOP("Paper", "withdrawn: the workshop's newer copy no longer holds it"),
}


@dataclass(frozen=True)
class EvidenceRef:
    """Which item: ``kind`` (note, cluster, result, statement), workshop UUID, item UUID."""

    kind: str
    workshop_id: str
    item_id: str


@dataclass(frozen=True)
class Resolved:
    """An item as the archive shows it now; ``withdrawn`` names why it is not shown."""

    quote: str = ""
    figures: dict[str, Any] = field(default_factory=dict)
    context: dict[str, Any] = field(default_factory=dict)
    withdrawn: str | None = None


def _bad(text: str, **params: object) -> ValidationError:
    return ValidationError(text, **params)


def resolve(conn: Connection, ref: EvidenceRef) -> Resolved:
    """``ref`` looked up in the archive now (``withdrawn`` set when it is no longer there)."""
    if ref.kind not in KINDS:
        raise _bad(QT_TRANSLATE_NOOP(
            "Errors", "“{kind}” is no kind of evidence. Use note, cluster, result or "
            "statement."), kind=ref.kind)
    cat = conn.execute(select(S.workshops.c.key, S.workshops.c.title, S.workshops.c.city,
                              S.workshops.c.language).where(
        S.workshops.c.workshop_id == ref.workshop_id)).first()
    if cat is None:
        return Resolved(withdrawn=WORKSHOP_REMOVED)
    key = cat.key
    context: dict[str, Any] = {"workshop_title": cat.title, "city": cat.city,
                               "language": cat.language}
    if ref.kind == NOTE:
        n = conn.execute(select(S.notes).where(S.notes.c.wkey == key,
                                               S.notes.c.id == ref.item_id)).mappings().first()
        if n is None:
            return Resolved(context=context, withdrawn=GONE)
        context["card_id"] = _card_of(conn, key, n["scenario_id"])
        figures = {"category": n["category"], "dots": n["dots"] or 0}
        hidden = n["moderation"] != "visible"
        return Resolved("" if hidden else (n["text"] or ""), figures, context,
                        HIDDEN if hidden else None)
    if ref.kind == CLUSTER:
        c = conn.execute(select(S.clusters).where(
            S.clusters.c.wkey == key, S.clusters.c.id == ref.item_id)).mappings().first()
        if c is None:
            return Resolved(context=context, withdrawn=GONE)
        context["card_id"] = _card_of(conn, key, c["scenario_id"])
        members = conn.execute(select(S.notes.c.moderation).where(
            S.notes.c.wkey == key, S.notes.c.cluster_id == ref.item_id)).scalars().all()
        figures = {"notes": sum(1 for m in members if m == "visible"), "dots": c["dots"] or 0}
        return Resolved(c["name"] or "", figures, context)
    if ref.kind == RESULT:
        activity_id, option_id = ref.item_id, None
    else:
        o = conn.execute(select(S.options).where(
            S.options.c.wkey == key, S.options.c.id == ref.item_id)).mappings().first()
        if o is None:
            return Resolved(context=context, withdrawn=GONE)
        activity_id, option_id = o["activity_id"], o["id"]
    a = conn.execute(select(S.activities).where(
        S.activities.c.wkey == key, S.activities.c.id == activity_id)).mappings().first()
    if a is None:
        return Resolved(context=context, withdrawn=GONE)
    kind = kind_of(a["kind"])
    if ref.kind == STATEMENT and kind.chart != STANCES:
        raise _bad(QT_TRANSLATE_NOOP(
            "Errors", "{id} is an option of a question, not a statement: link the question's "
            "result instead."), id=ref.item_id)
    if ref.kind == RESULT and kind.collects_notes:
        raise _bad(QT_TRANSLATE_NOOP(
            "Errors", "{id} is a note round, which has no result: link its notes or clusters "
            "instead."), id=ref.item_id)
    context["card_id"] = _card_of(conn, key, a["scenario_id"])
    context["prompt"] = a["prompt"] or ""
    result = _result(conn, key, a)
    if ref.kind == RESULT:
        return Resolved(a["prompt"] or "", headline(result), context)
    opt = result.by_key().get(option_id)
    figures = {"n": result.n, "agree": opt.agree if opt else 0,
               "disagree": opt.disagree if opt else 0, "pass": opt.passed if opt else 0}
    label = conn.execute(select(S.options.c.label).where(
        S.options.c.wkey == key, S.options.c.id == option_id)).scalar()
    return Resolved(label or "", figures, context)


def _card_of(conn: Connection, key: int, scenario_id: str | None) -> str | None:
    if not scenario_id:
        return None
    return conn.execute(select(S.scenarios.c.card_id).where(
        S.scenarios.c.wkey == key, S.scenarios.c.id == scenario_id)).scalar()


def _result(conn: Connection, key: int, activity: Any) -> Any:
    from studio.core import results as core_results
    from studio.exchange.rows import _Slim

    options = [(o.id, o.label) for o in conn.execute(
        select(S.options.c.id, S.options.c.label, S.options.c.position).where(
            S.options.c.wkey == key, S.options.c.activity_id == activity["id"])
        .order_by(S.options.c.position))]
    rows = conn.execute(select(S.responses).where(
        S.responses.c.wkey == key, S.responses.c.activity_id == activity["id"],
        S.responses.c.withdrawn_at.is_(None))).mappings().all()
    return core_results.compute(activity["kind"], activity["settings"] or {}, options,
                                [_Slim(dict(r)) for r in rows])


def headline(result: Any) -> dict[str, Any]:
    """A result's n and headline figure as plain data (what :func:`describe_figures` reads)."""
    kind = kind_of(result.kind)
    out: dict[str, Any] = {"n": result.n, "kind": str(getattr(result.kind, "value",
                                                              result.kind))}
    if kind.headline == "mean" and result.mean is not None:
        out.update(mean=round(result.mean, 3), median=result.median)
    elif kind.headline == "leader" and result.options:
        top = max(result.options, key=lambda o: (o.points if kind.measure != "count"
                                                 else o.count))
        out.update(top_label=top.label, top_share=round(top.share, 4))
    elif kind.headline == "agreement" and result.options:
        top = max(result.options, key=lambda o: o.share)
        out.update(top_label=top.label, top_share=round(top.share, 4))
    return out



def describe_figures(kind: str, figures: dict[str, Any], language: str) -> str:
    """The figures of an item in words, in ``language`` ("n = 23 · agree 15 (65 %)")."""
    w = words_in(language)
    if kind == NOTE:
        dots = int(figures.get("dots") or 0)
        return w.translate("Paper", "dots: {n}").format(n=dots) if dots else ""
    if kind == CLUSTER:
        return w.translate("Paper", "notes: {notes}, dots: {dots}").format(
            notes=figures.get("notes", 0), dots=figures.get("dots", 0))
    n = int(figures.get("n") or 0)
    parts = [f"n = {n}"]
    if kind == STATEMENT:
        agree = int(figures.get("agree") or 0)
        seen = agree + int(figures.get("disagree") or 0) + int(figures.get("pass") or 0)
        share = agree / seen if seen else 0.0
        parts.append(w.translate("Paper", "agree {agree} ({share}), disagree {disagree}, pass {passed}")
                     .format(agree=agree, share=format_percent(share, language),
                             disagree=figures.get("disagree", 0), passed=figures.get("pass", 0)))
    elif "mean" in figures:
        parts.append(w.translate("Paper", "average {mean}").format(
            mean=format_number(float(figures["mean"]), language, 1)))
    elif "top_label" in figures:
        parts.append(w.translate("Paper", "ahead: {label} ({share})").format(
            label=figures["top_label"], share=format_percent(float(figures.get("top_share") or 0),
                                                   language)))
    return " · ".join(parts)
