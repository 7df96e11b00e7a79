"""The fingerprint of a workshop's records, which recognises the same workshop added again.

It is the SHA-256 of one JSON text: ``{"activities": [...], ..., "workshop": {...}}``
with every record in a canonical form (a float that is a whole number written as an
integer, a date or time as ISO text, ``workshop_id`` left out of the records, which
the workshop carries once), each table's records by their id, keys sorted, no spaces,
``ensure_ascii=False``. Archives keep it, so this text is fixed for good:
:func:`reference_text` writes it the plain way (one ``json.dumps`` over canonical
copies of all records); :func:`fingerprint` writes the very same text faster, table by
table into the hash: for a table whose records share their keys (every table of a
workshop file or an export), each column's values are turned into JSON once with the
encoder ``json.dumps`` itself uses, and each record's text is filled into a template of
its keys. Anything unusual (records with differing or non-text keys, values of other
types) takes the plain way for that table or value, so the text is always the same.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from functools import partial
from json.encoder import encode_basestring
from operator import itemgetter
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


def fingerprint(rec: WorkshopRecords) -> str:
    """SHA-256 over the workshop's records in a canonical form (row order and types aside)."""
    digest = hashlib.sha256()
    for text in _pieces(rec):
        digest.update(text.encode("utf-8"))
    return digest.hexdigest()


def _pieces(rec: WorkshopRecords) -> list[str]:
    """:func:`reference_text` in pieces (joined, they are that text)."""
    parts = {name: _table_text(getattr(rec, name)) for name in TABLES}
    parts["workshop"] = _dumps(canonical(rec.workshop))
    out = []
    for i, name in enumerate(sorted(parts)):
        out.append(("{" if i == 0 else ",") + encode_basestring(name) + ":")
        out.append(parts[name])
    out.append("}")
    return out


# -- one table ---------------------------------------------------------------------------
def _table_text(rows: Sequence[dict[str, Any]]) -> str:
    """The JSON text of one table's canonical records in their order (a JSON list)."""
    if not rows:
        return "[]"
    keys = rows[0].keys()
    if any(type(k) is not str for k in keys) or any(r.keys() != keys for r in rows):
        return _dumps(_canonical_rows(rows))
    names = sorted(k for k in keys if k not in _LEFT_OUT)
    if "id" in keys:
        ids = [r["id"] for r in rows]
        if all(type(v) is str for v in ids):
            rows = sorted(rows, key=itemgetter("id"))
        else:
            order = [v if type(v) is str else str(canonical(v)) for v in ids]
            rows = [r for _k, r in sorted(zip(order, rows, strict=True), key=itemgetter(0))]
    if not names:
        return "[" + ",".join(["{}"] * len(rows)) + "]"
    # The text is laid out as pieces, per record: '{"k1":', v1, ',"k2":', v2, ..., '}' (and
    # a "," before every record but the first), filled in column by column.
    width = 2 * len(names) + 1
    pieces: list[str] = ["}"] * (len(rows) * width)
    for i, name in enumerate(names):
        prefix = ("{" if i == 0 else ",") + encode_basestring(name) + ":"
        pieces[2 * i::width] = [prefix] * len(rows)
        pieces[2 * i + 1::width] = _column(list(map(itemgetter(name), rows)))
    pieces[width::width] = ["," + pieces[0]] * (len(rows) - 1)
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
