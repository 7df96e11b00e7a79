"""Three small workshops of known answers for the archive analysis tests.

Built through the domain services (the same door as the app) in memory, read as
records and added to an archive (a file or a database on the test cluster). Every
figure the tests expect is counted by hand from the tables below.

Pilot "chatbot" (all three workshops) and "heat" (workshop C only).

Stakeholder groups on the statements (people; across A and B):
residents 6 + 4 = 10, staff 5 + 5 = 10, science 3 + 2 = 5 (small in each workshop,
5 together), business 2 (A) and civil_society 3 (B): together the folded "small
groups" (5 people).

Statements S1–S3 (A in German, B in English: matched by position):
- S1: residents, staff, business, civil society agree; science disagrees.
- S2: everybody agrees.
- S3: 2 residents agree and 1 disagrees (in A; the other residents skip it), staff
  skip it (a group that saw none of it), science pass, business and civil society
  disagree.

Usefulness scale (template "usefulness", 1–5): A ballots 1, 2 (residents), 3 (staff,
by phone), 4, 5, 5 (science); B ballots 5, 5 (science) and a tally of 3 residents at 4;
C asks it on a 1–7 scale (not pooled). A asks a second scale without a template.

Notes on "chatbot" (visible): A science 2, business 2 (and one hidden for personal
data); B science 4, staff 5, civil society 3. People who can be behind them: science
min(6, 3 + 2) = 5, staff 5, business 2, civil society 3 (small groups: 5).
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from studio.archive import open_archive
from studio.core.ballots import BallotService
from studio.core.facilitation import FacilitationService
from studio.core.kinds import Source
from studio.core.notes import NoteService
from studio.core.workshops import WorkshopService
from studio.exchange.records import WorkshopRecords, read_records
from studio.store.database import WorkshopStore
from studio.store.models import reproducible

CHATBOT = {"id": "chatbot", "title": {"de": "Chatbot im Bürgerservice",
                                      "en": "Chatbot for citizen services"}}
HEAT = {"id": "heat", "title": {"de": "Wärmeplanung", "en": "Heat planning"}}
USEFUL = {"min": 1, "max": 5, "min_label": "gar nicht", "max_label": "sehr",
          "template": "usefulness"}

# (group, S1, S2, S3 or None) per person
_PEOPLE_A = ([("residents", "agree", "agree", "agree")] * 2
             + [("residents", "agree", "agree", "disagree")]
             + [("residents", "agree", "agree", None)] * 3
             + [("staff", "agree", "agree", None)] * 5
             + [("science", "disagree", "agree", "pass")] * 3
             + [("business", "agree", "agree", "disagree")] * 2)
_PEOPLE_B = ([("residents", "agree", "agree", None)] * 4
             + [("staff", "agree", "agree", None)] * 5
             + [("science", "disagree", "agree", "pass")] * 2
             + [("civil_society", "agree", "agree", "disagree")] * 3)
#: usefulness ballots in A: (group, value)
_SCALE_A = [("residents", 1), ("residents", 2), ("staff", 3), ("science", 4), ("science", 5),
            ("science", 5)]
_SCALE_B = [("science", 5), ("science", 5)]


def _statements(store: WorkshopStore, scenario_id: str, labels: list[str], prompt: str,
                people: list[tuple]) -> None:
    act = WorkshopService(store).add_activity(scenario_id, "statements", prompt, labels)
    FacilitationService(store).open_voting(act.id)
    ids = [o.id for o in act.options]
    for group, *stances in people:
        votes = {oid: st for oid, st in zip(ids, stances, strict=True) if st}
        BallotService(store).cast_ballot(act.id, {"votes": votes}, group, Source.SCREEN)


def _scale(store: WorkshopStore, scenario_id: str, settings: dict, ballots: list[tuple],
           tally: dict | None = None, prompt: str = "Wie nützlich?") -> str:
    act = WorkshopService(store).add_activity(scenario_id, "scale", prompt, settings=settings)
    FacilitationService(store).open_voting(act.id)
    for group, value in ballots:
        BallotService(store).cast_ballot(act.id, {"value": value}, group, Source.PHONE
                                         if group == "staff" else Source.SCREEN)
    if tally:
        BallotService(store).record_tally(act.id, tally, "residents", Source.TALLY)
    return act.id


def _records(build, seed: int) -> WorkshopRecords:
    store = WorkshopStore.memory()
    try:
        with reproducible(seed, datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)):
            build(store)
        return read_records(store, source_name=f"w{seed}.workshop")
    finally:
        store.close()


def workshop_a() -> WorkshopRecords:
    def build(store: WorkshopStore) -> None:
        ws = WorkshopService(store)
        ws.create_workshop("Werkstatt Leipzig", date=date(2026, 3, 1), organiser="Leipzig")
        sc = ws.add_scenario(CHATBOT)
        _scale(store, sc.id, USEFUL, _SCALE_A)
        _statements(store, sc.id, ["Aussage eins", "Aussage zwei", "Aussage drei"],
                    "Stimmen Sie zu?", _PEOPLE_A)
        # A second scale without a template: another question (by kind and order).
        _scale(store, sc.id, {"min": 1, "max": 5, "min_label": "nie", "max_label": "immer"},
               [("staff", 2)], prompt="Wie nützlich?")
        notes = NoteService(store)
        n1 = notes.add_note("Datenschutz zuerst klären", "concern", scenario_id=sc.id,
                            tags=["privacy"], stakeholder_group="science")
        notes.add_note("Übersicht über die Straße der Anträge", "idea", scenario_id=sc.id,
                       tags=["transparency"], stakeholder_group="science")
        for text in ("Schneller Antworten bekommen", "Auch nachts erreichbar"):
            notes.add_note(text, "hope", scenario_id=sc.id, stakeholder_group="business")
        hidden = notes.add_note("Frau Beispiel aus der Musterstraße 5 sagt nein", "concern",
                                scenario_id=sc.id)
        notes.hide(hidden.id, "personal data")
        notes.create_cluster("Datenschutz", [n1.id], scenario_id=sc.id)
    return _records(build, 101)


def workshop_b() -> WorkshopRecords:
    def build(store: WorkshopStore) -> None:
        ws = WorkshopService(store)
        ws.create_workshop("Workshop Hamburg", date=date(2026, 4, 1), organiser="Hamburg",
                           language="en")
        sc = ws.add_scenario(CHATBOT)
        _scale(store, sc.id, USEFUL, _SCALE_B, tally={4: 3}, prompt="How useful?")
        _statements(store, sc.id, ["Statement one", "Statement two", "Statement three"],
                    "Do you agree?", _PEOPLE_B)
        notes = NoteService(store)
        n1 = notes.add_note("DATENSCHUTZ beachten", "concern", scenario_id=sc.id,
                            tags=["privacy", "fairness"], stakeholder_group="science")
        for i in range(3):
            notes.add_note(f"Idee {i}", "idea", scenario_id=sc.id, stakeholder_group="science")
        for i in range(5):
            notes.add_note(f"Hinweis {i}", "condition", scenario_id=sc.id,
                           stakeholder_group="staff")
        for i in range(3):
            notes.add_note(f"Frage {i}", "question", scenario_id=sc.id,
                           stakeholder_group="civil_society")
        notes.create_cluster("  datenschutz ", [n1.id], scenario_id=sc.id)
    return _records(build, 102)


def workshop_c() -> WorkshopRecords:
    def build(store: WorkshopStore) -> None:
        ws = WorkshopService(store)
        ws.create_workshop("Werkstatt München", date=date(2026, 5, 1), organiser="München")
        sc = ws.add_scenario(CHATBOT)
        _scale(store, sc.id, {**USEFUL, "max": 7}, [("staff", 7)] * 6)
        heat = ws.add_scenario(HEAT)
        NoteService(store).add_note("Wärme für alle", "hope", scenario_id=heat.id)
    return _records(build, 103)


def build_archive(target: str) -> str:
    """An archive at ``target`` holding workshops A, B and C; returns ``target``."""
    with open_archive(target, create=True) as archive:
        for rec in (workshop_a(), workshop_b(), workshop_c()):
            archive.add(rec, rec.source_name)
    return target
