"""The cells of an imported export: each value checked against its column's type.

A wrong cell becomes an :class:`ImportFileError` naming sheet, row and column
(and, where it helps, what was expected), so the user can find and fix it.
Used by :mod:`studio.exchange.xlsx_import`.
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime, timedelta, timezone
from typing import Any

from studio.base.errors import StudioError, Term
from studio.base.i18n import QT_TRANSLATE_NOOP, translate
from studio.exchange import schema
from studio.exchange.xlsx_formulas import Formula


class ImportFileError(StudioError):
    """A problem in an imported file, located by sheet, row and column."""

    def __init__(self, template: str, sheet: str = "", row: int | str = "", column: str = "",
                 inner: StudioError | None = None, **params: object) -> None:
        self.inner = inner
        self.sheet, self.row, self.column = sheet, row, column
        super().__init__(template, sheet=sheet, row=row, column=column, **params)

    def _located(self, text: str) -> str:
        if not self.sheet:
            return text
        if self.row in ("", None):  # the whole sheet (missing, or no table in it)
            where = translate("Errors", "Sheet {sheet}: ")
        elif self.column:
            where = translate("Errors", "Sheet {sheet}, row {row}, column {column}: ")
        else:
            where = translate("Errors", "Sheet {sheet}, row {row}: ")
        return where.format(sheet=self.sheet, row=self.row, column=self.column) + text

    def __str__(self) -> str:
        inner = str(self.inner) if self.inner else self._format(self.template)
        return self._located(inner)

    def user_message(self) -> str:
        inner = self.inner.user_message() if self.inner else super().user_message()
        return self._located(inner)


_MARK = (QT_TRANSLATE_NOOP("Errors", "Sheet {sheet}, row {row}, column {column}: "),
         QT_TRANSLATE_NOOP("Errors", "Sheet {sheet}, row {row}: "),
         QT_TRANSLATE_NOOP("Errors", "Sheet {sheet}: "))


def cell_error(sheet: str, row: int | str, column: str, template: str, **params: object) -> ImportFileError:
    return ImportFileError(template, sheet=sheet, row=row, column=column, **params)


MAX_JSON_DEPTH = 32  # settings, card layouts and payloads are a few levels deep
MAX_INT = 2 ** 53  # counts, positions and sequence numbers stay far below


def json_depth(value: Any) -> int:
    """How deeply lists and objects nest in ``value`` (counted without recursion)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            deepest = max(deepest, depth)
            if depth > MAX_JSON_DEPTH:
                return depth
            stack.extend((x, depth + 1) for x in item)
    return deepest


# -- cells ----------------------------------------------------------------------------
def _utc_ms(value: datetime) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    value = value.astimezone(timezone.utc)
    rounded = round(value.microsecond / 1000)
    return value.replace(microsecond=0) + timedelta(milliseconds=rounded)


_EXPECTED = {
    schema.ID: QT_TRANSLATE_NOOP("Terms", "text"),
    schema.KEY: QT_TRANSLATE_NOOP("Terms", "text"),
    schema.TEXT: QT_TRANSLATE_NOOP("Terms", "text"),
    schema.JSON: QT_TRANSLATE_NOOP("Terms", "JSON text"),
    schema.INT: QT_TRANSLATE_NOOP("Terms", "a whole number"),
    schema.FLOAT: QT_TRANSLATE_NOOP("Terms", "a number"),
    schema.BOOL: QT_TRANSLATE_NOOP("Terms", "TRUE or FALSE"),
    schema.DATETIME: QT_TRANSLATE_NOOP("Terms", "a date and time"),
    schema.DATE: QT_TRANSLATE_NOOP("Terms", "a date"),
}


