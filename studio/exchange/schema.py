"""Sheets and columns of the spreadsheet export: one source of truth.

The XLSX writer, the CSV writer, the importer, the About sheet and
``docs/export-schema.md`` all read these definitions, so they cannot drift
apart. Column names are stable English identifiers, the same whatever the UI
language; descriptions are given in German and English for the About sheet.

Changing a column's meaning or removing one is a new major
:data:`EXPORT_SCHEMA_VERSION` (the importer refuses newer majors); adding a
column is a new minor.
"""

from __future__ import annotations

from dataclasses import dataclass, field

EXPORT_SCHEMA_VERSION = "1.2"
FORMAT_NAME = "codesign-studio-export"

# Cell types. "id" and "key" are text holding an identifier; "json" is text
# holding JSON; "datetime" is a UTC timestamp (an Excel date, millisecond
# precision); "date" a calendar date.
ID, KEY, TEXT, JSON, INT, FLOAT, BOOL, DATETIME, DATE = (
    "id", "key", "text", "json", "int", "float", "bool", "datetime", "date")
TEXT_TYPES = frozenset({ID, KEY, TEXT, JSON})

_WIDTHS = {ID: 38, KEY: 16, TEXT: 40, JSON: 40, INT: 10, FLOAT: 11, BOOL: 10, DATETIME: 21,
           DATE: 12}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    de: str
    en: str
    required: bool = True  # must be present in an imported file
    derived: bool = False  # computed on export, ignored on import
    width: int = 0

    @property
    def excel_width(self) -> float:
        return float(self.width or max(_WIDTHS[self.type], len(self.name) + 3))


@dataclass(frozen=True)
class Sheet:
    name: str
    de: str
    en: str
    columns: tuple[Column, ...] = field(default_factory=tuple)
    key: str = ""  # the id column (unique per sheet) if any

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)


C = Column
_WS = C("workshop_id", ID, "Kennung des Workshops (siehe About bzw. Workshops).",
        "Id of the workshop (see About or Workshops).")


def _id(name: str, de: str, en: str, required: bool = True) -> Column:
    return C(name, ID, de, en, required=required)


# -- workshop metadata: About rows (one workshop) or Workshops columns (merge) --
WORKSHOP_FIELDS: tuple[Column, ...] = (
    _WS,
    C("title", TEXT, "Titel des Workshops.", "Title of the workshop."),
    C("date", DATE, "Datum des Workshops.", "Date of the workshop.", required=False),
    C("place", TEXT, "Ort.", "Place.", required=False),
    C("organiser", TEXT, "Veranstalter.", "Organiser.", required=False),
    C("facilitator", TEXT, "Moderation.", "Facilitator.", required=False),
    C("language", KEY, "Sprache der Teilnehmenden-Ansicht (de/en).",
      "Language shown to participants (de/en).", required=False),
    C("stakeholder_groups", JSON, "Angebotene Gruppen als JSON: key, de, en.",
      "Stakeholder groups offered, as JSON: key, de, en.", required=False),
    C("note_categories", JSON, "Notiz-Kategorien als JSON: key, de, en, color, symbol.",
      "Note categories as JSON: key, de, en, color, symbol.", required=False),
    C("note_tags", JSON, "Schlagworte für Notizen als JSON: key, de, en.",
      "Note tags as JSON: key, de, en.", required=False),
    C("settings", JSON, "Einstellungen als JSON (z. B. Punkte pro Person).",
      "Settings as JSON (e.g. dots per participant).", required=False),
    C("facilitator_notes", TEXT, "Notizen der Moderation (nicht öffentlich).",
      "Facilitator's notes (not shown to participants).", required=False),
    C("created_at", DATETIME, "Angelegt am (UTC).", "Created at (UTC).", required=False),
)

ABOUT = Sheet(
    "About",
    "Über diese Datei: Workshop, Version, Exportzeit, Zeilen je Blatt, Beschreibung jeder Spalte.",
    "About this file: workshop, versions, export time, rows per sheet, every column explained.",
    (
        C("section", KEY, "Abschnitt: file, workshop, sheet oder column.",
          "Section: file, workshop, sheet or column."),
        C("key", TEXT, "Name des Eintrags (bei column: Blatt.Spalte).",
          "Name of the entry (for column: Sheet.column)."),
        C("value", TEXT, "Wert (bei sheet: Anzahl Zeilen; bei column: Typ).",
          "Value (for sheet: number of rows; for column: type).", required=False),
        C("description_de", TEXT, "Beschreibung auf Deutsch.", "Description in German.",
          required=False, width=70),
        C("description_en", TEXT, "Beschreibung auf Englisch.", "Description in English.",
          required=False, width=70),
    ),
)

