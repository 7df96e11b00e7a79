"""Read sticky notes from a CSV or XLSX file: rows to add, and one error per bad row.

The columns are documented in ``docs/notes-import.md``. Only a ``text`` column
is required; headers are matched case-insensitively in English or German. The
input file is only read, never written: a preview is built first, and the
board adds the good rows in one undoable step.

CSV: UTF-8 with or without BOM (Windows-1252 is read as a fallback, with a
warning); the delimiter (``,``, ``;`` or tab) is detected from the header.
XLSX: the first worksheet; the first row holds the headers.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Any

from studio.base.errors import StudioError, ValidationError, WorkshopFileError
from studio.base.i18n import QT_TRANSLATE_NOOP, translate
from studio.core.kinds import NOTE_MAX_LENGTH, Source
from studio.core.notes import clean_note_text
from studio.exchange.xlsx_formulas import Formula

MAX_ROWS = 20_000
MAX_BYTES = 30 * 1024 * 1024

# Field -> accepted header names (compared case-insensitively, spaces/underscores ignored).
COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("text", "note", "notiz", "inhalt", "beitrag"),
    "category": ("category", "kategorie", "art"),
    "tags": ("tags", "tag", "schlagworte", "schlagwort", "themen", "thema"),
    "group": ("group", "gruppe", "stakeholdergroup", "stakeholdergruppe"),
    "created": ("created", "createdat", "time", "date", "zeit", "datum", "erstellt"),
    "source": ("source", "quelle"),
}
_SOURCES = {
    "paper": Source.PAPER, "papier": Source.PAPER,
    "import": Source.IMPORT, "": Source.IMPORT,
    "laptop": Source.LAPTOP, "screen": Source.SCREEN, "bildschirm": Source.SCREEN,
    "phone": Source.PHONE, "handy": Source.PHONE,
}


@dataclass
class ImportRow:
    """One good row, ready for ``NoteService.add_notes``."""

    line: int
    text: str
    category: str
    tags: list[str] = field(default_factory=list)
    stakeholder_group: str | None = None
    created_at: datetime | None = None
    source: Source = Source.IMPORT

    def spec(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "category": self.category,
            "tags": list(self.tags),
            "stakeholder_group": self.stakeholder_group,
            "created_at": self.created_at,
            "source": self.source,
        }


@dataclass
class RowError:
    line: int
    error: StudioError

    @property
    def message(self) -> str:
        return self.error.user_message()


@dataclass
class NotesImport:
    """The preview of one file."""

    path: Path
    columns: dict[str, str]  # field -> header as written in the file
    rows: list[ImportRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _norm(value: str) -> str:
    return re.sub(r"[\s_\-]+", "", (value or "").strip().casefold())


def _vocabulary(entries: list[dict[str, str]], with_position: bool = False) -> dict[str, str]:
    """Every spelling of an entry (key, labels, symbol, 1-based position) -> key."""
    lookup: dict[str, str] = {}
    for i, entry in enumerate(entries, start=1):
        key = entry.get("key", "")
        for spelling in (key, entry.get("de"), entry.get("en"), entry.get("symbol")):
            if spelling:
                lookup.setdefault(spelling.strip().casefold(), key)
        if with_position:
            lookup.setdefault(str(i), key)
    return lookup


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _parse_time(value: Any) -> datetime | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime.combine(value, time(12, 0))
    else:
        text = str(value).strip()
        dt = None
        for fmt in ("%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y", "%d.%m.%y %H:%M",
                    "%d.%m.%y"):
            try:
                dt = datetime.strptime(text, fmt)
                break
            except ValueError:
                pass
        if dt is None:
            try:
                dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The time “{value}” is not understood; write 2025-03-14 18:30 or"
                        " 14.03.2025 18:30.",
                    ),
                    value=text,
                ) from None
    if dt.tzinfo is None:
        dt = dt.astimezone()  # a local wall-clock time, as written on the day
    return dt.astimezone(timezone.utc)


def _read_csv(path: Path, warnings: list[str]) -> list[list[Any]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        warnings.append(translate("Import", QT_TRANSLATE_NOOP(
            "Import",
            "The file is not UTF-8; it was read as Windows-1252. Check umlauts in the preview"
            " (save as “CSV UTF-8” to avoid this).")))
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[Any]] = []
    try:
        for row in reader:
            rows.append(row)
            if len(rows) > MAX_ROWS + 1:
                break
    except csv.Error as exc:  # a field over the csv module's limit (128 KB), a stray NUL
        raise WorkshopFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}, line {line}: the table cannot be read ({reason}). A note holds"
                " at most {limit} characters; check the quotation marks in that line."),
            path=str(path), line=reader.line_num, reason=str(exc)[:80], limit=NOTE_MAX_LENGTH,
        ) from None
    return rows


def _too_many_rows(path: Path) -> WorkshopFileError:
    return WorkshopFileError(
        QT_TRANSLATE_NOOP("Errors", "{path} has more than {n} rows; split it into parts."),
        path=str(path), n=MAX_ROWS,
    )


def _read_xlsx(path: Path) -> list[list[Any]]:
    """The first sheet's rows, a blank row where the sheet has none (so lines stay numbered)."""
    from studio.exchange.xlsx_reader import RowLimit, XlsxReader

    with XlsxReader(path, not_xlsx=QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a readable XLSX workbook ({reason}). Save it again as"
            " .xlsx or as CSV UTF-8.")) as wb:
        if not wb.sheetnames:
            return []
        table: list[list[Any]] = []
        try:
            for number, values in wb.rows(wb.sheetnames[0], MAX_ROWS + 1):
                while len(table) < number - 1:
                    table.append([])
                table.append(list(values))
        except RowLimit:
            raise _too_many_rows(path) from None
        return table


