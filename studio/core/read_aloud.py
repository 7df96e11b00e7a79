"""What the shared screen reads aloud: the scenario card or the current question.

Plain sentences in the workshop's language, built from the card snapshot and
the activity, so that people who cannot read the projector well (poor sight,
reading difficulties, the back of a large room) hear what is shown.
"""

from __future__ import annotations

from typing import Any

from studio.base.i18n import QT_TRANSLATE_NOOP, words_in
from studio.core.kinds import ActivityKind
from studio.core.kinds.registry import kind_of

# Lead-ins in English source text; spoken in the workshop's language through the catalogs.
_LEAD_INS = {
    "influence": QT_TRANSLATE_NOOP("ReadAloud", "What you can still influence:"),
    "decided": QT_TRANSLATE_NOOP("ReadAloud", "Already decided:"),
}


def _text(value: Any, language: str) -> str:
    if isinstance(value, dict):
        other = "en" if language == "de" else "de"
        return str(value.get(language) or value.get(other) or "").strip()
    return str(value or "").strip()


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?:" else text + "."


def card_speech(card: dict[str, Any], language: str) -> str:
    """Title, summary, what participants can still influence and what is decided."""
    words = words_in(language if language in ("de", "en") else "de")
    parts = [_sentence(_text(card.get("title"), language)),
             _sentence(_text(card.get("summary"), language))]
    for key in ("influence", "decided"):
        value = _text(card.get(key), language)
        if value:
            parts.append(f"{words.translate('ReadAloud', _LEAD_INS[key])} {_sentence(value)}")
    return " ".join(p for p in parts if p)


def activity_speech(kind: ActivityKind | str, prompt: str, options: list[str],
                    settings: dict[str, Any], language: str) -> str:
    """The question and how to answer it (options, scale ends, matrix axes: the kind says)."""
    parts = [_sentence(prompt), kind_of(kind).speech(options, settings, language)]
    return " ".join(p for p in parts if p)