WORKSHOPS = Sheet(
    "Workshops",
    "Eine Zeile je zusammengeführtem Workshop (nur in zusammengeführten Dateien).",
    "One row per merged workshop (merged files only).",
    WORKSHOP_FIELDS + (
        C("source_file", TEXT, "Name der Eingabedatei.", "Name of the input file.",
          required=False, derived=True),
        C("scenarios", INT, "Anzahl Szenarien.", "Number of scenarios.", derived=True,
          required=False),
        C("ballots", INT, "Abgegebene Stimmzettel (ohne zurückgezogene).",
          "Ballots cast (not withdrawn).", derived=True, required=False),
        C("notes", INT, "Anzahl Notizen (auch ausgeblendete).", "Number of notes (hidden included).",
          derived=True, required=False),
    ),
    key="workshop_id",
)

SCENARIOS = Sheet(
    "Scenarios",
    "Die Szenario-Karten, wie sie im Workshop gezeigt wurden: jedes Kartenfeld eine Spalte.",
    "The scenario cards as presented in the workshop: one column per card field.",
    (
        _id("scenario_id", "Kennung des Szenarios in diesem Workshop.",
            "Id of the scenario in this workshop."),
        _WS,
        C("position", INT, "Reihenfolge in der Agenda (0 = erstes).",
          "Order on the agenda (0 = first)."),
        C("card_id", KEY, "Kennung der Karte (gleich über Workshops hinweg).",
          "Id of the card (the same across workshops)."),
        C("card_version", KEY, "Version der Karte.", "Version of the card."),
        C("card_layout", JSON,
          "Aufbau der Karte als JSON: Feld → [Art, Spalten]. Der Import setzt die Karte daraus "
          "und aus den Kartenspalten wieder zusammen.",
          "Layout of the card as JSON: field → [kind, columns]. Import rebuilds the card from it "
          "and the card columns.", width=30),
        # Card field columns follow, one per field (bilingual: FIELD_de, FIELD_en).
    ),
    key="scenario_id",
)
CARD_FIELD_DOC = (
    ("Kartenfeld: eine Spalte je Feld der Szenario-Karte; zweisprachige Felder als FELD_de und "
    "FELD_en; Listen als JSON."),
    ("Card field: one column per field of the scenario card; bilingual fields as FIELD_de and "
    "FIELD_en; lists as JSON."),
)

ACTIVITIES = Sheet(
    "Activities",
    "Die Aktivitäten (Abstimmungen, Notizrunden) je Szenario.",
    "The activities (votes, note rounds) of each scenario.",
    (
        _id("activity_id", "Kennung der Aktivität.", "Id of the activity."),
        _WS,
        _id("scenario_id", "Szenario, zu dem sie gehört.", "Scenario it belongs to."),
        C("position", INT, "Reihenfolge im Szenario (0 = erste).", "Order in the scenario (0 = first)."),
        C("kind", KEY,
          "Art: single_choice, multiple_choice, scale, points, ranking, matrix, statements, notes.",
          "Kind: single_choice, multiple_choice, scale, points, ranking, matrix, statements, notes."),
        C("prompt", TEXT, "Frage an die Teilnehmenden.", "Question asked.", width=60),
        C("state", KEY, "Stand: draft, open, closed, revealed.", "State: draft, open, closed, revealed."),
        C("timebox_minutes", INT, "Geplante Minuten.", "Minutes planned."),
        C("settings", JSON, "Einstellungen als JSON (Skala, Budget, Achsen, ...).",
          "Settings as JSON (scale, budget, axes, ...)."),
    ),
    key="activity_id",
)

OPTIONS = Sheet(
    "Options",
    "Antwortmöglichkeiten, Elemente zum Ordnen oder Punkteverteilen, Aussagen.",
    "Choices, items to rank or give points to, statements.",
    (
        _id("option_id", "Kennung der Option.", "Id of the option."),
        _WS,
        _id("activity_id", "Aktivität, zu der sie gehört.", "Activity it belongs to."),
        C("position", INT, "Reihenfolge (0 = erste).", "Order (0 = first)."),
        C("label", TEXT, "Text der Option.", "Text of the option.", width=50),
    ),
    key="option_id",
)

