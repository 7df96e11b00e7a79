"""Scenario cards: load, check and collect them from folders.

A card is one TOML file (``<id>.toml``); loaded, it is a plain dict with the
keys of :mod:`studio.core.card_schema` and bilingual fields as
``{"de": ..., "en": ...}``. A broken card never stops the app: loading returns
the valid cards and a list of :class:`CardProblem` (file, field, problem), and
the library shows both. Warnings (an unknown key, a missing illustration) keep
the card; errors leave it out.
"""

from __future__ import annotations

import copy
import datetime as _dt
import difflib
import re

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]
from collections.abc import Iterable, Sequence
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
from studio.core.i18n import QT_TRANSLATE_NOOP, translate
from studio.core.templates import TEMPLATE_IDS

ERROR = "error"
WARNING = "warning"
MAX_CARD_BYTES = 1_000_000
_ID_RE = re.compile(ID_PATTERN)


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
        return _fmt(translate("Cards", self.template), self.params)

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
                language={"de": "German", "en": "English"}[lang],
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
            if value not in spec.choices:
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


def read_card_file(path: Path) -> tuple[dict[str, Any] | None, list[CardProblem]]:
    """Load one card file. Never raises for bad content: problems come back instead."""
    path = Path(path)
    chk = _Checker(path.name)
    try:
        if path.stat().st_size > MAX_CARD_BYTES:
            chk.add(
                "",
                QT_TRANSLATE_NOOP(
                    "Cards", "The file is too large for a scenario card (over 1 MB)."
                ),
            )
            return None, chk.problems
        raw = path.read_bytes()
    except OSError as exc:
        chk.add(
            "",
            QT_TRANSLATE_NOOP("Cards", "Cannot read the file: {reason}"),
            reason=exc.strerror or str(exc),
        )
        return None, chk.problems
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        chk.add("", QT_TRANSLATE_NOOP("Cards", "Not UTF-8 text. Save the file as UTF-8."))
        return None, chk.problems
    except tomllib.TOMLDecodeError as exc:
        chk.add("", QT_TRANSLATE_NOOP("Cards", "Not valid TOML: {reason}"), reason=str(exc))
        return None, chk.problems
    return check_card(data, path.name, path.parent)


@dataclass
class CardCatalog:
    """The cards found in some folders: valid cards, their files, and the problems."""

    cards: list[dict[str, Any]] = field(default_factory=list)
    problems: list[CardProblem] = field(default_factory=list)
    sources: dict[str, Path] = field(default_factory=dict)  # card id -> file

    def get(self, card_id: str) -> dict[str, Any] | None:
        for card in self.cards:
            if card["id"] == card_id:
                return card
        return None

    def ids(self) -> list[str]:
        return [c["id"] for c in self.cards]

    def illustration_file(self, card_id: str) -> Path | None:
        card, source = self.get(card_id), self.sources.get(card_id)
        if not card or not source or not card.get("illustration"):
            return None
        path = source.parent / card["illustration"]
        return path if path.is_file() else None

    def snapshot(self, card_id: str) -> dict[str, Any] | None:
        """A deep copy of the card to keep in a workshop, with its SVG illustration embedded.

        ``illustration_svg`` (extra key) makes the workshop file show the
        illustration as presented even when the card's folder is gone.
        """
        card = self.get(card_id)
        if card is None:
            return None
        snap = copy.deepcopy(card)
        svg = self.illustration_file(card_id)
        if svg is not None and svg.suffix.lower() == ".svg" and svg.stat().st_size < 500_000:
            try:
                snap["illustration_svg"] = svg.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                pass
        return snap


def card_files(folder: Path) -> list[Path]:
    """The card files in ``folder`` (``*.toml``, not hidden), sorted by name."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.toml") if not p.name.startswith("."))


def load_catalog(folders: Sequence[Path]) -> CardCatalog:
    """Load every card in ``folders``; a later folder's card replaces an earlier one's of equal id.

    So the user's folder (last) can hold an edited copy of a bundled card.
    """
    catalog = CardCatalog()
    by_id: dict[str, dict[str, Any]] = {}
    for folder in folders:
        seen_here: dict[str, Path] = {}
        for path in card_files(Path(folder)):
            card, problems = read_card_file(path)
            catalog.problems.extend(problems)
            if card is None:
                continue
            if card["id"] in seen_here:
                catalog.problems.append(
                    CardProblem(
                        path.name,
                        "id",
                        QT_TRANSLATE_NOOP(
                            "Cards",
                            "The id “{id}” is already used by {other}; this card is left out.",
                        ),
                        {"id": card["id"], "other": seen_here[card["id"]].name},
                    )
                )
                continue
            seen_here[card["id"]] = path
            by_id[card["id"]] = card
            catalog.sources[card["id"]] = path
    catalog.cards = sorted(by_id.values(), key=lambda c: c["title"]["de"].casefold())
    return catalog


def default_card_folders() -> list[Path]:
    """Bundled cards first, then the user's own (which win on equal ids)."""
    from studio import paths

    return [paths.resource("scenarios"), paths.user_cards_dir()]


def errors_only(problems: Iterable[CardProblem]) -> list[CardProblem]:
    return [p for p in problems if p.severity == ERROR]


def load_library(folders: Sequence[Path] | None = None) -> CardCatalog:
    """The shipped card library (or the cards of ``folders``), for the demo and the CLI."""
    from studio import paths

    return load_catalog(list(folders) if folders else [paths.resource("scenarios")])
