"""The PDF report's layout: every title and question can be read whole, untrusted text
prints literally, and the German report speaks German with one number format."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from studio.core.demo import populate_demo
from studio.core.notes import NoteService
from studio.core.workshops import WorkshopService
from studio.exchange.records import read_records
from studio.exchange.report import outline, write_report
from studio.store.database import WorkshopStore


def _pdf_text(path) -> str:
    """All text of the PDF with line breaks and runs of spaces made one space."""
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    store = WorkshopStore.memory()
    populate_demo(store)
    out = folder / "demo.pdf"
    write_report(store, out)
    yield store, out
    store.close()


def test_every_scenario_title_and_question_is_in_the_pdf_whole(demo_report):
    store, out = demo_report
    doc = outline(read_records(store))
    text = _pdf_text(out)
    assert doc.sections, "the demo has scenarios"
    for section in doc.sections:
        assert re.sub(r"\s+", " ", section.title) in text, section.title
        for chart in section.charts:
            assert re.sub(r"\s+", " ", chart.prompt) in text, chart.prompt


def test_a_chart_says_n_once_and_its_line_below_adds_what_the_chart_does_not(demo_report):
    """The chart's caption prints n; the line under it follows only where it adds something
    (a channel split, a mean, the option ahead), never "n = 28" a second time."""
    store, out = demo_report
    doc = outline(read_records(store))
    text = _pdf_text(out)
    charts = [chart for section in doc.sections for chart in section.charts]
    alone = [c for c in charts if c.key_figures == f"n = {c.result.n}"]
    more = [c for c in charts if c.key_figures != f"n = {c.result.n}"]
    assert alone and more  # the demo has both (its 2×2 matrix says n alone)
    for chart in more:
        assert re.sub(r"\s+", " ", chart.key_figures) in text, chart.key_figures
    lines = [line.strip() for page in PdfReader(out).pages
             for line in (page.extract_text() or "").splitlines()]
    assert not any(re.fullmatch(r"n = \d+", line) for line in lines)


def test_german_report_has_one_decimal_format(demo_report):
    _store, out = demo_report
    text = _pdf_text(out)
    assert "Mittelwert" in text and "Seite 2" in text
    # Key figures and chart texts both use the decimal comma; no "3.81" beside "3,8".
    assert not re.search(r"Mittelwert \d+\.\d", text)
    assert re.search(r"Mittelwert \d+,\d", text)


def test_long_titles_and_untrusted_text_wrap_and_print_literally(tmp_path):
    store = WorkshopStore.memory()
    ws = WorkshopService(store)
    ws.create_workshop("Werkstatt <b>fett</b> & Co", language="de")
    long_title = ("KI-gestützte Auswertung von Straßenbefahrungsdaten zur schnelleren Analyse des "
                  "Gebäudebestandes der gesamten Stadt für die Wärmeplanung und die Energiewende")
    scenario = ws.add_scenario({"id": "long", "title": {"de": long_title, "en": long_title}})
    question = ("Setzen Sie Ihren Punkt dort, wo Sie Nutzen und Risiko dieses Vorhabens für "
                "Ihren Stadtteil und Ihre Nachbarschaft sehen, auch wenn Sie unsicher sind")
    ws.add_activity(scenario.id, "single_choice", question, options=["Ja", "Nein"])
    unbroken = "Datenschutz" * 40  # one 440-character word
    notes = NoteService(store)
    cluster_notes = [notes.add_note(text, "concern", scenario_id=scenario.id) for text in
                     ("<font size=40>laut</font> & <i>leise</i>", unbroken, "a\nb")]
    notes.create_cluster("Cluster <u>eins</u>", [n.id for n in cluster_notes],
                         scenario_id=scenario.id)
    out = tmp_path / "r.pdf"
    write_report(store, out)
    text = _pdf_text(out)
    assert "Werkstatt <b>fett</b> & Co" in text
    assert long_title in text and question in text
    assert "<font size=40>laut</font> & <i>leise</i>" in text
    assert "Cluster <u>eins</u>" in text
    # The long word is broken across lines but nothing of it is lost.
    assert text.replace(" ", "").count("Datenschutz") >= 40
    store.close()