RESPONSES = Sheet(
    "Responses",
    "Jede einzelne Antwort (ein Stimmzettel kann mehrere Zeilen haben) und jeder ausgezählte "
    "Eintrag (source = tally/paper, count = Anzahl). Zurückgezogene Stimmen bleiben mit "
    "withdrawn_at drin und zählen nicht.",
    "Every single answer (one ballot may have several rows) and every tally entry (source = "
    "tally/paper, count = N). Withdrawn ballots stay in, with withdrawn_at, and do not count.",
    (
        _id("response_id", "Kennung der Antwortzeile.", "Id of the response row."),
        _WS,
        _id("scenario_id", "Szenario.", "Scenario."),
        _id("activity_id", "Aktivität.", "Activity."),
        C("activity_kind", KEY, "Art der Aktivität (zur Übersicht).", "Kind of activity (for reading).",
          derived=True, required=False),
        _id("ballot_id", "Stimmzettel (leer bei ausgezählten Einträgen). Alle Zeilen eines "
            "Stimmzettels teilen ihn.", "Ballot (empty for tally entries). All rows of one ballot "
            "share it.", required=False),
        C("stakeholder_group", KEY, "Gruppe, die die Person angegeben hat (leer: keine Angabe; "
          "small_groups = „kleine Gruppen“: eine Gruppe mit weniger als 5 Personen in dieser "
          "Aktivität, siehe About).", "Stakeholder group the person chose (empty: not stated; "
          "small_groups = \"small groups\": a group of fewer than 5 people in this activity, "
          "see About).", required=False),
        C("source", KEY, "Herkunft: screen, tally, paper, laptop, import.",
          "Source: screen, tally, paper, laptop, import."),
        C("submitted_at", DATETIME, "Abgegeben am (UTC).", "Submitted at (UTC)."),
        C("withdrawn_at", DATETIME, "Zurückgezogen am (UTC); leer = gültig.",
          "Withdrawn at (UTC); empty = counts.", required=False),
        C("withdrawn", BOOL, "Zurückgezogen (zählt nicht).", "Withdrawn (does not count).",
          derived=True, required=False),
        _id("option_id", "Gewählte Option / Aussage / Element.", "Option / statement / item chosen.",
            required=False),
        C("option_label", TEXT, "Text der Option (zur Übersicht).", "Text of the option (for reading).",
          derived=True, required=False, width=40),
        C("scale_value", INT, "Skala: gewählter Wert.", "Scale: value chosen.", required=False),
        C("dont_know", BOOL, "Skala: „weiß nicht“.", "Scale: \"don't know\".", required=False),
        C("points", FLOAT, "Punkteverteilung: Punkte für die Option.", "Point budget: points given.",
          required=False),
        C("rank", INT, "Rangfolge: Platz (1 = erster).", "Ranking: place (1 = first).", required=False),
        C("stance", KEY, "Aussagen: agree, disagree oder pass.", "Statements: agree, disagree or pass.",
          required=False),
        C("x", FLOAT, "Matrix: waagrecht, 0 bis 1.", "Matrix: horizontal, 0 to 1.", required=False),
        C("y", FLOAT, "Matrix: senkrecht, 0 bis 1.", "Matrix: vertical, 0 to 1.", required=False),
        C("count", INT, "Anzahl Personen: 1 bei einem Stimmzettel, N bei einer Auszählung.",
          "Number of people: 1 for a ballot, N for a tally entry."),
    ),
    key="response_id",
)

