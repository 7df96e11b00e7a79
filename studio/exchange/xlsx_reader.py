"""Read the cells of an .xlsx workbook within fixed limits, streaming.

A workbook is a zip of XML parts, and both layers can be made to explode: a
part of a few KB can inflate to gigabytes, a sheet can declare ``A1:XFD1048576``
or name row 1,048,576, XML can define entities that expand a billion times.
This reader therefore

- reads only the parts the workbook references (package relationships →
  workbook → its sheets, shared strings and styles), never the rest;
- checks each part's uncompressed size (from the zip directory) against a
  limit before inflating it; the zip module never returns more than that
  size, so the check holds for a lying directory too;
- parses with expat directly, refusing any document type declaration (so no
  entity of any kind, internal or external, is ever defined or expanded);
- streams sheet rows: it ignores declared dimensions, keeps only the cells of
  the first :data:`MAX_COLUMNS` columns, and stops at the caller's row limit.

Values come as openpyxl gives them in ``data_only`` mode (numbers, text,
booleans, dates by number format), with two differences: a formula cell
without a calculated value comes as :class:`~studio.exchange.xlsx_formulas.Formula`,
and a number that is not finite (``NaN``, ``inf``) comes as its text.
Every problem is a :class:`~studio.base.errors.StudioError`.
"""

from __future__ import annotations

import math
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

from studio.base.errors import StudioError, WorkshopFileError
from studio.base.i18n import QT_TRANSLATE_NOOP, translate
from studio.exchange.xlsx_formulas import Formula

MAX_PARTS = 5_000  # entries in the zip directory (an export has about 70)
MAX_SHEET_BYTES = 160 * 1024 * 1024  # one worksheet part, uncompressed
MAX_STRINGS_BYTES = 64 * 1024 * 1024  # the shared strings part
MAX_SMALL_BYTES = 8 * 1024 * 1024  # relationships, workbook, styles
MAX_TOTAL_BYTES = 400 * 1024 * 1024  # everything one reader inflates
MAX_COLUMNS = 512  # cells further right are ignored
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
_CHUNK = 1 << 20

_NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "Errors", "{path} is not an Excel workbook (.xlsx). Import a file written by "
    "studio export or File → Export.")
_NOT_XLSX = QT_TRANSLATE_NOOP(
    "Errors", "{path} is not a spreadsheet that can be read (.xlsx): {reason}")
_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors", "{path} is too large to import: {part} unpacks to {size} MB, more than "
    "the {limit} MB a workshop can fill.")
_SHEET = QT_TRANSLATE_NOOP("Errors", "sheet {sheet}")
_PART = QT_TRANSLATE_NOOP("Errors", "the part {part}")


class XlsxError(WorkshopFileError):
    """A workbook that cannot be read, or only beyond the limits."""


class _Refused(Exception):
    """Raised inside expat handlers; turned into a StudioError by the caller."""


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f}"


def _local(name: str) -> str:
    return name.rpartition(":")[2]


def _column_index(ref: str) -> int:
    """``"AB12"`` → 28 (1-based); 0 if the reference has no letters."""
    n = 0
    for ch in ref:
        o = ord(ch)
        if 65 <= o <= 90:
            n = n * 26 + o - 64
        elif 97 <= o <= 122:
            n = n * 26 + o - 96
        else:
            break
        if n > 1 << 20:
            break
    return n


