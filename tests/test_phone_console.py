"""The facilitator's side of phones: the console starts the server, puts the join screen
on the shared screen (its QR code reads back into the join URL), counts phones by
channel, locks joining, and stops the server. All traffic stays on 127.0.0.1."""

# ruff: noqa: F811 - pytest fixtures imported from test_session_support
from __future__ import annotations

import shutil
import subprocess
import urllib.error
import urllib.request

import pytest
from phone_support import Phone
from PySide6.QtCore import Qt
from test_session_support import (  # noqa: F401 - fixtures
    click_action,
    doc,
    ids,
    option_ids,
    page,
    start_voting,
)


@pytest.fixture
def phones(page):
    controller = page.phones
    controller.address, controller.port = "127.0.0.1", 0  # never another address in tests
    controller.set_wifi("", "", "WPA")  # the settings outlive a test
    yield controller
    controller.stop()


def read_qr(qtbot, label, tmp_path) -> str:
    """The text of the QR code a label shows, read back by zbarimg as a phone would."""
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg (Debian's zbar-tools) is not installed")
    qtbot.waitUntil(lambda: label.pixmap() is not None and not label.pixmap().isNull())
    path = tmp_path / "qr.png"
    assert label.grab().save(str(path))
    out = subprocess.run(["zbarimg", "--raw", "-q", str(path)], capture_output=True, text=True,
                         timeout=30, check=False)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_the_console_starts_phones_and_the_join_screen_scans_into_the_url(
        qtbot, page, phones, doc, ids, tmp_path):
    click_action(qtbot, page, "session.phones")
    assert phones.running
    url = phones.server.url
    assert url.startswith("http://127.0.0.1:")
    assert url in page.phones_box.address.text()
    assert phones.server.code in page.phones_box.address.text()
    # Phones on: the join screen is up at once.
    stage = page.stage
    assert page.control.actions["session.join_screen"].isChecked()
    qtbot.waitUntil(lambda: stage.stack.currentWidget() is stage.join_page)
    assert stage.join_page.url.text() == url
    assert stage.join_page.code.text().replace(" ", "") == phones.server.code
    assert read_qr(qtbot, stage.join_page.qr, tmp_path) == url
    assert not stage.join_page.wifi_box.isVisibleTo(stage.join_page)
    # The join screen off: the shared screen shows the session again.
    click_action(qtbot, page, "session.join_screen")
    assert stage.stack.currentWidget() is not stage.join_page


def test_the_wifi_code_joins_the_hotspot(qtbot, page, phones, tmp_path):
    phones.set_wifi('Werkstatt "Süd"; 2', "geheim:123", "WPA")
    click_action(qtbot, page, "session.join_screen")  # starts the server too
    assert phones.running
    stage = page.stage
    qtbot.waitUntil(lambda: stage.join_page.wifi_box.isVisibleTo(stage.join_page))
    text = read_qr(qtbot, stage.join_page.wifi_qr, tmp_path)
    assert text.startswith("WIFI:")
    assert r"S:Werkstatt \"Süd\"\; 2;" in text and r"P:geheim\:123;" in text
    assert "Werkstatt" in stage.join_page.wifi_text.text()


def test_phone_answers_reach_the_console_counter_by_channel(qtbot, page, phones, doc, ids):
    click_action(qtbot, page, "session.phones")
    start_voting(qtbot, page, ids["single_choice"])
    phone = Phone(phones.server)
    assert phone.join()[0] == 200
    phone.state()
    opts = option_ids(doc, ids["single_choice"])
    assert phone.ballot(ids["single_choice"], {"option": opts[0]}) == (200, {"ok": True})
    doc.ballots.cast_ballot(ids["single_choice"], {"option": opts[1]})  # the shared screen
    qtbot.waitUntil(lambda: "2" in page.counter.text())
    channels = page.counter_channels.text()
    assert "Phones: 1" in channels and "Shared screen: 1" in channels
    qtbot.waitUntil(lambda: "Phones: 1" in page.phones_box.answered.text())
    page.phones_box.refresh()
    assert page.phones_box.connected.text() == "1 phone connected"


def test_locking_joins_from_the_console(qtbot, page, phones):
    click_action(qtbot, page, "session.phones")
    early = Phone(phones.server)
    assert early.join()[0] == 200
    qtbot.mouseClick(page.phones_box.lock, Qt.MouseButton.LeftButton)
    assert page.control.actions["session.lock_joins"].isChecked()
    status, body = Phone(phones.server).join()
    assert (status, body["code"]) == (403, "locked")
    assert early.join()[0] == 200


def test_switching_phones_off_stops_the_server(qtbot, page, phones):
    click_action(qtbot, page, "session.phones")
    url = phones.server.url
    click_action(qtbot, page, "session.phones")
    assert not phones.running
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=5)  # 127.0.0.1: nothing listens any more
    assert "Off" in page.phones_box.off_text.text() and page.phones_box.off_text.isVisibleTo(page)


def test_phone_controls_have_names_and_keys(page):
    actions = page.control.actions
    assert actions["session.phones"].shortcut().toString() == "Ctrl+Shift+M"
    assert actions["session.join_screen"].shortcut().toString() == "Ctrl+Shift+J"
    for name in ("lockJoins", "phoneResults"):
        box = page.phones_box.findChild(type(page.phones_box.lock), name)
        assert box.text() and box.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_a_phone_note_and_phone_dots_reach_the_windows(qtbot, page, phones, doc, ids):
    click_action(qtbot, page, "session.phones")
    seen: list[str] = []
    doc.changed.connect(seen.append)
    start_voting(qtbot, page, ids["notes"])
    phone = Phone(phones.server)
    phone.join()
    category = phone.state()["activity"]["categories"][0]["key"]
    assert phone.note(ids["notes"], category, "Vom Handy: bitte erklären")[0] == 200
    qtbot.waitUntil(lambda: "notes" in seen)
    qtbot.waitUntil(lambda: "1" in page.counter.text())
    assert "Phones: 1" in page.counter_channels.text()
    # Dot voting on the shared screen: a phone's dots show there like the screen's own.
    note = doc.notes.notes()[0]
    click_action(qtbot, page, "session.show_dots")
    seen.clear()
    assert phone.dots([["note", note.id]])[0] == 200
    qtbot.waitUntil(lambda: "notes" in seen)
    assert doc.notes.dot_counts() == {note.id: 1}


def test_closing_the_workshop_stops_the_server(qtbot, doc, ids):
    from test_session_support import open_page

    page = open_page(qtbot, doc)
    page.phones.address, page.phones.port = "127.0.0.1", 0
    click_action(qtbot, page, "session.phones")
    url = page.phones.server.url
    page.shutdown()
    assert not page.phones.running
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=5)  # 127.0.0.1: nothing listens any more


def test_the_join_screen_gives_way_when_the_facilitator_moves_on(qtbot, page, phones, ids):
    click_action(qtbot, page, "session.phones")
    stage = page.stage
    qtbot.waitUntil(lambda: stage.stack.currentWidget() is stage.join_page)
    page.control.go_to(page.control.agenda[0].id, ids["scale"])
    qtbot.waitUntil(lambda: stage.stack.currentWidget() is not stage.join_page)
    assert not page.control.actions["session.join_screen"].isChecked()
    assert phones.running  # phones stay connected
    click_action(qtbot, page, "session.join_screen")  # and it can come back
    qtbot.waitUntil(lambda: stage.stack.currentWidget() is stage.join_page)