RESULTS = Sheet(
    "Results",
    "Ergebnisse je Aktivität und Option, berechnet wie in der Live-Ansicht; je Gruppe nur, wenn "
    "jede gezeigte Gruppe mindestens 5 Personen hat (kleinere zählen zusammen als small_groups, "
    "„kleine Gruppen“, ebenfalls mindestens 5). Wird beim Import neu berechnet.",
    "Results per activity and option, computed as in the live view; per stakeholder group only "
    "where every group shown has at least 5 people (smaller ones count together as small_groups, "
    "\"small groups\", also at least 5). Recomputed on import.",
    (
        C("scope", KEY, "workshop = ein Workshop; across_workshops = dieselbe Karte über alle "
          "zusammengeführten Workshops.", "workshop = one workshop; across_workshops = the same "
          "card over all merged workshops."),
        C("workshop_id", ID, "Workshop (leer bei across_workshops).",
          "Workshop (empty for across_workshops).", required=False),
        C("n_workshops", INT, "Anzahl Workshops in der Zeile.", "Workshops in this row."),
        _id("scenario_id", "Szenario (leer bei across_workshops).",
            "Scenario (empty for across_workshops).", required=False),
        C("card_id", KEY, "Kennung der Karte.", "Card id."),
        C("card_version", KEY, "Version der Karte.", "Card version."),
        _id("activity_id", "Aktivität (leer bei across_workshops).",
            "Activity (empty for across_workshops).", required=False),
        C("activity_kind", KEY, "Art der Aktivität.", "Kind of activity."),
        C("prompt", TEXT, "Frage.", "Question.", width=50),
        C("stakeholder_group", KEY, "Gruppe; leer = alle Teilnehmenden; small_groups = kleine "
          "Gruppen zusammen; not_stated = ohne Angabe.", "Group; empty = everybody; small_groups "
          "= small groups together; not_stated = not given.", required=False),
        C("option_key", KEY, "Option: Kennung, Skalenwert oder dont_know.",
          "Option: id, scale value or dont_know.", required=False, width=38),
        C("option_position", INT, "Reihenfolge der Option.", "Order of the option.", required=False),
        C("option_label", TEXT, "Text der Option.", "Text of the option.", required=False),
        C("n", INT, "Personen insgesamt (Stimmzettel plus gezählte Personen).",
          "People in total (ballots plus people counted)."),
        C("n_ballots", INT, "Davon Stimmzettel am Bildschirm.", "Of these, ballots on the screen."),
        C("n_tally", INT, "Davon ausgezählt (Handzeichen, Papier).",
          "Of these, counted (show of hands, paper)."),
        C("count", INT, "Personen, die diese Option gewählt haben (Rangfolge: auf Platz 1; "
          "Aussagen: alle Antworten).", "People choosing this option (ranking: ranked first; "
          "statements: all answers).", required=False),
        C("share", FLOAT, "Anteil 0–1 (Punkte/Rangfolge: Anteil an allen Punkten; Aussagen: "
          "Anteil Zustimmung).", "Share 0–1 (points/ranking: share of all points; statements: "
          "share agreeing).", required=False),
        C("points", FLOAT, "Punkteverteilung: Punkte.", "Point budget: points.", required=False),
        C("borda", FLOAT, "Rangfolge: Borda-Punkte (Platz 1 = m−1 Punkte).",
          "Ranking: Borda score (first place = m−1 points).", required=False),
        C("mean_rank", FLOAT, "Rangfolge: mittlerer Platz.", "Ranking: mean place.", required=False),
        C("agree", INT, "Aussagen: Zustimmung.", "Statements: agree.", required=False),
        C("disagree", INT, "Aussagen: Ablehnung.", "Statements: disagree.", required=False),
        C("pass", INT, "Aussagen: Enthaltung.", "Statements: pass.", required=False),
        C("mean", FLOAT, "Skala: Mittelwert (ohne „weiß nicht“).", "Scale: mean (without don't know).",
          required=False),
        C("median", FLOAT, "Skala: Median.", "Scale: median.", required=False),
        C("dont_know", INT, "Skala: Anzahl „weiß nicht“.", "Scale: number of don't know.",
          required=False),
        C("mean_x", FLOAT, "Matrix: mittlere Lage waagrecht.", "Matrix: mean horizontal position.",
          required=False),
        C("mean_y", FLOAT, "Matrix: mittlere Lage senkrecht.", "Matrix: mean vertical position.",
          required=False),
    ),
)

