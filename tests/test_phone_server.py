"""The phone server over real HTTP on 127.0.0.1: answers of every kind land in the file
with source "phone", and everything a phone must not do is refused and changes nothing."""

from __future__ import annotations

import json
import socket

import pytest
from phone_support import Phone, open_activity, plan_every_kind, start_server

from studio.core.ballots import BallotService
from studio.core.facilitation import FacilitationService
from studio.core.notes import NoteService
from studio.core.phone_channel import ballot_id_for
from studio.core.workshops import WorkshopService
from studio.phones.limits import Limits
from studio.store.database import WorkshopStore


@pytest.fixture
def room(tmp_path):
    store = WorkshopStore.create(tmp_path / "room.workshop")
    WorkshopService(store).create_workshop("Werkstatt Zeta")
    plan = plan_every_kind(store)
    running = start_server(store)
    yield running, plan
    running.stop()
    store.close()


def joined(server) -> Phone:
    phone = Phone(server)
    assert phone.join() == (200, {"joined": True})
    return phone


def ballots(store, activity_id):
    return BallotService(store).ballots_by_source(activity_id)


def test_every_kind_answered_from_a_phone_lands_in_the_file_as_phone(room):
    running, plan = room
    acts, opts = plan["activities"], plan["options"]
    answers = {
        "single_choice": {"option": opts["single_choice"][1]},
        "multiple_choice": {"options": opts["multiple_choice"][:2]},
        "scale": {"dont_know": True},
        "points": {"points": {opts["points"][0]: 7, opts["points"][2]: 3}},
        "ranking": {"order": list(reversed(opts["ranking"]))},
        "matrix": {"x": 0.25, "y": 0.9},
        "statements": {"votes": {opts["statements"][0]: "agree",
                                 opts["statements"][1]: "pass"}},
    }
    phone = joined(running.server)
    for kind, answer in answers.items():
        open_activity(running.store, plan["scenario"], acts[kind])
        state = phone.state()
        assert state["activity"]["id"] == acts[kind]
        assert state["activity"]["kind"] == kind
        assert state["activity"]["answered"] is False
        assert phone.ballot(acts[kind], answer, group="staff") == (200, {"ok": True}), kind
        assert ballots(running.store, acts[kind]) == {"phone": 1}, kind
        assert phone.state()["activity"]["answered"] is True
        # The console's counter reads the one session model: the phone is counted there.
        assert running.session.counts(acts[kind]).of("phone") == 1
    open_activity(running.store, plan["scenario"], acts["notes"])
    state = phone.state()
    categories = [c["key"] for c in state["activity"]["categories"]]
    assert categories
    status, body = phone.note(acts["notes"], categories[0], "Bitte <b>klar</b> erklären")
    assert status == 200, body
    notes = NoteService(running.store).notes()
    assert [(n.text, n.source) for n in notes] == [("Bitte <b>klar</b> erklären", "phone")]
    assert phone.state()["activity"]["notes_sent"] == 1


def test_the_state_follows_the_facilitator(room):
    running, plan = room
    phone = joined(running.server)
    fac = FacilitationService(running.store)
    fac.set_current(plan["scenario"], None)
    state = phone.state()
    assert state["activity"] is None
    assert state["scenario"]["title"] == "Chatbot"
    assert state["scenario"]["summary"] == "Ein Chatbot beantwortet Fragen."
    version = state["version"]
    open_activity(running.store, plan["scenario"], plan["activities"]["scale"])
    later = phone.state(since=version)  # returns at once: the version moved
    assert later["version"] > version
    assert later["activity"]["settings"]["min_label"] == "gar nicht"
    assert later["activity"]["settings"]["allow_dont_know"] is True


