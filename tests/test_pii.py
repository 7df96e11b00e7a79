"""The personal-data hint: what it flags, what it leaves alone, and how it explains itself."""

from __future__ import annotations

import pytest

from studio.core.pii import ADDRESS, EMAIL, PHONE, find_personal_data, redact, summary


@pytest.mark.parametrize(
    ("text", "kind", "excerpt"),
    [
        ("Schreiben Sie mir: anna.mueller@example.de bitte", EMAIL, "anna.mueller@example.de"),
        ("Kontakt: info+workshop@stadt-leipzig.de.", EMAIL, "info+workshop@stadt-leipzig.de"),
        ("Tel. 0341 1234567", PHONE, "0341 1234567"),
        ("Ruf an: +49 (0)341 123 45 67", PHONE, "+49 (0)341 123 45 67"),
        ("Handy 0170-1234567 abends", PHONE, "0170-1234567"),
        ("Tel (0341) 12 34 56", PHONE, "(0341) 12 34 56"),
        ("0341/9876543", PHONE, "0341/9876543"),
        ("Ich wohne Hauptstraße 12 in Leipzig", ADDRESS, "Hauptstraße 12"),
        ("Karl-Liebknecht-Str. 5", ADDRESS, "Karl-Liebknecht-Str. 5"),
        ("Eisenbahnstrasse 7", ADDRESS, "Eisenbahnstrasse 7"),
        ("Treffpunkt Am Markt 3b", ADDRESS, "Am Markt 3b"),
        ("Straße des 17. Juni 135", ADDRESS, "Straße des 17. Juni 135"),
        ("Karl-Heine-Straße 22a ist mein Haus", ADDRESS, "Karl-Heine-Straße 22a"),
    ],
)
def test_flags_personal_data(text, kind, excerpt):
    findings = find_personal_data(text)
    assert [(f.kind, f.excerpt) for f in findings] == [(kind, excerpt)]
    f = findings[0]
    assert text[f.start:f.end] == excerpt
    assert f.reason  # explainable: every finding says why


@pytest.mark.parametrize(
    "text",
    [
        "2024 wurden 1.000.000 € ausgegeben",
        "Termin am 12.03.2024 um 18 Uhr",
        "PLZ 04109 Leipzig",
        "Parkplatz 5 Minuten entfernt",
        "Arbeitsmarkt 2030",
        "Mehr als 50 Prozent der Gebäude",
        "Seit 2019 über 300 Bäume gepflanzt",
        "Kosten 0,5 Mio",
        "Der Datenschutz muss gewährleistet sein",
        "Klimaziele 2040 werden realistischer 🌍",
        "Version 3.11 läuft",
        "هل ستكون النتائج متاحة باللغة العربية أيضًا؟",
        "<b>x</b>",
        "",
    ],
)
def test_leaves_ordinary_text_alone(text):
    assert find_personal_data(text) == []


def test_several_findings_are_ordered_and_redacted():
    text = "Rufen Sie mich an: 0341 1234567, ich wohne Karl-Heine-Straße 22a, mail a@b.de"
    findings = find_personal_data(text)
    assert [f.kind for f in findings] == [PHONE, ADDRESS, EMAIL]
    assert redact(text, findings) == "Rufen Sie mich an: […], ich wohne […], mail […]"
    assert "looks like a phone number" in summary(findings)