NOTES = Sheet(
    "Notes",
    "Jede Notiz, auch ausgeblendete (hidden = WAHR, mit Grund).",
    "Every note, hidden ones included (hidden = TRUE, with the reason).",
    (
        _id("note_id", "Kennung der Notiz.", "Id of the note."),
        _WS,
        _id("scenario_id", "Szenario.", "Scenario.", required=False),
        _id("activity_id", "Aktivität (Notizrunde).", "Activity (note round).", required=False),
        C("text", TEXT, "Text, genau wie geschrieben.", "Text exactly as written.", width=60),
        C("category", KEY, "Kategorie (siehe note_categories).", "Category (see note_categories)."),
        C("tags", TEXT, "Schlagworte, durch Komma getrennt.", "Tags, comma-separated.",
          required=False, width=20),
        _id("cluster_id", "Gruppe (Cluster) auf der Pinnwand.", "Cluster on the board.",
            required=False),
        C("source", KEY, "Herkunft: screen, laptop, paper, import.",
          "Source: screen, laptop, paper, import."),
        C("stakeholder_group", KEY, "Gruppe der Person (falls angegeben; small_groups = „kleine "
          "Gruppen“: eine Gruppe mit weniger als 5 Personen bei dieser Aktivität).",
          "Stakeholder group (if stated; small_groups = \"small groups\": a group of fewer than 5 "
          "people in this activity).", required=False),
        C("dots", INT, "Klebepunkte bei der Punktabfrage.", "Dots in dot voting.", required=False),
        C("hidden", BOOL, "Ausgeblendet (nicht auf dem Bildschirm).", "Hidden (not on the screen).",
          required=False),
        C("hidden_reason", TEXT, "Grund für das Ausblenden (duplicate = zusammengeführt).",
          "Why it is hidden (duplicate = merged).", required=False),
        _id("merged_into_id", "Notiz, in die diese als Dublette zusammengeführt wurde.",
            "Note this duplicate was merged into.", required=False),
        C("pos_x", FLOAT, "Lage auf der Pinnwand, waagrecht.", "Position on the board, horizontal.",
          required=False),
        C("pos_y", FLOAT, "Lage auf der Pinnwand, senkrecht.", "Position on the board, vertical.",
          required=False),
        C("created_at", DATETIME, "Geschrieben am (UTC).", "Written at (UTC)."),
        C("updated_at", DATETIME, "Zuletzt geändert (UTC).", "Last changed (UTC).", required=False),
    ),
    key="note_id",
)

CLUSTERS = Sheet(
    "Clusters",
    "Gruppen von Notizen auf der Pinnwand.",
    "Clusters of notes on the board.",
    (
        _id("cluster_id", "Kennung des Clusters.", "Id of the cluster."),
        _WS,
        _id("scenario_id", "Szenario.", "Scenario.", required=False),
        C("name", TEXT, "Name.", "Name."),
        C("color", KEY, "Farbe (#RRGGBB).", "Colour (#RRGGBB).", required=False),
        C("notes", INT, "Notizen darin (auch ausgeblendete).", "Notes in it (hidden included).",
          derived=True, required=False),
        C("dots", INT, "Klebepunkte auf dem Cluster selbst.", "Dots on the cluster itself.",
          required=False),
        C("pos_x", FLOAT, "Lage, waagrecht.", "Position, horizontal.", required=False),
        C("pos_y", FLOAT, "Lage, senkrecht.", "Position, vertical.", required=False),
        C("created_at", DATETIME, "Angelegt am (UTC).", "Created at (UTC)."),
    ),
    key="cluster_id",
)

EVENTLOG = Sheet(
    "EventLog",
    "Protokoll der Moderation: öffnen, schließen, zeigen, zurücksetzen, ausblenden, ...",
    "Log of facilitation: open, close, reveal, reset, hide, ...",
    (
        _id("event_id", "Kennung des Eintrags.", "Id of the entry."),
        _WS,
        C("seq", INT, "Laufende Nummer.", "Sequence number."),
        C("at", DATETIME, "Zeitpunkt (UTC).", "Time (UTC)."),
        C("kind", KEY, "Art des Ereignisses.", "Kind of event.", width=22),
        C("activity_id", ID, "Betroffene Aktivität.", "Activity concerned.", required=False),
        C("payload", JSON, "Einzelheiten als JSON.", "Details as JSON.", required=False),
    ),
    key="event_id",
)

