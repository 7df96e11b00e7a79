"""What the shared screen reads aloud: the scenario card or the current question.

Plain sentences in the workshop's language, built from the card snapshot and
the activity, so that people who cannot read the projector well (poor sight,
reading difficulties, the back of a large room) hear what is shown.
"""

from __future__ import annotations

from typing import Any

from studio.base.i18n import QT_TRANSLATE_NOOP, words_in
from studio.core.kinds import ActivityKind

# Lead-ins in English source text; spoken in the workshop's language through the catalogs.
_LEAD_INS = {
    "influence": QT_TRANSLATE_NOOP("ReadAloud", "What you can still influence:"),
    "decided": QT_TRANSLATE_NOOP("ReadAloud", "Already decided:"),
    "options": QT_TRANSLATE_NOOP("ReadAloud", "The answers:"),
    "scale": QT_TRANSLATE_NOOP("ReadAloud",
                               "Answer on a scale from {lo}, {lo_label}, to {hi}, {hi_label}."),
    "matrix": QT_TRANSLATE_NOOP("ReadAloud", "Place a dot: across {x}, up {y}."),
    "notes": QT_TRANSLATE_NOOP("ReadAloud", "Write your thoughts on a note."),
}


def _lead_ins(language: str) -> dict[str, str]:
    words = words_in(language if language in ("de", "en") else "de")
    return {key: words.translate("ReadAloud", text) for key, text in _LEAD_INS.items()}


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
    words = _lead_ins(language)
    parts = [_sentence(_text(card.get("title"), language)),
             _sentence(_text(card.get("summary"), language))]
    for key in ("influence", "decided"):
        value = _text(card.get(key), language)
        if value:
            parts.append(f"{words[key]} {_sentence(value)}")
    return " ".join(p for p in parts if p)


def activity_speech(kind: ActivityKind | str, prompt: str, options: list[str],
                    settings: dict[str, Any], language: str) -> str:
    """The question and how to answer it (options, scale ends, matrix axes)."""
    words = _lead_ins(language)
    kind = ActivityKind(kind)
    parts = [_sentence(prompt)]
    if kind.has_options and options:
        parts.append(f"{words['options']} " + "; ".join(o.strip() for o in options) + ".")
    elif kind is ActivityKind.SCALE:
        parts.append(words["scale"].format(
            lo=settings.get("min", 1), hi=settings.get("max", 5),
            lo_label=settings.get("min_label", ""), hi_label=settings.get("max_label", "")))
    elif kind is ActivityKind.MATRIX:
        parts.append(words["matrix"].format(x=settings.get("x_label", ""),
                                            y=settings.get("y_label", "")))
    elif kind is ActivityKind.NOTES:
        parts.append(words["notes"])
    return " ".join(p for p in parts if p)
