"""Records → sheet rows (tuples in the schema's column order), and back for cards.

Derived columns (labels, kinds, counts) are filled here for reading; the
importer ignores them. Results come from :mod:`studio.core.results`, the same
computation as the live view, including its small-group rule.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from studio.base.i18n import QT_TRANSLATE_NOOP, words_in
from studio.core import results as core_results
from studio.core.card_schema import KEYS as CARD_KEYS  # the card format's field order
from studio.core.kinds import Moderation, localized
from studio.core.kinds.base import NO_VALUES
from studio.core.kinds.registry import kind_of, lookup
from studio.core.pii import find_personal_data, hidden_for_personal_data, redact
from studio.exchange import schema
from studio.exchange.records import WorkshopRecords


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# -- scenario cards: one column per field ---------------------------------------
def _field_kind(value: Any) -> str:
    if isinstance(value, dict) and set(value) <= {"de", "en"} and value and all(
            isinstance(v, str) for v in value.values()):
        return "bilingual"
    if isinstance(value, str):
        return "text"
    return "json"


def card_layout(cards: Iterable[dict[str, Any]]) -> dict[str, list[Any]]:
    """Field → [kind, column names]; the card schema's order first, then first appearance."""
    order: list[str] = [k for k in CARD_KEYS]
    kinds: dict[str, str] = {}
    for card in cards:
        for key, value in card.items():
            if key not in order:
                order.append(key)
            kind = _field_kind(value)
            # One field, one kind: mixed kinds across cards fall back to JSON.
            kinds[key] = kind if kinds.get(key, kind) == kind else "json"
    # Excel wants the headers of a table unique regardless of case.
    taken = {n.casefold() for n in schema.SCENARIOS.names}
    layout: dict[str, list[Any]] = {}
    for key in order:
        if key not in kinds:
            continue
        kind = kinds[key]
        names = [f"{key}_de", f"{key}_en"] if kind == "bilingual" else [key]
        names = [_free_name(n, taken) for n in names]
        layout[key] = [kind, names]
    return layout


def _free_name(name: str, taken: set[str]) -> str:
    """``name``, or ``card_name`` (``card_name_2``, ...) if a column of that name exists."""
    candidate = name if name.strip() else "card_field"
    if candidate.casefold() in taken:
        candidate = f"card_{name}"
        i = 2
        while candidate.casefold() in taken:
            candidate = f"card_{name}_{i}"
            i += 1
    taken.add(candidate.casefold())
    return candidate


def card_columns(layout: dict[str, list[Any]]) -> list[str]:
    return [name for _, names in layout.values() for name in names]


def card_cells(card: dict[str, Any], layout: dict[str, list[Any]]) -> list[Any]:
    cells: list[Any] = []
    for key, (kind, names) in layout.items():
        value = card.get(key)
        if key not in card:
            cells.extend([None] * len(names))
        elif kind == "bilingual" and isinstance(value, dict):
            cells.extend([value.get("de"), value.get("en")])
        elif kind == "text" and isinstance(value, str):
            cells.append(value)
        elif kind == "bilingual":
            cells.extend([dumps(value), None])
        else:
            cells.append(dumps(value))
    return cells


def card_from_cells(own_layout: dict[str, list[Any]], get: Any) -> dict[str, Any]:
    """Rebuild a card from its layout and a ``get(column) -> value`` of one row."""
    card: dict[str, Any] = {}
    for key, (kind, names) in own_layout.items():
        values = [get(n) for n in names]
        if kind == "bilingual":
            de, en = (values + [None, None])[:2]
            entry = {}
            if de is not None:
                entry["de"] = de
            if en is not None:
                entry["en"] = en
            card[key] = entry
        elif kind == "text":
            card[key] = values[0] if values[0] is not None else ""
        else:
            card[key] = json.loads(values[0]) if values[0] not in (None, "") else None
    return card


def card_title(card: dict[str, Any], language: str) -> str:
    title = card.get("title")
    if isinstance(title, dict):
        return localized(title, language)
    return str(title or card.get("id") or "")


