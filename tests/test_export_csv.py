"""CSV export: one UTF-8 file per sheet, same columns, German Excel options, no formulas."""

from __future__ import annotations

import csv

import pytest
from exchange_data import make_file
from openpyxl import load_workbook

from studio.cli.subcommands import add_export_parser


def run_export(*argv):
    import argparse

    p = argparse.ArgumentParser()
    add_export_parser(p.add_subparsers())
    args = p.parse_args(["export", *map(str, argv)])
    return args.func(args)


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    folder = tmp_path_factory.mktemp("csv")
    src, ids = make_file(folder / "w.workshop")
    xlsx = folder / "w.xlsx"
    run_export(src, "--output", xlsx)
    return src, xlsx, ids


def read(path, sep=",", bom=False):
    with open(path, encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter=sep))


def test_one_file_per_sheet_with_the_same_columns(source, tmp_path):
    src, xlsx, _ = source
    out = tmp_path / "csv"
    assert run_export(src, "--output", out, "--format", "csv") == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"{n}.csv" for n in ("About", "Scenarios", "Activities", "Options",
                                                 "Responses", "Results", "Notes", "Clusters",
                                                 "EventLog"))
    wb = load_workbook(xlsx, read_only=True)
    for name in names:
        sheet = name[:-4]
        rows = read(out / name)
        if sheet == "About":
            assert rows[0] == ["section", "key", "value", "description_de", "description_en"]
            continue
        header = [c for c in next(wb[sheet].iter_rows(max_row=1, values_only=True))]
        assert rows[0] == header, sheet
        xlsx_rows = [r for r in wb[sheet].iter_rows(min_row=2, values_only=True)
                     if any(v is not None for v in r)]
        assert len(rows) - 1 == len(xlsx_rows), sheet
    assert (out / "Responses.csv").read_bytes()[:3] != b"\xef\xbb\xbf"


def test_german_excel_options(source, tmp_path):
    src, _, _ = source
    out = tmp_path / "de"
    assert run_export(src, "--output", out, "--format", "csv", "--separator", ";", "--bom") == 0
    raw = (out / "Results.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = read(out / "Results.csv", ";", bom=True)
    header = rows[0]
    shares = [r[header.index("share")] for r in rows[1:] if r[header.index("share")]]
    assert any("," in s for s in shares) and not any("." in s for s in shares)
    times = [r[8] for r in read(out / "Responses.csv", ";", bom=True)[1:]]
    assert all(len(t) == 23 and t[4] == "-" and t[10] == " " for t in times)


def test_formula_like_text_is_neutralised(source, tmp_path):
    src, _, ids = source
    out = tmp_path / "safe"
    run_export(src, "--output", out, "--format", "csv")
    notes = read(out / "Notes.csv")
    texts = {r[0]: r[4] for r in notes[1:]}
    assert texts[ids["first_note"]] == "'=1+1 idea"
    assert "'+plus" in texts.values() and "'-minus" in texts.values()
    # "@concern" was hidden for personal data: its text stays out of every export.
    assert "[ausgeblendet: personenbezogene Daten]" in texts.values()
    assert not any("concern" in t for t in texts.values())
    options = [r[4] for r in read(out / "Options.csv")[1:]]
    assert "'=1+1" in options and "Ja" in options
    scen = read(out / "Scenarios.csv")
    row = dict(zip(scen[0], scen[1]))
    assert row["hostile_5"] == "'\t=tab first" and row["hostile_6"] == "'\r=carriage return first"
    assert row["hostile_9"] == "Emoji 😀👩🏽‍🚀 and ünïcödé"
    assert row["hostile_11"] == "control characters"
    bools = {r[11] for r in notes[1:]}
    assert bools == {"true", "false"}
