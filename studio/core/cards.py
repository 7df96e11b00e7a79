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

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# The field checks live in their own module; their public names stay importable from here.
from studio.core.card_checks import (
    ERROR,
    WARNING,
    CardProblem,
    _Checker,
    check_card,
    errors_only,
    validate_card,
)
from studio.base.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "ERROR",
    "MAX_CARD_BYTES",
    "WARNING",
    "CardCatalog",
    "CardProblem",
    "card_files",
    "check_card",
    "default_card_folders",
    "errors_only",
    "load_catalog",
    "load_library",
    "read_card_file",
    "validate_card",
]

MAX_CARD_BYTES = 1_000_000


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
        if svg is not None:
            from studio.core.card_files import read_illustration

            # Never through a link, never from outside the card's folder, only real SVG.
            text = read_illustration(svg, folder=self.sources[card_id].parent)
            if text is not None:
                snap["illustration_svg"] = text
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


def load_library(folders: Sequence[Path] | None = None) -> CardCatalog:
    """The shipped card library (or the cards of ``folders``), for the demo and the CLI."""
    from studio import paths

    return load_catalog(list(folders) if folders else [paths.resource("scenarios")])
