"""Card checks: the problem type, and the check of every field of a parsed card.

:func:`check_card` normalises a parsed card (bilingual texts, dates, glossary,
template ids, the illustration path) and collects a :class:`CardProblem` per
finding, so the library and the editor can show all of them at once. Errors
leave the card out; warnings keep it.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.core.card_schema import (
    CHOICE,
    DATE,
    FIELD_BY_KEY,
    FIELDS,
    GLOSSARY,
    ID_PATTERN,
    LANGUAGES,
    PATH,
    TEMPLATES,
    TEXT,
    CardField,
)
from studio.base.errors import Term
from studio.base.i18n import QT_TRANSLATE_NOOP, translate
from studio.core.templates import TEMPLATE_IDS

ERROR = "error"
WARNING = "warning"
_ID_RE = re.compile(ID_PATTERN)


_LANGUAGE_NAMES = {
    "de": Term(QT_TRANSLATE_NOOP("Terms", "German")),
    "en": Term(QT_TRANSLATE_NOOP("Terms", "English")),
}


@dataclass(frozen=True)
class CardProblem:
    """One thing wrong with a card: which file, which field, what and what to do."""

    file: str  # file name or path as the user knows it; "" for a card not yet saved
    field: str  # card key, "glossary[2].term", or "" for the whole file
    template: str  # English source text with {placeholders}
    params: dict[str, Any] = field(default_factory=dict)
    severity: str = ERROR

    @property
    def message(self) -> str:
        """The problem in the user's language."""
        params = {k: translate("Terms", v) if isinstance(v, Term) else v
                  for k, v in self.params.items()}
        return _fmt(translate("Cards", self.template), params)

    def __str__(self) -> str:
        where = ": ".join(x for x in (self.file, self.field) if x)
        return (
            f"{where}: {_fmt(self.template, self.params)}"
            if where
            else _fmt(self.template, self.params)
        )


def _fmt(text: str, params: dict[str, Any]) -> str:
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


