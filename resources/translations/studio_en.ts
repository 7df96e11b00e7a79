<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DotVotingStageView</name>
    <message numerus="yes">
        <source>Thank you! Your %n dot(s) are saved.</source>
        <translation>
            <numerusform>Thank you! Your %n dot is saved.</numerusform>
            <numerusform>Thank you! Your %n dots are saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantFlow</name>
    <message numerus="yes">
        <source>Choose up to %n answer(s), then submit.</source>
        <translation>
            <numerusform>Choose up to %n answer, then submit.</numerusform>
            <numerusform>Choose up to %n answers, then submit.</numerusform>
        </translation>
    </message>
</context>
</TS>