def read_table(path: Path) -> tuple[list[list[Any]], list[str]]:
    """The raw rows of a CSV or XLSX file (header first) and any reading warnings."""
    path = Path(path)
    if not path.is_file():
        raise WorkshopFileError(
            QT_TRANSLATE_NOOP("Errors", "{path} does not exist. Check the name and folder."),
            path=str(path),
        )
    if path.stat().st_size > MAX_BYTES:
        raise WorkshopFileError(
            QT_TRANSLATE_NOOP("Errors", "{path} is too large for a notes import (at most 30 MB)."),
            path=str(path),
        )
    warnings: list[str] = []
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path), warnings
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(path, warnings), warnings
    raise WorkshopFileError(
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is neither CSV nor XLSX. Save the table as one of them."),
        path=str(path),
    )


def read_notes_file(
    path: Path,
    categories: list[dict[str, str]],
    tags: list[dict[str, str]],
    *,
    groups: list[dict[str, str]] | None = None,
    default_category: str | None = None,
) -> NotesImport:
    """Parse ``path`` into good rows and one error per bad row (the file is not changed)."""
    path = Path(path)
    table, warnings = read_table(path)
    while table and not any(_cell(v).strip() for v in table[0]):
        table.pop(0)
    if not table:
        raise WorkshopFileError(
            QT_TRANSLATE_NOOP("Errors", "{path} is empty. The first row must name the columns."),
            path=str(path),
        )
    header = [_cell(v) for v in table[0]]
    index: dict[str, int] = {}
    columns: dict[str, str] = {}
    for i, name in enumerate(header):
        for key, aliases in COLUMNS.items():
            if _norm(name) in aliases and key not in index:
                index[key], columns[key] = i, name.strip()
    if "text" not in index:
        raise WorkshopFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} has no column “text” (or “Notiz”). The first row must name the columns;"
                " found: {found}.",
            ),
            path=str(path), found=", ".join(h for h in header if h.strip()) or "–",
        )
    if len(table) - 1 > MAX_ROWS:
        raise _too_many_rows(path)
    cat_lookup = _vocabulary(categories, with_position=True)
    tag_lookup = _vocabulary(tags)
    group_lookup = _vocabulary(groups or [])
    result = NotesImport(path=path, columns=columns, warnings=warnings)

    def get(row: list[Any], key: str) -> Any:
        i = index.get(key)
        return row[i] if i is not None and i < len(row) else None

    for line, row in enumerate(table[1:], start=2):
        if not any(_cell(v).strip() for v in row):
            continue  # blank line
        try:
            result.rows.append(_row(line, row, get, cat_lookup, tag_lookup, group_lookup,
                                    default_category, groups is not None, columns))
        except StudioError as err:
            result.errors.append(RowError(line, err))
    return result


def _row(line, row, get, cat_lookup, tag_lookup, group_lookup, default_category,
         check_groups, columns=None) -> ImportRow:
    for key in COLUMNS:
        value = get(row, key)
        if isinstance(value, Formula):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The cell in column {column} holds a formula (“{formula}”), not a"
                    " value. Replace it with the value itself."),
                column=(columns or {}).get(key, key), formula=value.text[:60],
            )
    text = clean_note_text(_cell(get(row, "text")))
    raw_cat = _cell(get(row, "category")).strip()
    if raw_cat:
        category = cat_lookup.get(raw_cat.casefold())
        if category is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown category “{value}”; use one of: {known}."),
                value=raw_cat, known=", ".join(sorted(set(cat_lookup.values()))),
            )
    elif default_category:
        category = default_category
    else:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The row has no category."))
    tags = []
    for part in re.split(r"[,;|]", _cell(get(row, "tags"))):
        if not part.strip():
            continue
        tag = tag_lookup.get(part.strip().casefold())
        if tag is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown tag “{value}”; use one of: {known}."),
                value=part.strip(), known=", ".join(sorted(set(tag_lookup.values()))) or "–",
            )
        tags.append(tag)
    group = None
    raw_group = _cell(get(row, "group")).strip()
    if raw_group:
        group = group_lookup.get(raw_group.casefold())
        if group is None and check_groups:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown group “{value}”; use one of: {known}."),
                value=raw_group, known=", ".join(sorted(set(group_lookup.values()))) or "–",
            )
    raw_source = _cell(get(row, "source")).strip().casefold()
    source = _SOURCES.get(raw_source)
    if source is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown source “{value}”; write paper or import."),
            value=raw_source,
        )
    return ImportRow(line=line, text=text, category=category, tags=sorted(set(tags)),
                     stakeholder_group=group, created_at=_parse_time(get(row, "created")),
                     source=source)
