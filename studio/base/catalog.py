"""Texts in a given language without Qt: the app's compiled catalogs (``*.qm``) read directly.

Exports and reports speak the *workshop's* language, whatever the app's is,
and run where no Qt translator is installed (the ``studio`` command, a
server). Their texts are marked with ``QT_TRANSLATE_NOOP`` like all others,
so they live in the same catalogs and the translation test covers them; this
module looks them up in ``resources/translations/*_<language>.qm``.

The .qm format (Qt's ``QTranslator``): a 16-byte magic, then blocks of
``tag (1 byte), length (4 bytes, big-endian), data``. The messages block
(tag 0x69) is a run of records, each a series of ``tag, field`` pairs closed by
tag 1; lrelease stores the context and source text of every message (which we
use) beside the translation (UTF-16BE). English is the source language, so it
needs no catalog for singular texts.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from functools import cache

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1 = 1, 2, 3, 4, 5
_SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 6, 7, 8, 9


def _messages(data: bytes) -> dict[tuple[str, str], str]:
    if not data.startswith(_MAGIC):
        return {}
    found: dict[tuple[str, str], str] = {}
    pos = len(_MAGIC)
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        block = data[pos + 5: pos + 5 + length]
        pos += 5 + length
        if tag == _MESSAGES:
            _read_block(block, found)
    return found


def _read_block(block: bytes, found: dict[tuple[str, str], str]) -> None:
    i, n = 0, len(block)
    context = source = ""
    translations: list[str] = []
    while i < n:
        tag = block[i]
        i += 1
        if tag == _END:
            if translations and source and (context, source) not in found:
                found[(context, source)] = translations[0]
            context = source = ""
            translations = []
        elif tag == _OBSOLETE1:
            i += 4
        elif tag in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT, _SOURCE16, _CONTEXT16):
            length = struct.unpack_from(">I", block, i)[0]
            i += 4
            if length == 0xFFFFFFFF:  # a null translation
                continue
            raw = block[i: i + length]
            i += length
            if tag == _TRANSLATION:
                translations.append(raw.decode("utf-16-be", "replace"))
            elif tag in (_SOURCE, _SOURCE16):
                source = raw.decode("utf-8", "replace")
            elif tag in (_CONTEXT, _CONTEXT16):
                context = raw.decode("utf-8", "replace")
        elif tag == _OBSOLETE2:
            continue
        else:  # an unknown tag: stop rather than misread the rest
            return


@cache
def _catalog(language: str) -> dict[tuple[str, str], str]:
    from studio.paths import resource

    found: dict[tuple[str, str], str] = {}
    folder = resource("translations")
    for qm in sorted(folder.glob(f"*_{language}.qm")):
        for key, value in _messages(qm.read_bytes()).items():
            found.setdefault(key, value)
    return found


def translate_in(language: str, context: str, text: str) -> str:
    """``text`` (an English source text of ``context``) in ``language``; English as fallback."""
    if not language or language == "en":
        return text
    return _catalog(language).get((context, text)) or text


def words(language: str, context: str) -> Callable[[str], str]:
    """``t(text)`` translating texts of ``context`` into ``language``."""
    return lambda text: translate_in(language, context, text)
