"""Export, import and merge dialogs driven like a person would: type, click, wait."""

from __future__ import annotations

import threading

import pytest
from exchange_data import build, make_file
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QLineEdit, QListView

from studio.core.ballots import BallotService
from studio.ui.document import WorkshopDocument
from studio.ui.exchange.dialogs import ExportDialog, ImportDialog, MergeDialog


@pytest.fixture
def document():
    from studio.store.database import WorkshopStore

    store = WorkshopStore.memory()
    ids = build(store)
    doc = WorkshopDocument(store)
    doc.ids = ids
    yield doc
    doc.close()


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def assert_accessible(dialog) -> None:
    for kind in (QLineEdit, QComboBox, QCheckBox, QListView, QAbstractButton):
        for w in dialog.findChildren(kind):
            if w.isVisibleTo(dialog) and w.focusPolicy() != Qt.FocusPolicy.NoFocus:
                assert w.accessibleName() or (kind is QAbstractButton and w.text()), w


def test_export_dialog_writes_the_workbook_in_the_background(qtbot, document, tmp_path):
    dialog = ExportDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_accessible(dialog)
    target = tmp_path / "out.xlsx"
    type_into(qtbot, dialog.target, str(target))
    seen = []
    with qtbot.waitSignal(dialog.finished_work, timeout=30_000):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
        assert not dialog.run_button.isEnabled()  # busy: no second export
        assert dialog.close_button.text() == "Cancel"
        dialog.task.progressed.connect(lambda f, s: seen.append(f))
    qtbot.waitUntil(lambda: dialog.task is None)
    assert dialog.progress.value() == 100
    assert "Exported to" in dialog.status.text()
    assert dialog.run_button.isEnabled() and dialog.close_button.text() == "Close"
    ws = load_workbook(target, read_only=True)["Responses"]
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True) if r[0]]
    single = BallotService(document.store).responses(document.ids["single"])
    assert len([r for r in rows if r[3] == document.ids["single"] and not r[10]]) == len(single)


def test_export_dialog_csv_for_german_excel(qtbot, document, tmp_path):
    dialog = ExportDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format.setFocus()
    qtbot.keyClick(dialog.format, Qt.Key.Key_Down)
    assert dialog.format.currentData() == "csv"
    assert dialog.german.isVisible() and dialog.german.isChecked()
    target = tmp_path / "csv"
    type_into(qtbot, dialog.target, str(target))
    with qtbot.waitSignal(dialog.finished_work, timeout=30_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button
    qtbot.waitUntil(lambda: dialog.task is None)
    raw = (target / "Results.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw.splitlines()[0]


def test_export_dialog_writes_the_pdf_report(qtbot, document, tmp_path):
    dialog = ExportDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format.setFocus()
    qtbot.keyClick(dialog.format, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.format, Qt.Key.Key_Down)
    assert dialog.format.currentData() == "pdf"
    assert dialog.target.text().endswith(".pdf") and not dialog.german.isVisible()
    target = tmp_path / "bericht"
    type_into(qtbot, dialog.target, str(target))
    with qtbot.waitSignal(dialog.finished_work, timeout=60_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.task is None)
    written = tmp_path / "bericht.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert dialog.target.text() == str(written)


def test_export_can_be_cancelled_and_writes_nothing(qtbot, document, tmp_path, monkeypatch):
    from studio.exchange import xlsx_export

    gate = threading.Event()
    reading = threading.Event()
    original = xlsx_export.read_records

    def slow_read(store, source_name=""):
        reading.set()
        gate.wait(10)
        return original(store, source_name)

    monkeypatch.setattr(xlsx_export, "read_records", slow_read)
    dialog = ExportDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "cancelled.xlsx"
    type_into(qtbot, dialog.target, str(target))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reading.is_set)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # "Cancel"
    gate.set()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert "Cancelled" in dialog.status.text()
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_import_dialog_restores_and_reports_errors(qtbot, tmp_path):
    from studio.core.notes import NoteService
    from studio.exchange.records import read_workshop_file
    from studio.exchange.xlsx_export import WorkbookPlan, write_workbook
    from studio.store.database import WorkshopStore

    src, ids = make_file(tmp_path / "a.workshop")
    export = tmp_path / "a.xlsx"
    write_workbook(WorkbookPlan([read_workshop_file(src)]), export)
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert_accessible(dialog)
    type_into(qtbot, dialog.source, str(export))
    assert dialog.target.text().endswith("a-2.workshop")  # never over the original
    with qtbot.waitSignal(dialog.finished_work, timeout=30_000):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None)
    restored = dialog.result_value
    store = WorkshopStore.open(restored)
    assert {n.id for n in NoteService(store).notes()} >= {ids["hidden"], ids["first_note"]}
    store.close()

    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    type_into(qtbot, dialog.source, str(bad))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and "Failed" in dialog.status.text(),
                    timeout=30_000)
    assert "not an Excel workbook" in dialog.status.text()
    assert not (tmp_path / "bad.workshop").exists()


