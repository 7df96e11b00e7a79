<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message numerus="yes">
        <source>Scenario · %n activity(ies)</source>
        <translation>
            <numerusform>Scenario · %n activity</numerusform>
            <numerusform>Scenario · %n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message numerus="yes">
        <source>Archive {name} – %n workshop(s)</source>
        <translation>
            <numerusform>Archive {name} – %n workshop</numerusform>
            <numerusform>Archive {name} – %n workshops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardEditing</name>
    <message numerus="yes">
        <source>Merge %n duplicate(s)</source>
        <translation>
            <numerusform>Merge %n duplicate</numerusform>
            <numerusform>Merge %n duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message numerus="yes">
        <source>{shown} of %n note(s) shown</source>
        <translation>
            <numerusform>{shown} of %n note shown</numerusform>
            <numerusform>{shown} of %n notes shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) imported.</source>
        <translation>
            <numerusform>%n note imported.</numerusform>
            <numerusform>%n notes imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message numerus="yes">
        <source>%n note(s) added (one per line).</source>
        <translation>
            <numerusform>%n note added (one per line).</numerusform>
            <numerusform>%n notes added (one per line).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DotResultsPanel</name>
    <message numerus="yes">
        <source>%n dot(s) placed.</source>
        <translation>
            <numerusform>%n dot placed.</numerusform>
            <numerusform>%n dots placed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DotVotingStageView</name>
    <message numerus="yes">
        <source>Thank you! Your %n dot(s) are saved.</source>
        <translation>
            <numerusform>Thank you! Your %n dot is saved.</numerusform>
            <numerusform>Thank you! Your %n dots are saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n dot(s) on one item.</source>
        <translation>
            <numerusform>At most %n dot on one item.</numerusform>
            <numerusform>At most %n dots on one item.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MultipleChoiceAnswer</name>
    <message numerus="yes">
        <source>Choose up to %n answer(s), then submit.</source>
        <translation>
            <numerusform>Choose up to %n answer, then submit.</numerusform>
            <numerusform>Choose up to %n answers, then submit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteDetails</name>
    <message numerus="yes">
        <source>%n note(s) selected</source>
        <translation>
            <numerusform>%n note selected</numerusform>
            <numerusform>%n notes selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesImportDialog</name>
    <message numerus="yes">
        <source>Import %n note(s)</source>
        <translation>
            <numerusform>Import %n note</numerusform>
            <numerusform>Import %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantFlow</name>
    <message numerus="yes">
        <source>The next person can start in %n second(s).</source>
        <translation>
            <numerusform>The next person can start in %n second.</numerusform>
            <numerusform>The next person can start in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhonesBox</name>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n phone connected</numerusform>
            <numerusform>%n phones connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PilotsTab</name>
    <message numerus="yes">
        <source>{title}
%n workshop(s): {cities}</source>
        <translation>
            <numerusform>{title}
%n workshop: {cities}</numerusform>
            <numerusform>{title}
%n workshops: {cities}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>Wrong PIN. Try again in %n second.</numerusform>
            <numerusform>Wrong PIN. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannerWindow</name>
    <message numerus="yes">
        <source>Plan check: %n problem(s)</source>
        <translation>
            <numerusform>Plan check: %n problem</numerusform>
            <numerusform>Plan check: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan check: ready, %n hint(s)</source>
        <translation>
            <numerusform>Plan check: ready, %n hint</numerusform>
            <numerusform>Plan check: ready, %n hints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationsTab</name>
    <message numerus="yes">
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n piece of evidence</numerusform>
            <numerusform>%n pieces of evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n withdrawn</numerusform>
            <numerusform>%n withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Linked %n piece(s) of evidence.</source>
        <translation>
            <numerusform>Linked %n piece of evidence.</numerusform>
            <numerusform>Linked %n pieces of evidence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message numerus="yes">
        <source>The activity was reset; %n ballot(s) withdrawn (kept in the file and the event log).</source>
        <translation>
            <numerusform>The activity was reset; %n ballot withdrawn (kept in the file and the event log).</numerusform>
            <numerusform>The activity was reset; %n ballots withdrawn (kept in the file and the event log).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n ballot</numerusform>
            <numerusform>%n ballots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw all %n answer(s) of “{prompt}” and set it back to draft? The answers stay in the file, flagged as withdrawn, and the reset is logged.</source>
        <translation>
            <numerusform>Withdraw the %n answer to “{prompt}” and set the activity back to draft? The answer stays in the file, flagged as withdrawn, and the reset is logged.</numerusform>
            <numerusform>Withdraw all %n answers to “{prompt}” and set the activity back to draft? The answers stay in the file, flagged as withdrawn, and the reset is logged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopsTab</name>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Adding %n file…</numerusform>
            <numerusform>Adding %n files…</numerusform>
        </translation>
    </message>
</context>
</TS>
