"""Hostile workbooks for the import tests, written with zipfile and zlib by hand.

A bomb is written as one deflated chunk repeated (each chunk ends with a full
flush, so the compressed bytes repeat too): a part that inflates to 1.6 GB
takes about 1.6 MB on disk and a second to write.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
       "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}


class Bomb:
    """``head`` + ``chunk`` × ``times`` + ``tail``, deflated without holding it inflated."""

    def __init__(self, head: bytes, chunk: bytes, times: int, tail: bytes) -> None:
        self.head, self.chunk, self.times, self.tail = head, chunk, times, tail

    @property
    def size(self) -> int:
        return len(self.head) + len(self.chunk) * self.times + len(self.tail)

    def deflated(self) -> tuple[bytes, int]:
        """(raw deflate stream, CRC-32 of the inflated bytes)."""
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        first = c.compress(self.head) + c.flush(zlib.Z_FULL_FLUSH)
        block = c.compress(self.chunk) + c.flush(zlib.Z_FULL_FLUSH)
        again = c.compress(self.chunk) + c.flush(zlib.Z_FULL_FLUSH)
        assert block == again  # a full flush resets the compressor: the bytes repeat
        last = c.compress(self.tail) + c.flush(zlib.Z_FINISH)
        crc = zlib.crc32(self.head)
        for _ in range(self.times):
            crc = zlib.crc32(self.chunk, crc)
        crc = zlib.crc32(self.tail, crc)
        return first + block * self.times + last, crc


def write_zip(path: Path, parts: dict[str, bytes | Bomb]) -> Path:
    """A zip of ``parts`` (name → bytes or :class:`Bomb`), every part deflated."""
    out = bytearray()
    central = bytearray()
    for name, content in parts.items():
        if isinstance(content, Bomb):
            data, crc = content.deflated()
            size = content.size
        else:
            c = zlib.compressobj(6, zlib.DEFLATED, -15)
            data = c.compress(content) + c.flush()
            crc, size = zlib.crc32(content), len(content)
        assert size < 0xFFFFFFFF and len(data) < 0xFFFFFFFF
        raw = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data),
                           size, len(raw), 0) + raw + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc,
                               len(data), size, len(raw), 0, 0, 0, 0, 0, offset) + raw
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(central),
                      len(out), 0)
    path.write_bytes(bytes(out + central + end))
    return path


def parts_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def sheet_parts(parts: dict[str, bytes]) -> dict[str, str]:
    """Sheet name → part name, read from the workbook and its relationships."""
    wb = ElementTree.fromstring(parts["xl/workbook.xml"])
    rels = ElementTree.fromstring(parts["xl/_rels/workbook.xml.rels"])
    targets = {r.get("Id"): r.get("Target") for r in rels.findall("rel:Relationship", _NS)}
    out = {}
    for sheet in wb.find("m:sheets", _NS):
        target = targets[sheet.get(f"{{{_NS['r']}}}id")].lstrip("/")
        out[sheet.get("name")] = target if target.startswith("xl/") else f"xl/{target}"
    return out


def _xml_text(value: object) -> str:
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cell(col: int, row: int, value: object) -> str:
    """One cell as SpreadsheetML: numbers as numbers, everything else as an inline string."""
    ref = f"{_letters(col)}{row}"
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{_xml_text(value)}</t></is></c>'


def _letters(col: int) -> str:
    name = ""
    while col:
        col, rem = divmod(col - 1, 26)
        name = chr(65 + rem) + name
    return name


SHEET_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')


def sheet_xml(rows: list[list[object]], *, dimension: str | None = None,
              prolog: bytes = b"") -> bytes:
    """A worksheet part with ``rows`` (row 1 first); ``None`` leaves a cell out."""
    body = []
    for r, values in enumerate(rows, 1):
        cells = "".join(cell(c, r, v) for c, v in enumerate(values, 1) if v is not None)
        body.append(f'<row r="{r}">{cells}</row>')
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    head = SHEET_HEAD if not prolog else prolog + SHEET_HEAD.split(b"\n", 1)[1]
    return head + f"{dim}<sheetData>{''.join(body)}</sheetData></worksheet>".encode()


def read_sheet(parts: dict[str, bytes], name: str) -> list[list[object]]:
    """The values of one sheet of an export, read with openpyxl (a trusted file)."""
    import io

    from openpyxl import load_workbook

    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as zf:
        for part, content in parts.items():
            zf.writestr(part, content)
    wb = load_workbook(data, read_only=True, data_only=True)
    try:
        return [list(r) for r in wb[name].iter_rows(values_only=True)]
    finally:
        wb.close()


def run_measured(args: list[str], cwd: Path, limit_gb: float = 4) -> tuple[int, str, int]:
    """``python ARGS`` in a child process: (exit code, stderr, peak memory in MB).

    The child's address space is capped at ``limit_gb`` so that a regression fails
    the test (with a MemoryError) instead of exhausting the machine.
    """
    import resource

    def cap() -> None:
        limit = int(limit_gb * 1024 ** 3)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    err_path = cwd / "stderr.txt"
    with open(err_path, "wb") as err, open(os.devnull, "wb") as out:
        proc = subprocess.Popen([sys.executable, *args], stdout=out, stderr=err,
                                cwd=cwd, preexec_fn=cap)
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, err_path.read_text(encoding="utf-8"), usage.ru_maxrss // 1024