def test_one_ballot_per_phone_and_the_same_request_is_not_stored_twice(room):
    running, plan = room
    act, opts = plan["activities"]["single_choice"], plan["options"]["single_choice"]
    open_activity(running.store, plan["scenario"], act)
    phone = joined(running.server)
    assert phone.ballot(act, {"option": opts[0]}, request="first-try-1") == (200, {"ok": True})
    # A page that lost the answer's confirmation sends the same request once more.
    assert phone.ballot(act, {"option": opts[0]}, request="first-try-1") == (
        200, {"ok": True, "repeat": True})
    status, body = phone.ballot(act, {"option": opts[1]})
    assert (status, body["code"]) == (409, "answered")
    assert ballots(running.store, act) == {"phone": 1}
    # The ballot's id comes from the activity and the device, nothing else is kept.
    assert BallotService(running.store).ballot_states([ballot_id_for(act, phone.device)]) == {
        ballot_id_for(act, phone.device): False}
    # After a reset the phone may answer again.
    FacilitationService(running.store).reset(act)
    FacilitationService(running.store).open_voting(act)
    assert phone.ballot(act, {"option": opts[1]})[0] == 200
    assert ballots(running.store, act) == {"phone": 1}


def test_a_closed_or_other_activity_is_refused(room):
    running, plan = room
    acts, opts = plan["activities"], plan["options"]
    open_activity(running.store, plan["scenario"], acts["single_choice"])
    phone = joined(running.server)
    # An open activity that the facilitator is not on.
    FacilitationService(running.store).open_voting(acts["multiple_choice"])
    status, body = phone.ballot(acts["multiple_choice"], {"options": opts["multiple_choice"][:1]})
    assert (status, body["code"]) == (409, "closed")
    FacilitationService(running.store).close_voting(acts["single_choice"])
    status, body = phone.ballot(acts["single_choice"], {"option": opts["single_choice"][0]})
    assert (status, body["code"]) == (409, "closed")
    assert body["error"]
    assert ballots(running.store, acts["single_choice"]) == {}
    assert ballots(running.store, acts["multiple_choice"]) == {}


def test_a_wrong_answer_is_refused_with_a_reason(room):
    running, plan = room
    acts, opts = plan["activities"], plan["options"]
    open_activity(running.store, plan["scenario"], acts["points"])
    phone = joined(running.server)
    status, body = phone.ballot(acts["points"], {"points": {opts["points"][0]: 11}})
    assert (status, body["code"]) == (422, "invalid")
    status, body = phone.ballot(acts["points"], {"points": {opts["points"][0]: 1}},
                                group="no-such-group")
    assert (status, body["code"]) == (422, "invalid")
    status, body = phone.ballot(acts["points"], "not an object")
    assert (status, body["code"]) == (422, "invalid")
    status, body = phone.ballot(acts["points"], {"points": "many"})
    assert status == 422
    assert ballots(running.store, acts["points"]) == {}
    # A note longer than a note may be.
    open_activity(running.store, plan["scenario"], acts["notes"])
    category = phone.state()["activity"]["categories"][0]["key"]
    status, body = phone.note(acts["notes"], category, "x" * 501)
    assert status == 422
    assert NoteService(running.store).notes() == []


def test_without_the_token_nothing_but_a_neutral_page(room):
    running, _plan = room
    base = running.server.base_url
    phone = Phone(running.server)
    for path in ("/", "/j/wrong-token", f"/j/{running.server.token[:-1]}x/api/state?device="
                 + phone.device, "/api/state", "/favicon.ico"):
        status, body, _ = phone.request("GET", base + path)
        assert status in (200, 404), path
        assert "Zeta" not in str(body) and "Chatbot" not in str(body), path
    status, body, _ = phone.request(
        "POST", f"{base}/j/not-the-token/api/join", json.dumps({"device": phone.device}).encode(),
        {"Content-Type": "application/json", "X-Studio-Phone": "1"})
    assert status == 404
    assert not running.channel.joined(phone.device)


