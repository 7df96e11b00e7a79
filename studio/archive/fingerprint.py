"""The fingerprint of a workshop's records, which recognises the same workshop added again.

It is the SHA-256 of one JSON text: ``{"activities": [...], ..., "workshop": {...}}``
with every record in a canonical form (a float that is a whole number written as an
integer, a date or time as ISO text, ``workshop_id`` left out of the records, which
the workshop carries once), each table's records by their id, keys sorted, no spaces,
``ensure_ascii=False``. Archives keep it, so this text is fixed for good:
:func:`reference_text` writes it the plain way (one ``json.dumps`` over canonical
copies of all records); :func:`fingerprint` writes the very same text faster, table by
table into the hash: for a table whose records share their keys (every table of a
workshop file or an export), each column's values are turned into JSON text at once,
by their type, as ``json.dumps`` writes them (strings with the very encoder it uses),
and the table's text is laid out from these column by column, without a canonical copy
of any record. Anything unusual (records with differing or non-text keys, values of
other types) takes the plain way for that table or value, so the text is always the
same (tests/test_archive_fingerprint.py).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from functools import partial
from itertools import islice
from json.encoder import encode_basestring
from operator import itemgetter, le
from typing import Any

from studio.exchange.records import WorkshopRecords

TABLES = ("scenarios", "activities", "options", "responses", "clusters", "notes", "events")
#: Keys a record's canonical form leaves out (an import location, the workshop's id).
_LEFT_OUT = frozenset({"_where", "workshop_id"})

_dumps = partial(json.dumps, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                 default=str)

#: Values that are their own canonical form (checked by exact type).
_PLAIN = frozenset({str, int, bool, type(None)})


def canonical(value: Any) -> Any:
    """``value`` in the form the fingerprint writes (row order and types aside)."""
    if type(value) in _PLAIN:
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)  # 4.0 from a file, 4 from a spreadsheet cell
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, dict):
        return {(k if type(k) is str else str(k)): (v if type(v) in _PLAIN else canonical(v))
                for k, v in value.items() if k != "_where"}
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    return value


def _canonical_rows(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    out = [canonical(r) for r in rows]
    for r in out:
        r.pop("workshop_id", None)
    return sorted(out, key=lambda r: str(r.get("id")))


def reference_text(rec: WorkshopRecords) -> str:
    """The fingerprint's JSON text, written the plain (slow) way: the definition."""
    body: dict[str, Any] = {"workshop": canonical(rec.workshop)}
    for table in TABLES:
        body[table] = _canonical_rows(getattr(rec, table))
    return _dumps(body)


#: A table's records by column (key → values, in the records' order), or None where the
#: records do not all have the same keys (text keys only): see :func:`columns`.
Columns = dict[str, list[Any]] | None


def columns(rows: Sequence[dict[str, Any]]) -> Columns:
    """``rows`` by column, when every record has the same keys, all text; else None.

    :func:`fingerprint` and the archive's writer both take a table this way: gathered
    once for both (a large workshop's responses are thousands of records)."""
    if not rows:
        return {}
    keys = list(rows[0])
    if any(type(k) is not str for k in keys) or set(map(len, rows)) != {len(keys)}:
        return None
    try:  # each record has as many keys as the first, and each of its keys: the same keys
        return {k: list(map(itemgetter(k), rows)) for k in keys}
    except KeyError:
        return None


def fingerprint(rec: WorkshopRecords, gathered: Mapping[str, Columns] | None = None) -> str:
    """SHA-256 over the workshop's records in a canonical form (row order and types aside).

    ``gathered``: the tables by column as :func:`columns` gives them (else gathered here)."""
    digest = hashlib.sha256()
    for text in _pieces(rec, gathered or {}):
        digest.update(text.encode("utf-8"))
    return digest.hexdigest()


def _pieces(rec: WorkshopRecords, gathered: Mapping[str, Columns]) -> list[str]:
    """:func:`reference_text` in pieces (joined, they are that text)."""
    parts = {}
    for name in TABLES:
        rows = getattr(rec, name)
        parts[name] = _table_text(rows, gathered[name] if name in gathered else columns(rows))
    parts["workshop"] = _dumps(canonical(rec.workshop))
    out = []
    for i, name in enumerate(sorted(parts)):
        out.append(("{" if i == 0 else ",") + encode_basestring(name) + ":")
        out.append(parts[name])
    out.append("}")
    return out


# -- one table ---------------------------------------------------------------------------
def _table_text(rows: Sequence[dict[str, Any]], by_column: Columns) -> str:
    """The JSON text of one table's canonical records (a JSON list)."""
    if not rows:
        return "[]"
    if by_column is None:
        return _dumps(_canonical_rows(rows))
    n = len(rows)
    order: list[int] | None = None  # the records by id (a stable sort), as row numbers
    if "id" in by_column:
        ids = by_column["id"]
        if not all(type(v) is str for v in ids):
            ids = [v if type(v) is str else str(canonical(v)) for v in ids]
        if not all(map(le, ids, islice(ids, 1, None))):  # not in that order already
            order = sorted(range(n), key=ids.__getitem__)
    names = sorted(k for k in by_column if k not in _LEFT_OUT)
    if not names:
        return "[" + ",".join(["{}"] * n) + "]"
    # The text is laid out as pieces, per record: '{"k1":', v1, ',"k2":', v2, ..., '}' (and
    # a "," before every record but the first), filled in column by column.
    width = 2 * len(names) + 1
    pieces: list[str] = ["}"] * (n * width)
    for i, name in enumerate(names):
        values = by_column[name]
        if order is not None:
            values = list(map(values.__getitem__, order))
        prefix = ("{" if i == 0 else ",") + encode_basestring(name) + ":"
        pieces[2 * i::width] = [prefix] * n
        pieces[2 * i + 1::width] = _column(values)
    pieces[width::width] = ["," + pieces[0]] * (n - 1)
    return "[" + "".join(pieces) + "]"


def _value(value: Any) -> str:
    """The JSON text of ``value`` inside the canonical records (any value)."""
    return _dumps(canonical(value))


def _null(_value: None) -> str:
    return "null"


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _float(value: float) -> str:
    if value.is_integer():
        return int.__repr__(int(value))
    return float.__repr__(value) if math.isfinite(value) else _value(value)


def _list(value: list[Any]) -> str:
    if all(type(v) is str for v in value):
        return "[" + ",".join(map(encode_basestring, value)) + "]"
    return _value(value)


def _moment(value: date) -> str:
    return encode_basestring(value.isoformat())


#: The JSON text of a value, by its exact type (what ``json.dumps`` writes for its canonical
#: form); other types (subclasses too) take :func:`_value`.
_ENCODE: dict[type, Callable[[Any], str]] = {
    str: encode_basestring, int: int.__repr__, bool: _bool, type(None): _null,
    float: _float, datetime: _moment, date: _moment, list: _list,
}


def _column(values: list[Any]) -> Iterable[str]:
    """Each value of one column as JSON text."""
    kinds = set(map(type, values))
    if len(kinds) == 1:
        kind = kinds.pop()
        if kind is type(None):
            return ("null",) * len(values)
        if kind is datetime or kind is date:
            return map(encode_basestring, map(kind.isoformat, values))
        return map(_ENCODE.get(kind, _value), values)
    encode = _ENCODE.get
    return [encode(type(v), _value)(v) for v in values]
