"""Merge: workshops and exports in any mix, idempotent, results across workshops."""

from __future__ import annotations

import hashlib

import pytest
from exchange_data import make_file
from openpyxl import load_workbook

from studio.base.errors import StudioError
from studio.exchange.merge import merge_files
from studio.exchange.records import read_workshop_file
from studio.exchange.xlsx_export import WorkbookPlan, write_workbook


def rows(path, sheet):
    ws = load_workbook(path, read_only=True)[sheet]
    data = [tuple(r) for r in ws.iter_rows(values_only=True)]
    return [dict(zip(data[0], r)) for r in data[1:] if any(v is not None for v in r)]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("merge")
    a, ids_a = make_file(folder / "leipzig.workshop", title="Leipzig Nord")
    b, ids_b = make_file(folder / "gruenau.workshop", title="Grünau", voters=5)
    export_b = folder / "gruenau.xlsx"
    write_workbook(WorkbookPlan([read_workshop_file(b)]), export_b)
    return folder, a, b, export_b, ids_a, ids_b


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_merge_files_and_exports_into_one_workbook(inputs, tmp_path):
    _folder, a, b, export_b, ids_a, ids_b = inputs
    before = {p: digest(p) for p in (a, b, export_b)}
    out = tmp_path / "all.xlsx"
    progress = []
    summary = merge_files([a, export_b], out, progress=lambda f, s: progress.append(f))
    assert summary.workshops == ["Leipzig Nord", "Grünau"]
    assert progress[-1] == 1.0 and progress == sorted(progress)
    assert {p: digest(p) for p in (a, b, export_b)} == before
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames[:4] == ["Überblick", "About", "Charts", "Workshops"]
    workshops = rows(out, "Workshops")
    assert [w["title"] for w in workshops] == ["Leipzig Nord", "Grünau"]
    assert [w["source_file"] for w in workshops] == ["leipzig.workshop", "gruenau.xlsx"]
    single_a = read_workshop_file(a)
    responses = rows(out, "Responses")
    assert len(responses) == len(single_a.responses) + len(read_workshop_file(b).responses)
    assert {r["workshop_id"] for r in responses} == {ids_a["workshop"], ids_b["workshop"]}


def test_same_workshop_twice_adds_no_rows(inputs, tmp_path):
    _folder, a, b, export_b, *_ = inputs
    once, twice = tmp_path / "once.xlsx", tmp_path / "twice.xlsx"
    merge_files([a, b], once)
    summary = merge_files([a, b, export_b, a], twice)
    assert summary.duplicate_rows > 0 and summary.conflicting_rows == 0
    assert len(summary.workshops) == 2
    for sheet in ("Workshops", "Scenarios", "Activities", "Options", "Responses", "Results",
                  "Notes", "Clusters", "EventLog"):
        assert rows(once, sheet) == rows(twice, sheet), sheet


def test_results_across_workshops_by_card(inputs, tmp_path):
    _folder, a, b, _export_b, ids_a, ids_b = inputs
    out = tmp_path / "all.xlsx"
    summary = merge_files([a, b], out)
    assert summary.across_activities == 7
    results = rows(out, "Results")
    across = [r for r in results if r["scope"] == "across_workshops"]
    assert across and all(r["workshop_id"] is None and r["n_workshops"] == 2 for r in across)
    single = [r for r in across if r["activity_kind"] == "single_choice"
              and r["stakeholder_group"] is None]
    per_ws = [r for r in results if r["scope"] == "workshop"
              and r["activity_id"] in (ids_a["single"], ids_b["single"])
              and r["stakeholder_group"] is None]
    assert single[0]["n"] == per_ws[0]["n"] + per_ws[len(single)]["n"]
    for option in single:
        same = [r["count"] for r in per_ws if r["option_label"] == option["option_label"]]
        assert option["count"] == sum(same)
    assert all(r["card_id"] == "card-a" for r in across)
    # Across: 7 + 5 residents and 6 others would be enough people, but neither workshop
    # breaks out its residents on its own (their 3 others would be left alone), so the
    # pooled results do not either.
    groups = {r["stakeholder_group"] for r in across if r["activity_kind"] == "multiple_choice"}
    assert groups == {None}
    assert {r["stakeholder_group"] for r in results if r["activity_id"] == ids_a["multi"]} == {None}
    assert all(r["n"] >= 5 for r in across if r["stakeholder_group"])


def test_merged_workbook_can_be_merged_again_but_not_imported(inputs, tmp_path):
    from studio.exchange.xlsx_import import import_workbook

    _folder, a, b, *_ = inputs
    first = tmp_path / "ab.xlsx"
    merge_files([a, b], first)
    again = tmp_path / "again.xlsx"
    merge_files([first, a], again)
    assert rows(again, "Responses") == rows(first, "Responses")
    with pytest.raises(StudioError, match="holds 2 workshops"):
        import_workbook(first, tmp_path / "x.workshop")


def test_bad_merge_inputs(inputs, tmp_path):
    _folder, a, *_ = inputs
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(StudioError, match="neither a workshop file nor an export"):
        merge_files([a, text], tmp_path / "o.xlsx")
    with pytest.raises(StudioError, match="does not exist"):
        merge_files([tmp_path / "missing.workshop"], tmp_path / "o.xlsx")
    assert not (tmp_path / "o.xlsx").exists()
    existing = tmp_path / "exists.xlsx"
    existing.write_bytes(b"keep")
    with pytest.raises(StudioError, match="already exists"):
        merge_files([a], existing)
    assert existing.read_bytes() == b"keep"


def test_cli_merge(inputs, tmp_path, capsys):
    from studio.cli import main

    _folder, a, _b, export_b, *_ = inputs
    out = tmp_path / "cli.xlsx"
    assert main(["merge", str(a), str(export_b), "--output", str(out)]) == 0
    assert "workshops merged: 2;" in capsys.readouterr().err
    assert main(["merge", str(a), "--output", str(tmp_path / "x.csv")]) == 2
