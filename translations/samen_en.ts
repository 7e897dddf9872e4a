<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <translation>Welcome to Samen</translation>
    </message>
    <message>
        <source>Your plan, in one place. You decide what matters most. You decide who may help and what they may see.</source>
        <translation>Your plan, in one place. You decide what matters most. You decide who may help and what they may see.</translation>
    </message>
    <message>
        <source>Your plan stays on this device, locked. Nobody sees it unless you say so.</source>
        <translation>Your plan stays on this device, locked. Nobody sees it unless you say so.</translation>
    </message>
    <message>
        <source>Start my plan</source>
        <translation>Start my plan</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
</TS>
