"""The demo workshop: a complete, realistic workshop that has already been run.

Made entirely through the domain services (the same door as the UI), so it is
also a broad test of them. The same seed gives the same file content: ids and
timestamps come from :func:`studio.store.models.reproducible`.

``small``: 5 scenarios, every activity kind, ~40 participants.
``large`` (the benchmark workload): 8 scenarios, 48 activities, 150
participants, ≥ 7,000 responses and ≥ 1,500 notes.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from studio.core.ballots import BallotService
from studio.core.board_layout import CardSpec, arrange, board_blocks, estimated_card_height
from studio.core.demo_content import (
    CLUSTER_NAMES,
    HIDE_REASONS,
    MULTI_OPTIONS,
    NOTE_SUFFIXES,
    NOTE_TEXTS,
    SINGLE_OPTIONS,
    STATEMENTS,
)
from studio.core.facilitation import FacilitationService
from studio.core.kinds import (
    DEFAULT_STAKEHOLDER_GROUPS,
    Moderation,
    ScreenMode,
    Source,
)
from studio.core.kinds.base import Kind
from studio.core.kinds.registry import kind_of
from studio.core.notes import NoteService
from studio.core.workshops import WorkshopService
from studio.store.database import WorkshopStore
from studio.store.models import reproducible


@dataclass(frozen=True)
class DemoSize:
    scenarios: int
    participants: int
    notes_per_activity: int
    turnout: float  # share of participants answering a given activity


SIZES = {
    "small": DemoSize(scenarios=5, participants=40, notes_per_activity=8, turnout=0.7),
    "large": DemoSize(scenarios=8, participants=150, notes_per_activity=95, turnout=0.85),
}
GROUP_WEIGHTS = [0.45, 0.25, 0.1, 0.08, 0.12]

# Six activities per scenario; the kinds rotate so every kind appears.
_PLAN: list[list[str]] = [
    ["scale", "statements", "notes", "matrix", "single_choice", "notes"],
    ["scale", "statements", "notes", "multiple_choice", "points", "notes"],
    ["scale", "statements", "notes", "ranking", "matrix", "notes"],
    ["scale", "statements", "notes", "single_choice", "multiple_choice", "notes"],
    ["scale", "statements", "notes", "points", "ranking", "notes"],
]


def demo_cards() -> list[dict[str, Any]]:
    """The scenario cards of the demo: the shipped library, in file order."""
    from studio.core.cards import load_library

    return list(load_library().cards)


def _activity_spec(kind: str, card: dict[str, Any], cards: list[dict[str, Any]]) -> dict[str, Any]:
    title = (card.get("title") or {}).get("de", card.get("id", ""))
    if kind == "scale":
        return dict(prompt=f"Wie nützlich finden Sie dieses Vorhaben? ({title})",
                    settings={"min": 1, "max": 5, "min_label": "gar nicht nützlich",
                              "max_label": "sehr nützlich", "allow_dont_know": True},
                    timebox_minutes=5)
    if kind == "statements":
        return dict(prompt="Stimmen Sie diesen Aussagen zu?", options=STATEMENTS,
                    timebox_minutes=8)
    if kind == "notes":
        return dict(prompt="Hoffnungen, Bedenken und Bedingungen", timebox_minutes=15)
    if kind == "matrix":
        return dict(prompt="Nutzen gegen Risiko: Wo sehen Sie dieses Vorhaben?",
                    settings={"x_label": "Risiko", "y_label": "Nutzen",
                              "x_low": "gering", "x_high": "hoch",
                              "y_low": "gering", "y_high": "hoch"},
                    timebox_minutes=5)
    if kind == "single_choice":
        return dict(prompt="Wie soll die Stadt weitermachen?", options=SINGLE_OPTIONS,
                    timebox_minutes=4)
    if kind == "multiple_choice":
        return dict(prompt="Welche Themen sind Ihnen am wichtigsten? (höchstens 3)",
                    options=MULTI_OPTIONS, settings={"max_choices": 3}, timebox_minutes=5)
    if kind == "points":
        labels = [(c.get("title") or {}).get("de", c["id"]) for c in cards[:5]]
        return dict(prompt="Welches Pilotprojekt zuerst? Verteilen Sie 10 Punkte.",
                    options=labels, settings={"budget": 10}, timebox_minutes=8)
    if kind == "ranking":
        return dict(prompt="Ordnen Sie: Was muss zuerst geklärt werden?",
                    options=["Datenschutz", "Fairness", "Transparenz", "Kosten"],
                    timebox_minutes=6)
    raise ValueError(kind)


def generate_demo(
    path: Path,
    size: str = "small",
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    *,
    overwrite: bool = False,
) -> WorkshopStore:
    """Write the demo workshop to ``path`` and return its open store."""
    store = WorkshopStore.create(Path(path), overwrite=overwrite)
    populate_demo(store, size, seed, progress)
    return store


def populate_demo(
    store: WorkshopStore,
    size: str = "small",
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Fill an empty store (a file, or a server database) with the demo workshop.

    The same seed gives the same records on every backend.
    """
    start = datetime(2026, 10, 14, 15, 0, tzinfo=timezone.utc)
    with reproducible(seed, start) as clock:
        _populate(store, SIZES[size], random.Random(seed), clock, progress)