def _entries_in_directory(path: Path) -> int:
    """The number of entries the zip's end record announces (before zipfile reads them all)."""
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        tail = min(size, 22 + 65_535)
        fh.seek(size - tail)
        data = fh.read(tail)
    at = data.rfind(b"PK\x05\x06")
    if at < 0 or len(data) - at < 22:
        raise zipfile.BadZipFile("no end of central directory")
    entries, cd_size = struct.unpack("<HI", data[at + 10:at + 16])
    if entries == 0xFFFF or cd_size == 0xFFFFFFFF:  # ZIP64: far more than a workbook needs
        return 1 << 30
    return max(entries, cd_size // 46)


def _parser(start: Any, end: Any, text: Any) -> Any:
    p = expat.ParserCreate()
    p.buffer_text = True
    p.buffer_size = 1 << 16
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def no_doctype(*_args: Any) -> None:
        raise _Refused("a document type declaration (DTD)")

    p.StartDoctypeDeclHandler = no_doctype
    p.EntityDeclHandler = no_doctype
    p.ExternalEntityRefHandler = no_doctype
    p.StartElementHandler = start
    p.EndElementHandler = end
    if text is not None:
        p.CharacterDataHandler = text
    return p


class XlsxReader:
    """An open workbook: ``sheetnames``, and :meth:`rows` of one sheet. Use as a context manager."""

    def __init__(self, path: Path, not_xlsx: str = _NOT_A_WORKBOOK) -> None:
        """``not_xlsx``: the message (``{path}``, ``{reason}``) for a file that is no zip at all."""
        self.path = Path(path)
        self._inflated = 0
        try:
            entries = _entries_in_directory(self.path)
            if entries > MAX_PARTS:
                raise XlsxError(QT_TRANSLATE_NOOP(
                    "Errors", "{path} has more than {n} parts, far more than a spreadsheet of a "
                    "workshop has; it is not imported."), path=str(self.path), n=MAX_PARTS)
            self._zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise XlsxError(not_xlsx, path=str(self.path),
                            reason=str(exc)[:120] or type(exc).__name__) from exc
        try:
            self._open_workbook()
        except BaseException:
            self._zip.close()
            raise

    # -- the package ---------------------------------------------------------------------
    def __enter__(self) -> XlsxReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    def _fail(self, reason: str) -> StudioError:
        return XlsxError(_NOT_XLSX, path=str(self.path), reason=reason[:120])

    def _open(self, name: str, limit: int, sheet: str = "") -> IO[bytes]:
        try:
            info = self._zip.getinfo(name)
        except KeyError:
            raise self._fail(f"the part {name} is missing") from None
        if info.flag_bits & 0x1:
            raise self._fail("the workbook is encrypted")
        size = info.file_size
        if size > limit or self._inflated + size > MAX_TOTAL_BYTES:
            part = translate("Errors", _SHEET).format(sheet=sheet) if sheet else \
                translate("Errors", _PART).format(part=name)
            raise XlsxError(_TOO_LARGE, path=str(self.path), part=part, size=_mb(size),
                            limit=_mb(min(limit, MAX_TOTAL_BYTES)))
        self._inflated += size
        try:
            return self._zip.open(info)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, ValueError) as exc:
            raise self._fail(f"{name}: {exc}") from exc

    def _parse(self, name: str, limit: int, start: Any, end: Any = None, text: Any = None,
               sheet: str = "") -> Iterator[None]:
        """Feed the part ``name`` to expat in chunks; yields after each chunk."""
        p = _parser(start, end or (lambda _n: None), text)
        with self._open(name, limit, sheet) as fh:
            try:
                while True:
                    chunk = fh.read(_CHUNK)
                    p.Parse(chunk, not chunk)
                    yield
                    if not chunk:
                        break
            except _Refused as exc:
                raise self._fail(f"{name} holds {exc}") from None
            except expat.ExpatError as exc:
                raise self._fail(f"{name}: {exc}") from None
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
                    OSError) as exc:
                raise self._fail(f"{name}: {exc}") from None

    def _read_small(self, name: str, start: Any) -> None:
        for _ in self._parse(name, MAX_SMALL_BYTES, start):
            pass

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Id → (type, part name) of the relationships of ``part`` (``""``: the package)."""
        folder, base = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", base + ".rels")
        if rels not in self._zip.NameToInfo:
            return {}
        out: dict[str, tuple[str, str]] = {}

        def start(tag: str, attrs: dict[str, str]) -> None:
            if _local(tag) == "Relationship" and attrs.get("TargetMode") != "External":
                target = attrs.get("Target") or ""
                path = target.lstrip("/") if target.startswith("/") else \
                    posixpath.normpath(posixpath.join(folder, target))
                out[attrs.get("Id") or ""] = (attrs.get("Type") or "", path)

        self._read_small(rels, start)
        return out

    def _open_workbook(self) -> None:
        package = self._relationships("")
        book = next((p for t, p in package.values() if t.endswith("/officeDocument")),
                    "xl/workbook.xml")
        rels = self._relationships(book)
        sheets: list[tuple[str, str]] = []
        self._date1904 = False

        def start(tag: str, attrs: dict[str, str]) -> None:
            name = _local(tag)
            if name == "sheet":
                rid = next((v for k, v in attrs.items() if k != "sheetId" and _local(k) == "id"), "")
                sheets.append((attrs.get("name") or "", rid))
            elif name == "workbookPr":
                self._date1904 = attrs.get("date1904") in ("1", "true")

        self._read_small(book, start)
        self._sheets: dict[str, str] = {}
        for title, rid in sheets:
            kind, part = rels.get(rid, ("", ""))
            if kind.endswith("/worksheet") and part in self._zip.NameToInfo:
                self._sheets.setdefault(title, part)
        self.sheetnames = list(self._sheets)
        self._strings_part = next((p for t, p in rels.values() if t.endswith("/sharedStrings")
                                   and p in self._zip.NameToInfo), None)
        self._strings: list[str] | None = None
        styles = next((p for t, p in rels.values() if t.endswith("/styles")
                       and p in self._zip.NameToInfo), None)
        self._date_styles, self._timedelta_styles = self._read_styles(styles)

    def _read_styles(self, part: str | None) -> tuple[set[int], set[int]]:
        """Style indexes whose number format is a date (or a duration)."""
        from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format

        if part is None:
            return set(), set()
        formats: dict[int, str] = {}
        xf_formats: list[int] = []
        depth = {"cellXfs": 0}

        def start(tag: str, attrs: dict[str, str]) -> None:
            name = _local(tag)
            if name == "numFmt":
                try:
                    formats[int(attrs.get("numFmtId", ""))] = attrs.get("formatCode") or ""
                except ValueError:
                    pass
            elif name == "cellXfs":
                depth["cellXfs"] += 1
            elif name == "xf" and depth["cellXfs"]:
                try:
                    xf_formats.append(int(attrs.get("numFmtId") or 0))
                except ValueError:
                    xf_formats.append(0)

        def end(tag: str) -> None:
            if _local(tag) == "cellXfs":
                depth["cellXfs"] -= 1

        for _ in self._parse(part, MAX_SMALL_BYTES, start, end):
            pass
        dates, durations = set(), set()
        for i, fmt_id in enumerate(xf_formats):
            code = formats.get(fmt_id) or BUILTIN_FORMATS.get(fmt_id) or ""
            if is_date_format(code):
                dates.add(i)
                if is_timedelta_format(code):
                    durations.add(i)
        return dates, durations

    def _shared_strings(self) -> list[str]:
        if self._strings is not None:
            return self._strings
        strings: list[str] = []
        buf: list[str] = []
        state = {"phonetic": 0, "t": False}

        def start(tag: str, _attrs: dict[str, str]) -> None:
            name = _local(tag)
            if name == "si":
                buf.clear()
            elif name == "rPh":
                state["phonetic"] += 1
            elif name == "t" and not state["phonetic"]:
                state["t"] = True

        def end(tag: str) -> None:
            name = _local(tag)
            if name == "si":
                strings.append(ooxml_text("".join(buf)))
            elif name == "rPh":
                state["phonetic"] -= 1
            elif name == "t":
                state["t"] = False

        def text(data: str) -> None:
            if state["t"]:
                buf.append(data)

        if self._strings_part:
            for _ in self._parse(self._strings_part, MAX_STRINGS_BYTES, start, end, text):
                pass
        self._strings = strings
        return strings

    # -- sheets --------------------------------------------------------------------------
    def rows(self, title: str, max_rows: int) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """(row number, values) of each row that has a cell, in file order.

        ``values[i]`` is the cell in column ``i + 1`` (up to :data:`MAX_COLUMNS`).
        A row numbered above ``max_rows`` raises :class:`RowLimit`.
        """
        from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_ISO8601, from_excel

        part = self._sheets[title]
        strings = self._shared_strings()
        epoch = MAC_EPOCH if self._date1904 else WINDOWS_EPOCH
        dates, durations = self._date_styles, self._timedelta_styles
        done: list[tuple[int, tuple[Any, ...]]] = []
        cells: dict[int, Any] = {}
        buf: list[str] = []
        st = {"row": 0, "col": 0, "t": "n", "s": 0, "collect": False, "v": None, "f": None,
              "in_is": False, "phonetic": 0, "is": None, "skip": False}

        def start(tag: str, attrs: dict[str, str]) -> None:
            name = _local(tag)
            if name == "c":
                ref = attrs.get("r")
                col = _column_index(ref) if ref else st["col"] + 1
                st["col"] = col
                st["skip"] = col > MAX_COLUMNS or col < 1
                st["t"] = attrs.get("t", "n")
                s = attrs.get("s")
                st["s"] = int(s) if s and s.isdigit() else 0
                st["v"] = st["f"] = st["is"] = None
            elif name == "v" or name == "f":
                buf.clear()
                st["collect"] = not st["skip"]
            elif name == "row":
                r = attrs.get("r")
                number = int(r) if r and r.isdigit() else st["row"] + 1
                if number > max_rows:
                    raise RowLimit(title, max_rows)
                st["row"] = number
                st["col"] = 0
                cells.clear()
            elif name == "is":
                st["in_is"] = True
                buf.clear()
            elif name == "rPh":
                st["phonetic"] += 1
            elif name == "t" and st["in_is"] and not st["phonetic"]:
                st["collect"] = not st["skip"]

        def text(data: str) -> None:
            if st["collect"]:
                buf.append(data)

        def end(tag: str) -> None:
            name = _local(tag)
            if name == "v":
                st["v"] = "".join(buf) if st["collect"] else None
                st["collect"] = False
            elif name == "f":
                st["f"] = "".join(buf) if st["collect"] else None
                st["collect"] = False
            elif name == "t":
                if st["in_is"]:
                    st["collect"] = False
            elif name == "rPh":
                st["phonetic"] -= 1
            elif name == "is":
                st["in_is"] = False
                st["is"] = "".join(buf) if not st["skip"] else None
            elif name == "c":
                if not st["skip"]:
                    value = _value(st, strings, dates, durations, epoch, from_excel, from_ISO8601)
                    if value is not None:
                        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                            raise _Refused(f"a cell of more than {MAX_CELL_CHARS} characters "
                                           f"(row {st['row']})")
                        cells[st["col"]] = value
            elif name == "row":
                if cells:
                    width = max(cells)
                    done.append((st["row"], tuple(cells.get(i) for i in range(1, width + 1))))

        for _ in self._parse(part, MAX_SHEET_BYTES, start, end, text, sheet=title):
            yield from done
            done.clear()


class RowLimit(XlsxError):
    """A sheet with more rows than a workshop can hold."""

    def __init__(self, sheet: str, limit: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "Sheet {sheet} has more than {n} rows, more than a workshop can hold; "
            "the file is not imported."), sheet=sheet, n=limit - 1)
        self.sheet = sheet
        self.limit = limit


def _number(text: str) -> Any:
    try:
        return int(text)
    except ValueError:
        pass
    try:
        value = float(text)
    except ValueError:
        return text
    return value if math.isfinite(value) else text


_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def ooxml_text(text: str) -> str:
    """A string cell as Excel shows it: ``_xHHHH_`` is the character HHHH (Excel, LibreOffice
    and XlsxWriter store a carriage return as ``_x000D_``), ``_x005F_`` an escaped "_"."""
    if "_x" not in text:
        return text
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _value(st: dict[str, Any], strings: list[str], dates: set[int], durations: set[int],
           epoch: Any, from_excel: Any, from_iso: Any) -> Any:
    kind, raw, formula = st["t"], st["v"], st["f"]
    if kind == "inlineStr":
        value: Any = ooxml_text(st["is"]) if isinstance(st["is"], str) else st["is"]
    elif raw is None or raw == "":
        value = None
    elif kind == "n":
        value = _number(raw.strip())
        if st["s"] in dates and isinstance(value, (int, float)):
            try:
                value = from_excel(value, epoch, timedelta=st["s"] in durations)
            except (OverflowError, ValueError):
                value = raw
    elif kind == "s":
        try:
            value = strings[int(raw)]
        except (ValueError, IndexError):
            raise _Refused(f"a reference to shared string {raw[:20]}, which does not exist "
                           f"(row {st['row']})") from None
    elif kind == "b":
        value = {"1": True, "0": False, "true": True, "false": False}.get(raw.strip(), raw)
    elif kind == "d":
        try:
            value = from_iso(raw.strip())
        except (ValueError, OverflowError):
            value = raw
    else:  # "str" (a formula's text result), "e" (an error such as #N/A)
        value = raw
    if formula is not None and value in (None, ""):
        return Formula("=" + formula)
    return value