# -- merged from an archive (export schema 1.2): the strategy team's recommendations --------
RECOMMENDATIONS = Sheet(
    "Recommendations",
    "Empfehlungen des Strategieteams mit Entscheidung und Verlauf (nur beim Zusammenführen aus "
    "einem Archiv). „studio archive add“ liest sie wieder ein.",
    "The strategy team's recommendations with their decision and history (only when merging "
    "from an archive). 'studio archive add' reads them back.",
    (
        _id("recommendation_id", "Kennung der Empfehlung.", "Id of the recommendation."),
        C("title", TEXT, "Titel.", "Title.", width=40),
        C("text", TEXT, "Text der Empfehlung.", "Text of the recommendation.",
          required=False, width=60),
        C("audience", KEY, "Für: paper (Strategiepapier), handbook (Handreichung) oder both.",
          "For: paper (strategy paper), handbook (staff handbook) or both."),
        C("pilots", TEXT, "Betroffene Pilotvorhaben: Karten-Kennungen (card_id), durch Komma "
          "getrennt.", "Pilots concerned: card ids (card_id), comma-separated.",
          required=False, width=24),
        C("decision", KEY, "Entscheidung: proposed, adopted, changed oder not_adopted.",
          "Decision: proposed, adopted, changed or not_adopted."),
        C("decision_into", KEY, "Übernommen in: paper, handbook oder both (bei adopted/changed).",
          "Adopted into: paper, handbook or both (for adopted/changed).", required=False),
        C("decision_reason", TEXT, "Begründung (bei not_adopted Pflicht).",
          "Reason (required for not_adopted).", required=False, width=40),
        C("revision", INT, "Stand: zählt jede Änderung.", "Revision: counts every change."),
        C("created_at", DATETIME, "Angelegt am (UTC).", "Created at (UTC)."),
        C("created_by", TEXT, "Angelegt von (Name, wie eingegeben).",
          "Created by (name as typed)."),
        C("updated_at", DATETIME, "Zuletzt geändert (UTC).", "Last changed (UTC)."),
        C("updated_by", TEXT, "Zuletzt geändert von.", "Last changed by."),
        C("evidence", INT, "Anzahl Belege (Blatt EvidenceLinks).",
          "Number of evidence links (sheet EvidenceLinks).", derived=True, required=False),
        C("history", JSON, "Verlauf als JSON: jede Änderung mit at (UTC), by, action, details.",
          "History as JSON: every change with at (UTC), by, action, details.", required=False),
    ),
    key="recommendation_id",
)

EVIDENCE_LINKS = Sheet(
    "EvidenceLinks",
    "Belege der Empfehlungen: je Zeile eine Notiz, ein Cluster, ein Ergebnis oder eine Aussage; "
    "item_id findet sich im Blatt, das sheet nennt.",
    "Evidence of the recommendations: one note, cluster, result or statement per row; item_id "
    "is found in the sheet that sheet names.",
    (
        _id("evidence_id", "Kennung des Belegs.", "Id of the evidence link."),
        _id("recommendation_id", "Empfehlung (Blatt Recommendations).",
            "Recommendation (sheet Recommendations)."),
        C("kind", KEY, "Art: note, cluster, result (Ergebnis einer Frage) oder statement "
          "(Aussage).", "Kind: note, cluster, result (a question's result) or statement."),
        _WS,
        _id("item_id", "Kennung der Notiz, des Clusters, der Aktivität (result) oder der Option "
            "(statement).", "Id of the note, cluster, activity (result) or option (statement)."),
        C("sheet", KEY, "Blatt, in dem item_id steht: Notes, Clusters, Activities oder Options.",
          "Sheet holding item_id: Notes, Clusters, Activities or Options.", derived=True,
          required=False),
        C("quote", TEXT, "Zitat beim Verknüpfen (Notiztext, Clustername, Frage, Aussage).",
          "Quote when linked (note text, cluster name, question, statement).",
          required=False, width=50),
        C("figures", JSON, "Zahlen beim Verknüpfen als JSON (n, Zustimmung, Mittelwert …).",
          "Figures when linked, as JSON (n, agreement, mean …).", required=False),
        C("context", JSON, "Zusammenhang beim Verknüpfen als JSON (Workshop, Karte, Frage).",
          "Context when linked, as JSON (workshop, card, question).", required=False),
        C("linked_at", DATETIME, "Verknüpft am (UTC).", "Linked at (UTC)."),
        C("linked_by", TEXT, "Verknüpft von.", "Linked by."),
        C("withdrawn", BOOL, "Zurückgezogen: nicht mehr im Archiv (Zitat von damals).",
          "Withdrawn: no longer in the archive (the quote is from then).", derived=True,
          required=False),
        C("withdrawn_reason", KEY, "Warum: workshop_removed, hidden oder gone.",
          "Why: workshop_removed, hidden or gone.", derived=True, required=False),
    ),
    key="evidence_id",
)
RECOMMENDATION_SHEETS: tuple[Sheet, ...] = (RECOMMENDATIONS, EVIDENCE_LINKS)

