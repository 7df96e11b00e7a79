"""The PDF report: what it shows (outline), that it draws, and the CLI."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from exchange_data import build, make_file

from studio.core.notes import NoteService
from studio.exchange.records import read_records
from studio.exchange.report import outline, write_report
from studio.store.database import WorkshopStore

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def store():
    st = WorkshopStore.memory()
    ids = build(st)
    st.ids = ids
    yield st
    st.close()


def test_outline_has_charts_key_figures_and_clusters_but_no_hidden_notes(store):
    notes = NoteService(store)
    secret = notes.add_note("Call me: 0341 123 45 67", "question", scenario_id=store.ids["scenario"])
    notes.assign([secret.id], store.ids["cluster"])
    notes.hide(secret.id, "personal data")
    doc = outline(read_records(store))
    assert doc.title == "Werkstatt =1+1"
    section = doc.sections[0]
    assert section.title == "Karte A"
    assert ("summary", "=1+1") in section.card_lines
    assert [c.kind for c in section.charts] == ["single_choice", "multiple_choice", "scale",
                                                "points", "ranking", "matrix", "statements"]
    assert all(c.key_figures.startswith("n = ") for c in section.charts)
    scale = next(c for c in section.charts if c.kind == "scale")
    assert "Mittelwert" in scale.key_figures
    name, size, texts = section.clusters[0]
    assert name == "=cluster" and size == 3 and "-minus" in texts
    everything = repr(doc)
    assert "0341" not in everything and "@concern" not in everything  # hidden ones
    for chart in section.charts:
        for group, result in chart.by_group.items():
            assert result.n >= 5


def test_report_is_a_pdf_with_a_page_per_scenario_at_least(store, tmp_path):
    NoteService(store).add_note("Costs $5 and $10 per month", "concern",
                                scenario_id=store.ids["scenario"])
    out = tmp_path / "r.pdf"
    seen = []
    write_report(store, out, progress=lambda f, s: seen.append(f))
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    assert pages >= 4  # cover, the card, seven charts at two or so per page
    assert seen[-1] == 1.0
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_cli_report_uses_no_pyplot_and_leaves_the_input_alone(tmp_path):
    src, _ = make_file(tmp_path / "w.workshop")
    digest = hashlib.sha256(src.read_bytes()).hexdigest()
    out = tmp_path / "w.pdf"
    code = ("import sys; from studio.cli import main; rc = main(sys.argv[1:]); "
            "print(rc, 'matplotlib.pyplot' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code, "report", str(src), "--output", str(out)],
                          capture_output=True, text=True, cwd=ROOT, check=False, timeout=240)
    assert proc.stdout.split()[-2:] == ["0", "False"], proc.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert hashlib.sha256(src.read_bytes()).hexdigest() == digest
    again = subprocess.run([sys.executable, "-c", code, "report", str(src), "--output", str(out)],
                           capture_output=True, text=True, cwd=ROOT, check=False, timeout=240)
    assert again.stdout.split()[-2:] == ["2", "False"]
    assert "already exists" in again.stderr and len(again.stderr.strip().splitlines()) == 1


def _fills(node) -> set[str]:
    """The fill colours (hex) of every shape in a ReportLab drawing."""
    found = set()
    fill = getattr(node, "fillColor", None)
    if fill is not None and hasattr(fill, "hexval"):
        found.add(fill.hexval().lower().replace("0x", "#"))
    for child in getattr(node, "contents", []):
        found |= _fills(child)
    return found


def test_hatched_bars_keep_their_colour_in_the_pdf(store):
    """svglib draws no SVG patterns: the hatched bars of the second group would be empty
    outlines in the PDF, leaving the groups apart only by their order; they keep their colour."""
    from studio.charts.palette import series
    from studio.exchange.report import _chart_drawing

    section = outline(read_records(store)).sections[0]
    single = next(c for c in section.charts if c.kind == "single_choice")
    assert len(single.by_group) >= 2
    second_colour, hatch, _ = series(1)
    assert hatch  # the second group's bars are hatched on screen
    assert second_colour.lower() in _fills(_chart_drawing(single, "de", 400))
