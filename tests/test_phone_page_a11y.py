"""The phone page is accessible (WCAG 2.1 AA): axe-core finds nothing on any view, every
control is at least 44 × 44 CSS pixels, nothing scrolls sideways on a phone or at 200 %
zoom, and each view's confirmation or error reaches a screen reader. The real phone
server on 127.0.0.1 serves the page; Debian's Chromium shows it at a phone's size."""

# ruff: noqa: F811 - pytest fixtures imported from phone_page_support

from __future__ import annotations

from typing import Any

import pytest
from phone_page_support import (  # noqa: F401 - fixtures browser and workshop
    Room,
    axe_violations,
    browser,
    need_axe,
    new_phone,
    overflows_sideways,
    shot,
    small_targets,
    workshop,
)
from phone_page_walk import (
    answer_every_kind,
    choose_group,
    joined_phone,
    place_dots,
    submit,
    wait_form,
    wait_saved,
    write_notes,
)

from studio.core.facilitation import FacilitationService

pytestmark = pytest.mark.slow


class Checker:
    """Runs axe and the size checks on each view it is shown; collects what fails."""

    def __init__(self, page: Any, folder: Any) -> None:
        self.page = page
        self.folder = folder
        self.seen: list[str] = []
        self.failures: list[str] = []

    def __call__(self, name: str) -> None:
        self.seen.append(name)
        for problem in axe_violations(self.page):
            self.failures.append(f"{name}: {problem}")
        for control in small_targets(self.page):
            self.failures.append(f"{name}: touch target too small: {control}")
        for problem in overflows_sideways(self.page):
            self.failures.append(f"{name}: {problem}")
        shot(self.page, self.folder, name)


def test_every_view_passes_axe_with_large_targets(browser, workshop: Room, tmp_path):
    need_axe()
    r = workshop
    context = new_phone(browser, bypass_csp=True)  # axe is injected as a script
    page = context.new_page()
    check = Checker(page, tmp_path / "a11y")
    fac = FacilitationService(r.store)

    page.goto(r.running.server.base_url + "/")
    check("neutral")
    page.fill("#code", "not a code")
    page.click("button[type=submit]")
    page.wait_for_selector("#code-error")
    check("neutral-wrong-code")

    fac.set_current(r.plan["scenario"], None)
    page.goto(r.url)
    choose_group(page, r, check)
    page.locator("main").get_by_text(r.texts["waiting"]).wait_for()
    check("waiting-with-card")
    matrix_errors = []

    def look(name: str) -> None:
        check(name)
        if name == "matrix":  # the error of an empty submit was shown before
            matrix_errors.append(name)

    answer_every_kind(page, r, look)
    write_notes(page, r, check)
    place_dots(page, r, check)

    # Results on the phone, and the waiting view without a card
    act = r.open("single_choice")
    fac.close_voting(act)
    fac.reveal(act)
    r.running.channel.set_show_results(True)
    page.wait_for_selector("#results-title")
    check("results")
    fac.set_current(None, None)
    page.wait_for_function("() => !document.getElementById('results-title')")
    check("waiting")

    # A form with an error showing (the facilitator reset the answered scale), and the
    # group question asked again
    fac.reset(r.act("scale"))
    r.open("scale")
    wait_form(page, "Wie nützlich?")
    submit(page)
    page.get_by_text(r.texts["need_value"]).wait_for()
    check("form-with-error")
    page.click("#group-change")
    page.wait_for_selector("#group-form")
    check("group-change")
    assert "dots" in check.seen and "notes" in check.seen and matrix_errors
    assert check.failures == []
    context.close()


@pytest.mark.parametrize("kind", ["points", "ranking", "matrix", "statements", "notes"])
def test_at_200_percent_zoom_nothing_scrolls_sideways(browser, workshop: Room, tmp_path, kind):
    """200 % zoom on a 390 px wide phone leaves 195 CSS pixels: the page reflows."""
    r = workshop
    r.open(kind)
    context, page = joined_phone(browser, r, viewport={"width": 195, "height": 422},
                                 device_scale_factor=4)
    page.wait_for_selector("#submit")
    shot(page, tmp_path, f"zoom-{kind}")
    assert overflows_sideways(page) == []
    context.close()


def test_confirmations_and_errors_reach_a_screen_reader(browser, workshop: Room):
    """Errors sit in an alert next to the button; a saved answer moves the focus to its
    heading and is announced in the polite live region."""
    r = workshop
    r.open("single_choice")
    context, page = joined_phone(browser, r)
    wait_form(page, "Weiter so?")
    submit(page)
    assert page.get_attribute("#form-msg", "role") == "alert"
    assert page.inner_text("#form-msg") == r.texts["need_one"]
    page.get_by_role("radio", name="Ja", exact=True).check()
    assert page.inner_text("#form-msg") == ""  # the error goes once the answer changes
    submit(page)
    wait_saved(page, r)
    assert page.evaluate("() => document.activeElement.id") == "done-title"
    assert page.get_attribute("#live", "aria-live") == "polite"
    page.wait_for_function("t => document.getElementById('live').textContent === t",
                           arg=r.texts["saved"])
    # The viewport lets people zoom.
    viewport = page.get_attribute("meta[name=viewport]", "content")
    assert "user-scalable" not in viewport and "maximum-scale" not in viewport
    context.close()


def test_the_locked_view_passes_axe(browser, workshop: Room, tmp_path):
    need_axe()
    r = workshop
    r.running.channel.set_join_locked(True)
    context = new_phone(browser, bypass_csp=True)
    page = context.new_page()
    check = Checker(page, tmp_path)
    page.goto(r.url)
    page.locator("main").get_by_text(r.texts["locked"]).wait_for()
    check("locked")
    assert check.failures == []
    context.close()
