"""Which questions of several workshops are the same question, and their pooled results.

Wording differs between workshops (a plan says "diesen KI-Einsatz", the demo
"dieses Vorhaben"; an English workshop asks in English), so questions are
matched by what they are, not how they are phrased:

- by **scenario card and activity template**: a workshop made from a plan
  keeps each activity's template id in its settings; a template that fixes the
  question (its kind has no options, or it brings its options) identifies it.
  An activity without a template id whose settings and options are exactly a
  template's in one language (the demo's usefulness scale) counts as that
  template.
- otherwise (a free question, or single and multiple choice whose options the
  facilitator wrote) by card, kind, the prompt with case and spacing ignored,
  the option labels and the settings.

Answers must fit together too: a scale needs the same range, points the same
budget; options are matched by label, or by position when two activities of
one template have the same number of options (the same template in German and
English). A question asked twice on one card in a workshop is matched in order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from studio.core.kinds import ActivityKind
from studio.core.results import pooled_allowed
from studio.core.templates import TEMPLATES, find_template
from studio.exchange import rows as R
from studio.exchange.records import WorkshopRecords

_FREE_TEMPLATES = {"single_choice", "multiple_choice", "free"}  # the question is the user's


def _fixes_question(template_id: str) -> bool:
    t = find_template(template_id)
    if t is None or t.id in _FREE_TEMPLATES or t.kind == ActivityKind.NOTES:
        return False
    return not ActivityKind(t.kind).has_options or bool(t.options) or bool(t.options_from)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").strip()).casefold()


def _settings(activity: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in (activity.get("settings") or {}).items() if k != "template"}


def infer_template(activity: dict[str, Any], labels: list[str]) -> str | None:
    """The template an activity was made from: its own record, or an exact match of one."""
    own = (activity.get("settings") or {}).get("template")
    if isinstance(own, str) and own:
        return own if _fixes_question(own) else None
    settings = _settings(activity)
    for t in TEMPLATES:
        if t.kind != activity["kind"] or not _fixes_question(t.id) or t.options_from:
            continue
        for lang in ("de", "en"):
            if settings == (t.settings.get(lang) or {}) and labels == list(t.options.get(lang, [])):
                return t.id
    return None


def _shape(activity: dict[str, Any]) -> tuple:
    """What answers need in common to be pooled."""
    s = _settings(activity)
    kind = activity["kind"]
    if kind == ActivityKind.SCALE:
        return (s.get("min", 1), s.get("max", 5))
    if kind == ActivityKind.POINTS:
        return (s.get("budget"),)
    if kind == ActivityKind.MULTIPLE_CHOICE:
        return (s.get("max_choices"),)
    return ()


@dataclass
class Compared:
    """One question compared across workshops, for the summary and the Results sheet."""

    card_id: str
    template: str | None
    prompts: list[str]
    workshops: int
    members: list[tuple[WorkshopRecords, dict[str, Any]]] = field(default_factory=list, repr=False)

    def describe(self) -> str:
        prompt = " ".join(self.prompts[0].split())
        if len(prompt) > 40:  # a cut question says so
            prompt = prompt[:40].rstrip() + "…"
        what = self.template or f"“{prompt}”"
        return f"{self.card_id}: {what}"


def match_questions(workshops: list[WorkshopRecords]) -> list[Compared]:
    """Groups of the same question (on the same card) asked in at least two workshops."""
    groups: dict[tuple, list[tuple[WorkshopRecords, dict[str, Any]]]] = defaultdict(list)
    templates: dict[tuple, str | None] = {}
    for w in workshops:
        cards = {s["id"]: s.get("card_id") for s in w.scenarios}
        labels: dict[str, list[str]] = defaultdict(list)
        for o in sorted(w.options, key=lambda o: o["position"]):
            labels[o["activity_id"]].append(o["label"])
        seen: dict[tuple, int] = defaultdict(int)
        for a in sorted(w.activities, key=lambda a: a["position"]):
            if a["kind"] == ActivityKind.NOTES:
                continue
            card = cards.get(a["scenario_id"])
            template = infer_template(a, labels[a["id"]])
            if template:
                key: tuple = (card, "template", template, a["kind"], _shape(a))
            else:
                key = (card, "question", a["kind"], _norm(a["prompt"]),
                       tuple(_norm(x) for x in labels[a["id"]]), R.dumps(_settings(a)))
            seen[key] += 1
            key = (*key, seen[key])
            groups[key].append((w, a))
            templates[key] = template
    out = []
    for key, members in groups.items():
        if len({w.id for w, _ in members}) < 2:
            continue
        prompts = list(dict.fromkeys(a["prompt"] for _, a in members))
        out.append(Compared(key[0], templates[key], prompts, len({w.id for w, _ in members}),
                            members))
    return out


def _option_map(canonical: list[tuple[str, str]], own: list[tuple[str, str]],
                by_position: bool) -> dict[str, str] | None:
    """Own option id → canonical option id, or None if the options do not correspond."""
    by_label = {_norm(label): oid for oid, label in canonical}
    mapped = {oid: by_label.get(_norm(label)) for oid, label in own}
    if all(mapped.values()) and len(set(mapped.values())) == len(mapped):
        return mapped  # type: ignore[return-value]
    if by_position and len(own) == len(canonical):
        return {oid: canonical[i][0] for i, (oid, _label) in enumerate(own)}
    return None


def across_results(workshops: list[WorkshopRecords]
                   ) -> tuple[list[tuple[dict[str, Any], list[tuple]]], list[Compared]]:
    """Pooled results of each question asked in several workshops, and what was compared."""
    out = []
    compared = []
    # Each workshop's options and active answers by activity, indexed once (not once per
    # compared question: a merge of twenty large workshops compares hundreds).
    by_activity: dict[int, tuple[dict[str, list[tuple[str, str]]], dict[str, list[Any]]]] = {}
    for w in workshops:
        opts: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for o in sorted(w.options, key=lambda o: o["position"]):
            opts[o["activity_id"]].append((o["id"], o["label"]))
        answers: dict[str, list[Any]] = defaultdict(list)
        for r in w.responses:
            if r["withdrawn_at"] is None:
                answers[r["activity_id"]].append(r)
        by_activity[id(w)] = (opts, answers)

    def options(w: WorkshopRecords, a: dict[str, Any]) -> list[tuple[str, str]]:
        return by_activity[id(w)][0].get(a["id"], [])

    for group in match_questions(workshops):
        first_w, first_a = group.members[0]

        canonical = options(first_w, first_a)
        responses: list[Any] = []
        parts: list[list[Any]] = []  # each workshop's own answers, for the small-group rule
        used = []
        for w, a in group.members:
            mapping = _option_map(canonical, options(w, a), by_position=group.template is not None)
            if mapping is None:
                continue  # the options do not correspond: not pooled
            used.append((w, a))
            parts.append([])
            for r in by_activity[id(w)][1].get(a["id"], ()):
                oid = mapping.get(r["option_id"]) if r["option_id"] else None
                parts[-1].append(R._Slim(r, oid, ballot_prefix=f"{w.id}/"))
            responses.extend(parts[-1])
        n_workshops = len({w.id for w, _ in used})
        if n_workshops < 2:
            continue
        group.members, group.workshops = used, n_workshops
        group.prompts = list(dict.fromkeys(a["prompt"] for _, a in used))
        sc = next(s for s in first_w.scenarios if s["id"] == first_a["scenario_id"])
        head = {"title": R.card_title(sc["card"] or {}, first_w.workshop.get("language") or "de"),
                "scope": "across_workshops", "workshop_id": None, "n_workshops": n_workshops,
                "scenario_id": None, "card_id": group.card_id,
                "card_version": sc.get("card_version"), "activity_id": None,
                # Every wording that was pooled, so that a reader sees what was compared.
                "prompt": " / ".join(group.prompts), "kind": first_a["kind"],
                "settings": first_a["settings"] or {}}
        # A group is broken out over the workshops only where each workshop's own results
        # break it out: otherwise the pooled numbers minus the other workshops' would show
        # one workshop's small group (docs/export-schema.md, "Small groups").
        allowed = pooled_allowed(first_a["kind"], parts)
        out.append((head, R.activity_results(first_a["kind"], first_a["settings"] or {},
                                              canonical, responses, head, allowed)))
        compared.append(group)
    return out, compared
