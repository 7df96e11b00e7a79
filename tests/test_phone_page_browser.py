"""The phone page end to end: Debian's Chromium at a phone's viewport, the real phone
server on 127.0.0.1 and the workshop file. A participant joins, picks a group once,
answers every activity kind through the page's own controls, writes notes and places
dots; the confirmation shows only after the server saved, and the file holds the
answers with source "phone". The page survives a reload and a dropped connection."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from typing import Any

import pytest

from phone_page_support import (
    Room,
    Watch,
    chromium,
    need_zbarimg,
    new_phone,
    room,
    shot,
)
from studio.core.ballots import BallotService
from studio.core.facilitation import FacilitationService
from studio.core.notes import NoteService
from studio.phones.page_texts import neutral_texts

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture
def workshop(tmp_path):
    with room(tmp_path) as r:
        yield r


def responses(r: Room, kind: str) -> list[Any]:
    return BallotService(r.store).responses(r.act(kind))


def wait_saved(page: Any, r: Room, text_key: str = "saved") -> None:
    page.wait_for_selector("#done-title")
    assert page.inner_text("#done-title") == r.texts[text_key]


def submit(page: Any) -> None:
    page.click("#submit")


def wait_form(page: Any, prompt: str) -> None:
    page.locator("legend h2", has_text=prompt).wait_for()


Look = Callable[[str], None]


def hear_only_the_first_state(page: Any) -> None:
    """The page gets its first state; later polls are held unanswered, so that it learns
    what happened to an answer from the answer's own reply only."""
    polls: list[str] = []

    def first_only(route: Any) -> None:
        polls.append(route.request.url)
        if len(polls) == 1:
            route.continue_()

    page.route("**/api/state*", first_only)


