"""The vocabulary of a workshop: activity kinds, states, sources, defaults.

Each activity kind has a module in this package; ``registry`` maps kinds to them.

Values are stable identifiers stored in workshop files and exports; labels are
English source text marked for translation.
"""

from __future__ import annotations

from enum import Enum

from studio.base.i18n import QT_TRANSLATE_NOOP, translate, words_in

CONTEXT = "Kinds"


class _Labeled(str, Enum):
    """A string enum whose members have a translatable label."""

    @property
    def label(self) -> str:
        return translate(CONTEXT, _LABELS[self])

    @property
    def label_text(self) -> str:
        """The English source of :attr:`label` (for ``words_in(lang).translate``)."""
        return _LABELS[self]


class ActivityKind(str, Enum):
    """The stored identifier of each activity kind. What a kind does lives in its module
    (``studio/core/kinds/<value>.py``); ask ``registry.kind_of(kind)``."""

    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    SCALE = "scale"
    POINTS = "points"  # point budget / dot voting over options
    RANKING = "ranking"
    MATRIX = "matrix"  # 2x2 matrix: place a dot, e.g. benefit x risk
    STATEMENTS = "statements"  # agree / disagree / pass on each statement
    NOTES = "notes"  # sticky notes

    @property
    def label(self) -> str:
        from studio.core.kinds.registry import kind_of

        return kind_of(self).label

    @property
    def has_options(self) -> bool:
        from studio.core.kinds.registry import kind_of

        return kind_of(self).has_options


class ActivityState(_Labeled):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"
    REVEALED = "revealed"


class Source(_Labeled):
    """Where a response or note came from."""

    SCREEN = "screen"  # the shared screen (touch, mouse, keyboard)
    PHONE = "phone"  # a participant's own phone, over the room's network
    TALLY = "tally"  # facilitator counted hands
    PAPER = "paper"  # transcribed from paper
    LAPTOP = "laptop"  # typed by the facilitator at the console
    IMPORT = "import"  # imported from a file


class Stance(_Labeled):
    AGREE = "agree"
    DISAGREE = "disagree"
    PASS = "pass"


class Moderation(_Labeled):
    VISIBLE = "visible"
    HIDDEN = "hidden"


class ScreenMode(_Labeled):
    """What the shared screen shows."""

    CARD = "card"
    ACTIVITY = "activity"
    RESULTS = "results"
    BOARD = "board"
    DOTS = "dots"  # participants place their dots on notes and clusters
    BLANK = "blank"


_LABELS: dict[Enum, str] = {
    ActivityState.DRAFT: QT_TRANSLATE_NOOP("Kinds", "Draft"),
    ActivityState.OPEN: QT_TRANSLATE_NOOP("Kinds", "Open"),
    ActivityState.CLOSED: QT_TRANSLATE_NOOP("Kinds", "Closed"),
    ActivityState.REVEALED: QT_TRANSLATE_NOOP("Kinds", "Revealed"),
    Source.SCREEN: QT_TRANSLATE_NOOP("Kinds", "Shared screen"),
    Source.PHONE: QT_TRANSLATE_NOOP("Kinds", "Phones"),
    Source.TALLY: QT_TRANSLATE_NOOP("Kinds", "Facilitator tally"),
    Source.PAPER: QT_TRANSLATE_NOOP("Kinds", "Paper"),
    Source.LAPTOP: QT_TRANSLATE_NOOP("Kinds", "Laptop"),
    Source.IMPORT: QT_TRANSLATE_NOOP("Kinds", "Import"),
    Stance.AGREE: QT_TRANSLATE_NOOP("Kinds", "Agree"),
    Stance.DISAGREE: QT_TRANSLATE_NOOP("Kinds", "Disagree"),
    Stance.PASS: QT_TRANSLATE_NOOP("Kinds", "Pass"),
    Moderation.VISIBLE: QT_TRANSLATE_NOOP("Kinds", "Visible"),
    Moderation.HIDDEN: QT_TRANSLATE_NOOP("Kinds", "Hidden"),
    ScreenMode.CARD: QT_TRANSLATE_NOOP("Kinds", "Scenario card"),
    ScreenMode.ACTIVITY: QT_TRANSLATE_NOOP("Kinds", "Activity"),
    ScreenMode.RESULTS: QT_TRANSLATE_NOOP("Kinds", "Results"),
    ScreenMode.BOARD: QT_TRANSLATE_NOOP("Kinds", "Notes board"),
    ScreenMode.DOTS: QT_TRANSLATE_NOOP("Kinds", "Dot voting"),
    ScreenMode.BLANK: QT_TRANSLATE_NOOP("Kinds", "Blank screen"),
}

