"""Write, import and export scenario card files.

Cards are written in one fixed, human-readable layout: the schema's order,
a comment per section, dotted keys (``title.de = "…"``) so German and English
stand next to each other and a change shows up as a one-line diff. Every write
is atomic; a source file is never changed.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from studio.core.card_schema import FIELDS, GLOSSARY, LANGUAGES, SECTIONS, TEMPLATES
from studio.core.cards import (
    CardProblem,
    card_files,
    errors_only,
    read_card_file,
    validate_card,
)
from studio.base.errors import ValidationError
from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.store.atomic import atomic_path

HEADER = (
    "# Co-Design Studio scenario card (KI-Szenario-Karte).\n"
    "# Format: docs/scenario-cards.md. German text first, English translation below it."
)
_SECTION_TITLES = {
    "overview": "Überblick / Overview",
    "responsibility": "Verantwortung / Responsibility",
    "purpose": "Problem und Zweck / Problem and purpose",
    "system": "Das KI-System und seine Daten / The AI system and its data",
    "decisions": "Entscheidungen und menschliche Aufsicht / Decisions and human oversight",
    "law": "EU-KI-Verordnung, Risiken, Prüfungen / EU AI Act, risks, assessments",
    "participation": "Beteiligung / Participation",
}
ON_CONFLICT = ("skip", "replace", "rename")


def _value(value: Any) -> str:
    """A TOML value as tomli_w writes it (correct escaping, multi-line strings kept)."""
    return tomli_w.dumps({"x": value}, multiline_strings=True)[len("x = ") :].rstrip("\n")


def card_to_toml(card: Mapping[str, Any]) -> str:
    """The card as TOML text in the canonical layout (parses back to an equal dict)."""
    lines = [HEADER]
    glossary = card.get("glossary") or []
    for section, _label in SECTIONS:
        lines.append(f"\n# --- {_SECTION_TITLES[section]} ---")
        for spec in FIELDS:
            if spec.section != section or spec.type == GLOSSARY:
                continue
            value = card.get(spec.key)
            if spec.bilingual:
                value = value or {}
                for lang in LANGUAGES:
                    lines.append(f"{spec.key}.{lang} = {_value(value.get(lang, ''))}")
            elif spec.type == TEMPLATES:
                items = ", ".join(_value(str(x)) for x in value or [])
                lines.append(f"{spec.key} = [{items}]")
            elif value in (None, "") and not spec.required:
                continue
            else:
                lines.append(f"{spec.key} = {_value(value)}")
    for entry in glossary:
        lines.append("\n[[glossary]]")
        for part in ("term", "definition"):
            for lang in LANGUAGES:
                lines.append(f"{part}.{lang} = {_value(entry[part].get(lang, ''))}")
    return "\n".join(lines) + "\n"


def write_card(card: Mapping[str, Any], path: Path) -> None:
    """Write ``card`` to ``path`` atomically (replacing it)."""
    text = card_to_toml(card)
    with atomic_path(Path(path), suffix=".toml") as tmp:
        tmp.write_text(text, encoding="utf-8")


def save_card(card: Mapping[str, Any], folder: Path) -> Path:
    """Check the card and write it as ``folder/<id>.toml``; ValidationError if it has errors."""
    folder = Path(folder)
    clean = {k: v for k, v in card.items() if k != "illustration_svg"}
    problems = errors_only(validate_card(clean, f"{clean.get('id', '')}.toml", folder))
    if problems:
        first = problems[0]
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The card cannot be saved: {field}: {problem}"),
            field=first.field,
            problem=first.message,
        )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{clean['id']}.toml"
    write_card(clean, path)
    return path


@dataclass
class ImportReport:
    """What an import did, card by card."""

    imported: list[str] = field(default_factory=list)  # ids written
    unchanged: list[str] = field(default_factory=list)  # identical card already there
    conflicts: list[str] = field(default_factory=list)  # same id, other content, skipped
    renamed: dict[str, str] = field(default_factory=dict)  # old id -> new id
    problems: list[CardProblem] = field(default_factory=list)


def _free_id(card_id: str, taken: Iterable[str]) -> str:
    taken = set(taken)
    n = 2
    while f"{card_id}-{n}" in taken:
        n += 1
    return f"{card_id}-{n}"[:80]


def import_cards(
    source: Path, folder: Path, existing: Mapping[str, Mapping[str, Any]], on_conflict: str = "skip"
) -> ImportReport:
    """Copy the valid cards of ``source`` (a .toml file or a folder) into ``folder``.

    ``existing`` maps the ids of cards the user already has to those cards.
    A card with a known id and other content is skipped, replaces the known
    one, or is imported under a new id, as ``on_conflict`` says. Illustrations
    next to the cards are copied along. ``source`` is only read.
    """
    if on_conflict not in ON_CONFLICT:
        raise ValueError(on_conflict)
    source, folder = Path(source), Path(folder)
    report = ImportReport()
    if source.is_dir():
        files = card_files(source)
        if not files:
            report.problems.append(
                CardProblem(
                    source.name,
                    "",
                    QT_TRANSLATE_NOOP("Cards", "The folder holds no card files (*.toml)."),
                )
            )
    elif source.is_file():
        files = [source]
    else:
        report.problems.append(
            CardProblem(
                str(source), "", QT_TRANSLATE_NOOP("Cards", "The file or folder does not exist.")
            )
        )
        files = []
    known = {k: dict(v) for k, v in existing.items()}
    folder.mkdir(parents=True, exist_ok=True)
    for path in files:
        card, problems = read_card_file(path)
        report.problems.extend(problems)
        if card is None:
            continue
        card_id = card["id"]
        if card_id in known:
            if known[card_id] == card:
                report.unchanged.append(card_id)
                continue
            if on_conflict == "skip":
                report.conflicts.append(card_id)
                continue
            if on_conflict == "rename":
                new_id = _free_id(card_id, known)
                report.renamed[card_id] = new_id
                card = {**card, "id": new_id}
        _copy_illustration(card, path.parent, folder)
        save_card(card, folder)
        known[card["id"]] = card
        report.imported.append(card["id"])
    return report


def _copy_illustration(card: Mapping[str, Any], src_folder: Path, dest_folder: Path) -> None:
    name = card.get("illustration") or ""
    if not name:
        return
    src, dest = src_folder / name, dest_folder / name
    data = illustration_bytes(src, src_folder)
    if data is not None and src.resolve() != dest.resolve():
        dest.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(dest, suffix=src.suffix) as tmp:
            tmp.write_bytes(data)


MAX_ILLUSTRATION_BYTES = 500_000


def _is_svg(data: bytes) -> bool:
    """Whether ``data`` is well-formed XML whose root is <svg>, read without any DTD or entity."""
    from xml.parsers import expat

    class _No(Exception):
        pass

    root: list[str] = []

    def refuse(*_args: Any) -> None:
        raise _No

    def start(tag: str, _attrs: Any) -> None:
        if not root:
            root.append(tag.rpartition(":")[2])

    p = expat.ParserCreate()
    p.StartDoctypeDeclHandler = p.EntityDeclHandler = p.ExternalEntityRefHandler = refuse
    p.StartElementHandler = start
    try:
        p.Parse(data, True)
    except (_No, expat.ExpatError):
        return False
    return root == ["svg"]


def illustration_bytes(path: Path, folder: Path | None = None,
                       limit: int = MAX_ILLUSTRATION_BYTES) -> bytes | None:
    """The bytes of an SVG illustration if it is safe to take, else None.

    Safe: a regular file (never a symbolic link, at any step of its path) inside
    ``folder`` (when given), at most ``limit`` bytes, that parses as SVG.
    """
    path = Path(path)
    try:
        if path.suffix.lower() != ".svg":
            return None
        if folder is not None:
            base = Path(folder).resolve()
            rel = Path(os.path.relpath(os.path.abspath(path), os.path.abspath(folder)))
            if rel.is_absolute() or ".." in rel.parts or path.resolve() != base / rel:
                return None  # outside the folder, or reached through a link
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
                return None
            data = fh.read(limit + 1)
    except (OSError, ValueError):
        return None
    if len(data) > limit or not _is_svg(data):
        return None
    return data


def export_cards(
    cards: Iterable[Mapping[str, Any]],
    folder: Path,
    sources: Mapping[str, Path] | None = None,
    *,
    force: bool = False,
) -> list[Path]:
    """Write each card as ``folder/<id>.toml`` (with its illustration) to share with another city.

    Refuses to overwrite an existing file unless ``force``.
    """
    from studio.store.atomic import check_output

    folder = Path(folder)
    cards = list(cards)
    targets = [folder / f"{c['id']}.toml" for c in cards]
    for target in targets:
        check_output(target, force=force)
    written = []
    for card, target in zip(cards, targets):
        clean = {k: v for k, v in card.items() if k != "illustration_svg"}
        source = (sources or {}).get(clean["id"])
        if source is not None:
            _copy_illustration(clean, source.parent, folder)
        write_card(clean, target)
        written.append(target)
    return written


def read_illustration(path: Path, limit: int = MAX_ILLUSTRATION_BYTES,
                      folder: Path | None = None) -> str | None:
    """The text of an SVG illustration, or None if it is missing, a link, too large or not SVG."""
    data = illustration_bytes(Path(path), folder, limit)
    if data is None:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def copy_illustration(source: Path, folder: Path) -> str:
    """Copy an illustration file into a card folder; return its name there.

    Only a regular SVG file within the size limit is copied, never a link.
    """
    folder = Path(folder)
    source = Path(source)
    data = illustration_bytes(source)
    if data is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{name} cannot be used as an illustration: it must be an SVG file of at "
            "most 500 KB, not a link."), name=source.name)
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / source.name
    if source.resolve() != dest.resolve():
        with atomic_path(dest, suffix=dest.suffix) as tmp:
            tmp.write_bytes(data)
    return dest.name
