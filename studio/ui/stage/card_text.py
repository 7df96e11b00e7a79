"""Words of the scenario card on the shared screen (the AI Act category, the AI's
role, personal data), translated in the "StageCard" context.

``words`` is what translates: the shared screen's (``studio.ui.i18n.words_of``)
in the workshop's language, or by default the app's.
"""

from __future__ import annotations

from studio.ui.i18n import APP_WORDS


def category_label(key: str, words=APP_WORDS) -> str:
    return {
        "prohibited": words.translate("StageCard", "Prohibited practice"),
        "high_risk": words.translate("StageCard", "High risk"),
        "transparency": words.translate("StageCard", "Transparency obligations"),
        "minimal": words.translate("StageCard", "Minimal risk"),
    }.get(key, key)


def decision_role_label(key: str, words=APP_WORDS) -> str:
    return {
        "informs": words.translate("StageCard", "The AI informs; people decide."),
        "recommends": words.translate("StageCard", "The AI recommends; people decide."),
        "decides": words.translate("StageCard", "The AI decides; people can review."),
    }.get(key, key)


def personal_data_label(key: str, words=APP_WORDS) -> str:
    return {
        "none": words.translate("StageCard", "No personal data"),
        "pseudonymised": words.translate("StageCard", "Pseudonymised personal data"),
        "identified": words.translate("StageCard", "Identifiable personal data"),
    }.get(key, key)
