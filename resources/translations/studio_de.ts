<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Co-Design Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-Design Studio {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation workshops about a city&apos;s AI pilot projects: scenario cards, voting and sticky notes on a shared screen, spreadsheets for the strategy team. Works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: European Union Public Licence (EUPL) 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop files are saved in: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workshop: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings are stored in: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan a workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import export file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge workshops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Co-Design Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The answer is not in a known form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer names an unknown option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at most {k} options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a value on the scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a value from {lo} to {hi}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points must be whole numbers of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave {total} points, but only {budget} are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every option in order, each once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place your dot in the matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place your dot inside the matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer at least one statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with agree, disagree or pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity collects notes, not votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts must be whole numbers of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tally names an unknown option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts by hand are not possible for this kind of activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That activity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stakeholder group “{group}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is not open for this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That scenario no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity is {state}; that step is not possible now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open voting before revealing results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note may have at most {limit} characters ({n} given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown note category “{category}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the note is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That cluster no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place at least one dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person has {n} dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {n} dots may go on one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note is not on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long (at most 300 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every activity needs a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity “{prompt}” has an empty option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity “{prompt}” lists an option twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale of “{prompt}” must run upwards over 2 to 11 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale of “{prompt}” needs labels for both ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point budget of “{prompt}” must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{prompt}” allows between 1 and as many choices as there are options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix “{prompt}” needs labels on both axes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file already has a workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language must be de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario card needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity already has answers and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name or use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full while writing {path}. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to write {path}. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no Co-Design Studio workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Co-Design Studio (file format {found}, this app reads {current}). Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist. Check the name and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file. Choose a .workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty. It is not a workshop; open another file or a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Co-Design Studio workshop file. Open a .workshop file (spreadsheets are read with File → Import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened. Open the backup copy or the last export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a database, but not a Co-Design Studio workshop. Open a .workshop file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2×2 matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree / disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes are saved automatically in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;oard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops (*.workshop);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save workshop as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops (*.workshop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop planner is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet exchange is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop will be saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language for participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language for participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder groups offered to participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: {n} (hidden: {hidden})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Co-Design Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run participation workshops about the city&apos;s AI pilots: present each pilot as a scenario, let participants vote and add notes on the shared screen, and hand the results to the strategy team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a workshop from scenario cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo workshop that has already been run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workshops yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