def test_merge_dialog_merges_and_summarises(qtbot, tmp_path):
    a, _ = make_file(tmp_path / "nord.workshop", title="Nord")
    b, _ = make_file(tmp_path / "sued.workshop", title="Süd")
    dialog = MergeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert_accessible(dialog)
    dialog.add_inputs([a, b, a])
    assert dialog.inputs.stringList() == [str(a), str(b)]
    extra = tmp_path / "extra.workshop"
    dialog.add_inputs([extra])
    dialog.list.setCurrentIndex(dialog.inputs.index(2))
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    assert dialog.inputs.stringList() == [str(a), str(b)]
    assert dialog.target.text() == str(tmp_path / "merged.xlsx")
    with qtbot.waitSignal(dialog.finished_work, timeout=60_000):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None)
    assert "Merged 2 workshops" in dialog.status.text()
    assert "7 questions compared" in dialog.status.text()
    wb = load_workbook(tmp_path / "merged.xlsx", read_only=True)
    titles = [r[1] for r in wb["Workshops"].iter_rows(min_row=2, values_only=True)]
    assert titles == ["Nord", "Süd"]


def test_a_folder_named_like_the_export_is_never_offered_for_replacing(qtbot, document,
                                                                        tmp_path, monkeypatch):
    """A folder in the way gets the plain message, not "Replace it?", and stays as it was."""
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or
                        QMessageBox.StandardButton.Yes)
    folder = tmp_path / "out.xlsx"
    folder.mkdir()
    (folder / "thesis.txt").write_text("precious", encoding="utf-8")
    dialog = ExportDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.target, str(folder))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "in the way" in dialog.status.text())
    assert asked == [] and dialog.task is None
    assert (folder / "thesis.txt").read_text(encoding="utf-8") == "precious"


def test_enter_in_the_path_field_exports_and_a_new_format_keeps_the_place(qtbot, document,
                                                                           tmp_path):
    dialog = ExportDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    target = tmp_path / "mein-export.xlsx"
    type_into(qtbot, dialog.target, str(target))
    with qtbot.waitSignal(dialog.finished_work, timeout=30_000):
        qtbot.keyClick(dialog.target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.task is None)
    assert target.exists() and "Exported to" in dialog.status.text()
    again = tmp_path / "zweiter.xlsx"
    type_into(qtbot, dialog.target, str(again))
    with qtbot.waitSignal(dialog.finished_work, timeout=30_000):
        qtbot.keyClick(dialog.target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.task is None)
    assert again.exists()
    type_into(qtbot, dialog.target, str(target))
    # Another format: the same folder and name with the new suffix; the old result is gone.
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert dialog.target.text() == str(tmp_path / "mein-export.pdf")
    assert dialog.status.text() == "" and dialog.progress.value() == 0
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.target.text() == str(tmp_path / "mein-export")
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.target.text() == str(tmp_path / "mein-export-2.xlsx")  # never the old one