def answer_every_kind(page: Any, r: Room, look: Look) -> tuple[int, int]:
    """Answer every ballot kind through the page, as a participant would; returns where
    the matrix dot went (x and y of 100)."""
    t = r.texts
    fac = FacilitationService(r.store)

    # Single choice
    r.open("single_choice")
    wait_form(page, "Weiter so?")
    look("single-choice")
    submit(page)  # nothing chosen yet: the page says what to do, nothing is sent
    assert page.inner_text("#form-msg") == t["need_one"]
    page.get_by_role("radio", name="Nein", exact=True).check()
    submit(page)
    wait_saved(page, r)
    assert page.get_by_text(t["one_per_phone"]).is_visible()
    look("saved")
    assert BallotService(r.store).ballots_by_source(r.act("single_choice")) == {"phone": 1}

    # Multiple choice: at most two
    r.open("multiple_choice")
    wait_form(page, "Was ist wichtig?")
    page.get_by_role("checkbox", name="Transparenz", exact=True).check()
    page.get_by_role("checkbox", name="Tempo", exact=True).check()
    assert page.get_by_role("checkbox", name="Datenschutz").is_disabled()
    assert page.inner_text("#chosen") == t["chosen_count"].format(n=2, k=2)
    look("multiple-choice")
    submit(page)
    wait_saved(page, r)

    # Scale, with "don't know"
    r.open("scale")
    wait_form(page, "Wie nützlich?")
    assert page.get_by_role("radio", name="1 – gar nicht").is_visible()
    page.get_by_role("radio", name=t["dont_know"], exact=True).check()
    page.get_by_role("radio", name="4", exact=True).check()
    look("scale")
    submit(page)
    wait_saved(page, r)

    # Points: steppers, the rest shown, the budget kept
    r.open("points")
    wait_form(page, "Wohin die Punkte?")
    more_training = page.get_by_role("button", name=t["points_more"].format(option="Schulung"))
    for _ in range(7):
        more_training.click()
    more_ads = page.get_by_role("button", name=t["points_more"].format(option="Werbung"))
    for _ in range(3):
        more_ads.click()
    assert page.inner_text("#points-left") == t["points_left"].format(left=0, budget=10)
    assert more_training.get_attribute("aria-disabled") == "true"  # the budget is spent
    page.get_by_role("button", name=t["points_less"].format(option="Werbung")).click()
    assert page.inner_text("#points-left") == t["points_left"].format(left=1, budget=10)
    more_ads.click()
    look("points")
    submit(page)
    wait_saved(page, r)

    # Ranking: move buttons, the focus stays on the moved option
    r.open("ranking")
    wait_form(page, "Was zuerst?")
    up_c = page.get_by_role("button", name=t["move_up"].format(option="C"))
    up_c.click()
    page.get_by_role("button", name=t["move_up"].format(option="C")).click()
    assert page.locator("#ranking .label").all_inner_texts() == ["C", "A", "B"]
    assert page.evaluate("() => document.activeElement.getAttribute('aria-label')") == \
        t["move_down"].format(option="C")
    look("ranking")
    submit(page)
    wait_saved(page, r)

    # Matrix: a tap in the square, then a slider moved by keyboard
    r.open("matrix")
    wait_form(page, "Nutzen und Risiko")
    submit(page)
    assert page.inner_text("#form-msg") == t["matrix_need"]
    square = page.locator(".square")
    box = square.bounding_box()
    square.tap(position={"x": box["width"] * 0.25, "y": box["height"] * 0.25})
    x, y = int(page.input_value("#mx")), int(page.input_value("#my"))
    assert abs(x - 25) <= 2 and abs(y - 75) <= 2  # a quarter across, three quarters up
    page.focus("#my")
    page.keyboard.press("ArrowUp")
    y += 1
    assert page.inner_text("#matrix-where") == t["matrix_dot"].format(x=x, y=y)
    look("matrix")
    submit(page)
    wait_saved(page, r)

    # Statements: agree / disagree / pass per statement; one may stay open
    r.open("statements")
    wait_form(page, "Stimmen Sie zu?")
    first, second = page.locator("fieldset.statement").all()
    first.get_by_role("radio", name=t["agree"], exact=True).check()
    second.get_by_role("radio", name=t["pass"], exact=True).check()
    second.get_by_role("radio", name=t["disagree"], exact=True).check()
    assert page.inner_text("#answered-count") == t["statements_count"].format(n=2, total=2)
    look("statements")
    submit(page)
    wait_saved(page, r)
    fac.close_voting(r.act("statements"))
    return x, y


def check_every_kind_in_the_file(r: Room, matrix: tuple[int, int]) -> None:
    opts = r.plan["options"]
    for kind in ("single_choice", "multiple_choice", "scale", "points", "ranking", "matrix",
                 "statements"):
        assert BallotService(r.store).ballots_by_source(r.act(kind)) == {"phone": 1}, kind
        assert {x.stakeholder_group for x in responses(r, kind)} == {"staff"}, kind
    assert [x.option_id for x in responses(r, "single_choice")] == [opts["single_choice"][1]]
    assert sorted(x.option_id for x in responses(r, "multiple_choice")) == sorted(
        [opts["multiple_choice"][0], opts["multiple_choice"][2]])
    assert [x.value_num for x in responses(r, "scale")] == [4.0]
    assert {x.option_id: x.value_num for x in responses(r, "points")} == {
        opts["points"][0]: 7.0, opts["points"][2]: 3.0}
    a, b, c = opts["ranking"]
    assert {x.option_id: x.value_num for x in responses(r, "ranking")} == {c: 1, a: 2, b: 3}
    (dot,) = responses(r, "matrix")
    assert (dot.value_x, dot.value_y) == (matrix[0] / 100, matrix[1] / 100)
    s1, s2 = opts["statements"]
    assert {x.option_id: x.value_text for x in responses(r, "statements")} == {
        s1: "agree", s2: "disagree"}


