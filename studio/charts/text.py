"""The few words a chart prints, in the workshop's language.

Charts are drawn for the shared screen, spreadsheets and the PDF report, all
in the workshop's language (``Workshop.language``), which may differ from the
language of the app's menus. So the chart vocabulary is bilingual data, like
the default stakeholder groups in ``studio.core.kinds``; callers may override
any entry through the ``labels`` argument of :func:`studio.charts.build_figure`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_DOLLAR = re.compile(r"(?<!\\)\$")


def plain(text: str) -> str:
    """Text shown literally: an unescaped ``$`` would start matplotlib mathtext."""
    return _DOLLAR.sub(r"\\$", str(text))


VOCABULARY: dict[str, dict[str, str]] = {
    "n": {"de": "n = {n}", "en": "n = {n}"},
    "n_detail": {
        "de": "n = {n} ({screen} am Bildschirm, {tally} per Handzeichen/Papier)",
        "en": "n = {n} ({screen} on screen, {tally} counted by hand/paper)",
    },
    "n_dont_know": {"de": "{k} × „weiß nicht“", "en": "{k} × “don't know”"},
    "no_answers": {"de": "Noch keine Antworten", "en": "No answers yet"},
    "agree": {"de": "Zustimmung", "en": "Agree"},
    "disagree": {"de": "Ablehnung", "en": "Disagree"},
    "pass": {"de": "Enthaltung", "en": "Pass"},
    "dont_know": {"de": "Weiß nicht", "en": "Don't know"},
    "all": {"de": "Alle", "en": "All"},
    "other": {"de": "Andere (kleine Gruppen)", "en": "Other (small groups)"},
    "not_stated": {"de": "Keine Angabe", "en": "Not stated"},
    "points": {"de": "{p} Pkt.", "en": "{p} pts"},
    # Plain words for the public screen: a ranking's Borda count is its "score".
    "borda": {"de": "im Schnitt Platz {r} · Punktzahl {p}", "en": "mean rank {r} · score {p}"},
    "several": {
        "de": "Mehrfachauswahl: Anteile summieren sich auf über 100 %",
        "en": "Several answers possible: shares add up to more than 100 %",
    },
    "mean": {"de": "Mittelwert {m} · Median {md}", "en": "Mean {m} · median {md}"},
    "no_split": {
        "de": "Zu wenige Antworten je Gruppe für eine Aufteilung (mindestens {k} je Gruppe)",
        "en": "Too few answers per group to split (at least {k} per group)",
    },
    "share_of_group": {"de": "Anteil innerhalb der Gruppe", "en": "Share within group"},
    "agree_share": {"de": "Anteil Zustimmung je Gruppe", "en": "Share agreeing, by group"},
    "notes": {"de": "{n} Notizen", "en": "{n} notes"},
}


class Words:
    """Looks up chart words: ``labels`` override, then the vocabulary, then the key."""

    def __init__(self, language: str, labels: Mapping[str, str] | None) -> None:
        self.language = language if language in ("de", "en") else "de"
        self.labels = dict(labels or {})

    def __call__(self, key: str, **params: object) -> str:
        if key in self.labels:
            text = self.labels[key]
        else:
            entry = VOCABULARY.get(key)
            text = (entry.get(self.language) or entry["en"]) if entry else key
        return text.format(**params) if params else text

    def label(self, key: str, default: str) -> str:
        """The display label of an option, value or group ``key``."""
        if key in self.labels:
            text = self.labels[key]
        elif key in VOCABULARY:
            text = self(key)
        else:
            text = default
        return plain(text)

    def number(self, value: float, digits: int = 1) -> str:
        text = f"{value:.{digits}f}"
        return text.replace(".", ",") if self.language == "de" else text

    def percent(self, share: float) -> str:
        return f"{round(share * 100):d} %"
