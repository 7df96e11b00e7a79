"""The export opens in pandas with the right dtypes and in LibreOffice (as the strategy team does).

LibreOffice comes from Debian's ``libreoffice-calc-nogui`` (installed by ``./dev test``).
"""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest
from exchange_data import HOSTILE, make_file

from studio.exchange.records import read_workshop_file
from studio.exchange.xlsx_export import WorkbookPlan, write_workbook
from studio.exchange.xlsx_writer import clean_text, ooxml_unescape


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    folder = tmp_path_factory.mktemp("interop")
    src, ids = make_file(folder / "w.workshop")
    out = folder / "w.xlsx"
    write_workbook(WorkbookPlan([read_workshop_file(src)]), out)
    return out, ids


def test_pandas_reads_typed_columns(export):
    pd = pytest.importorskip("pandas")
    path, _ids = export
    sheets = pd.read_excel(path, sheet_name=None)
    assert list(sheets)[:3] == ["Überblick", "About", "Charts"]
    r = sheets["Responses"]
    assert pd.api.types.is_datetime64_any_dtype(r["submitted_at"])
    assert pd.api.types.is_integer_dtype(r["count"])
    assert pd.api.types.is_bool_dtype(r["withdrawn"])
    assert pd.api.types.is_float_dtype(r["x"])
    assert pd.api.types.is_string_dtype(r["response_id"]) or r["response_id"].dtype == object
    res = sheets["Results"]
    assert pd.api.types.is_float_dtype(res["share"])
    assert pd.api.types.is_integer_dtype(res["n"])
    notes = sheets["Notes"]
    assert pd.api.types.is_bool_dtype(notes["hidden"])
    assert pd.api.types.is_datetime64_any_dtype(notes["created_at"])
    assert "=1+1 idea" in set(notes["text"])
    scen = sheets["Scenarios"].iloc[0]
    for i, text in enumerate(HOSTILE):
        # openpyxl (pandas' reader) leaves Excel's escape of CR (_x000D_) undecoded.
        assert ooxml_unescape(scen[f"hostile_{i}"]) == clean_text(text), i


LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.slow
@pytest.mark.skipif(LIBREOFFICE is None,
                    reason="LibreOffice missing: apt-get install libreoffice-calc-nogui")
def test_libreoffice_opens_every_sheet_and_keeps_text_as_text(export, tmp_path):
    path, _ids = export
    profile = tmp_path / "profile"
    # 44,34 = comma and quote; 76 = UTF-8; sheet -1 = every sheet to its own file.
    target = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    proc = subprocess.run(
        [LIBREOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", target, "--outdir", str(tmp_path), str(path)],
        capture_output=True, text=True, timeout=240, check=False)
    assert proc.returncode == 0, proc.stderr
    files = {p.name for p in tmp_path.glob("*.csv")}
    for sheet in ("About", "Scenarios", "Activities", "Options", "Responses", "Results",
                  "Notes", "Clusters", "EventLog"):
        assert f"w-{sheet}.csv" in files, files
    with open(tmp_path / "w-Scenarios.csv", encoding="utf-8", newline="") as fh:
        header, row = list(csv.reader(fh))[:2]
    cells = dict(zip(header, row))
    assert cells["hostile_0"] == "=1+1"  # text, not 2
    assert cells["hostile_1"].startswith("=HYPERLINK(")
    assert cells["hostile_2"] == "+SUM(A1:A2)" and cells["hostile_3"] == "-2+3"
    assert cells["hostile_9"] == clean_text(HOSTILE[9])
    assert cells["hostile_10"] == HOSTILE[10]
    assert len(cells["hostile_13"]) == 10_000
    with open(tmp_path / "w-Notes.csv", encoding="utf-8", newline="") as fh:
        notes = list(csv.reader(fh))
    assert "=1+1 idea" in {r[4] for r in notes[1:]}
    with open(tmp_path / "w-Responses.csv", encoding="utf-8", newline="") as fh:
        responses = list(csv.reader(fh))
    assert len(responses) == 1 + len(read_workshop_file(path.with_suffix(".workshop")).responses)
