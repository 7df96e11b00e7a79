"""The answer screens as participants see them on a 1280×720 projector (issue 13.6).

Nothing is cut off or a scroll away, short lists use the screen's height, the
2×2 matrix's axis texts are whole, and the keyboard focus never looks like a
choice.
"""

# ruff: noqa: F811 - pytest fixtures imported from test_session_support
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel, QWidget
from test_session_support import ACTIVITIES, doc, ids, page  # noqa: F401 - fixtures

from studio.core.kinds import ScreenMode
from studio.ui.stage.tiles import TileButton


def open_answer(qtbot, page, doc, activity_id: str, size=(1280, 720)):
    stage = page.stage
    stage.resize(*size)
    qtbot.waitUntil(lambda: (stage.width(), stage.height()) == size)
    page.control.go_to(doc.workshops.activity(activity_id).scenario_id, activity_id)
    doc.facilitation.open_voting(activity_id)
    doc.facilitation.set_screen_mode(ScreenMode.ACTIVITY)
    doc.notify("session")
    flow = stage.flow
    qtbot.waitUntil(lambda: flow.spec is not None and flow.spec.id == activity_id
                    and flow.page_name() in ("group", "answer"))
    if flow.page_name() == "group":
        flow.choose_group(None)
    qtbot.waitUntil(lambda: flow.page_name() == "answer")
    qtbot.wait(1)  # one turn of the event loop: the layouts settle
    return flow


def cut_texts(root: QWidget) -> list[str]:
    """Labels and tiles whose text needs more room than they got (elided or clipped)."""
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text():
            continue
        name = label.objectName() or label.text()[:30]
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height():
                problems.append(f"{name}: needs {label.heightForWidth(label.width())} px high,"
                                f" has {label.height()}")
        elif label.sizeHint().width() > label.width():
            problems.append(f"{name}: needs {label.sizeHint().width()} px wide,"
                            f" has {label.width()}")
    for tile in root.findChildren(TileButton):
        if tile.isVisibleTo(root) and tile.heightForWidth(tile.width()) > tile.height():
            problems.append(f"tile {tile.text()!r}: needs {tile.heightForWidth(tile.width())}"
                            f" px high, has {tile.height()}")
    return problems


def outside(root: QWidget, window: QWidget) -> list[str]:
    out = []
    for w in root.findChildren(QWidget):
        if w.isVisibleTo(window) and w.width() > 0:
            rect = QRect(w.mapTo(window, w.rect().topLeft()), w.size())
            if not window.rect().contains(rect):
                out.append(f"{w.objectName() or type(w).__name__} at {rect}")
    return out


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_no_answer_screen_cuts_text_or_needs_scrolling(qtbot, page, doc, ids, size):
    problems = []
    for kind in ACTIVITIES:
        if kind == "notes":
            continue  # a text field: it scrolls by nature
        flow = open_answer(qtbot, page, doc, ids[kind], size)
        problems += [f"{kind}: {p}" for p in cut_texts(flow.answer_page)]
        if flow.scroll.verticalScrollBar().maximum() > 0:
            problems.append(f"{kind}: the answer needs scrolling")
        problems += [f"{kind}: outside: {p}" for p in outside(flow.answer_widget, page.stage)]
    assert problems == []


def test_five_long_options_to_share_points_fit_at_720p(qtbot, page, doc, ids):
    """The demo's points question: five long scenario titles, each with − and +."""
    sc = ids["scenario"]
    titles = ["Beantworten von Fragen zu Bürgerdiensten mit einem Chatbot",
              "Erfassen des Gebäudebestands aus Straßenbildern für die Wärmeplanung",
              "Erkennen von Straßenschäden und kranken Bäumen auf Kamerabildern",
              "Prüfen, ob eine KI Wohngeldanträge für eine genauere Kontrolle auswählen soll",
              "Sortieren von eingehenden Briefen und E-Mails an die zuständige Stelle"]
    act = doc.workshops.add_activity(sc, "points", "Welches Pilotprojekt zuerst? Verteilen Sie"
                                     " 10 Punkte.", titles, {"budget": 10})
    flow = open_answer(qtbot, page, doc, act.id)
    assert cut_texts(flow.answer_page) == []
    assert flow.scroll.verticalScrollBar().maximum() == 0


def test_a_short_list_of_answers_uses_the_screens_height(qtbot, page, doc, ids):
    """Three answers no longer leave 40 % of a 720-line screen empty."""
    flow = open_answer(qtbot, page, doc, ids["single_choice"])
    tiles = list(flow.answer_widget.tiles.values())
    used = max(t.geometry().bottom() for t in tiles) - min(t.geometry().top() for t in tiles)
    assert used >= 0.75 * flow.scroll.viewport().height()


@pytest.mark.parametrize("labels", [
    {"x_label": "Risiko", "y_label": "Nutzen", "x_low": "gering", "x_high": "hoch",
     "y_low": "gering", "y_high": "hoch"},
    {"x_label": "Risiko für Bürgerinnen und Bürger (niedrig → hoch)",
     "y_label": "Nutzen (niedrig → hoch)", "x_low": "sehr gering", "x_high": "sehr hoch",
     "y_low": "sehr gering", "y_high": "sehr hoch"},
])
def test_the_matrix_axis_texts_are_whole(qtbot, page, doc, ids, labels):
    act = doc.workshops.add_activity(ids["scenario"], "matrix", "Nutzen gegen Risiko",
                                     None, labels)
    flow = open_answer(qtbot, page, doc, act.id)
    field = flow.answer_widget.field
    texts = field.axis_texts()
    assert len(texts) == 6
    for text, box, font, _align in texts:
        assert QFontMetricsF(font).horizontalAdvance(text) <= box.width() + 0.5, text
        assert font.pixelSize() >= field.font().pixelSize() * 0.6
    # The ends and the name of one axis do not overlap; everything is inside the widget.
    for axis in (texts[:3], texts[3:]):
        low, high, name = (box for _, box, _, _ in axis)
        assert not low.intersects(high) and not low.intersects(name)
    f = field.field()
    band = field.fontMetrics().height() * 1.25
    assert f.left() - 2 * band >= 0 and f.bottom() + 2 * band <= field.height()
    assert f.height() >= 0.6 * (field.height() - 2 * band)


def test_focus_does_not_look_like_a_choice(qtbot, page, doc, ids):
    """The first tile has the keyboard focus when the screen opens; it must not look
    chosen: same fill and mark as the others, only a dashed outline. A choice is a fill
    and a check mark."""
    flow = open_answer(qtbot, page, doc, ids["single_choice"])
    page.stage.activateWindow()
    first, second = list(flow.answer_widget.tiles.values())[:2]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    assert not first.isChecked()
    assert first.colors() == second.colors()
    assert first.mark() == second.mark() == "○"
    assert first.focus_style() == Qt.PenStyle.DashLine and second.focus_style() is None
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    assert second.isChecked() and second.mark() == "✓"
    assert second.colors() != first.colors()
    image = first.grab().toImage()
    assert image.width() > 0  # painting with focus and without selection works