def _populate(store: WorkshopStore, spec: DemoSize, rng: random.Random,
              clock: list[datetime], progress: Callable[[int, int], None] | None) -> None:
    workshops, ballots = WorkshopService(store), BallotService(store)
    facilitation, notes = FacilitationService(store), NoteService(store)
    workshops.create_workshop(
        "KI in der Stadtverwaltung – Bürgerwerkstatt",
        date=date(2026, 10, 14),
        place="Neues Rathaus, Festsaal, Leipzig",
        organiser="Referat Digitale Stadt",
        facilitator="Moderationsteam Digitale Stadt",
        language="de",
    )
    cards = demo_cards()[: spec.scenarios]
    groups = [g["key"] for g in DEFAULT_STAKEHOLDER_GROUPS]
    people = [
        (rng.choices(groups, weights=GROUP_WEIGHTS)[0] if rng.random() > 0.08 else None,
         rng.random())
        for _ in range(spec.participants)
    ]
    total = len(cards) * 6
    done = 0
    cluster_count = 0
    for s_index, card in enumerate(cards):
        scenario = workshops.add_scenario(card)
        facilitation.set_current(scenario.id)
        for kind_name in _PLAN[s_index % len(_PLAN)]:
            act = workshops.add_activity(scenario.id, kind_name,
                                         **_activity_spec(kind_name, card, cards))
            kind = kind_of(kind_name)
            option_ids = [o.id for o in act.options]
            facilitation.set_current(scenario.id, act.id)
            facilitation.open_voting(act.id)
            if kind.collects_notes:
                cluster_count += _notes_round(notes, act, scenario.id, spec, rng, clock,
                                              people, with_clusters=cluster_count < 12)
            else:
                for group, lean in people:
                    if rng.random() > spec.turnout:
                        continue
                    clock[0] += timedelta(seconds=rng.uniform(2, 9))
                    ballots.cast_ballot(act.id, kind.demo_answer(option_ids, rng, lean,
                                                                  act.settings),
                                        group, Source.SCREEN)
                _tally(ballots, act, kind, option_ids, rng)
            facilitation.reveal(act.id) if not kind.collects_notes else \
                facilitation.close_voting(act.id)
            done += 1
            if progress:
                progress(done, total)
    facilitation.set_screen_mode(ScreenMode.BLANK)
    _tidy_board(notes, [c["key"] for c in workshops.get().note_categories or []])
    _dot_voting(notes, rng, people)
    facilitation.mark_closed()  # a finished session, not one interrupted by a crash


def _tidy_board(notes: NoteService, categories: list[str]) -> None:
    """Lay the board out as a facilitator would before showing it, so it does not open as
    a pile: scenario after scenario its clusters, then its other notes by category, the
    hidden notes last. The board's "Arrange by cluster" follows the same rules."""
    cards = [CardSpec(n.id, n.category, estimated_card_height(n.text), n.cluster_id,
                      n.moderation != Moderation.VISIBLE.value, n.scenario_id or "")
             for n in notes.notes() if not n.merged_into_id]
    blocks = board_blocks(cards, categories, clusters=[c.id for c in notes.clusters()])
    notes.move_notes(arrange(blocks))


def _tally(ballots: BallotService, act: Any, kind: Kind, option_ids: list[str],
           rng: random.Random) -> None:
    """A show of hands from people who stayed in their seats (some activities only)."""
    tally = kind.demo_tally(option_ids, rng)
    if tally is not None:
        counts, group, source = tally
        ballots.record_tally(act.id, counts, stakeholder_group=group, source=source)


def _notes_round(notes: NoteService, act: Any, scenario_id: str, spec: DemoSize,
                 rng: random.Random, clock: list[datetime], people: list, *,
                 with_clusters: bool) -> int:
    created: dict[str, list[str]] = {}
    categories = list(NOTE_TEXTS)
    for i in range(spec.notes_per_activity):
        category = categories[i % len(categories)] if i < 5 else rng.choice(categories)
        text = rng.choice(NOTE_TEXTS[category]) + rng.choice(NOTE_SUFFIXES)
        clock[0] += timedelta(seconds=rng.uniform(5, 25))
        source = rng.choices([Source.SCREEN, Source.LAPTOP, Source.PAPER], [0.6, 0.15, 0.25])[0]
        group = rng.choice(people)[0] if source is Source.SCREEN else None
        note = notes.add_note(
            text, category, scenario_id=scenario_id, activity_id=act.id, source=source,
            stakeholder_group=group,
            tags=rng.sample(["privacy", "fairness", "transparency", "jobs", "cost"],
                            rng.choice([0, 0, 1, 2])),
        )
        created.setdefault(category, []).append(note.id)
    # Moderation: one note with personal data, one insult (hidden with a reason).
    personal = notes.add_note(
        "Rufen Sie mich an: 0341 123 45 67, Erika Mustermann, Hauptstraße 12",
        "question", scenario_id=scenario_id, activity_id=act.id, source=Source.PAPER)
    notes.hide(personal.id, HIDE_REASONS[0])
    if rng.random() < 0.5:
        insult = notes.add_note("Das ist doch alles Quatsch, ihr Idioten", "concern",
                                scenario_id=scenario_id, activity_id=act.id, source=Source.SCREEN)
        notes.hide(insult.id, HIDE_REASONS[1])
    clusters = 0
    if with_clusters:
        for category, ids in created.items():
            if len(ids) >= 2:
                notes.create_cluster(CLUSTER_NAMES[category], ids[: max(2, len(ids) // 2)],
                                     scenario_id=scenario_id)
                clusters += 1
        # A duplicate merged into its twin: both texts kept.
        first = next(iter(created.values()))
        if len(first) >= 2:
            notes.merge(first[0], first[1])
    return clusters


def _dot_voting(notes: NoteService, rng: random.Random, people: list) -> None:
    visible = [n.id for n in notes.notes(include_hidden=False)]
    if not visible:
        return
    top = visible[: min(len(visible), 25)]
    for _ in range(max(5, len(people) // 3)):
        picks = rng.sample(top, min(len(top), 5))
        notes.cast_dots([("note", nid) for nid in picks])
