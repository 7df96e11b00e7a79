"""CardEditorDialog: create or edit a scenario card, German and English side by side.

The form is built from the card schema (one tab per section), so it always has
every field. A live preview shows the card as it will look on the shared
screen. Problems are listed as they arise; "Save" is refused while the card has
errors and moves the focus to the first field at fault. The dialog does not
write files: the window saves ``card()`` through core.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.core.card_schema import (
    BILINGUAL,
    CHOICE,
    FIELD_BY_KEY,
    DATE,
    FIELDS,
    GLOSSARY,
    PATH,
    SECTIONS,
    TEMPLATES,
    CardField,
    empty_card,
    section_label,
    value_label,
)
from studio.core.cards import ERROR, validate_card
from studio.core.templates import TEMPLATE_IDS, UI_LABELS
from studio.ui.planner.card_view import CardView
from studio.ui.planner.glossary import GlossaryEditor


class CardEditorDialog(QDialog):
    """Edit every field of a card in both languages, with a live preview."""

    def __init__(
        self,
        card: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
        illustration_svg: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardEditor")
        self.setWindowTitle(self.tr("Scenario card"))
        self.folder = folder  # where the card will be saved (to check its illustration)
        self.illustration_source: Path | None = None  # a newly chosen illustration file
        self._svg = illustration_svg or (card or {}).get("illustration_svg", "")
        self._orig = copy.deepcopy(card) if card else empty_card()
        # A new card shows a problem only once its field was touched (or Save was pressed);
        # a card opened from a file shows all of its problems at once.
        self._show_all = card is not None
        self._widgets: dict[str, Any] = {}
        self._suggested_order: list[str] = list(self._orig.get("suggested_activities", []))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("cardEditorTabs")
        for section, _label in SECTIONS:
            self.tabs.addTab(self._section(section), section_label(section))

        self.preview = CardView(None, "de", base_point_size=10.5)
        self.preview_language = QComboBox()
        self.preview_language.setObjectName("previewLanguage")
        self.preview_language.addItem("Deutsch", "de")
        self.preview_language.addItem("English", "en")
        self.preview_language.setAccessibleName(self.tr("Language of the preview"))
        self.preview_language.currentIndexChanged.connect(
            lambda _i: self.preview.set_language(self.preview_language.currentData())
        )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        preview_label = QLabel(self.tr("Preview on the shared screen:"))
        preview_label.setBuddy(self.preview_language)
        head.addWidget(preview_label)
        head.addWidget(self.preview_language)
        head.addStretch(1)
        rl.addLayout(head)
        rl.addWidget(scroll, 1)

        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(right)
        splitter.setSizes([620, 520])

        self.problems = QLabel()
        self.problems.setObjectName("cardEditorProblems")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #8A1C00;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(1200, 760)

        self.set_card(self._orig)

    # -- building the form ---------------------------------------------------------
    def _section(self, section: str) -> QScrollArea:
        page = QWidget()
        grid = QGridLayout(page)
        grid.addWidget(QLabel(self.tr("German")), 0, 1)
        grid.addWidget(QLabel(self.tr("English")), 0, 2)
        row = 1
        for spec in FIELDS:
            if spec.section != section:
                continue
            label = QLabel(spec.text() + ("" if spec.required else " " + self.tr("(optional)")))
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(label, row, 0)
            if spec.bilingual:
                pair = {}
                for col, lang in ((1, "de"), (2, "en")):
                    edit = self._text_widget(spec, lang)
                    pair[lang] = edit
                    cell = QVBoxLayout()
                    cell.addWidget(edit)
                    if spec.max_length:
                        counter = QLabel()
                        counter.setObjectName(f"count_{spec.key}_{lang}")
                        edit.setProperty("counter", counter)
                        cell.addWidget(counter)
                    grid.addLayout(cell, row, col)
                label.setBuddy(pair["de"])
                self._widgets[spec.key] = pair
            else:
                widget = self._single_widget(spec)
                w = self._widgets[spec.key]
                label.setBuddy(next(iter(w.values())) if isinstance(w, dict) else w)
                grid.addWidget(widget, row, 1, 1, 2)
            row += 1
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _text_widget(self, spec: CardField, lang: str) -> QLineEdit | QPlainTextEdit:
        name = f"field_{spec.key}_{lang}"
        language = self.tr("German") if lang == "de" else self.tr("English")
        if spec.type == BILINGUAL:
            edit: QLineEdit | QPlainTextEdit = QLineEdit()
            edit.textChanged.connect(self._changed)
        else:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(86)
            edit.textChanged.connect(self._changed)
        edit.setObjectName(name)
        edit.setAccessibleName(f"{spec.text()} ({language})")
        return edit

    def _single_widget(self, spec: CardField) -> QWidget:
        name = f"field_{spec.key}"
        if spec.type == CHOICE:
            combo = QComboBox()
            combo.addItem(self.tr("– please choose –"), "")
            for value in spec.choices:
                combo.addItem(value_label(value), value)
            combo.currentIndexChanged.connect(self._changed)
            widget: QWidget = combo
        elif spec.type == DATE:
            date = QDateEdit()
            date.setCalendarPopup(True)
            date.setDisplayFormat("yyyy-MM-dd")
            date.dateChanged.connect(self._changed)
            widget = date
        elif spec.type == GLOSSARY:
            widget = GlossaryEditor()
            widget.changed.connect(self._changed)
        elif spec.type == TEMPLATES:
            widget = QWidget()
            box = QVBoxLayout(widget)
            box.setContentsMargins(0, 0, 0, 0)
            checks = {}
            for tid in TEMPLATE_IDS:
                check = QCheckBox(_tr_template(tid))
                check.setObjectName(f"suggest_{tid}")
                check.setAccessibleName(self.tr("Suggest: {name}").format(name=check.text()))
                check.toggled.connect(self._changed)
                box.addWidget(check)
                checks[tid] = check
            self._widgets[spec.key] = checks
            widget.setObjectName(name)
            return widget
        elif spec.type == PATH:
            widget = QWidget()
            row = QHBoxLayout(widget)
            row.setContentsMargins(0, 0, 0, 0)
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setAccessibleName(spec.text())
            edit.textChanged.connect(self._changed)
            choose = QPushButton(self.tr("Choose SVG…"))
            choose.setAccessibleName(self.tr("Choose an illustration file"))
            choose.clicked.connect(self._choose_illustration)
            row.addWidget(edit, 1)
            row.addWidget(choose)
            self._widgets[spec.key] = edit
            return widget
        else:
            edit = QLineEdit()
            edit.textChanged.connect(self._changed)
            widget = edit
        widget.setObjectName(name)
        widget.setAccessibleName(spec.text())
        self._widgets[spec.key] = widget
        return widget

    # -- card <-> widgets ------------------------------------------------------------
    def set_card(self, card: dict[str, Any]) -> None:
        self._loading = True
        try:
            for spec in FIELDS:
                value = card.get(spec.key)
                w = self._widgets[spec.key]
                if spec.bilingual:
                    for lang, edit in w.items():
                        text = (value or {}).get(lang, "")
                        if isinstance(edit, QLineEdit):
                            edit.setText(text)
                        else:
                            edit.setPlainText(text)
                elif spec.type == CHOICE:
                    w.setCurrentIndex(max(0, w.findData(value)))
                elif spec.type == DATE:
                    try:
                        d = dt.date.fromisoformat(str(value))
                    except ValueError:
                        d = dt.date.today()
                    w.setDate(QDate(d))
                elif spec.type == GLOSSARY:
                    w.set_entries(value or [])
                elif spec.type == TEMPLATES:
                    self._suggested_order = list(value or [])
                    for tid, check in w.items():
                        check.setChecked(tid in self._suggested_order)
                else:
                    w.setText(str(value or ""))
        finally:
            self._loading = False
        self._changed()

    def card(self) -> dict[str, Any]:
        """The card as the form shows it, with exactly the schema's keys."""
        card: dict[str, Any] = {}
        for spec in FIELDS:
            w = self._widgets[spec.key]
            if spec.bilingual:
                card[spec.key] = {
                    lang: (e.text() if isinstance(e, QLineEdit) else e.toPlainText())
                    for lang, e in w.items()
                }
            elif spec.type == CHOICE:
                card[spec.key] = w.currentData()
            elif spec.type == DATE:
                card[spec.key] = w.date().toString("yyyy-MM-dd")
            elif spec.type == GLOSSARY:
                card[spec.key] = w.entries()
            elif spec.type == TEMPLATES:
                checked = {tid for tid, c in w.items() if c.isChecked()}
                card[spec.key] = [t for t in self._suggested_order if t in checked] + [
                    t for t in TEMPLATE_IDS if t in checked and t not in self._suggested_order
                ]
            else:
                card[spec.key] = w.text()
        return card

    def problems_now(self) -> list:
        return validate_card(self.card(), f"{self.card()['id'] or '?'}.toml", self.folder)

    def _changed(self, *_args: object) -> None:
        if getattr(self, "_loading", False):
            return
        card = self.card()
        for spec in FIELDS:
            if spec.max_length:
                for lang, edit in self._widgets[spec.key].items():
                    n = len(card[spec.key][lang].strip())
                    counter = edit.property("counter")
                    counter.setText(
                        ("⚠ " if n > spec.max_length else "")
                        + self.tr("{n} of at most {limit} characters").format(
                            n=n, limit=spec.max_length
                        )
                    )
        self.preview.set_card(
            {**card, "illustration_svg": self._svg if card["illustration"] else ""}
        )
        problems = [p for p in validate_card(card, "", None) if p.severity == ERROR
                    and (self._show_all or _field_key(p.field) in self._touched(card))]
        self.problems.setText(
            "\n".join(f"⚠ {self._field_words(p.field)}: {p.message}" for p in problems[:4])
            + (
                "\n" + self.tr("… and {n} more").format(n=len(problems) - 4)
                if len(problems) > 4
                else ""
            )
        )

    def _choose_illustration(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an illustration"), "", self.tr("SVG images (*.svg)")
        )
        if name:
            from studio.core.card_files import read_illustration

            svg = read_illustration(Path(name))
            if svg is None:
                self.problems.setText(self.tr("⚠ That file is not a readable SVG image."))
                return
            self.illustration_source = Path(name)
            self._svg = svg
            self._widgets["illustration"].setText(Path(name).name)

    def try_accept(self) -> None:
        """Accept only a card without errors; otherwise show the first problem's field."""
        problems = [p for p in validate_card(self.card(), "", None) if p.severity == ERROR]
        if not problems:
            self.accept()
            return
        self._show_all = True
        self._changed()
        key = _field_key(problems[0].field)
        lang = problems[0].field.split(".")[1] if "." in problems[0].field else "de"
        self.focus_field(key, lang if lang in ("de", "en") else "de")

    def _touched(self, card: dict[str, Any]) -> set[str]:
        """The fields whose value differs from the card the dialog opened with."""
        return {spec.key for spec in FIELDS if card.get(spec.key) != self._orig.get(spec.key)}

    def _field_words(self, field: str) -> str:
        """A problem's place in words: "title.de" → "Title (German)"."""
        spec = FIELD_BY_KEY.get(_field_key(field))
        if spec is None:
            return field
        lang = field.split(".")[1] if "." in field else ""
        if lang == "de":
            return self.tr("{field} (German)").format(field=spec.text())
        if lang == "en":
            return self.tr("{field} (English)").format(field=spec.text())
        return spec.text()

    def focus_field(self, key: str, lang: str = "de") -> None:
        spec = next((f for f in FIELDS if f.key == key), None)
        if spec is None:
            return
        self.tabs.setCurrentIndex([s for s, _ in SECTIONS].index(spec.section))
        w = self._widgets[key]
        target = (
            w[lang] if spec.bilingual else (next(iter(w.values())) if isinstance(w, dict) else w)
        )
        target.setFocus(Qt.FocusReason.OtherFocusReason)


def _field_key(field: str) -> str:
    """The schema key of a problem's field: "title.de" → "title", "glossary[2].term" → "glossary"."""
    return field.split(".")[0].split("[")[0]


def _tr_template(tid: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Templates", UI_LABELS[tid])