def write_notes(page: Any, r: Room, look: Look) -> list[str]:
    t = r.texts
    r.open("notes")
    wait_form(page, "Ihre Hinweise")
    first = NoteService(r.store).activity_categories(r.act("notes"))[0]
    hostile = '<img src=x onerror="document.title=1">Bitte klar erklären'
    page.get_by_role("radio", name=f"{first['symbol']} {first['de']}".strip(),
                     exact=True).check()
    page.fill("#note-text", hostile)
    assert page.inner_text("#note-counter") == t["notes_counter"].format(n=len(hostile),
                                                                       limit=500)
    look("notes")
    page.click("#submit")
    page.wait_for_selector("#done-title")
    assert page.inner_text("#done-title") == t["notes_saved"]
    look("note-saved")
    page.click("#another")
    assert page.evaluate("() => document.activeElement.id") == "note-text"
    assert page.input_value("#note-text") == ""
    page.fill("#note-text", "x" * 600)  # the field stops at 500 characters
    assert len(page.input_value("#note-text")) == 500
    page.fill("#note-text", "Daten bleiben in der Stadt")
    page.click("#submit")
    page.wait_for_selector("#done-title")
    notes = NoteService(r.store).notes()
    assert sorted((n.text, n.source, n.category) for n in notes) == sorted([
        (hostile, "phone", first["key"]), ("Daten bleiben in der Stadt", "phone", first["key"])])
    page.wait_for_function("n => document.body.innerText.includes(n)",
                           arg=t["notes_sent"].format(n=2))
    return [n.id for n in notes]


def place_dots(page: Any, r: Room, look: Look) -> None:
    t = r.texts
    FacilitationService(r.store).set_screen_mode("dots")
    page.wait_for_selector("#dots-left")
    notes = {n.text: n.id for n in NoteService(r.store).notes()}
    hostile = next(text for text in notes if text.startswith("<img"))
    # Participant text is shown as text: the markup is visible, nothing ran.
    assert page.get_by_text(hostile).is_visible()
    assert page.title() != "1"
    more = page.get_by_role("button", name=t["dot_more"].format(item=hostile))
    more.click()
    more.click()
    assert more.get_attribute("aria-disabled") == "true"  # at most 2 on one item
    page.get_by_role("button",
                     name=t["dot_more"].format(item="Daten bleiben in der Stadt")).click()
    assert page.inner_text("#dots-left") == t["dots_left"].format(left=2, n=5)
    look("dots")
    page.click("#submit")
    wait_saved(page, r, "dots_saved")
    look("dots-saved")
    assert NoteService(r.store).dot_counts() == {notes[hostile]: 2,
                                                  notes["Daten bleiben in der Stadt"]: 1}


def choose_group(page: Any, r: Room, look: Look) -> None:
    page.wait_for_selector("#group-form")
    look("group")
    page.click("#group-save")
    assert page.inner_text("#group-msg") == r.texts["group_need"]
    page.get_by_role("radio", name="Verwaltung", exact=True).check()
    page.click("#group-save")
    page.get_by_text(r.texts["group_current"].format(group="Verwaltung")).wait_for()


def test_a_phone_answers_every_kind_and_the_file_holds_it(browser, workshop, tmp_path):
    r = workshop
    context = new_phone(browser)  # with the server's Content-Security-Policy in force
    page = context.new_page()
    watch = Watch(page, r.running.server.base_url)
    shots = tmp_path / "shots"

    def look(name: str) -> None:
        shot(page, shots, name)

    FacilitationService(r.store).set_current(r.plan["scenario"], None)
    page.goto(r.url)
    choose_group(page, r, look)
    page.get_by_text(r.texts["waiting"]).wait_for()
    assert page.inner_text("#scenario-title") == "Chatbot"
    look("waiting")
    matrix = answer_every_kind(page, r, look)
    page.get_by_text(r.texts["waiting"]).wait_for()  # closed: look at the shared screen
    check_every_kind_in_the_file(r, matrix)
    # The console's counter reads the same session model.
    assert r.running.session.counts(r.act("ranking")).of("phone") == 1
    write_notes(page, r, look)
    place_dots(page, r, look)
    assert watch.problems == []
    assert watch.foreign_requests() == []
    context.close()