class _Checker:
    """Collects problems for one card while normalising its values."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[CardProblem] = []

    def add(self, fld: str, text: str, severity: str = ERROR, **params: Any) -> None:
        self.problems.append(CardProblem(self.file, fld, text, params, severity))

    @property
    def ok(self) -> bool:
        return not any(p.severity == ERROR for p in self.problems)


def _bilingual(chk: _Checker, key: str, value: Any, spec: CardField | None) -> dict[str, str]:
    if isinstance(value, str):
        chk.add(
            key,
            QT_TRANSLATE_NOOP(
                "Cards", 'Needs German and English text: write {key}.de = "…" and {key}.en = "…".'
            ),
            key=key,
        )
        return {"de": value, "en": ""}
    if not isinstance(value, dict):
        chk.add(key, QT_TRANSLATE_NOOP("Cards", "Must be a table with the texts de and en."))
        return {"de": "", "en": ""}
    out: dict[str, str] = {}
    for lang in LANGUAGES:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            chk.add(
                f"{key}.{lang}",
                QT_TRANSLATE_NOOP("Cards", "The {language} text is missing."),
                language=_LANGUAGE_NAMES[lang],
            )
            text = text if isinstance(text, str) else ""
        out[lang] = text.strip()
        if spec is not None and spec.max_length and len(out[lang]) > spec.max_length:
            chk.add(
                f"{key}.{lang}",
                QT_TRANSLATE_NOOP(
                    "Cards", "Too long: {n} characters, at most {limit} allowed. Shorten it."
                ),
                n=len(out[lang]),
                limit=spec.max_length,
            )
    for extra in sorted(set(value) - set(LANGUAGES)):
        chk.add(
            f"{key}.{extra}",
            QT_TRANSLATE_NOOP("Cards", "Unknown language “{language}” is ignored; use de and en."),
            WARNING,
            language=extra,
        )
    return out


def _text(chk: _Checker, spec: CardField, value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and spec.key == "version":
        return str(value)
    if not isinstance(value, str):
        chk.add(spec.key, QT_TRANSLATE_NOOP("Cards", "Must be text in quotes."))
        return ""
    return value.strip()


def _date(chk: _Checker, value: Any) -> str:
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    chk.add(
        "updated",
        QT_TRANSLATE_NOOP("Cards", "Not a date: write it as YYYY-MM-DD, for example 2024-05-31."),
    )
    return str(value)


def _glossary(chk: _Checker, value: Any) -> list[dict[str, dict[str, str]]]:
    if not isinstance(value, list):
        chk.add(
            "glossary",
            QT_TRANSLATE_NOOP("Cards", "Must be a list of entries, each written as [[glossary]]."),
        )
        return []
    out = []
    for i, entry in enumerate(value, start=1):
        where = f"glossary[{i}]"
        if not isinstance(entry, dict):
            chk.add(where, QT_TRANSLATE_NOOP("Cards", "Must have a term and a definition."))
            continue
        item = {}
        for part in ("term", "definition"):
            if part not in entry:
                chk.add(f"{where}.{part}", QT_TRANSLATE_NOOP("Cards", "Missing."))
                item[part] = {"de": "", "en": ""}
            else:
                item[part] = _bilingual(chk, f"{where}.{part}", entry[part], None)
        out.append(item)
    return out


def _templates(chk: _Checker, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        chk.add(
            "suggested_activities",
            QT_TRANSLATE_NOOP("Cards", "Must be a list of activity template ids in quotes."),
        )
        return []
    out = []
    for tid in value:
        if tid in TEMPLATE_IDS:
            out.append(tid)
        else:
            chk.add(
                "suggested_activities",
                QT_TRANSLATE_NOOP(
                    "Cards", "Unknown activity template “{template}” is ignored. Known: {known}."
                ),
                WARNING,
                template=tid,
                known=", ".join(TEMPLATE_IDS),
            )
    return list(dict.fromkeys(out))


def _illustration(chk: _Checker, value: Any, folder: Path | None) -> str:
    if not isinstance(value, str):
        chk.add("illustration", QT_TRANSLATE_NOOP("Cards", "Must be a file name in quotes."))
        return ""
    value = value.strip()
    if not value:
        return ""
    rel = Path(value)
    if rel.is_absolute() or ".." in rel.parts:
        chk.add(
            "illustration",
            QT_TRANSLATE_NOOP(
                "Cards",
                "Must be a file next to the card, not “{path}”; the illustration is ignored.",
            ),
            WARNING,
            path=value,
        )
        return ""
    if folder is not None and not (folder / rel).is_file():
        chk.add(
            "illustration",
            QT_TRANSLATE_NOOP(
                "Cards", "The file “{path}” is missing; the card is shown without illustration."
            ),
            WARNING,
            path=value,
        )
    return rel.as_posix()


def check_card(
    data: Any,
    file: str = "",
    folder: Path | None = None,
) -> tuple[dict[str, Any] | None, list[CardProblem]]:
    """Normalise and check a parsed card; return (card or None if it has errors, problems).

    ``folder`` is where the card file lies (to find its illustration).
    """
    chk = _Checker(file)
    if not isinstance(data, dict):
        chk.add("", QT_TRANSLATE_NOOP("Cards", "Not a scenario card."))
        return None, chk.problems
    card: dict[str, Any] = {}
    for spec in FIELDS:
        if spec.key not in data:
            if spec.required:
                chk.add(spec.key, QT_TRANSLATE_NOOP("Cards", "Required field is missing."))
            card[spec.key] = (
                []
                if spec.type in (GLOSSARY, TEMPLATES)
                else ({"de": "", "en": ""} if spec.bilingual else "")
            )
            continue
        value = data[spec.key]
        if spec.bilingual:
            card[spec.key] = _bilingual(chk, spec.key, value, spec)
        elif spec.type == TEXT:
            card[spec.key] = _text(chk, spec, value)
            if spec.required and not card[spec.key] and chk.ok:
                chk.add(spec.key, QT_TRANSLATE_NOOP("Cards", "Must not be empty."))
        elif spec.type == DATE:
            card[spec.key] = _date(chk, value)
        elif spec.type == CHOICE:
            card[spec.key] = value
            if value in ("", None):
                chk.add(spec.key, QT_TRANSLATE_NOOP("Cards", "Nothing chosen yet: choose one."))
            elif value not in spec.choices:
                chk.add(
                    spec.key,
                    QT_TRANSLATE_NOOP("Cards", "“{value}” is not allowed; use one of: {choices}."),
                    value=value,
                    choices=", ".join(spec.choices),
                )
        elif spec.type == GLOSSARY:
            card[spec.key] = _glossary(chk, value)
        elif spec.type == TEMPLATES:
            card[spec.key] = _templates(chk, value)
        elif spec.type == PATH:
            card[spec.key] = _illustration(chk, value, folder)
    if card["id"] and not _ID_RE.match(card["id"]):
        chk.add(
            "id",
            QT_TRANSLATE_NOOP(
                "Cards",
                "Use only small letters a–z, digits, - and _ (at most 80), e.g. “mail-routing”.",
            ),
        )
    if card["ai_act_category"] == "high_risk" and not card["ai_act_annex_area"]:
        chk.add(
            "ai_act_annex_area",
            QT_TRANSLATE_NOOP(
                "Cards", "A high-risk system needs its Annex III area, e.g. “III 5(a)”."
            ),
        )
    for key in sorted(set(data) - set(FIELD_BY_KEY)):
        close = difflib.get_close_matches(key, FIELD_BY_KEY, n=1)
        if close:
            chk.add(
                key,
                QT_TRANSLATE_NOOP(
                    "Cards", "Unknown field is ignored. Did you mean “{suggestion}”?"
                ),
                WARNING,
                suggestion=close[0],
            )
        else:
            chk.add(key, QT_TRANSLATE_NOOP("Cards", "Unknown field is ignored."), WARNING)
    return (card if chk.ok else None), chk.problems


def validate_card(
    card: dict[str, Any], file: str = "", folder: Path | None = None
) -> list[CardProblem]:
    """Problems of a card dict (for the editor before saving)."""
    return check_card(card, file, folder)[1]


def errors_only(problems: Iterable[CardProblem]) -> list[CardProblem]:
    return [p for p in problems if p.severity == ERROR]

