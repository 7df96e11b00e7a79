"""Phone answers carry their own source ("phone") through the export, the import, the
merge and the report, and n shows the split by channel there."""

from __future__ import annotations

import openpyxl
from phone_support import Phone, open_activity, plan_every_kind, start_server

from studio.cli import main
from studio.core.ballots import BallotService
from studio.core.workshops import WorkshopService
from studio.exchange.records import read_records
from studio.exchange.report import outline
from studio.store.database import WorkshopStore


def _workshop_with_phones(path):
    """A workshop file with 6 phone ballots, 5 from the shared screen and a phone note."""
    store = WorkshopStore.create(path)
    WorkshopService(store).create_workshop("Handys")
    plan = plan_every_kind(store)
    act, opts = plan["activities"]["single_choice"], plan["options"]["single_choice"]
    open_activity(store, plan["scenario"], act)
    running = start_server(store)
    try:
        for i in range(6):
            phone = Phone(running.server)
            phone.join()
            assert phone.ballot(act, {"option": opts[i % 2]}, group="residents")[0] == 200
        for i in range(5):
            BallotService(store).cast_ballot(act, {"option": opts[2]})
        open_activity(store, plan["scenario"], plan["activities"]["notes"])
        phone = Phone(running.server)
        phone.join()
        category = phone.state()["activity"]["categories"][0]["key"]
        assert phone.note(plan["activities"]["notes"], category, "=1+1 vom Handy")[0] == 200
    finally:
        running.stop()
        store.close()
    return plan


def _column(ws, name):
    header = [c.value for c in next(ws.iter_rows(max_row=1))]
    return header.index(name)


def test_phone_source_survives_export_import_merge_and_report(tmp_path):
    path = tmp_path / "phones.workshop"
    plan = _workshop_with_phones(path)
    act = plan["activities"]["single_choice"]
    export = tmp_path / "phones.xlsx"
    assert main(["export", str(path), "--output", str(export)]) == 0
    wb = openpyxl.load_workbook(export, read_only=True)
    responses = wb["Responses"]
    src = _column(responses, "source")
    activity = _column(responses, "activity_id")
    sources = [row[src] for row in responses.iter_rows(min_row=2, values_only=True)
               if row[activity] == act]
    assert sorted(sources) == ["phone"] * 6 + ["screen"] * 5
    notes = wb["Notes"]
    text, nsrc = _column(notes, "text"), _column(notes, "source")
    rows = [r for r in notes.iter_rows(min_row=2, values_only=True)]
    assert [(r[text], r[nsrc]) for r in rows] == [("=1+1 vom Handy", "phone")]
    cell = next(notes.iter_rows(min_row=2))[text]
    assert cell.data_type == "s"  # participant text from a phone is never a formula
    overview = "\n".join(str(c) for row in wb[wb.sheetnames[0]].iter_rows(values_only=True)
                         for c in row if c)
    assert "auf Handys: n = 6" in overview and "am gemeinsamen Bildschirm: n = 5" in overview
    wb.close()

    restored = tmp_path / "restored.workshop"
    assert main(["import", str(export), "--output", str(restored)]) == 0
    store = WorkshopStore.open(restored)
    try:
        assert BallotService(store).ballots_by_source(act) == {"phone": 6, "screen": 5}
        chart = next(c for c in outline(read_records(store)).sections[0].charts
                     if c.kind == "single_choice")
        assert "Handys 6" in chart.key_figures and "Gemeinsamer Bildschirm 5" in \
            chart.key_figures
    finally:
        store.close()

    merged = tmp_path / "merged.xlsx"
    assert main(["merge", str(path), str(export), "--output", str(merged)]) in (0, 1)
    wb = openpyxl.load_workbook(merged, read_only=True)
    responses = wb["Responses"]
    src = _column(responses, "source")
    assert "phone" in {row[src] for row in responses.iter_rows(min_row=2, values_only=True)}
    wb.close()