def test_results_show_only_when_revealed_and_chosen_for_phones(browser, workshop, tmp_path):
    r = workshop
    fac = FacilitationService(r.store)
    act = r.open("single_choice")
    context = new_phone(browser)
    page = context.new_page()
    page.goto(r.url)
    page.get_by_role("radio", name=r.texts["group_none"], exact=True).check()
    page.click("#group-save")
    page.get_by_role("radio", name="Ja", exact=True).check()
    submit(page)
    wait_saved(page, r)
    fac.close_voting(act)
    page.get_by_text(r.texts["waiting"]).wait_for()
    fac.reveal(act)
    r.running.channel.set_show_results(True)
    page.wait_for_selector("#results-title")
    assert page.get_by_text(r.texts["results_n"].format(n=1)).is_visible()
    lines = page.locator(".bars li").all_inner_texts()
    assert [line.split("\n")[0] for line in lines] == ["Ja", "Nein", "Weiß nicht"]
    assert "1 (100 %)" in lines[0]
    channels = page.locator("ul[aria-labelledby=channels] li").all_inner_texts()
    assert len(channels) == 1 and channels[0].endswith(": 1")
    shot(page, tmp_path, "results")
    # No group given: the ballot carries none.
    assert [x.stakeholder_group for x in responses(r, "single_choice")] == [None]
    context.close()


def test_a_reload_resumes_where_the_session_stands(browser, workshop):
    r = workshop
    context = new_phone(browser)
    page = context.new_page()
    r.open("scale")
    page.goto(r.url)
    page.get_by_role("radio", name="Wissenschaft", exact=True).check()
    page.click("#group-save")
    wait_form(page, "Wie nützlich?")
    device = page.evaluate("() => localStorage.getItem('studio-device')")
    page.reload()
    # Same phone, same group: no second question, straight back to the open question.
    wait_form(page, "Wie nützlich?")
    assert page.evaluate("() => localStorage.getItem('studio-device')") == device
    page.get_by_role("radio", name="2", exact=True).check()
    submit(page)
    wait_saved(page, r)
    page.reload()
    wait_saved(page, r)  # the server knows this phone answered
    assert [x.stakeholder_group for x in responses(r, "scale")] == ["science"]
    r.open("single_choice")
    wait_form(page, "Weiter so?")
    context.close()


def test_an_unconfirmed_answer_is_sent_again_once_and_stored_once(browser, workshop):
    """The server saved the ballot, but its answer never reached the phone."""
    r = workshop
    r.open("single_choice")
    context = new_phone(browser)
    page = context.new_page()
    hear_only_the_first_state(page)
    page.goto(r.url)
    page.get_by_role("radio", name=r.texts["group_none"], exact=True).check()
    page.click("#group-save")
    sent: list[dict[str, Any]] = []

    def lose_the_first_answer(route: Any) -> None:
        sent.append(json.loads(route.request.post_data))
        response = route.fetch()  # reaches the server, which saves it
        if len(sent) == 1:
            assert response.status == 200
            route.abort("connectionreset")
        else:
            route.fulfill(response=response)

    page.route("**/api/ballot", lose_the_first_answer)
    page.get_by_role("radio", name="Ja", exact=True).check()
    submit(page)
    wait_saved(page, r)
    assert len(sent) == 2 and sent[0]["request"] == sent[1]["request"]
    assert sent[0] == sent[1]
    assert BallotService(r.store).ballots_by_source(r.act("single_choice")) == {"phone": 1}
    context.close()


def test_no_connection_says_not_saved_and_a_second_try_saves(browser, workshop):
    r = workshop
    r.open("single_choice")
    context = new_phone(browser)
    page = context.new_page()
    page.goto(r.url)
    page.get_by_role("radio", name=r.texts["group_none"], exact=True).check()
    page.click("#group-save")
    sent: list[str] = []

    def drop(route: Any) -> None:
        sent.append(json.loads(route.request.post_data)["request"])
        route.abort("internetdisconnected")

    page.route("**/api/ballot", drop)
    page.get_by_role("radio", name="Nein", exact=True).check()
    submit(page)
    page.get_by_text(r.texts["not_saved_network"]).wait_for()
    assert len(sent) == 2 and sent[0] == sent[1]  # sent again once, then given up
    assert page.locator("#done-title").count() == 0
    assert BallotService(r.store).ballots_by_source(r.act("single_choice")) == {}
    page.unroute("**/api/ballot")
    submit(page)
    wait_saved(page, r)
    assert [x.option_id for x in responses(r, "single_choice")] == [
        r.plan["options"]["single_choice"][1]]
    context.close()


