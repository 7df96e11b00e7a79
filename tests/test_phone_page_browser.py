"""The phone page end to end: Debian's Chromium at a phone's viewport, the real phone
server on 127.0.0.1 and the workshop file. A participant joins, picks a group once,
answers every activity kind through the page's own controls, writes notes and places
dots; the confirmation shows only after the server saved, and the file holds the
answers with source "phone". The page survives a reload and a dropped connection."""

# ruff: noqa: F811 - pytest fixtures imported from phone_page_support

from __future__ import annotations

import json
import subprocess
from typing import Any

import pytest
from phone_page_support import (  # noqa: F401 - fixtures browser and workshop
    Watch,
    browser,
    need_zbarimg,
    new_phone,
    shot,
    workshop,
)
from phone_page_walk import (
    answer_every_kind,
    check_every_kind_in_the_file,
    choose_group,
    hear_only_the_first_state,
    joined_phone,
    place_dots,
    responses,
    submit,
    wait_form,
    wait_saved,
    write_notes,
)

from studio.core.ballots import BallotService
from studio.core.facilitation import FacilitationService
from studio.core.session_events import WorkshopChanged, session_events
from studio.core.workshops import WorkshopService
from studio.phones.page_texts import neutral_texts

pytestmark = pytest.mark.slow


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
    page.locator("main").get_by_text(r.texts["waiting"]).wait_for()
    assert page.inner_text("#scenario-title") == "Chatbot"
    look("waiting")
    matrix = answer_every_kind(page, r, look)
    page.locator("main").get_by_text(r.texts["waiting"]).wait_for()  # closed: look at the shared screen
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
    context, page = joined_phone(browser, r)
    page.get_by_role("radio", name="Ja", exact=True).check()
    submit(page)
    wait_saved(page, r)
    fac.close_voting(act)
    page.locator("main").get_by_text(r.texts["waiting"]).wait_for()
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
    context, page = joined_phone(browser, r, before=hear_only_the_first_state)
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
    context, page = joined_phone(browser, r)
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
    context, page = joined_phone(browser, r)
    page.locator("main").get_by_text(r.texts["waiting"]).wait_for()
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
    context, page = joined_phone(browser, r, before=hear_only_the_first_state)
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


def test_the_shared_screens_qr_code_opens_the_page_on_a_phone(qtbot, browser, workshop,
                                                              tmp_path):
    """The chain a participant follows: the join screen's QR code (as the shared screen
    draws it), read by a camera (zbarimg), opened in the phone's browser."""
    zbarimg = need_zbarimg()
    from studio.ui.stage.join_view import JoinInfo, JoinView

    r = workshop
    server = r.running.server
    view = JoinView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.set_info(JoinInfo(url=server.url, code=server.code))
    view.show()
    qtbot.waitUntil(lambda: view.qr.pixmap() is not None and not view.qr.pixmap().isNull())
    png = tmp_path / "join-screen.png"
    assert view.grab().save(str(png))
    read = subprocess.run([zbarimg, "--raw", "-q", str(png)], capture_output=True, text=True,
                          timeout=60, check=True)
    url = read.stdout.strip()
    assert url == server.url
    context = new_phone(browser)
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector("#group-form")
    assert page.inner_text("#title") == "Werkstatt KI im Bürgerbüro"
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


def test_a_locked_room_says_so_and_the_phone_joins_once_it_opens(browser, workshop):
    r = workshop
    r.running.channel.set_join_locked(True)
    context = new_phone(browser)
    page = context.new_page()
    page.goto(r.url)
    page.locator("main").get_by_text(r.texts["locked"]).wait_for()
    assert page.locator("#group-form").count() == 0
    device = page.evaluate("() => localStorage.getItem('studio-device')")
    assert not r.running.channel.joined(device)
    r.running.channel.set_join_locked(False)
    page.wait_for_selector("#group-form")  # joined by itself
    assert r.running.channel.joined(device)
    context.close()


def test_the_page_switches_language_with_the_workshop(browser, workshop):
    """The facilitator switches the workshop to English: the phone reloads its texts."""
    r = workshop
    r.open("single_choice")
    context, page = joined_phone(browser, r)
    wait_form(page, "Weiter so?")
    assert page.inner_text("#submit") == "Antwort abgeben"
    WorkshopService(r.store).update(language="en")
    session_events(r.store).emit(WorkshopChanged())  # as the Workshop tab tells everyone
    page.wait_for_function("() => document.documentElement.lang === 'en'")
    wait_form(page, "Weiter so?")
    assert page.inner_text("#submit") == "Submit my answer"
    context.close()


def test_a_link_from_an_earlier_start_says_so(browser, workshop):
    """The token is new at every start: an old page hears 404 and asks for a new scan."""
    r = workshop
    r.open("single_choice")
    context, page = joined_phone(browser, r)
    wait_form(page, "Weiter so?")
    page.route("**/api/state*", lambda route: route.fulfill(status=404, body="",
                                                             content_type="text/html"))
    r.open("scale")  # ends the page's long poll; the next poll hears 404
    page.wait_for_function("t => document.getElementById('offline').textContent === t",
                           arg=r.texts["gone"])
    context.close()