def own_layout(card: dict[str, Any], layout: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """The part of the workbook's layout this card uses (stored per row for the import)."""
    return {k: v for k, v in layout.items() if k in card}


# -- sheets ------------------------------------------------------------------------
def scenario_rows(rec: WorkshopRecords, layout: dict[str, list[Any]]) -> Iterator[tuple]:
    for s in rec.scenarios:
        card = s["card"] or {}
        yield (s["id"], s["workshop_id"], s["position"], s["card_id"], s["card_version"],
               dumps(own_layout(card, layout)), *card_cells(card, layout))


def activity_rows(rec: WorkshopRecords) -> Iterator[tuple]:
    for a in rec.activities:
        yield (a["id"], a["workshop_id"], a["scenario_id"], a["position"], a["kind"], a["prompt"],
               a["state"], a["timebox_minutes"], dumps(a["settings"] or {}))


def option_rows(rec: WorkshopRecords) -> Iterator[tuple]:
    ws_of = {a["id"]: a["workshop_id"] for a in rec.activities}
    for o in rec.options:
        yield (o["id"], ws_of.get(o["activity_id"], rec.id), o["activity_id"], o["position"],
               o["label"])


class GroupFolding:
    """The stakeholder group each row of one workshop's data sheets shows.

    The workshop file keeps every group; an export writes ``small_groups`` instead of
    a group with fewer than 5 people in the row's activity (and wherever else the
    small-group rule of :func:`studio.core.results.fold_groups` folds one), so that
    the raw rows agree with the Results sheet and nobody is singled out. Notes count
    per activity (or scenario board) with :func:`studio.core.results.note_group_sizes`.
    """

    def __init__(self, rec: WorkshopRecords) -> None:
        kinds = {a["id"]: a["kind"] for a in rec.activities}
        active: dict[str, list[_Slim]] = defaultdict(list)
        for r in rec.responses:
            if r["withdrawn_at"] is None:
                active[r["activity_id"]].append(_Slim(r))
        self._responses = {aid: core_results.fold_groups(kinds.get(aid), rs)
                           for aid, rs in active.items()}
        room = core_results.room_sizes(core_results.group_sizes(kinds.get(aid), rs)
                                       for aid, rs in active.items())
        scopes: dict[str, list[str | None]] = defaultdict(list)
        for n in rec.notes:
            scopes[self._scope(n)].append(n["stakeholder_group"])
        self._notes = {scope: core_results.shown_groups(core_results.note_group_sizes(gs, room))
                       for scope, gs in scopes.items()}

    @staticmethod
    def _scope(note: dict[str, Any]) -> str:
        return note["activity_id"] or note["scenario_id"] or ""

    def response(self, activity_id: str | None, group: str | None) -> str | None:
        """The group written for a response (or tally) of ``activity_id``."""
        mapping = self._responses.get(activity_id or "", {})
        if group is None and core_results.NOT_STATED not in mapping:
            return None
        return core_results.shown_label(mapping, group)

    def note(self, note: dict[str, Any]) -> str | None:
        group = note["stakeholder_group"]
        if group is None or group in self._notes.get(self._scope(note), ()):
            return group
        return core_results.SMALL_GROUPS

    def event_payload(self, event: dict[str, Any]) -> Any:
        """An event's payload with the group of a tally folded like its responses."""
        payload = event["payload"]
        if isinstance(payload, dict) and payload.get("group") is not None:
            payload = {**payload, "group": self.response(event["activity_id"], payload["group"])}
        return payload


def response_rows(rec: WorkshopRecords, folding: GroupFolding | None = None) -> Iterator[tuple]:
    acts = {a["id"]: a for a in rec.activities}
    labels = {o["id"]: o["label"] for o in rec.options}
    folding = folding or GroupFolding(rec)
    for r in rec.responses:
        act = acts.get(r["activity_id"], {})
        kind = act.get("kind")
        spec = lookup(kind)
        scale, dont_know, points, rank, stance = spec.response_values(
            r["value_num"], r["value_text"]) if spec else NO_VALUES
        yield (r["id"], r["workshop_id"], act.get("scenario_id"), r["activity_id"], kind,
               r["ballot_id"], folding.response(r["activity_id"], r["stakeholder_group"]),
               r["source"], r["submitted_at"],
               r["withdrawn_at"], r["withdrawn_at"] is not None, r["option_id"],
               labels.get(r["option_id"]) if r["option_id"] else None,
               scale, dont_know, points, rank, stance, r["value_x"], r["value_y"], r["count"])


WITHHELD = QT_TRANSLATE_NOOP("Export", "[hidden: personal data]")


def _without_personal_data(text: str | None) -> str | None:
    """A reason or a log entry with what looks like personal data cut out."""
    if not isinstance(text, str) or not text:
        return text
    findings = find_personal_data(text)
    return redact(text, findings) if findings else text


def note_text(n: dict[str, Any], language: str) -> str:
    """A note's text as exports carry it: a note hidden for personal data never carries it."""
    if hidden_for_personal_data(n["moderation"], n["hidden_reason"], n["text"]):
        return words_in(language).translate("Export", WITHHELD)
    return n["text"]


def as_exported(record: dict[str, Any]) -> dict[str, Any]:
    """A note or event record with its private parts as an export holds them (for comparing
    a workshop with its own export, e.g. in a merge): the text of a note hidden for personal
    data withheld, personal data in hiding reasons cut out."""
    if "moderation" in record and "text" in record:
        record = {**record, "hidden_reason": _without_personal_data(record.get("hidden_reason"))}
        if hidden_for_personal_data(record["moderation"], record["hidden_reason"],
                                    record["text"]):
            record["text"] = None
    elif isinstance(record.get("payload"), dict) and "reason" in record["payload"]:
        payload = record["payload"]
        record = {**record, "payload": {**payload,
                                        "reason": _without_personal_data(payload["reason"])}}
    return record


def note_rows(rec: WorkshopRecords, folding: GroupFolding | None = None) -> Iterator[tuple]:
    language = rec.workshop.get("language") or "de"
    folding = folding or GroupFolding(rec)
    for n in rec.notes:
        hidden = n["moderation"] == Moderation.HIDDEN.value
        yield (n["id"], n["workshop_id"], n["scenario_id"], n["activity_id"],
               note_text(n, language), n["category"], ", ".join(n["tags"] or []),
               n["cluster_id"], n["source"], folding.note(n), n.get("dots", 0), hidden,
               _without_personal_data(n["hidden_reason"]) or None, n["merged_into_id"],
               n["pos_x"], n["pos_y"], n["created_at"], n["updated_at"])


def cluster_rows(rec: WorkshopRecords) -> Iterator[tuple]:
    members: dict[str, int] = defaultdict(int)
    for n in rec.notes:
        if n["cluster_id"]:
            members[n["cluster_id"]] += 1
    for c in rec.clusters:
        yield (c["id"], c["workshop_id"], c["scenario_id"], c["name"], c["color"] or None,
               members.get(c["id"], 0), c.get("dots", 0), c["pos_x"], c["pos_y"], c["created_at"])


def event_rows(rec: WorkshopRecords, folding: GroupFolding | None = None) -> Iterator[tuple]:
    folding = folding or GroupFolding(rec)
    for e in rec.events:
        payload = folding.event_payload(e)
        if isinstance(payload, dict) and isinstance(payload.get("reason"), str):
            payload = {**payload, "reason": _without_personal_data(payload["reason"])}
        yield (e["id"], e["workshop_id"], e["seq"], e["at"], e["kind"], e["activity_id"],
               dumps(payload) if payload else None)


def workshop_values(rec: WorkshopRecords) -> list[Any]:
    """Values of :data:`schema.WORKSHOP_FIELDS` in order."""
    w = rec.workshop
    return [w["id"], w["title"], w["date"], w["place"] or None, w["organiser"] or None,
            w["facilitator"] or None, w["language"], dumps(w["stakeholder_groups"] or []),
            dumps(w["note_categories"] or []), dumps(w["note_tags"] or []),
            dumps(w["settings"] or {}), w["facilitator_notes"] or None, w["created_at"]]


def workshops_row(rec: WorkshopRecords) -> tuple:
    c = rec.counts()
    return (*workshop_values(rec), rec.source_name or None, c["scenarios"], c["ballots"], c["notes"])


# -- results -----------------------------------------------------------------------
class _Slim:
    """What results need of a response row (``ResponseLike``)."""

    __slots__ = (
        "ballot_id",
        "count",
        "option_id",
        "source",
        "stakeholder_group",
        "value_num",
        "value_text",
        "value_x",
        "value_y",
    )

    def __init__(self, r: dict[str, Any], option_id: str | None = None,
                 ballot_prefix: str = "") -> None:
        self.ballot_id = ballot_prefix + r["ballot_id"] if r["ballot_id"] else None
        self.option_id = option_id if option_id is not None else r["option_id"]
        self.value_num, self.value_x, self.value_y = r["value_num"], r["value_x"], r["value_y"]
        self.value_text, self.count = r["value_text"], r["count"]
        self.stakeholder_group = r["stakeholder_group"]
        self.source = r.get("source")


def result_rows(result: core_results.ActivityResult, head: dict[str, Any]) -> Iterator[tuple]:
    """Rows of one result (everybody or one group) under the fixed ``head`` columns."""
    kind = result.kind
    prefix = (head["scope"], head["workshop_id"], head["n_workshops"], head["scenario_id"],
              head["card_id"], head["card_version"], head["activity_id"], kind.value,
              head["prompt"], result.group)
    for values in kind_of(kind).result_values(result):
        yield (*prefix, *values)


def activity_results(kind: str, settings: dict[str, Any], options: list[tuple[str, str]],
                     responses: list[Any], head: dict[str, Any],
                     allowed: set[str] | None = None) -> list[tuple]:
    """Everybody first, then each group shown (small groups together as ``small_groups``;
    ``allowed`` limits the groups of pooled results, see ``core_results.pooled_allowed``)."""
    rows = list(result_rows(core_results.compute(kind, settings, options, responses), head))
    for group_result in core_results.compute_by_group(kind, settings, options, responses,
                                                      allowed=allowed).values():
        rows.extend(result_rows(group_result, head))
    return rows


def workshop_results(rec: WorkshopRecords) -> Iterator[tuple[dict[str, Any], list[tuple]]]:
    """Per voting activity: (head, rows) for one workshop."""
    scenarios = {s["id"]: s for s in rec.scenarios}
    options: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for o in rec.options:
        options[o["activity_id"]].append((o["id"], o["label"]))
    active: dict[str, list[_Slim]] = defaultdict(list)
    for r in rec.responses:
        if r["withdrawn_at"] is None:
            active[r["activity_id"]].append(_Slim(r))
    for a in rec.activities:
        if kind_of(a["kind"]).collects_notes:
            continue
        sc = scenarios.get(a["scenario_id"], {})
        head = {"title": card_title(sc.get("card") or {}, rec.workshop.get("language") or "de"),
                "scope": "workshop", "workshop_id": a["workshop_id"], "n_workshops": 1,
                "scenario_id": a["scenario_id"], "card_id": sc.get("card_id"),
                "card_version": sc.get("card_version"), "activity_id": a["id"],
                "prompt": a["prompt"], "kind": a["kind"], "settings": a["settings"] or {}}
        yield head, activity_results(a["kind"], a["settings"] or {}, options[a["id"]],
                                     active[a["id"]], head)


def sheet_rows(rec: WorkshopRecords, sheet: schema.Sheet,
               layout: dict[str, list[Any]] | None = None) -> Iterator[tuple]:
    """Rows of a data sheet for one workshop (Results without its chart bookkeeping)."""
    if sheet is schema.SCENARIOS:
        return scenario_rows(rec, layout if layout is not None else card_layout(
            s["card"] or {} for s in rec.scenarios))
    if sheet is schema.RESULTS:
        return (row for _, rows in workshop_results(rec) for row in rows)
    return {
        "Activities": activity_rows, "Options": option_rows, "Responses": response_rows,
        "Notes": note_rows, "Clusters": cluster_rows, "EventLog": event_rows,
    }[sheet.name](rec)