def test_a_dropped_connection_shows_a_notice_and_the_page_catches_up(browser, workshop):
    r = workshop
    fac = FacilitationService(r.store)
    fac.set_current(r.plan["scenario"], None)
    context = new_phone(browser)
    page = context.new_page()
    page.goto(r.url)
    page.get_by_role("radio", name=r.texts["group_none"], exact=True).check()
    page.click("#group-save")
    page.get_by_text(r.texts["waiting"]).wait_for()
    page.route("**/api/state*", lambda route: route.abort("internetdisconnected"))
    r.open("ranking")  # ends the waiting long poll; the next one fails
    page.wait_for_function("t => document.getElementById('offline').textContent === t",
                           arg=r.texts["offline"])
    r.open("matrix")  # meanwhile the facilitator moved on
    page.unroute("**/api/state*")
    wait_form(page, "Nutzen und Risiko")  # caught up by itself
    page.wait_for_function("() => document.getElementById('offline').textContent === ''")
    context.close()


def test_a_phone_that_already_answered_is_told_so(browser, workshop):
    """One answer per phone: the server refuses a second one, the page says why."""
    r = workshop
    act = r.open("single_choice")
    context = new_phone(browser)
    page = context.new_page()
    hear_only_the_first_state(page)
    page.goto(r.url)
    page.get_by_role("radio", name=r.texts["group_none"], exact=True).check()
    page.click("#group-save")
    wait_form(page, "Weiter so?")
    # The same phone answered in another tab; this tab has not heard of it yet.
    device = page.evaluate("() => localStorage.getItem('studio-device')")
    other = context.new_page()
    other.goto(r.url)
    other.get_by_role("radio", name="Ja", exact=True).check()
    other.click("#submit")
    wait_saved(other, r)
    assert other.evaluate("() => localStorage.getItem('studio-device')") == device
    page.get_by_role("radio", name="Nein", exact=True).check()
    submit(page)
    wait_saved(page, r, "already")
    assert [x.option_id for x in BallotService(r.store).responses(act)] == [
        r.plan["options"]["single_choice"][0]]
    context.close()


def test_the_join_qr_code_reads_back_into_the_url_that_opens_the_page(browser, workshop,
                                                                      tmp_path):
    zbarimg = need_zbarimg()
    from studio.phones.qr import qr_png

    r = workshop
    png = tmp_path / "join.png"
    png.write_bytes(qr_png(r.url))
    read = subprocess.run([zbarimg, "--raw", "-q", str(png)], capture_output=True, text=True,
                          timeout=60, check=True)
    url = read.stdout.strip()
    assert url == r.url
    context = new_phone(browser)
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector("#group-form")
    context.close()


def test_the_room_code_on_the_neutral_page_leads_to_the_workshop(browser, workshop):
    r = workshop
    server = r.running.server
    context = new_phone(browser)
    page = context.new_page()
    page.goto(server.base_url + "/")
    assert "Chatbot" not in page.content() and "Werkstatt KI" not in page.content()
    wrong = "000000" if server.code != "000000" else "111111"
    page.get_by_label(neutral_texts(r.running.channel.language)["label"]).fill(wrong)
    page.click("button[type=submit]")
    page.wait_for_selector("#code-error")
    assert page.get_attribute("#code", "aria-invalid") == "true"
    page.fill("#code", server.code)
    page.click("button[type=submit]")
    page.wait_for_selector("#group-form")
    assert page.url == r.url
    context.close()
