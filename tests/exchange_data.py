"""A small workshop with every kind of record, built through the services (export tests)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from studio.core.ballots import BallotService
from studio.core.facilitation import FacilitationService
from studio.core.kinds import Source
from studio.core.notes import NoteService
from studio.core.workshops import WorkshopService
from studio.store.database import WorkshopStore

# Texts that must come out of every export exactly as text.
HOSTILE = [
    "=1+1",
    '=HYPERLINK("http://example.invalid","click")',
    "+SUM(A1:A2)",
    "-2+3",
    "@SUM(A1)",
    "\t=tab first",
    "\r=carriage return first",
    "line one\r\nline two\nline three",
    "<b>bold</b> &amp; <script>alert('x')</script>",
    "Emoji 😀👩🏽‍🚀 and ünïcödé",
    "مرحبا بالعالم – right to left \u200fשלום",
    "control\x01\x02\x0b\x1f characters",
    "  leading and trailing spaces  ",
    "x" * 10_000,
]
START = datetime(2026, 5, 4, 9, 30, 0, 123456, tzinfo=timezone.utc)


def build(store: WorkshopStore, *, title: str = "Werkstatt =1+1", card_id: str = "card-a",
          voters: int = 7) -> dict[str, str]:
    """Fill ``store`` (empty) with a workshop; return the ids tests look at."""
    ws, ballots = WorkshopService(store), BallotService(store)
    fac, notes = FacilitationService(store), NoteService(store)
    w = ws.create_workshop(title, place="Rathaus")
    ws.update(facilitator_notes=HOSTILE[6])
    card = {
        "id": card_id, "version": "2",
        "title": {"de": "Karte A", "en": "Card A"},
        "summary": {"de": HOSTILE[0], "en": HOSTILE[8]},
        "status": "pilot",
        "glossary": [{"term": {"de": "KI", "en": "AI"}, "definition": {"de": "…", "en": "…"}}],
        **{f"hostile_{i}": text for i, text in enumerate(HOSTILE)},
    }
    sc = ws.add_scenario(card)
    ids = {"workshop": w.id, "scenario": sc.id}
    specs = {
        "single": ("single_choice", ["=1+1", "@SUM(A1)", "Ja"], {}),
        "multi": ("multiple_choice", ["A", "B", "C"], {"max_choices": 2}),
        "scale": ("scale", [], {"min": 1, "max": 5, "min_label": "low", "max_label": "high"}),
        "points": ("points", ["P", "Q"], {"budget": 5}),
        "ranking": ("ranking", ["R1", "R2", "R3"], {}),
        "matrix": ("matrix", [], {"x_label": "risk", "y_label": "benefit"}),
        "statements": ("statements", ["S1 -2+3", "S2"], {}),
        "notes": ("notes", [], {}),
    }
    acts = {}
    for key, (kind, options, settings) in specs.items():
        act = ws.add_activity(sc.id, kind, f"Question {key}?", options, settings)
        acts[key] = act
        ids[key] = act.id
        fac.open_voting(act.id)
    opt = {k: [o.id for o in a.options] for k, a in acts.items()}
    at = START
    groups = ["residents"] * voters + ["staff"] * 2 + [None]
    for i, group in enumerate(groups):
        at += timedelta(seconds=7, microseconds=1)
        ballots.cast_ballot(acts["single"].id, {"option": opt["single"][i % 3]}, group,
                            submitted_at=at)
        ballots.cast_ballot(acts["multi"].id, {"options": opt["multi"][: 1 + i % 2]}, group,
                            submitted_at=at)
        answer = {"dont_know": True} if i == 3 else {"value": 1 + i % 5}
        ballots.cast_ballot(acts["scale"].id, answer, group, submitted_at=at)
        ballots.cast_ballot(acts["points"].id, {"points": {opt["points"][0]: 3,
                                                           opt["points"][1]: i % 3}}, group,
                            submitted_at=at)
        order = opt["ranking"] if i % 2 else list(reversed(opt["ranking"]))
        ballots.cast_ballot(acts["ranking"].id, {"order": order}, group, submitted_at=at)
        ballots.cast_ballot(acts["matrix"].id, {"x": (i % 10) / 10, "y": 0.25}, group,
                            submitted_at=at)
        ballots.cast_ballot(acts["statements"].id, {"votes": {
            opt["statements"][0]: ["agree", "disagree", "pass"][i % 3],
            opt["statements"][1]: "agree"}}, group, submitted_at=at)
    ids["withdrawn"] = ballots.withdraw_last_ballot(acts["single"].id)
    ballots.record_tally(acts["single"].id, {opt["single"][0]: 4, opt["single"][2]: 2},
                         submitted_at=at + timedelta(minutes=1))
    ballots.record_tally(acts["scale"].id, {3: 5, "dont_know": 1}, stakeholder_group="staff",
                         source=Source.PAPER, submitted_at=at + timedelta(minutes=1))
    ballots.record_tally(acts["statements"].id, {(opt["statements"][1], "disagree"): 3})
    fac.reveal(acts["single"].id)
    made = []
    for i, text in enumerate(["=1+1 idea", "@concern", "+plus", "-minus", "emoji 😀 note",
                              "<i>html</i> & more", "مرحبا", "x" * 500]):
        made.append(notes.add_note(text, ["hope", "concern", "idea", "question"][i % 4],
                                   scenario_id=sc.id, activity_id=acts["notes"].id,
                                   tags=["privacy", "cost"][: i % 3],
                                   created_at=at + timedelta(seconds=i)).id)
    notes.hide(made[1], "personal data =1+1")
    notes.merge(made[0], made[2])
    cluster = notes.create_cluster("=cluster", made[3:6], scenario_id=sc.id, pos=(10.5, 20.25))
    notes.cast_dots([("note", made[0]), ("note", made[0]), ("cluster", cluster.id)])
    notes.cast_dots([("note", made[3])])
    ids.update(hidden=made[1], duplicate=made[2], cluster=cluster.id, first_note=made[0])
    return ids


def make_file(path: Path, **kw) -> tuple[Path, dict[str, str]]:
    store = WorkshopStore.create(path)
    try:
        ids = build(store, **kw)
        store.checkpoint()
    finally:
        store.close()
    return path, ids
