"""``studio paper`` and ``studio feedback``: the drafts open in Word's terms (python-docx reads
them back: Heading 1/2 styles, captions, a table of contents field), LibreOffice turns the
paper into a PDF whose text holds every pilot's heading and every recommendation title, and
the feedback page holds the decisions on the recommendations citing the workshop. Inputs are
untouched; outputs are atomic and replaced only with --force; bad input is one line, exit 2."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from archive_support import new_target
from cli_support import one_line, run
from pypdf import PdfReader
from recs_support import filled_archive

from studio.archive import open_archive
from studio.archive.analysis import pilots
from studio.archive.evidence import NOTE, EvidenceRef
from studio.archive.notes_search import pilot_notes
from studio.archive.paper import write_paper
from studio.archive.pilots import TOP_NOTES, top_notes
from studio.archive.recommendations import create_recommendation, link_evidence
from studio.core.notes import NoteService
from studio.exchange.records import read_workshop_file
from studio.store.database import WorkshopStore

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")


def _with_handbook_item(target: str, ids) -> str:
    with open_archive(target) as archive:
        made = create_recommendation(archive, title="Name a contact person in every office",
                                     text="Staff know whom to ask.", audience="handbook",
                                     pilots=["card-b"], by="Dana")
        link_evidence(archive, made.id, EvidenceRef(NOTE, ids[1]["workshop"],
                                                    ids[1]["first_note"]), by="Dana")
    return made.title


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _field_codes(document) -> list[str]:
    body = document.element.body
    return [t.text for t in body.iter() if t.tag.endswith("}instrText")]


@pytest.mark.parametrize("kind", ["file", "server"])
def test_paper_and_handbook_open_with_real_styles(kind, tmp_path, request, capsys):
    target, ids = filled_archive(kind, tmp_path, request)
    handbook_title = _with_handbook_item(target, ids)
    paper, handbook = tmp_path / "paper.docx", tmp_path / "handbook.docx"
    code, out, err = run(capsys, "paper", target, "--output", paper, "--handbook", handbook,
                         "--lang", "en")
    assert code == 0, err
    assert out.split() == [str(paper), str(handbook)]
    document = docx.Document(str(paper))
    styled = [(p.style.name, p.text) for p in document.paragraphs]
    h1 = [t for s, t in styled if s == "Heading 1"]
    h2 = [t for s, t in styled if s == "Heading 2"]
    h3 = [t for s, t in styled if s == "Heading 3"]
    assert h1 == ["Card A (card-a)", "Card A (card-b)", "Appendix: evidence"]
    assert h2.count("Common ground and dividing lines") == 2
    assert h3 == ["Explain every decision =1+1", "Train the staff first",
                  "Name a contact person in every office"]
    assert any(s == "Caption" and t.startswith("Figure: Question scale?") for s, t in styled)
    assert any(s == "Title" for s, _ in styled)
    assert any(code.strip().startswith("TOC ") for code in _field_codes(document))
    assert len(document.inline_shapes) == 14  # a chart per question: 7 on each card
    text = "\n".join(t for _, t in styled)
    assert "“=1+1 idea”" in text and "[E1]" in text
    assert "Not adopted: No budget this year" in text
    assert "For: the staff handbook" in text
    # The appendix names each item's sheet and ids as the merged workbook holds them.
    table = document.tables[-1]
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0][0] == "No." and len(rows) == 1 + 6
    assert ["E1", rows[1][1], "Notes", ids[0]["workshop"], ids[0]["first_note"]] == rows[1]
    book = docx.Document(str(handbook))
    hb = [(p.style.name, p.text) for p in book.paragraphs]
    assert [t for s, t in hb if s == "Heading 1"] == ["Card A (card-b)"]
    assert [t for s, t in hb if s == "Heading 2"] == [handbook_title]
    assert "Train the staff first" not in "\n".join(t for _, t in hb)  # not adopted

    # An existing output is kept unless --force; then replaced.
    before = paper.read_bytes()
    code, _out, err = run(capsys, "paper", target, "--output", paper)
    assert code == 2 and "already exists" in one_line(err) and paper.read_bytes() == before
    code, _out, err = run(capsys, "paper", target, "--output", paper, "--force")
    assert code == 0, err
    german = docx.Document(str(paper))
    assert any(p.style.name == "Heading 2" and p.text == "Gemeinsamkeiten und Trennlinien"
               for p in german.paragraphs)


@pytest.mark.slow
@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice missing: apt-get install "
                    "libreoffice-writer-nogui")
def test_libreoffice_turns_the_paper_into_a_pdf_with_every_pilot_and_title(tmp_path, request,
                                                                           capsys):
    target, ids = filled_archive("file", tmp_path, request)
    _with_handbook_item(target, ids)
    paper = tmp_path / "paper.docx"
    assert run(capsys, "paper", target, "--output", paper, "--lang", "en")[0] == 0
    profile = tmp_path / "profile"
    proc = subprocess.run(
        [LIBREOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(paper)],
        capture_output=True, text=True, timeout=240, check=False)
    assert proc.returncode == 0, proc.stderr
    text = " ".join(_pdf_text(tmp_path / "pdf" / "paper.pdf").split())
    for heading in ("Card A (card-a)", "Card A (card-b)", "Appendix: evidence",
                    "Explain every decision =1+1", "Train the staff first"):
        assert heading in text, heading


@pytest.mark.parametrize("kind", ["file", "server"])
def test_feedback_page_tells_participants_what_became_of_their_input(kind, tmp_path, request,
                                                                     capsys):
    target, ids = filled_archive(kind, tmp_path, request)
    out_a, out_b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    code, _out, err = run(capsys, "feedback", target, ids[0]["workshop"][:8], "--output", out_a,
                         "--more-info", "www.leipzig.de/ki-beteiligung")
    assert code == 0, err
    text = " ".join(_pdf_text(out_a).split())
    # The workshop speaks German: the page does too.
    assert "Was Sie uns gesagt haben" in text
    assert "Explain every decision =1+1" in text
    assert "Übernommen in das Strategiepapier" in text
    assert "www.leipzig.de/ki-beteiligung" in text
    assert "Train the staff first" not in text  # cites the other workshop only
    assert "=1+1 idea" in text  # a note with the most dots
    assert "@concern" not in text  # hidden
    code, _out, err = run(capsys, "feedback", target, ids[1]["workshop"], "--output", out_b)
    assert code == 0, err
    text = " ".join(_pdf_text(out_b).split())
    assert "Train the staff first" in text
    assert "Nicht übernommen: No budget this year" in text


def test_bad_input_is_one_line_and_nothing_is_written(tmp_path, request, capsys):
    target, ids = filled_archive("file", tmp_path, request)
    before = Path(target).read_bytes()
    cases = [
        ("paper", target, "--output", tmp_path / "p.pdf"),
        ("paper", target, "--output", tmp_path / "p.docx", "--handbook", tmp_path / "p.docx"),
        ("paper", str(tmp_path / "none.studioarchive"), "--output", tmp_path / "p.docx"),
        ("feedback", target, "zzzzzzzz", "--output", tmp_path / "f.pdf"),
        ("feedback", target, ids[0]["workshop"], "--output", tmp_path / "f.docx"),
        ("paper", target, "--output", tmp_path / "missing" / "p.docx"),
    ]
    for args in cases:
        code, _out, err = run(capsys, *args)
        assert code == 2, args
        one_line(err)
    assert not list(tmp_path.glob("p.*")) and not list(tmp_path.glob("f.*"))
    # A folder where the output should go is never replaced, --force or not.
    folder = tmp_path / "adir.docx"
    folder.mkdir()
    (folder / "keep.txt").write_text("precious")
    code, _out, err = run(capsys, "paper", target, "--output", folder, "--force")
    assert code == 2 and "is in the way" in one_line(err)
    assert (folder / "keep.txt").read_text() == "precious"
    assert Path(target).read_bytes() == before


def test_paper_of_an_empty_archive_says_so(tmp_path, capsys):
    target = tmp_path / "empty.studioarchive"
    open_archive(target, create=True).close()
    with open_archive(target) as archive, pytest.raises(Exception, match="no workshops yet"):
        write_paper(archive, tmp_path / "p.docx")
    assert not (tmp_path / "p.docx").exists()


@pytest.mark.parametrize("kind", ["file", "server"])
def test_the_paper_quotes_the_visible_notes_with_the_most_dots(kind, tmp_path, request):
    """The notes the paper quotes per pilot are the first of every visible note of it (as
    the analysis window lists them) ranked by dots: a hidden note never, however many."""
    from studio.core.demo import generate_demo

    hidden = []
    with open_archive(new_target(kind, tmp_path, request), create=True) as archive:
        for seed in (1, 2):
            path = tmp_path / f"demo{seed}.workshop"
            generate_demo(path, seed=seed).close()
            most = max(read_workshop_file(path).notes, key=lambda n: n["dots"])
            store = WorkshopStore.open(path)
            try:
                NoteService(store).hide(most["id"], "off topic")
            finally:
                store.close()
            hidden.append(most["id"])
            archive.add(read_workshop_file(path), path.name)
        quoted = []
        for pilot in pilots(archive):
            listed = sorted(pilot_notes(archive, pilot.card_id).notes, key=lambda n: (
                -n.dots, n.created_at is None, n.created_at, n.note_id))
            top = top_notes(archive, pilot.card_id)
            assert [(n["id"], n["dots"], n["text"], n["workshop_id"]) for n in top] == [
                (n.note_id, n.dots, n.text, n.workshop_id) for n in listed[:TOP_NOTES]]
            quoted += top
    assert len(quoted) == 5 * TOP_NOTES and not set(hidden) & {n["id"] for n in quoted}
    assert len({n["dots"] for n in quoted}) > 1  # ranked, not merely listed
    assert len({n["workshop_id"] for n in quoted}) == 2  # from both workshops