# Stakeholder groups offered to participants unless a plan says otherwise.
# Stored as the key; shown with the label in the workshop's language.
DEFAULT_STAKEHOLDER_GROUPS: list[dict[str, str]] = [
    {"key": "residents", "de": "Bürgerinnen und Bürger", "en": "Residents"},
    {"key": "staff", "de": "Verwaltung", "en": "City staff"},
    {"key": "science", "de": "Wissenschaft", "en": "Science"},
    {"key": "business", "de": "Wirtschaft", "en": "Business"},
    {"key": "civil_society", "de": "Zivilgesellschaft", "en": "Civil society"},
]

# Note categories: a key, bilingual labels, a colour and a short text symbol so
# that colour is never the only carrier of meaning.
DEFAULT_NOTE_CATEGORIES: list[dict[str, str]] = [
    {"key": "hope", "de": "Hoffnung", "en": "Hope", "color": "#FFE08A", "symbol": "+"},
    {"key": "concern", "de": "Bedenken", "en": "Concern", "color": "#F6B3B3", "symbol": "!"},
    {"key": "idea", "de": "Idee", "en": "Idea", "color": "#B5E3B0", "symbol": "*"},
    {"key": "question", "de": "Frage", "en": "Question", "color": "#B3D4F6", "symbol": "?"},
    {"key": "condition", "de": "Bedingung", "en": "Condition", "color": "#D9C2F0", "symbol": "="},
]

DEFAULT_NOTE_TAGS: list[dict[str, str]] = [
    {"key": "privacy", "de": "Datenschutz", "en": "Privacy"},
    {"key": "fairness", "de": "Fairness / Bias", "en": "Fairness / bias"},
    {"key": "transparency", "de": "Transparenz", "en": "Transparency"},
    {"key": "jobs", "de": "Arbeitsplätze", "en": "Jobs"},
    {"key": "environment", "de": "Umwelt", "en": "Environment"},
    {"key": "cost", "de": "Kosten", "en": "Cost"},
]

# The smallest group broken out anywhere (results, exported rows, charts); smaller
# groups are shown together under the key ``small_groups``, labelled "small groups".
MIN_GROUP_SIZE = 5
SMALL_GROUPS = "small_groups"
SMALL_GROUPS_LABEL = QT_TRANSLATE_NOOP("Kinds", "small groups")
NOTE_MAX_LENGTH = 500


def group_label(key: str | None, groups: list[dict[str, str]], language: str) -> str:
    """The label of a stakeholder group ``key`` in ``language``: its entry in ``groups``,
    "small groups" for :data:`SMALL_GROUPS`, else the key itself."""
    if key == SMALL_GROUPS:
        return words_in(language).translate(CONTEXT, SMALL_GROUPS_LABEL)
    for entry in groups:
        if entry.get("key") == key:
            return localized(entry, language)
    return key or ""


def source_label(source: str | None, language: str) -> str:
    """The channel ``source`` ("screen", "phone", …) named in ``language``; an unknown
    value (a hand-edited file) as it is."""
    try:
        text = Source(source or Source.SCREEN.value).label_text
    except ValueError:
        return str(source)
    return words_in(language).translate(CONTEXT, text)


def localized(entry: dict[str, str], language: str) -> str:
    """The label of a bilingual entry in ``language``, falling back to German, then the key."""
    return entry.get(language) or entry.get("de") or entry.get("en") or entry.get("key", "")
