"""A hint when a note looks like it holds personal data.

Participants sometimes write their e-mail address, phone number or home
address on a note ("Rufen Sie mich an: 0341 1234567"). The board flags such a
note so the facilitator can hide or redact it before it reaches the shared
screen or an export.

The detector is deliberately conservative and explainable: three narrow
patterns (e-mail address, phone number, German street address with a house
number), each finding naming what it saw and why. It is a hint for a person,
never an automatic decision: years, amounts, dates and postcodes are not
flagged, and names alone cannot be recognised reliably, so they are not tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studio.base.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "PersonalData"

EMAIL = "email"
PHONE = "phone"
ADDRESS = "address"

_REASONS = {
    EMAIL: QT_TRANSLATE_NOOP("PersonalData", "looks like an e-mail address"),
    PHONE: QT_TRANSLATE_NOOP("PersonalData", "looks like a phone number"),
    ADDRESS: QT_TRANSLATE_NOOP("PersonalData", "looks like a street address"),
}

_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])", re.UNICODE
)

# A phone number starts with "+", "00" or a trunk "0" (optionally in brackets)
# and continues with digits separated by single spaces, slashes, hyphens or
# brackets. Dots are not separators, so dates (12.03.2024) and amounts
# (1.000.000) never match; a plain run of digits must start with 0 and be long.
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+|\(\+?|\b00|\(0|\b0)[\d()\s/-]{5,24}\d(?!\w)"
)

_STREET_SUFFIX = (
    r"(?:stra(?:ß|ss)e|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|steig|pfad"
    r"|promenade|markt)"
)
# "Hauptstraße 12", "Karl-Liebknecht-Str. 5", "Am Markt 3b", "Straße des 17. Juni 135".
# House numbers have at most three digits, so "Arbeitsmarkt 2030" is no address;
# a number followed by a unit ("Parkplatz 5 Minuten") is not either.
_ADDRESS_RE = re.compile(
    r"(?<![\w-])(?:"
    r"[A-Za-zÄÖÜäöü][\wäöüß]+(?:-[\wäöüß]+)*-?" + _STREET_SUFFIX
    + r"|[A-ZÄÖÜ][\wäöüß]*(?:-[\wäöüß]+)*-(?i:" + _STREET_SUFFIX[3:]
    + r"|(?:Am|An\s+der|Auf\s+dem|Im|In\s+der|Zum|Zur)\s+[A-ZÄÖÜ][\wäöüß-]+"
    + r"|Stra(?:ß|ss)e\s+des\s+\d{1,2}\.\s+[A-ZÄÖÜ][a-zäöü]+"
    + r")\s?\d{1,3}(?:\s?[a-zA-Z](?!\w))?(?![\w.,]?\d)"
    + r"(?!\s*(?:%|€|Euro|Jahre|Prozent|Uhr|Minuten|Min|Stunden|km|m\b|Mio|Mrd))",
)


@dataclass(frozen=True)
class Finding:
    """One place in a text that looks like personal data."""

    kind: str  # EMAIL, PHONE or ADDRESS
    start: int
    end: int
    excerpt: str

    @property
    def reason(self) -> str:
        """Why it was flagged, in the user's language."""
        return translate(CONTEXT, _REASONS[self.kind])


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def find_personal_data(text: str) -> list[Finding]:
    """Places in ``text`` that look like an e-mail address, phone number or street address."""
    findings: list[Finding] = []
    for m in _EMAIL_RE.finditer(text):
        findings.append(Finding(EMAIL, m.start(), m.end(), m.group()))
    for m in _PHONE_RE.finditer(text):
        raw = m.group().rstrip()
        # Double spaces or a line break end a number; keep the first part.
        raw = re.split(r"\s{2,}|\n", raw)[0]
        if not 7 <= _digits(raw) <= 15:
            continue
        if raw.count("(") != raw.count(")"):
            raw = raw.strip("()")
        if any(f.start <= m.start() < f.end for f in findings):
            continue  # digits inside an e-mail address
        findings.append(Finding(PHONE, m.start(), m.start() + len(raw), raw))
    for m in _ADDRESS_RE.finditer(text):
        findings.append(Finding(ADDRESS, m.start(), m.end(), m.group()))
    findings.sort(key=lambda f: f.start)
    return findings


def redact(text: str, findings: list[Finding], mark: str = "[…]") -> str:
    """``text`` with every finding replaced by ``mark``."""
    out, last = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < last:
            continue
        out.append(text[last:f.start])
        out.append(mark)
        last = f.end
    out.append(text[last:])
    return "".join(out)


def summary(findings: list[Finding]) -> str:
    """One line for a tooltip or a hint: “0341 1234567” looks like a phone number; …"""
    return "; ".join(f"“{f.excerpt}” {f.reason}" for f in findings)


# Words of a hiding reason that say "personal data" (German and English, as facilitators
# write them or as the board's hide dialog offers them: "Personal data", "Personenbezogene
# Daten"). Compared with the reason in lower case.
_PERSONAL_REASON_WORDS = (
    "personal data", "personal information", "personal details", "personenbezog",
    "persönliche daten", "persönliche angaben", "datenschutz", "privacy", "privat", "dsgvo",
    "gdpr", "telefon", "phone", "e-mail", "email", "adresse", "address", "anschrift",
)


def is_personal_data_reason(reason: str | None) -> bool:
    """Whether a hiding reason says the note holds personal data."""
    reason = (reason or "").casefold()
    return any(word in reason for word in _PERSONAL_REASON_WORDS)


def hidden_for_personal_data(moderation: str, reason: str | None, text: str) -> bool:
    """Whether a note is hidden because it holds personal data, so its text must stay out of
    every export and report.

    The board stores why a note was hidden as the facilitator's words (the hide dialog
    offers "Personal data" and presets it when this module finds something). So a hidden
    note counts as hidden for personal data when its reason says so, or when its text
    still looks like it holds personal data, whatever the reason: in doubt, the text stays
    on the laptop. Notes hidden for other reasons (duplicates, insults, off topic) keep
    their text in exports, flagged as hidden.
    """
    if moderation == "visible":
        return False
    return is_personal_data_reason(reason) or bool(find_personal_data(text or ""))
