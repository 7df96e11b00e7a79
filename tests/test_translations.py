"""German and English are complete and the compiled .qm files match their sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import i18n as tool  # noqa: E402


def test_no_unfinished_or_mismatched_translation():
    assert [p for lang in tool.LANGS for p in tool.problems(lang)] == []


def test_every_source_text_is_in_the_catalogue(tmp_path):
    """lupdate over the current sources finds nothing new: no text escaped translation."""
    ts = tmp_path / "check_de.ts"
    ts.write_bytes(tool.ts_path("de").read_bytes())
    subprocess.run([tool._tool("lupdate"), *tool.sources(), "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "de", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)
    assert ts.read_text(encoding="utf-8").count('type="unfinished"') == 0


@pytest.mark.parametrize("lang", sorted(tool.LANGS))
def test_compiled_qm_is_up_to_date(tmp_path, lang):
    qm = tmp_path / f"studio_{lang}.qm"
    subprocess.run([tool._tool("lrelease"), "-silent", str(tool.ts_path(lang)), "-qm", str(qm)],
                   check=True)
    assert qm.read_bytes() == tool.ts_path(lang).with_suffix(".qm").read_bytes(), \
        "run: python tools/i18n.py release"


def test_app_speaks_german_by_default_and_english_on_request(qtbot):
    from PySide6.QtCore import QCoreApplication

    from studio.base.errors import StudioError
    from studio.base.i18n import QT_TRANSLATE_NOOP
    from studio.ui import i18n

    try:
        i18n.install("de")
        assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
        err = StudioError(QT_TRANSLATE_NOOP("Errors", "The workshop needs a title."))
        assert err.user_message() == "Die Werkstatt braucht einen Titel."
        assert str(err) == "The workshop needs a title."
        i18n.install("en")
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        i18n.install("en")  # the rest of the suite reads English source texts


def test_switching_language_retranslates_the_open_window(qtbot):
    from studio.ui import i18n
    from studio.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    try:
        w.set_language("en")
        qtbot.waitUntil(lambda: w.file_menu.title() == "&File")
        assert w.start_page.new_button.text() == "New workshop…"
        assert w.settings.language == "en"
        w.set_language("de")
        qtbot.waitUntil(lambda: w.file_menu.title() == "&Datei")
        assert w.start_page.new_button.text() == "Neue Werkstatt…"
    finally:
        i18n.install("en")  # the rest of the suite reads English source texts


def test_words_inside_messages_are_translated_too(qtbot):
    from studio.base.errors import StudioError, Term
    from studio.base.i18n import QT_TRANSLATE_NOOP
    from studio.ui import i18n

    err = StudioError(QT_TRANSLATE_NOOP("Errors", "Expected {expected}, found “{found}”."),
                      expected=Term(QT_TRANSLATE_NOOP("Terms", "a whole number")), found="zwei")
    try:
        i18n.install("de")
        assert err.user_message() == "Erwartet: eine ganze Zahl, gefunden: „zwei“."
    finally:
        i18n.install("en")
    assert str(err) == "Expected a whole number, found “zwei”."


def test_every_text_has_a_named_context():
    """A text extracted without context (a helper named ``tr``) is never found at run time."""
    assert [src for ctx, msg in tool.messages("de") if not ctx
            for src in [msg.findtext("source")]] == []


def _literal_sources() -> set[str]:
    """Every text literal handed to tr(), translate() or QT_TRANSLATE_NOOP in studio/."""
    import ast

    found: set[str] = set()
    for path in (ROOT / "studio").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            index = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            # A choice inside the call (``a if x else b``) hides both texts from lupdate.
            for value in ((arg.body, arg.orelse) if isinstance(arg, ast.IfExp) else (arg,)):
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.add(value.value)
    return found


def test_every_marked_text_is_a_literal_lupdate_can_read():
    """``QT_TRANSLATE_NOOP(ctx, a if x else b)`` marks nothing: lupdate reads literals only."""
    import ast

    bad = []
    for path in (ROOT / "studio").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2 and not (isinstance(node.args[1], ast.Constant)
                                                     and isinstance(node.args[1].value, str))):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bad == []


def test_lupdate_misses_no_text_the_code_translates():
    """lupdate silently skips some call shapes (a plural count given as ``n=``, or an
    attribute such as ``len(report.items)`` in translate()); such a text would never be
    translated. Every literal the code translates must be in the catalogue."""
    import xml.etree.ElementTree as ET

    catalogue = {m.findtext("source") for m in ET.parse(tool.ts_path("de")).iter("message")}
    assert sorted(_literal_sources() - catalogue) == []


@pytest.mark.parametrize(("lang", "one", "two"), [("de", "1 Stimme", "2 Stimmen"),
                                                   ("en", "1 ballot", "2 ballots")])
def test_counts_read_right_in_both_languages(qtbot, lang, one, two):
    from PySide6.QtCore import QCoreApplication

    from studio.ui import i18n

    i18n.install(lang)
    try:
        text = "%n ballot(s)"
        assert QCoreApplication.translate("SessionPage", text, "", 1) == one
        assert QCoreApplication.translate("SessionPage", text, "", 2) == two
    finally:
        i18n.install("en")


def test_qt_free_catalog_reads_what_qt_reads(qtbot):
    """Report, charts and read-aloud read the .ts catalogs without Qt: the same words as the
    compiled .qm files give the window, plural forms included."""
    from studio.base.i18n import words_in
    from studio.ui.i18n import translator_for

    qt_words, words = translator_for("de"), words_in("de")
    checked = 0
    for ctx, msg in tool.messages("de"):
        source = msg.findtext("source") or ""
        plural = msg.get("numerus") == "yes"
        for n in ((1, 2) if plural else (-1,)):
            assert words.translate(ctx, source, "", n) == qt_words.translate(ctx, source, "", n)
            checked += 1
    assert checked > 1000
    assert words_in("de").translate("Charts", "Agree") == "Zustimmung"
    assert words_in("en").translate("Charts", "Agree") == "Agree"
