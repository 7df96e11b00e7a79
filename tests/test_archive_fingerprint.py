"""The fingerprint that recognises a workshop added again stays what archives already hold.

An archive stores each workshop's fingerprint (SHA-256 over its canonical records,
:mod:`studio.archive.fingerprint`); adding the same workshop again is recognised by
it. The fast way of computing it must give the very value the plain way gives, and
the value archives already hold: a fixed workshop's fingerprint is pinned here as
the code before the faster one computed it.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import random
from datetime import date, datetime, timedelta, timezone
from enum import Enum, IntEnum
from typing import Any

import pytest

from studio.archive import open_archive
from studio.archive.fingerprint import fingerprint, reference_text
from studio.exchange.records import WorkshopRecords

UTC = timezone.utc
#: sample()'s fingerprint, computed by the archive before its fingerprint was made faster.
PINNED = "3cfe38fcf9616730621078caa2db3cd6940a5337738c6413f0667633fef26504"


class Kind(str, Enum):
    VOTE = "vote"


class Level(IntEnum):
    HIGH = 3


class Exact(float):
    pass


def sample() -> WorkshopRecords:
    ws = {"id": "0b9c3c1e-8f5a-4f43-9e1b-5a8f2b0c7d11", "title": "Bürgerwerkstatt „KI im Amt“",
          "date": date(2026, 10, 14), "place": "Rathaus, Saal 2", "organiser": "Leipzig",
          "facilitator": None, "language": "de", "stakeholder_groups": ["residents", "staff"],
          "note_categories": ["idea", "concern"], "note_tags": [], "settings": {"timer": 5.0, 3: "x"},
          "facilitator_notes": "100 % \"quoted\" \\ tab\t", "created_at": datetime(2026, 10, 14, 9, 0, tzinfo=UTC)}
    wid = ws["id"]
    scen = [{"id": "s2", "workshop_id": wid, "card_id": "card-b", "card_version": "1", "position": 2,
             "card": {"title": "Chatbot", "risks": ["bias", "Datenschutz"], "score": 0.5, "_where": "x"}},
            {"id": "s1", "workshop_id": wid, "card_id": "card-a", "card_version": "2", "position": 1,
             "card": {"title": "Übersetzung", "nested": {"n": 4.0, "t": (1, 2.5)}}}]
    acts = [{"id": "a1", "workshop_id": wid, "scenario_id": "s1", "position": 1, "kind": "scale",
             "prompt": "Wie nützlich?", "state": "closed", "timebox_minutes": None,
             "settings": {"min": 1, "max": 5}},
            {"id": "a2", "workshop_id": wid, "scenario_id": "s1", "position": 2, "kind": "choice",
             "prompt": "Welche?", "state": "open", "timebox_minutes": 10, "settings": {}}]
    opts = [{"id": "o2", "activity_id": "a2", "position": 2, "label": "Nein"},
            {"id": "o1", "activity_id": "a2", "position": 1, "label": "Ja %s %(x)s"}]
    t0 = datetime(2026, 10, 14, 10, 0, 0, 123000, tzinfo=UTC)
    resp = []
    for i in range(12):
        resp.append({"id": f"r{(i * 7) % 12:02d}", "workshop_id": wid, "activity_id": "a1" if i % 2 else "a2",
                     "ballot_id": None if i == 3 else f"b{i}", "option_id": "o1" if i % 2 == 0 else None,
                     "value_num": [4.0, 2.5, None, 3, float("inf"), 1e20][i % 6],
                     "value_x": None if i % 3 else 0.1 + i, "value_y": None, "value_text": [None, "agree", "Ä"][i % 3],
                     "count": 1 if i != 3 else 7, "stakeholder_group": None if i % 4 == 0 else "residents",
                     "source": "screen", "submitted_at": t0 + timedelta(seconds=i, microseconds=-123000 if i == 5 else 0),
                     "withdrawn_at": datetime(2026, 10, 14, 11, tzinfo=UTC) if i == 7 else None})
    clusters = [{"id": "c1", "workshop_id": wid, "scenario_id": "s1", "name": "Daten", "color": "#aabbcc",
                 "pos_x": 10.0, "pos_y": 20.25, "created_at": t0, "dots": 2}]
    notes = [{"id": "n2", "workshop_id": wid, "scenario_id": "s1", "activity_id": "a1", "text": "Gute Idee 👍",
              "category": "idea", "tags": ["daten", "🙂"], "cluster_id": "c1", "pos_x": 1.0, "pos_y": 2.5,
              "moderation": "visible", "hidden_reason": "", "merged_into_id": None,
              "stakeholder_group": "staff", "source": "paper", "created_at": t0,
              "updated_at": t0 + timedelta(minutes=1), "dots": 0},
             {"id": "n1", "workshop_id": wid, "scenario_id": "s1", "activity_id": None, "text": "Zweite\nZeile",
              "category": "concern", "tags": [], "cluster_id": None, "pos_x": 0.0, "pos_y": 0.0,
              "moderation": "hidden", "hidden_reason": "off topic", "merged_into_id": "n2",
              "stakeholder_group": None, "source": "screen", "created_at": t0,
              "updated_at": t0, "dots": 1}]
    events = [{"id": "e1", "workshop_id": wid, "seq": 1, "at": t0, "kind": "activity_opened",
               "activity_id": "a1", "payload": {"by": "staff", "n": 2.0}},
              {"id": "e2", "workshop_id": wid, "seq": 2, "at": t0, "kind": "note_hidden",
               "activity_id": None, "payload": {"reason": "x", "ids": ["n1"]}}]
    return WorkshopRecords(workshop=ws, scenarios=scen, activities=acts, options=opts, responses=resp,
                           clusters=clusters, notes=notes, events=events)


def plain(rec: WorkshopRecords) -> str:
    return hashlib.sha256(reference_text(rec).encode("utf-8")).hexdigest()


def test_a_fingerprint_archives_hold_stays_the_same():
    rec = sample()
    assert fingerprint(rec) == PINNED
    assert plain(rec) == PINNED


def test_the_order_of_the_records_does_not_matter():
    rec = sample()
    rng = random.Random(7)
    for table in ("scenarios", "options", "responses", "notes", "events"):
        rng.shuffle(getattr(rec, table))
    assert fingerprint(rec) == PINNED


def test_adding_the_pinned_workshop_again_is_recognised(tmp_path):
    """An archive that holds the fingerprint written by the earlier code: the same
    workshop added now is the same, not a newer copy."""
    target = tmp_path / "team.studioarchive"
    with open_archive(target, create=True) as archive:
        first = archive.add(sample(), "w.workshop")
        assert first.status == "added"
        assert first.workshop.fingerprint == PINNED
        assert archive.add(sample(), "w.workshop").status == "unchanged"


def _irregular() -> list[Any]:
    """Records off the usual shape: each takes the plain way in part, with the same result."""
    out = []
    rec = sample()
    del rec.responses[4]["value_y"]  # a record lacking a field
    out.append(pytest.param(rec, id='a-record-lacking-a-field'))
    rec = sample()
    rec.notes[0][7] = "a key that is no text"
    out.append(pytest.param(rec, id='a-key-that-is-no-text'))
    rec = sample()
    rec.responses[0]["_where"] = "Responses!A2"  # an import location
    rec.responses[1]["source"] = Kind.VOTE
    rec.responses[2]["count"] = Level.HIGH
    rec.responses[3]["value_num"] = Exact(2.0)
    rec.responses[5]["value_num"] = float("nan")
    rec.responses[6]["value_x"] = float("-inf")
    rec.responses[7]["value_text"] = ("a", 1.0)
    rec.responses[8]["value_text"] = date(2026, 1, 1)
    rec.notes[0]["tags"] = ["x", 2.0]
    rec.events[0]["payload"] = {"at": datetime(2026, 1, 1, tzinfo=UTC), 1: [3.0]}
    out.append(pytest.param(rec, id='values-of-other-types'))
    rec = sample()
    rec.options[0]["id"] = 12.0  # ids that are no text sort by their text
    rec.options[1]["id"] = 3
    rec.clusters[0]["created_at"] = datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=2)))
    rec.clusters.append({**rec.clusters[0], "id": "c0", "created_at": None})
    out.append(pytest.param(rec, id='ids-that-are-no-text'))
    rec = sample()
    for r in rec.responses:
        r["id"] = "same"  # equal ids keep their order
    out.append(pytest.param(rec, id='equal-ids'))
    rec = sample()
    rec.events = [{"workshop_id": rec.id}, {"workshop_id": rec.id}]  # nothing but left-out keys
    rec.options = [{"position": 1, "label": "ohne id"}, {"position": 0, "label": "%(x)s"}]
    out.append(pytest.param(rec, id='only-left-out-keys'))
    rec = sample()
    for table in ("scenarios", "activities", "options", "responses", "clusters", "notes",
                  "events"):
        setattr(rec, table, [])
    out.append(pytest.param(rec, id='no-records'))
    return out


@pytest.mark.parametrize("rec", _irregular())
def test_unusual_records_give_what_the_plain_way_gives(rec):
    before = copy.deepcopy(rec)
    assert fingerprint(rec) == plain(rec)
    assert fingerprint(rec) != PINNED
    assert dataclasses.asdict(rec) == dataclasses.asdict(before)  # the records are untouched
