"""A realistic board for tests and screenshots: a Leipzig workshop on AI for heat planning."""

from __future__ import annotations

NOTES = [
    ("hope", "Endlich ein vollständiges Bild vom Gebäudebestand für die Wärmeplanung", ["environment"]),
    ("hope", "Schnellere Planung, damit Fernwärme früher in unser Viertel kommt", ["environment"]),
    ("hope", "Weniger Begehungen vor Ort, spart Personal und Zeit", ["cost", "jobs"]),
    ("hope", "Sanierungsbedarf wird sichtbar, Förderung kann gezielt helfen", ["cost"]),
    ("hope", "Die Stadt lernt, wie man KI verantwortungsvoll einsetzt", ["transparency"]),
    ("hope", "Offene Daten für Bürgerinitiativen und Forschung", ["transparency"]),
    ("hope", "Klimaziele 2040 werden realistischer 🌍", ["environment"]),
    ("hope", "Mieterinnen erfahren früher, was auf sie zukommt", []),
    ("concern", "Wer sieht die Bilder meiner Hausfassade? Werden Gesichter und Kennzeichen verpixelt?", ["privacy"]),
    ("concern", "Fotografiert ein Auto durch mein Fenster?", ["privacy"]),
    ("concern", "Fehler bei Altbauten mit Stuck – das Modell kennt Gründerzeit nicht", ["fairness"]),
    ("concern", "Ärmere Stadtteile werden schlechter erkannt und benachteiligt", ["fairness"]),
    ("concern", "Daten könnten an Versicherungen oder Makler gehen", ["privacy"]),
    ("concern", "Was kostet der Betrieb nach dem Pilotprojekt?", ["cost"]),
    ("concern", "Arbeitsplätze in der Bauverwaltung fallen weg", ["jobs"]),
    ("concern", "Wer haftet, wenn die KI falsch liegt und ich falsch beraten werde?", ["transparency"]),
    ("concern", "Energieverbrauch der Rechenzentren", ["environment"]),
    ("concern", "Abhängigkeit von einem großen Anbieter aus den USA", ["cost"]),
    ("idea", "Vorab-Information an alle Haushalte, wann das Fahrzeug kommt", ["transparency", "privacy"]),
    ("idea", "Widerspruchsmöglichkeit für Eigentümer, online und auf Papier", ["privacy"]),
    ("idea", "Ergebnisse als Karte im Open-Data-Portal veröffentlichen", ["transparency"]),
    ("idea", "Studierende der HTWK prüfen das Modell unabhängig", ["fairness"]),
    ("idea", "Stichproben von Fachleuten vor Ort gegenprüfen lassen", ["fairness"]),
    ("idea", "Bilder nach der Auswertung sofort löschen", ["privacy"]),
    ("idea", "Bürgerbeirat begleitet das Projekt", ["transparency"]),
    ("idea", "Kostenloser Energie-Check für Haushalte mit wenig Einkommen", ["cost", "fairness"]),
    ("idea", "Open-Source-Software statt Lizenz", ["cost"]),
    ("idea", "Schulungen für Verwaltungsmitarbeitende", ["jobs"]),
    ("question", "Wie genau ist das Modell bei Plattenbauten?", ["fairness"]),
    ("question", "Wie lange werden die Rohdaten gespeichert?", ["privacy"]),
    ("question", "Wer entscheidet am Ende über die Einstufung eines Gebäudes?", ["transparency"]),
    ("question", "Kann ich sehen, was über mein Haus gespeichert ist?", ["privacy", "transparency"]),
    ("question", "Gibt es eine Datenschutz-Folgenabschätzung?", ["privacy"]),
    ("question", "Was passiert mit Hinterhäusern, die von der Straße nicht sichtbar sind?", []),
    ("question", "Warum nicht einfach die Schornsteinfeger-Daten nutzen?", []),
    ("question", "هل ستكون النتائج متاحة باللغة العربية أيضًا؟", ["transparency"]),
    ("condition", "Nur mit verpixelten Personen und Kennzeichen", ["privacy"]),
    ("condition", "Ein Mensch prüft jede Einstufung, bevor sie Folgen hat", ["transparency"]),
    ("condition", "Ergebnisse dürfen nicht für Bußgelder verwendet werden", ["privacy"]),
    ("condition", "Regelmäßige Prüfung auf Verzerrungen nach Stadtteil", ["fairness"]),
    ("condition", "Klare Löschfristen, öffentlich dokumentiert", ["privacy", "transparency"]),
    ("condition", "Die Daten bleiben auf Servern der Stadt Leipzig", ["privacy"]),
    ("condition", "Personalrat wird beteiligt", ["jobs"]),
    ("hope", "Bessere Grundlage für den Quartiersumbau in Grünau", ["environment"]),
    ("concern", "<b>Keine</b> Überwachung durch die Hintertür!", ["privacy"]),
    ("idea", "Eine Sprechstunde im Stadtteilladen zum Projekt", ["transparency"]),
    ("question", "Wie viel Geld spart die Stadt damit wirklich?", ["cost"]),
    ("hope", "Junge Leute bekommen Jobs in der Datenanalyse", ["jobs"]),
    ("concern", "Schatten und Bäume verfälschen die Fassadenbilder", ["fairness"]),
    ("idea", "Ergebnisse mit dem Denkmalschutz abstimmen", []),
    ("condition", "Teilnahme muss freiwillig bleiben", ["privacy"]),
    ("question", "Wer hat Zugriff auf die Rohbilder – auch die Polizei?", ["privacy"]),
    ("hope", "Gerechtere Verteilung der Fördermittel", ["fairness", "cost"]),
    ("concern", "Rufen Sie mich an: 0341 1234567, ich wohne Karl-Heine-Straße 22a", ["privacy"]),
    ("idea", "Schreibt mir: anna.beispiel@example.org", []),
    ("concern", "Die Verwaltung ist sowieso unfähig, Idioten!", []),
    ("idea", "Ergebnisse jährlich im Stadtrat vorstellen", ["transparency"]),
    ("hope", "Ein Pilot, aus dem andere Städte lernen können", []),
    ("question", "Wie wird der Energieverbrauch der KI selbst gemessen?", ["environment"]),
    ("condition", "Ergebnisse in einfacher Sprache erklären", ["transparency"]),
]

