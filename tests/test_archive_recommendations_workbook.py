"""The merged workbook carries the recommendations (two more sheets whose ids resolve in the
other sheets), and ``studio archive add`` brings them back into another archive: the same
recommendations, decisions, evidence and history; a second add changes nothing."""

from __future__ import annotations

import openpyxl
import pytest
from cli_support import run
from recs_support import filled_archive

from studio.archive import open_archive
from studio.archive.recommendations import history, recommendations
from studio.exchange import schema


@pytest.mark.parametrize("kind", ["file", "server"])
def test_merged_workbook_round_trips_the_recommendations(kind, tmp_path, request, capsys):
    target, _ids = filled_archive(kind, tmp_path, request)
    merged = tmp_path / "merged.xlsx"
    code, out, err = run(capsys, "merge", target, "--output", str(merged))
    assert code == 0, err
    wb = openpyxl.load_workbook(merged)
    names = {s: [c.value for c in wb[s][1]] for s in ("Recommendations", "EvidenceLinks")}
    assert names["Recommendations"] == list(schema.RECOMMENDATIONS.names)
    assert names["EvidenceLinks"] == list(schema.EVIDENCE_LINKS.names)
    recs = [dict(zip(names["Recommendations"], [c.value for c in row], strict=True))
            for row in wb["Recommendations"].iter_rows(min_row=2)]
    links = [dict(zip(names["EvidenceLinks"], [c.value for c in row], strict=True))
             for row in wb["EvidenceLinks"].iter_rows(min_row=2)]
    assert [r["title"] for r in recs] == ["Explain every decision =1+1", "Train the staff first"]
    title_cell = wb["Recommendations"]["B2"]
    assert title_cell.data_type == "s"  # text, never a formula
    assert [r["evidence"] for r in recs] == [4, 1]
    # Every evidence id resolves in the sheet it names, in the right workshop.
    for link in links:
        sheet = wb[link["sheet"]]
        header = [c.value for c in sheet[1]]
        key = schema.SHEETS[link["sheet"]].key
        rows = [dict(zip(header, [c.value for c in r], strict=True))
                for r in sheet.iter_rows(min_row=2)]
        assert any(r[key] == link["item_id"] and r["workshop_id"] == link["workshop_id"]
                   for r in rows), link
        assert link["recommendation_id"] in {r["recommendation_id"] for r in recs}
    about = [[c.value for c in row] for row in wb["About"].iter_rows()]
    assert ["sheet", "Recommendations", 2] in [r[:3] for r in about]
    assert ["sheet", "EvidenceLinks", 5] in [r[:3] for r in about]

    # Restored into a new archive by the same command that adds workshops.
    other = str(tmp_path / "restored.studioarchive")
    before = merged.read_bytes()
    code, out, err = run(capsys, "archive", "add", other, str(merged))
    assert code == 0, err
    assert "recommendations: 2 added, 0 updated, 0 already there" in out
    assert merged.read_bytes() == before
    with open_archive(target) as a, open_archive(other) as b:
        mine, theirs = recommendations(a), recommendations(b)
        assert [r.recommendation.title for r in theirs] == [r.recommendation.title for r in mine]
        for x, y in zip(mine, theirs, strict=True):
            assert (y.recommendation.decision, y.recommendation.decision_into,
                    y.recommendation.decision_reason, y.recommendation.revision,
                    y.recommendation.pilots) == (
                x.recommendation.decision, x.recommendation.decision_into,
                x.recommendation.decision_reason, x.recommendation.revision,
                x.recommendation.pilots)
            assert [(e.ref, e.quote, e.withdrawn) for e in y.evidence] == \
                   [(e.ref, e.quote, e.withdrawn) for e in x.evidence]
            old_log = [(c.by, c.action) for c in history(a, x.recommendation.id)]
            new_log = [(c.by, c.action) for c in history(b, x.recommendation.id)]
            assert new_log == [*old_log, (x.recommendation.updated_by, "imported")]
    code, out, err = run(capsys, "archive", "add", other, str(merged))
    assert code == 0, err
    assert "recommendations: 0 added, 0 updated, 2 already there" in out


def test_a_hand_edited_sheet_is_refused_naming_the_cell(tmp_path, request, capsys):
    target, _ids = filled_archive("file", tmp_path, request)
    merged = tmp_path / "merged.xlsx"
    assert run(capsys, "merge", target, "--output", str(merged))[0] == 0
    wb = openpyxl.load_workbook(merged)
    ws = wb["Recommendations"]
    col = list(schema.RECOMMENDATIONS.names).index("decision") + 1
    ws.cell(row=2, column=col).value = "maybe"
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    code, _out, err = run(capsys, "archive", "add", str(tmp_path / "x.studioarchive"), str(edited))
    assert code == 2
    assert "Recommendations" in err and "decision" in err and "maybe" in err
    assert len(err.strip().splitlines()) == 1


def test_an_evidence_link_given_twice_is_refused_with_one_line(tmp_path, request, capsys):
    target, _ids = filled_archive("file", tmp_path, request)
    merged = tmp_path / "merged.xlsx"
    assert run(capsys, "merge", target, "--output", str(merged))[0] == 0
    wb = openpyxl.load_workbook(merged)
    ws = wb["EvidenceLinks"]
    ws.append([c.value for c in ws[2]])  # the first link once more, same id
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"  # text as text (openpyxl would write "=1+1 idea" as a formula)
    edited = tmp_path / "twice.xlsx"
    wb.save(edited)
    other = tmp_path / "x.studioarchive"
    code, out, err = run(capsys, "archive", "add", str(other), str(edited))
    assert code == 2
    assert "repeats an evidence id" in err and len(err.strip().splitlines()) == 1
    with open_archive(other) as archive:  # the workshops are in, no recommendation half-way
        assert len(archive.workshops()) == 2
        assert recommendations(archive) == ()
