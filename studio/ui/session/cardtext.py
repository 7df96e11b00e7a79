"""Words of the scenario card on the shared screen (the AI Act category, the AI's
role, personal data), translated in the "StageCard" context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def category_label(key: str) -> str:
    return {
        "prohibited": QCoreApplication.translate("StageCard", "Prohibited practice"),
        "high_risk": QCoreApplication.translate("StageCard", "High risk"),
        "transparency": QCoreApplication.translate("StageCard", "Transparency obligations"),
        "minimal": QCoreApplication.translate("StageCard", "Minimal risk"),
    }.get(key, key)


def decision_role_label(key: str) -> str:
    return {
        "informs": QCoreApplication.translate("StageCard", "The AI informs; people decide."),
        "recommends": QCoreApplication.translate("StageCard", "The AI recommends; people decide."),
        "decides": QCoreApplication.translate("StageCard", "The AI decides; people can review."),
    }.get(key, key)


def personal_data_label(key: str) -> str:
    return {
        "none": QCoreApplication.translate("StageCard", "No personal data"),
        "pseudonymised": QCoreApplication.translate("StageCard", "Pseudonymised personal data"),
        "identified": QCoreApplication.translate("StageCard", "Identifiable personal data"),
    }.get(key, key)