def convert_cell(col: schema.Column, value: Any, sheet: str, row: int) -> Any:
    """A cell's value as the column's type, or an error naming the cell."""
    if isinstance(value, Formula):  # saved by a script: a formula that was never calculated
        raise cell_error(sheet, row, col.name, QT_TRANSLATE_NOOP(
            "Errors", "This cell holds a formula (“{formula}”), not a value. Replace it with the "
            "value itself: {expected}."), formula=value.text[:60],
            expected=Term(_EXPECTED[col.type]))
    if value is None or (isinstance(value, str) and value == ""):
        return None

    def wrong(expected: str) -> ImportFileError:
        return cell_error(sheet, row, col.name, QT_TRANSLATE_NOOP(
            "Errors", "Expected {expected}, found “{found}”."), expected=expected,
            found=str(value)[:60])

    t = col.type
    if t in (schema.ID, schema.KEY):
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise wrong(Term(QT_TRANSLATE_NOOP("Terms", "text")))
        return str(value)
    if t == schema.TEXT:
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, (datetime, date)):
            raise wrong(Term(QT_TRANSLATE_NOOP("Terms", "text")))
        return value if isinstance(value, str) else str(value)
    if t == schema.JSON:
        if not isinstance(value, str):
            raise wrong(Term(QT_TRANSLATE_NOOP("Terms", "JSON text")))
        try:
            parsed = json.loads(value)
        except (ValueError, RecursionError):
            raise wrong(Term(QT_TRANSLATE_NOOP("Terms", "JSON text"))) from None
        if json_depth(parsed) > MAX_JSON_DEPTH:
            raise cell_error(sheet, row, col.name, QT_TRANSLATE_NOOP(
                "Errors", "The JSON text is nested more than {n} levels deep; an export never "
                "is. Import an unchanged export."), n=MAX_JSON_DEPTH)
        return parsed
    if t == schema.INT:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (
                isinstance(value, float) and not (math.isfinite(value) and value.is_integer())):
            raise wrong(Term(QT_TRANSLATE_NOOP("Terms", "a whole number")))
        if abs(value) > MAX_INT:
            raise cell_error(sheet, row, col.name, QT_TRANSLATE_NOOP(
                "Errors", "The number {found} is far larger than a workshop can hold."),
                found=str(value)[:30])
        return int(value)
    if t == schema.FLOAT:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or \
                abs(value) > 1e300 or not math.isfinite(value):
            raise wrong(Term(QT_TRANSLATE_NOOP("Terms", "a number")))
        return float(value)
    if t == schema.BOOL:
        if isinstance(value, bool):
            return value
        if isinstance(value, (int, float)) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in ("true", "false", "wahr", "falsch"):
            return value.strip().lower() in ("true", "wahr")
        raise wrong(Term(QT_TRANSLATE_NOOP("Terms", "TRUE or FALSE")))
    if t == schema.DATETIME:
        if isinstance(value, datetime):
            return _utc_ms(value)
        if isinstance(value, str):
            try:
                return _utc_ms(datetime.fromisoformat(value.strip().replace("Z", "+00:00")))
            except ValueError:
                pass
        raise wrong(Term(QT_TRANSLATE_NOOP("Terms", "a date and time")))
    if t == schema.DATE:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise wrong(Term(QT_TRANSLATE_NOOP("Terms", "a date")))
    raise AssertionError(t)


class SheetRows:
    """The rows of one sheet as dicts by column name, with their row numbers."""

    def __init__(self, sheet: schema.Sheet, header: list[Any], body: list[tuple[int, tuple]],
                 extra_types: dict[str, str] | None = None) -> None:
        self.sheet = sheet
        self.index: dict[str, int] = {}
        for i, name in enumerate(header):
            if isinstance(name, str) and name.strip():
                self.index.setdefault(name.strip(), i)
        for col in sheet.columns:
            if col.required and not col.derived and col.name not in self.index:
                raise cell_error(sheet.name, 1, col.name, QT_TRANSLATE_NOOP(
                    "Errors", "The required column is missing. Add it back (see the About sheet)."))
        self.columns = {c.name: c for c in sheet.columns}
        for name in extra_types or {}:
            self.columns.setdefault(name, schema.Column(name, extra_types[name], "", "", False))
        self.rows: list[dict[str, Any]] = []
        for number, values in body:
            if all(v is None or v == "" for v in values):
                continue
            rec: dict[str, Any] = {"_row": number}
            for name, col in self.columns.items():
                i = self.index.get(name)
                raw = values[i] if i is not None and i < len(values) else None
                if col.derived and isinstance(raw, Formula):
                    raw = None  # recomputed, not read: a formula there harms nothing
                value = convert_cell(col, raw, sheet.name, number)
                if value is None and col.required and not col.derived:
                    raise cell_error(sheet.name, number, name, QT_TRANSLATE_NOOP(
                        "Errors", "This cell must not be empty."))
                rec[name] = value
            self.rows.append(rec)
