"""Activity templates: the questions a facilitator puts to each scenario.

A template is data, not code: an id stored in plan files and in scenario cards
(``suggested_activities``), a bilingual label and default prompt, the activity
kind, default options, settings and a timebox. The planner copies a template's
defaults in the plan's language into a new activity, which the facilitator then
edits; the template itself is never changed.

``options_from = "scenarios"`` means: fill the options with the titles of the
scenarios on the agenda (for "Which pilot first?").
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from studio.base.i18n import QT_TRANSLATE_NOOP
from studio.core.kinds import ActivityKind

Bilingual = dict[str, str]


@dataclass(frozen=True)
class ActivityTemplate:
    id: str
    label: Bilingual
    kind: ActivityKind
    prompt: Bilingual
    options: dict[str, list[str]] = field(default_factory=dict)
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)
    timebox_minutes: int = 5
    options_from: str = ""  # "scenarios": fill options with the agenda's scenario titles

    def text(self, language: str) -> str:
        return self.label.get(language) or self.label["de"]

    def defaults(self, language: str, scenario_titles: list[str] | None = None) -> dict[str, Any]:
        """A new activity spec in ``language``: kind, prompt, options, settings, timebox."""
        lang = language if language in ("de", "en") else "de"
        options = list(self.options.get(lang, []))
        if self.options_from == "scenarios" and scenario_titles:
            options = list(dict.fromkeys(t for t in scenario_titles if t.strip()))
        return {
            "template": self.id,
            "kind": self.kind,
            "prompt": self.prompt.get(lang, ""),
            "options": options,
            "settings": copy.deepcopy(self.settings.get(lang, {})),
            "timebox_minutes": self.timebox_minutes,
        }


def _both(de: Any, en: Any) -> dict[str, Any]:
    return {"de": de, "en": en}


# Labels in the UI language come from Qt translation; the bilingual label is
# what a plan in the other language shows. Marked for lupdate here.
UI_LABELS: dict[str, str] = {
    "usefulness": QT_TRANSLATE_NOOP("Templates", "How useful is this? (scale 1–5)"),
    "acceptance": QT_TRANSLATE_NOOP(
        "Templates", "Would you accept this? (agree / disagree / pass)"
    ),
    "hopes_concerns": QT_TRANSLATE_NOOP("Templates", "Hopes and concerns (notes)"),
    "conditions": QT_TRANSLATE_NOOP("Templates", "Under which conditions? (notes)"),
    "pilot_first": QT_TRANSLATE_NOOP("Templates", "Which pilot first? (points)"),
    "benefit_risk": QT_TRANSLATE_NOOP("Templates", "Benefit vs risk (2×2)"),
    "ranking": QT_TRANSLATE_NOOP("Templates", "Ranking"),
    "single_choice": QT_TRANSLATE_NOOP("Templates", "Single choice"),
    "multiple_choice": QT_TRANSLATE_NOOP("Templates", "Multiple choice"),
    "free": QT_TRANSLATE_NOOP("Templates", "Free activity"),
}

TEMPLATES: tuple[ActivityTemplate, ...] = (
    ActivityTemplate(
        id="usefulness",
        label=_both("Wie nützlich ist das? (Skala 1–5)", "How useful is this? (scale 1–5)"),
        kind=ActivityKind.SCALE,
        prompt=_both(
            "Wie nützlich finden Sie diesen KI-Einsatz für die Stadt?",
            "How useful do you find this use of AI for the city?",
        ),
        settings=_both(
            {
                "min": 1,
                "max": 5,
                "min_label": "gar nicht nützlich",
                "max_label": "sehr nützlich",
                "allow_dont_know": True,
            },
            {
                "min": 1,
                "max": 5,
                "min_label": "not useful at all",
                "max_label": "very useful",
                "allow_dont_know": True,
            },
        ),
        timebox_minutes=5,
    ),
    ActivityTemplate(
        id="acceptance",
        label=_both(
            "Würden Sie das akzeptieren? (Zustimmung / Ablehnung / Enthaltung)",
            "Would you accept this? (agree / disagree / pass)",
        ),
        kind=ActivityKind.STATEMENTS,
        prompt=_both(
            "Würden Sie diesen KI-Einsatz akzeptieren?",
            "Would you accept this use of AI?",
        ),
        options=_both(
            ["Ich würde diesen KI-Einsatz so akzeptieren, wie er beschrieben ist."],
            ["I would accept this use of AI as described."],
        ),
        timebox_minutes=5,
    ),
    ActivityTemplate(
        id="hopes_concerns",
        label=_both("Hoffnungen und Bedenken (Notizen)", "Hopes and concerns (notes)"),
        kind=ActivityKind.NOTES,
        prompt=_both(
            "Was erhoffen Sie sich davon – und was bereitet Ihnen Sorgen?",
            "What do you hope for – and what worries you?",
        ),
        settings=_both({"categories": ["hope", "concern"]}, {"categories": ["hope", "concern"]}),
        timebox_minutes=15,
    ),
    ActivityTemplate(
        id="conditions",
        label=_both("Unter welchen Bedingungen? (Notizen)", "Under which conditions? (notes)"),
        kind=ActivityKind.NOTES,
        prompt=_both(
            "Unter welchen Bedingungen wäre dieser KI-Einsatz für Sie in Ordnung?",
            "Under which conditions would this use of AI be acceptable to you?",
        ),
        settings=_both({"categories": ["condition"]}, {"categories": ["condition"]}),
        timebox_minutes=10,
    ),
    ActivityTemplate(
        id="pilot_first",
        label=_both("Welches Pilotprojekt zuerst? (Punkte)", "Which pilot first? (points)"),
        kind=ActivityKind.POINTS,
        prompt=_both(
            "Welches Pilotprojekt soll die Stadt zuerst umsetzen? Verteilen Sie Ihre Punkte.",
            "Which pilot should the city carry out first? Share out your points.",
        ),
        settings=_both({"budget": 5}, {"budget": 5}),
        timebox_minutes=10,
        options_from="scenarios",
    ),
    ActivityTemplate(
        id="benefit_risk",
        label=_both("Nutzen und Risiko (2×2)", "Benefit vs risk (2×2)"),
        kind=ActivityKind.MATRIX,
        prompt=_both(
            "Wie schätzen Sie Nutzen und Risiko ein? Setzen Sie Ihren Punkt.",
            "How do you rate benefit and risk? Place your dot.",
        ),
        settings=_both(
            {"x_label": "Risiko (niedrig → hoch)", "y_label": "Nutzen (niedrig → hoch)"},
            {"x_label": "Risk (low → high)", "y_label": "Benefit (low → high)"},
        ),
        timebox_minutes=5,
    ),
    ActivityTemplate(
        id="ranking",
        label=_both("Rangfolge", "Ranking"),
        kind=ActivityKind.RANKING,
        prompt=_both(
            "Was ist Ihnen am wichtigsten? Bringen Sie die Punkte in eine Reihenfolge.",
            "What matters most to you? Put the items in order.",
        ),
        options=_both(
            ["Datenschutz", "Fairness", "Nachvollziehbarkeit", "Kosten", "Zeitersparnis"],
            ["Data protection", "Fairness", "Explainability", "Cost", "Time saved"],
        ),
        timebox_minutes=10,
    ),
    ActivityTemplate(
        id="single_choice",
        label=_both("Einfachauswahl", "Single choice"),
        kind=ActivityKind.SINGLE_CHOICE,
        prompt=_both("Welche Antwort trifft am ehesten zu?", "Which answer fits best?"),
        timebox_minutes=5,
    ),
    ActivityTemplate(
        id="multiple_choice",
        label=_both("Mehrfachauswahl", "Multiple choice"),
        kind=ActivityKind.MULTIPLE_CHOICE,
        prompt=_both(
            "Was trifft zu? (mehrere Antworten möglich)", "What applies? (several answers possible)"
        ),
        timebox_minutes=5,
    ),
    ActivityTemplate(
        id="free",
        label=_both("Freie Aktivität", "Free activity"),
        kind=ActivityKind.NOTES,
        prompt=_both("", ""),
        timebox_minutes=10,
    ),
)

_BY_ID = {t.id: t for t in TEMPLATES}
TEMPLATE_IDS: tuple[str, ...] = tuple(_BY_ID)


def template(template_id: str) -> ActivityTemplate:
    """The template with ``template_id``; KeyError if there is none."""
    return _BY_ID[template_id]


def find_template(template_id: str) -> ActivityTemplate | None:
    return _BY_ID.get(template_id)