CHARTS_SHEET = "Charts"
CHARTS_DOC = (
    "Diagramme je Aktivität über dem Blatt Results (in Excel frei gestaltbar).",
    "Charts per activity over the Results sheet (restyle them freely in Excel).",
)

OVERVIEW_DOC = (
    "Erstes Blatt, zum Lesen und Drucken in der Sprache des Workshops: Ergebnisse in Worten, n, "
    "Aufteilung nach Weg und Gruppe, die wichtigsten Notizen. Keine Daten: Import und "
    "Zusammenführen lesen es nicht.",
    "First sheet, to read and print, in the workshop's language: results in words, n, the split "
    "by channel and group, the top notes. Not data: import and merge do not read it.",
)

# The order of the sheets in the workbook (the overview first, then About, then Charts).
DATA_SHEETS: tuple[Sheet, ...] = (SCENARIOS, ACTIVITIES, OPTIONS, RESPONSES, RESULTS, NOTES,
                                  CLUSTERS, EVENTLOG)
SHEETS: dict[str, Sheet] = {s.name: s for s in (ABOUT, WORKSHOPS, *DATA_SHEETS,
                                                *RECOMMENDATION_SHEETS)}

FILE_KEYS: tuple[tuple[str, str, str], ...] = (
    ("format", "Dateiformat.", "File format."),
    ("export_schema_version", "Version dieses Tabellenformats.", "Version of this spreadsheet format."),
    ("app_version", "Version von Co-Design Studio.", "Version of Co-Design Studio."),
    ("file_schema_version", "Version der Workshop-Datei.", "Version of the workshop file format."),
    ("exported_at", "Exportiert am (UTC).", "Exported at (UTC)."),
    ("workshops", "Anzahl Workshops in dieser Datei.", "Number of workshops in this file."),
)


def about_intro() -> tuple[str, str, str]:
    """Title and the two explanatory lines at the top of the About sheet."""
    return (
        "Co-Design Studio – Export",
        ("Diese Datei enthält alle Daten eines Workshops. Jedes Blatt ist eine Tabelle mit Filtern; "
        "unten ist jede Spalte erklärt. Zeiten in UTC. Mit „studio import“ lässt sie sich "
        "wieder einlesen. Datenschutz: Eine Gruppe mit weniger als 5 Personen in einer "
        "Aktivität steht in allen Blättern als small_groups („kleine Gruppen“); keine Zahl lässt "
        "die Antworten von weniger als 5 Personen erschließen, auch nicht durch Abziehen oder "
        "über mehrere Workshops. Die Workshop-Datei selbst bleibt vollständig."),
        ("This file holds all data of a workshop. Every sheet is a table with filters; every "
        "column is explained below. Times in UTC. 'studio import' reads it back. Privacy: a "
        "group of fewer than 5 people in an activity reads small_groups (\"small groups\") in "
        "every sheet; no number lets anyone work out the answers of fewer than 5 people, not "
        "by subtraction nor across workshops. The workshop file itself stays complete."),
    )


def markdown() -> str:
    """The column reference of docs/export-schema.md (a test keeps the file in step)."""
    lines = [(f"<!-- generated from studio/exchange/schema.py (export schema "
             f"{EXPORT_SCHEMA_VERSION}); edit there -->"), ""]
    for sheet in (ABOUT, WORKSHOPS, *DATA_SHEETS, *RECOMMENDATION_SHEETS):
        lines += [f"### `{sheet.name}`", "", sheet.en, "", "| column | type | required | meaning |",
                  "|---|---|---|---|"]
        for c in sheet.columns:
            req = "derived" if c.derived else ("yes" if c.required else "no")
            lines.append(f"| `{c.name}` | {c.type} | {req} | {c.en} |")
        if sheet is SCENARIOS:
            lines.append(f"| *card fields* | text/json | no | {CARD_FIELD_DOC[1]} |")
        lines.append("")
    return "\n".join(lines)
