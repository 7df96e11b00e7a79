"""The app's translation catalogs read without Qt, for Qt-free layers.

The report, the overview sheet, the charts and the read-aloud texts speak the
workshop's language, in the app, the CLI and the Python API alike, without
loading Qt. They read the same ``resources/translations/studio_LANG.ts`` files the
app compiles into ``.qm`` for Qt (a test keeps the two in step). German and English
plurals have two forms: one for n == 1, one for every other n.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

_lock = threading.Lock()


def _catalog_file(language: str) -> Path:
    from studio.paths import resource

    return resource("translations", f"studio_{language}.ts")


@cache
def _load(language: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    table: dict[tuple[str, str], str | tuple[str, ...]] = {}
    try:
        root = ET.parse(_catalog_file(language)).getroot()
    except (OSError, ET.ParseError):
        return table  # no catalog: the English source text
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = tuple(f.text or "" for f in tr.iter("numerusform"))
            if forms:
                table[(name, source)] = forms
            elif tr.text:
                table[(name, source)] = tr.text
    return table


def lookup(language: str, context: str, source: str, n: int = -1) -> str:
    """The translation of ``source`` in ``context`` ("" if there is none)."""
    if language not in ("de", "en"):
        return ""
    with _lock:  # exports may run in a worker thread while the window reads texts
        table = _load(language)
    found = table.get((context, source), "")
    if isinstance(found, tuple):
        if not found:
            return ""
        return found[0] if n == 1 or len(found) == 1 else found[1]
    return found

