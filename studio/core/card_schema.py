"""The fields of a scenario card, as data.

One list drives validation, the TOML layout, the card editor form and the
documentation, so they cannot drift apart. The fields follow public algorithm
registers (UK ATRS, the Dutch, Amsterdam and Helsinki registers) and the EU AI
Act, so that a card can later be published in such a register.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.base.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Cards"

# Field types
TEXT = "text"  # plain string, one language
DATE = "date"  # ISO date string YYYY-MM-DD
BILINGUAL = "bilingual"  # {de = "...", en = "..."}, one line
BILINGUAL_LONG = "bilingual_long"  # {de, en}, a paragraph
CHOICE = "choice"  # one of ``choices``
GLOSSARY = "glossary"  # [{term = {de, en}, definition = {de, en}}]
PATH = "path"  # relative path to an illustration
TEMPLATES = "templates"  # list of activity template ids

LANGUAGES = ("de", "en")
TITLE_MAX = 99  # "under 100 characters"
SUMMARY_MAX = 350
ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,79}$"

STATUS = ("idea", "pilot", "in_use", "retired")
AI_TYPES = ("rules", "machine_learning", "computer_vision", "generative", "chatbot")
PERSONAL_DATA = ("none", "pseudonymised", "identified")
DECISION_ROLES = ("informs", "recommends", "decides")
AI_ACT_CATEGORIES = ("prohibited", "high_risk", "transparency", "minimal")


@dataclass(frozen=True)
class CardField:
    key: str
    type: str
    section: str
    label: str  # English source text, translated with translate("Cards", label)
    required: bool = True
    choices: tuple[str, ...] = ()
    max_length: int = 0

    @property
    def bilingual(self) -> bool:
        return self.type in (BILINGUAL, BILINGUAL_LONG)

    def text(self) -> str:
        return translate(CONTEXT, self.label)


SECTIONS: tuple[tuple[str, str], ...] = (
    ("overview", QT_TRANSLATE_NOOP("Cards", "Overview")),
    ("responsibility", QT_TRANSLATE_NOOP("Cards", "Who is responsible")),
    ("purpose", QT_TRANSLATE_NOOP("Cards", "Problem and purpose")),
    ("system", QT_TRANSLATE_NOOP("Cards", "The AI system and its data")),
    ("decisions", QT_TRANSLATE_NOOP("Cards", "Decisions and human oversight")),
    ("law", QT_TRANSLATE_NOOP("Cards", "EU AI Act, risks and assessments")),
    ("participation", QT_TRANSLATE_NOOP("Cards", "Participation")),
)

_F = CardField
FIELDS: tuple[CardField, ...] = (
    _F("id", TEXT, "overview", QT_TRANSLATE_NOOP("Cards", "Identifier")),
    _F("version", TEXT, "overview", QT_TRANSLATE_NOOP("Cards", "Version")),
    _F("updated", DATE, "overview", QT_TRANSLATE_NOOP("Cards", "Date updated")),
    _F("title", BILINGUAL, "overview", QT_TRANSLATE_NOOP("Cards", "Title"), max_length=TITLE_MAX),
    _F(
        "summary",
        BILINGUAL_LONG,
        "overview",
        QT_TRANSLATE_NOOP("Cards", "Short description"),
        max_length=SUMMARY_MAX,
    ),
    _F("status", CHOICE, "overview", QT_TRANSLATE_NOOP("Cards", "Status"), choices=STATUS),
    _F("policy_area", BILINGUAL, "overview", QT_TRANSLATE_NOOP("Cards", "Policy area")),
    _F("organisation", BILINGUAL, "responsibility", QT_TRANSLATE_NOOP("Cards", "Organisation")),
    _F("office", BILINGUAL, "responsibility", QT_TRANSLATE_NOOP("Cards", "Responsible office")),
    _F("contact", TEXT, "responsibility", QT_TRANSLATE_NOOP("Cards", "Contact")),
    _F("problem", BILINGUAL_LONG, "purpose", QT_TRANSLATE_NOOP("Cards", "Problem")),
    _F("goal", BILINGUAL_LONG, "purpose", QT_TRANSLATE_NOOP("Cards", "Goal")),
    _F("benefit", BILINGUAL_LONG, "purpose", QT_TRANSLATE_NOOP("Cards", "Expected benefit")),
    _F("affected_groups", BILINGUAL_LONG, "purpose", QT_TRANSLATE_NOOP("Cards", "Affected groups")),
    _F(
        "alternatives",
        BILINGUAL_LONG,
        "purpose",
        QT_TRANSLATE_NOOP("Cards", "Alternatives considered (including non-AI)"),
    ),
    _F("ai_function", BILINGUAL_LONG, "system", QT_TRANSLATE_NOOP("Cards", "What the AI does")),
    _F("ai_type", CHOICE, "system", QT_TRANSLATE_NOOP("Cards", "Type of AI"), choices=AI_TYPES),
    _F("supplier", BILINGUAL, "system", QT_TRANSLATE_NOOP("Cards", "Supplier")),
    _F(
        "input_data", BILINGUAL_LONG, "system", QT_TRANSLATE_NOOP("Cards", "Input data and sources")
    ),
    _F(
        "personal_data",
        CHOICE,
        "system",
        QT_TRANSLATE_NOOP("Cards", "Personal data"),
        choices=PERSONAL_DATA,
    ),
    _F("output", BILINGUAL_LONG, "system", QT_TRANSLATE_NOOP("Cards", "Output")),
    _F(
        "accuracy",
        BILINGUAL_LONG,
        "system",
        QT_TRANSLATE_NOOP("Cards", "Accuracy and known error rates"),
    ),
    _F(
        "decision_role",
        CHOICE,
        "decisions",
        QT_TRANSLATE_NOOP("Cards", "Role in decisions"),
        choices=DECISION_ROLES,
    ),
    _F(
        "human_oversight",
        BILINGUAL_LONG,
        "decisions",
        QT_TRANSLATE_NOOP("Cards", "Human oversight"),
    ),
    _F(
        "objection",
        BILINGUAL_LONG,
        "decisions",
        QT_TRANSLATE_NOOP("Cards", "How people can ask or object"),
    ),
    _F(
        "ai_act_category",
        CHOICE,
        "law",
        QT_TRANSLATE_NOOP("Cards", "EU AI Act category"),
        choices=AI_ACT_CATEGORIES,
    ),
    _F(
        "ai_act_annex_area",
        TEXT,
        "law",
        QT_TRANSLATE_NOOP("Cards", "Annex III area (for high-risk)"),
        required=False,
    ),
    _F("ai_act_reason", BILINGUAL, "law", QT_TRANSLATE_NOOP("Cards", "Reason for the category")),
    _F("risks", BILINGUAL_LONG, "law", QT_TRANSLATE_NOOP("Cards", "Risks")),
    _F("mitigations", BILINGUAL_LONG, "law", QT_TRANSLATE_NOOP("Cards", "Mitigations")),
    _F(
        "non_discrimination",
        BILINGUAL_LONG,
        "law",
        QT_TRANSLATE_NOOP("Cards", "Non-discrimination"),
    ),
    _F(
        "assessments",
        BILINGUAL_LONG,
        "law",
        QT_TRANSLATE_NOOP("Cards", "Assessments done (DPIA, fundamental rights)"),
    ),
    _F("decided", BILINGUAL_LONG, "participation", QT_TRANSLATE_NOOP("Cards", "Already decided")),
    _F(
        "influence",
        BILINGUAL_LONG,
        "participation",
        QT_TRANSLATE_NOOP("Cards", "What participants can still influence"),
    ),
    _F(
        "use_of_input",
        BILINGUAL_LONG,
        "participation",
        QT_TRANSLATE_NOOP("Cards", "How the input will be used"),
    ),
    _F(
        "illustration",
        PATH,
        "participation",
        QT_TRANSLATE_NOOP("Cards", "Illustration"),
        required=False,
    ),
    _F(
        "suggested_activities",
        TEMPLATES,
        "participation",
        QT_TRANSLATE_NOOP("Cards", "Suggested activities"),
        required=False,
    ),
    _F(
        "glossary",
        GLOSSARY,
        "participation",
        QT_TRANSLATE_NOOP("Cards", "Glossary"),
        required=False,
    ),
)
FIELD_BY_KEY: dict[str, CardField] = {f.key: f for f in FIELDS}
KEYS: tuple[str, ...] = tuple(FIELD_BY_KEY)

_VALUE_LABELS: dict[str, str] = {
    "idea": QT_TRANSLATE_NOOP("Cards", "Idea"),
    "pilot": QT_TRANSLATE_NOOP("Cards", "Pilot"),
    "in_use": QT_TRANSLATE_NOOP("Cards", "In use"),
    "retired": QT_TRANSLATE_NOOP("Cards", "Retired"),
    "rules": QT_TRANSLATE_NOOP("Cards", "Rules"),
    "machine_learning": QT_TRANSLATE_NOOP("Cards", "Machine learning"),
    "computer_vision": QT_TRANSLATE_NOOP("Cards", "Computer vision"),
    "generative": QT_TRANSLATE_NOOP("Cards", "Generative AI"),
    "chatbot": QT_TRANSLATE_NOOP("Cards", "Chatbot"),
    "none": QT_TRANSLATE_NOOP("Cards", "No personal data"),
    "pseudonymised": QT_TRANSLATE_NOOP("Cards", "Pseudonymised personal data"),
    "identified": QT_TRANSLATE_NOOP("Cards", "Identifiable personal data"),
    "informs": QT_TRANSLATE_NOOP("Cards", "Informs – people decide"),
    "recommends": QT_TRANSLATE_NOOP("Cards", "Recommends – a person decides"),
    "decides": QT_TRANSLATE_NOOP("Cards", "Decides automatically"),
    "prohibited": QT_TRANSLATE_NOOP("Cards", "Prohibited practice"),
    "high_risk": QT_TRANSLATE_NOOP("Cards", "High risk"),
    "transparency": QT_TRANSLATE_NOOP("Cards", "Transparency obligation"),
    "minimal": QT_TRANSLATE_NOOP("Cards", "Minimal risk"),
}

# A short text symbol per AI Act category so that colour never carries the meaning alone.
AI_ACT_SYMBOLS = {"prohibited": "⛔", "high_risk": "⚠", "transparency": "ℹ", "minimal": "✓"}


def value_label(value: str) -> str:
    """The translated label of an enumerated value (status, AI type, ...)."""
    text = _VALUE_LABELS.get(value)
    return translate(CONTEXT, text) if text else value


def section_label(section: str) -> str:
    for key, label in SECTIONS:
        if key == section:
            return translate(CONTEXT, label)
    return section


def empty_card() -> dict:
    """A new card with every key present and empty values (for the editor)."""
    card: dict = {}
    for f in FIELDS:
        if f.bilingual:
            card[f.key] = {"de": "", "en": ""}
        elif f.type == CHOICE:
            # Nothing chosen yet: a new card claims no status, AI Act category or role.
            card[f.key] = ""
        elif f.type in (GLOSSARY, TEMPLATES):
            card[f.key] = []
        else:
            card[f.key] = ""
    card["version"] = "1"
    return card
