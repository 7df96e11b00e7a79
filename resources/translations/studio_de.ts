<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Co-Design Studio</source>
            <translation>Über Co-Design Studio</translation>
        </message>
        <message>
            <source>Co-Design Studio {version}</source>
            <translation>Co-Design Studio {version}</translation>
        </message>
        <message>
            <source>Participation workshops about a city's AI pilot projects: scenario cards, voting and sticky notes on a shared screen, spreadsheets for the strategy team. Works offline.</source>
            <translation>Beteiligungswerkstätten zu den KI-Pilotprojekten einer Stadt: Szenario-Karten, Abstimmungen und Haftnotizen am gemeinsamen Bildschirm, Tabellen für das Strategieteam. Funktioniert offline.</translation>
        </message>
        <message>
            <source>Licence: European Union Public Licence (EUPL) 1.2</source>
            <translation>Lizenz: Europäische Union Public Licence (EUPL) 1.2</translation>
        </message>
        <message>
            <source>Workshop files are saved in: {path}</source>
            <translation>Werkstatt-Dateien werden gespeichert in: {path}</translation>
        </message>
        <message>
            <source>Open workshop: {path}</source>
            <translation>Geöffnete Werkstatt: {path}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Settings are stored in: {path}</source>
            <translation>Einstellungen sind gespeichert in: {path}</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>Everywhere</source>
            <translation>Überall</translation>
        </message>
        <message>
            <source>Run tab (console)</source>
            <translation>Reiter Durchführen (Konsole)</translation>
        </message>
        <message>
            <source>Board tab</source>
            <translation>Reiter Pinnwand</translation>
        </message>
        <message>
            <source>Planner</source>
            <translation>Planung</translation>
        </message>
        <message>
            <source>Shared screen</source>
            <translation>Gemeinsamer Bildschirm</translation>
        </message>
        <message>
            <source>Archive window</source>
            <translation>Archivfenster</translation>
        </message>
        <message>
            <source>&amp;New workshop…</source>
            <translation>&amp;Neue Werkstatt…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Plan a workshop…</source>
            <translation>Werkstatt &amp;planen…</translation>
        </message>
        <message>
            <source>Open the &amp;demo workshop</source>
            <translation>&amp;Demo-Werkstatt öffnen</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>&amp;Import export file…</source>
            <translation>Export-Datei &amp;importieren…</translation>
        </message>
        <message>
            <source>&amp;Merge workshops…</source>
            <translation>Werkstätten &amp;zusammenführen…</translation>
        </message>
        <message>
            <source>Open a&amp;rchive…</source>
            <translation>A&amp;rchiv öffnen…</translation>
        </message>
        <message>
            <source>New archi&amp;ve…</source>
            <translation>Neues Archi&amp;v…</translation>
        </message>
        <message>
            <source>Open archive on a &amp;server…</source>
            <translation>Archiv auf einem &amp;Server öffnen…</translation>
        </message>
        <message>
            <source>&amp;Close workshop</source>
            <translation>Werkstatt &amp;schließen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Deutsch</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>Hoher &amp;Kontrast</translation>
        </message>
        <message>
            <source>&amp;Normal (100 %)</source>
            <translation>&amp;Normal (100 %)</translation>
        </message>
        <message>
            <source>&amp;Large (125 %)</source>
            <translation>&amp;Groß (125 %)</translation>
        </message>
        <message>
            <source>La&amp;rger (150 %)</source>
            <translation>G&amp;rößer (150 %)</translation>
        </message>
        <message>
            <source>Lar&amp;gest (200 %)</source>
            <translation>Sehr gro&amp;ß (200 %)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;About Co-Design Studio</source>
            <translation>Ü&amp;ber Co-Design Studio</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>Nächster Punkt</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation>Vorheriger Punkt</translation>
        </message>
        <message>
            <source>Blank screen (black) and back</source>
            <translation>Bildschirm schwarz und zurück</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Vollbild</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>Vollbild verlassen</translation>
        </message>
    </context>
    <context>
        <name>ActivityEditor</name>
        <message>
            <source>Template:</source>
            <translation>Vorlage:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>A&amp;rt:</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>&amp;Frage:</translation>
        </message>
        <message>
            <source>&amp;Options (one per line):</source>
            <translation>&amp;Optionen (eine je Zeile):</translation>
        </message>
        <message>
            <source>Scale from:</source>
            <translation>Skala von:</translation>
        </message>
        <message>
            <source>Scale to:</source>
            <translation>Skala bis:</translation>
        </message>
        <message>
            <source>Label at the &amp;low end:</source>
            <translation>Beschriftung für den &amp;niedrigsten Wert:</translation>
        </message>
        <message>
            <source>Label at the &amp;high end:</source>
            <translation>Beschriftung für den &amp;höchsten Wert:</translation>
        </message>
        <message>
            <source>Offer “don’t know”:</source>
            <translation>„Weiß nicht“ anbieten:</translation>
        </message>
        <message>
            <source>Point &amp;budget:</source>
            <translation>Zu verteilende P&amp;unkte:</translation>
        </message>
        <message>
            <source>At most choices:</source>
            <translation>Höchstens wählbar:</translation>
        </message>
        <message>
            <source>Horizontal axis:</source>
            <translation>Waagerechte Achse:</translation>
        </message>
        <message>
            <source>Vertical axis:</source>
            <translation>Senkrechte Achse:</translation>
        </message>
        <message>
            <source>Note categories:</source>
            <translation>Notiz-Kategorien:</translation>
        </message>
        <message>
            <source>&amp;Timebox (minutes):</source>
            <translation>&amp;Zeitrahmen (Minuten):</translation>
        </message>
        <message>
            <source>Options, one per line</source>
            <translation>Optionen, eine je Zeile</translation>
        </message>
        <message>
            <source>Use the scenario titles</source>
            <translation>Titel der Szenarien verwenden</translation>
        </message>
        <message>
            <source>Fill the options with the titles of all scenarios</source>
            <translation>Die Optionen mit den Titeln aller Szenarien füllen</translation>
        </message>
        <message>
            <source>all</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>Offer don't know</source>
            <translation>„Weiß nicht“ anbieten</translation>
        </message>
        <message>
            <source>Note category {name}</source>
            <translation>Notiz-Kategorie {name}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Ready.</source>
            <translation>Vollständig.</translation>
        </message>
    </context>
    <context>
        <name>AgendaEditing</name>
        <message>
            <source>This card is already on the agenda.</source>
            <translation>Diese Karte steht bereits im Ablauf.</translation>
        </message>
        <message>
            <source>Add scenario</source>
            <translation>Szenario hinzufügen</translation>
        </message>
        <message>
            <source>Add a scenario card to the agenda first.</source>
            <translation>Fügen Sie zuerst eine Szenario-Karte zum Ablauf hinzu.</translation>
        </message>
        <message>
            <source>Add activity</source>
            <translation>Aktivität hinzufügen</translation>
        </message>
        <message>
            <source>Move scenario</source>
            <translation>Szenario verschieben</translation>
        </message>
        <message>
            <source>Move activity</source>
            <translation>Aktivität verschieben</translation>
        </message>
        <message>
            <source>Remove scenario</source>
            <translation>Szenario entfernen</translation>
        </message>
        <message>
            <source>Remove activity</source>
            <translation>Aktivität entfernen</translation>
        </message>
        <message>
            <source>Edit activity</source>
            <translation>Aktivität bearbeiten</translation>
        </message>
        <message>
            <source>Change presenting time</source>
            <translation>Zeit zum Vorstellen ändern</translation>
        </message>
        <message>
            <source>Add suggested activities</source>
            <translation>Vorgeschlagene Aktivitäten hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Agenda</source>
            <translation>Ablauf</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Punkt im Ablauf</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message numerus="yes">
            <source>Scenario · %n activity(ies)</source>
            <translation>
                <numerusform>Szenario · %n Aktivität</numerusform>
                <numerusform>Szenario · %n Aktivitäten</numerusform>
            </translation>
        </message>
        <message>
            <source>(no question yet)</source>
            <translation>(noch keine Frage)</translation>
        </message>
    </context>
    <context>
        <name>Analysis</name>
        <message>
            <source>Consensus is high only when every stakeholder group agrees: it multiplies each group's share of agreement (counted as (agree + 1) / (seen + 2)).</source>
            <translation>Der Konsens ist nur hoch, wenn alle Gruppen zustimmen: Er multipliziert den Zustimmungsanteil jeder Gruppe (gezählt als (Zustimmung + 1) / (gesehen + 2)).</translation>
        </message>
        <message>
            <source>Divisiveness shows how far apart the groups are: the difference between the group that agrees most and the group that agrees least (0 = all groups alike, 1 = opposite).</source>
            <translation>Die Spaltung zeigt, wie weit die Gruppen auseinanderliegen: den Unterschied zwischen der Gruppe, die am meisten zustimmt, und der, die am wenigsten zustimmt (0 = alle Gruppen gleich, 1 = gegensätzlich).</translation>
        </message>
        <message>
            <source>Fewer than 5 people of a group took a stance here: read with care.</source>
            <translation>Hier haben weniger als 5 Personen einer Gruppe Stellung genommen: Bitte mit Vorsicht lesen.</translation>
        </message>
        <message>
            <source>A group saw none of this statement: it counts as undecided.</source>
            <translation>Eine Gruppe hat diese Aussage nicht gesehen: Sie zählt als unentschieden.</translation>
        </message>
    </context>
    <context>
        <name>Archive</name>
        <message>
            <source>new ballots</source>
            <extracomment>Values that are their own canonical form (checked by exact type: the fast path of a large workshop's many plain cells; anything else takes the general rules below). Not an edit of a note: moving it, its dots, or its group named (file) or folded (export).</extracomment>
            <translation>neue Stimmzettel</translation>
        </message>
        <message>
            <source>ballots withdrawn or gone</source>
            <translation>zurückgezogene oder entfallene Stimmzettel</translation>
        </message>
        <message>
            <source>tally entries changed</source>
            <translation>geänderte Zähleinträge</translation>
        </message>
        <message>
            <source>new notes</source>
            <translation>neue Notizen</translation>
        </message>
        <message>
            <source>notes gone</source>
            <translation>entfallene Notizen</translation>
        </message>
        <message>
            <source>notes edited</source>
            <translation>bearbeitete Notizen</translation>
        </message>
        <message>
            <source>notes or clusters with other dots</source>
            <translation>Notizen oder Cluster mit anderen Punkten</translation>
        </message>
        <message>
            <source>clusters added, changed or gone</source>
            <translation>hinzugekommene, geänderte oder entfallene Cluster</translation>
        </message>
        <message>
            <source>scenarios added, changed or gone</source>
            <translation>hinzugekommene, geänderte oder entfallene Szenarien</translation>
        </message>
        <message>
            <source>activities added, changed or gone</source>
            <translation>hinzugekommene, geänderte oder entfallene Aktivitäten</translation>
        </message>
        <message>
            <source>options added, changed or gone</source>
            <translation>hinzugekommene, geänderte oder entfallene Optionen</translation>
        </message>
        <message>
            <source>answers and notes with their group named differently</source>
            <translation>Antworten und Notizen mit anders angegebener Gruppe</translation>
        </message>
        <message>
            <source>new log entries</source>
            <translation>neue Protokolleinträge</translation>
        </message>
        <message>
            <source>workshop details changed</source>
            <translation>geänderte Angaben zur Werkstatt</translation>
        </message>
        <message>
            <source>details changed</source>
            <translation>Einzelheiten geändert</translation>
        </message>
        <message>
            <source>{input}: recommendations: {added} added, {updated} updated, {kept} already there.</source>
            <translation>{input}: Empfehlungen: {added} hinzugefügt, {updated} aktualisiert, {kept} schon vorhanden.</translation>
        </message>
        <message>
            <source>{input}: added “{title}” ({city}, {date}): scenarios {scenarios}, ballots {ballots}, notes {notes}.</source>
            <translation>{input}: „{title}“ aufgenommen ({city}, {date}): Szenarien {scenarios}, Stimmzettel {ballots}, Notizen {notes}.</translation>
        </message>
        <message>
            <source>{input}: “{title}” is already in the archive with the same content; its city or place was updated ({city}).</source>
            <translation>{input}: „{title}“ ist mit demselben Inhalt schon im Archiv; Stadt oder Ort wurden aktualisiert ({city}).</translation>
        </message>
        <message>
            <source>{input}: “{title}” is already in the archive with the same content; nothing changed.</source>
            <translation>{input}: „{title}“ ist mit demselben Inhalt schon im Archiv; nichts geändert.</translation>
        </message>
        <message>
            <source>{input}: replaced the archived copy of “{title}” (from {previous}) with this newer one: {changes}.</source>
            <translation>{input}: Die archivierte Fassung von „{title}“ (aus {previous}) wurde durch diese neuere ersetzt: {changes}.</translation>
        </message>
        <message>
            <source>{input}: the archive holds a copy of “{title}” that is as new or newer (from {previous}, last change {when}); it was kept, nothing changed.</source>
            <translation>{input}: Das Archiv enthält eine gleich neue oder neuere Fassung von „{title}“ (aus {previous}, letzte Änderung {when}); sie bleibt, nichts geändert.</translation>
        </message>
        <message>
            <source>{archive}: {added} added, {replaced} replaced, {unchanged} already there, {kept} kept (newer copy there), {failed} could not be added.</source>
            <translation>{archive}: {added} aufgenommen, {replaced} ersetzt, {unchanged} schon vorhanden, {kept} behalten (neuere Fassung vorhanden), {failed} nicht aufgenommen.</translation>
        </message>
        <message>
            <source>{archive} holds no workshops yet. Add some with studio archive add.</source>
            <translation>{archive} enthält noch keine Werkstätten. Nehmen Sie welche mit studio archive add auf.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>City/organiser</source>
            <translation>Stadt/Veranstalter</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Szenarien</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktivitäten</translation>
        </message>
        <message>
            <source>Ballots</source>
            <translation>Stimmzettel</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Added from</source>
            <translation>Aufgenommen aus</translation>
        </message>
        <message>
            <source>{archive}: workshops {n}, ballots {ballots}, notes {notes}.</source>
            <translation>{archive}: Werkstätten {n}, Stimmzettel {ballots}, Notizen {notes}.</translation>
        </message>
        <message>
            <source>Removed “{title}” ({id}) from {archive}.</source>
            <translation>„{title}“ ({id}) aus {archive} entfernt.</translation>
        </message>
    </context>
    <context>
        <name>ArchiveTab</name>
        <message>
            <source>Choose what to link in the list first.</source>
            <translation>Wählen Sie zuerst in der Liste aus, was verknüpft werden soll.</translation>
        </message>
        <message>
            <source>Linked to the recommendation chosen in the Recommendations tab.</source>
            <translation>Mit der Empfehlung verknüpft, die im Reiter Empfehlungen gewählt ist.</translation>
        </message>
        <message>
            <source>&amp;Link to the chosen recommendation</source>
            <translation>Mit der gewählten Empfehlung &amp;verknüpfen</translation>
        </message>
        <message>
            <source>Links the selected lines to the recommendation chosen in the Recommendations tab; or drag them onto a recommendation there.</source>
            <translation>Verknüpft die gewählten Zeilen mit der Empfehlung, die im Reiter Empfehlungen gewählt ist; oder ziehen Sie sie dort auf eine Empfehlung.</translation>
        </message>
    </context>
    <context>
        <name>ArchiveWindow</name>
        <message>
            <source>&amp;Add workshops…</source>
            <translation>Werkstätten &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Neu laden</translation>
        </message>
        <message>
            <source>Strategy &amp;paper and handbook drafts…</source>
            <translation>Entwürfe für Strategie&amp;papier und Handbuch…</translation>
        </message>
        <message>
            <source>&amp;Feedback page for participants…</source>
            <translation>&amp;Rückmeldung an die Teilnehmenden…</translation>
        </message>
        <message>
            <source>&amp;Merged workbook…</source>
            <translation>&amp;Zusammengeführte Arbeitsmappe…</translation>
        </message>
        <message>
            <source>&amp;Close archive</source>
            <translation>Archiv &amp;schließen</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <source>Changes to recommendations are kept with who made them. Your name or initials (asked once for this archive):</source>
            <translation>Änderungen an Empfehlungen werden mit dem Namen gespeichert, wer sie gemacht hat. Ihr Name oder Ihre Initialen (einmal für dieses Archiv gefragt):</translation>
        </message>
        <message numerus="yes">
            <source>Archive {name} – %n workshop(s)</source>
            <translation>
                <numerusform>Archiv {name} – %n Werkstatt</numerusform>
                <numerusform>Archiv {name} – %n Werkstätten</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archiv</translation>
        </message>
        <message>
            <source>&amp;Workshops</source>
            <translation>&amp;Werkstätten</translation>
        </message>
        <message>
            <source>Workshops are still being added: the window closes once they are in.</source>
            <translation>Es werden noch Werkstätten hinzugefügt: Das Fenster schließt, sobald sie im Archiv sind.</translation>
        </message>
    </context>
    <context>
        <name>BoardActions</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Type a note</source>
            <translation>Notiz &amp;tippen</translation>
        </message>
        <message>
            <source>&amp;Import notes from CSV/XLSX…</source>
            <translation>Notizen aus CSV/XLSX &amp;importieren…</translation>
        </message>
        <message>
            <source>&amp;Categories and tags…</source>
            <translation>&amp;Kategorien und Schlagworte…</translation>
        </message>
        <message>
            <source>&amp;Edit note…</source>
            <translation>Notiz &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Hide note…</source>
            <translation>Notiz &amp;ausblenden…</translation>
        </message>
        <message>
            <source>&amp;Show note again</source>
            <translation>Notiz wieder &amp;einblenden</translation>
        </message>
        <message>
            <source>&amp;Redact personal data</source>
            <translation>Personenbezogene Daten &amp;schwärzen</translation>
        </message>
        <message>
            <source>&amp;Merge duplicates</source>
            <translation>&amp;Duplikate zusammenführen</translation>
        </message>
        <message>
            <source>&amp;Group selected notes</source>
            <translation>Ausgewählte Notizen &amp;gruppieren</translation>
        </message>
        <message>
            <source>Take out of &amp;cluster</source>
            <translation>Aus der Gruppe heraus&amp;nehmen</translation>
        </message>
        <message>
            <source>Re&amp;name cluster…</source>
            <translation>Gruppe &amp;umbenennen…</translation>
        </message>
        <message>
            <source>&amp;Dissolve cluster</source>
            <translation>Gruppe auf&amp;lösen</translation>
        </message>
        <message>
            <source>Arrange by ca&amp;tegory</source>
            <translation>Nach Kategorie an&amp;ordnen</translation>
        </message>
        <message>
            <source>Arrange by c&amp;luster</source>
            <translation>Nach Gru&amp;ppe anordnen</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Hinein&amp;zoomen</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>&amp;Herauszoomen</translation>
        </message>
        <message>
            <source>&amp;Fit board to window</source>
            <translation>Pinnwand an &amp;Fenster anpassen</translation>
        </message>
        <message>
            <source>&amp;Find notes</source>
            <translation>Notizen su&amp;chen</translation>
        </message>
        <message>
            <source>Show selection &amp;large on the shared screen</source>
            <translation>Auswahl groß auf dem gemeinsa&amp;men Bildschirm zeigen</translation>
        </message>
        <message>
            <source>Show the &amp;whole board on the shared screen</source>
            <translation>&amp;Übersicht: ganze Pinnwand auf dem gemeinsamen Bildschirm</translation>
        </message>
        <message>
            <source>Pre&amp;vious part on the shared screen</source>
            <translation>&amp;Vorheriger Teil auf dem gemeinsamen Bildschirm</translation>
        </message>
        <message>
            <source>Ne&amp;xt part on the shared screen</source>
            <translation>N&amp;ächster Teil auf dem gemeinsamen Bildschirm</translation>
        </message>
        <message>
            <source>Show the note &amp;entry panel</source>
            <translation>Bereich zur Notiz&amp;eingabe zeigen</translation>
        </message>
        <message>
            <source>Show the note de&amp;tails panel</source>
            <translation>Bereich mit Notiz&amp;details zeigen</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppieren</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ausblenden</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Nach Kategorie</translation>
        </message>
        <message>
            <source>By cluster</source>
            <translation>Nach Gruppe</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Einpassen</translation>
        </message>
        <message>
            <source>Show large</source>
            <translation>Groß zeigen</translation>
        </message>
    </context>
    <context>
        <name>BoardCommands</name>
        <message>
            <source>Add note</source>
            <translation>Notiz hinzufügen</translation>
        </message>
        <message>
            <source>Add {n} notes</source>
            <translation>{n} Notizen hinzufügen</translation>
        </message>
        <message>
            <source>Move to scenario</source>
            <translation>Zu anderem Szenario verschieben</translation>
        </message>
        <message>
            <source>Move notes</source>
            <translation>Notizen verschieben</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Notiz bearbeiten</translation>
        </message>
        <message>
            <source>Change category</source>
            <translation>Kategorie ändern</translation>
        </message>
        <message>
            <source>Change tags</source>
            <translation>Schlagworte ändern</translation>
        </message>
        <message>
            <source>Hide note</source>
            <translation>Notiz ausblenden</translation>
        </message>
        <message>
            <source>Show note again</source>
            <translation>Notiz wieder einblenden</translation>
        </message>
        <message>
            <source>Merge duplicates</source>
            <translation>Duplikate zusammenführen</translation>
        </message>
        <message>
            <source>Separate duplicate</source>
            <translation>Duplikat wieder trennen</translation>
        </message>
        <message>
            <source>Group notes</source>
            <translation>Notizen gruppieren</translation>
        </message>
        <message>
            <source>Rename cluster</source>
            <translation>Gruppe umbenennen</translation>
        </message>
        <message>
            <source>Add to cluster</source>
            <translation>Zur Gruppe hinzufügen</translation>
        </message>
        <message>
            <source>Take out of cluster</source>
            <translation>Aus der Gruppe herausnehmen</translation>
        </message>
        <message>
            <source>Dissolve cluster</source>
            <translation>Gruppe auflösen</translation>
        </message>
        <message>
            <source>Edit categories and tags</source>
            <translation>Kategorien und Schlagworte bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>BoardEditing</name>
        <message>
            <source>Personal data</source>
            <translation>Personenbezogene Daten</translation>
        </message>
        <message numerus="yes">
            <source>Merge %n duplicate(s)</source>
            <translation>
                <numerusform>%n Dublette zusammenführen</numerusform>
                <numerusform>%n Dubletten zusammenführen</numerusform>
            </translation>
        </message>
        <message>
            <source>Cluster {n}</source>
            <translation>Gruppe {n}</translation>
        </message>
        <message>
            <source>Cluster created. Rename it with Ctrl+R or a double-click on its title.</source>
            <translation>Gruppe angelegt. Umbenennen mit Strg+R oder mit einem Doppelklick auf den Titel.</translation>
        </message>
        <message>
            <source>Move notes</source>
            <translation>Notizen verschieben</translation>
        </message>
        <message>
            <source>Add to cluster</source>
            <translation>Zur Gruppe hinzufügen</translation>
        </message>
        <message>
            <source>Group notes</source>
            <translation>Notizen gruppieren</translation>
        </message>
        <message>
            <source>Take out of cluster</source>
            <translation>Aus der Gruppe herausnehmen</translation>
        </message>
        <message>
            <source>Move cluster</source>
            <translation>Gruppe verschieben</translation>
        </message>
        <message>
            <source>Arrange by category</source>
            <translation>Nach Kategorie anordnen</translation>
        </message>
        <message>
            <source>Arrange by cluster</source>
            <translation>Nach Gruppe anordnen</translation>
        </message>
    </context>
    <context>
        <name>BoardFilterBar</name>
        <message>
            <source>Search notes</source>
            <translation>Notizen durchsuchen</translation>
        </message>
        <message>
            <source>Shows only the notes that contain every word you type (Ctrl+F).</source>
            <translation>Zeigt nur die Notizen, die jedes eingegebene Wort enthalten (Strg+F).</translation>
        </message>
        <message>
            <source>Filter by category</source>
            <translation>Nach Kategorie filtern</translation>
        </message>
        <message>
            <source>Shows only the notes of one category.</source>
            <translation>Zeigt nur die Notizen einer Kategorie.</translation>
        </message>
        <message>
            <source>Filter by tag</source>
            <translation>Nach Schlagwort filtern</translation>
        </message>
        <message>
            <source>Shows only the notes with one tag.</source>
            <translation>Zeigt nur die Notizen mit einem bestimmten Schlagwort.</translation>
        </message>
        <message>
            <source>Filter by scenario</source>
            <translation>Nach Szenario filtern</translation>
        </message>
        <message>
            <source>Shows only the notes of one scenario.</source>
            <translation>Zeigt nur die Notizen eines Szenarios.</translation>
        </message>
        <message>
            <source>No scenario</source>
            <translation>Kein Szenario</translation>
        </message>
        <message>
            <source>All scenarios</source>
            <translation>Alle Szenarien</translation>
        </message>
        <message>
            <source>Show hidden notes</source>
            <translation>Ausgeblendete Notizen anzeigen</translation>
        </message>
        <message>
            <source>Shows hidden notes on this board, marked as hidden. The shared screen never shows them.</source>
            <translation>Zeigt ausgeblendete Notizen auf dieser Pinnwand, als ausgeblendet markiert. Der gemeinsame Bildschirm zeigt sie nie.</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alle Kategorien</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alle Schlagworte</translation>
        </message>
    </context>
    <context>
        <name>BoardItems</name>
        <message>
            <source>● {n}</source>
            <translation>● {n}</translation>
        </message>
        <message>
            <source>+{n} merged</source>
            <translation>+{n} zusammengeführt</translation>
        </message>
        <message>
            <source>⚠ personal data?</source>
            <translation>⚠ Personenbezug?</translation>
        </message>
        <message>
            <source>Hidden: {reason}</source>
            <translation>Ausgeblendet: {reason}</translation>
        </message>
        <message>
            <source>HIDDEN</source>
            <translation>AUSGEBLENDET</translation>
        </message>
        <message>
            <source>Unnamed cluster</source>
            <translation>Gruppe ohne Namen</translation>
        </message>
        <message>
            <source>{name} (notes: {n})</source>
            <translation>{name} (Notizen: {n})</translation>
        </message>
        <message>
            <source>Empty: drop notes here</source>
            <translation>Leer: Notizen hierher ziehen</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <source>Notes board</source>
            <translation>Pinnwand</translation>
        </message>
        <message>
            <source>Tab moves between notes, Space selects, Enter edits. Drag a note onto another to group them; Ctrl+wheel zooms.</source>
            <translation>Tab wechselt zwischen den Notizen, die Leertaste wählt aus, die Eingabetaste bearbeitet. Ziehen Sie eine Notiz auf eine andere, um beide zu gruppieren; Strg+Mausrad zoomt.</translation>
        </message>
        <message>
            <source>Board tools</source>
            <translation>Werkzeuge der Pinnwand</translation>
        </message>
        <message>
            <source>Board messages</source>
            <translation>Meldungen der Pinnwand</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Dot voting</source>
            <translation>Punktabfrage</translation>
        </message>
        <message>
            <source>Note details and dot voting</source>
            <translation>Notizdetails und Punktabfrage</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n note(s) shown</source>
            <translation>
                <numerusform>{shown} von %n Notiz angezeigt</numerusform>
                <numerusform>{shown} von %n Notizen angezeigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n Notiz</numerusform>
                <numerusform>%n Notizen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) imported.</source>
            <translation>
                <numerusform>%n Notiz importiert.</numerusform>
                <numerusform>%n Notizen importiert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardStageView</name>
        <message>
            <source>Notes board</source>
            <translation>Pinnwand</translation>
        </message>
        <message>
            <source>The notes of the workshop as the facilitator arranged them, read only.</source>
            <translation>Die Notizen der Werkstatt, so wie die Moderation sie angeordnet hat. Nur zum Lesen.</translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>Noch keine Notizen.</translation>
        </message>
    </context>
    <context>
        <name>CapturePanel</name>
        <message>
            <source>Add notes</source>
            <translation>Notizen hinzufügen</translation>
        </message>
        <message>
            <source>Typed at the laptop</source>
            <translation>Am Laptop eingegeben</translation>
        </message>
        <message>
            <source>Transcribed from paper</source>
            <translation>Von Papier abgeschrieben</translation>
        </message>
        <message>
            <source>Where the notes come from</source>
            <translation>Quelle der Notizen</translation>
        </message>
        <message>
            <source>Typed at the laptop, or transcribed from paper cards; saved with each note.</source>
            <translation>Am Laptop getippt oder von Papierkarten abgeschrieben; wird mit jeder Notiz gespeichert.</translation>
        </message>
        <message>
            <source>Scenario of new notes</source>
            <translation>Szenario neuer Notizen</translation>
        </message>
        <message>
            <source>New notes belong to this scenario. It follows the session until you choose one.</source>
            <translation>Neue Notizen gehören zu diesem Szenario. Es folgt dem Ablauf der Werkstatt, bis Sie selbst eines wählen.</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Notiztext</translation>
        </message>
        <message>
            <source>Enter adds the note, Shift+Enter starts a new line. Pasting several lines adds one note per line.</source>
            <translation>Die Eingabetaste fügt die Notiz hinzu, Umschalt+Eingabe beginnt eine neue Zeile. Beim Einfügen mehrerer Zeilen entsteht je Zeile eine Notiz.</translation>
        </message>
        <message>
            <source>Type a note, press Enter</source>
            <translation>Notiz eingeben, dann Enter drücken</translation>
        </message>
        <message>
            <source>Characters used</source>
            <translation>Verwendete Zeichen</translation>
        </message>
        <message>
            <source>&amp;Add note</source>
            <translation>&amp;Notiz hinzufügen</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Notiz hinzufügen</translation>
        </message>
        <message>
            <source>Adds the typed note to the board with the chosen category and tags.</source>
            <translation>Fügt die getippte Notiz mit der gewählten Kategorie und den Schlagworten zur Pinnwand hinzu.</translation>
        </message>
        <message>
            <source>Capture status</source>
            <translation>Status der Eingabe</translation>
        </message>
        <message>
            <source>Enter adds the note · Shift+Enter new line · 1–5 on an empty field (or Ctrl+1–5) choose the category · paste several lines for one note each</source>
            <translation>Enter: Notiz hinzufügen · Umschalt+Enter: neue Zeile · 1–5 im leeren Feld (oder Strg+1–5): Kategorie wählen · mehrere Zeilen einfügen: eine Notiz je Zeile</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Quelle:</translation>
        </message>
        <message>
            <source>Sce&amp;nario:</source>
            <translation>Sze&amp;nario:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Kategorie:</translation>
        </message>
        <message>
            <source>Tags (optional):</source>
            <translation>Schlagworte (optional):</translation>
        </message>
        <message>
            <source>Category {name}</source>
            <translation>Kategorie {name}</translation>
        </message>
        <message>
            <source>The category of the notes you add next (key {n} on an empty field, or Ctrl+{n}).</source>
            <translation>Die Kategorie der nächsten Notizen (Taste {n} bei leerem Feld oder Strg+{n}).</translation>
        </message>
        <message>
            <source>The category of the notes you add next.</source>
            <translation>Die Kategorie der nächsten Notizen.</translation>
        </message>
        <message>
            <source>Tag {name}</source>
            <translation>Schlagwort {name}</translation>
        </message>
        <message>
            <source>Adds this tag to the notes you add next.</source>
            <translation>Gibt den nächsten Notizen dieses Schlagwort.</translation>
        </message>
        <message>
            <source>Category: {name}</source>
            <translation>Kategorie: {name}</translation>
        </message>
        <message>
            <source>No scenario (the whole workshop)</source>
            <translation>Kein Szenario (die ganze Werkstatt)</translation>
        </message>
        <message>
            <source>{n} / {limit} characters – {over} too many</source>
            <translation>{n} / {limit} Zeichen – {over} zu viel</translation>
        </message>
        <message>
            <source>{n} / {limit} characters</source>
            <translation>{n} / {limit} Zeichen</translation>
        </message>
        <message>
            <source>Type the note first.</source>
            <translation>Geben Sie zuerst die Notiz ein.</translation>
        </message>
        <message>
            <source>This note is {over} characters too long; shorten it or split it into two.</source>
            <translation>Diese Notiz ist {over} Zeichen zu lang. Kürzen Sie sie oder teilen Sie sie auf zwei Notizen auf.</translation>
        </message>
        <message>
            <source>Line(s) {lines} are longer than {limit} characters; nothing was added.</source>
            <translation>Diese Zeilen haben mehr als {limit} Zeichen: {lines}. Es wurde nichts hinzugefügt.</translation>
        </message>
        <message>
            <source>Choose a category first.</source>
            <translation>Wählen Sie zuerst eine Kategorie.</translation>
        </message>
        <message>
            <source>Note added: {text}</source>
            <translation>Notiz hinzugefügt: {text}</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) added (one per line).</source>
            <translation>
                <numerusform>%n Notiz hinzugefügt (eine je Zeile).</numerusform>
                <numerusform>%n Notizen hinzugefügt (eine je Zeile).</numerusform>
            </translation>
        </message>
        <message>
            <source>Check for personal data: {hint}</source>
            <translation>Bitte auf personenbezogene Daten prüfen: {hint}</translation>
        </message>
    </context>
    <context>
        <name>CardEditorDialog</name>
        <message>
            <source>Scenario card</source>
            <translation>Szenario-Karte</translation>
        </message>
        <message>
            <source>Language of the preview</source>
            <translation>Sprache der Vorschau</translation>
        </message>
        <message>
            <source>Preview on the shared screen:</source>
            <translation>Vorschau auf dem gemeinsamen Bildschirm:</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>(optional)</source>
            <translation>(optional)</translation>
        </message>
        <message>
            <source>– please choose –</source>
            <translation>– bitte wählen –</translation>
        </message>
        <message>
            <source>Suggest: {name}</source>
            <translation>Vorschlagen: {name}</translation>
        </message>
        <message>
            <source>Choose SVG…</source>
            <translation>SVG wählen…</translation>
        </message>
        <message>
            <source>Choose an illustration file</source>
            <translation>Eine Datei für die Illustration wählen</translation>
        </message>
        <message>
            <source>{n} of at most {limit} characters</source>
            <translation>{n} von höchstens {limit} Zeichen</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… und {n} weitere</translation>
        </message>
        <message>
            <source>Choose an illustration</source>
            <translation>Illustration wählen</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG-Bilder (*.svg)</translation>
        </message>
        <message>
            <source>⚠ That file is not a readable SVG image.</source>
            <translation>⚠ Diese Datei ist kein lesbares SVG-Bild.</translation>
        </message>
        <message>
            <source>{field} (German)</source>
            <translation>{field} (Deutsch)</translation>
        </message>
        <message>
            <source>{field} (English)</source>
            <translation>{field} (Englisch)</translation>
        </message>
    </context>
    <context>
        <name>CardLibrary</name>
        <message>
            <source>&amp;Search cards:</source>
            <translation>Karten &amp;suchen:</translation>
        </message>
        <message>
            <source>Search scenario cards</source>
            <translation>Szenario-Karten durchsuchen</translation>
        </message>
        <message>
            <source>Scenario cards (Enter adds the card to the agenda)</source>
            <translation>Szenario-Karten (Enter fügt die Karte zum Ablauf hinzu)</translation>
        </message>
        <message>
            <source>&amp;Add to agenda</source>
            <translation>Zum Ablauf &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Add the selected card to the agenda</source>
            <translation>Die ausgewählte Karte zum Ablauf hinzufügen</translation>
        </message>
        <message>
            <source>&amp;New card…</source>
            <translation>Neue &amp;Karte…</translation>
        </message>
        <message>
            <source>Create a new scenario card</source>
            <translation>Eine neue Szenario-Karte anlegen</translation>
        </message>
        <message>
            <source>&amp;Edit card…</source>
            <translation>Karte bearbeite&amp;n…</translation>
        </message>
        <message>
            <source>Edit the selected scenario card</source>
            <translation>Die ausgewählte Szenario-Karte bearbeiten</translation>
        </message>
        <message>
            <source>Import file…</source>
            <translation>Datei importieren…</translation>
        </message>
        <message>
            <source>Import a card file</source>
            <translation>Eine Kartendatei importieren</translation>
        </message>
        <message>
            <source>Import folder…</source>
            <translation>Ordner importieren…</translation>
        </message>
        <message>
            <source>Import all cards of a folder</source>
            <translation>Alle Karten eines Ordners importieren</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>Export the selected cards</source>
            <translation>Die ausgewählten Karten exportieren</translation>
        </message>
        <message>
            <source>Problems in card files</source>
            <translation>Probleme in Kartendateien</translation>
        </message>
        <message>
            <source>⚠ {files} card file(s) could not be loaded ({errors} error(s)); the other cards are ready:</source>
            <translation>⚠ Kartendateien, die nicht geladen werden konnten: {files} (Fehler: {errors}); die anderen Karten sind bereit:</translation>
        </message>
        <message>
            <source>ℹ Notes on card files:</source>
            <translation>ℹ Hinweise zu Kartendateien:</translation>
        </message>
    </context>
    <context>
        <name>CardView</name>
        <message>
            <source>Card title</source>
            <translation>Titel der Karte</translation>
        </message>
        <message>
            <source>Short description</source>
            <translation>Kurzbeschreibung</translation>
        </message>
        <message>
            <source>EU AI Act category</source>
            <translation>Einstufung nach der EU-KI-Verordnung</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>(no title yet)</source>
            <translation>(noch kein Titel)</translation>
        </message>
        <message>
            <source>EU AI Act: {category}</source>
            <translation>EU-KI-Verordnung: {category}</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>nicht eingestuft</translation>
        </message>
        <message>
            <source>Annex {area}</source>
            <translation>Anhang {area}</translation>
        </message>
        <message>
            <source>Role of the AI: {role}</source>
            <translation>Rolle der KI: {role}</translation>
        </message>
        <message>
            <source>Personal data: {kind}</source>
            <translation>Personenbezogene Daten: {kind}</translation>
        </message>
        <message>
            <source>Type of AI: {kind}</source>
            <translation>Art der KI: {kind}</translation>
        </message>
        <message>
            <source>Already decided</source>
            <translation>Bereits entschieden</translation>
        </message>
        <message>
            <source>What you can still influence</source>
            <translation>Was Sie noch beeinflussen können</translation>
        </message>
        <message>
            <source>Scenario card: {title}</source>
            <translation>Szenario-Karte: {title}</translation>
        </message>
    </context>
    <context>
        <name>Cards</name>
        <message>
            <source>The folder holds no card files (*.toml).</source>
            <translation>Der Ordner enthält keine Kartendateien (*.toml).</translation>
        </message>
        <message>
            <source>The file or folder does not exist.</source>
            <translation>Die Datei oder den Ordner gibt es nicht.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Überblick</translation>
        </message>
        <message>
            <source>Who is responsible</source>
            <translation>Verantwortung</translation>
        </message>
        <message>
            <source>Problem and purpose</source>
            <translation>Problem und Zweck</translation>
        </message>
        <message>
            <source>The AI system and its data</source>
            <translation>Das KI-System und seine Daten</translation>
        </message>
        <message>
            <source>Decisions and human oversight</source>
            <translation>Entscheidungen und menschliche Aufsicht</translation>
        </message>
        <message>
            <source>EU AI Act, risks and assessments</source>
            <translation>EU-KI-Verordnung, Risiken und Prüfungen</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Beteiligung</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>Kennung (ID)</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Date updated</source>
            <translation>Aktualisiert am</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Short description</source>
            <translation>Kurzbeschreibung</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>Handlungsfeld</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Responsible office</source>
            <translation>Zuständige Stelle</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Expected benefit</source>
            <translation>Erwarteter Nutzen</translation>
        </message>
        <message>
            <source>Affected groups</source>
            <translation>Betroffene Gruppen</translation>
        </message>
        <message>
            <source>Alternatives considered (including non-AI)</source>
            <translation>Geprüfte Alternativen (auch ohne KI)</translation>
        </message>
        <message>
            <source>What the AI does</source>
            <translation>Was die KI tut</translation>
        </message>
        <message>
            <source>Type of AI</source>
            <translation>Art der KI</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>Input data and sources</source>
            <translation>Eingabedaten und Quellen</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personenbezogene Daten</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Accuracy and known error rates</source>
            <translation>Genauigkeit und bekannte Fehlerquoten</translation>
        </message>
        <message>
            <source>Role in decisions</source>
            <translation>Rolle bei Entscheidungen</translation>
        </message>
        <message>
            <source>Human oversight</source>
            <translation>Menschliche Aufsicht</translation>
        </message>
        <message>
            <source>How people can ask or object</source>
            <translation>Wie Menschen nachfragen oder widersprechen können</translation>
        </message>
        <message>
            <source>EU AI Act category</source>
            <translation>Einstufung nach der EU-KI-Verordnung</translation>
        </message>
        <message>
            <source>Annex III area (for high-risk)</source>
            <translation>Bereich nach Anhang III (bei Hochrisiko)</translation>
        </message>
        <message>
            <source>Reason for the category</source>
            <translation>Begründung der Einstufung</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Risiken</translation>
        </message>
        <message>
            <source>Mitigations</source>
            <translation>Gegenmaßnahmen</translation>
        </message>
        <message>
            <source>Non-discrimination</source>
            <translation>Nichtdiskriminierung</translation>
        </message>
        <message>
            <source>Assessments done (DPIA, fundamental rights)</source>
            <translation>Durchgeführte Prüfungen (DSFA, Grundrechte)</translation>
        </message>
        <message>
            <source>Already decided</source>
            <translation>Bereits entschieden</translation>
        </message>
        <message>
            <source>What participants can still influence</source>
            <translation>Was Teilnehmende noch beeinflussen können</translation>
        </message>
        <message>
            <source>How the input will be used</source>
            <translation>Was mit den Beiträgen geschieht</translation>
        </message>
        <message>
            <source>Illustration</source>
            <translation>Illustration</translation>
        </message>
        <message>
            <source>Suggested activities</source>
            <translation>Vorgeschlagene Aktivitäten</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>Glossar</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation>Idee</translation>
        </message>
        <message>
            <source>Pilot</source>
            <translation>Pilot</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Im Einsatz</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Eingestellt</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Regelbasiert</translation>
        </message>
        <message>
            <source>Machine learning</source>
            <translation>Maschinelles Lernen</translation>
        </message>
        <message>
            <source>Computer vision</source>
            <translation>Bilderkennung</translation>
        </message>
        <message>
            <source>Generative AI</source>
            <translation>Generative KI</translation>
        </message>
        <message>
            <source>Chatbot</source>
            <translation>Chatbot</translation>
        </message>
        <message>
            <source>No personal data</source>
            <translation>Keine personenbezogenen Daten</translation>
        </message>
        <message>
            <source>Pseudonymised personal data</source>
            <translation>Pseudonymisierte personenbezogene Daten</translation>
        </message>
        <message>
            <source>Identifiable personal data</source>
            <translation>Identifizierbare personenbezogene Daten</translation>
        </message>
        <message>
            <source>Informs – people decide</source>
            <translation>Informiert – Menschen entscheiden</translation>
        </message>
        <message>
            <source>Recommends – a person decides</source>
            <translation>Empfiehlt – ein Mensch entscheidet</translation>
        </message>
        <message>
            <source>Decides automatically</source>
            <translation>Entscheidet automatisch</translation>
        </message>
        <message>
            <source>Prohibited practice</source>
            <translation>Verbotene Praktik</translation>
        </message>
        <message>
            <source>High risk</source>
            <translation>Hohes Risiko</translation>
        </message>
        <message>
            <source>Transparency obligation</source>
            <translation>Transparenzpflicht</translation>
        </message>
        <message>
            <source>Minimal risk</source>
            <translation>Minimales Risiko</translation>
        </message>
        <message>
            <source>Needs German and English text: write {key}.de = "…" and {key}.en = "…".</source>
            <translation>Braucht deutschen und englischen Text: Schreiben Sie {key}.de = "…" und {key}.en = "…".</translation>
        </message>
        <message>
            <source>Must be a table with the texts de and en.</source>
            <translation>Muss eine Tabelle mit den Texten de und en sein.</translation>
        </message>
        <message>
            <source>The {language} text is missing.</source>
            <translation>Der {language} Text fehlt.</translation>
        </message>
        <message>
            <source>Too long: {n} characters, at most {limit} allowed. Shorten it.</source>
            <translation>Zu lang: {n} Zeichen, erlaubt sind höchstens {limit}. Kürzen Sie den Text.</translation>
        </message>
        <message>
            <source>Unknown language “{language}” is ignored; use de and en.</source>
            <translation>Die unbekannte Sprache „{language}“ wird ignoriert; verwenden Sie de und en.</translation>
        </message>
        <message>
            <source>Must be text in quotes.</source>
            <translation>Muss Text in Anführungszeichen sein.</translation>
        </message>
        <message>
            <source>Not a date: write it as YYYY-MM-DD, for example 2024-05-31.</source>
            <translation>Kein Datum: Schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2024-05-31.</translation>
        </message>
        <message>
            <source>Must be a list of entries, each written as [[glossary]].</source>
            <translation>Muss eine Liste von Einträgen sein, jeweils eingeleitet mit [[glossary]].</translation>
        </message>
        <message>
            <source>Must have a term and a definition.</source>
            <translation>Braucht einen Begriff und eine Definition.</translation>
        </message>
        <message>
            <source>Missing.</source>
            <translation>Fehlt.</translation>
        </message>
        <message>
            <source>Must be a list of activity template ids in quotes.</source>
            <translation>Muss eine Liste von IDs von Aktivitätsvorlagen in Anführungszeichen sein.</translation>
        </message>
        <message>
            <source>Unknown activity template “{template}” is ignored. Known: {known}.</source>
            <translation>Die unbekannte Aktivitätsvorlage „{template}“ wird ignoriert. Bekannt sind: {known}.</translation>
        </message>
        <message>
            <source>Must be a file name in quotes.</source>
            <translation>Muss ein Dateiname in Anführungszeichen sein.</translation>
        </message>
        <message>
            <source>Must be a file next to the card, not “{path}”; the illustration is ignored.</source>
            <translation>Muss eine Datei im Ordner der Karte sein, nicht „{path}“; die Illustration wird ignoriert.</translation>
        </message>
        <message>
            <source>The file “{path}” is missing; the card is shown without illustration.</source>
            <translation>Die Datei „{path}“ fehlt; die Karte wird ohne Illustration gezeigt.</translation>
        </message>
        <message>
            <source>Not a scenario card.</source>
            <translation>Keine Szenario-Karte.</translation>
        </message>
        <message>
            <source>Required field is missing.</source>
            <translation>Pflichtfeld fehlt.</translation>
        </message>
        <message>
            <source>Must not be empty.</source>
            <translation>Darf nicht leer sein.</translation>
        </message>
        <message>
            <source>Nothing chosen yet: choose one.</source>
            <translation>Noch nichts gewählt: Bitte wählen Sie eine Angabe.</translation>
        </message>
        <message>
            <source>“{value}” is not allowed; use one of: {choices}.</source>
            <translation>„{value}“ ist nicht erlaubt; verwenden Sie einen dieser Werte: {choices}.</translation>
        </message>
        <message>
            <source>Use only small letters a–z, digits, - and _ (at most 80), e.g. “mail-routing”.</source>
            <translation>Verwenden Sie nur Kleinbuchstaben a–z, Ziffern, - und _ (höchstens 80 Zeichen), z. B. „mail-routing“.</translation>
        </message>
        <message>
            <source>A high-risk system needs its Annex III area, e.g. “III 5(a)”.</source>
            <translation>Ein Hochrisiko-KI-System braucht seinen Bereich nach Anhang III, z. B. „III 5(a)“.</translation>
        </message>
        <message>
            <source>Unknown field is ignored. Did you mean “{suggestion}”?</source>
            <translation>Unbekanntes Feld wird ignoriert. Meinten Sie „{suggestion}“?</translation>
        </message>
        <message>
            <source>Unknown field is ignored.</source>
            <translation>Unbekanntes Feld wird ignoriert.</translation>
        </message>
        <message>
            <source>The file is too large for a scenario card (over 1 MB).</source>
            <translation>Die Datei ist zu groß für eine Szenario-Karte (über 1 MB).</translation>
        </message>
        <message>
            <source>Cannot read the file: {reason}</source>
            <translation>Die Datei kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>Not UTF-8 text. Save the file as UTF-8.</source>
            <translation>Kein UTF-8-Text. Speichern Sie die Datei als UTF-8.</translation>
        </message>
        <message>
            <source>Not valid TOML: {reason}</source>
            <translation>Kein gültiges TOML: {reason}</translation>
        </message>
        <message>
            <source>The id “{id}” is already used by {other}; this card is left out.</source>
            <translation>Die ID „{id}“ wird bereits von {other} verwendet; diese Karte wird ausgelassen.</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>n = {n}</source>
            <translation>n = {n}</translation>
        </message>
        <message>
            <source>n = {n} ({screen} on screen, {tally} counted by hand/paper)</source>
            <translation>n = {n} ({screen} am Bildschirm, {tally} per Handzeichen/Papier)</translation>
        </message>
        <message>
            <source>{k} × “don't know”</source>
            <translation>{k} × „weiß nicht“</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>Noch keine Antworten</translation>
        </message>
        <message>
            <source>Agree</source>
            <translation>Zustimmung</translation>
        </message>
        <message>
            <source>Disagree</source>
            <translation>Ablehnung</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Enthaltung</translation>
        </message>
        <message>
            <source>Don't know</source>
            <translation>Weiß nicht</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>small groups</source>
            <translation>kleine Gruppen</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Keine Angabe</translation>
        </message>
        <message>
            <source>{p} pts</source>
            <translation>{p} Punkte</translation>
        </message>
        <message>
            <source>{p} points · average place {r}</source>
            <translation>{p} Punkte · im Schnitt Platz {r}</translation>
        </message>
        <message>
            <source>Several answers possible: shares add up to more than 100 %</source>
            <translation>Mehrfachauswahl: Anteile summieren sich auf über 100 %</translation>
        </message>
        <message>
            <source>Mean {m} · median {md}</source>
            <translation>Mittelwert {m} · Median {md}</translation>
        </message>
        <message>
            <source>Too few answers per group to split (at least {k} per group)</source>
            <translation>Zu wenige Antworten je Gruppe für eine Aufteilung (mindestens {k} je Gruppe)</translation>
        </message>
        <message>
            <source>Share within group</source>
            <translation>Anteil innerhalb der Gruppe</translation>
        </message>
        <message>
            <source>Share agreeing, by group</source>
            <translation>Anteil Zustimmung je Gruppe</translation>
        </message>
        <message>
            <source>{n} notes</source>
            <translation>{n} Notizen</translation>
        </message>
    </context>
    <context>
        <name>ClusterDialog</name>
        <message>
            <source>Cluster</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Cluster name</source>
            <translation>Name der Gruppe</translation>
        </message>
        <message>
            <source>Cluster colour</source>
            <translation>Farbe der Gruppe</translation>
        </message>
        <message>
            <source>Grey</source>
            <translation>Grau</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Blau</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Grün</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Orange</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>Lila</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rot</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Gelb</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Colour:</source>
            <translation>&amp;Farbe:</translation>
        </message>
    </context>
    <context>
        <name>Displays</name>
        <message>
            <source>Display</source>
            <translation>Bildschirm</translation>
        </message>
        <message>
            <source>{name} ({w}×{h})</source>
            <translation>{name} ({w}×{h})</translation>
        </message>
    </context>
    <context>
        <name>DotBoard</name>
        <message>
            <source>− Take back</source>
            <translation>− Zurücknehmen</translation>
        </message>
        <message>
            <source>Cluster · notes: {n}</source>
            <translation>Gruppe · Notizen: {n}</translation>
        </message>
    </context>
    <context>
        <name>DotRankingModel</name>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Note or cluster</source>
            <translation>Notiz oder Gruppe</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>ausgeblendet</translation>
        </message>
    </context>
    <context>
        <name>DotResultsPanel</name>
        <message>
            <source>Dots per participant</source>
            <translation>Punkte je Person</translation>
        </message>
        <message>
            <source>How many dots each participant places on the shared screen.</source>
            <translation>Wie viele Punkte jede teilnehmende Person auf dem gemeinsamen Bildschirm vergibt.</translation>
        </message>
        <message>
            <source>Most dots on one item</source>
            <translation>Höchstzahl Punkte je Eintrag</translation>
        </message>
        <message>
            <source>How many of their dots a participant may place on one note or cluster.</source>
            <translation>Wie viele ihrer Punkte eine Person höchstens auf eine Notiz oder Gruppe setzen darf.</translation>
        </message>
        <message>
            <source>Dot voting results</source>
            <translation>Ergebnisse der Punktabfrage</translation>
        </message>
        <message>
            <source>Notes and clusters ranked by their dots. Enter or a double-click shows the item on the board.</source>
            <translation>Notizen und Gruppen nach ihren Punkten geordnet. Eingabetaste oder Doppelklick zeigt den Eintrag auf der Pinnwand.</translation>
        </message>
        <message>
            <source>Dots per &amp;participant:</source>
            <translation>Punkte &amp;je Person:</translation>
        </message>
        <message>
            <source>Most dots on one &amp;item:</source>
            <translation>Höchstens je &amp;Eintrag:</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) placed.</source>
            <translation>
                <numerusform>%n Punkt vergeben.</numerusform>
                <numerusform>%n Punkte vergeben.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DotVotingStageView</name>
        <message>
            <source>Notes to vote on</source>
            <translation>Notizen für die Punktabfrage</translation>
        </message>
        <message>
            <source>Tab moves between notes; Space places a dot, minus takes one back.</source>
            <translation>Mit Tab wechseln Sie zwischen den Notizen. Die Leertaste setzt einen Punkt, die Minustaste nimmt einen zurück.</translation>
        </message>
        <message>
            <source>Dots left</source>
            <translation>Übrige Punkte</translation>
        </message>
        <message>
            <source>Take back last dot</source>
            <translation>Letzten Punkt zurücknehmen</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Neu anfangen</translation>
        </message>
        <message>
            <source>Submit my dots</source>
            <translation>Meine Punkte abgeben</translation>
        </message>
        <message>
            <source>Removes the dot you placed last.</source>
            <translation>Entfernt den Punkt, den Sie zuletzt gesetzt haben.</translation>
        </message>
        <message>
            <source>Removes all your dots.</source>
            <translation>Entfernt alle Ihre Punkte.</translation>
        </message>
        <message>
            <source>Saves your dots; then the next person can vote.</source>
            <translation>Speichert Ihre Punkte. Danach kann die nächste Person abstimmen.</translation>
        </message>
        <message>
            <source>Your {n} dots go to what matters most to you, at most {k} per card: tap a card to place a dot, tap “− Take back” to remove one.</source>
            <translation>Verteilen Sie Ihre {n} Punkte, höchstens {k} pro Karte. Tippen Sie auf eine Karte: ein Punkt. Auf „− Zurücknehmen“: ein Punkt weniger.</translation>
        </message>
        <message>
            <source>Previous part of the board</source>
            <translation>Vorheriger Teil der Pinnwand</translation>
        </message>
        <message>
            <source>Next part of the board</source>
            <translation>Nächster Teil der Pinnwand</translation>
        </message>
        <message>
            <source>Next person</source>
            <translation>Nächste Person</translation>
        </message>
        <message>
            <source>Clears the screen for the next person.</source>
            <translation>Leert den Bildschirm für die nächste Person.</translation>
        </message>
        <message numerus="yes">
            <source>Thank you! Your %n dot(s) are saved.</source>
            <translation>
                <numerusform>Danke! %n Punkt ist gespeichert.</numerusform>
                <numerusform>Danke! %n Punkte sind gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Part {part} of {parts}</source>
            <translation>Teil {part} von {parts}</translation>
        </message>
        <message>
            <source>Dots left: {left} of {n}</source>
            <translation>Übrige Punkte: {left} von {n}</translation>
        </message>
        <message>
            <source>All your dots are placed. Submit, or take one back.</source>
            <translation>Sie haben alle Punkte geklebt. Geben Sie sie ab oder nehmen Sie einen zurück.</translation>
        </message>
        <message numerus="yes">
            <source>At most %n dot(s) on one item.</source>
            <translation>
                <numerusform>Höchstens %n Punkt auf einem Eintrag.</numerusform>
                <numerusform>Höchstens %n Punkte auf einem Eintrag.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditNoteDialog</name>
        <message>
            <source>Edit note</source>
            <translation>Notiz bearbeiten</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Notiztext</translation>
        </message>
        <message>
            <source>&amp;Redact personal data</source>
            <translation>Personenbezogene Daten &amp;schwärzen</translation>
        </message>
        <message>
            <source>Redact personal data</source>
            <translation>Personenbezogene Daten schwärzen</translation>
        </message>
        <message>
            <source>Earlier versions</source>
            <translation>Frühere Fassungen</translation>
        </message>
        <message>
            <source>No earlier versions.</source>
            <translation>Keine früheren Fassungen.</translation>
        </message>
        <message>
            <source>Earlier versions (kept in the file):</source>
            <translation>Frühere Fassungen (bleiben in der Datei gespeichert):</translation>
        </message>
        <message>
            <source>{n} / {limit} characters</source>
            <translation>{n} / {limit} Zeichen</translation>
        </message>
        <message>
            <source>Personal data? {hint}</source>
            <translation>Personenbezogene Daten? {hint}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The answer is not in a known form.</source>
            <translation>Die Antwort hat keine bekannte Form.</translation>
        </message>
        <message>
            <source>The answer names an unknown option.</source>
            <translation>Die Antwort nennt eine unbekannte Option.</translation>
        </message>
        <message>
            <source>Choose one option.</source>
            <translation>Wählen Sie eine Option.</translation>
        </message>
        <message>
            <source>Choose at least one option.</source>
            <translation>Wählen Sie mindestens eine Option.</translation>
        </message>
        <message>
            <source>An option is chosen twice.</source>
            <translation>Eine Option ist doppelt gewählt.</translation>
        </message>
        <message>
            <source>Choose at most {k} options.</source>
            <translation>Wählen Sie höchstens {k} Optionen.</translation>
        </message>
        <message>
            <source>Choose a value on the scale.</source>
            <translation>Wählen Sie einen Wert auf der Skala.</translation>
        </message>
        <message>
            <source>Choose a value from {lo} to {hi}.</source>
            <translation>Wählen Sie einen Wert von {lo} bis {hi}.</translation>
        </message>
        <message>
            <source>Points must be whole numbers of 0 or more.</source>
            <translation>Punkte müssen ganze Zahlen ab 0 sein.</translation>
        </message>
        <message>
            <source>Give at least one point.</source>
            <translation>Vergeben Sie mindestens einen Punkt.</translation>
        </message>
        <message>
            <source>You gave {total} points, but only {budget} are available.</source>
            <translation>Sie haben {total} Punkte vergeben, es stehen aber nur {budget} zur Verfügung.</translation>
        </message>
        <message>
            <source>Put every option in order, each once.</source>
            <translation>Bringen Sie jede Option genau einmal in eine Reihenfolge.</translation>
        </message>
        <message>
            <source>Place your dot in the matrix.</source>
            <translation>Setzen Sie Ihren Punkt in die Matrix.</translation>
        </message>
        <message>
            <source>Place your dot inside the matrix.</source>
            <translation>Setzen Sie Ihren Punkt innerhalb der Matrix.</translation>
        </message>
        <message>
            <source>Answer at least one statement.</source>
            <translation>Beantworten Sie mindestens eine Aussage.</translation>
        </message>
        <message>
            <source>Answer with agree, disagree or pass.</source>
            <translation>Antworten Sie mit Zustimmung, Ablehnung oder Enthaltung.</translation>
        </message>
        <message>
            <source>This activity collects notes, not votes.</source>
            <translation>Diese Aktivität sammelt Notizen, keine Stimmen.</translation>
        </message>
        <message>
            <source>Counts must be whole numbers of 0 or more.</source>
            <translation>Anzahlen müssen ganze Zahlen ab 0 sein.</translation>
        </message>
        <message>
            <source>The tally names an unknown option.</source>
            <translation>Die Zählung nennt eine unbekannte Option.</translation>
        </message>
        <message>
            <source>Counts by hand are not possible for this kind of activity.</source>
            <translation>Für diese Art von Aktivität ist eine Handzählung nicht möglich.</translation>
        </message>
        <message>
            <source>Enter at least one count.</source>
            <translation>Geben Sie mindestens eine Anzahl ein.</translation>
        </message>
        <message>
            <source>That activity no longer exists.</source>
            <translation>Diese Aktivität gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Unknown stakeholder group “{group}”.</source>
            <translation>Unbekannte Gruppe „{group}“.</translation>
        </message>
        <message>
            <source>Voting is not open for this activity.</source>
            <translation>Die Abstimmung zu dieser Aktivität ist nicht geöffnet.</translation>
        </message>
        <message>
            <source>Unexpected error: {detail}</source>
            <extracomment>English source text for the command line where its advice differs; None: ``template``.</extracomment>
            <translation>Unerwarteter Fehler: {detail}</translation>
        </message>
        <message>
            <source>The file holds no workshop.</source>
            <translation>Die Datei enthält keine Werkstatt.</translation>
        </message>
        <message>
            <source>That scenario no longer exists.</source>
            <translation>Dieses Szenario gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>The activity is {state}; that step is not possible now.</source>
            <translation>Die Aktivität ist im Zustand „{state}“; dieser Schritt ist jetzt nicht möglich.</translation>
        </message>
        <message>
            <source>Open voting before revealing results.</source>
            <translation>Öffnen Sie die Abstimmung, bevor Sie Ergebnisse zeigen.</translation>
        </message>
        <message>
            <source>A note needs some text.</source>
            <translation>Eine Notiz braucht Text.</translation>
        </message>
        <message>
            <source>A note may have at most {limit} characters ({n} given).</source>
            <translation>Eine Notiz darf höchstens {limit} Zeichen haben ({n} eingegeben).</translation>
        </message>
        <message>
            <source>That note no longer exists.</source>
            <translation>Diese Notiz gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Unknown note category “{category}”.</source>
            <translation>Unbekannte Notiz-Kategorie „{category}“.</translation>
        </message>
        <message>
            <source>This activity takes only these kinds of note: {allowed}. Choose one of them.</source>
            <translation>Diese Aktivität nimmt nur diese Arten von Notizen an: {allowed}. Bitte wählen Sie eine davon.</translation>
        </message>
        <message>
            <source>Say why the note is hidden.</source>
            <translation>Geben Sie an, warum die Notiz ausgeblendet wird.</translation>
        </message>
        <message>
            <source>A note cannot be merged with itself.</source>
            <translation>Eine Notiz kann nicht mit sich selbst zusammengeführt werden.</translation>
        </message>
        <message>
            <source>That cluster no longer exists.</source>
            <translation>Diese Gruppe gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Place at least one dot.</source>
            <translation>Setzen Sie mindestens einen Punkt.</translation>
        </message>
        <message>
            <source>Each person has {n} dots.</source>
            <translation>Jede Person hat {n} Punkte.</translation>
        </message>
        <message>
            <source>At most {n} dots may go on one item.</source>
            <translation>Auf einen Eintrag dürfen höchstens {n} Punkte.</translation>
        </message>
        <message>
            <source>That note is not on the board.</source>
            <translation>Diese Notiz ist nicht an der Pinnwand.</translation>
        </message>
        <message>
            <source>The workshop needs a title.</source>
            <translation>Die Werkstatt braucht einen Titel.</translation>
        </message>
        <message>
            <source>The title is too long (at most 300 characters).</source>
            <translation>Der Titel ist zu lang (höchstens 300 Zeichen).</translation>
        </message>
        <message>
            <source>Every activity needs a question.</source>
            <translation>Jede Aktivität braucht eine Frage.</translation>
        </message>
        <message>
            <source>The activity “{prompt}” needs at least two options.</source>
            <translation>Die Aktivität „{prompt}“ braucht mindestens zwei Antwortmöglichkeiten.</translation>
        </message>
        <message>
            <source>The activity “{prompt}” needs at least one statement.</source>
            <translation>Die Aktivität „{prompt}“ braucht mindestens eine Aussage.</translation>
        </message>
        <message>
            <source>The activity “{prompt}” has an empty option.</source>
            <translation>Die Aktivität „{prompt}“ hat eine leere Option.</translation>
        </message>
        <message>
            <source>The activity “{prompt}” lists an option twice.</source>
            <translation>Die Aktivität „{prompt}“ enthält eine Option doppelt.</translation>
        </message>
        <message>
            <source>The scale of “{prompt}” must run upwards over 2 to 11 steps.</source>
            <translation>Die Skala von „{prompt}“ muss aufsteigend 2 bis 11 Stufen haben.</translation>
        </message>
        <message>
            <source>The scale of “{prompt}” needs labels for both ends.</source>
            <translation>Die Skala von „{prompt}“ braucht Beschriftungen für beide Enden.</translation>
        </message>
        <message>
            <source>The point budget of “{prompt}” must be at least 1.</source>
            <translation>Das Punktebudget von „{prompt}“ muss mindestens 1 sein.</translation>
        </message>
        <message>
            <source>“{prompt}” allows between 1 and as many choices as there are options.</source>
            <translation>„{prompt}“ erlaubt zwischen 1 und so vielen Antworten, wie es Optionen gibt.</translation>
        </message>
        <message>
            <source>The matrix “{prompt}” needs labels on both axes.</source>
            <translation>Die Matrix „{prompt}“ braucht Beschriftungen an beiden Achsen.</translation>
        </message>
        <message>
            <source>This file already has a workshop.</source>
            <translation>Diese Datei enthält bereits eine Werkstatt.</translation>
        </message>
        <message>
            <source>The plan needs a title.</source>
            <translation>Der Plan braucht einen Titel.</translation>
        </message>
        <message>
            <source>Language must be de or en.</source>
            <translation>Die Sprache muss de oder en sein.</translation>
        </message>
        <message>
            <source>The agenda is empty. Add at least one scenario card.</source>
            <translation>Der Ablauf ist leer. Fügen Sie mindestens eine Szenario-Karte hinzu.</translation>
        </message>
        <message>
            <source>Scenario {n}: the card “{card}” is not in the card library. Import it or remove the scenario.</source>
            <translation>Szenario {n}: Die Karte „{card}“ ist nicht in der Kartenbibliothek. Importieren Sie die Karte oder entfernen Sie das Szenario.</translation>
        </message>
        <message>
            <source>Scenario {n}: “{name}” is on the agenda twice.</source>
            <translation>Szenario {n}: „{name}“ steht zweimal im Ablauf.</translation>
        </message>
        <message>
            <source>Scenario {n}: “{name}” has no activity yet, so participants can only look at the card. Add an activity, or keep it as an introduction.</source>
            <translation>Szenario {n}: „{name}“ hat noch keine Aktivität, die Teilnehmenden können die Karte also nur ansehen. Fügen Sie eine Aktivität hinzu oder nutzen Sie die Karte als Einführung.</translation>
        </message>
        <message>
            <source>Scenario {n}, activity {m}: {problem}</source>
            <translation>Szenario {n}, Aktivität {m}: {problem}</translation>
        </message>
        <message>
            <source>Scenario {n}, activity {m}: a setting is not a whole number.</source>
            <translation>Szenario {n}, Aktivität {m}: Eine Einstellung ist keine ganze Zahl.</translation>
        </message>
        <message>
            <source>Offer at least one stakeholder group to pick from.</source>
            <translation>Bieten Sie mindestens eine Gruppe zur Auswahl an.</translation>
        </message>
        <message>
            <source>Stakeholder group {n} needs a German and an English name.</source>
            <translation>Gruppe {n} braucht einen deutschen und einen englischen Namen.</translation>
        </message>
        <message>
            <source>Stakeholder group {n} needs a key of its own.</source>
            <translation>Gruppe {n} braucht ein eigenes Kürzel.</translation>
        </message>
        <message>
            <source>{file}: {where}: {problem}</source>
            <translation>{file}: {where}: {problem}</translation>
        </message>
        <message>
            <source>must be a whole number of 0 or more</source>
            <translation>muss eine ganze Zahl ab 0 sein</translation>
        </message>
        <message>
            <source>must be text in quotes</source>
            <translation>muss Text in Anführungszeichen sein</translation>
        </message>
        <message>
            <source>not a workshop plan (it needs format = "{format}")</source>
            <translation>kein Werkstattplan (nötig ist format = "{format}")</translation>
        </message>
        <message>
            <source>written by a newer version of Co-Design Studio ({version}); update the app</source>
            <translation>mit einer neueren Version von Co-Design Studio geschrieben ({version}); aktualisieren Sie die Anwendung</translation>
        </message>
        <message>
            <source>write the date as YYYY-MM-DD</source>
            <translation>schreiben Sie das Datum als JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>must be a list of [[stakeholder_groups]]</source>
            <translation>muss eine Liste von [[stakeholder_groups]] sein</translation>
        </message>
        <message>
            <source>must be a list of [[agenda]] entries</source>
            <translation>muss eine Liste von [[agenda]]-Einträgen sein</translation>
        </message>
        <message>
            <source>needs card = "&lt;card id&gt;"</source>
            <translation>braucht card = "&lt;Karten-ID&gt;"</translation>
        </message>
        <message>
            <source>must be a list of [[agenda.activities]]</source>
            <translation>muss eine Liste von [[agenda.activities]] sein</translation>
        </message>
        <message>
            <source>must be a table</source>
            <translation>muss eine Tabelle sein</translation>
        </message>
        <message>
            <source>use one of: {kinds}</source>
            <translation>verwenden Sie einen dieser Werte: {kinds}</translation>
        </message>
        <message>
            <source>must be a list of texts in quotes</source>
            <translation>muss eine Liste von Texten in Anführungszeichen sein</translation>
        </message>
        <message>
            <source>not UTF-8 text</source>
            <translation>kein UTF-8-Text</translation>
        </message>
        <message>
            <source>cannot read it: {reason}</source>
            <translation>kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>not valid TOML: {reason}</source>
            <translation>kein gültiges TOML: {reason}</translation>
        </message>
        <message>
            <source>The plan is not ready: {first} ({n} problem(s) in all).</source>
            <translation>Der Plan ist noch nicht fertig: {first} (Probleme insgesamt: {n}).</translation>
        </message>
        <message>
            <source>A date and time is needed here.</source>
            <translation>Hier wird ein Datum mit Uhrzeit benötigt.</translation>
        </message>
        <message>
            <source>The id is missing.</source>
            <translation>Die ID fehlt.</translation>
        </message>
        <message>
            <source>The id {id} appears twice.</source>
            <translation>Die ID {id} kommt doppelt vor.</translation>
        </message>
        <message>
            <source>{value} refers to nothing in this workshop.</source>
            <translation>{value} verweist auf keinen Eintrag in dieser Werkstatt.</translation>
        </message>
        <message>
            <source>Expected a list of entries, each with a key.</source>
            <translation>Erwartet wird eine Liste von Einträgen, jeder mit einem Schlüssel.</translation>
        </message>
        <message>
            <source>Expected settings as JSON.</source>
            <translation>Erwartet werden Einstellungen im JSON-Format.</translation>
        </message>
        <message>
            <source>A scenario card needs an id.</source>
            <translation>Eine Szenario-Karte braucht eine ID.</translation>
        </message>
        <message>
            <source>Unknown kind of activity “{value}”.</source>
            <translation>Unbekannte Art von Aktivität „{value}“.</translation>
        </message>
        <message>
            <source>Unknown state “{value}”.</source>
            <translation>Unbekannter Zustand „{value}“.</translation>
        </message>
        <message>
            <source>All answers of one ballot must agree on {name}.</source>
            <translation>Alle Antworten einer Stimmabgabe müssen in {name} übereinstimmen.</translation>
        </message>
        <message>
            <source>The note text has spaces or control characters at its ends.</source>
            <translation>Der Notiztext hat am Anfang oder am Ende Leerzeichen oder Steuerzeichen.</translation>
        </message>
        <message>
            <source>Unknown moderation state.</source>
            <translation>Unbekannter Moderationsstatus.</translation>
        </message>
        <message>
            <source>Each event needs its own sequence number.</source>
            <translation>Jedes Ereignis braucht eine eigene laufende Nummer.</translation>
        </message>
        <message>
            <source>The kind of event is missing.</source>
            <translation>Die Art des Ereignisses fehlt.</translation>
        </message>
        <message>
            <source>Expected a whole number of 0 or more.</source>
            <translation>Erwartet wird eine ganze Zahl ab 0.</translation>
        </message>
        <message>
            <source>{n} dots are more than a workshop can hold (at most {most} on one note or cluster and {total} in all).</source>
            <translation>{n} Klebepunkte sind mehr, als eine Werkstatt haben kann (höchstens {most} auf einer Notiz oder einem Cluster und {total} insgesamt).</translation>
        </message>
        <message>
            <source>Unknown source “{value}”.</source>
            <translation>Unbekannte Herkunft „{value}“.</translation>
        </message>
        <message>
            <source>The count must be 1 for a ballot and a whole number of 1 or more for a tally.</source>
            <translation>Die Anzahl muss bei einer Stimmabgabe 1 sein und bei einer Zählung eine ganze Zahl ab 1.</translation>
        </message>
        <message>
            <source>A tally of {n} is more people than a workshop holds (at most {most}).</source>
            <translation>Eine Auszählung von {n} Personen sind mehr, als an einer Werkstatt teilnehmen (höchstens {most}).</translation>
        </message>
        <message>
            <source>The answer names an option of another activity or none.</source>
            <translation>Die Antwort nennt eine Option einer anderen Aktivität oder gar keine Option.</translation>
        </message>
        <message>
            <source>This kind of answer has no option.</source>
            <translation>Diese Art von Antwort hat keine Option.</translation>
        </message>
        <message>
            <source>The value does not fit a {kind} activity.</source>
            <translation>Der Wert passt nicht zu einer Aktivität der Art „{kind}“.</translation>
        </message>
        <message>
            <source>The activity already has answers and cannot be removed.</source>
            <translation>Die Aktivität hat bereits Antworten und kann nicht entfernt werden.</translation>
        </message>
        <message>
            <source>That item no longer exists.</source>
            <translation>Diesen Eintrag gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>{path} already exists. Choose another name or use --force to replace it.</source>
            <translation>{path} gibt es bereits. Wählen Sie einen anderen Namen oder ersetzen Sie die Datei mit --force.</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder. Choose a folder for {name}.</source>
            <translation>{folder} ist eine Datei, kein Ordner. Wählen Sie einen Ordner für {name}.</translation>
        </message>
        <message>
            <source>{path} is not an archive: an archive file ends in .studioarchive (or give a postgresql:// address).</source>
            <extracomment>How long a writer waits for another process's add to a file archive (ms).</extracomment>
            <translation>{path} ist kein Archiv: Eine Archivdatei endet auf .studioarchive (oder geben Sie eine postgresql://-Adresse an).</translation>
        </message>
        <message>
            <source>{path} is a folder, not an archive. Choose a file name ending in .studioarchive.</source>
            <translation>{path} ist ein Ordner, kein Archiv. Wählen Sie einen Dateinamen, der auf .studioarchive endet.</translation>
        </message>
        <message>
            <source>{path} does not exist. Check the name, or create the archive with studio archive add.</source>
            <translation>{path} gibt es nicht. Prüfen Sie den Namen, oder legen Sie das Archiv mit studio archive add an.</translation>
        </message>
        <message>
            <source>{url} is not a database address the app can use ({reason}). Give one like postgresql://user@host/dbname, with psycopg installed.</source>
            <translation>{url} ist keine Datenbankadresse, die die App nutzen kann ({reason}). Geben Sie eine wie postgresql://benutzer@server/datenbank an; psycopg muss installiert sein.</translation>
        </message>
        <message>
            <source>{url} holds a workshop, not an archive. Give the address of an archive's database (or an empty one).</source>
            <translation>{url} enthält eine Werkstatt, kein Archiv. Geben Sie die Adresse der Datenbank eines Archivs an (oder einer leeren).</translation>
        </message>
        <message>
            <source>{url} holds no archive. Check the address, or create the archive there with studio archive add.</source>
            <translation>{url} enthält kein Archiv. Prüfen Sie die Adresse, oder legen Sie das Archiv dort mit studio archive add an.</translation>
        </message>
        <message>
            <source>{path} is not a Co-Design Studio archive.</source>
            <translation>{path} ist kein Archiv von Co-Design Studio.</translation>
        </message>
        <message>
            <source>{path} was written by another version of Co-Design Studio (archive format {found}, this app reads {current}). Use a matching version.</source>
            <translation>{path} wurde mit einer anderen Version von Co-Design Studio geschrieben (Archivformat {found}, diese App liest {current}). Verwenden Sie eine passende Version.</translation>
        </message>
        <message>
            <source>The archive {url} could not be reached: {reason}. The step that failed changed nothing; run the command again when the server is back.</source>
            <translation>Das Archiv {url} war nicht erreichbar: {reason}. Der fehlgeschlagene Schritt hat nichts geändert; führen Sie den Befehl erneut aus, sobald der Server wieder läuft.</translation>
        </message>
        <message>
            <source>The archive {path} could not be used: {reason}. The step that failed changed nothing.</source>
            <translation>Das Archiv {path} konnte nicht verwendet werden: {reason}. Der fehlgeschlagene Schritt hat nichts geändert.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Create it first.</source>
            <translation>Den Ordner {folder} gibt es nicht. Legen Sie ihn zuerst an.</translation>
        </message>
        <message>
            <source>{path} cannot be written: {reason}</source>
            <translation>{path} kann nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>A folder named {path} is in the way, so the file cannot be written there. Choose another file name.</source>
            <translation>Ein Ordner namens {path} steht im Weg, daher kann die Datei dort nicht geschrieben werden. Wählen Sie einen anderen Dateinamen.</translation>
        </message>
        <message>
            <source>The disk is full while writing {path}. Free some space and try again.</source>
            <translation>Der Datenträger ist voll beim Schreiben von {path}. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>No permission to write {path}. Choose a folder you can write to.</source>
            <translation>Keine Schreibrechte für {path}. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
        </message>
        <message>
            <source>Could not write {path}: {reason}</source>
            <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>{path} is open in Co-Design Studio and cannot be replaced. Close it there first, or choose another name.</source>
            <translation>{path} ist in Co-Design Studio geöffnet und kann nicht ersetzt werden. Schließen Sie die Datei dort zuerst, oder wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>{path} already exists.</source>
            <extracomment>The network file system holding the file ("cifs", "nfs4", ...), None when local. True for a read-only copy: writes are refused. Why a read-only copy: "in_use" (another app has the file open, or the user chose a copy) or "not_writable" (the file or its folder cannot be written). Held by every write of this app (sessions and the hot path): the console, the shared screen and the phone server write from different threads, one at a time, so that no transaction ever meets SQLite's "database is locked".</extracomment>
            <translation>{path} gibt es bereits.</translation>
        </message>
        <message>
            <source>{path} is in use by another program. Close it there and try again.</source>
            <translation>{path} wird von einem anderen Programm verwendet. Schließen Sie die Datei dort und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of Co-Design Studio (file format {found}, this app reads {current}). Update the app to open it.</source>
            <translation>{path} wurde mit einer neueren Version von Co-Design Studio geschrieben (Dateiformat {found}, diese Version liest {current}). Aktualisieren Sie die Anwendung, um die Datei zu öffnen.</translation>
        </message>
        <message>
            <source>The time “{value}” is not understood; write 2025-03-14 18:30 or 14.03.2025 18:30.</source>
            <translation>Die Zeitangabe „{value}“ ist nicht verständlich. Schreiben Sie zum Beispiel 14.03.2025 18:30 oder 2025-03-14 18:30.</translation>
        </message>
        <message>
            <source>{path} is not a readable XLSX workbook ({reason}). Save it again as .xlsx or as CSV UTF-8.</source>
            <translation>{path} ist keine lesbare XLSX-Arbeitsmappe ({reason}). Speichern Sie die Datei erneut als .xlsx oder als „CSV UTF-8“.</translation>
        </message>
        <message>
            <source>{path} does not exist. Check the name and folder.</source>
            <translation>{path} gibt es nicht. Prüfen Sie Namen und Ordner.</translation>
        </message>
        <message>
            <source>{path} is neither a workshop file nor an export (.xlsx).</source>
            <translation>{path} ist weder eine Werkstatt-Datei noch ein Export (.xlsx).</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>Name at least one workshop or export to merge.</source>
            <translation>Geben Sie mindestens eine Werkstatt oder einen Export zum Zusammenführen an.</translation>
        </message>
        <message>
            <source>{path} is both an input and the output. Choose another output.</source>
            <translation>{path} ist zugleich Quelle und Ziel. Wählen Sie eine andere Zieldatei.</translation>
        </message>
        <message>
            <source>{path} is too large for a notes import (at most 30 MB).</source>
            <translation>{path} ist zu groß für einen Import von Notizen (höchstens 30 MB).</translation>
        </message>
        <message>
            <source>{path} is neither CSV nor XLSX. Save the table as one of them.</source>
            <translation>{path} ist weder CSV noch XLSX. Speichern Sie die Tabelle in einem dieser Formate.</translation>
        </message>
        <message>
            <source>{path} is empty. The first row must name the columns.</source>
            <translation>{path} ist leer. Die erste Zeile muss die Namen der Spalten enthalten.</translation>
        </message>
        <message>
            <source>{path} has no column “text” (or “Notiz”). The first row must name the columns; found: {found}.</source>
            <translation>{path} hat keine Spalte „Text“ (oder „Notiz“). Die erste Zeile muss die Namen der Spalten enthalten. Gefunden: {found}.</translation>
        </message>
        <message>
            <source>{path} has more than {n} rows; split it into parts.</source>
            <translation>{path} hat mehr als {n} Zeilen. Teilen Sie die Datei in mehrere Dateien auf.</translation>
        </message>
        <message>
            <source>{path}, line {line}: the table cannot be read ({reason}). A note holds at most {limit} characters; check the quotation marks in that line.</source>
            <translation>{path}, Zeile {line}: Die Tabelle kann nicht gelesen werden ({reason}). Eine Notiz hat höchstens {limit} Zeichen; prüfen Sie die Anführungszeichen in dieser Zeile.</translation>
        </message>
        <message>
            <source>The cell in column {column} holds a formula (“{formula}”), not a value. Replace it with the value itself.</source>
            <translation>Die Zelle in Spalte {column} enthält eine Formel („{formula}“), keinen Wert. Ersetzen Sie sie durch den Wert selbst.</translation>
        </message>
        <message>
            <source>Unknown category “{value}”; use one of: {known}.</source>
            <translation>Unbekannte Kategorie „{value}“. Möglich sind: {known}.</translation>
        </message>
        <message>
            <source>The row has no category.</source>
            <translation>Die Zeile hat keine Kategorie.</translation>
        </message>
        <message>
            <source>Unknown tag “{value}”; use one of: {known}.</source>
            <translation>Unbekanntes Schlagwort „{value}“. Möglich sind: {known}.</translation>
        </message>
        <message>
            <source>Unknown group “{value}”; use one of: {known}.</source>
            <translation>Unbekannte Gruppe „{value}“. Möglich sind: {known}.</translation>
        </message>
        <message>
            <source>Unknown source “{value}”; write paper or import.</source>
            <translation>Unbekannte Quelle „{value}“. Schreiben Sie „Papier“ oder „Import“.</translation>
        </message>
        <message>
            <source>This is not a database address the app can use ({reason}). Give one like postgresql+psycopg://user@host/dbname, with psycopg installed.</source>
            <translation>Mit dieser Datenbankadresse kann die App nicht arbeiten ({reason}). Geben Sie eine Adresse wie postgresql+psycopg://benutzer@server/datenbank an und installieren Sie psycopg.</translation>
        </message>
        <message>
            <source>{url} already holds a Co-Design Studio workshop. Connect to it without creating, or use an empty database.</source>
            <translation>{url} enthält bereits eine Co-Design-Studio-Werkstatt. Verbinden Sie sich ohne Neuanlage damit oder verwenden Sie eine leere Datenbank.</translation>
        </message>
        <message>
            <source>Cannot use the database {url}: {reason}</source>
            <translation>Die Datenbank {url} kann nicht verwendet werden: {reason}</translation>
        </message>
        <message>
            <source>{path} cannot be written (the file or its folder is read-only), so it was opened as a read-only copy: nothing was saved. Use File → Save As to work on a copy.</source>
            <translation>{path} kann nicht beschrieben werden (die Datei oder ihr Ordner ist schreibgeschützt), deshalb wurde sie als schreibgeschützte Kopie geöffnet: Es wurde nichts gespeichert. Arbeiten Sie mit Datei → Speichern unter an einer Kopie weiter.</translation>
        </message>
        <message>
            <source>This is a read-only copy of {path}, which another app has open: changes are not saved. Close the workshop there and open it again to change it.</source>
            <translation>Dies ist eine schreibgeschützte Kopie von {path}, das in einer anderen Anwendung geöffnet ist: Änderungen werden nicht gespeichert. Schließen Sie die Werkstatt dort und öffnen Sie sie erneut, um sie zu ändern.</translation>
        </message>
        <message>
            <source>A workshop on a database server cannot be saved as a file. Export it instead (File → Export).</source>
            <translation>Eine Werkstatt auf einem Datenbankserver kann nicht als Datei gespeichert werden. Exportieren Sie sie stattdessen (Datei → Exportieren).</translation>
        </message>
        <message>
            <source>{url} holds no Co-Design Studio workshop. Check the address, or create the workshop there first.</source>
            <translation>{url} enthält keine Co-Design-Studio-Werkstatt. Prüfen Sie die Adresse oder legen Sie die Werkstatt dort zuerst an.</translation>
        </message>
        <message>
            <source>{path} is not a file. Choose a .workshop file.</source>
            <translation>{path} ist keine Datei. Wählen Sie eine .workshop-Datei.</translation>
        </message>
        <message>
            <source>{path} must be converted to the current file format, but its backup copy {backup} could not be written ({reason}). Nothing was changed; free some space or copy the file to a folder you can write to, then open it again.</source>
            <translation>{path} muss in das aktuelle Dateiformat umgewandelt werden, aber die Sicherungskopie {backup} ließ sich nicht schreiben ({reason}). Es wurde nichts geändert. Schaffen Sie Speicherplatz oder kopieren Sie die Datei in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie sie dann erneut.</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}</source>
            <translation>{path} kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{path} is empty. It is not a workshop; open another file or a backup.</source>
            <translation>{path} ist leer und keine Werkstatt. Öffnen Sie eine andere Datei oder eine Sicherungskopie.</translation>
        </message>
        <message>
            <source>{path} is not a Co-Design Studio workshop file. Open a .workshop file (spreadsheets are read with File → Import).</source>
            <translation>{path} ist keine Werkstatt-Datei von Co-Design Studio. Öffnen Sie eine .workshop-Datei (Tabellen lesen Sie mit Datei → Importieren ein).</translation>
        </message>
        <message>
            <source>{path} is a spreadsheet, not a workshop file. Name a .workshop file here; to turn an export into one, run: studio import {path} --output NEW.workshop</source>
            <translation>{path} ist eine Tabelle, keine Werkstatt-Datei. Geben Sie hier eine .workshop-Datei an; einen Export machen Sie so zu einer: studio import {path} --output NEU.workshop</translation>
        </message>
        <message>
            <source>{path} is not a Co-Design Studio workshop file. Name a .workshop file (a spreadsheet export becomes one with studio import).</source>
            <translation>{path} ist keine Werkstatt-Datei von Co-Design Studio. Geben Sie eine .workshop-Datei an (ein Tabellen-Export wird mit studio import zu einer).</translation>
        </message>
        <message>
            <source>{path} is damaged and cannot be opened. Open the backup copy or the last export.</source>
            <translation>{path} ist beschädigt und kann nicht geöffnet werden. Öffnen Sie die Sicherungskopie oder den letzten Export.</translation>
        </message>
        <message>
            <source>{path} is a database, but not a Co-Design Studio workshop. Open a .workshop file.</source>
            <translation>{path} ist eine Datenbank, aber keine Werkstatt von Co-Design Studio. Öffnen Sie eine .workshop-Datei.</translation>
        </message>
        <message>
            <source>{path} is in file format {found}, which this version of Co-Design Studio cannot convert (it reads {current}). Open it with the version that wrote it and export it, or open a newer backup.</source>
            <translation>{path} hat das Dateiformat {found}, das diese Version von Co-Design Studio nicht umwandeln kann (sie liest {current}). Öffnen Sie die Datei mit der Version, die sie geschrieben hat, und exportieren Sie sie, oder öffnen Sie eine neuere Sicherung.</translation>
        </message>
        <message>
            <source>{path} cannot be opened: table meta, row schema_version, column value holds no valid file format version. The file was changed outside Co-Design Studio or is damaged; open a backup copy or the last export.</source>
            <translation>{path} lässt sich nicht öffnen: Tabelle meta, Zeile schema_version, Spalte value enthält keine gültige Dateiformat-Version. Die Datei wurde außerhalb von Co-Design Studio geändert oder ist beschädigt; öffnen Sie eine Sicherungskopie oder den letzten Export.</translation>
        </message>
        <message>
            <source>{command}: the output must end in {suffix}, not “{name}”.</source>
            <translation>{command}: Die Zieldatei muss auf {suffix} enden, nicht auf „{name}“.</translation>
        </message>
        <message>
            <source>Sheet {sheet}, row {row}, column {column}: </source>
            <translation>Tabellenblatt {sheet}, Zeile {row}, Spalte {column}: </translation>
        </message>
        <message>
            <source>Sheet {sheet}, row {row}: </source>
            <translation>Tabellenblatt {sheet}, Zeile {row}: </translation>
        </message>
        <message>
            <source>Expected {expected}, found “{found}”.</source>
            <translation>Erwartet: {expected}, gefunden: „{found}“.</translation>
        </message>
        <message>
            <source>The JSON text is nested more than {n} levels deep; an export never is. Import an unchanged export.</source>
            <translation>Der JSON-Text ist mehr als {n} Ebenen tief verschachtelt; ein Export ist das nie. Importieren Sie einen unveränderten Export.</translation>
        </message>
        <message>
            <source>The number {found} is far larger than a workshop can hold.</source>
            <translation>Die Zahl {found} ist viel größer, als in einer Werkstatt vorkommen kann.</translation>
        </message>
        <message>
            <source>The required column is missing. Add it back (see the About sheet).</source>
            <translation>Die erforderliche Spalte fehlt. Fügen Sie sie wieder ein (siehe Tabellenblatt About).</translation>
        </message>
        <message>
            <source>{name}: the sheet EvidenceLinks repeats an evidence id or links one item twice to one recommendation. Import an unchanged export.</source>
            <translation>{name}: Das Blatt EvidenceLinks wiederholt eine Beleg-Kennung oder verknüpft ein Element zweimal mit derselben Empfehlung. Lesen Sie einen unveränderten Export ein.</translation>
        </message>
        <message>
            <source>“{found}” is not one of {allowed}.</source>
            <translation>„{found}“ ist keiner der Werte {allowed}.</translation>
        </message>
        <message>
            <source>This cell must not be empty.</source>
            <translation>Diese Zelle darf nicht leer sein.</translation>
        </message>
        <message>
            <source>The history is not the list an export writes. Import an unchanged export.</source>
            <translation>Der Verlauf ist nicht die Liste, die ein Export schreibt. Lesen Sie einen unveränderten Export ein.</translation>
        </message>
        <message>
            <source>{path} is a workshop file, not a spreadsheet export. Open it in the app, or export it first.</source>
            <translation>{path} ist eine Werkstatt-Datei, kein Tabellen-Export. Öffnen Sie die Datei in der Anwendung oder exportieren Sie sie zuerst.</translation>
        </message>
        <message>
            <source>{path} is not an Excel workbook (.xlsx). Import a file written by studio export or File → Export.</source>
            <translation>{path} ist keine Excel-Arbeitsmappe (.xlsx). Importieren Sie eine Datei, die mit studio export oder Datei → Exportieren erstellt wurde.</translation>
        </message>
        <message>
            <source>Sheet {sheet}: </source>
            <translation>Tabellenblatt {sheet}: </translation>
        </message>
        <message>
            <source>This cell holds a formula (“{formula}”), not a value. Replace it with the value itself: {expected}.</source>
            <translation>Diese Zelle enthält eine Formel („{formula}“), keinen Wert. Ersetzen Sie sie durch den Wert selbst: {expected}.</translation>
        </message>
        <message>
            <source>{path} is not a spreadsheet that can be read (.xlsx): {reason}</source>
            <translation>{path} ist keine lesbare Tabelle (.xlsx): {reason}</translation>
        </message>
        <message>
            <source>{path} is too large to import: {part} unpacks to {size} MB, more than the {limit} MB a workshop can fill.</source>
            <translation>{path} ist zu groß für den Import: {part} wird entpackt {size} MB groß, mehr als die {limit} MB, die eine Werkstatt füllen kann.</translation>
        </message>
        <message>
            <source>sheet {sheet}</source>
            <translation>das Blatt {sheet}</translation>
        </message>
        <message>
            <source>the part {part}</source>
            <translation>der Teil {part}</translation>
        </message>
        <message>
            <source>{path} has more than {n} parts, far more than a spreadsheet of a workshop has; it is not imported.</source>
            <translation>{path} hat mehr als {n} Teile, weit mehr als eine Tabelle einer Werkstatt; die Datei wird nicht importiert.</translation>
        </message>
        <message>
            <source>Sheet {sheet} has more than {n} rows, more than a workshop can hold; the file is not imported.</source>
            <translation>Das Blatt {sheet} hat mehr als {n} Zeilen, mehr als eine Werkstatt haben kann; die Datei wird nicht importiert.</translation>
        </message>
        <message>
            <source>{path} is not a Co-Design Studio export: it has no About sheet.</source>
            <translation>{path} ist kein Export von Co-Design Studio: Das Tabellenblatt About fehlt.</translation>
        </message>
        <message>
            <source>The table with the columns section, key and value is missing.</source>
            <translation>Die Tabelle mit den Spalten section, key und value fehlt.</translation>
        </message>
        <message>
            <source>{path} is not a Co-Design Studio export (its About sheet names no export format).</source>
            <translation>{path} ist kein Export von Co-Design Studio (das Tabellenblatt About nennt kein Exportformat).</translation>
        </message>
        <message>
            <source>The file uses export format {found}; this app reads format {ours}.x. Use a matching version of Co-Design Studio.</source>
            <translation>Die Datei hat das Exportformat {found}; diese Anwendung liest das Format {ours}.x. Verwenden Sie eine passende Version von Co-Design Studio.</translation>
        </message>
        <message>
            <source>The sheet is missing. Import an unchanged export, or add the sheet back.</source>
            <translation>Das Tabellenblatt fehlt. Importieren Sie einen unveränderten Export oder fügen Sie das Tabellenblatt wieder ein.</translation>
        </message>
        <message>
            <source>No recommendation of the sheet Recommendations has this id. Import an unchanged export.</source>
            <translation>Keine Empfehlung im Blatt Recommendations hat diese Kennung. Lesen Sie einen unveränderten Export ein.</translation>
        </message>
        <message>
            <source>The workshop's {key} is missing.</source>
            <translation>Für die Werkstatt fehlt der Eintrag {key}.</translation>
        </message>
        <message>
            <source>{value} is not a workshop of this file.</source>
            <translation>{value} ist keine Werkstatt in dieser Datei.</translation>
        </message>
        <message>
            <source>The card cannot be rebuilt from card_layout and the card columns.</source>
            <translation>Die Karte lässt sich aus card_layout und den Kartenspalten nicht wiederherstellen.</translation>
        </message>
        <message>
            <source>{path} holds {n} workshops (a merged file); import the export of one workshop.</source>
            <translation>{path} enthält {n} Werkstätten (eine zusammengeführte Datei); importieren Sie den Export einer einzelnen Werkstatt.</translation>
        </message>
        <message>
            <source>A text in sheet {sheet}, cell {cell} has {n} characters; an Excel cell holds at most 32,767. Shorten it in the workshop, or export as CSV.</source>
            <translation>Ein Text im Tabellenblatt {sheet}, Zelle {cell}, hat {n} Zeichen; eine Excel-Zelle fasst höchstens 32.767. Kürzen Sie ihn in der Werkstatt oder exportieren Sie als CSV.</translation>
        </message>
        <message>
            <source>The card cannot be saved: {field}: {problem}</source>
            <translation>Die Karte kann nicht gespeichert werden: {field}: {problem}</translation>
        </message>
        <message>
            <source>{name} cannot be used as an illustration: it must be an SVG file of at most 500 KB, not a link.</source>
            <translation>{name} kann nicht als Illustration verwendet werden: Es muss eine SVG-Datei von höchstens 500 KB sein, keine Verknüpfung.</translation>
        </message>
        <message>
            <source>{path} is not the folder of an earlier CSV export, so it is not replaced. Choose a new folder for the CSV files.</source>
            <translation>{path} ist nicht der Ordner eines früheren CSV-Exports und wird deshalb nicht ersetzt. Wählen Sie einen neuen Ordner für die CSV-Dateien.</translation>
        </message>
        <message>
            <source>“{key}” must be a number of at least 0.</source>
            <translation>„{key}“ muss eine Zahl von mindestens 0 sein.</translation>
        </message>
        <message>
            <source>The workshop file could not be written ({detail}), so nothing was saved. Free some disk space or make sure the file may be written, then try again.</source>
            <translation>Die Werkstattdatei konnte nicht geschrieben werden ({detail}); es wurde nichts gespeichert. Schaffen Sie Platz auf dem Datenträger oder sorgen Sie dafür, dass die Datei beschrieben werden darf, und versuchen Sie es dann noch einmal.</translation>
        </message>
        <message>
            <source>{path} is open in Co-Design Studio on {host} (process {pid}, since {since}). Close it there, or open it read-only.</source>
            <translation>{path} ist in Co-Design Studio auf {host} geöffnet (Prozess {pid}, seit {since}). Schließen Sie die Datei dort, oder öffnen Sie sie schreibgeschützt.</translation>
        </message>
        <message>
            <source>{path} is open in Co-Design Studio on {host} (process {pid}, since {since}). Close it there first, then run the command again.</source>
            <translation>{path} ist in Co-Design Studio auf {host} geöffnet (Prozess {pid}, seit {since}). Schließen Sie die Datei dort zuerst und führen Sie den Befehl dann erneut aus.</translation>
        </message>
        <message>
            <source>{path} cannot be opened: table {table}, row {row}, column {column} is {problem}. The file was changed outside Co-Design Studio or is damaged; open a backup copy or the last export.</source>
            <translation>{path} lässt sich nicht öffnen: Tabelle {table}, Zeile {row}, Spalte {column}: {problem}. Die Datei wurde außerhalb von Co-Design Studio geändert oder ist beschädigt; öffnen Sie eine Sicherungskopie oder den letzten Export.</translation>
        </message>
        <message>
            <source>{path} cannot be opened: table {table}, row {row}, column {column} is longer than {limit} characters. The file was changed outside Co-Design Studio or is damaged; open a backup copy or the last export.</source>
            <translation>{path} lässt sich nicht öffnen: Tabelle {table}, Zeile {row}, Spalte {column} ist länger als {limit} Zeichen. Die Datei wurde außerhalb von Co-Design Studio geändert oder ist beschädigt; öffnen Sie eine Sicherungskopie oder den letzten Export.</translation>
        </message>
        <message>
            <source>{path} contains a {kind} named “{name}” that Co-Design Studio does not define (it could change data behind the app's back). It is not opened; open a backup copy or the last export.</source>
            <translation>{path} enthält ein Schemaobjekt ({kind}) namens „{name}“, das Co-Design Studio nicht vorsieht (damit könnten Daten unbemerkt verändert werden). Die Datei wird nicht geöffnet; öffnen Sie eine Sicherungskopie oder den letzten Export.</translation>
        </message>
        <message>
            <source>{path} cannot be opened: table {table} lacks its column {column}. The file was changed outside Co-Design Studio or is damaged; open a backup copy or the last export.</source>
            <translation>{path} lässt sich nicht öffnen: In der Tabelle {table} fehlt die Spalte {column}. Die Datei wurde außerhalb von Co-Design Studio geändert oder ist beschädigt; öffnen Sie eine Sicherungskopie oder den letzten Export.</translation>
        </message>
        <message>
            <source>{path} cannot be opened: its table {table} is missing. The file was changed outside Co-Design Studio or is damaged; open a backup copy or the last export.</source>
            <translation>{path} lässt sich nicht öffnen: Die Tabelle {table} fehlt. Die Datei wurde außerhalb von Co-Design Studio geändert oder ist beschädigt; öffnen Sie eine Sicherungskopie oder den letzten Export.</translation>
        </message>
        <message>
            <source>{path} holds {n} workshops, but a workshop file holds exactly one. The file was changed outside Co-Design Studio or is damaged; open a backup copy or the last export.</source>
            <translation>{path} enthält {n} Werkstätten, eine Werkstattdatei enthält aber genau eine. Die Datei wurde außerhalb von Co-Design Studio geändert oder ist beschädigt; öffnen Sie eine Sicherungskopie oder den letzten Export.</translation>
        </message>
        <message>
            <source>{path} is an archive, not a workshop file or export. Add the workshops it came from, or merge archives with studio merge.</source>
            <translation>{path} ist ein Archiv, keine Werkstatt-Datei und kein Export. Nehmen Sie die Werkstätten auf, aus denen es entstand, oder führen Sie Archive mit studio merge zusammen.</translation>
        </message>
        <message>
            <source>{id} matches {n} workshops in {archive}. Give more of the id (see studio archive list).</source>
            <extracomment>replaced: what changed, as (label key, count) pairs (see :func:`content.describe`) kept/unchanged: the archived copy's source; unchanged: True when city/place were set</extracomment>
            <translation>{id} passt auf {n} Werkstätten in {archive}. Geben Sie mehr von der ID an (siehe studio archive list).</translation>
        </message>
        <message>
            <source>{archive} holds no workshop {id}. See studio archive list for the ids.</source>
            <translation>{archive} enthält keine Werkstatt {id}. Die IDs zeigt studio archive list.</translation>
        </message>
        <message>
            <source>“{title}” could not be added to {archive}: others kept adding it at the same moment. Run the command again.</source>
            <translation>„{title}“ konnte nicht in {archive} aufgenommen werden: Andere haben sie im selben Moment wiederholt aufgenommen. Führen Sie den Befehl erneut aus.</translation>
        </message>
        <message>
            <source>{archive} holds no workshops yet, so there is nothing to merge from it. Add some with studio archive add.</source>
            <translation>{archive} enthält noch keine Werkstätten, es gibt daraus also nichts zusammenzuführen. Nehmen Sie welche mit studio archive add auf.</translation>
        </message>
        <message>
            <source>“{kind}” is no kind of evidence. Use note, cluster, result or statement.</source>
            <translation>„{kind}“ ist keine Art von Beleg. Verwenden Sie note, cluster, result oder statement.</translation>
        </message>
        <message>
            <source>{id} is an option of a question, not a statement: link the question's result instead.</source>
            <translation>{id} ist eine Antwortmöglichkeit einer Frage, keine Aussage: Verknüpfen Sie stattdessen das Ergebnis der Frage.</translation>
        </message>
        <message>
            <source>{id} is a note round, which has no result: link its notes or clusters instead.</source>
            <translation>{id} ist eine Notizrunde und hat kein Ergebnis: Verknüpfen Sie stattdessen ihre Notizen oder Cluster.</translation>
        </message>
        <message>
            <source>The paper and the handbook cannot be the same file ({path}). Choose two names.</source>
            <translation>Strategiepapier und Handreichung können nicht dieselbe Datei sein ({path}). Wählen Sie zwei Namen.</translation>
        </message>
        <message>
            <source>{archive} holds no workshops yet, so there is no paper to write. Add some with studio archive add.</source>
            <translation>{archive} enthält noch keine Werkstätten, daher gibt es kein Papier zu schreiben. Fügen Sie welche mit studio archive add hinzu.</translation>
        </message>
        <message>
            <source>Type your name first: every change to a recommendation is kept with who made it.</source>
            <translation>Geben Sie zuerst Ihren Namen ein: Jede Änderung an einer Empfehlung wird mit dem Namen der Person gespeichert.</translation>
        </message>
        <message>
            <source>A recommendation needs a title.</source>
            <translation>Eine Empfehlung braucht einen Titel.</translation>
        </message>
        <message>
            <source>“{audience}” is no audience: use paper, handbook or both.</source>
            <translation>„{audience}“ ist keine Zielgruppe: Verwenden Sie paper, handbook oder both.</translation>
        </message>
        <message>
            <source>A pilot is named by its card id; one of them is empty.</source>
            <translation>Ein Pilotvorhaben wird mit seiner Karten-Kennung angegeben; eine davon ist leer.</translation>
        </message>
        <message>
            <source>{archive} holds no recommendation {id}.</source>
            <translation>{archive} enthält keine Empfehlung {id}.</translation>
        </message>
        <message>
            <source>“{title}” was changed by {who} at {when} UTC while you edited it. Reload it and make your change again.</source>
            <translation>„{title}“ wurde von {who} um {when} UTC geändert, während Sie sie bearbeitet haben. Laden Sie sie neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
        </message>
        <message>
            <source>“{decision}” is no decision: use proposed, adopted, changed or not_adopted.</source>
            <translation>„{decision}“ ist keine Entscheidung: Verwenden Sie proposed, adopted, changed oder not_adopted.</translation>
        </message>
        <message>
            <source>Say why the recommendation is not adopted: the reason is required.</source>
            <translation>Geben Sie an, warum die Empfehlung nicht übernommen wird: Die Begründung ist Pflicht.</translation>
        </message>
        <message>
            <source>The archive shows no {kind} {id} in workshop {workshop}: only what it shows can be linked as evidence.</source>
            <translation>Das Archiv zeigt kein Element {kind} {id} in der Werkstatt {workshop}: Nur was es zeigt, kann als Beleg verknüpft werden.</translation>
        </message>
        <message>
            <source>{archive} holds no evidence link {id}.</source>
            <translation>{archive} enthält keinen Beleg {id}.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>[hidden: personal data]</source>
            <translation>[ausgeblendet: personenbezogene Daten]</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export workshop</source>
            <translation>Werkstatt exportieren</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel-Arbeitsmappe (.xlsx)</translation>
        </message>
        <message>
            <source>CSV files, one per sheet (folder)</source>
            <translation>CSV-Dateien, eine je Tabellenblatt (Ordner)</translation>
        </message>
        <message>
            <source>Printable report (.pdf)</source>
            <translation>Bericht zum Ausdrucken (.pdf)</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportieren nach</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>Choose where to export</source>
            <translation>Speicherort für den Export wählen</translation>
        </message>
        <message>
            <source>For German Excel (separator ;, decimal comma, BOM)</source>
            <translation>Für deutsches Excel (Trennzeichen ;, Dezimalkomma, BOM)</translation>
        </message>
        <message>
            <source>CSV for German Excel</source>
            <translation>CSV für deutsches Excel</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>&amp;Export to:</source>
            <translation>Exportieren &amp;nach:</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF report (*.pdf)</source>
            <translation>PDF-Bericht (*.pdf)</translation>
        </message>
        <message>
            <source>Export into folder</source>
            <translation>In Ordner exportieren</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Den Ordner {folder} gibt es nicht.</translation>
        </message>
        <message>
            <source>Exported to {path}.</source>
            <translation>Exportiert nach {path}.</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>Ask the organisers of the workshop ({who}).</source>
            <translation>Fragen Sie die Veranstalter der Werkstatt ({who}).</translation>
        </message>
        <message>
            <source>Ask the organisers of the workshop.</source>
            <translation>Fragen Sie die Veranstalter der Werkstatt.</translation>
        </message>
        <message>
            <source>What you told us, and what became of it</source>
            <translation>Was Sie uns gesagt haben – und was daraus geworden ist</translation>
        </message>
        <message>
            <source>Thank you for taking part. This page sums up what we heard at the workshop, and what the city decided about the recommendations that rest on it.</source>
            <translation>Vielen Dank, dass Sie mitgemacht haben. Diese Seite fasst zusammen, was wir in der Werkstatt gehört haben und was die Stadt über die Empfehlungen entschieden hat, die sich darauf stützen.</translation>
        </message>
        <message>
            <source>What we heard</source>
            <translation>Was wir gehört haben</translation>
        </message>
        <message>
            <source>Notes with the most dots:</source>
            <translation>Notizen mit den meisten Punkten:</translation>
        </message>
        <message>
            <source>What became of it</source>
            <translation>Was daraus geworden ist</translation>
        </message>
        <message>
            <source>No recommendation draws on this workshop yet. We will tell you when there are decisions.</source>
            <translation>Noch stützt sich keine Empfehlung auf diese Werkstatt. Wir sagen Ihnen Bescheid, sobald es Entscheidungen gibt.</translation>
        </message>
        <message>
            <source>Decision: {decision}</source>
            <translation>Entscheidung: {decision}</translation>
        </message>
        <message>
            <source>Where to read more</source>
            <translation>Wo Sie mehr lesen können</translation>
        </message>
    </context>
    <context>
        <name>FileNotices</name>
        <message>
            <source>Workshop in use</source>
            <translation>Werkstatt in Benutzung</translation>
        </message>
        <message>
            <source>A read-only copy shows the workshop as it is now; you can look at it and export it, but not change it.</source>
            <translation>Eine schreibgeschützte Kopie zeigt die Werkstatt im jetzigen Stand; Sie können sie ansehen und exportieren, aber nicht ändern.</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>&amp;Schreibgeschützt öffnen</translation>
        </message>
        <message>
            <source>This workshop file cannot be written: the file or its folder is read-only. It opened as a read-only copy, and nothing is saved to it. To work on the workshop, save a copy elsewhere (File → Save As).</source>
            <translation>Diese Werkstattdatei kann nicht beschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt. Sie wurde als schreibgeschützte Kopie geöffnet, und nichts wird in ihr gespeichert. Um an der Werkstatt zu arbeiten, speichern Sie eine Kopie an einem anderen Ort (Datei → Speichern unter).</translation>
        </message>
        <message>
            <source>This is a read-only copy of the workshop: another app has it open. Changes cannot be saved here; export it if you need the data.</source>
            <translation>Dies ist eine schreibgeschützte Kopie der Werkstatt: Eine andere Anwendung hat sie geöffnet. Änderungen können hier nicht gespeichert werden; exportieren Sie sie, wenn Sie die Daten brauchen.</translation>
        </message>
        <message>
            <source>This workshop is on a network drive ({fs}). The app writes it in a slower, safe mode there, and a dropped connection interrupts the session. For a live workshop, save a copy on this computer (File → Save As) and copy it back afterwards.</source>
            <translation>Diese Werkstatt liegt auf einem Netzlaufwerk ({fs}). Die Anwendung schreibt sie dort in einem langsameren, sicheren Modus, und eine unterbrochene Verbindung unterbricht auch die Sitzung. Speichern Sie für eine laufende Werkstatt eine Kopie auf diesem Computer (Datei → Speichern unter) und kopieren Sie sie danach zurück.</translation>
        </message>
        <message>
            <source>About this workshop file</source>
            <translation>Zu dieser Werkstattdatei</translation>
        </message>
    </context>
    <context>
        <name>FocusBoard</name>
        <message>
            <source>No notes to show here.</source>
            <translation>Hier gibt es keine Notizen zu zeigen.</translation>
        </message>
        <message>
            <source>Notes shown large</source>
            <translation>Groß gezeigte Notizen</translation>
        </message>
        <message>
            <source>One cluster, category or selection of notes, large enough to read from the back of the room.</source>
            <translation>Eine Gruppe, Kategorie oder Auswahl von Notizen, so groß, dass man sie auch hinten im Raum lesen kann.</translation>
        </message>
        <message>
            <source>Unnamed cluster</source>
            <translation>Gruppe ohne Namen</translation>
        </message>
        <message>
            <source>Selected notes</source>
            <translation>Ausgewählte Notizen</translation>
        </message>
        <message>
            <source>Part {part} of {parts}</source>
            <translation>Teil {part} von {parts}</translation>
        </message>
    </context>
    <context>
        <name>GlossaryEditor</name>
        <message>
            <source>Glossary</source>
            <translation>Glossar</translation>
        </message>
        <message>
            <source>Add term</source>
            <translation>Begriff hinzufügen</translation>
        </message>
        <message>
            <source>Add a glossary term</source>
            <translation>Einen Begriff zum Glossar hinzufügen</translation>
        </message>
        <message>
            <source>Remove term</source>
            <translation>Begriff entfernen</translation>
        </message>
        <message>
            <source>Remove the selected glossary term</source>
            <translation>Den ausgewählten Begriff aus dem Glossar entfernen</translation>
        </message>
    </context>
    <context>
        <name>GlossaryModel</name>
        <message>
            <source>Term (German)</source>
            <translation>Begriff (Deutsch)</translation>
        </message>
        <message>
            <source>Term (English)</source>
            <translation>Begriff (Englisch)</translation>
        </message>
        <message>
            <source>Definition (German)</source>
            <translation>Definition (Deutsch)</translation>
        </message>
        <message>
            <source>Definition (English)</source>
            <translation>Definition (Englisch)</translation>
        </message>
    </context>
    <context>
        <name>GroupQuestionSwitch</name>
        <message>
            <source>Ask for the group in this activity</source>
            <translation>In dieser Aktivität nach der Gruppe fragen</translation>
        </message>
        <message>
            <source>The shared screen asks each person for their stakeholder group once, before their first answer in this activity.</source>
            <translation>Der gemeinsame Bildschirm fragt jede Person einmal nach ihrer Gruppe, vor ihrer ersten Antwort in dieser Aktivität.</translation>
        </message>
        <message>
            <source>Ask for the group in this workshop</source>
            <translation>In dieser Werkstatt nach der Gruppe fragen</translation>
        </message>
        <message>
            <source>Off: no activity of this workshop asks for the stakeholder group.</source>
            <translation>Aus: Keine Aktivität dieser Werkstatt fragt nach der Gruppe.</translation>
        </message>
    </context>
    <context>
        <name>GroupsModel</name>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
    </context>
    <context>
        <name>HideDialog</name>
        <message>
            <source>Hide note</source>
            <translation>Notiz ausblenden</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personenbezogene Daten</translation>
        </message>
        <message>
            <source>Insult or discriminating language</source>
            <translation>Beleidigung oder diskriminierende Sprache</translation>
        </message>
        <message>
            <source>Off topic</source>
            <translation>Gehört nicht zum Thema</translation>
        </message>
        <message>
            <source>Reason for hiding</source>
            <translation>Grund für das Ausblenden</translation>
        </message>
        <message>
            <source>{n} note(s) will no longer appear on the shared screen. They stay in the file and in exports, marked as hidden with this reason.</source>
            <translation>Ausgewählte Notizen: {n}. Sie erscheinen nicht mehr auf dem gemeinsamen Bildschirm. In der Datei und in Exporten bleiben sie erhalten – als ausgeblendet markiert, mit diesem Grund.</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ausblenden</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <source>Say why the note is hidden.</source>
            <translation>Geben Sie an, warum die Notiz ausgeblendet wird.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>The file is not UTF-8; it was read as Windows-1252. Check umlauts in the preview (save as “CSV UTF-8” to avoid this).</source>
            <translation>Die Datei ist nicht in UTF-8 gespeichert und wurde als Windows-1252 gelesen. Prüfen Sie die Umlaute in der Vorschau. (Speichern Sie die Datei als „CSV UTF-8“, um das zu vermeiden.)</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import export file</source>
            <translation>Export-Datei importieren</translation>
        </message>
        <message>
            <source>Export file to import</source>
            <translation>Zu importierende Export-Datei</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Auswählen…</translation>
        </message>
        <message>
            <source>Choose the export file</source>
            <translation>Export-Datei auswählen</translation>
        </message>
        <message>
            <source>New workshop file</source>
            <translation>Neue Werkstatt-Datei</translation>
        </message>
        <message>
            <source>&amp;Export file:</source>
            <translation>&amp;Export-Datei:</translation>
        </message>
        <message>
            <source>&amp;New workshop:</source>
            <translation>&amp;Neue Werkstatt:</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
        </message>
        <message>
            <source>Choose the export file first.</source>
            <translation>Wählen Sie zuerst die Export-Datei aus.</translation>
        </message>
        <message>
            <source>Restored the workshop to {path}.</source>
            <translation>Die Werkstatt wurde in {path} wiederhergestellt.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagworte</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
    </context>
    <context>
        <name>JoinView</name>
        <message>
            <source>Vote on your phone</source>
            <translation>Mit dem Handy abstimmen</translation>
        </message>
        <message>
            <source>QR code of the address to join</source>
            <translation>QR-Code der Adresse zum Mitmachen</translation>
        </message>
        <message>
            <source>Scan the code with your phone's camera, or open:</source>
            <translation>Scannen Sie den Code mit der Kamera Ihres Handys, oder öffnen Sie:</translation>
        </message>
        <message>
            <source>Room code (if the page asks for it):</source>
            <translation>Raumcode (falls die Seite danach fragt):</translation>
        </message>
        <message>
            <source>QR code to join the Wi-Fi</source>
            <translation>QR-Code für das WLAN</translation>
        </message>
        <message>
            <source>First join the Wi-Fi “{name}”: scan this code.</source>
            <translation>Verbinden Sie sich zuerst mit dem WLAN „{name}“: Scannen Sie diesen Code.</translation>
        </message>
        <message>
            <source>No phone? Vote here on the shared screen, as before. Nothing leaves this room: no internet, no account.</source>
            <translation>Kein Handy? Stimmen Sie wie bisher hier am gemeinsamen Bildschirm ab. Nichts verlässt diesen Raum: kein Internet, kein Konto.</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>Single choice</source>
            <translation>Einfachauswahl</translation>
        </message>
        <message>
            <source>Multiple choice</source>
            <translation>Mehrfachauswahl</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <source>Don't know</source>
            <translation>Weiß nicht</translation>
        </message>
        <message>
            <source>Point budget</source>
            <translation>Punkte verteilen</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Rangfolge</translation>
        </message>
        <message>
            <source>2×2 matrix</source>
            <translation>2×2-Matrix</translation>
        </message>
        <message>
            <source>Agree / disagree</source>
            <translation>Zustimmung / Ablehnung</translation>
        </message>
        <message>
            <source>Sticky notes</source>
            <translation>Haftnotizen</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Geschlossen</translation>
        </message>
        <message>
            <source>Revealed</source>
            <translation>Aufgedeckt</translation>
        </message>
        <message>
            <source>Shared screen</source>
            <translation>Gemeinsamer Bildschirm</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Handys</translation>
        </message>
        <message>
            <source>Facilitator tally</source>
            <translation>Zählung der Moderation</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Agree</source>
            <translation>Stimme zu</translation>
        </message>
        <message>
            <source>Disagree</source>
            <translation>Stimme nicht zu</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Enthaltung</translation>
        </message>
        <message>
            <source>Visible</source>
            <translation>Sichtbar</translation>
        </message>
        <message>
            <source>Hidden</source>
            <translation>Ausgeblendet</translation>
        </message>
        <message>
            <source>Scenario card</source>
            <translation>Szenario-Karte</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Notes board</source>
            <translation>Pinnwand</translation>
        </message>
        <message>
            <source>Dot voting</source>
            <translation>Punktabfrage</translation>
        </message>
        <message>
            <source>Blank screen</source>
            <translation>Schwarzer Bildschirm</translation>
        </message>
        <message>
            <source>small groups</source>
            <translation>kleine Gruppen</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
    </context>
    <context>
        <name>LaptopNoteEntry</name>
        <message>
            <source>Category of the note</source>
            <translation>Art der Notiz</translation>
        </message>
        <message>
            <source>Note typed at the laptop</source>
            <translation>Am Laptop getippte Notiz</translation>
        </message>
        <message>
            <source>Note heard in the room…</source>
            <translation>Im Raum gehörte Notiz …</translation>
        </message>
        <message>
            <source>Type what someone said in the room; Enter adds it as a note.</source>
            <translation>Schreiben Sie auf, was jemand im Raum gesagt hat. Mit der Eingabetaste wird es als Notiz hinzugefügt.</translation>
        </message>
        <message>
            <source>The category the note is filed under on the notes board.</source>
            <translation>Die Kategorie, unter der die Notiz auf der Notizwand steht.</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Notiz hinzufügen</translation>
        </message>
        <message>
            <source>Adds the note to the current notes activity, marked as typed at the laptop.</source>
            <translation>Fügt die Notiz der aktuellen Notiz-Aktivität hinzu, gekennzeichnet als am Laptop getippt.</translation>
        </message>
        <message>
            <source>Note added.</source>
            <translation>Notiz hinzugefügt.</translation>
        </message>
    </context>
    <context>
        <name>LibraryActions</name>
        <message>
            <source>Replace card</source>
            <translation>Karte ersetzen</translation>
        </message>
        <message>
            <source>A card with the id “{id}” exists. Replace it?</source>
            <translation>Es gibt bereits eine Karte mit der ID „{id}“. Möchten Sie sie ersetzen?</translation>
        </message>
        <message>
            <source>Cannot save card</source>
            <translation>Karte kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Card saved in {folder}</source>
            <translation>Karte gespeichert in {folder}</translation>
        </message>
        <message>
            <source>Import cards from a folder</source>
            <translation>Karten aus einem Ordner importieren</translation>
        </message>
        <message>
            <source>Import a card</source>
            <translation>Eine Karte importieren</translation>
        </message>
        <message>
            <source>Scenario cards (*.toml)</source>
            <translation>Szenario-Karten (*.toml)</translation>
        </message>
        <message>
            <source>Cards with the same id</source>
            <translation>Karten mit derselben ID</translation>
        </message>
        <message>
            <source>Replace mine</source>
            <translation>Meine ersetzen</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Beide behalten</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Import fehlgeschlagen</translation>
        </message>
        <message>
            <source>{n} card(s) have the same id as cards you already have, but other content: {ids}</source>
            <translation>Diese Karten haben dieselbe ID wie Karten, die Sie schon haben, aber einen anderen Inhalt ({n}): {ids}</translation>
        </message>
        <message>
            <source>{n} card(s) imported.</source>
            <translation>Importierte Karten: {n}.</translation>
        </message>
        <message>
            <source>{n} card(s) were already there.</source>
            <translation>Bereits vorhandene Karten: {n}.</translation>
        </message>
        <message>
            <source>{n} card(s) skipped.</source>
            <translation>Übersprungene Karten: {n}.</translation>
        </message>
        <message>
            <source>These files could not be imported:</source>
            <translation>Diese Dateien konnten nicht importiert werden:</translation>
        </message>
        <message>
            <source>Import cards</source>
            <translation>Karten importieren</translation>
        </message>
        <message>
            <source>Select the cards to export first.</source>
            <translation>Wählen Sie zuerst die Karten aus, die Sie exportieren möchten.</translation>
        </message>
        <message>
            <source>Export cards to a folder</source>
            <translation>Karten in einen Ordner exportieren</translation>
        </message>
        <message>
            <source>Replace files</source>
            <translation>Dateien ersetzen</translation>
        </message>
        <message>
            <source>{error}
Replace the existing card files?</source>
            <translation>{error}
Möchten Sie die vorhandenen Kartendateien ersetzen?</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>{n} card(s) exported to {folder}</source>
            <translation>Karten exportiert nach {folder}: {n}</translation>
        </message>
        <message>
            <source>The plan is not ready</source>
            <translation>Der Plan ist noch nicht fertig</translation>
        </message>
        <message>
            <source>Fix these problems first (see the plan check):</source>
            <translation>Beheben Sie zuerst diese Probleme (siehe Planprüfung):</translation>
        </message>
        <message>
            <source>Create workshop file</source>
            <translation>Werkstatt-Datei anlegen</translation>
        </message>
        <message>
            <source>Workshops (*.workshop)</source>
            <translation>Werkstätten (*.workshop)</translation>
        </message>
        <message>
            <source>Cannot create the workshop</source>
            <translation>Die Werkstatt kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Workshop created: {file}</source>
            <translation>Werkstatt angelegt: {file}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>&amp;Schriftgröße</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>All changes are saved automatically in {path}</source>
            <translation>Alle Änderungen werden automatisch gespeichert in {path}</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>Liste leeren</translation>
        </message>
        <message>
            <source>Cannot open workshop</source>
            <translation>Werkstatt kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>&amp;Werkstatt</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Durchführen</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>&amp;Pinnwand</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sitzung</translation>
        </message>
        <message>
            <source>B&amp;oard</source>
            <translation>Pinn&amp;wand</translation>
        </message>
        <message>
            <source>Open workshop</source>
            <translation>Werkstatt öffnen</translation>
        </message>
        <message>
            <source>Workshops (*.workshop);;All files (*)</source>
            <translation>Werkstätten (*.workshop);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Cannot create workshop</source>
            <translation>Werkstatt kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Writing the demo workshop…</source>
            <translation>Demo-Werkstatt wird geschrieben…</translation>
        </message>
        <message>
            <source>Cannot create the demo workshop</source>
            <translation>Die Demo-Werkstatt kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Save workshop as</source>
            <translation>Werkstatt speichern unter</translation>
        </message>
        <message>
            <source>Workshops (*.workshop)</source>
            <translation>Werkstätten (*.workshop)</translation>
        </message>
        <message>
            <source>Cannot save workshop</source>
            <translation>Werkstatt kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiv</translation>
        </message>
        <message>
            <source>Open archive</source>
            <translation>Archiv öffnen</translation>
        </message>
        <message>
            <source>Archives (*.studioarchive)</source>
            <translation>Archive (*.studioarchive)</translation>
        </message>
        <message>
            <source>New archive</source>
            <translation>Neues Archiv</translation>
        </message>
        <message>
            <source>Archive on a server</source>
            <translation>Archiv auf einem Server</translation>
        </message>
        <message>
            <source>Address of the archive's PostgreSQL database (postgresql://user@host/database; the password from ~/.pgpass or PGPASSWORD):</source>
            <translation>Adresse der PostgreSQL-Datenbank des Archivs (postgresql://benutzer@host/datenbank; das Passwort aus ~/.pgpass oder PGPASSWORD):</translation>
        </message>
    </context>
    <context>
        <name>MatrixAnswer</name>
        <message>
            <source>Matrix: {x} across, {y} up. Tap to place your dot; arrow keys move it.</source>
            <translation>Matrix: {x} nach rechts, {y} nach oben. Tippen Sie, um Ihren Punkt zu setzen; die Pfeiltasten verschieben ihn.</translation>
        </message>
        <message>
            <source>Tap the spot that fits your view, then submit.</source>
            <translation>Tippen Sie auf die Stelle, die Ihrer Sicht entspricht, und geben Sie ab.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge workshops</source>
            <translation>Werkstätten zusammenführen</translation>
        </message>
        <message>
            <source>Workshops and exports to merge</source>
            <translation>Zusammenzuführende Werkstätten und Exporte</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Hinzufügen…</translation>
        </message>
        <message>
            <source>Add workshops or exports</source>
            <translation>Werkstätten oder Exporte hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected inputs</source>
            <translation>Ausgewählte Quellen entfernen</translation>
        </message>
        <message>
            <source>&amp;Inputs:</source>
            <translation>&amp;Quellen:</translation>
        </message>
        <message>
            <source>Merged workbook</source>
            <translation>Zusammengeführte Arbeitsmappe</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>Choose where to write the merged workbook</source>
            <translation>Speicherort für die zusammengeführte Arbeitsmappe wählen</translation>
        </message>
        <message>
            <source>&amp;Output:</source>
            <translation>&amp;Speichern unter:</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Zusammenführen</translation>
        </message>
        <message>
            <source>Workshops and exports (*.workshop *.xlsx)</source>
            <translation>Werkstätten und Exporte (*.workshop *.xlsx)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
        </message>
        <message>
            <source>Add at least one workshop or export and choose where to write the merged workbook.</source>
            <translation>Fügen Sie mindestens eine Werkstatt oder einen Export hinzu und wählen Sie, wo die zusammengeführte Arbeitsmappe gespeichert werden soll.</translation>
        </message>
        <message>
            <source>Merged {n} workshops into {path}: {dup} duplicate rows left out ({diff} differed; the first input was kept), {across} questions compared across workshops.</source>
            <translation>{n} Werkstätten in {path} zusammengeführt: {dup} doppelte Zeilen ausgelassen ({diff} davon mit abweichendem Inhalt; übernommen wurde jeweils die erste Quelle), {across} Fragen werkstattübergreifend verglichen.</translation>
        </message>
    </context>
    <context>
        <name>MultipleChoiceAnswer</name>
        <message>
            <source>Choose or unchoose this answer; up to {k} answers.</source>
            <translation>Diese Antwort wählen oder abwählen. Höchstens {k} Antworten.</translation>
        </message>
        <message numerus="yes">
            <source>Choose up to %n answer(s), then submit.</source>
            <translation>
                <numerusform>Wählen Sie bis zu %n Antwort und geben Sie sie ab.</numerusform>
                <numerusform>Wählen Sie bis zu %n Antworten und geben Sie sie ab.</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} chosen, at most {k}</source>
            <translation>{n} gewählt, höchstens {k}</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation>Neue Werkstatt</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Required. Also names the workshop file.</source>
            <translation>Pflichtfeld. Gibt auch der Werkstatt-Datei ihren Namen.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>The day of the workshop.</source>
            <translation>Der Tag der Werkstatt.</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Where the workshop takes place.</source>
            <translation>Wo die Werkstatt stattfindet.</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <source>Who leads the workshop.</source>
            <translation>Wer die Werkstatt leitet.</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Ort:</translation>
        </message>
        <message>
            <source>&amp;Facilitator:</source>
            <translation>&amp;Moderation:</translation>
        </message>
        <message>
            <source>The workshop will be saved as {path}</source>
            <translation>Die Werkstatt wird gespeichert als {path}</translation>
        </message>
    </context>
    <context>
        <name>NoteAnswer</name>
        <message>
            <source>The kind of note: choose one.</source>
            <translation>Die Art der Notiz: Wählen Sie eine aus.</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>Ihre Notiz</translation>
        </message>
        <message>
            <source>Type your note here</source>
            <translation>Schreiben Sie hier Ihre Notiz</translation>
        </message>
        <message>
            <source>One thought in a few words. Do not write names or other personal details.</source>
            <translation>Ein Gedanke in wenigen Worten. Schreiben Sie bitte keine Namen und keine anderen persönlichen Angaben.</translation>
        </message>
        <message>
            <source>What kind of note is it?</source>
            <translation>Was für eine Notiz ist es?</translation>
        </message>
        <message>
            <source>Write one note, then save it. You can add more afterwards.</source>
            <translation>Schreiben Sie eine Notiz und speichern Sie sie. Danach können Sie weitere hinzufügen.</translation>
        </message>
        <message>
            <source>{n} of {limit} characters</source>
            <translation>{n} von {limit} Zeichen</translation>
        </message>
    </context>
    <context>
        <name>NoteDetails</name>
        <message>
            <source>Note text</source>
            <translation>Notiztext</translation>
        </message>
        <message>
            <source>Source and time</source>
            <translation>Quelle und Zeit</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <source>Personal data hint</source>
            <translation>Hinweis auf personenbezogene Daten</translation>
        </message>
        <message>
            <source>Merged duplicates</source>
            <translation>Zusammengeführte Duplikate</translation>
        </message>
        <message>
            <source>Edit history</source>
            <translation>Bearbeitungsverlauf</translation>
        </message>
        <message>
            <source>Category of the selected notes</source>
            <translation>Kategorie der ausgewählten Notizen</translation>
        </message>
        <message>
            <source>Changes the category of the selected notes (Ctrl+Z undoes it).</source>
            <translation>Ändert die Kategorie der ausgewählten Notizen (Strg+Z macht es rückgängig).</translation>
        </message>
        <message>
            <source>Scenario of the selected notes</source>
            <translation>Szenario der ausgewählten Notizen</translation>
        </message>
        <message>
            <source>Moves the selected notes to another scenario (Ctrl+Z undoes it).</source>
            <translation>Verschiebt die ausgewählten Notizen zu einem anderen Szenario (Strg+Z macht es rückgängig).</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Kategorie:</translation>
        </message>
        <message>
            <source>Scena&amp;rio:</source>
            <translation>Szena&amp;rio:</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Schlagworte:</translation>
        </message>
        <message>
            <source>Tag {name}</source>
            <translation>Schlagwort {name}</translation>
        </message>
        <message>
            <source>Switches this tag on or off for the selected notes.</source>
            <translation>Schaltet dieses Schlagwort für die ausgewählten Notizen ein oder aus.</translation>
        </message>
        <message>
            <source>No scenario (the whole workshop)</source>
            <translation>Kein Szenario (die ganze Werkstatt)</translation>
        </message>
        <message>
            <source>No note selected</source>
            <translation>Keine Notiz ausgewählt</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) selected</source>
            <translation>
                <numerusform>%n Notiz ausgewählt</numerusform>
                <numerusform>%n Notizen ausgewählt</numerusform>
            </translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Source: {source} · {when}</source>
            <translation>Quelle: {source} · {when}</translation>
        </message>
        <message>
            <source>Cluster: {name}</source>
            <translation>Gruppe: {name}</translation>
        </message>
        <message>
            <source>Hidden from the shared screen: {reason}</source>
            <translation>Auf dem gemeinsamen Bildschirm ausgeblendet: {reason}</translation>
        </message>
        <message>
            <source>⚠ Personal data? {hint}. Hide or redact the note.</source>
            <translation>⚠ Personenbezogene Daten? {hint}. Blenden Sie die Notiz aus oder schwärzen Sie die Daten.</translation>
        </message>
        <message>
            <source>Merged duplicates (texts kept):</source>
            <translation>Zusammengeführte Duplikate (Texte bleiben erhalten):</translation>
        </message>
        <message>
            <source>Separate “{text}”</source>
            <translation>„{text}“ wieder trennen</translation>
        </message>
        <message>
            <source>Separate duplicate</source>
            <translation>Duplikat wieder trennen</translation>
        </message>
        <message>
            <source>Makes this merged duplicate a note of its own again.</source>
            <translation>Macht dieses zusammengeführte Duplikat wieder zu einer eigenen Notiz.</translation>
        </message>
        <message>
            <source>Earlier versions:</source>
            <translation>Frühere Fassungen:</translation>
        </message>
    </context>
    <context>
        <name>NotesImportDialog</name>
        <message>
            <source>Import notes from CSV or XLSX</source>
            <translation>Notizen aus CSV oder XLSX importieren</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Datei für den Import</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>Datei &amp;wählen…</translation>
        </message>
        <message>
            <source>Choose file</source>
            <translation>Datei wählen</translation>
        </message>
        <message>
            <source>Category for rows without one</source>
            <translation>Kategorie für Zeilen ohne Kategorie</translation>
        </message>
        <message>
            <source>Columns: text (required), category, tags, group, created, source. See the documentation for details.</source>
            <translation>Spalten: Text (Pflicht), Kategorie, Schlagworte, Gruppe, Zeit, Quelle. Einzelheiten finden Sie in der Dokumentation.</translation>
        </message>
        <message>
            <source>Notes to import</source>
            <translation>Notizen für den Import</translation>
        </message>
        <message>
            <source>Rows that will not be imported</source>
            <translation>Zeilen, die nicht importiert werden</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <source>Category for rows &amp;without one:</source>
            <translation>Kategorie für Zeilen &amp;ohne Kategorie:</translation>
        </message>
        <message>
            <source>Rows that will not be imported:</source>
            <translation>Zeilen, die nicht importiert werden:</translation>
        </message>
        <message>
            <source>Import notes</source>
            <translation>Notizen importieren</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>Tabellen (*.csv *.xlsx *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Line {line}: {message}</source>
            <translation>Zeile {line}: {message}</translation>
        </message>
        <message>
            <source>{good} notes will be imported, {bad} rows have errors.</source>
            <translation>Notizen für den Import: {good}. Zeilen mit Fehlern: {bad}.</translation>
        </message>
        <message numerus="yes">
            <source>Import %n note(s)</source>
            <translation>
                <numerusform>%n Notiz importieren</numerusform>
                <numerusform>%n Notizen importieren</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Hinweise</translation>
        </message>
        <message>
            <source>Search the notes</source>
            <translation>Hinweise durchsuchen</translation>
        </message>
        <message>
            <source>Pilot</source>
            <translation>Pilotprojekt</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <source>Notes found</source>
            <translation>Gefundene Hinweise</translation>
        </message>
        <message>
            <source>all pilots</source>
            <translation>alle Pilotprojekte</translation>
        </message>
        <message>
            <source>all categories</source>
            <translation>alle Arten</translation>
        </message>
        <message>
            <source>all tags</source>
            <translation>alle Schlagwörter</translation>
        </message>
        <message>
            <source>all clusters</source>
            <translation>alle Gruppen</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Werkstatt</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n Hinweis</numerusform>
                <numerusform>%n Hinweise</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Outputs</name>
        <message>
            <source>Not written</source>
            <translation>Nicht geschrieben</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Wird geschrieben…</translation>
        </message>
        <message>
            <source>Strategy paper draft</source>
            <translation>Entwurf des Strategiepapiers</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word-Dokumente (*.docx)</translation>
        </message>
        <message>
            <source>Written: {paper} and {handbook}</source>
            <translation>Geschrieben: {paper} und {handbook}</translation>
        </message>
        <message>
            <source>Feedback page</source>
            <translation>Rückmeldung an die Teilnehmenden</translation>
        </message>
        <message>
            <source>Choose the workshop in the Workshops tab first: the page speaks to its participants.</source>
            <translation>Wählen Sie zuerst die Werkstatt im Reiter Werkstätten: Die Seite richtet sich an ihre Teilnehmenden.</translation>
        </message>
        <message>
            <source>Where participants can read more (a web address or a place; optional):</source>
            <translation>Wo die Teilnehmenden mehr lesen können (eine Webadresse oder ein Ort; freiwillig):</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Written: {name}</source>
            <translation>Geschrieben: {name}</translation>
        </message>
        <message>
            <source>Merged workbook</source>
            <translation>Zusammengeführte Arbeitsmappe</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <source>Overview</source>
            <translation>Überblick</translation>
        </message>
        <message>
            <source>No answers.</source>
            <translation>Keine Antworten.</translation>
        </message>
        <message>
            <source>{option}: {count} ({share})</source>
            <translation>{option}: {count} ({share})</translation>
        </message>
        <message>
            <source>(several answers per person)</source>
            <translation>(mehrere Antworten je Person möglich)</translation>
        </message>
        <message>
            <source>No value on the scale given.</source>
            <translation>Kein Wert auf der Skala angegeben.</translation>
        </message>
        <message>
            <source>Mean {mean}, median {median}.</source>
            <translation>Mittelwert {mean}, Median {median}.</translation>
        </message>
        <message>
            <source>Mean {mean}, median {median} on the scale from {low} to {high}.</source>
            <translation>Mittelwert {mean}, Median {median} auf der Skala von {low} bis {high}.</translation>
        </message>
        <message>
            <source>“Don't know”: {n}.</source>
            <translation>„Weiß nicht“: {n}.</translation>
        </message>
        <message>
            <source>{option}: {points} points ({share})</source>
            <translation>{option}: {points} Punkte ({share})</translation>
        </message>
        <message>
            <source>{place}. {option} (mean place {rank})</source>
            <translation>{place}. {option} (im Mittel Platz {rank})</translation>
        </message>
        <message>
            <source>Average position: {x} on “{x_label}” and {y} on “{y_label}” (0 = low, 1 = high).</source>
            <translation>Mittlere Lage: {x} bei „{x_label}“ und {y} bei „{y_label}“ (0 = niedrig, 1 = hoch).</translation>
        </message>
        <message>
            <source>{option}: {agree} agree, {disagree} disagree, {passed} pass</source>
            <translation>{option}: {agree} stimmen zu, {disagree} lehnen ab, {passed} enthalten sich</translation>
        </message>
        <message>
            <source>on the shared screen</source>
            <translation>am gemeinsamen Bildschirm</translation>
        </message>
        <message>
            <source>on phones</source>
            <translation>auf Handys</translation>
        </message>
        <message>
            <source>by show of hands</source>
            <translation>per Handzeichen</translation>
        </message>
        <message>
            <source>on paper</source>
            <translation>auf Papier</translation>
        </message>
        <message>
            <source>at the laptop</source>
            <translation>am Laptop</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importiert</translation>
        </message>
        <message>
            <source>{channel}: {points} points (no head count)</source>
            <translation>{channel}: {points} Punkte (ohne Personenzahl)</translation>
        </message>
        <message>
            <source>{channel}: n = {n}</source>
            <translation>{channel}: n = {n}</translation>
        </message>
        <message>
            <source>Not split: fewer than two groups with at least 5 people each.</source>
            <translation>Nicht aufgeteilt: Es gibt keine zwei Gruppen mit jeweils mindestens 5 Personen.</translation>
        </message>
        <message>
            <source>small groups</source>
            <translation>kleine Gruppen</translation>
        </message>
        <message>
            <source>group not stated</source>
            <translation>ohne Angabe der Gruppe</translation>
        </message>
        <message>
            <source>n = {n} people ({points} answers placed)</source>
            <translation>n = {n} Personen ({points} Antworten eingetragen)</translation>
        </message>
        <message>
            <source>n = {n} people</source>
            <translation>n = {n} Personen</translation>
        </message>
        <message>
            <source>{category} (1 note)</source>
            <translation>{category} (1 Notiz)</translation>
        </message>
        <message>
            <source>{category} ({n} notes)</source>
            <translation>{category} ({n} Notizen)</translation>
        </message>
        <message>
            <source>(1 dot)</source>
            <translation>(1 Punkt)</translation>
        </message>
        <message>
            <source>({n} dots)</source>
            <translation>({n} Punkte)</translation>
        </message>
        <message>
            <source>{scenarios} scenarios, {ballots} ballots, {notes} notes on the board</source>
            <translation>{scenarios} Szenarien, {ballots} Stimmzettel, {notes} Notizen auf der Pinnwand</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Werkstatt</translation>
        </message>
        <message>
            <source>How to read</source>
            <translation>So lesen Sie</translation>
        </message>
        <message>
            <source>n is the number of people who answered. Groups with fewer than 5 people are shown together as “small groups”, or not split at all. Hidden notes are left out. The other sheets hold every answer and note as data (see About).</source>
            <translation>n ist die Zahl der Personen, die geantwortet haben. Gruppen mit weniger als 5 Personen stehen zusammen unter „kleine Gruppen“ oder werden gar nicht aufgeteilt. Ausgeblendete Notizen fehlen hier. Die übrigen Blätter enthalten jede Antwort und jede Notiz als Daten (siehe About).</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>By channel</source>
            <translation>Nach Weg der Abgabe</translation>
        </message>
        <message>
            <source>By group</source>
            <translation>Nach Gruppe</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>The notes with the most dots in each category</source>
            <translation>Die Notizen mit den meisten Punkten je Kategorie</translation>
        </message>
        <message>
            <source>Notes that belong to no scenario</source>
            <translation>Notizen ohne Szenario</translation>
        </message>
        <message>
            <source>{n} workshops; results across workshops are in the sheet Results</source>
            <translation>{n} Werkstätten; die Ergebnisse über alle Werkstätten stehen im Blatt Results</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Workshop</source>
            <translation>Werkstatt</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Ort:</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>&amp;Veranstalter:</translation>
        </message>
        <message>
            <source>&amp;Facilitator:</source>
            <translation>&amp;Moderation:</translation>
        </message>
        <message>
            <source>&amp;Language for participants:</source>
            <translation>&amp;Sprache für Teilnehmende:</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Veranstalter</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <source>Language for participants</source>
            <translation>Sprache für Teilnehmende</translation>
        </message>
        <message>
            <source>Saved when you leave the field.</source>
            <translation>Wird gespeichert, wenn Sie das Feld verlassen.</translation>
        </message>
        <message>
            <source>Shown on the shared screen and in the exports.</source>
            <translation>Erscheint auf dem gemeinsamen Bildschirm und in den Exporten.</translation>
        </message>
        <message>
            <source>The day of the workshop.</source>
            <translation>Der Tag der Werkstatt.</translation>
        </message>
        <message>
            <source>Where the workshop takes place.</source>
            <translation>Wo die Werkstatt stattfindet.</translation>
        </message>
        <message>
            <source>The office that runs the workshop.</source>
            <translation>Die Stelle, die die Werkstatt veranstaltet.</translation>
        </message>
        <message>
            <source>Who leads the workshop.</source>
            <translation>Wer die Werkstatt leitet.</translation>
        </message>
        <message>
            <source>Language of the shared screen and the scenario cards.</source>
            <translation>Sprache des gemeinsamen Bildschirms und der Szenario-Karten.</translation>
        </message>
        <message>
            <source>Stakeholder groups offered to participants</source>
            <translation>Gruppen, die Teilnehmende wählen können</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Scenarios: {n}</source>
            <translation>Szenarien: {n}</translation>
        </message>
        <message>
            <source>Activities: {n}</source>
            <translation>Aktivitäten: {n}</translation>
        </message>
        <message>
            <source>Ballots: {n}</source>
            <translation>Stimmabgaben: {n}</translation>
        </message>
        <message>
            <source>Notes: {n} (hidden: {hidden})</source>
            <translation>Notizen: {n} (ausgeblendet: {hidden})</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>Speichern nicht möglich</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>withdrawn: its workshop was removed from the archive</source>
            <extracomment>The merged workbook's sheet (and its id column) where each kind's item_id resolves.</extracomment>
            <translation>zurückgezogen: Die Werkstatt wurde aus dem Archiv entfernt</translation>
        </message>
        <message>
            <source>withdrawn: the note was hidden</source>
            <translation>zurückgezogen: Die Notiz wurde ausgeblendet</translation>
        </message>
        <message>
            <source>withdrawn: the workshop's newer copy no longer holds it</source>
            <translation>zurückgezogen: Die neuere Fassung der Werkstatt enthält es nicht mehr</translation>
        </message>
        <message>
            <source>dots: {n}</source>
            <translation>Punkte: {n}</translation>
        </message>
        <message>
            <source>notes: {notes}, dots: {dots}</source>
            <translation>Notizen: {notes}, Punkte: {dots}</translation>
        </message>
        <message>
            <source>agree {agree} ({share}), disagree {disagree}, pass {passed}</source>
            <translation>Zustimmung {agree} ({share}), Ablehnung {disagree}, Enthaltung {passed}</translation>
        </message>
        <message>
            <source>average {mean}</source>
            <translation>Mittelwert {mean}</translation>
        </message>
        <message>
            <source>ahead: {label} ({share})</source>
            <translation>vorn: {label} ({share})</translation>
        </message>
        <message>
            <source>Proposed, not decided yet</source>
            <translation>Vorgeschlagen, noch nicht entschieden</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Übernommen</translation>
        </message>
        <message>
            <source>Adopted with changes</source>
            <translation>Mit Änderungen übernommen</translation>
        </message>
        <message>
            <source>Not adopted</source>
            <translation>Nicht übernommen</translation>
        </message>
        <message>
            <source>into the strategy paper</source>
            <translation>in das Strategiepapier</translation>
        </message>
        <message>
            <source>into the staff handbook</source>
            <translation>in die Handreichung für Beschäftigte</translation>
        </message>
        <message>
            <source>into the strategy paper and the staff handbook</source>
            <translation>in das Strategiepapier und die Handreichung für Beschäftigte</translation>
        </message>
        <message>
            <source>the strategy paper</source>
            <translation>das Strategiepapier</translation>
        </message>
        <message>
            <source>the staff handbook</source>
            <translation>die Handreichung für Beschäftigte</translation>
        </message>
        <message>
            <source>the strategy paper and the staff handbook</source>
            <translation>das Strategiepapier und die Handreichung für Beschäftigte</translation>
        </message>
        <message>
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>statement</source>
            <translation>Aussage</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Update this field to show the table of contents (in Word: F9).</source>
            <translation>Aktualisieren Sie dieses Feld, um das Inhaltsverzeichnis zu zeigen (in Word: F9).</translation>
        </message>
        <message>
            <source>Strategy paper (draft)</source>
            <translation>Strategiepapier (Entwurf)</translation>
        </message>
        <message>
            <source>Drawn from the archive's workshops ({n}; {cities}), made on {date} with Co-Design Studio. The evidence ids in the appendix find each item in the merged workbook (studio merge).</source>
            <translation>Aus den Werkstätten des Archivs ({n}; {cities}), erstellt am {date} mit Co-Design Studio. Mit den Kennungen im Anhang findet sich jeder Beleg in der zusammengeführten Arbeitsmappe (studio merge).</translation>
        </message>
        <message>
            <source>Recommendations across pilots</source>
            <translation>Empfehlungen über die Pilotvorhaben hinweg</translation>
        </message>
        <message>
            <source>What the workshops showed</source>
            <translation>Was die Werkstätten gezeigt haben</translation>
        </message>
        <message>
            <source>Workshops that discussed it ({n}): {names}.</source>
            <translation>Werkstätten, die es besprochen haben ({n}): {names}.</translation>
        </message>
        <message>
            <source>Figure: {prompt} (workshops: {n}, n = {people})</source>
            <translation>Abbildung: {prompt} (Werkstätten: {n}, n = {people})</translation>
        </message>
        <message>
            <source>Notes with the most dots:</source>
            <translation>Notizen mit den meisten Punkten:</translation>
        </message>
        <message>
            <source>Common ground and dividing lines</source>
            <translation>Gemeinsamkeiten und Trennlinien</translation>
        </message>
        <message>
            <source>No agree/disagree statements were asked about this pilot.</source>
            <translation>Zu diesem Pilotvorhaben gab es keine Aussagen zum Zustimmen oder Ablehnen.</translation>
        </message>
        <message>
            <source>Common ground: statements that every stakeholder group agrees with (the consensus score is high only when each group agrees).</source>
            <translation>Gemeinsamkeiten: Aussagen, denen jede Gruppe zustimmt (der Konsenswert ist nur hoch, wenn jede Gruppe zustimmt).</translation>
        </message>
        <message>
            <source>None: no statement found agreement in every group.</source>
            <translation>Keine: Keine Aussage fand in jeder Gruppe Zustimmung.</translation>
        </message>
        <message>
            <source>Dividing lines: statements the groups see most differently (the divisiveness is how far the groups' agreement lies apart).</source>
            <translation>Trennlinien: Aussagen, die die Gruppen am unterschiedlichsten sehen (die Spaltung ist, wie weit die Zustimmung der Gruppen auseinanderliegt).</translation>
        </message>
        <message>
            <source>None found: fewer than two groups of at least 5 people answered.</source>
            <translation>Keine gefunden: Weniger als zwei Gruppen mit mindestens 5 Personen haben geantwortet.</translation>
        </message>
        <message>
            <source>Caution: some groups had fewer than 5 people; they are not shown on their own, and the scores say less about them.</source>
            <translation>Vorsicht: Einige Gruppen hatten weniger als 5 Personen; sie werden nicht einzeln gezeigt, und die Werte sagen über sie weniger aus.</translation>
        </message>
        <message>
            <source>“{statement}”: agree {share} (n = {n}){groups}</source>
            <translation>„{statement}“: Zustimmung {share} (n = {n}){groups}</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Empfehlungen</translation>
        </message>
        <message>
            <source>No recommendations yet.</source>
            <translation>Noch keine Empfehlungen.</translation>
        </message>
        <message>
            <source>Decision: {decision}</source>
            <translation>Entscheidung: {decision}</translation>
        </message>
        <message>
            <source>For: {audience}</source>
            <translation>Für: {audience}</translation>
        </message>
        <message>
            <source>No evidence linked yet.</source>
            <translation>Noch keine Belege verknüpft.</translation>
        </message>
        <message>
            <source>from {workshop}</source>
            <translation>aus {workshop}</translation>
        </message>
        <message>
            <source>Appendix: evidence</source>
            <translation>Anhang: Belege</translation>
        </message>
        <message>
            <source>Each line names the sheet of the merged workbook (studio merge ARCHIVE) and the ids that find the item there: the workshop id and the item's id.</source>
            <translation>Jede Zeile nennt das Blatt der zusammengeführten Arbeitsmappe (studio merge ARCHIV) und die Kennungen, mit denen sich der Beleg dort findet: die Kennung der Werkstatt und die des Elements.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Kind and quote</source>
            <translation>Art und Zitat</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Blatt</translation>
        </message>
        <message>
            <source>Workshop id</source>
            <translation>Kennung der Werkstatt</translation>
        </message>
        <message>
            <source>Item id</source>
            <translation>Kennung des Elements</translation>
        </message>
        <message>
            <source>Staff handbook (draft)</source>
            <translation>Handreichung für Beschäftigte (Entwurf)</translation>
        </message>
        <message>
            <source>The recommendations meant for staff, by pilot, with the decision on each and what it rests on.</source>
            <translation>Die Empfehlungen für Beschäftigte, nach Pilotvorhaben, mit der Entscheidung zu jeder und worauf sie sich stützt.</translation>
        </message>
        <message>
            <source>For all pilots</source>
            <translation>Für alle Pilotvorhaben</translation>
        </message>
        <message>
            <source>No recommendations for staff yet.</source>
            <translation>Noch keine Empfehlungen für Beschäftigte.</translation>
        </message>
        <message>
            <source>What it rests on:</source>
            <translation>Worauf sie sich stützt:</translation>
        </message>
    </context>
    <context>
        <name>ParticipantFlow</name>
        <message>
            <source>Before you answer: which group are you in?</source>
            <translation>Bevor Sie antworten: Zu welcher Gruppe gehören Sie?</translation>
        </message>
        <message>
            <source>Optional. It only helps to compare groups; a group of fewer than 5 people is never shown on its own.</source>
            <translation>Freiwillig. Es hilft nur beim Vergleich der Gruppen; eine Gruppe mit weniger als 5 Personen wird nie einzeln gezeigt.</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Zurück</translation>
        </message>
        <message>
            <source>Back to the group choice</source>
            <translation>Zurück zur Gruppenwahl</translation>
        </message>
        <message>
            <source>Your answer so far is not saved.</source>
            <translation>Ihre bisherige Antwort wird nicht gespeichert.</translation>
        </message>
        <message>
            <source>Submit my answer</source>
            <translation>Antwort abgeben</translation>
        </message>
        <message>
            <source>Saves your answer. Nothing is saved before you press it.</source>
            <translation>Speichert Ihre Antwort. Vorher wird nichts gespeichert.</translation>
        </message>
        <message>
            <source>Saved. Tap for the next person.</source>
            <translation>Gespeichert. Tippen für die nächste Person.</translation>
        </message>
        <message>
            <source>Your answer was NOT saved. Please press the button again, or ask the facilitator.</source>
            <translation>Ihre Antwort wurde NICHT gespeichert. Bitte drücken Sie die Schaltfläche noch einmal oder wenden Sie sich an die Moderation.</translation>
        </message>
        <message>
            <source>An answer on the shared screen was NOT saved: {detail}</source>
            <translation>Eine Antwort am gemeinsamen Bildschirm wurde NICHT gespeichert: {detail}</translation>
        </message>
        <message numerus="yes">
            <source>The next person can start in %n second(s).</source>
            <translation>
                <numerusform>Die nächste Person kann in %n Sekunde beginnen.</numerusform>
                <numerusform>Die nächste Person kann in %n Sekunden beginnen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Next person: tap the screen.</source>
            <translation>Nächste Person: Bitte auf den Bildschirm tippen.</translation>
        </message>
        <message>
            <source>Your answer is counted for this group too. A group of fewer than 5 people is never shown on its own.</source>
            <translation>Ihre Antwort wird auch für diese Gruppe gezählt. Eine Gruppe mit weniger als 5 Personen wird nie einzeln gezeigt.</translation>
        </message>
        <message>
            <source>Write another note</source>
            <translation>Noch eine Notiz schreiben</translation>
        </message>
        <message>
            <source>For the same person: you are not asked for your group again.</source>
            <translation>Für dieselbe Person: Sie werden nicht noch einmal nach Ihrer Gruppe gefragt.</translation>
        </message>
        <message>
            <source>Prefer not to say</source>
            <translation>Keine Angabe</translation>
        </message>
        <message>
            <source>Answer without naming a group.</source>
            <translation>Antworten, ohne eine Gruppe zu nennen.</translation>
        </message>
        <message>
            <source>Voting opens soon.</source>
            <translation>Die Abstimmung beginnt gleich.</translation>
        </message>
        <message>
            <source>Voting is closed. Thank you!</source>
            <translation>Die Abstimmung ist beendet. Vielen Dank!</translation>
        </message>
        <message>
            <source>Your group: {group}</source>
            <translation>Ihre Gruppe: {group}</translation>
        </message>
        <message>
            <source>Your group: not given</source>
            <translation>Ihre Gruppe: keine Angabe</translation>
        </message>
        <message>
            <source>Save my note</source>
            <translation>Notiz speichern</translation>
        </message>
        <message>
            <source>Your answer is not complete yet.</source>
            <translation>Ihre Antwort ist noch nicht vollständig.</translation>
        </message>
        <message>
            <source>This activity is closed.</source>
            <translation>Diese Aktivität ist geschlossen.</translation>
        </message>
        <message>
            <source>{n} ballots in the last {seconds} seconds: faster than people can answer. Please look at the shared screen; Undo last ballot takes back the latest.</source>
            <translation>{n} Stimmen in den letzten {seconds} Sekunden: schneller, als Menschen antworten können. Bitte sehen Sie auf den gemeinsamen Bildschirm; „Letzte Stimme zurücknehmen“ nimmt die jüngste zurück.</translation>
        </message>
        <message>
            <source>Thank you! Your note is saved.</source>
            <translation>Danke! Ihre Notiz ist gespeichert.</translation>
        </message>
        <message>
            <source>Thank you! Your vote is saved.</source>
            <translation>Danke! Ihre Stimme ist gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>PersonalData</name>
        <message>
            <source>looks like an e-mail address</source>
            <translation>sieht nach einer E-Mail-Adresse aus</translation>
        </message>
        <message>
            <source>looks like a phone number</source>
            <translation>sieht nach einer Telefonnummer aus</translation>
        </message>
        <message>
            <source>looks like a street address</source>
            <translation>sieht nach einer Anschrift aus</translation>
        </message>
    </context>
    <context>
        <name>PhonePage</name>
        <message>
            <source>Workshop</source>
            <translation>Werkstatt</translation>
        </message>
        <message>
            <source>Connecting to the workshop…</source>
            <translation>Verbindung zur Werkstatt wird hergestellt …</translation>
        </message>
        <message>
            <source>No connection to the workshop. Trying again… Your answers so far are kept.</source>
            <translation>Keine Verbindung zur Werkstatt. Neuer Versuch läuft … Ihre bisherigen Eingaben bleiben erhalten.</translation>
        </message>
        <message>
            <source>Connected again.</source>
            <translation>Wieder verbunden.</translation>
        </message>
        <message>
            <source>This workshop takes no new phones right now. Please ask the facilitator.</source>
            <translation>Diese Werkstatt nimmt gerade keine weiteren Handys auf. Bitte wenden Sie sich an die Moderation.</translation>
        </message>
        <message>
            <source>This link no longer works. Please scan the QR code on the shared screen again.</source>
            <translation>Dieser Link gilt nicht mehr. Bitte scannen Sie den QR-Code auf dem gemeinsamen Bildschirm noch einmal.</translation>
        </message>
        <message>
            <source>Which group are you in?</source>
            <translation>Zu welcher Gruppe gehören Sie?</translation>
        </message>
        <message>
            <source>Asked once on this phone. Optional: it only helps to compare groups; a group of fewer than 5 people is never shown on its own.</source>
            <translation>Wir fragen auf diesem Handy nur einmal. Freiwillig: Es hilft nur beim Vergleich der Gruppen; eine Gruppe mit weniger als 5 Personen wird nie einzeln gezeigt.</translation>
        </message>
        <message>
            <source>Prefer not to say</source>
            <translation>Keine Angabe</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Choose a group, or “Prefer not to say”.</source>
            <translation>Wählen Sie eine Gruppe oder „Keine Angabe“.</translation>
        </message>
        <message>
            <source>Your group: {group}</source>
            <translation>Ihre Gruppe: {group}</translation>
        </message>
        <message>
            <source>Your group: not given</source>
            <translation>Ihre Gruppe: keine Angabe</translation>
        </message>
        <message>
            <source>Change group</source>
            <translation>Gruppe ändern</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>About the scenario: {title}</source>
            <translation>Zum Szenario: {title}</translation>
        </message>
        <message>
            <source>Please look at the shared screen; the next question appears here by itself.</source>
            <translation>Bitte sehen Sie auf den gemeinsamen Bildschirm. Die nächste Frage erscheint hier von selbst.</translation>
        </message>
        <message>
            <source>This question is closed.</source>
            <translation>Diese Frage ist geschlossen.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Submit my answer</source>
            <translation>Antwort abgeben</translation>
        </message>
        <message>
            <source>One answer per phone: once submitted, it cannot be changed.</source>
            <translation>Eine Antwort pro Handy: Abgegeben ist abgegeben, sie lässt sich nicht mehr ändern.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wird gesendet …</translation>
        </message>
        <message>
            <source>Thank you, your answer is saved.</source>
            <translation>Danke, Ihre Antwort ist gespeichert.</translation>
        </message>
        <message>
            <source>One answer per phone.</source>
            <translation>Eine Antwort pro Handy.</translation>
        </message>
        <message>
            <source>The next question appears here by itself.</source>
            <translation>Die nächste Frage erscheint hier von selbst.</translation>
        </message>
        <message>
            <source>This phone has already answered this question. One answer per phone.</source>
            <translation>Von diesem Handy kam schon eine Antwort auf diese Frage. Eine Antwort pro Handy.</translation>
        </message>
        <message>
            <source>Your answer was NOT saved. Please try again.</source>
            <translation>Ihre Antwort wurde NICHT gespeichert. Bitte versuchen Sie es noch einmal.</translation>
        </message>
        <message>
            <source>NOT saved: there is no connection to the workshop. Please try again.</source>
            <translation>NICHT gespeichert: Es gibt keine Verbindung zur Werkstatt. Bitte versuchen Sie es noch einmal.</translation>
        </message>
        <message>
            <source>Choose one answer, then submit.</source>
            <translation>Wählen Sie eine Antwort und geben Sie sie ab.</translation>
        </message>
        <message>
            <source>Choose an answer first.</source>
            <translation>Wählen Sie zuerst eine Antwort.</translation>
        </message>
        <message>
            <source>Choose as many answers as you like, up to {k}, then submit.</source>
            <translation>Wählen Sie so viele Antworten, wie Sie möchten, höchstens {k}, und geben Sie ab.</translation>
        </message>
        <message>
            <source>Chosen: {n} of at most {k}</source>
            <translation>Gewählt: {n} von höchstens {k}</translation>
        </message>
        <message>
            <source>Choose one value, then submit.</source>
            <translation>Wählen Sie einen Wert und geben Sie ihn ab.</translation>
        </message>
        <message>
            <source>Don't know</source>
            <translation>Weiß nicht</translation>
        </message>
        <message>
            <source>Choose a value first.</source>
            <translation>Wählen Sie zuerst einen Wert.</translation>
        </message>
        <message>
            <source>Share your points among the options ({budget} in all), then submit.</source>
            <translation>Verteilen Sie Ihre Punkte auf die Möglichkeiten (insgesamt {budget}) und geben Sie ab.</translation>
        </message>
        <message>
            <source>Points left: {left} of {budget}</source>
            <translation>Übrige Punkte: {left} von {budget}</translation>
        </message>
        <message>
            <source>One point less for {option}</source>
            <translation>Einen Punkt weniger für {option}</translation>
        </message>
        <message>
            <source>One point more for {option}</source>
            <translation>Einen Punkt mehr für {option}</translation>
        </message>
        <message>
            <source>Points for {option}: {n}</source>
            <translation>Punkte für {option}: {n}</translation>
        </message>
        <message>
            <source>Give at least one point.</source>
            <translation>Vergeben Sie mindestens einen Punkt.</translation>
        </message>
        <message>
            <source>Put the options in order, most important first: move them with the arrow buttons, then submit.</source>
            <translation>Bringen Sie die Möglichkeiten in eine Reihenfolge, das Wichtigste zuerst: Verschieben Sie sie mit den Pfeilknöpfen und geben Sie ab.</translation>
        </message>
        <message>
            <source>Move {option} up</source>
            <translation>{option} nach oben</translation>
        </message>
        <message>
            <source>Move {option} down</source>
            <translation>{option} nach unten</translation>
        </message>
        <message>
            <source>{option}: now place {place} of {total}</source>
            <translation>{option}: jetzt Platz {place} von {total}</translation>
        </message>
        <message>
            <source>Tap the spot in the square that fits your view, or use the two sliders below it, then submit.</source>
            <translation>Tippen Sie im Quadrat auf die Stelle, die Ihrer Sicht entspricht, oder nutzen Sie die beiden Schieberegler darunter, und geben Sie ab.</translation>
        </message>
        <message>
            <source>Across: {label}</source>
            <translation>Nach rechts: {label}</translation>
        </message>
        <message>
            <source>Up: {label}</source>
            <translation>Nach oben: {label}</translation>
        </message>
        <message>
            <source>{value} of 100</source>
            <translation>{value} von 100</translation>
        </message>
        <message>
            <source>0 means low, 100 means high.</source>
            <translation>0 heißt niedrig, 100 heißt hoch.</translation>
        </message>
        <message>
            <source>Your dot is not placed yet.</source>
            <translation>Ihr Punkt ist noch nicht gesetzt.</translation>
        </message>
        <message>
            <source>Your dot: {x} across, {y} up (of 100).</source>
            <translation>Ihr Punkt: {x} nach rechts, {y} nach oben (von 100).</translation>
        </message>
        <message>
            <source>Place your dot first: tap the square or move a slider.</source>
            <translation>Setzen Sie zuerst Ihren Punkt: Tippen Sie ins Quadrat oder bewegen Sie einen Schieberegler.</translation>
        </message>
        <message>
            <source>Agree, disagree or pass on each statement, then submit.</source>
            <translation>Stimmen Sie jeder Aussage zu, lehnen Sie sie ab oder enthalten Sie sich, und geben Sie ab.</translation>
        </message>
        <message>
            <source>Agree</source>
            <translation>Stimme zu</translation>
        </message>
        <message>
            <source>Disagree</source>
            <translation>Stimme nicht zu</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Enthaltung</translation>
        </message>
        <message>
            <source>Answered: {n} of {total}</source>
            <translation>Beantwortet: {n} von {total}</translation>
        </message>
        <message>
            <source>Answer at least one statement.</source>
            <translation>Beantworten Sie mindestens eine Aussage.</translation>
        </message>
        <message>
            <source>Write one note, then send it. You can add more afterwards.</source>
            <translation>Schreiben Sie eine Notiz und senden Sie sie ab. Danach können Sie weitere schreiben.</translation>
        </message>
        <message>
            <source>What kind of note is it?</source>
            <translation>Was für eine Notiz ist es?</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>Ihre Notiz</translation>
        </message>
        <message>
            <source>One thought in a few words. Do not write names or other personal details.</source>
            <translation>Ein Gedanke in wenigen Worten. Schreiben Sie bitte keine Namen und keine anderen persönlichen Angaben.</translation>
        </message>
        <message>
            <source>{n} of {limit} characters</source>
            <translation>{n} von {limit} Zeichen</translation>
        </message>
        <message>
            <source>Send my note</source>
            <translation>Notiz senden</translation>
        </message>
        <message>
            <source>Thank you, your note is saved.</source>
            <translation>Danke, Ihre Notiz ist gespeichert.</translation>
        </message>
        <message>
            <source>Write another note</source>
            <translation>Noch eine Notiz schreiben</translation>
        </message>
        <message>
            <source>Notes sent from this phone: {n}</source>
            <translation>Von diesem Handy gesendete Notizen: {n}</translation>
        </message>
        <message>
            <source>Write your note first.</source>
            <translation>Schreiben Sie zuerst Ihre Notiz.</translation>
        </message>
        <message>
            <source>Choose the kind of note first.</source>
            <translation>Wählen Sie zuerst die Art der Notiz.</translation>
        </message>
        <message>
            <source>Dot voting</source>
            <translation>Punktabfrage</translation>
        </message>
        <message>
            <source>Place your dots on what matters most to you ({n} dots, at most {k} on one item), then submit.</source>
            <translation>Verteilen Sie Ihre Punkte auf das, was Ihnen am wichtigsten ist ({n} Punkte, höchstens {k} auf einem Eintrag), und geben Sie ab.</translation>
        </message>
        <message>
            <source>Dots left: {left} of {n}</source>
            <translation>Übrige Punkte: {left} von {n}</translation>
        </message>
        <message>
            <source>One dot more for: {item}</source>
            <translation>Einen Punkt mehr für: {item}</translation>
        </message>
        <message>
            <source>One dot less for: {item}</source>
            <translation>Einen Punkt weniger für: {item}</translation>
        </message>
        <message>
            <source>Dots on “{item}”: {n}</source>
            <translation>Punkte auf „{item}“: {n}</translation>
        </message>
        <message>
            <source>Submit my dots</source>
            <translation>Meine Punkte abgeben</translation>
        </message>
        <message>
            <source>Thank you, your dots are saved.</source>
            <translation>Danke, Ihre Punkte sind gespeichert.</translation>
        </message>
        <message>
            <source>Place at least one dot.</source>
            <translation>Setzen Sie mindestens einen Punkt.</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Answers in all: {n}</source>
            <translation>Antworten insgesamt: {n}</translation>
        </message>
        <message>
            <source>Where the answers came from</source>
            <translation>Woher die Antworten kamen</translation>
        </message>
        <message>
            <source>{label}: {n}</source>
            <translation>{label}: {n}</translation>
        </message>
        <message>
            <source>Join a workshop</source>
            <translation>An einer Werkstatt teilnehmen</translation>
        </message>
        <message>
            <source>Type the room code shown on the shared screen, or scan its QR code.</source>
            <translation>Geben Sie den Raumcode vom gemeinsamen Bildschirm ein oder scannen Sie dort den QR-Code.</translation>
        </message>
        <message>
            <source>Room code</source>
            <translation>Raumcode</translation>
        </message>
        <message>
            <source>Join</source>
            <translation>Teilnehmen</translation>
        </message>
    </context>
    <context>
        <name>PhoneSettingsDialog</name>
        <message>
            <source>This laptop only (to try it out) – 127.0.0.1</source>
            <translation>Nur dieser Laptop (zum Ausprobieren) – 127.0.0.1</translation>
        </message>
        <message>
            <source>Phones: network and Wi-Fi</source>
            <translation>Handys: Netzwerk und WLAN</translation>
        </message>
        <message>
            <source>any free port</source>
            <translation>ein freier Port</translation>
        </message>
        <message>
            <source>No password</source>
            <translation>Kein Passwort</translation>
        </message>
        <message>
            <source>&amp;Network phones join on:</source>
            <translation>&amp;Netzwerk für die Handys:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>Optional: the Wi-Fi of the laptop's hotspot or the travel router. The join screen then shows a second QR code that joins it.</source>
            <translation>Optional: das WLAN des Laptop-Hotspots oder des Reiserouters. Die Beitrittsanzeige zeigt dann einen zweiten QR-Code, der damit verbindet.</translation>
        </message>
        <message>
            <source>Wi-Fi &amp;name (SSID):</source>
            <translation>WLAN-&amp;Name (SSID):</translation>
        </message>
        <message>
            <source>Wi-Fi pass&amp;word:</source>
            <translation>WLAN-Pass&amp;wort:</translation>
        </message>
        <message>
            <source>&amp;Security:</source>
            <translation>&amp;Verschlüsselung:</translation>
        </message>
        <message>
            <source>Network phones join on</source>
            <translation>Netzwerk für die Handys</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Wi-Fi name</source>
            <translation>WLAN-Name</translation>
        </message>
        <message>
            <source>Wi-Fi password</source>
            <translation>WLAN-Passwort</translation>
        </message>
        <message>
            <source>Wi-Fi security</source>
            <translation>WLAN-Verschlüsselung</translation>
        </message>
    </context>
    <context>
        <name>Phones</name>
        <message>
            <source>This phone has already answered this question. Thank you!</source>
            <translation>Mit diesem Handy wurde diese Frage schon beantwortet. Vielen Dank!</translation>
        </message>
        <message>
            <source>This question is not open any more. Please look at the shared screen.</source>
            <translation>Diese Frage ist nicht mehr offen. Bitte schauen Sie auf den gemeinsamen Bildschirm.</translation>
        </message>
        <message>
            <source>Joining is closed for now. Please ask the facilitator.</source>
            <translation>Die Teilnahme ist gerade geschlossen. Bitte fragen Sie die Moderation.</translation>
        </message>
        <message>
            <source>This phone has not joined the workshop yet. Please reload the page.</source>
            <translation>Dieses Handy ist noch nicht in der Werkstatt angemeldet. Bitte laden Sie die Seite neu.</translation>
        </message>
        <message>
            <source>agree {a} · disagree {d} · pass {p}</source>
            <translation>Zustimmung {a} · Ablehnung {d} · Enthaltung {p}</translation>
        </message>
        <message>
            <source>average place {rank}</source>
            <translation>durchschnittlicher Platz {rank}</translation>
        </message>
        <message>
            <source>Average: {mean}</source>
            <translation>Durchschnitt: {mean}</translation>
        </message>
        <message>
            <source>The answer is incomplete.</source>
            <translation>Die Antwort ist unvollständig.</translation>
        </message>
        <message>
            <source>The answer could not be saved. Please send it again.</source>
            <translation>Die Antwort konnte nicht gespeichert werden. Bitte senden Sie sie noch einmal.</translation>
        </message>
        <message>
            <source>Please write a note and choose its kind.</source>
            <translation>Bitte schreiben Sie einen Hinweis und wählen Sie seine Art.</translation>
        </message>
        <message>
            <source>This phone's page is out of date. Please reload it.</source>
            <translation>Die Seite auf diesem Handy ist veraltet. Bitte laden Sie sie neu.</translation>
        </message>
        <message>
            <source>The phone server could not start on {address} ({detail}). Choose another network or port.</source>
            <translation>Der Server für die Handys konnte auf {address} nicht starten ({detail}). Wählen Sie ein anderes Netzwerk oder einen anderen Port.</translation>
        </message>
        <message>
            <source>Too many requests. Please wait a moment.</source>
            <translation>Zu viele Anfragen. Bitte warten Sie einen Moment.</translation>
        </message>
        <message>
            <source>Too many tries. Please wait a minute, or scan the QR code.</source>
            <translation>Zu viele Versuche. Bitte warten Sie eine Minute oder scannen Sie den QR-Code.</translation>
        </message>
        <message>
            <source>That code is not right. Please check the code on the shared screen.</source>
            <translation>Dieser Code stimmt nicht. Bitte prüfen Sie den Code auf dem gemeinsamen Bildschirm.</translation>
        </message>
    </context>
    <context>
        <name>PhonesBox</name>
        <message>
            <source>Phones</source>
            <translation>Handys</translation>
        </message>
        <message>
            <source>Lock joining (no new phones)</source>
            <translation>Teilnahme sperren (keine neuen Handys)</translation>
        </message>
        <message>
            <source>Phones that joined stay in; no new phone can join until you untick this.</source>
            <translation>Handys, die schon verbunden sind, bleiben dabei; kein neues Handy kann beitreten, bis Sie den Haken entfernen.</translation>
        </message>
        <message>
            <source>Show revealed results on phones</source>
            <translation>Aufgedeckte Ergebnisse auf den Handys zeigen</translation>
        </message>
        <message>
            <source>Once you reveal an activity's results, phones show them too.</source>
            <translation>Sobald Sie die Ergebnisse einer Aktivität aufdecken, zeigen auch die Handys sie.</translation>
        </message>
        <message>
            <source>Off. Phones join over this laptop's network; nothing goes to the internet.</source>
            <translation>Aus. Handys verbinden sich über das Netzwerk dieses Laptops; nichts geht ins Internet.</translation>
        </message>
        <message>
            <source>Join: {url}
Room code: {code}</source>
            <translation>Mitmachen: {url}
Raumcode: {code}</translation>
        </message>
        <message>
            <source>Only this laptop can join (127.0.0.1): choose the Wi-Fi network for phones.</source>
            <translation>Nur dieser Laptop kann teilnehmen (127.0.0.1): Wählen Sie das WLAN-Netzwerk für die Handys.</translation>
        </message>
        <message numerus="yes">
            <source>%n phone(s) connected</source>
            <translation>
                <numerusform>%n Handy verbunden</numerusform>
                <numerusform>%n Handys verbunden</numerusform>
            </translation>
        </message>
        <message>
            <source>{channel}: {n}</source>
            <translation>{channel}: {n}</translation>
        </message>
        <message>
            <source>No answers yet for the current activity.</source>
            <translation>Noch keine Antworten zur aktuellen Aktivität.</translation>
        </message>
        <message>
            <source>Answered the current activity: {parts}</source>
            <translation>Aktuelle Aktivität beantwortet: {parts}</translation>
        </message>
    </context>
    <context>
        <name>PilotsTab</name>
        <message>
            <source>&amp;Pilots</source>
            <translation>&amp;Pilotprojekte</translation>
        </message>
        <message>
            <source>Pilots</source>
            <translation>Pilotprojekte</translation>
        </message>
        <message>
            <source>Questions of the pilot</source>
            <translation>Fragen zum Pilotprojekt</translation>
        </message>
        <message numerus="yes">
            <source>{title}
%n workshop(s): {cities}</source>
            <translation>
                <numerusform>{title}
%n Werkstatt: {cities}</numerusform>
                <numerusform>{title}
%n Werkstätten: {cities}</numerusform>
            </translation>
        </message>
        <message>
            <source>No pilot in this selection yet.</source>
            <translation>In dieser Auswahl gibt es noch kein Pilotprojekt.</translation>
        </message>
        <message>
            <source>Question / answer</source>
            <translation>Frage / Antwort</translation>
        </message>
        <message>
            <source>Pooled [95 % interval]</source>
            <translation>Zusammen [95-%-Intervall]</translation>
        </message>
        <message>
            <source>withheld (fewer than 5)</source>
            <translation>zurückgehalten (weniger als 5)</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Mittelwert</translation>
        </message>
        <message>
            <source>By stakeholder group (pooled)</source>
            <translation>Nach Gruppe (zusammen)</translation>
        </message>
        <message>
            <source>agree {a} · disagree {d} · pass {p}</source>
            <translation>Zustimmung {a} · Ablehnung {d} · Enthaltung {p}</translation>
        </message>
        <message>
            <source>average place {rank}</source>
            <translation>durchschnittlicher Platz {rank}</translation>
        </message>
        <message>
            <source>average {mean}</source>
            <translation>Mittelwert {mean}</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Facilitator PIN</source>
            <translation>Moderations-PIN</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n second(s).</source>
            <translation>
                <numerusform>Zu oft eine falsche PIN. Bitte in %n Sekunde noch einmal versuchen.</numerusform>
                <numerusform>Zu oft eine falsche PIN. Bitte in %n Sekunden noch einmal versuchen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. Try again in %n second(s).</source>
            <translation>
                <numerusform>Falsche PIN. Bitte in %n Sekunde noch einmal versuchen.</numerusform>
                <numerusform>Falsche PIN. Bitte in %n Sekunden noch einmal versuchen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter the facilitator PIN to leave participant mode.</source>
            <translation>Geben Sie die Moderations-PIN ein, um den Teilnahmemodus zu verlassen.</translation>
        </message>
        <message>
            <source>A key of the PIN pad.</source>
            <translation>Eine Taste des PIN-Felds.</translation>
        </message>
        <message>
            <source>Delete last digit</source>
            <translation>Letzte Ziffer löschen</translation>
        </message>
        <message>
            <source>Confirm PIN</source>
            <translation>PIN bestätigen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Closes the PIN pad; participant mode stays on.</source>
            <translation>Schließt das PIN-Feld. Der Teilnahmemodus bleibt an.</translation>
        </message>
        <message>
            <source>A wrong facilitator PIN was entered on the shared screen ({n} in a row). The PIN pad now waits {seconds} s before the next try.</source>
            <translation>Am gemeinsamen Bildschirm wurde eine falsche Moderations-PIN eingegeben ({n} in Folge). Das PIN-Feld wartet jetzt {seconds} s bis zum nächsten Versuch.</translation>
        </message>
        <message>
            <source>Wrong PIN. Try again.</source>
            <translation>Falsche PIN. Bitte noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>PlanDetails</name>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>O&amp;rt:</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>&amp;Veranstaltet von:</translation>
        </message>
        <message>
            <source>&amp;Facilitator:</source>
            <translation>&amp;Moderation:</translation>
        </message>
        <message>
            <source>&amp;Language of the workshop:</source>
            <translation>Sprache der &amp;Werkstatt:</translation>
        </message>
        <message>
            <source>Facilitator &amp;notes:</source>
            <translation>Not&amp;izen der Moderation:</translation>
        </message>
        <message>
            <source>no date yet</source>
            <translation>noch kein Datum</translation>
        </message>
        <message>
            <source>Stakeholder &amp;groups participants can pick:</source>
            <translation>&amp;Gruppen, die Teilnehmende wählen können:</translation>
        </message>
        <message>
            <source>Stakeholder groups</source>
            <translation>Gruppen</translation>
        </message>
        <message>
            <source>Add group</source>
            <translation>Gruppe hinzufügen</translation>
        </message>
        <message>
            <source>Add a stakeholder group</source>
            <translation>Eine Gruppe hinzufügen</translation>
        </message>
        <message>
            <source>Remove group</source>
            <translation>Gruppe entfernen</translation>
        </message>
        <message>
            <source>Remove the selected stakeholder group</source>
            <translation>Die ausgewählte Gruppe entfernen</translation>
        </message>
        <message>
            <source>Default groups</source>
            <translation>Standardgruppen</translation>
        </message>
        <message>
            <source>Reset to the default stakeholder groups</source>
            <translation>Auf die Standardgruppen zurücksetzen</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Neue Gruppe</translation>
        </message>
    </context>
    <context>
        <name>PlanFileActions</name>
        <message>
            <source>Unsaved plan</source>
            <translation>Plan nicht gespeichert</translation>
        </message>
        <message>
            <source>Save the changes to the plan first?</source>
            <translation>Möchten Sie die Änderungen am Plan zuerst speichern?</translation>
        </message>
        <message>
            <source>Open plan</source>
            <translation>Plan öffnen</translation>
        </message>
        <message>
            <source>Workshop plans (*.plan.toml)</source>
            <translation>Werkstattpläne (*.plan.toml)</translation>
        </message>
        <message>
            <source>Cannot open plan</source>
            <translation>Plan kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Save plan</source>
            <translation>Plan speichern</translation>
        </message>
        <message>
            <source>Cannot save plan</source>
            <translation>Plan kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Plan saved: {file}</source>
            <translation>Plan gespeichert: {file}</translation>
        </message>
    </context>
    <context>
        <name>PlanProblemModel</name>
        <message>
            <source>Hint: {message}</source>
            <translation>Hinweis: {message}</translation>
        </message>
    </context>
    <context>
        <name>PlannerWindow</name>
        <message>
            <source>Edit workshop</source>
            <translation>Angaben zur Werkstatt ändern</translation>
        </message>
        <message>
            <source>&amp;New plan</source>
            <translation>&amp;Neuer Plan</translation>
        </message>
        <message>
            <source>&amp;Open plan…</source>
            <translation>Plan ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Save plan</source>
            <translation>Plan &amp;speichern</translation>
        </message>
        <message>
            <source>Save plan &amp;as…</source>
            <translation>Plan speichern &amp;unter…</translation>
        </message>
        <message>
            <source>&amp;Create workshop from plan…</source>
            <translation>&amp;Werkstatt aus dem Plan anlegen…</translation>
        </message>
        <message>
            <source>&amp;Close planner</source>
            <translation>Planung sch&amp;ließen</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>&amp;Remove from agenda</source>
            <translation>Aus dem Ablauf &amp;entfernen</translation>
        </message>
        <message>
            <source>Go to card library</source>
            <translation>Zur Kartenbibliothek</translation>
        </message>
        <message>
            <source>Go to activity templates</source>
            <translation>Zu den Aktivitätsvorlagen</translation>
        </message>
        <message>
            <source>Go to agenda</source>
            <translation>Zum Ablauf</translation>
        </message>
        <message>
            <source>Go to workshop details</source>
            <translation>Zu den Angaben zur Werkstatt</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Planner</source>
            <translation>Planung</translation>
        </message>
        <message>
            <source>Scenario cards</source>
            <translation>Szenario-Karten</translation>
        </message>
        <message>
            <source>Activity templates (Enter adds to the scenario)</source>
            <translation>Aktivitätsvorlagen (Enter fügt sie zum Szenario hinzu)</translation>
        </message>
        <message>
            <source>Activity templates</source>
            <translation>Aktivitätsvorlagen</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Werkstatt</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Ablauf</translation>
        </message>
        <message>
            <source>Agenda: scenarios and their activities. Alt+Up and Alt+Down move, Delete removes.</source>
            <translation>Ablauf: Szenarien und ihre Aktivitäten. Alt+Pfeil nach oben und Alt+Pfeil nach unten verschieben, Entf entfernt.</translation>
        </message>
        <message>
            <source>Problems in the plan</source>
            <translation>Probleme im Plan</translation>
        </message>
        <message>
            <source>Selected item</source>
            <translation>Ausgewählter Punkt</translation>
        </message>
        <message>
            <source>Add scenario cards from the library (Enter or drag), then add activities from the templates. Select an agenda item to edit it here.</source>
            <translation>Fügen Sie Szenario-Karten aus der Bibliothek hinzu (mit Enter oder durch Ziehen), dann Aktivitäten aus den Vorlagen. Wählen Sie einen Punkt im Ablauf, um ihn hier zu bearbeiten.</translation>
        </message>
        <message numerus="yes">
            <source>Plan check: %n problem(s)</source>
            <translation>
                <numerusform>Planprüfung: %n Problem</numerusform>
                <numerusform>Planprüfung: %n Probleme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Plan check: ready, %n hint(s)</source>
            <translation>
                <numerusform>Planprüfung: bereit, %n Hinweis</numerusform>
                <numerusform>Planprüfung: bereit, %n Hinweise</numerusform>
            </translation>
        </message>
        <message>
            <source>Plan check: ready ✓</source>
            <translation>Planprüfung: bereit ✓</translation>
        </message>
        <message>
            <source>Total time: {time}</source>
            <translation>Gesamtdauer: {time}</translation>
        </message>
        <message>
            <source>unsaved plan</source>
            <translation>nicht gespeichert</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>Neuer Plan</translation>
        </message>
        <message>
            <source>Plan: {title} – {file}[*]</source>
            <translation>Plan: {title} – {file}[*]</translation>
        </message>
    </context>
    <context>
        <name>PointsAnswer</name>
        <message>
            <source>One point less for {option}</source>
            <translation>Einen Punkt weniger für {option}</translation>
        </message>
        <message>
            <source>Takes one of your points back.</source>
            <translation>Nimmt einen Ihrer Punkte zurück.</translation>
        </message>
        <message>
            <source>One point more for {option}</source>
            <translation>Einen Punkt mehr für {option}</translation>
        </message>
        <message>
            <source>Gives this option one of your points.</source>
            <translation>Gibt dieser Möglichkeit einen Ihrer Punkte.</translation>
        </message>
        <message>
            <source>Share {budget} points among the options, then submit.</source>
            <translation>Verteilen Sie {budget} Punkte auf die Möglichkeiten und geben Sie ab.</translation>
        </message>
        <message>
            <source>{left} of {budget} points left</source>
            <translation>Noch {left} von {budget} Punkten</translation>
        </message>
    </context>
    <context>
        <name>PrivateNotes</name>
        <message>
            <source>Facilitator's private notes</source>
            <translation>Private Notizen der Moderation</translation>
        </message>
        <message>
            <source>Private notes: never shown on the shared screen.</source>
            <translation>Private Notizen: werden nie auf dem gemeinsamen Bildschirm gezeigt.</translation>
        </message>
        <message>
            <source>Only you see these notes; they are saved in the workshop file as you type.</source>
            <translation>Nur Sie sehen diese Notizen. Sie werden beim Tippen in der Werkstatt-Datei gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>RankingAnswer</name>
        <message>
            <source>{option}, ranked; press to take it out</source>
            <translation>{option}, eingeordnet; drücken, um es herauszunehmen</translation>
        </message>
        <message>
            <source>Takes the option out of your order again.</source>
            <translation>Nimmt die Möglichkeit wieder aus Ihrer Reihenfolge heraus.</translation>
        </message>
        <message>
            <source>Move {option} up</source>
            <translation>{option} nach oben</translation>
        </message>
        <message>
            <source>Makes the option one place more important.</source>
            <translation>Setzt die Möglichkeit einen Platz nach vorn.</translation>
        </message>
        <message>
            <source>Move {option} down</source>
            <translation>{option} nach unten</translation>
        </message>
        <message>
            <source>Makes the option one place less important.</source>
            <translation>Setzt die Möglichkeit einen Platz nach hinten.</translation>
        </message>
        <message>
            <source>Tap the options below, most important first.</source>
            <translation>Tippen Sie die Möglichkeiten unten an, das Wichtigste zuerst.</translation>
        </message>
        <message>
            <source>Rank next: {option}</source>
            <translation>Als Nächstes einordnen: {option}</translation>
        </message>
        <message>
            <source>Puts the option next in your order, after the ones you chose before.</source>
            <translation>Setzt die Möglichkeit als nächste in Ihre Reihenfolge, nach den bisher gewählten.</translation>
        </message>
        <message>
            <source>Still to rank</source>
            <translation>Noch einzuordnen</translation>
        </message>
        <message>
            <source>Tap the options in order, most important first (or drag them), then submit.</source>
            <translation>Tippen Sie die Möglichkeiten der Reihe nach an, das Wichtigste zuerst (oder ziehen Sie sie), und geben Sie ab.</translation>
        </message>
        <message>
            <source>{n} of {total} ranked</source>
            <translation>{n} von {total} eingeordnet</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>What you can still influence:</source>
            <translation>Was Sie noch beeinflussen können:</translation>
        </message>
        <message>
            <source>Already decided:</source>
            <translation>Bereits entschieden:</translation>
        </message>
        <message>
            <source>The answers:</source>
            <translation>Die Antworten:</translation>
        </message>
        <message>
            <source>Answer on a scale from {lo}, {lo_label}, to {hi}, {hi_label}.</source>
            <translation>Antworten Sie auf einer Skala von {lo}, {lo_label}, bis {hi}, {hi_label}.</translation>
        </message>
        <message>
            <source>Place a dot: across {x}, up {y}.</source>
            <translation>Setzen Sie einen Punkt: waagerecht {x}, senkrecht {y}.</translation>
        </message>
        <message>
            <source>Write your thoughts on a note.</source>
            <translation>Schreiben Sie Ihre Gedanken auf eine Notiz.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationsTab</name>
        <message>
            <source>Re&amp;commendations</source>
            <extracomment>Drag payload of evidence (notes, results, statements) between the archive's tabs.</extracomment>
            <translation>&amp;Empfehlungen</translation>
        </message>
        <message>
            <source>&amp;New recommendation</source>
            <translation>&amp;Neue Empfehlung</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Empfehlungen</translation>
        </message>
        <message>
            <source>Drop notes, results or statements from the other tabs on a recommendation to link them as its evidence.</source>
            <translation>Ziehen Sie Hinweise, Ergebnisse oder Aussagen aus den anderen Reitern auf eine Empfehlung, um sie als Beleg zu verknüpfen.</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Te&amp;xt:</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Für:</translation>
        </message>
        <message>
            <source>&amp;Pilots (card ids, comma-separated):</source>
            <translation>&amp;Pilotprojekte (Karten-IDs, mit Komma getrennt):</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Für</translation>
        </message>
        <message>
            <source>Pilots</source>
            <translation>Pilotprojekte</translation>
        </message>
        <message>
            <source>the strategy paper</source>
            <translation>das Strategiepapier</translation>
        </message>
        <message>
            <source>the staff handbook</source>
            <translation>das Handbuch für Mitarbeitende</translation>
        </message>
        <message>
            <source>both</source>
            <translation>beide</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Vorgeschlagen</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Übernommen</translation>
        </message>
        <message>
            <source>Adopted with changes</source>
            <translation>Mit Änderungen übernommen</translation>
        </message>
        <message>
            <source>Not adopted</source>
            <translation>Nicht übernommen</translation>
        </message>
        <message>
            <source>into the strategy paper</source>
            <translation>in das Strategiepapier</translation>
        </message>
        <message>
            <source>into the staff handbook</source>
            <translation>in das Handbuch</translation>
        </message>
        <message>
            <source>into both</source>
            <translation>in beide</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Adopted into</source>
            <translation>Übernommen in</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Reason (needed when not adopted)</source>
            <translation>Begründung (nötig, wenn nicht übernommen)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Record &amp;decision</source>
            <translation>Entscheidung &amp;festhalten</translation>
        </message>
        <message>
            <source>&amp;Evidence</source>
            <translation>&amp;Belege</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <source>&amp;Unlink evidence</source>
            <translation>Beleg &amp;lösen</translation>
        </message>
        <message>
            <source>&amp;History (who changed what, when)</source>
            <translation>&amp;Verlauf (wer hat wann was geändert)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) of evidence</source>
            <translation>
                <numerusform>%n Beleg</numerusform>
                <numerusform>%n Belege</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n withdrawn</source>
            <translation>
                <numerusform>%n zurückgezogen</numerusform>
                <numerusform>%n zurückgezogen</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a recommendation, or write a new one.</source>
            <translation>Wählen Sie eine Empfehlung oder schreiben Sie eine neue.</translation>
        </message>
        <message>
            <source>Now: {decision} (by {who}, {when})</source>
            <translation>Jetzt: {decision} ({who}, {when})</translation>
        </message>
        <message>
            <source>created</source>
            <translation>angelegt</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>bearbeitet</translation>
        </message>
        <message>
            <source>decided</source>
            <translation>entschieden</translation>
        </message>
        <message>
            <source>linked evidence</source>
            <translation>Beleg verknüpft</translation>
        </message>
        <message>
            <source>unlinked evidence</source>
            <translation>Beleg gelöst</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importiert</translation>
        </message>
        <message>
            <source>Changes need your name: nothing was changed.</source>
            <translation>Änderungen brauchen Ihren Namen: Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>New recommendation</source>
            <translation>Neue Empfehlung</translation>
        </message>
        <message>
            <source>Choose or write a recommendation first (tab Recommendations).</source>
            <translation>Wählen oder schreiben Sie zuerst eine Empfehlung (Reiter Empfehlungen).</translation>
        </message>
        <message numerus="yes">
            <source>Linked %n piece(s) of evidence.</source>
            <translation>
                <numerusform>%n Beleg verknüpft.</numerusform>
                <numerusform>%n Belege verknüpft.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a piece of evidence in the list first.</source>
            <translation>Wählen Sie zuerst einen Beleg in der Liste.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>average {mean}, median {median}</source>
            <translation>Mittelwert {mean}, Median {median}</translation>
        </message>
        <message>
            <source>ahead: {label} ({share})</source>
            <translation>vorn: {label} ({share})</translation>
        </message>
        <message>
            <source>most agreement: {label} ({share})</source>
            <translation>meiste Zustimmung: {label} ({share})</translation>
        </message>
        <message>
            <source>Scenarios: {n}</source>
            <translation>Szenarien: {n}</translation>
        </message>
        <message>
            <source>Ballots: {n}</source>
            <translation>Stimmzettel: {n}</translation>
        </message>
        <message>
            <source>Notes: {n}</source>
            <translation>Notizen: {n}</translation>
        </message>
        <message>
            <source>{name} (notes: {n})</source>
            <translation>{name} (Notizen: {n})</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Kurzbeschreibung</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>What the AI does</source>
            <translation>Was die KI tut</translation>
        </message>
        <message>
            <source>Human oversight</source>
            <translation>Menschliche Aufsicht</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Risiken</translation>
        </message>
        <message>
            <source>Already decided</source>
            <translation>Bereits entschieden</translation>
        </message>
        <message>
            <source>What you can still influence</source>
            <translation>Was Sie noch beeinflussen können</translation>
        </message>
        <message>
            <source>How the input will be used</source>
            <translation>Wie die Beiträge verwendet werden</translation>
        </message>
        <message>
            <source>by channel: {split}</source>
            <translation>nach Kanal: {split}</translation>
        </message>
        <message>
            <source>Results per group only where every group shown has at least 5 people; smaller groups are shown together as “small groups”. Hidden notes are left out.</source>
            <translation>Ergebnisse je Gruppe nur, wo jede gezeigte Gruppe mindestens 5 Personen hat; kleinere Gruppen stehen zusammen als „kleine Gruppen“. Ausgeblendete Notizen fehlen.</translation>
        </message>
        <message>
            <source>Made {when} UTC with Co-Design Studio</source>
            <translation>Erstellt am {when} UTC mit Co-Design Studio</translation>
        </message>
        <message>
            <source>Largest clusters</source>
            <translation>Größte Cluster</translation>
        </message>
        <message>
            <source>Page {page}</source>
            <translation>Seite {page}</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Results chart</source>
            <translation>Ergebnisdiagramm</translation>
        </message>
        <message>
            <source>Too few answers per group to split the results (at least {k} per group).</source>
            <translation>Zu wenige Antworten je Gruppe, um die Ergebnisse aufzuteilen (mindestens {k} je Gruppe).</translation>
        </message>
    </context>
    <context>
        <name>ScaleAnswer</name>
        <message>
            <source>Choose this value; one value only.</source>
            <translation>Diesen Wert wählen. Nur ein Wert ist möglich.</translation>
        </message>
        <message>
            <source>Don't know</source>
            <translation>Weiß nicht</translation>
        </message>
        <message>
            <source>Choose this if you cannot say.</source>
            <translation>Wählen Sie das, wenn Sie es nicht sagen können.</translation>
        </message>
        <message>
            <source>Choose one value, then submit.</source>
            <translation>Wählen Sie einen Wert und geben Sie ihn ab.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPanel</name>
        <message>
            <source>&amp;Minutes to present the card:</source>
            <translation>&amp;Zeit zum Vorstellen der Karte (Minuten):</translation>
        </message>
        <message>
            <source>Minutes to present the card</source>
            <translation>Minuten zum Vorstellen der Karte</translation>
        </message>
        <message>
            <source>Add the card’s suggested activities</source>
            <translation>Von der Karte vorgeschlagene Aktivitäten hinzufügen</translation>
        </message>
        <message>
            <source>Add the activities the card suggests</source>
            <translation>Die Aktivitäten hinzufügen, die die Karte vorschlägt</translation>
        </message>
        <message>
            <source>⚠ The card “{card}” is not in the card library. Import it, or remove this scenario.</source>
            <translation>⚠ Die Karte „{card}“ ist nicht in der Kartenbibliothek. Importieren Sie die Karte oder entfernen Sie dieses Szenario.</translation>
        </message>
    </context>
    <context>
        <name>SelectionBar</name>
        <message>
            <source>&amp;City:</source>
            <translation>&amp;Stadt:</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Gruppe:</translation>
        </message>
        <message>
            <source>&amp;Dates from–to:</source>
            <translation>&amp;Zeitraum von–bis:</translation>
        </message>
        <message>
            <source>City or organiser</source>
            <translation>Stadt oder Veranstalter</translation>
        </message>
        <message>
            <source>Stakeholder group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>all</source>
            <translation>alle</translation>
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message>
            <source>&amp;Previous item</source>
            <translation>&amp;Vorheriger Punkt</translation>
        </message>
        <message>
            <source>&amp;Next item</source>
            <translation>&amp;Nächster Punkt</translation>
        </message>
        <message>
            <source>Show scenario &amp;card</source>
            <translation>Szenario&amp;karte zeigen</translation>
        </message>
        <message>
            <source>Show &amp;activity</source>
            <translation>&amp;Aktivität zeigen</translation>
        </message>
        <message>
            <source>Show &amp;results</source>
            <translation>&amp;Ergebnisse zeigen</translation>
        </message>
        <message>
            <source>Show notes &amp;board</source>
            <translation>Notiz&amp;wand zeigen</translation>
        </message>
        <message>
            <source>Start &amp;dot voting</source>
            <translation>&amp;Punktabfrage starten</translation>
        </message>
        <message>
            <source>&amp;Blank screen</source>
            <translation>&amp;Schwarzer Bildschirm</translation>
        </message>
        <message>
            <source>&amp;Open voting</source>
            <translation>Abstimmung ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Close voting</source>
            <translation>Abstimmung &amp;schließen</translation>
        </message>
        <message>
            <source>Re&amp;veal results</source>
            <translation>Ergebnisse &amp;aufdecken</translation>
        </message>
        <message>
            <source>&amp;Undo last ballot</source>
            <translation>Letzte Stimme &amp;zurücknehmen</translation>
        </message>
        <message>
            <source>Reset activity…</source>
            <translation>Aktivität zurücksetzen …</translation>
        </message>
        <message>
            <source>Enter &amp;tally…</source>
            <translation>&amp;Zählung eingeben …</translation>
        </message>
        <message>
            <source>Start or pause &amp;timer</source>
            <translation>&amp;Timer starten oder anhalten</translation>
        </message>
        <message>
            <source>&amp;Extend timer by 1 minute</source>
            <translation>Timer um 1 Minute &amp;verlängern</translation>
        </message>
        <message>
            <source>Reset ti&amp;mer</source>
            <translation>Ti&amp;mer zurücksetzen</translation>
        </message>
        <message>
            <source>&amp;Participant mode</source>
            <translation>&amp;Teilnahmemodus</translation>
        </message>
        <message>
            <source>Show &amp;shared screen</source>
            <translation>&amp;Gemeinsamen Bildschirm zeigen</translation>
        </message>
        <message>
            <source>Shared screen &amp;full screen</source>
            <translation>Gemeinsamer Bildschirm als &amp;Vollbild</translation>
        </message>
        <message>
            <source>Shared screen in a &amp;window</source>
            <translation>Gemeinsamer Bildschirm im &amp;Fenster</translation>
        </message>
        <message>
            <source>Split results by &amp;group</source>
            <translation>Ergebnisse nach &amp;Gruppen aufteilen</translation>
        </message>
        <message>
            <source>Set facilitator P&amp;IN…</source>
            <translation>Moderations-P&amp;IN festlegen …</translation>
        </message>
        <message>
            <source>P&amp;hones: vote over the room's network</source>
            <translation>&amp;Handys: Abstimmen über das Raumnetz</translation>
        </message>
        <message>
            <source>Show &amp;join screen</source>
            <translation>&amp;Beitrittsanzeige zeigen</translation>
        </message>
        <message>
            <source>&amp;Lock joining</source>
            <translation>Teilnahme &amp;sperren</translation>
        </message>
        <message>
            <source>Show revealed results on phones</source>
            <translation>Aufgedeckte Ergebnisse auf den Handys zeigen</translation>
        </message>
        <message>
            <source>Phone network and Wi-Fi…</source>
            <translation>Netzwerk und WLAN für Handys…</translation>
        </message>
        <message>
            <source>Read &amp;aloud on the shared screen</source>
            <translation>Am gemeinsamen Bildschirm &amp;vorlesen</translation>
        </message>
        <message>
            <source>Choose a scenario first.</source>
            <translation>Wählen Sie zuerst ein Szenario.</translation>
        </message>
        <message>
            <source>Reading aloud…</source>
            <translation>Wird vorgelesen…</translation>
        </message>
        <message>
            <source>Read-aloud is not available: {reason}</source>
            <translation>Vorlesen ist nicht möglich: {reason}</translation>
        </message>
        <message>
            <source>Voting is open.</source>
            <translation>Die Abstimmung ist offen.</translation>
        </message>
        <message>
            <source>Voting is closed.</source>
            <translation>Die Abstimmung ist geschlossen.</translation>
        </message>
        <message>
            <source>Results are shown on the shared screen.</source>
            <translation>Die Ergebnisse werden auf dem gemeinsamen Bildschirm gezeigt.</translation>
        </message>
        <message numerus="yes">
            <source>The activity was reset; %n ballot(s) withdrawn (kept in the file and the event log).</source>
            <translation>
                <numerusform>Die Aktivität wurde zurückgesetzt; %n Stimmabgabe zurückgenommen (bleibt in der Datei und im Ereignisprotokoll).</numerusform>
                <numerusform>Die Aktivität wurde zurückgesetzt; %n Stimmabgaben zurückgenommen (bleiben in der Datei und im Ereignisprotokoll).</numerusform>
            </translation>
        </message>
        <message>
            <source>The last ballot was withdrawn.</source>
            <translation>Die letzte Stimme wurde zurückgenommen.</translation>
        </message>
        <message>
            <source>There is no ballot to withdraw.</source>
            <translation>Es gibt keine Stimme zum Zurücknehmen.</translation>
        </message>
    </context>
    <context>
        <name>SessionPage</name>
        <message>
            <source>Agenda</source>
            <translation>Ablauf</translation>
        </message>
        <message>
            <source>Scenarios and their activities with their state. Press Enter to go to the selected item.</source>
            <translation>Die Szenarien und ihre Aktivitäten mit ihrem Stand. Mit der Eingabetaste gehen Sie zum gewählten Punkt.</translation>
        </message>
        <message>
            <source>Ballots so far</source>
            <translation>Bisherige Stimmen</translation>
        </message>
        <message>
            <source>Answers by channel</source>
            <translation>Antworten nach Weg</translation>
        </message>
        <message>
            <source>Session restored</source>
            <translation>Sitzung wiederhergestellt</translation>
        </message>
        <message>
            <source>Shared screen shows</source>
            <translation>Der gemeinsame Bildschirm zeigt</translation>
        </message>
        <message>
            <source>Voting</source>
            <translation>Abstimmung</translation>
        </message>
        <message>
            <source>Live results (only you see them until you reveal them):</source>
            <translation>Live-Ergebnisse (nur Sie sehen sie, bis Sie sie aufdecken):</translation>
        </message>
        <message>
            <source>Display for the shared screen</source>
            <translation>Bildschirm für die gemeinsame Anzeige</translation>
        </message>
        <message>
            <source>The screen or projector that shows the shared screen. It is remembered on this computer.</source>
            <translation>Der Bildschirm oder Beamer, der den gemeinsamen Bildschirm zeigt. Die Wahl wird auf diesem Computer gespeichert.</translation>
        </message>
        <message>
            <source>Note typed at the laptop</source>
            <translation>Am Laptop getippte Notiz</translation>
        </message>
        <message>
            <source>Shared screen</source>
            <translation>Gemeinsamer Bildschirm</translation>
        </message>
        <message>
            <source>Display:</source>
            <translation>Bildschirm:</translation>
        </message>
        <message>
            <source>Private notes</source>
            <translation>Private Notizen</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Bildschirm</translation>
        </message>
        <message>
            <source>Choose an item of the agenda to begin.</source>
            <translation>Wählen Sie einen Punkt des Ablaufs, um zu beginnen.</translation>
        </message>
        <message>
            <source>Reset activity</source>
            <translation>Aktivität zurücksetzen</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n Notiz</numerusform>
                <numerusform>%n Notizen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s)</source>
            <translation>
                <numerusform>%n Stimme</numerusform>
                <numerusform>%n Stimmen</numerusform>
            </translation>
        </message>
        <message>
            <source>{channel}: {n}</source>
            <translation>{channel}: {n}</translation>
        </message>
        <message>
            <source>The session was restored after an interruption: it continues at “{item}”; the shared screen shows: {screen}.</source>
            <translation>Die Sitzung wurde nach einer Unterbrechung wiederhergestellt: Es geht weiter bei „{item}“; der gemeinsame Bildschirm zeigt: {screen}.</translation>
        </message>
        <message numerus="yes">
            <source>Withdraw all %n answer(s) of “{prompt}” and set it back to draft? The answers stay in the file, flagged as withdrawn, and the reset is logged.</source>
            <translation>
                <numerusform>Die %n Antwort zu „{prompt}“ zurücknehmen und die Aktivität wieder auf Entwurf setzen? Die Antwort bleibt als zurückgenommen markiert in der Datei, und das Zurücksetzen wird protokolliert.</numerusform>
                <numerusform>Alle %n Antworten zu „{prompt}“ zurücknehmen und die Aktivität wieder auf Entwurf setzen? Die Antworten bleiben als zurückgenommen markiert in der Datei, und das Zurücksetzen wird protokolliert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Facilitator PIN</source>
            <translation>Moderations-PIN</translation>
        </message>
        <message>
            <source>New PIN (4 to 8 digits):</source>
            <translation>Neue PIN (4 bis 8 Ziffern):</translation>
        </message>
        <message>
            <source>The same PIN again:</source>
            <translation>Dieselbe PIN noch einmal:</translation>
        </message>
        <message>
            <source>The PIN was not set: use 4 to 8 digits, the same twice.</source>
            <translation>Die PIN wurde nicht festgelegt: Verwenden Sie 4 bis 8 Ziffern, zweimal dieselben.</translation>
        </message>
        <message>
            <source>The facilitator PIN is set on this computer.</source>
            <translation>Die Moderations-PIN ist auf diesem Computer festgelegt.</translation>
        </message>
        <message>
            <source>Participant mode: enter the facilitator PIN to use the console's keys.</source>
            <translation>Teilnahmemodus: Geben Sie die Moderations-PIN ein, um die Tasten der Konsole zu nutzen.</translation>
        </message>
        <message>
            <source>Participant mode: the console's keys are locked (someone at the shared screen could type them). Press a key and enter the PIN to use them.</source>
            <translation>Teilnahmemodus: Die Tasten der Konsole sind gesperrt (jemand am gemeinsamen Bildschirm könnte sie drücken). Drücken Sie eine Taste und geben Sie die PIN ein, um sie zu nutzen.</translation>
        </message>
        <message>
            <source>The console's keys work until the shared screen is used again.</source>
            <translation>Die Tasten der Konsole wirken, bis jemand den gemeinsamen Bildschirm wieder benutzt.</translation>
        </message>
        <message>
            <source>Participant mode</source>
            <translation>Teilnahmemodus</translation>
        </message>
        <message>
            <source>Leave participant mode before closing the workshop.</source>
            <translation>Verlassen Sie den Teilnahmemodus, bevor Sie die Werkstatt schließen.</translation>
        </message>
        <message>
            <source>Selected: {item}. The buttons act on it; Enter shows it now.</source>
            <translation>Ausgewählt: {item}. Die Schaltflächen wirken darauf; die Eingabetaste zeigt es sofort.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Every keyboard shortcut of the app, and where it works.</source>
            <translation>Alle Tastenkürzel der Anwendung und wo sie gelten.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
    </context>
    <context>
        <name>SingleChoiceAnswer</name>
        <message>
            <source>Choose this answer; one answer only.</source>
            <translation>Diese Antwort wählen. Nur eine Antwort ist möglich.</translation>
        </message>
        <message>
            <source>Choose one answer, then submit.</source>
            <translation>Wählen Sie eine Antwort und geben Sie sie ab.</translation>
        </message>
    </context>
    <context>
        <name>Speaker</name>
        <message>
            <source>Read-aloud needs a text-to-speech voice, and none is available on this computer.</source>
            <translation>Zum Vorlesen wird eine Sprachausgabe gebraucht; auf diesem Computer ist keine verfügbar.</translation>
        </message>
        <message>
            <source>No voice for {language} is installed on this computer.</source>
            <translation>Auf diesem Computer ist keine Stimme für {language} installiert.</translation>
        </message>
    </context>
    <context>
        <name>StageCard</name>
        <message>
            <source>Prohibited practice</source>
            <translation>Verbotene Praktik</translation>
        </message>
        <message>
            <source>High risk</source>
            <translation>Hohes Risiko</translation>
        </message>
        <message>
            <source>Transparency obligations</source>
            <translation>Transparenzpflichten</translation>
        </message>
        <message>
            <source>Minimal risk</source>
            <translation>Minimales Risiko</translation>
        </message>
        <message>
            <source>The AI informs; people decide.</source>
            <translation>Die KI informiert; Menschen entscheiden.</translation>
        </message>
        <message>
            <source>The AI recommends; people decide.</source>
            <translation>Die KI empfiehlt; Menschen entscheiden.</translation>
        </message>
        <message>
            <source>The AI decides; people can review.</source>
            <translation>Die KI entscheidet; Menschen können prüfen.</translation>
        </message>
        <message>
            <source>No personal data</source>
            <translation>Keine personenbezogenen Daten</translation>
        </message>
        <message>
            <source>Pseudonymised personal data</source>
            <translation>Pseudonymisierte personenbezogene Daten</translation>
        </message>
        <message>
            <source>Identifiable personal data</source>
            <translation>Identifizierbare personenbezogene Daten</translation>
        </message>
        <message>
            <source>More on the handout.</source>
            <translation>Mehr dazu auf dem Handzettel.</translation>
        </message>
        <message>
            <source>What you can still influence</source>
            <translation>Was Sie noch beeinflussen können</translation>
        </message>
        <message>
            <source>Already decided</source>
            <translation>Bereits entschieden</translation>
        </message>
        <message>
            <source>EU AI Act</source>
            <translation>EU-KI-Verordnung</translation>
        </message>
        <message>
            <source>Role of the AI</source>
            <translation>Rolle der KI</translation>
        </message>
        <message>
            <source>Human oversight</source>
            <translation>Menschliche Aufsicht</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personenbezogene Daten</translation>
        </message>
        <message>
            <source>What happens with your input</source>
            <translation>Was mit Ihren Beiträgen geschieht</translation>
        </message>
    </context>
    <context>
        <name>StageChoosing</name>
        <message>
            <source>Hidden notes are never shown on the shared screen.</source>
            <translation>Ausgeblendete Notizen werden auf dem gemeinsamen Bildschirm nie gezeigt.</translation>
        </message>
        <message>
            <source>Select notes or a cluster first.</source>
            <translation>Wählen Sie zuerst Notizen oder eine Gruppe aus.</translation>
        </message>
        <message>
            <source>Dot voting is running on the shared screen. The choice shows there when you show the notes board again.</source>
            <translation>Auf dem gemeinsamen Bildschirm läuft die Punktabfrage. Die Auswahl erscheint dort, sobald Sie wieder die Pinnwand zeigen.</translation>
        </message>
        <message>
            <source>The shared screen shows: {what}</source>
            <translation>Der gemeinsame Bildschirm zeigt: {what}</translation>
        </message>
    </context>
    <context>
        <name>StageControl</name>
        <message>
            <source>Shared screen shows</source>
            <translation>Der gemeinsame Bildschirm zeigt</translation>
        </message>
        <message>
            <source>The whole board, or one cluster or category shown large enough to read from the back of the room. Choosing switches the shared screen to the board.</source>
            <translation>Die ganze Pinnwand oder eine Gruppe oder Kategorie, so groß, dass man sie auch hinten im Raum lesen kann. Die Wahl schaltet den gemeinsamen Bildschirm auf die Pinnwand.</translation>
        </message>
        <message>
            <source>Sha&amp;red screen shows:</source>
            <translation>&amp;Gemeinsamer Bildschirm zeigt:</translation>
        </message>
        <message>
            <source>Previous part on the shared screen</source>
            <translation>Vorheriger Teil auf dem gemeinsamen Bildschirm</translation>
        </message>
        <message>
            <source>Shows the previous part of the chosen notes (Alt+Page Up).</source>
            <translation>Zeigt den vorherigen Teil der gewählten Notizen (Alt+Bild auf).</translation>
        </message>
        <message>
            <source>Next part on the shared screen</source>
            <translation>Nächster Teil auf dem gemeinsamen Bildschirm</translation>
        </message>
        <message>
            <source>Shows the next part of the chosen notes (Alt+Page Down).</source>
            <translation>Zeigt den nächsten Teil der gewählten Notizen (Alt+Bild ab).</translation>
        </message>
        <message>
            <source>Whole board</source>
            <translation>Ganze Pinnwand</translation>
        </message>
        <message>
            <source>Selected notes ({n})</source>
            <translation>Ausgewählte Notizen ({n})</translation>
        </message>
        <message>
            <source>Cluster: {name} ({n})</source>
            <translation>Gruppe: {name} ({n})</translation>
        </message>
        <message>
            <source>Unnamed cluster</source>
            <translation>Gruppe ohne Namen</translation>
        </message>
        <message>
            <source>Category: {name} ({n})</source>
            <translation>Kategorie: {name} ({n})</translation>
        </message>
        <message>
            <source>Part {part} of {parts}</source>
            <translation>Teil {part} von {parts}</translation>
        </message>
    </context>
    <context>
        <name>StagePreview</name>
        <message>
            <source>Preview of the shared screen</source>
            <translation>Vorschau des gemeinsamen Bildschirms</translation>
        </message>
        <message>
            <source>The shared screen is closed.</source>
            <translation>Der gemeinsame Bildschirm ist geschlossen.</translation>
        </message>
    </context>
    <context>
        <name>StageWindow</name>
        <message>
            <source>Shared screen</source>
            <translation>Gemeinsamer Bildschirm</translation>
        </message>
        <message>
            <source>The results are shown once the facilitator reveals them.</source>
            <translation>Die Ergebnisse erscheinen, sobald die Moderation sie aufdeckt.</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <source>Facilitator: leave participant mode (PIN)</source>
            <translation>Moderation: Teilnahmemodus verlassen (PIN)</translation>
        </message>
        <message>
            <source>Only for the facilitator: asks for the PIN.</source>
            <translation>Nur für die Moderation: fragt nach der PIN.</translation>
        </message>
        <message>
            <source>Welcome!</source>
            <translation>Willkommen!</translation>
        </message>
        <message>
            <source>No activity selected.</source>
            <translation>Keine Aktivität gewählt.</translation>
        </message>
        <message>
            <source>Participant mode</source>
            <translation>Teilnahmemodus</translation>
        </message>
        <message>
            <source>Unnamed cluster</source>
            <translation>Gruppe ohne Namen</translation>
        </message>
        <message>
            <source>Notes board – all scenarios</source>
            <translation>Pinnwand – alle Szenarien</translation>
        </message>
        <message>
            <source>The notes board is not available.</source>
            <translation>Die Notizwand ist nicht verfügbar.</translation>
        </message>
        <message>
            <source>Dot voting is not available.</source>
            <translation>Die Punktabfrage ist nicht verfügbar.</translation>
        </message>
        <message>
            <source>Time is up: {time} over</source>
            <translation>Die Zeit ist um: {time} darüber</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>noch {time}</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Co-Design Studio</source>
            <translation>Co-Design Studio</translation>
        </message>
        <message>
            <source>Run participation workshops about the city's AI pilots: present each pilot as a scenario, let participants vote and add notes on the shared screen, and hand the results to the strategy team.</source>
            <translation>Führen Sie Beteiligungswerkstätten zu den KI-Pilotprojekten der Stadt durch: Stellen Sie jedes Vorhaben als Szenario vor, lassen Sie die Teilnehmenden am gemeinsamen Bildschirm abstimmen und Notizen schreiben, und geben Sie die Ergebnisse an das Strategieteam.</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>Neue Werkstatt…</translation>
        </message>
        <message>
            <source>Create a new workshop</source>
            <translation>Eine neue Werkstatt anlegen</translation>
        </message>
        <message>
            <source>Asks for the title, date and place, then creates the workshop file.</source>
            <translation>Fragt nach Titel, Datum und Ort und legt dann die Werkstatt-Datei an.</translation>
        </message>
        <message>
            <source>Open workshop…</source>
            <translation>Werkstatt öffnen…</translation>
        </message>
        <message>
            <source>Open a workshop file</source>
            <translation>Eine Werkstatt-Datei öffnen</translation>
        </message>
        <message>
            <source>Choose a .workshop file on this computer.</source>
            <translation>Wählen Sie eine .workshop-Datei auf diesem Computer.</translation>
        </message>
        <message>
            <source>Plan a workshop…</source>
            <translation>Werkstatt planen…</translation>
        </message>
        <message>
            <source>Plan a workshop from scenario cards</source>
            <translation>Eine Werkstatt aus Szenario-Karten planen</translation>
        </message>
        <message>
            <source>Choose scenario cards and activities and set the agenda of a new workshop.</source>
            <translation>Wählen Sie Szenario-Karten und Aktivitäten und legen Sie den Ablauf einer neuen Werkstatt fest.</translation>
        </message>
        <message>
            <source>Open the demo workshop</source>
            <translation>Demo-Werkstatt öffnen</translation>
        </message>
        <message>
            <source>Open a demo workshop that has already been run</source>
            <translation>Eine bereits durchgeführte Demo-Werkstatt öffnen</translation>
        </message>
        <message>
            <source>An example workshop with votes and notes, to try every screen safely.</source>
            <translation>Eine Beispiel-Werkstatt mit Stimmen und Notizen, um jede Ansicht gefahrlos auszuprobieren.</translation>
        </message>
        <message>
            <source>&amp;Recent workshops</source>
            <translation>&amp;Zuletzt geöffnete Werkstätten</translation>
        </message>
        <message>
            <source>Recent workshops</source>
            <translation>Zuletzt geöffnete Werkstätten</translation>
        </message>
        <message>
            <source>Press Enter to open the selected workshop.</source>
            <translation>Drücken Sie die Eingabetaste, um die ausgewählte Werkstatt zu öffnen.</translation>
        </message>
        <message>
            <source>No recent workshops yet.</source>
            <translation>Noch keine zuletzt geöffneten Werkstätten.</translation>
        </message>
        <message>
            <source>{name} (missing)</source>
            <translation>{name} (fehlt)</translation>
        </message>
    </context>
    <context>
        <name>StatementsAnswer</name>
        <message>
            <source>Your answer to this statement; one of agree, disagree or pass.</source>
            <translation>Ihre Antwort zu dieser Aussage: Stimme zu, Stimme nicht zu oder Enthaltung.</translation>
        </message>
        <message>
            <source>Agree, disagree or pass on each statement, then submit.</source>
            <translation>Stimmen Sie jeder Aussage zu, lehnen Sie sie ab oder enthalten Sie sich, und geben Sie ab.</translation>
        </message>
        <message>
            <source>{n} of {total} answered</source>
            <translation>{n} von {total} beantwortet</translation>
        </message>
    </context>
    <context>
        <name>StatementsTab</name>
        <message>
            <source>Common ground and &amp;dividing lines</source>
            <translation>Gemeinsamkeiten und &amp;Streitpunkte</translation>
        </message>
        <message>
            <source>Common ground (every group agrees)</source>
            <translation>Gemeinsamkeiten (alle Gruppen stimmen zu)</translation>
        </message>
        <message>
            <source>Dividing lines (the groups disagree)</source>
            <translation>Streitpunkte (die Gruppen sind uneins)</translation>
        </message>
        <message>
            <source>Common ground</source>
            <translation>Gemeinsamkeiten</translation>
        </message>
        <message>
            <source>Dividing lines</source>
            <translation>Streitpunkte</translation>
        </message>
        <message>
            <source>Pilot</source>
            <translation>Pilotprojekt</translation>
        </message>
        <message>
            <source>all pilots</source>
            <translation>alle Pilotprojekte</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Aussage</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Agreement [95 % interval]</source>
            <translation>Zustimmung [95-%-Intervall]</translation>
        </message>
        <message>
            <source>By group: agree of seen</source>
            <translation>Nach Gruppe: Zustimmung von gesehen</translation>
        </message>
        <message>
            <source>Read with care</source>
            <translation>Mit Vorsicht lesen</translation>
        </message>
    </context>
    <context>
        <name>TallyDialog</name>
        <message>
            <source>Enter tally</source>
            <translation>Zählung eingeben</translation>
        </message>
        <message>
            <source>Type the counts for “{prompt}”. They are stored apart from the ballots on the screen and added to the results.</source>
            <translation>Geben Sie die Zahlen für „{prompt}“ ein. Sie werden getrennt von den Stimmen am Bildschirm gespeichert und zu den Ergebnissen addiert.</translation>
        </message>
        <message>
            <source>Stakeholder group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Everybody / not stated</source>
            <translation>Alle / keine Angabe</translation>
        </message>
        <message>
            <source>Counted from</source>
            <translation>Gezählt aus</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Gruppe:</translation>
        </message>
        <message>
            <source>&amp;Counted from:</source>
            <translation>Gezählt &amp;aus:</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Close or cancel</source>
            <translation>Schließen oder abbrechen</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ausführen</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Fertig.</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>In Arbeit…</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was written.</source>
            <translation>Abgebrochen. Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>Failed: {message}</source>
            <translation>Fehlgeschlagen: {message}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>{name} already exists. Replace it?</source>
            <translation>{name} gibt es bereits. Ersetzen?</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>How useful is this? (scale 1–5)</source>
            <translation>Wie nützlich ist das? (Skala 1–5)</translation>
        </message>
        <message>
            <source>Would you accept this? (agree / disagree / pass)</source>
            <translation>Würden Sie das akzeptieren? (Zustimmung / Ablehnung / Enthaltung)</translation>
        </message>
        <message>
            <source>Hopes and concerns (notes)</source>
            <translation>Hoffnungen und Bedenken (Notizen)</translation>
        </message>
        <message>
            <source>Under which conditions? (notes)</source>
            <translation>Unter welchen Bedingungen? (Notizen)</translation>
        </message>
        <message>
            <source>Which pilot first? (points)</source>
            <translation>Welches Pilotprojekt zuerst? (Punkte)</translation>
        </message>
        <message>
            <source>Benefit vs risk (2×2)</source>
            <translation>Nutzen und Risiko (2×2)</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Rangfolge</translation>
        </message>
        <message>
            <source>Single choice</source>
            <translation>Einfachauswahl</translation>
        </message>
        <message>
            <source>Multiple choice</source>
            <translation>Mehrfachauswahl</translation>
        </message>
        <message>
            <source>Free activity</source>
            <translation>Freie Aktivität</translation>
        </message>
    </context>
    <context>
        <name>Terms</name>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>JSON text</source>
            <translation>JSON-Text</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>TRUE or FALSE</source>
            <translation>WAHR oder FALSCH</translation>
        </message>
        <message>
            <source>a date and time</source>
            <translation>ein Datum mit Uhrzeit</translation>
        </message>
        <message>
            <source>a date</source>
            <translation>ein Datum</translation>
        </message>
        <message>
            <source>German</source>
            <translation>deutsche</translation>
        </message>
        <message>
            <source>English</source>
            <translation>englische</translation>
        </message>
        <message>
            <source>empty, but required</source>
            <extracomment>Free text outside notes: generous, but a 10 MB value would hang the window. JSON columns hold whole scenario cards with their illustrations. JSON columns that hold an object (the others hold a list).</extracomment>
            <translation>leer, obwohl ein Wert nötig ist</translation>
        </message>
        <message>
            <source>not text</source>
            <translation>kein Text</translation>
        </message>
        <message>
            <source>not a whole number</source>
            <translation>keine ganze Zahl</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>keine Zahl</translation>
        </message>
        <message>
            <source>not 0 or 1</source>
            <translation>weder 0 noch 1</translation>
        </message>
        <message>
            <source>not a date</source>
            <translation>kein Datum</translation>
        </message>
        <message>
            <source>not a date and time</source>
            <translation>kein Datum mit Uhrzeit</translation>
        </message>
        <message>
            <source>not valid JSON of the expected shape</source>
            <translation>kein gültiges JSON in der erwarteten Form</translation>
        </message>
        <message>
            <source>a value the app does not know</source>
            <translation>ein Wert, den die Anwendung nicht kennt</translation>
        </message>
        <message>
            <source>negative</source>
            <translation>negativ</translation>
        </message>
        <message>
            <source>a reference to a record that does not exist</source>
            <translation>ein Verweis auf einen Eintrag, den es nicht gibt</translation>
        </message>
        <message>
            <source>an id that another row has too</source>
            <translation>eine Kennung, die auch eine andere Zeile hat</translation>
        </message>
        <message>
            <source>trigger</source>
            <translation>Trigger</translation>
        </message>
        <message>
            <source>view</source>
            <translation>Sicht (View)</translation>
        </message>
        <message>
            <source>table</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <source>index</source>
            <translation>Index</translation>
        </message>
        <message>
            <source>column</source>
            <translation>Spalte</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
    </context>
    <context>
        <name>TimerPanel</name>
        <message>
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
        <message>
            <source>{time} over</source>
            <translation>{time} darüber</translation>
        </message>
        <message>
            <source>{time} (paused)</source>
            <translation>{time} (angehalten)</translation>
        </message>
    </context>
    <context>
        <name>VocabularyDialog</name>
        <message>
            <source>Categories and tags</source>
            <translation>Kategorien und Schlagworte</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Symbol</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagworte</translation>
        </message>
        <message>
            <source>Categories (the first five have the keys 1–5 in bulk entry). Each needs a symbol, so colour is never the only sign. Double-click a colour to choose it.</source>
            <translation>Kategorien (die ersten fünf wählen Sie bei der Schnelleingabe mit den Tasten 1–5). Jede Kategorie braucht ein Symbol, damit die Farbe nie das einzige Erkennungszeichen ist. Doppelklicken Sie auf eine Farbe, um sie zu wählen.</translation>
        </message>
        <message>
            <source>Tags for governance topics (optional on each note):</source>
            <translation>Schlagworte für Governance-Themen (bei jeder Notiz optional):</translation>
        </message>
        <message>
            <source>Add category</source>
            <translation>Kategorie hinzufügen</translation>
        </message>
        <message>
            <source>Add tag</source>
            <translation>Schlagwort hinzufügen</translation>
        </message>
        <message>
            <source>Remove category</source>
            <translation>Kategorie entfernen</translation>
        </message>
        <message>
            <source>Remove tag</source>
            <translation>Schlagwort entfernen</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>“{key}” is used by notes and cannot be removed; rename its labels instead.</source>
            <translation>„{key}“ wird von Notizen verwendet und kann nicht entfernt werden. Ändern Sie stattdessen die Bezeichnungen.</translation>
        </message>
        <message>
            <source>Category colour</source>
            <translation>Farbe der Kategorie</translation>
        </message>
        <message>
            <source>Keep at least one category.</source>
            <translation>Mindestens eine Kategorie muss bleiben.</translation>
        </message>
        <message>
            <source>Every category needs a label.</source>
            <translation>Jede Kategorie braucht eine Bezeichnung.</translation>
        </message>
        <message>
            <source>Every category needs a symbol (colour alone is not enough).</source>
            <translation>Jede Kategorie braucht ein Symbol (die Farbe allein reicht nicht).</translation>
        </message>
        <message>
            <source>“{color}” is not a colour; write it like #FFE08A.</source>
            <translation>„{color}“ ist keine Farbe. Schreiben Sie sie zum Beispiel so: #FFE08A.</translation>
        </message>
        <message>
            <source>Every tag needs a label.</source>
            <translation>Jedes Schlagwort braucht eine Bezeichnung.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopTable</name>
        <message>
            <source>Workshop</source>
            <translation>Werkstatt</translation>
        </message>
        <message>
            <source>City or organiser</source>
            <translation>Stadt oder Veranstalter</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Pilots</source>
            <translation>Pilotprojekte</translation>
        </message>
        <message>
            <source>Ballots</source>
            <translation>Stimmen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <source>Added from</source>
            <translation>Hinzugefügt aus</translation>
        </message>
    </context>
    <context>
        <name>WorkshopsTab</name>
        <message>
            <source>added</source>
            <translation>hinzugefügt</translation>
        </message>
        <message>
            <source>already in the archive, unchanged</source>
            <translation>schon im Archiv, unverändert</translation>
        </message>
        <message>
            <source>replaced by this newer copy ({changes})</source>
            <translation>durch diese neuere Fassung ersetzt ({changes})</translation>
        </message>
        <message>
            <source>the archive keeps its newer copy</source>
            <translation>das Archiv behält seine neuere Fassung</translation>
        </message>
        <message>
            <source>&amp;Add workshops…</source>
            <translation>Werkstätten &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>Add workshop files or exports; a workshop already there is not added twice.</source>
            <translation>Werkstattdateien oder Exporte hinzufügen; eine Werkstatt, die schon da ist, wird nicht doppelt aufgenommen.</translation>
        </message>
        <message>
            <source>&amp;Remove workshop</source>
            <translation>Werkstatt &amp;entfernen</translation>
        </message>
        <message>
            <source>Workshops in the archive</source>
            <translation>Werkstätten im Archiv</translation>
        </message>
        <message>
            <source>Add workshops to the archive</source>
            <translation>Werkstätten zum Archiv hinzufügen</translation>
        </message>
        <message>
            <source>Workshops and exports (*.workshop *.xlsx)</source>
            <translation>Werkstätten und Exporte (*.workshop *.xlsx)</translation>
        </message>
        <message numerus="yes">
            <source>Adding %n file(s)…</source>
            <translation>
                <numerusform>%n Datei wird hinzugefügt…</numerusform>
                <numerusform>%n Dateien werden hinzugefügt…</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a workshop in the list first.</source>
            <translation>Wählen Sie zuerst eine Werkstatt in der Liste.</translation>
        </message>
        <message>
            <source>Remove workshop</source>
            <translation>Werkstatt entfernen</translation>
        </message>
        <message>
            <source>Remove “{title}” from the archive? Recommendations that cite it keep their quotes, marked as withdrawn.</source>
            <translation>„{title}“ aus dem Archiv entfernen? Empfehlungen, die sie zitieren, behalten ihre Zitate, als zurückgezogen markiert.</translation>
        </message>
        <message>
            <source>Removed “{title}”.</source>
            <translation>„{title}“ wurde entfernt.</translation>
        </message>
    </context>
</TS>
