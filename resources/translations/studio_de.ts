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
        <source>Participation workshops about a city&apos;s AI pilot projects: scenario cards, voting and sticky notes on a shared screen, spreadsheets for the strategy team. Works offline.</source>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Co-Design Studio</source>
        <translation>Ü&amp;ber Co-Design Studio</translation>
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
        <source>Language must be de or en.</source>
        <translation>Die Sprache muss de oder en sein.</translation>
    </message>
    <message>
        <source>A scenario card needs an id.</source>
        <translation>Eine Szenario-Karte braucht eine ID.</translation>
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
        <source>The folder {folder} does not exist. Create it first.</source>
        <translation>Den Ordner {folder} gibt es nicht. Legen Sie ihn zuerst an.</translation>
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
        <source>{path} already exists.</source>
        <translation>{path} gibt es bereits.</translation>
    </message>
    <message>
        <source>The database has no Co-Design Studio workshop.</source>
        <translation>Die Datenbank enthält keine Co-Design-Studio-Werkstatt.</translation>
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
        <source>{path} does not exist. Check the name and folder.</source>
        <translation>{path} gibt es nicht. Prüfen Sie Namen und Ordner.</translation>
    </message>
    <message>
        <source>{path} is not a file. Choose a .workshop file.</source>
        <translation>{path} ist keine Datei. Wählen Sie eine .workshop-Datei.</translation>
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
        <source>{path} is damaged and cannot be opened. Open the backup copy or the last export.</source>
        <translation>{path} ist beschädigt und kann nicht geöffnet werden. Öffnen Sie die Sicherungskopie oder den letzten Export.</translation>
    </message>
    <message>
        <source>{path} is a database, but not a Co-Design Studio workshop. Open a .workshop file.</source>
        <translation>{path} ist eine Datenbank, aber keine Werkstatt von Co-Design Studio. Öffnen Sie eine .workshop-Datei.</translation>
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
        <source>Point budget</source>
        <translation>Punkte verteilen</translation>
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
        <source>Blank screen</source>
        <translation>Schwarzer Bildschirm</translation>
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
        <source>Plan a workshop</source>
        <translation>Werkstatt planen</translation>
    </message>
    <message>
        <source>The workshop planner is not available.</source>
        <translation>Die Werkstattplanung ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Spreadsheet exchange is not available.</source>
        <translation>Der Tabellenaustausch ist nicht verfügbar.</translation>
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
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Co-Design Studio</source>
        <translation>Co-Design Studio</translation>
    </message>
    <message>
        <source>Run participation workshops about the city&apos;s AI pilots: present each pilot as a scenario, let participants vote and add notes on the shared screen, and hand the results to the strategy team.</source>
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
        <source>Open workshop…</source>
        <translation>Werkstatt öffnen…</translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation>Eine Werkstatt-Datei öffnen</translation>
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
        <source>Open the demo workshop</source>
        <translation>Demo-Werkstatt öffnen</translation>
    </message>
    <message>
        <source>Open a demo workshop that has already been run</source>
        <translation>Eine bereits durchgeführte Demo-Werkstatt öffnen</translation>
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
        <source>No recent workshops yet.</source>
        <translation>Noch keine zuletzt geöffneten Werkstätten.</translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation>{name} (fehlt)</translation>
    </message>
</context>
</TS>
