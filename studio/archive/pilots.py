"""Per pilot (a scenario card, by card id): its questions' results over the archive's workshops.

What the strategy paper and the feedback page print, as plain data. A question
asked about the same card in several workshops (matched by card and activity
template, never by wording: :func:`studio.exchange.compare.match_questions`)
is pooled into one result; the others stay per workshop. Groups are broken out
only as every other output does (at least 5 people, and over workshops only
where each workshop's own results break them out).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from studio.core import results as core_results
from studio.core.kinds.registry import kind_of
from studio.exchange import rows as R
from studio.exchange.compare import _option_map, match_questions
from studio.exchange.records import WorkshopRecords


@dataclass(frozen=True)
class Question:
    """One question's result (pooled over ``workshops`` when more than one asked it)."""

    prompt: str
    kind: str
    settings: dict[str, Any]
    result: core_results.ActivityResult
    by_group: dict[str, core_results.ActivityResult]
    workshops: tuple[str, ...]  # workshop ids
    activities: tuple[tuple[str, str], ...]  # (workshop id, activity id): ids in the workbook
    labels: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Pilot:
    card_id: str
    title: str
    workshops: tuple[str, ...]
    questions: tuple[Question, ...]
    notes: tuple[dict[str, Any], ...]  # visible notes, most dots first


def _options(w: WorkshopRecords, activity_id: str) -> list[tuple[str, str]]:
    return [(o["id"], o["label"]) for o in sorted(w.options, key=lambda o: o["position"])
            if o["activity_id"] == activity_id]


def _labels(w: WorkshopRecords, settings: dict[str, Any], language: str) -> dict[str, str]:
    from studio.core.kinds import localized

    groups = {g["key"]: localized(g, language) for g in w.workshop.get("stakeholder_groups") or []}
    return {**groups, **{k: str(v) for k, v in settings.items()
                         if k.endswith(("_label", "_low", "_high"))}}


def _question(members: list[tuple[WorkshopRecords, dict[str, Any]]], by_position: bool,
              language: str) -> Question:
    first_w, first_a = members[0]
    canonical = _options(first_w, first_a["id"])
    parts: list[list[Any]] = []
    used = []
    for w, a in members:
        mapping = ({o: o for o, _ in canonical} if (w, a) is members[0]
                   else _option_map(canonical, _options(w, a["id"]), by_position))
        if mapping is None:
            continue
        used.append((w, a))
        parts.append([R._Slim(r, mapping.get(r["option_id"]) if r["option_id"] else None,
                              ballot_prefix=f"{w.id}/")
                      for r in w.responses
                      if r["activity_id"] == a["id"] and r["withdrawn_at"] is None])
    kind, settings = first_a["kind"], first_a["settings"] or {}
    responses = [r for part in parts for r in part]
    allowed = core_results.pooled_allowed(kind, parts) if len(parts) > 1 else None
    result = core_results.compute(kind, settings, canonical, responses)
    by_group = core_results.compute_by_group(kind, settings, canonical, responses,
                                             allowed=allowed)
    prompts = list(dict.fromkeys(a["prompt"] for _, a in used))
    return Question(" / ".join(prompts), kind, settings, result, by_group,
                    tuple(dict.fromkeys(w.id for w, _ in used)),
                    tuple((w.id, a["id"]) for w, a in used),
                    _labels(first_w, settings, language))


def pilots(workshops: list[WorkshopRecords], language: str) -> list[Pilot]:
    """Every pilot of ``workshops`` (in order of first appearance) with its questions."""
    order: dict[str, str] = {}
    for w in workshops:
        for s in sorted(w.scenarios, key=lambda s: s["position"]):
            card_id = s.get("card_id") or s["id"]
            order.setdefault(card_id, R.card_title(s["card"] or {}, language) or card_id)
    titles = [t.casefold() for t in order.values()]
    for card_id, title in order.items():  # two cards of one title: the card id tells them apart
        if titles.count(title.casefold()) > 1:
            order[card_id] = f"{title} ({card_id})"
    pooled: dict[str, list[list[tuple[WorkshopRecords, dict[str, Any]]]]] = defaultdict(list)
    taken: set[tuple[str, str]] = set()
    templated: dict[int, bool] = {}
    for group in match_questions(workshops):
        pooled[group.card_id].append(group.members)
        templated[id(group.members)] = group.template is not None
        taken.update((w.id, a["id"]) for w, a in group.members)
    out = []
    for card_id, title in order.items():
        questions = []
        for members in pooled.get(card_id, []):
            questions.append(_question(members, templated[id(members)], language))
        ids_in: list[str] = []
        notes: list[dict[str, Any]] = []
        for w in workshops:
            scen = {s["id"] for s in w.scenarios if (s.get("card_id") or s["id"]) == card_id}
            if not scen:
                continue
            ids_in.append(w.id)
            for a in sorted(w.activities, key=lambda a: a["position"]):
                if a["scenario_id"] in scen and not kind_of(a["kind"]).collects_notes \
                        and (w.id, a["id"]) not in taken:
                    questions.append(_question([(w, a)], False, language))
            notes += [dict(n, workshop_id=w.id) for n in w.notes
                      if n["scenario_id"] in scen and n["moderation"] == "visible"]
        notes.sort(key=lambda n: (-(n.get("dots") or 0), n["created_at"], n["id"]))
        out.append(Pilot(card_id, title, tuple(ids_in), tuple(questions), tuple(notes)))
    return out


def group_labels(workshops: list[WorkshopRecords], language: str) -> dict[str, str]:
    """Stakeholder group key → its name in ``language`` (the first workshop naming it)."""
    from studio.core.kinds import localized

    out: dict[str, str] = {}
    for w in workshops:
        for g in w.workshop.get("stakeholder_groups") or []:
            out.setdefault(g["key"], localized(g, language) or g["key"])
    return out
