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

from studio.base.i18n import QT_TRANSLATE_NOOP, words_in

_DOLLAR = re.compile(r"(?<!\\)\$")


def plain(text: str) -> str:
    """Text shown literally: an unescaped ``$`` would start matplotlib mathtext."""
    return _DOLLAR.sub(r"\\$", str(text))


# Chart words: English source text, translated into the workshop's language through the
# app's catalogs (context "Charts").
VOCABULARY: dict[str, str] = {
    "n": QT_TRANSLATE_NOOP("Charts", "n = {n}"),
    "n_detail": QT_TRANSLATE_NOOP("Charts", "n = {n} ({screen} on screen, {tally} counted by "
                                            "hand/paper)"),
    "n_dont_know": QT_TRANSLATE_NOOP("Charts", "{k} × “don't know”"),
    "no_answers": QT_TRANSLATE_NOOP("Charts", "No answers yet"),
    "agree": QT_TRANSLATE_NOOP("Charts", "Agree"),
    "disagree": QT_TRANSLATE_NOOP("Charts", "Disagree"),
    "pass": QT_TRANSLATE_NOOP("Charts", "Pass"),
    "dont_know": QT_TRANSLATE_NOOP("Charts", "Don't know"),
    "all": QT_TRANSLATE_NOOP("Charts", "All"),
    "small_groups": QT_TRANSLATE_NOOP("Charts", "small groups"),
    "not_stated": QT_TRANSLATE_NOOP("Charts", "Not stated"),
    "points": QT_TRANSLATE_NOOP("Charts", "{p} pts"),
    "borda": QT_TRANSLATE_NOOP("Charts", "{p} points · average place {r}"),
    "several": QT_TRANSLATE_NOOP("Charts", "Several answers possible: shares add up to more "
                                           "than 100 %"),
    "mean": QT_TRANSLATE_NOOP("Charts", "Mean {m} · median {md}"),
    "no_split": QT_TRANSLATE_NOOP("Charts", "Too few answers per group to split (at least {k} "
                                            "per group)"),
    "share_of_group": QT_TRANSLATE_NOOP("Charts", "Share within group"),
    "agree_share": QT_TRANSLATE_NOOP("Charts", "Share agreeing, by group"),
    "notes": QT_TRANSLATE_NOOP("Charts", "{n} notes"),
}


class Words:
    """Looks up chart words: ``labels`` override, then the vocabulary, then the key."""

    def __init__(self, language: str, labels: Mapping[str, str] | None) -> None:
        self.language = language if language in ("de", "en") else "de"
        self.labels = dict(labels or {})
        self._words = words_in(self.language)

    def __call__(self, key: str, **params: object) -> str:
        if key in self.labels:
            text = self.labels[key]
        else:
            source = VOCABULARY.get(key)
            text = self._words.translate("Charts", source) if source else key
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
