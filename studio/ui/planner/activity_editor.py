"""ActivityEditor: edit one planned activity (question, options, settings, timebox).

The editor never changes the plan itself: it emits ``edited`` with the new
activity and the window pushes an undo command. Settings it does not show are
kept as they were. A line under the form says what is still wrong.

Signals:
    edited(object): a new PlanActivity after any change.
    fillFromScenariosRequested(): the user wants the options to be the scenario titles.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.base.errors import ValidationError
from studio.core.kinds import DEFAULT_NOTE_CATEGORIES, ActivityKind, localized
from studio.core.kinds.registry import all_kinds, kind_of
from studio.core.plans import PlanActivity
from studio.core.templates import UI_LABELS, find_template
from studio.core.workshops import validate_activity_spec
from studio.ui.layouts import FlowLayout

# The form row of each activity setting; which of them a kind has, its module says
# (``Kind.setting_keys``).
_SETTING_ROWS = {
    "min": "scale_min",
    "max": "scale_max",
    "min_label": "min_label",
    "max_label": "max_label",
    "allow_dont_know": "dont_know",
    "budget": "budget",
    "max_choices": "max_choices",
    "x_label": "x_label",
    "y_label": "y_label",
    "categories": "categories",
}


class ActivityEditor(QWidget):
    edited = Signal(object)
    fillFromScenariosRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._act: PlanActivity | None = None
        self._loading = False
        self._language = "de"

        self.template = QLabel()
        self.template.setTextFormat(Qt.TextFormat.PlainText)
        self.kind = QComboBox()
        self.kind.setObjectName("activityKind")
        for kind in all_kinds():
            self.kind.addItem(kind.label, kind.value)
        self.prompt = QPlainTextEdit()
        self.prompt.setObjectName("activityPrompt")
        self.prompt.setTabChangesFocus(True)
        self.prompt.setFixedHeight(70)
        self.options = QPlainTextEdit()
        self.options.setObjectName("activityOptions")
        self.options.setTabChangesFocus(True)
        self.options.setFixedHeight(110)
        self.fill = QPushButton()
        self.fill.setObjectName("fillOptions")
        self.fill.clicked.connect(self.fillFromScenariosRequested)

        self.scale_min, self.scale_max = QSpinBox(), QSpinBox()
        for spin in (self.scale_min, self.scale_max):
            spin.setRange(-10, 20)
        self.min_label, self.max_label = QLineEdit(), QLineEdit()
        self.min_label.setObjectName("scaleMinLabel")
        self.max_label.setObjectName("scaleMaxLabel")
        self.dont_know = QCheckBox()
        self.budget = QSpinBox()
        self.budget.setObjectName("pointBudget")
        self.budget.setRange(0, 100)
        self.max_choices = QSpinBox()
        self.max_choices.setRange(0, 50)
        self.x_label, self.y_label = QLineEdit(), QLineEdit()
        self.categories: dict[str, QCheckBox] = {}
        cat_row = FlowLayout()  # wraps: five categories need not fit one line of a laptop
        for cat in DEFAULT_NOTE_CATEGORIES:
            box = QCheckBox(f"{cat['symbol']} {localized(cat, 'en')}")
            box.setProperty("categoryKey", cat["key"])
            self.categories[cat["key"]] = box
            cat_row.addWidget(box)
        self.timebox = QSpinBox()
        self.timebox.setObjectName("activityTimebox")
        self.timebox.setRange(0, 480)

        self.problem = QLabel()
        self.problem.setObjectName("activityProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #8A1C00; font-weight: bold;")

        self.form = QFormLayout()
        # Long (German) labels go above their field when the panel is narrow.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._labels: dict[str, QLabel] = {}
        options_box = QVBoxLayout()
        options_box.addWidget(self.options)
        options_box.addWidget(self.fill, 0, Qt.AlignmentFlag.AlignLeft)
        cat_widget = QWidget()
        cat_widget.setLayout(cat_row)
        options_widget = QWidget()
        options_widget.setLayout(options_box)
        options_box.setContentsMargins(0, 0, 0, 0)
        cat_row.setContentsMargins(0, 0, 0, 0)
        self._rows: dict[str, QWidget] = {
            "template": self.template,
            "kind": self.kind,
            "prompt": self.prompt,
            "options": options_widget,
            "scale_min": self.scale_min,
            "scale_max": self.scale_max,
            "min_label": self.min_label,
            "max_label": self.max_label,
            "dont_know": self.dont_know,
            "budget": self.budget,
            "max_choices": self.max_choices,
            "x_label": self.x_label,
            "y_label": self.y_label,
            "categories": cat_widget,
            "timebox": self.timebox,
        }
        for key, widget in self._rows.items():
            label = QLabel()
            label.setBuddy(
                widget
                if key not in ("options", "categories")
                else (self.options if key == "options" else next(iter(self.categories.values())))
            )
            self._labels[key] = label
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addStretch(1)

        self.kind.currentIndexChanged.connect(self._changed)
        self.prompt.textChanged.connect(self._changed)
        self.options.textChanged.connect(self._changed)
        for w in (self.scale_min, self.scale_max, self.budget, self.max_choices, self.timebox):
            w.valueChanged.connect(self._changed)
        for w in (self.min_label, self.max_label, self.x_label, self.y_label):
            w.textChanged.connect(self._changed)
        self.dont_know.toggled.connect(self._changed)
        for box in self.categories.values():
            box.toggled.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "template": self.tr("Template:"),
            "kind": self.tr("&Kind:"),
            "prompt": self.tr("&Question:"),
            "options": self.tr("&Options (one per line):"),
            "scale_min": self.tr("Scale from:"),
            "scale_max": self.tr("Scale to:"),
            "min_label": self.tr("Label at the &low end:"),
            "max_label": self.tr("Label at the &high end:"),
            "dont_know": self.tr("Offer “don’t know”:"),
            "budget": self.tr("Point &budget:"),
            "max_choices": self.tr("At most choices:"),
            "x_label": self.tr("Horizontal axis:"),
            "y_label": self.tr("Vertical axis:"),
            "categories": self.tr("Note categories:"),
            "timebox": self.tr("&Timebox (minutes):"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
            self._rows[key].setAccessibleName(text.replace("&", "").rstrip(":"))
        self.options.setAccessibleName(self.tr("Options, one per line"))
        self.fill.setText(self.tr("Use the scenario titles"))
        self.fill.setAccessibleName(self.tr("Fill the options with the titles of all scenarios"))
        self.max_choices.setSpecialValueText(self.tr("all"))
        self.dont_know.setAccessibleName(self.tr("Offer don't know"))
        for key, box in self.categories.items():
            box.setAccessibleName(self.tr("Note category {name}").format(name=box.text()))

    # -- public ------------------------------------------------------------------
    def set_activity(self, act: PlanActivity | None, language: str = "de") -> None:
        """Show ``act`` (a copy is kept); None clears the editor."""
        self._loading = True
        try:
            self._language = language
            self._act = copy.deepcopy(act)
            self.setEnabled(act is not None)
            if act is None:
                return
            tpl = find_template(act.template) if act.template else None
            self.template.setText(QCoreApplication.translate("Templates", UI_LABELS[tpl.id])
                                  if tpl else self.tr("(none)"))
            self.kind.setCurrentIndex(self.kind.findData(ActivityKind(act.kind).value))
            self._set_text(self.prompt, act.prompt)
            self._set_text(self.options, "\n".join(act.options))
            s = act.settings
            self.scale_min.setValue(int(s.get("min", 1)))
            self.scale_max.setValue(int(s.get("max", 5)))
            self.min_label.setText(str(s.get("min_label", "")))
            self.max_label.setText(str(s.get("max_label", "")))
            self.dont_know.setChecked(bool(s.get("allow_dont_know", True)))
            self.budget.setValue(int(s.get("budget", 0)))
            self.max_choices.setValue(int(s.get("max_choices", 0)))
            self.x_label.setText(str(s.get("x_label", "")))
            self.y_label.setText(str(s.get("y_label", "")))
            chosen = set(s.get("categories", []))
            for cat in DEFAULT_NOTE_CATEGORIES:
                box = self.categories[cat["key"]]
                box.setText(f"{cat['symbol']} {localized(cat, language)}")
                box.setChecked(cat["key"] in chosen)
            self.timebox.setValue(int(act.timebox_minutes))
            self._show_rows(ActivityKind(act.kind))
            self._check()
        finally:
            self._loading = False

    def activity(self) -> PlanActivity | None:
        return copy.deepcopy(self._act)

    # -- internals ---------------------------------------------------------------------
    @staticmethod
    def _set_text(edit: QPlainTextEdit, text: str) -> None:
        if edit.toPlainText() != text:
            edit.setPlainText(text)

    def _show_rows(self, kind: ActivityKind) -> None:
        spec = kind_of(kind)  # the kind says which settings it has
        shown = {_SETTING_ROWS[key] for key in spec.setting_keys}
        self.form.setRowVisible(self._rows["options"], spec.has_options)
        for row in _SETTING_ROWS.values():
            self.form.setRowVisible(self._rows[row], row in shown)
        self.fill.setVisible(spec.options_from_scenarios)

    def _setting(self, key: str) -> Any:
        """The value the form holds for the setting ``key`` (None: leave it out)."""
        if key == "max_choices":
            return self.max_choices.value() or None  # 0: as many as there are options
        if key == "categories":
            return [k for k, box in self.categories.items() if box.isChecked()]
        widget = self._rows[_SETTING_ROWS[key]]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        return widget.value()

    def _collect(self) -> PlanActivity:
        assert self._act is not None
        kind = ActivityKind(self.kind.currentData())
        settings = dict(self._act.settings)
        for key in kind_of(kind).setting_keys:
            value = self._setting(key)
            if value is None:
                settings.pop(key, None)
            else:
                settings[key] = value
        options = [line.strip() for line in self.options.toPlainText().split("\n")]
        while options and not options[-1]:
            options.pop()
        return PlanActivity(
            kind=kind,
            prompt=self.prompt.toPlainText(),
            options=options if kind.has_options else [],
            settings=settings,
            timebox_minutes=self.timebox.value(),
            template=self._act.template,
        )

    def _changed(self) -> None:
        if self._loading or self._act is None:
            return
        new = self._collect()
        if new.kind != self._act.kind:
            self._show_rows(ActivityKind(new.kind))
        self._act = new
        self._check()
        self.edited.emit(copy.deepcopy(new))

    def _check(self) -> None:
        if self._act is None:
            self.problem.clear()
            return
        try:
            validate_activity_spec(
                ActivityKind(self._act.kind),
                self._act.prompt,
                self._act.options,
                self._act.settings,
            )
        except ValidationError as err:
            self.problem.setText("⚠ " + err.user_message())
            self.problem.setStyleSheet("color: #8A1C00; font-weight: bold;")
        else:
            self.problem.setText("✓ " + self.tr("Ready."))
            self.problem.setStyleSheet("color: #0B5A2A; font-weight: bold;")
