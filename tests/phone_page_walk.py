"""Walking through the phone page as a participant: a group, every ballot kind, notes,
dots. Shared by the end-to-end and the accessibility tests; ``look(name)`` is called on
each view (to check it, or to take its screenshot)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from phone_page_support import Room, new_phone

from studio.core.ballots import BallotService
from studio.core.facilitation import FacilitationService
from studio.core.notes import NoteService


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
    assert page.locator("main").get_by_text(hostile).is_visible()
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


def no_group(page: Any, r: Room) -> None:
    """Answer the group question with "prefer not to say" (for tests about something else)."""
    page.get_by_role("radio", name=r.texts["group_none"], exact=True).check()
    page.click("#group-save")


def joined_phone(browser: Any, r: Room, *, before: Callable[[Any], None] | None = None,
                 **context: Any) -> tuple[Any, Any]:
    """A new phone (its browser context and page) on the join URL, past the group question
    ("prefer not to say"); ``before(page)`` runs before the page loads (routes, holds)."""
    phone = new_phone(browser, **context)
    page = phone.new_page()
    if before is not None:
        before(page)
    page.goto(r.url)
    no_group(page, r)
    return phone, page


def choose_group(page: Any, r: Room, look: Look) -> None:
    page.wait_for_selector("#group-form")
    look("group")
    page.click("#group-save")
    assert page.inner_text("#group-msg") == r.texts["group_need"]
    page.get_by_role("radio", name="Verwaltung", exact=True).check()
    page.click("#group-save")
    page.get_by_text(r.texts["group_current"].format(group="Verwaltung")).wait_for()
