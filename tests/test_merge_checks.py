"""Merge refuses what import refuses, and compares questions by card and template."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import one_line, run
from exchange_data import make_file
from openpyxl import load_workbook

from studio.base.errors import StudioError
from studio.exchange.merge import merge_files
from studio.exchange.records import read_workshop_file
from studio.exchange.xlsx_export import WorkbookPlan, write_workbook

ROOT = Path(__file__).resolve().parent.parent


def _rows(path: Path, sheet: str) -> list[dict]:
    wb = load_workbook(path, read_only=True)
    try:
        data = [tuple(r) for r in wb[sheet].iter_rows(values_only=True)]
    finally:
        wb.close()
    return [dict(zip(data[0], r)) for r in data[1:] if any(v is not None for v in r)]


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("checks")
    a, _ = make_file(folder / "a.workshop", title="Leipzig Nord")
    b, _ = make_file(folder / "b.workshop", title="Grünau", voters=5)
    export_b = folder / "b.xlsx"
    write_workbook(WorkbookPlan([read_workshop_file(b)]), export_b)
    return folder, a, export_b


def _edit(source: Path, target: Path, sheet: str, column: str, value: object) -> Path:
    wb = load_workbook(source)
    ws = wb[sheet]
    header = [c.value for c in ws[1]]
    ws.cell(row=2, column=header.index(column) + 1, value=value)
    wb.save(target)
    return target


# -- issue 11: the same record checks as import -------------------------------------------
@pytest.mark.parametrize("sheet,column,problem", [
    ("Notes", "cluster_id", "refers to nothing"),
    ("Responses", "option_id", "option of another activity"),
    ("Activities", "kind", "Unknown kind"),
])
def test_merge_refuses_a_hand_edited_export_that_import_refuses(
        exports, tmp_path, capsys, sheet, column, problem):
    from studio.exchange.xlsx_import import import_workbook

    folder, a, export_b = exports
    bad = _edit(export_b, tmp_path / "edited.xlsx", sheet, column, "nothing-here")
    with pytest.raises(StudioError, match=problem):
        import_workbook(bad, tmp_path / "x.workshop")
    out = tmp_path / "merged.xlsx"
    with pytest.raises(StudioError, match=problem) as err:
        merge_files([a, bad], out)
    assert f"Sheet {sheet}, row 2, column {column}" in str(err.value)
    assert "edited.xlsx" in str(err.value)
    assert not out.exists()
    code, _out, stderr = run(capsys, "merge", a, bad, "--output", out)
    assert code == 2 and problem in one_line(stderr)


# -- issue 13 item 18: questions matched by card and template ------------------------------
@pytest.fixture(scope="module")
def plan_and_demo(tmp_path_factory):
    from studio.core.ballots import BallotService
    from studio.core.demo import generate_demo
    from studio.core.kinds import Source
    from studio.core.plan_files import load_plan
    from studio.core.plans import create_workshop_from_plan
    from studio.store.database import WorkshopStore

    folder = tmp_path_factory.mktemp("plan")
    plan = load_plan(ROOT / "sessions" / "ki-beteiligungswerkstatt.plan.toml")
    planned = folder / "werkstatt.workshop"
    create_workshop_from_plan(plan, planned).close()
    recs = read_workshop_file(planned)
    first = min(recs.scenarios, key=lambda s: s["position"])
    scale = next(a for a in recs.activities
                 if a["scenario_id"] == first["id"] and a["kind"] == "scale")
    store = WorkshopStore.open(planned)
    try:
        ballots = BallotService(store)
        for value in (4, 5, 3, 4, 5, 2):
            ballots.cast_ballot(scale["id"], {"value": value}, "residents", Source.SCREEN,
                                require_open=False)
        store.checkpoint()
    finally:
        store.close()
    demo = folder / "demo.workshop"
    generate_demo(demo).close()
    return folder, planned, demo


def test_plan_workshop_and_demo_compare_the_same_questions_despite_wording(plan_and_demo,
                                                                          tmp_path, capsys):
    _folder, planned, demo = plan_and_demo
    out = tmp_path / "merged.xlsx"
    summary = merge_files([planned, demo], out)
    card = "gebaeudebestand-strassenbefahrung"
    assert f"{card}: usefulness" in summary.compared
    assert summary.across_activities == len(summary.compared) > 0
    results = [r for r in _rows(out, "Results") if r["card_id"] == card
               and r["activity_kind"] == "scale" and r["stakeholder_group"] is None
               and r["option_key"] == "4"]
    across = [r for r in results if r["scope"] == "across_workshops"]
    each = [r for r in results if r["scope"] == "workshop"]
    assert len(across) == 1 and across[0]["n_workshops"] == 2 and len(each) == 2
    assert across[0]["n"] == sum(r["n"] for r in each)
    assert across[0]["count"] == sum(r["count"] for r in each)
    # The row names every wording that was pooled.
    assert "diesen KI-Einsatz" in across[0]["prompt"] and "dieses Vorhaben" in across[0]["prompt"]
    code, _stdout, err = run(capsys, "merge", planned, demo, "--output", tmp_path / "cli.xlsx")
    assert code == 0
    assert f"{card}: usefulness" in err


def test_same_prompt_with_other_options_is_not_pooled(tmp_path):
    from studio.exchange.compare import match_questions

    a = read_workshop_file(make_file(tmp_path / "a.workshop", title="A")[0])
    b = read_workshop_file(make_file(tmp_path / "b.workshop", title="B")[0])
    single = next(x for x in b.activities if x["kind"] == "single_choice")
    for o in b.options:
        if o["activity_id"] == single["id"]:
            o["label"] = "other " + o["label"]
    kinds = [g.members[0][1]["kind"] for g in match_questions([a, b])]
    assert "single_choice" not in kinds and "scale" in kinds


def test_a_long_question_in_the_merge_summary_is_cut_with_an_ellipsis():
    from studio.exchange.compare import Compared

    long = Compared("chatbot", None, ["Nutzen gegen Risiko: Wo sehen Sie dieses Vorhaben?"], 2)
    assert long.describe() == "chatbot: “Nutzen gegen Risiko: Wo sehen Sie dieses…”"
    short = Compared("chatbot", None, ["Wie soll die Stadt weitermachen?"], 2)
    assert short.describe() == "chatbot: “Wie soll die Stadt weitermachen?”"
