<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Main</name>
    <message>
        <source>Samen</source>
        <translation>Samen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Samen</source>
        <translation>Welkom bij Samen</translation>
    </message>
    <message>
        <source>Your plan, in one place. You decide what matters most. You decide who may help and what they may see.</source>
        <translation>Je plan, op één plek. Jij kiest wat het belangrijkst is. Jij kiest wie mag helpen en wat die mag zien.</translation>
    </message>
    <message>
        <source>Your plan stays on this device, locked. Nobody sees it unless you say so.</source>
        <translation>Je plan blijft op dit apparaat, op slot. Niemand ziet het, tenzij jij dat wilt.</translation>
    </message>
    <message>
        <source>Start my plan</source>
        <translation>Begin met mijn plan</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
</context>
</TS>