CLUSTERS = [
    ("Datenschutz bei den Bildern", "#4F86C6", [8, 9, 12, 23, 29, 36, 38, 51]),
    ("Fairness zwischen Stadtteilen", "#E39B3B", [10, 11, 21, 22, 28, 39]),
    ("Transparenz und Kontrolle", "#4CA36B", [5, 18, 20, 24, 30, 37]),
]


def fill(doc, *, arrange: bool = True) -> dict[str, list[str]]:
    """Add the sample notes, clusters, a hidden note, a merged duplicate and some dots."""
    from studio.core.kinds import Source

    ids = []
    for i, (cat, text, tags) in enumerate(NOTES):
        source = [Source.LAPTOP, Source.PAPER, Source.SCREEN, Source.IMPORT][i % 4]
        ids.append(doc.notes.add_note(text, cat, tags=tags, source=source).id)
    clusters = []
    for name, color, members in CLUSTERS:
        clusters.append(doc.notes.create_cluster(name, [ids[m] for m in members],
                                                 color=color).id)
    doc.notes.hide(ids[55], "Beleidigung")
    dup = doc.notes.add_note("Kennzeichen und Gesichter unbedingt verpixeln!", "condition",
                             tags=["privacy"], source=Source.PAPER).id
    doc.notes.merge(ids[36], dup)
    doc.notes.cast_dots([("note", ids[37]), ("note", ids[37]), ("cluster", clusters[0]),
                         ("note", ids[19]), ("note", ids[5])])
    doc.notes.cast_dots([("cluster", clusters[0]), ("note", ids[37]), ("note", ids[25])])
    doc.notes.cast_dots([("cluster", clusters[1]), ("note", ids[40]), ("note", ids[25])])
    return {"notes": ids, "clusters": clusters, "duplicate": [dup]}


def db_state(doc) -> dict:
    """The board's whole stored state, comparable with ``==`` (no volatile timestamps)."""
    from sqlalchemy import select

    from studio.store.models import Cluster, Dot, Note, NoteRevision

    skip = {"updated_at"}
    with doc.store.reader() as s:
        notes = {n.id: {c.key: getattr(n, c.key) for c in Note.__table__.columns
                        if c.key not in skip} for n in s.scalars(select(Note))}
        for n in notes.values():
            n["tags"] = list(n["tags"] or [])
        revisions = sorted((r.note_id, r.text) for r in s.scalars(select(NoteRevision)))
        clusters = {c.id: (c.name, c.color, c.pos_x, c.pos_y) for c in s.scalars(select(Cluster))}
        dots = sorted((d.id, d.note_id, d.cluster_id, d.ballot_id) for d in s.scalars(select(Dot)))
    ws = doc.workshops.get()
    return {"notes": notes, "revisions": revisions, "clusters": clusters, "dots": dots,
            "categories": ws.note_categories, "tags": ws.note_tags}


def drag(qtbot, view, item, to_scene_point, *, hold_steps: int = 6) -> None:
    """Press on ``item``, move in steps to ``to_scene_point`` and release, as a mouse does."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    vp = view.viewport()
    start = view.mapFromScene(item.sceneBoundingRect().center())
    end = view.mapFromScene(to_scene_point)

    def send(kind, pos, button, buttons):
        local = QPointF(pos)
        event = QMouseEvent(kind, local, vp.mapToGlobal(local), button, buttons,
                            Qt.NoModifier)
        QApplication.sendEvent(vp, event)

    send(QEvent.MouseButtonPress, start, Qt.LeftButton, Qt.LeftButton)
    for i in range(1, hold_steps + 1):
        p = start + (end - start) * (i / hold_steps)
        send(QEvent.MouseMove, p, Qt.NoButton, Qt.LeftButton)
    send(QEvent.MouseButtonRelease, end, Qt.LeftButton, Qt.NoButton)
