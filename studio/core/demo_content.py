"""Texts for the demo workshop: activity prompts and participants' notes (German).

Kept apart from the generator so the generator reads as logic only.
"""

from __future__ import annotations

NOTE_TEXTS: dict[str, list[str]] = {
    "hope": [
        "Schnellere Bearbeitung, weniger Wartezeit im Bürgeramt",
        "Mitarbeitende haben mehr Zeit für schwierige Fälle",
        "Bessere Datengrundlage für die Wärmeplanung im Quartier",
        "Auch nachts und am Wochenende Antworten bekommen",
        "Weniger Papier, weniger Wege",
        "Mehr Transparenz, wenn die Ergebnisse offen veröffentlicht werden",
        "Gleiche Qualität für alle Stadtteile, nicht nur für die Innenstadt",
        "Hilft Menschen, die wenig Deutsch sprechen",
        "Fehler früher erkennen, bevor Schäden teuer werden",
        "Die Stadt lernt, wie KI verantwortungsvoll eingesetzt wird",
    ],
    "concern": [
        "Wer haftet, wenn die KI falsch liegt?",
        "Ältere Menschen ohne Internet dürfen nicht abgehängt werden",
        "Datenschutz: werden Gesichter und Kennzeichen wirklich unkenntlich gemacht?",
        "Abhängigkeit von einem einzigen Anbieter",
        "Das System könnte bestimmte Stadtteile benachteiligen",
        "Am Ende entscheidet doch der Computer und keiner schaut mehr hin",
        "Trainingsdaten sind vielleicht nicht repräsentativ",
        "Kosten für Betrieb und Wartung sind unklar",
        "Stellenabbau durch die Hintertür",
        "Ich möchte wissen, wann ich mit einer Maschine spreche",
    ],
    "idea": [
        "Ergebnisse als offene Daten veröffentlichen",
        "Einen Beirat mit Bürgerinnen und Bürgern einrichten",
        "Erst in einem Stadtteil testen, dann ausweiten",
        "Fehlerquote regelmäßig öffentlich berichten",
        "Auskunft auch telefonisch und vor Ort anbieten",
        "Mit anderen Städten gemeinsam entwickeln und teilen",
        "Beschäftigte von Anfang an beteiligen",
        "Einfache Sprache in allen Antworten",
        "Ein Widerspruch muss immer ohne KI geprüft werden",
        "Quellcode offenlegen, soweit möglich",
    ],
    "question": [
        "Wie lange werden die Daten gespeichert?",
        "Wer kontrolliert die Qualität der Ergebnisse?",
        "Was kostet das Projekt insgesamt?",
        "Kann ich der Verarbeitung meiner Daten widersprechen?",
        "Wie wird verhindert, dass das System diskriminiert?",
        "Wer hat Zugriff auf die Auswertungen?",
        "Was passiert nach der Pilotphase?",
        "Wird das System mit echten Fällen trainiert?",
        "Wie oft irrt sich das System?",
        "Wer entscheidet am Ende über den Einsatz?",
    ],
    "condition": [
        "Nur mit menschlicher Prüfung jeder Entscheidung",
        "Nur wenn es eine analoge Alternative gibt",
        "Daten bleiben auf Servern in Deutschland",
        "Regelmäßige unabhängige Prüfung auf Verzerrungen",
        "Klare Kennzeichnung, dass KI beteiligt ist",
        "Ergebnisse werden verständlich erklärt",
        "Beschäftigte werden geschult und einbezogen",
        "Abschaltbar, wenn es nicht funktioniert",
        "Datenschutz-Folgenabschätzung wird veröffentlicht",
        "Betroffene können einfach widersprechen",
    ],
}

# Short variations so a large demo has many distinct, realistic notes.
NOTE_SUFFIXES = [
    "",
    " – besonders für Familien",
    " – gerade in den Außenbezirken",
    " (aus Sicht der Verwaltung)",
    " – das ist mir wichtig",
    " – bitte im Handbuch festhalten",
    " – auch für Menschen mit Behinderung",
    " – und zwar von Anfang an",
]

HIDE_REASONS = [
    "Enthält personenbezogene Daten",
    "Beleidigender Inhalt",
]

CLUSTER_NAMES = {
    "hope": "Entlastung und Service",
    "concern": "Kontrolle und Haftung",
    "idea": "Transparenz herstellen",
    "question": "Offene Fragen zu Daten",
    "condition": "Menschliche Aufsicht",
}

STATEMENTS = [
    "Die KI darf Vorschläge machen, aber nicht entscheiden.",
    "Ich würde die Ergebnisse dieses Systems nutzen.",
    "Die Stadt sollte offenlegen, wie das System funktioniert.",
]

SINGLE_OPTIONS = ["Sofort einführen", "Erst weiter testen", "Nicht einführen"]
MULTI_OPTIONS = [
    "Datenschutz",
    "Fairness / keine Benachteiligung",
    "Transparenz",
    "Arbeitsplätze",
    "Umwelt",
    "Kosten",
]