def test_the_room_code_leads_to_the_join_url(room):
    running, _ = room
    phone = Phone(running.server)
    status, body, _ = phone.request(
        "POST", running.server.base_url + "/code", f"code={running.server.code}".encode(),
        {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200  # urllib followed the redirect to the page
    status, body, _ = phone.request(
        "POST", running.server.base_url + "/code", b"code=000000x",
        {"Content-Type": "application/x-www-form-urlencoded"})
    assert status in (403, 200) and running.server.token not in str(body)


def test_foreign_host_origin_and_missing_header_are_refused(room):
    running, plan = room
    act, opts = plan["activities"]["single_choice"], plan["options"]["single_choice"]
    open_activity(running.store, plan["scenario"], act)
    phone = joined(running.server)
    payload = json.dumps({"device": phone.device, "request": "abcdefgh1", "activity": act,
                          "group": None, "answer": {"option": opts[0]}}).encode()
    url = f"{running.server.url}/api/ballot"
    # DNS rebinding: the name of another site that resolves to the laptop.
    status, _, _ = phone.request("POST", url, payload, {
        "Host": "evil.example:80", "Content-Type": "application/json", "X-Studio-Phone": "1"})
    assert status == 421
    status, _, _ = phone.request("GET", f"{running.server.url}/api/state?device={phone.device}",
                                 headers={"Host": "evil.example"})
    assert status == 421
    # A cross-site post from a page of another origin.
    status, body, _ = phone.request("POST", url, payload, {
        "Origin": "http://evil.example", "Content-Type": "application/json",
        "X-Studio-Phone": "1"})
    assert (status, body["code"]) == (403, "forbidden")
    # A plain form post (no custom header: a cross-site form could send it).
    status, body, _ = phone.request("POST", url, payload, {"Content-Type": "application/json"})
    assert (status, body["code"]) == (403, "forbidden")
    assert ballots(running.store, act) == {}


def test_an_8_mb_body_is_refused_before_it_is_read(room):
    running, plan = room
    act = plan["activities"]["notes"]
    open_activity(running.store, plan["scenario"], act)
    server = running.server
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        head = (f"POST /j/{server.token}/api/note HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
                "Content-Type: application/json\r\nX-Studio-Phone: 1\r\n"
                f"Content-Length: {8 * 1024 * 1024}\r\n\r\n").encode()
        sock.sendall(head + b'{"text": "' + b"x" * 65536)
        reply = sock.recv(4096).decode("latin-1")
    assert reply.startswith("HTTP/1.1 413"), reply[:80]
    assert NoteService(running.store).notes() == []


def test_a_flood_from_one_phone_is_slowed_down(tmp_path):
    store = WorkshopStore.create(tmp_path / "flood.workshop")
    WorkshopService(store).create_workshop("Flut")
    plan = plan_every_kind(store)
    running = start_server(store, Limits(device_rate=1.0, device_burst=3))
    try:
        act = plan["activities"]["notes"]
        open_activity(store, plan["scenario"], act)
        phone = joined(running.server)
        category = phone.state()["activity"]["categories"][0]["key"]
        statuses = [phone.note(act, category, f"Hinweis {i}")[0] for i in range(12)]
        assert statuses[:3] == [200, 200, 200]
        assert 429 in statuses
        assert len(NoteService(store).notes()) == statuses.count(200)
    finally:
        running.stop()
        store.close()


def test_no_phone_request_reaches_a_facilitator_function(room):
    running, plan = room
    act = plan["activities"]["single_choice"]
    FacilitationService(running.store).set_current(plan["scenario"], act)
    phone = joined(running.server)
    for path in ("open", "close", "reveal", "reset", "current", "screen", "../../open"):
        status, _ = phone.post(path, {"device": phone.device, "activity": act})
        assert status in (404, 405), path
    assert WorkshopService(running.store).activity(act).state == "draft"
    assert phone.state()["activity"]["state"] == "draft"


def test_joining_can_be_locked(room):
    running, _ = room
    early = joined(running.server)
    running.channel.set_join_locked(True)
    late = Phone(running.server)
    status, body = late.join()
    assert (status, body["code"]) == (403, "locked")
    assert early.join() == (200, {"joined": True})  # who is in stays in
    assert late.state()["joined"] is False
    running.channel.set_join_locked(False)
    assert late.join()[0] == 200


def test_results_reach_phones_only_when_revealed_and_chosen(room):
    running, plan = room
    act, opts = plan["activities"]["single_choice"], plan["options"]["single_choice"]
    open_activity(running.store, plan["scenario"], act)
    phone = joined(running.server)
    phone.ballot(act, {"option": opts[0]})
    BallotService(running.store).cast_ballot(act, {"option": opts[1]})  # the shared screen
    fac = FacilitationService(running.store)
    fac.close_voting(act)
    assert phone.state()["results"] is None
    fac.reveal(act)
    assert phone.state()["results"] is None  # not chosen for phones
    running.channel.set_show_results(True)
    results = phone.state()["results"]
    assert results["n"] == 2
    assert {c["source"]: c["n"] for c in results["by_channel"]} == {"phone": 1, "screen": 1}
    assert [line["label"] for line in results["lines"]] == ["Ja", "Nein", "Weiß nicht"]


def test_dots_from_a_phone(room):
    running, _plan = room
    notes = NoteService(running.store)
    category = notes.activity_categories(None)[0]["key"]
    a = notes.add_note("Mehr Transparenz", category)
    b = notes.add_note("Datenschutz zuerst", category)
    hidden = notes.add_note("Name und Adresse", category)
    notes.hide(hidden.id, "personal data")
    phone = joined(running.server)
    status, body = phone.dots([["note", a.id]])
    assert (status, body["code"]) == (409, "closed")  # the screen shows no dot voting
    FacilitationService(running.store).set_screen_mode("dots")
    state = phone.state()
    assert {t["id"] for t in state["dots"]["targets"]} == {a.id, b.id}
    assert phone.dots([["note", a.id], ["note", a.id], ["note", b.id]])[0] == 200
    assert notes.dot_counts() == {a.id: 2, b.id: 1}
    assert phone.dots([["note", b.id]])[1]["code"] == "answered"
    assert phone.state()["dots"]["answered"] is True
    assert phone.dots([["note", hidden.id]])[0] in (409, 422)


def test_no_address_or_browser_is_kept_in_the_file(room, tmp_path):
    running, plan = room
    act, opts = plan["activities"]["single_choice"], plan["options"]["single_choice"]
    open_activity(running.store, plan["scenario"], act)
    phone = joined(running.server)
    status, _, _ = phone.request(
        "POST", f"{running.server.url}/api/ballot",
        json.dumps({"device": phone.device, "request": "req-12345", "activity": act,
                    "answer": {"option": opts[0]}}).encode(),
        {"Content-Type": "application/json", "X-Studio-Phone": "1",
         "User-Agent": "Mozilla/5.0 (Linux; Android 9; Fon-XYZ)"})
    assert status == 200
    running.store.checkpoint()
    raw = running.store.path.read_bytes()
    for needle in (b"127.0.0.1", b"Fon-XYZ", phone.device.encode()):
        assert needle not in raw


def test_the_room_gets_its_state_from_memory_once_it_is_worked_out(room):
    """A change makes the server work the state out once (reading the file) for the whole
    room; the next phones get it from memory, and the next change makes it read again."""
    running, plan = room
    channel = running.channel
    first, second = joined(running.server), joined(running.server)
    open_activity(running.store, plan["scenario"], plan["activities"]["scale"])
    assert channel.state_for(first.device, cached_only=True) is None  # not worked out yet
    full = channel.state_for(first.device)
    cached = channel.state_for(first.device, cached_only=True)
    assert cached == full and cached["activity"]["answered"] is False
    assert first.ballot(plan["activities"]["scale"], {"value": 4})[0] == 200
    # Per phone: the one that answered is told so, from memory as well.
    assert channel.state_for(first.device, cached_only=True)["activity"]["answered"] is True
    assert channel.state_for(second.device, cached_only=True)["activity"]["answered"] is False
    assert second.state()["activity"]["answered"] is False
    FacilitationService(running.store).close_voting(plan["activities"]["scale"])
    assert channel.state_for(first.device, cached_only=True) is None  # changed: read again
    assert first.state()["activity"]["state"] == "closed"


def test_the_phone_server_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    """While phones vote, the objects that live as long as the app are left out of the
    collector's full passes; stopping the server undoes that for the rest of the run."""
    import gc

    from studio.phones import server as server_module

    before = gc.get_threshold()
    store = WorkshopStore.create(tmp_path / "gc.workshop")
    WorkshopService(store).create_workshop("GC")
    running = start_server(store)
    try:
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] == server_module.YOUNG_OBJECTS
    finally:
        running.stop()
        store.close()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
