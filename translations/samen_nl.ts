<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccessLogPage</name>
    <message>
        <source>Who looked at my plan</source>
        <translation>Wie keek er in mijn plan</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Show what one person did</source>
        <translation>Laat zien wat één persoon deed</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Er is nog niets te zien.</translation>
    </message>
</context>
<context>
    <name>AccessLogWords</name>
    <message>
        <source>en_GB</source>
        <comment>the locale (language_COUNTRY) the access log writes dates and times in</comment>
        <translation>nl_NL</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Iemand</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a name and the relation to the citizen: Sam (friend)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>een doel</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>een stap</translation>
    </message>
    <message>
        <source>an assessment</source>
        <translation>een beoordeling</translation>
    </message>
    <message>
        <source>the order of the life areas</source>
        <translation>de volgorde van de levensgebieden</translation>
    </message>
    <message>
        <source>the plan's name or story</source>
        <translation>de naam of het verhaal van het plan</translation>
    </message>
    <message>
        <source>who is in the plan</source>
        <translation>wie er in het plan zit</translation>
    </message>
    <message>
        <source>who may see what</source>
        <translation>wie wat mag zien</translation>
    </message>
    <message>
        <source>an invitation</source>
        <translation>een uitnodiging</translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation>een overleg</translation>
    </message>
    <message>
        <source>an agreement</source>
        <translation>een afspraak</translation>
    </message>
    <message>
        <source>something in the plan</source>
        <translation>iets in het plan</translation>
    </message>
    <message>
        <source>%1 let %2 see and change %3</source>
        <translation>%1 liet %2 %3 zien en wijzigen</translation>
    </message>
    <message>
        <source>%1 let %2 see %3</source>
        <translation>%1 liet %2 %3 zien</translation>
    </message>
    <message>
        <source>%1 took away %2's access to %3</source>
        <translation>%1 nam %2 de toegang tot %3 af</translation>
    </message>
    <message>
        <source>The service's administrator</source>
        <translation>De beheerder van de dienst</translation>
    </message>
    <message>
        <source>%1 looked at the shared part of the plan</source>
        <translation>%1 keek naar het gedeelde deel van het plan</translation>
    </message>
    <message>
        <source>%1 looked at %2</source>
        <translation>%1 keek naar %2</translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>%1 wijzigde %2</translation>
    </message>
    <message>
        <source>%1 changed %2 in %3</source>
        <translation>%1 wijzigde %2 in %3</translation>
    </message>
    <message>
        <source>%1 looked at who is in the plan</source>
        <translation>%1 keek wie er in het plan zit</translation>
    </message>
    <message>
        <source>%1 looked at this access log</source>
        <translation>%1 keek naar dit toegangslogboek</translation>
    </message>
    <message>
        <source>%1 connected the plan to the service</source>
        <translation>%1 verbond het plan met de dienst</translation>
    </message>
    <message>
        <source>%1 invited %2</source>
        <translation>%1 nodigde %2 uit</translation>
    </message>
    <message>
        <source>%1 invited someone</source>
        <translation>%1 nodigde iemand uit</translation>
    </message>
    <message>
        <source>%1 accepted an invitation and waits to be let in</source>
        <translation>%1 nam een uitnodiging aan en wacht om te worden toegelaten</translation>
    </message>
    <message>
        <source>%1 withdrew an invitation</source>
        <translation>%1 trok een uitnodiging in</translation>
    </message>
    <message>
        <source>%1 let %2 in</source>
        <translation>%1 liet %2 toe</translation>
    </message>
    <message>
        <source>%1 did not let %2 in</source>
        <translation>%1 liet %2 niet toe</translation>
    </message>
    <message>
        <source>%1 removed %2 from the plan</source>
        <translation>%1 haalde %2 uit het plan</translation>
    </message>
    <message>
        <source>%1 changed what %2 may see</source>
        <translation>%1 veranderde wat %2 mag zien</translation>
    </message>
    <message>
        <source>%1 did something this version of the app cannot describe yet</source>
        <translation>%1 deed iets wat deze versie van de app nog niet kan beschrijven</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n times)</source>
        <comment>a line of the access log that stands for several reads</comment>
        <translation>
            <numerusform>%1 (%n keer)</numerusform>
            <numerusform>%1 (%n keer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <source>The access log was checked: nothing in it was changed or removed.</source>
        <translation>Het toegangslogboek is gecontroleerd: er is niets in veranderd of uit weggehaald.</translation>
    </message>
    <message>
        <source>Warning: the access log does not add up. Entries may have been changed or removed at the service.</source>
        <translation>Let op: het toegangslogboek klopt niet. Bij de dienst kan iets zijn veranderd of weggehaald.</translation>
    </message>
    <message>
        <source>%1 tried to change %2; this was not allowed</source>
        <translation>%1 probeerde %2 te wijzigen; dat mocht niet</translation>
    </message>
    <message>
        <source>%1 tried to change %2 in %3; this was not allowed</source>
        <translation>%1 probeerde %2 in %3 te wijzigen; dat mocht niet</translation>
    </message>
    <message>
        <source>%1 sent a change to %2 that changed nothing</source>
        <translation>%1 stuurde een wijziging van %2 die niets veranderde</translation>
    </message>
    <message>
        <source>%1 sent a change to %2 in %3 that changed nothing</source>
        <translation>%1 stuurde een wijziging van %2 in %3 die niets veranderde</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n change(s) were not allowed</source>
        <comment>a change line, then how many changes the service refused</comment>
        <translation>
            <numerusform>%1; %n wijziging mocht niet</numerusform>
            <numerusform>%1; %n wijzigingen mochten niet</numerusform>
        </translation>
    </message>
    <message>
        <source>the timeline</source>
        <translation>de tijdlijn</translation>
    </message>
    <message>
        <source>%1 now lets %2 also change %3</source>
        <translation>%1 laat %2 nu ook %3 wijzigen</translation>
    </message>
    <message>
        <source>%1 now lets %2 only read %3, no longer change it</source>
        <translation>%1 laat %2 nu alleen %3 lezen, niet meer wijzigen</translation>
    </message>
    <message>
        <source>%1 changed the purpose or end date of %2's access to %3</source>
        <translation>%1 veranderde het doel of de einddatum van de toegang van %2 tot %3</translation>
    </message>
    <message>
        <source>%1 wrote in the timeline</source>
        <translation>%1 schreef in de tijdlijn</translation>
    </message>
    <message>
        <source>%1 wrote in the timeline about %2</source>
        <translation>%1 schreef in de tijdlijn over %2</translation>
    </message>
    <message>
        <source>%1 saw the meetings they take part in</source>
        <translation>%1 zag de overleggen waar die bij is</translation>
    </message>
    <message>
        <source>%1 saw the agreements made with them</source>
        <translation>%1 zag de afspraken die met die persoon zijn gemaakt</translation>
    </message>
    <message>
        <source>%1 used the invitation for %2 and waits to be let in</source>
        <translation>%1 gebruikte de uitnodiging voor %2 en wacht om te worden toegelaten</translation>
    </message>
    <message>
        <source>%1 withdrew the invitation for %2</source>
        <translation>%1 trok de uitnodiging voor %2 in</translation>
    </message>
    <message>
        <source>%1 left the plan</source>
        <translation>%1 is uit het plan gestapt</translation>
    </message>
    <message>
        <source>%1 took back their request to join</source>
        <translation>%1 heeft het verzoek om mee te doen ingetrokken</translation>
    </message>
</context>
<context>
    <name>AddDevicePage</name>
    <message>
        <source>I already use Samen on another device</source>
        <translation>Ik gebruik Samen al op een ander apparaat</translation>
    </message>
    <message>
        <source>On your other device, open Settings, then My devices, and choose 'Add another device'. Paste the link it shows here, or type the code with the address and check code.</source>
        <translation>Open op je andere apparaat Instellingen en dan Mijn apparaten, en kies 'Nog een apparaat toevoegen'. Plak hier de link die je daar ziet, of typ de code met het adres en de controlecode.</translation>
    </message>
    <message>
        <source>Link or code</source>
        <translation>Link of code</translation>
    </message>
    <message>
        <source>Address of the service (only with a code)</source>
        <translation>Adres van de dienst (alleen bij een code)</translation>
    </message>
    <message>
        <source>Check code (only with a code)</source>
        <translation>Controlecode (alleen bij een code)</translation>
    </message>
    <message>
        <source>How do you want to lock your plan on this device?</source>
        <translation>Hoe wil je je plan op dit apparaat op slot doen?</translation>
    </message>
    <message>
        <source>With this device's own lock (recommended). You open your plan the way you open this device.</source>
        <translation>Met het slot van dit apparaat (aangeraden). Je opent je plan zoals je dit apparaat opent.</translation>
    </message>
    <message>
        <source>Lock with this device's own lock</source>
        <translation>Op slot met het slot van dit apparaat</translation>
    </message>
    <message>
        <source>With a passphrase that only I know</source>
        <translation>Met een wachtwoord dat alleen ik weet</translation>
    </message>
    <message>
        <source>Choose a passphrase for this device</source>
        <translation>Kies een wachtwoord voor dit apparaat</translation>
    </message>
    <message>
        <source>Add this device</source>
        <translation>Dit apparaat toevoegen</translation>
    </message>
    <message>
        <source>https://samen.example.nl</source>
        <translation>https://samen.voorbeeld.nl</translation>
    </message>
</context>
<context>
    <name>AgreementDelegate</name>
    <message>
        <source>%1. %2. %3</source>
        <translation>%1. %2. %3</translation>
    </message>
    <message>
        <source>Time to look back on it</source>
        <translation>Tijd om terug te kijken</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Look back on it</source>
        <translation>Terugkijken</translation>
    </message>
    <message>
        <source>Look back on: %1</source>
        <translation>Terugkijken op: %1</translation>
    </message>
    <message>
        <source>%1 no longer helps with the plan. Choose who takes it on when you look back on it.</source>
        <translation>%1 helpt niet meer mee aan het plan. Kies wie het overneemt als je erop terugkijkt.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>A new agreement</source>
        <translation>Een nieuwe afspraak</translation>
    </message>
    <message>
        <source>What was agreed?</source>
        <translation>Wat is afgesproken?</translation>
    </message>
    <message>
        <source>Who does it?</source>
        <translation>Wie doet het?</translation>
    </message>
    <message>
        <source>Who does it? %1</source>
        <translation>Wie doet het? %1</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Levensgebied</translation>
    </message>
    <message>
        <source>Life domain: %1</source>
        <translation>Levensgebied: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>Vóór wanneer?</translation>
    </message>
    <message>
        <source>When do we look back on it?</source>
        <translation>Wanneer kijken we er weer naar?</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Well done! "%1" is done. Every small step counts.</source>
        <translation>Goed gedaan! "%1" is klaar. Elke kleine stap telt.</translation>
    </message>
    <message>
        <source>Choose a life domain to see how it is going and your goals.</source>
        <translation>Kies een levensgebied. Dan zie je hoe het gaat en wat je doelen zijn.</translation>
    </message>
    <message>
        <source>Choose a life domain to see how it is going and the goals of %1.</source>
        <translation>Kies een levensgebied om te zien hoe het gaat en wat de doelen van %1 zijn.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Sluit dit bericht</translation>
    </message>
</context>
<context>
    <name>CaseloadListPane</name>
    <message>
        <source>The people I work with</source>
        <translation>De mensen met wie ik werk</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Op slot</translation>
    </message>
    <message>
        <source>Lock Samen</source>
        <translation>Samen op slot doen</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Zoek op naam</translation>
    </message>
    <message>
        <source>You are not part of a plan yet. When a citizen invites you, join their plan with the code they give you.</source>
        <translation>Je hoort nog bij geen enkel plan. Nodigt een inwoner je uit? Doe dan mee met de code die je van die persoon krijgt.</translation>
    </message>
    <message>
        <source>Nobody in your caseload has that name.</source>
        <translation>Niemand bij wie je werkt heeft die naam.</translation>
    </message>
    <message>
        <source>Join another plan with a code</source>
        <translation>Doe mee met een ander plan met een code</translation>
    </message>
    <message>
        <source>Code or link from the citizen</source>
        <translation>Code of link van de inwoner</translation>
    </message>
    <message>
        <source>Join the plan</source>
        <translation>Doe mee met het plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Joining the plan…</source>
        <translation>Meedoen met het plan…</translation>
    </message>
    <message>
        <source>Join a plan with a code</source>
        <translation>Doe mee met een plan met een code</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n plan(s)</source>
        <translation>
            <numerusform>Toon alle %n plannen</numerusform>
            <numerusform>Toon alle %n plannen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Choose a plan on the left to open it.</source>
        <translation>Kies links een plan om het te openen.</translation>
    </message>
    <message>
        <source>Connect this device again to see your plans.</source>
        <translation>Verbind dit apparaat opnieuw om je plannen te zien.</translation>
    </message>
    <message>
        <source>No plans yet. When a citizen gives you an invitation code, choose "Join a plan with a code" and type the code. Their plan then shows here.</source>
        <translation>Nog geen plannen. Geeft iemand je een uitnodigingscode? Kies dan "Doe mee met een plan met een code" en typ de code. Het plan van die persoon staat dan hier.</translation>
    </message>
</context>
<context>
    <name>CaseloadPlanPane</name>
    <message>
        <source>All plans</source>
        <translation>Alle plannen</translation>
    </message>
    <message>
        <source>Back to all plans</source>
        <translation>Terug naar alle plannen</translation>
    </message>
    <message>
        <source>Plan of %1</source>
        <translation>Plan van %1</translation>
    </message>
    <message>
        <source>Leave the plan</source>
        <translation>Uit het plan stappen</translation>
    </message>
    <message>
        <source>Leaving…</source>
        <translation>Bezig met uitstappen…</translation>
    </message>
    <message>
        <source>Leave this plan</source>
        <translation>Uit dit plan stappen</translation>
    </message>
    <message>
        <source>Leave the plan of %1</source>
        <translation>Uit het plan van %1 stappen</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to a case service</source>
        <translation>Verbinden met een dienst</translation>
    </message>
    <message>
        <source>A case service keeps a copy of your plan, so the people you invite can help, and your other devices stay up to date. You decide who sees what. Ask your social worker or municipality for the address and the check code.</source>
        <translation>Een dienst bewaart een kopie van je plan. Zo kunnen de mensen die je uitnodigt helpen, en blijven je andere apparaten bij. Jij bepaalt wie wat ziet. Vraag je hulpverlener of gemeente om het adres en de controlecode.</translation>
    </message>
    <message>
        <source>Address of the service</source>
        <translation>Adres van de dienst</translation>
    </message>
    <message>
        <source>Check code (if you have it)</source>
        <translation>Controlecode (als je die hebt)</translation>
    </message>
    <message>
        <source>64 characters, 0-9 and a-f</source>
        <translation>64 tekens, 0-9 en a-f</translation>
    </message>
    <message>
        <source>Look for the service</source>
        <translation>Zoek de dienst</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Check code of the service</source>
        <translation>Controlecode van de dienst</translation>
    </message>
    <message>
        <source>The check code is the same as the one I was given</source>
        <translation>De controlecode is gelijk aan de code die ik heb gekregen</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>Naam van dit apparaat</translation>
    </message>
    <message>
        <source>Connect my plan</source>
        <translation>Verbind mijn plan</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>Ander adres</translation>
    </message>
    <message>
        <source>Connecting your plan…</source>
        <translation>Je plan wordt verbonden…</translation>
    </message>
    <message>
        <source>My devices</source>
        <translation>Mijn apparaten</translation>
    </message>
    <message>
        <source>https://samen.example.nl</source>
        <translation>https://samen.voorbeeld.nl</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>What %1 may see</source>
        <translation>Wat %1 mag zien</translation>
    </message>
    <message>
        <source>What this person may see</source>
        <translation>Wat deze persoon mag zien</translation>
    </message>
    <message>
        <source>Remove %1 from your plan?</source>
        <translation>%1 uit je plan halen?</translation>
    </message>
    <message>
        <source>Withdraw everything %1 may see?</source>
        <translation>Alles intrekken wat %1 mag zien?</translation>
    </message>
    <message>
        <source>%1 will see nothing of your plan any more, and is no longer a member. You can invite them again later.</source>
        <translation>%1 ziet dan niets meer van je plan en doet niet meer mee. Je kunt diegene later opnieuw uitnodigen.</translation>
    </message>
    <message>
        <source>%1 stays in your plan but sees none of it until you share something again.</source>
        <translation>%1 blijft in je plan, maar ziet er niets meer van tot je weer iets deelt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Uit mijn plan halen</translation>
    </message>
    <message>
        <source>Withdraw everything</source>
        <translation>Alles intrekken</translation>
    </message>
    <message>
        <source>Choose per part of your plan. A change counts at once.</source>
        <translation>Kies per deel van je plan. Een wijziging geldt meteen.</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Niets</translation>
    </message>
    <message>
        <source>See</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>See and change</source>
        <translation>Bekijken en veranderen</translation>
    </message>
    <message>
        <source>%1: what %2 may do</source>
        <translation>%1: wat %2 mag</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Why %1 may see %2</source>
        <translation>Waarom %1 %2 mag zien</translation>
    </message>
    <message>
        <source>Until which date %1 may see %2</source>
        <translation>Tot welke datum %1 %2 mag zien</translation>
    </message>
    <message>
        <source>Remove from my plan</source>
        <translation>Uit mijn plan halen</translation>
    </message>
    <message>
        <source>Why (the purpose)</source>
        <translation>Waarom (de reden voor de toegang)</translation>
    </message>
</context>
<context>
    <name>CreatePlanPage</name>
    <message>
        <source>Make your plan</source>
        <translation>Maak je plan</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>De twee wachtwoorden zijn niet hetzelfde. Typ ze nog een keer.</translation>
    </message>
    <message>
        <source>What is your name?</source>
        <translation>Hoe heet je?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>For example: Robin</source>
        <translation>Bijvoorbeeld: Robin</translation>
    </message>
    <message>
        <source>Which life domains fit you?</source>
        <translation>Welke levensgebieden passen bij jou?</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoord</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Wachtwoord nog een keer</translation>
    </message>
    <message>
        <source>Make my plan</source>
        <translation>Maak mijn plan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>How do you want to lock your plan?</source>
        <translation>Hoe wil je je plan op slot doen?</translation>
    </message>
    <message>
        <source>With this device's own lock (recommended). You open your plan the way you open this device.</source>
        <translation>Met het slot van dit apparaat (aangeraden). Je opent je plan zoals je dit apparaat opent.</translation>
    </message>
    <message>
        <source>Lock with this device's own lock</source>
        <translation>Op slot met het slot van dit apparaat</translation>
    </message>
    <message>
        <source>With a passphrase that only I know</source>
        <translation>Met een wachtwoord dat alleen ik weet</translation>
    </message>
    <message>
        <source>Life domains are the parts of your life your plan is about, such as housing, money and work. Choose the list that suits you best.</source>
        <translation>Levensgebieden zijn de delen van je leven waar je plan over gaat, zoals wonen, geld en werk. Kies de lijst die het best bij je past.</translation>
    </message>
    <message>
        <source>A passphrase is a password of a few words that only you know, for example: blue bike on Sunday. You type it each time you open your plan. A PIN of at least %1 digits also works. If you forget it, nobody can open your plan, not even us. Write it down and keep it in a safe place.</source>
        <translation>Een wachtwoord is een geheim dat alleen jij weet. Een paar woorden achter elkaar is makkelijk te onthouden, bijvoorbeeld: blauwe fiets op zondag. Je typt het elke keer als je je plan opent. Een pincode van minstens %1 cijfers mag ook. Ben je het vergeten? Dan kan niemand je plan openen, ook wij niet. Schrijf het op en bewaar het op een veilige plek.</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>Your plan file is damaged</source>
        <translation>Je planbestand is beschadigd</translation>
    </message>
    <message>
        <source>Part of the file that holds your plan on this device cannot be read. Samen did not change it and shows nothing from it, so you never see a plan with parts missing.</source>
        <translation>Een deel van het bestand met je plan op dit apparaat kan niet gelezen worden. Samen heeft het niet veranderd en laat er niets uit zien. Zo zie je nooit een plan waar stukken uit missen.</translation>
    </message>
    <message>
        <source>Repair keeps the damaged file, makes a new one with your changes that were not sent yet and can still be read, and, if this device is connected to a service, fetches your plan from there again.</source>
        <translation>Herstellen bewaart het beschadigde bestand en maakt een nieuw bestand met je wijzigingen die nog niet verstuurd zijn en nog te lezen zijn. Is dit apparaat verbonden met een dienst? Dan haalt Samen je plan daar opnieuw op.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Repair my plan</source>
        <translation>Mijn plan herstellen</translation>
    </message>
    <message>
        <source>Start over with a new plan</source>
        <translation>Opnieuw beginnen met een nieuw plan</translation>
    </message>
</context>
<context>
    <name>DataListModel</name>
    <message>
        <source>someone no longer in the plan</source>
        <translation>iemand die niet meer in het plan zit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>label: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Je plan</translation>
    </message>
    <message>
        <source>Set of life domains</source>
        <translation>Indeling in levensgebieden</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>Mijn verhaal</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Nog niet geschreven.</translation>
    </message>
    <message>
        <source>Life domains, most important first</source>
        <translation>Levensgebieden, het belangrijkste eerst</translation>
    </message>
    <message>
        <source>No self-assessment yet.</source>
        <translation>Nog geen cijfer gegeven.</translation>
    </message>
    <message numerus="yes">
        <source>%n self-assessment(s), newest last:</source>
        <translation>
            <numerusform>%n keer een cijfer gegeven, het nieuwste als laatste:</numerusform>
            <numerusform>%n keer een cijfer gegeven, het nieuwste als laatste:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 van de 10</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>In mijn eigen woorden</translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation>Doelen en stappen</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Doel: %1</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Levensgebied</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Waarom dit belangrijk is</translation>
    </message>
    <message>
        <source>Aim to finish by</source>
        <translation>Klaar willen zijn op</translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation>Wie helpt</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Stap: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Klaar op %1</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Nog niet klaar</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wie het doet</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>People in the plan</source>
        <translation>Mensen in het plan</translation>
    </message>
    <message>
        <source>The owner of the plan</source>
        <translation>De eigenaar van het plan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Vaste contactpersoon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Who may see what</source>
        <translation>Wie wat mag zien</translation>
    </message>
    <message>
        <source>%1 may see and change %2</source>
        <translation>%1 mag %2 zien en veranderen</translation>
    </message>
    <message>
        <source>%1 may see %2</source>
        <translation>%1 mag %2 zien</translation>
    </message>
    <message>
        <source>%1 may not see %2</source>
        <translation>%1 mag %2 niet zien</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>Nog niet gebruikt</translation>
    </message>
    <message>
        <source>Invitation for %1</source>
        <translation>Uitnodiging voor %1</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Videolink</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>To talk about</source>
        <translation>Om over te praten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Look back on</source>
        <translation>Terugkijken op</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Wat er gezegd is</translation>
    </message>
    <message>
        <source>Written in two places at once</source>
        <translation>Op twee plekken tegelijk geschreven</translation>
    </message>
    <message>
        <source>"%1" (by %2)</source>
        <translation>"%1" (door %2)</translation>
    </message>
    <message>
        <source>Both versions are kept</source>
        <translation>Beide versies zijn bewaard</translation>
    </message>
    <message>
        <source>What happened, newest first</source>
        <translation>Wat er gebeurde, nieuwste eerst</translation>
    </message>
    <message>
        <source>The case service's access log (the copy on this device)</source>
        <translation>Het toegangslogboek van de dienst (de kopie op dit apparaat)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Levensgebieden</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cirkel</translation>
    </message>
    <message>
        <source>%1 (see and change)</source>
        <translation>%1 (bekijken en veranderen)</translation>
    </message>
    <message>
        <source>%1 (see)</source>
        <translation>%1 (bekijken)</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Aangeboden</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Hoe lang</translation>
    </message>
    <message>
        <source>Made in the meeting</source>
        <translation>Afgesproken in het overleg</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Het plan</translation>
    </message>
    <message>
        <source>%1's story</source>
        <translation>Het verhaal van %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a date</source>
        <translation>Kies een datum</translation>
    </message>
    <message>
        <source>Choose a date: %1</source>
        <translation>Kies een datum: %1</translation>
    </message>
    <message>
        <source>%1, day: %2</source>
        <translation>%1, dag: %2</translation>
    </message>
    <message>
        <source>%1, month: %2</source>
        <translation>%1, maand: %2</translation>
    </message>
    <message>
        <source>%1, year: %2</source>
        <translation>%1, jaar: %2</translation>
    </message>
</context>
<context>
    <name>DateTimePicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation>Dag: %1</translation>
    </message>
    <message>
        <source>A day earlier</source>
        <translation>Een dag eerder</translation>
    </message>
    <message>
        <source>A day later</source>
        <translation>Een dag later</translation>
    </message>
    <message>
        <source>A week earlier</source>
        <translation>Een week eerder</translation>
    </message>
    <message>
        <source>A week later</source>
        <translation>Een week later</translation>
    </message>
    <message numerus="yes">
        <source>In %n week(s)</source>
        <translation>
            <numerusform>Over %n week</numerusform>
            <numerusform>Over %n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Start time: %1</source>
        <translation>Begintijd: %1</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>My devices</source>
        <translation>Mijn apparaten</translation>
    </message>
    <message>
        <source>Revoke this device?</source>
        <translation>Dit apparaat intrekken?</translation>
    </message>
    <message>
        <source>It can no longer sign in or receive your plan. What is already on it stays there until it is wiped; you cannot undo this.</source>
        <translation>Het kan dan niet meer inloggen en krijgt je plan niet meer. Wat er al op staat, blijft staan tot het apparaat wordt gewist. Je kunt dit niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Connect to a case service</source>
        <translation>Verbinden met een dienst</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (dit apparaat)</translation>
    </message>
    <message>
        <source>%1. Revoked.</source>
        <translation>%1. Ingetrokken.</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>%1 intrekken</translation>
    </message>
    <message>
        <source>Add another device</source>
        <translation>Nog een apparaat toevoegen</translation>
    </message>
    <message>
        <source>Code for your next device</source>
        <translation>Code voor je volgende apparaat</translation>
    </message>
    <message>
        <source>Use this code once, on your other device, to add it to your account. It is shown only now. %1</source>
        <translation>Gebruik deze code één keer, op je andere apparaat, om het aan je account toe te voegen. Je ziet de code alleen nu. %1</translation>
    </message>
    <message>
        <source>QR code for your next device</source>
        <translation>QR-code voor je volgende apparaat</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Kopieer de code</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>DomainDelegate</name>
    <message>
        <source>%1. %2. %3</source>
        <translation>%1. %2. %3</translation>
    </message>
    <message>
        <source>You rate it %1 out of 10</source>
        <translation>Je geeft het een %1 van de 10</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Nog geen cijfer</translation>
    </message>
    <message>
        <source>%1/10: "%2"</source>
        <translation>%1/10: "%2"</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s). Next step: %1</source>
        <translation>
            <numerusform>%n doel. Volgende stap: %1</numerusform>
            <numerusform>%n doelen. Volgende stap: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n doel</numerusform>
            <numerusform>%n doelen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Zet %1 hoger</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Zet %1 lager</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Rated %1 out of 10</source>
        <translation>Cijfer: %1 van de 10</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>How is it going?</source>
        <translation>Hoe gaat het?</translation>
    </message>
    <message>
        <source>Last time (%1) you gave it %2 out of 10.</source>
        <translation>De vorige keer (%1) gaf je het een %2 van de 10.</translation>
    </message>
    <message>
        <source>You have not rated this yet.</source>
        <translation>Je hebt hier nog geen cijfer voor gegeven.</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Slecht</translation>
    </message>
    <message>
        <source>Score from 1 to 10</source>
        <translation>Cijfer van 1 tot en met 10</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>In je eigen woorden</translation>
    </message>
    <message>
        <source>In your own words: how is it going?</source>
        <translation>In je eigen woorden: hoe gaat het?</translation>
    </message>
    <message>
        <source>Save how it is going</source>
        <translation>Bewaar hoe het gaat</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mijn doelen</translation>
    </message>
    <message>
        <source>No goals here yet. What would you like to change?</source>
        <translation>Hier staan nog geen doelen. Wat wil je graag veranderen?</translation>
    </message>
    <message>
        <source>A new goal</source>
        <translation>Een nieuw doel</translation>
    </message>
    <message>
        <source>What do you want to reach?</source>
        <translation>Wat wil je bereiken?</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Voeg doel toe</translation>
    </message>
    <message>
        <source>Last rating (%1): %2 out of 10.</source>
        <translation>Laatste cijfer (%1): %2 van de 10.</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Nog geen cijfer.</translation>
    </message>
    <message>
        <source>In their own words: "%1"</source>
        <translation>In eigen woorden: "%1"</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>No goals here yet.</source>
        <translation>Hier staan nog geen doelen.</translation>
    </message>
    <message>
        <source>You may read this part of the plan, but not change it.</source>
        <translation>Je mag dit deel van het plan lezen, maar niet veranderen.</translation>
    </message>
    <message>
        <source>Agreements from meetings</source>
        <translation>Afspraken uit overleggen</translation>
    </message>
    <message>
        <source>Saved: %1 out of 10.</source>
        <translation>Bewaard: %1 van de 10.</translation>
    </message>
    <message>
        <source>Why does this matter to you? (may stay empty)</source>
        <translation>Waarom is dit belangrijk voor je? (mag leeg blijven)</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>Vóór wanneer?</translation>
    </message>
    <message>
        <source>No goals here yet. You may add a goal that %1 wants to reach.</source>
        <translation>Hier zijn nog geen doelen. Je mag een doel toevoegen dat %1 wil bereiken.</translation>
    </message>
    <message>
        <source>You may read this part of the plan, but not change it. %1 decides who may change it.</source>
        <translation>Je mag dit deel van het plan lezen, maar niet wijzigen. %1 bepaalt wie het mag wijzigen.</translation>
    </message>
    <message>
        <source>What does %1 want to reach?</source>
        <translation>Wat wil %1 bereiken?</translation>
    </message>
    <message>
        <source>Why does this matter to %1? (may stay empty)</source>
        <translation>Waarom is dit belangrijk voor %1? (mag leeg blijven)</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>I work with citizens</source>
        <translation>Ik werk met inwoners</translation>
    </message>
    <message>
        <source>Your organisation's administrator gives you three things: the address of the service, its check code and an enrolment code. With them, this device shows the plans of the citizens you work with.</source>
        <translation>De beheerder van je organisatie geeft je drie dingen: het adres van de dienst, de controlecode en een aanmeldcode. Daarmee laat dit apparaat de plannen zien van de inwoners met wie je werkt.</translation>
    </message>
    <message>
        <source>Address of the service</source>
        <translation>Adres van de dienst</translation>
    </message>
    <message>
        <source>https://samen.example.nl</source>
        <translation>https://samen.voorbeeld.nl</translation>
    </message>
    <message>
        <source>Check code (if you have it)</source>
        <translation>Controlecode (als je die hebt)</translation>
    </message>
    <message>
        <source>64 characters, 0-9 and a-f</source>
        <translation>64 tekens, 0-9 en a-f</translation>
    </message>
    <message>
        <source>Look for the service</source>
        <translation>Zoek de dienst</translation>
    </message>
    <message>
        <source>Check code of the service</source>
        <translation>Controlecode van de dienst</translation>
    </message>
    <message>
        <source>The check code is the same as the one I was given</source>
        <translation>De controlecode is gelijk aan de code die ik heb gekregen</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Aanmeldcode</translation>
    </message>
    <message>
        <source>How do you want to lock Samen on this device?</source>
        <translation>Hoe wil je Samen op dit apparaat op slot doen?</translation>
    </message>
    <message>
        <source>With this device's own lock (recommended)</source>
        <translation>Met het slot van dit apparaat (aangeraden)</translation>
    </message>
    <message>
        <source>Lock with this device's own lock</source>
        <translation>Op slot met het slot van dit apparaat</translation>
    </message>
    <message>
        <source>With a passphrase that only I know</source>
        <translation>Met een wachtwoord dat alleen ik weet</translation>
    </message>
    <message>
        <source>Choose a passphrase for this device</source>
        <translation>Kies een wachtwoord voor dit apparaat</translation>
    </message>
    <message>
        <source>Sign in to my organisation</source>
        <translation>Aanmelden bij mijn organisatie</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>Ander adres</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message>
        <source>Look back on an agreement</source>
        <translation>Terugkijken op een afspraak</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Hoe ging het?</translation>
    </message>
    <message>
        <source>It is done</source>
        <translation>Het is gedaan</translation>
    </message>
    <message>
        <source>Not yet: look back on it again later</source>
        <translation>Nog niet: later opnieuw terugkijken</translation>
    </message>
    <message>
        <source>We stop with it</source>
        <translation>We stoppen ermee</translation>
    </message>
    <message>
        <source>What was said about it (may stay empty)</source>
        <translation>Wat er over gezegd is (mag leeg blijven)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>When to look back again?</source>
        <translation>Wanneer kijken we er opnieuw naar?</translation>
    </message>
    <message>
        <source>%1 no longer helps with the plan. Who takes it on?</source>
        <translation>%1 helpt niet meer mee aan het plan. Wie neemt het over?</translation>
    </message>
    <message>
        <source>Choose who takes it on</source>
        <translation>Kies wie het overneemt</translation>
    </message>
    <message>
        <source>Who takes it on? %1</source>
        <translation>Wie neemt het over? %1</translation>
    </message>
</context>
<context>
    <name>ExpiryWords</name>
    <message>
        <source>This code no longer works.</source>
        <translation>Deze code werkt niet meer.</translation>
    </message>
    <message numerus="yes">
        <source>Works for %n more minute(s), until %1.</source>
        <translation>
            <numerusform>Werkt nog %n minuut, tot %1.</numerusform>
            <numerusform>Werkt nog %n minuten, tot %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Works until today %1.</source>
        <translation>Werkt tot vandaag %1.</translation>
    </message>
    <message>
        <source>Works until tomorrow %1.</source>
        <translation>Werkt tot morgen %1.</translation>
    </message>
    <message>
        <source>Works until %1, %2.</source>
        <comment>date, time</comment>
        <translation>Werkt tot %1, %2.</translation>
    </message>
</context>
<context>
    <name>FhirSection</name>
    <message>
        <source>Save your plan as a file</source>
        <translation>Je plan als bestand bewaren</translation>
    </message>
    <message>
        <source>FHIR files (*.json)</source>
        <translation>FHIR-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Take your plan with you</source>
        <translation>Neem je plan mee</translation>
    </message>
    <message>
        <source>Save everything in your plan in one file, in the standard format that care organisations use (FHIR). You can bring the plan back from that file on a device without a plan.</source>
        <translation>Bewaar alles van je plan in één bestand, in de standaardvorm die zorgorganisaties gebruiken (FHIR). Op een apparaat zonder plan kun je het plan uit dat bestand terughalen.</translation>
    </message>
    <message>
        <source>Save my plan as a file</source>
        <translation>Mijn plan als bestand bewaren</translation>
    </message>
    <message>
        <source>Opens a window to choose where the file goes</source>
        <translation>Opent een venster om te kiezen waar het bestand komt</translation>
    </message>
    <message>
        <source>To bring back a plan from such a file, open Samen on a device without a plan and choose "I have a file of my plan" on the first page. A device keeps one plan, so a file never replaces the plan on this device.</source>
        <translation>Wil je een plan uit zo'n bestand terugzetten? Open Samen dan op een apparaat zonder plan en kies op de eerste pagina "Ik heb een bestand van mijn plan". Op een apparaat staat één plan. Een bestand vervangt dus nooit het plan op dit apparaat.</translation>
    </message>
    <message>
        <source>Send my plan to another app</source>
        <translation>Mijn plan naar een andere app sturen</translation>
    </message>
    <message>
        <source>Saves the file in your documents folder and opens that folder, to send the file from there</source>
        <translation>Bewaart het bestand in je map met documenten en opent die map, om het bestand van daaruit te sturen</translation>
    </message>
</context>
<context>
    <name>GoalDelegate</name>
    <message>
        <source>Goal: %1</source>
        <translation>Doel: %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 van de %2 stappen klaar</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>vóór %1</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Why this matters to me: %1</source>
        <translation>Waarom dit voor mij belangrijk is: %1</translation>
    </message>
    <message>
        <source>Target date: %1</source>
        <translation>Bereiken vóór: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>No steps yet. What is one small thing you can do first?</source>
        <translation>Nog geen stappen. Wat is één klein ding dat je als eerste kunt doen?</translation>
    </message>
    <message>
        <source>A new step</source>
        <translation>Een nieuwe stap</translation>
    </message>
    <message>
        <source>What is the next small step?</source>
        <translation>Wat is de volgende kleine stap?</translation>
    </message>
    <message>
        <source>Who does it?</source>
        <translation>Wie doet het?</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Voeg stap toe</translation>
    </message>
    <message>
        <source>Why this matters: %1</source>
        <translation>Waarom dit belangrijk is: %1</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>Nog geen stappen.</translation>
    </message>
    <message>
        <source>You may read this part of the plan, but not change it.</source>
        <translation>Je mag dit deel van het plan lezen, maar niet veranderen.</translation>
    </message>
    <message>
        <source>Change goal</source>
        <translation>Doel veranderen</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <source>Delete goal: %1</source>
        <translation>Doel verwijderen: %1</translation>
    </message>
    <message>
        <source>What do you want to reach?</source>
        <translation>Wat wil je bereiken?</translation>
    </message>
    <message>
        <source>Why does this matter to you? (may stay empty)</source>
        <translation>Waarom is dit belangrijk voor je? (mag leeg blijven)</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>Vóór wanneer?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Status of this goal: %1</source>
        <translation>Status van dit doel: %1</translation>
    </message>
    <message>
        <source>All steps are done. Did you reach this goal?</source>
        <translation>Alle stappen zijn klaar. Heb je dit doel bereikt?</translation>
    </message>
    <message>
        <source>Yes, the goal is done</source>
        <translation>Ja, het doel is klaar</translation>
    </message>
    <message>
        <source>Who does this step? %1</source>
        <translation>Wie doet deze stap? %1</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>Wanneer?</translation>
    </message>
    <message>
        <source>Choose what %1 may see</source>
        <translation>Kies wat %1 mag zien</translation>
    </message>
    <message>
        <source>What does %1 want to reach?</source>
        <translation>Wat wil %1 bereiken?</translation>
    </message>
    <message>
        <source>Why does this matter to %1? (may stay empty)</source>
        <translation>Waarom is dit belangrijk voor %1? (mag leeg blijven)</translation>
    </message>
    <message>
        <source>All steps are done. Did %1 reach this goal?</source>
        <translation>Alle stappen zijn klaar. Heeft %1 dit doel bereikt?</translation>
    </message>
    <message>
        <source>No steps yet. What is one small first step towards this goal?</source>
        <translation>Nog geen stappen. Wat is een kleine eerste stap naar dit doel?</translation>
    </message>
    <message>
        <source>You may read this part of the plan, but not change it. %1 decides who may change it.</source>
        <translation>Je mag dit deel van het plan lezen, maar niet wijzigen. %1 bepaalt wie het mag wijzigen.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Who keeps the overview?</source>
        <translation>Wie houdt het overzicht?</translation>
    </message>
    <message>
        <source>Yes, hand over</source>
        <translation>Ja, overdragen</translation>
    </message>
    <message>
        <source>The coordinator keeps the overview of your plan and plans the meetings with you. You decide who it is, and you can change it at any time.</source>
        <translation>De vaste contactpersoon houdt het overzicht over je plan en plant de overleggen met je. Jij bepaalt wie dat is, en je kunt het altijd veranderen.</translation>
    </message>
    <message>
        <source>Yourself</source>
        <translation>Jijzelf</translation>
    </message>
    <message>
        <source>Your network</source>
        <translation>Je netwerk</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Hulpverleners</translation>
    </message>
    <message>
        <source>%1, %2 (coordinates now)</source>
        <translation>%1, %2 (nu de vaste contactpersoon)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A note for the new coordinator</source>
        <translation>Een notitie voor de nieuwe vaste contactpersoon</translation>
    </message>
    <message>
        <source>What does the new coordinator need to know?</source>
        <translation>Wat moet de nieuwe vaste contactpersoon weten?</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <source>Coordinators so far</source>
        <translation>Vaste contactpersonen tot nu toe</translation>
    </message>
    <message>
        <source>%1, %2: “%3”</source>
        <translation>%1, %2: ‘%3’</translation>
    </message>
</context>
<context>
    <name>ImportPlanPage</name>
    <message>
        <source>Bring back your plan from a file</source>
        <translation>Je plan terugzetten uit een bestand</translation>
    </message>
    <message>
        <source>Choose the file of your plan</source>
        <translation>Kies het bestand van je plan</translation>
    </message>
    <message>
        <source>FHIR files (*.json)</source>
        <translation>FHIR-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Did you save your plan as a file before (in My data: "Save my plan as a file")? Then you can bring the whole plan back on this device from that file.</source>
        <translation>Heb je je plan eerder als bestand bewaard (bij Mijn gegevens: "Mijn plan als bestand bewaren")? Dan kun je het hele plan uit dat bestand terugzetten op dit apparaat.</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Kies een ander bestand</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Kies het bestand</translation>
    </message>
    <message>
        <source>Opens a window to choose the file</source>
        <translation>Opent een venster om het bestand te kiezen</translation>
    </message>
    <message>
        <source>How do you want to lock your plan?</source>
        <translation>Hoe wil je je plan op slot doen?</translation>
    </message>
    <message>
        <source>With this device's own lock (recommended). You open your plan the way you open this device.</source>
        <translation>Met het slot van dit apparaat (aangeraden). Je opent je plan zoals je dit apparaat opent.</translation>
    </message>
    <message>
        <source>Lock with this device's own lock</source>
        <translation>Op slot met het slot van dit apparaat</translation>
    </message>
    <message>
        <source>With a passphrase that only I know</source>
        <translation>Met een wachtwoord dat alleen ik weet</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoord</translation>
    </message>
    <message>
        <source>A passphrase is a password of a few words that only you know, for example: blue bike on Sunday. You type it each time you open your plan. A PIN of at least %1 digits also works. If you forget it, nobody can open your plan, not even us. Write it down and keep it in a safe place.</source>
        <translation>Een wachtwoord is een geheim dat alleen jij weet. Een paar woorden achter elkaar is makkelijk te onthouden, bijvoorbeeld: blauwe fiets op zondag. Je typt het elke keer als je je plan opent. Een pincode van minstens %1 cijfers mag ook. Ben je het vergeten? Dan kan niemand je plan openen, ook wij niet. Schrijf het op en bewaar het op een veilige plek.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Wachtwoord nog een keer</translation>
    </message>
    <message>
        <source>Bring back my plan</source>
        <translation>Zet mijn plan terug</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>InvitePage</name>
    <message>
        <source>To help me keep my week in order</source>
        <translation>Om me te helpen mijn week op orde te houden</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Iemand uitnodigen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name of the person you invite</source>
        <translation>Naam van de persoon die je uitnodigt</translation>
    </message>
    <message>
        <source>Who is it?</source>
        <translation>Wie is het?</translation>
    </message>
    <message>
        <source>Someone from my own circle</source>
        <translation>Iemand uit mijn eigen omgeving</translation>
    </message>
    <message>
        <source>A professional</source>
        <translation>Een hulpverlener</translation>
    </message>
    <message>
        <source>What this person is to you</source>
        <translation>Wie deze persoon voor je is</translation>
    </message>
    <message>
        <source>Role, for example: social worker</source>
        <translation>Rol, bijvoorbeeld: maatschappelijk werker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>What may this person see?</source>
        <translation>Wat mag deze persoon zien?</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Niets</translation>
    </message>
    <message>
        <source>See</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>See and change</source>
        <translation>Bekijken en veranderen</translation>
    </message>
    <message>
        <source>%1: what this person may do</source>
        <translation>%1: wat deze persoon mag</translation>
    </message>
    <message>
        <source>Why (the person sees this)</source>
        <translation>Waarom (de persoon ziet dit)</translation>
    </message>
    <message>
        <source>For example: to help me with my money matters</source>
        <translation>Bijvoorbeeld: om me te helpen met mijn geldzaken</translation>
    </message>
    <message>
        <source>Why this person may see it</source>
        <translation>Waarom deze persoon het mag zien</translation>
    </message>
    <message>
        <source>Until which date (optional)</source>
        <translation>Tot welke datum (mag leeg blijven)</translation>
    </message>
    <message>
        <source>Make the invitation</source>
        <translation>Maak de uitnodiging</translation>
    </message>
    <message>
        <source>QR code of the invitation link</source>
        <translation>QR-code van de link van de uitnodiging</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Code van de uitnodiging</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>Link van de uitnodiging</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Kopieer de link</translation>
    </message>
    <message>
        <source>Withdraw the invitation</source>
        <translation>Trek de uitnodiging in</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>I was invited</source>
        <translation>Ik ben uitgenodigd</translation>
    </message>
    <message>
        <source>Paste the link you were sent, or type the code. You first see what you are invited to; nothing is shared before you say yes.</source>
        <translation>Plak de link die je kreeg, of typ de code. Je ziet eerst waarvoor je bent uitgenodigd. Er wordt niets gedeeld voordat je ja zegt.</translation>
    </message>
    <message>
        <source>Link or code</source>
        <translation>Link of code</translation>
    </message>
    <message>
        <source>Address of the service (only with a code)</source>
        <translation>Adres van de dienst (alleen bij een code)</translation>
    </message>
    <message>
        <source>Check code (only with a code)</source>
        <translation>Controlecode (alleen bij een code)</translation>
    </message>
    <message>
        <source>Choose a passphrase for this device</source>
        <translation>Kies een wachtwoord voor dit apparaat</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Je wachtwoord</translation>
    </message>
    <message>
        <source>Look at the invitation</source>
        <translation>Bekijk de uitnodiging</translation>
    </message>
    <message>
        <source>Looking at the invitation…</source>
        <translation>De uitnodiging wordt bekeken…</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>Je naam, zoals de ander die ziet</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Meedoen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>https://samen.example.nl</source>
        <translation>https://samen.voorbeeld.nl</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Samen</source>
        <translation>Samen</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Cancel this meeting?</source>
        <translation>Dit overleg afzeggen?</translation>
    </message>
    <message>
        <source>Everyone who was invited sees that it does not take place. You can plan a new one.</source>
        <translation>Iedereen die uitgenodigd is, ziet dat het niet doorgaat. Je kunt een nieuw overleg plannen.</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Overleg afzeggen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Waar: %1</translation>
    </message>
    <message>
        <source>Join by video</source>
        <translation>Meedoen via video</translation>
    </message>
    <message>
        <source>Join the meeting by video</source>
        <translation>Via video meedoen met het overleg</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Met: %1</translation>
    </message>
    <message>
        <source>What to talk about</source>
        <translation>Waar we over praten</translation>
    </message>
    <message>
        <source>After the meeting</source>
        <translation>Na het overleg</translation>
    </message>
    <message>
        <source>What was talked about (notes)</source>
        <translation>Waar is over gepraat (verslag)</translation>
    </message>
    <message>
        <source>Save: the meeting took place</source>
        <translation>Opslaan: het overleg is geweest</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation>Plan het</translation>
    </message>
    <message>
        <source>Plan the next meeting: %1</source>
        <translation>Het volgende overleg plannen: %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Agreements made in the meeting show here.</source>
        <translation>Afspraken uit het overleg komen hier te staan.</translation>
    </message>
    <message>
        <source>No agreements were written down.</source>
        <translation>Er zijn geen afspraken opgeschreven.</translation>
    </message>
    <message>
        <source>Add an agreement</source>
        <translation>Een afspraak toevoegen</translation>
    </message>
    <message>
        <source>Once the meeting has begun, you can write down here what was talked about and save that it took place.</source>
        <translation>Als het overleg is begonnen, kun je hier opschrijven waarover is gepraat en bewaren dat het is geweest.</translation>
    </message>
</context>
<context>
    <name>MyDataPage</name>
    <message>
        <source>My data</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>After this, Samen starts as new on this device.</source>
        <translation>Daarna begint Samen op dit apparaat als nieuw.</translation>
    </message>
    <message>
        <source>Erase my plan</source>
        <translation>Mijn plan wissen</translation>
    </message>
    <message>
        <source>Everything in your plan is yours. You can see all of it, take it with you, or erase it.</source>
        <translation>Alles in je plan is van jou. Je kunt alles zien, meenemen of wissen.</translation>
    </message>
    <message>
        <source>See everything</source>
        <translation>Alles bekijken</translation>
    </message>
    <message>
        <source>Every part of your plan on this device, with what happened before.</source>
        <translation>Elk deel van je plan op dit apparaat, met wat er eerder gebeurde.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Bezig met wissen…</translation>
    </message>
    <message>
        <source>Erase my plan…</source>
        <translation>Mijn plan wissen…</translation>
    </message>
    <message>
        <source>Erase only on this device</source>
        <translation>Alleen op dit apparaat wissen</translation>
    </message>
    <message>
        <source>The plan of %1 on this device</source>
        <translation>Het plan van %1 op dit apparaat</translation>
    </message>
    <message>
        <source>Erase my copy</source>
        <translation>Wis mijn kopie</translation>
    </message>
    <message>
        <source>The plan belongs to %1. This device keeps a copy of the parts that %1 shares with you. Only %1 can take the plan along or erase it.</source>
        <translation>Het plan is van %1. Dit apparaat bewaart een kopie van de delen die %1 met je deelt. Alleen %1 kan het plan meenemen of wissen.</translation>
    </message>
    <message>
        <source>Every part of the plan that this device keeps, with what happened before.</source>
        <translation>Elk deel van het plan dat dit apparaat bewaart, met wat er eerder gebeurde.</translation>
    </message>
    <message>
        <source>To stop helping %1 and take this plan off this device, choose "Leave this plan".</source>
        <translation>Wil je %1 niet meer helpen en dit plan van dit apparaat halen? Kies dan "Uit dit plan stappen".</translation>
    </message>
    <message>
        <source>Erase my copy of the plan</source>
        <translation>Wis mijn kopie van het plan</translation>
    </message>
    <message>
        <source>Erase my copy…</source>
        <translation>Wis mijn kopie…</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>My plan</source>
        <translation>Mijn plan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurd is</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Hoofdmenu</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Shows every place of the app: %1</source>
        <translation>Toont alle plekken in de app: %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>NetworkMirror</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a name and what tells two people of that name apart: Mia (neighbour)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (second)</source>
        <comment>the second person of this name in the plan: Mia (second)</comment>
        <translation>%1 (tweede)</translation>
    </message>
    <message>
        <source>%1 (third)</source>
        <comment>the third person of this name in the plan</comment>
        <translation>%1 (derde)</translation>
    </message>
    <message>
        <source>%1 (fourth)</source>
        <comment>the fourth person of this name in the plan</comment>
        <translation>%1 (vierde)</translation>
    </message>
    <message>
        <source>%1 (number %2)</source>
        <comment>the n-th person of this name in the plan: Mia (number 5)</comment>
        <translation>%1 (nummer %2)</translation>
    </message>
</context>
<context>
    <name>NoPlanPage</name>
    <message>
        <source>There is no plan on this device</source>
        <translation>Er staat geen plan op dit apparaat</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation>Een nieuw plan beginnen</translation>
    </message>
    <message>
        <source>You can start a new plan of your own here, or join someone else's plan with the link or code of an invitation.</source>
        <translation>Je kunt hier een eigen plan beginnen, of meedoen met het plan van iemand anders met de link of code van een uitnodiging.</translation>
    </message>
    <message>
        <source>I was invited</source>
        <translation>Ik ben uitgenodigd</translation>
    </message>
</context>
<context>
    <name>OfflineLine</name>
    <message>
        <source>Trying again…</source>
        <translation>We proberen het opnieuw…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Try again to reach the service</source>
        <translation>Probeer opnieuw de dienst te bereiken</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>someone close</source>
        <translation>iemand dichtbij</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>role, organisation</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>hulpverlener</translation>
    </message>
    <message>
        <source>%1, %2, in the circle %3</source>
        <comment>name, relation, ring name</comment>
        <translation>%1, %2, in de cirkel %3</translation>
    </message>
    <message>
        <source>, coordinator of the plan</source>
        <translation>, vaste contactpersoon van het plan</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>since – until</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2, helped %3</source>
        <comment>name, relation, period</comment>
        <translation>%1, %2, hielp %3</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People around me</source>
        <translation>Mensen om mij heen</translation>
    </message>
    <message>
        <source>Who helps you, and how close they are. Family and friends are in the inner circle, professionals in the outer one.</source>
        <translation>Wie je helpt, en hoe dichtbij. Familie en vrienden staan in de binnenste cirkel, hulpverleners in de buitenste.</translation>
    </message>
    <message>
        <source>There is nobody in your plan yet besides you.</source>
        <translation>Er staat nog niemand anders dan jij in je plan.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Iemand uitnodigen</translation>
    </message>
    <message>
        <source>Who looked at my plan</source>
        <translation>Wie keek er in mijn plan</translation>
    </message>
    <message>
        <source>Connect to a case service to invite people</source>
        <translation>Verbind met een dienst om mensen uit te nodigen</translation>
    </message>
    <message>
        <source>Waiting for you to let them in</source>
        <translation>Wachten tot jij ze toelaat</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>Toelaten</translation>
    </message>
    <message>
        <source>Let %1 in</source>
        <translation>%1 toelaten</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Niet toelaten</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>%1 niet toelaten</translation>
    </message>
    <message>
        <source>Not let %1 in?</source>
        <translation>%1 niet toelaten?</translation>
    </message>
    <message>
        <source>They see nothing of your plan. You can invite them again later.</source>
        <translation>Diegene ziet niets van je plan. Je kunt later opnieuw uitnodigen.</translation>
    </message>
    <message>
        <source>Invitations not used yet</source>
        <translation>Uitnodigingen die nog niet gebruikt zijn</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Withdraw the invitation for %1</source>
        <translation>De uitnodiging voor %1 intrekken</translation>
    </message>
    <message>
        <source>Withdraw the invitation for %1?</source>
        <translation>De uitnodiging voor %1 intrekken?</translation>
    </message>
    <message>
        <source>The code stops working. You can make a new invitation later.</source>
        <translation>De code werkt dan niet meer. Je kunt later een nieuwe uitnodiging maken.</translation>
    </message>
    <message>
        <source>%1 (coordinator)</source>
        <translation>%1 (vaste contactpersoon)</translation>
    </message>
    <message>
        <source>Who helped before</source>
        <translation>Wie hielp eerder</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>relation, period</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Everyone who helps, and who coordinates</source>
        <translation>Iedereen die helpt, en wie de vaste contactpersoon is</translation>
    </message>
    <message>
        <source>People around %1</source>
        <translation>Mensen om %1 heen</translation>
    </message>
    <message>
        <source>Who helps %1, and how close they are. Family and friends are in the inner circle, professionals in the outer one.</source>
        <translation>Wie %1 helpt, en hoe dichtbij. Familie en vrienden staan in de binnenste cirkel, professionals in de buitenste.</translation>
    </message>
</context>
<context>
    <name>PeopleRings</name>
    <message>
        <source>The people around %1, in three circles. The same people are in the list.</source>
        <translation>De mensen rond %1, in drie cirkels. Dezelfde mensen staan in de lijst.</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>%1, %2. %3</source>
        <translation>%1, %2. %3</translation>
    </message>
    <message>
        <source>Details shown</source>
        <translation>Details staan open</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details tonen</translation>
    </message>
    <message>
        <source>Works on: %1</source>
        <translation>Werkt aan: %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Bel %1</translation>
    </message>
    <message>
        <source>Call %1 on %2</source>
        <translation>Bel %1 op %2</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>Mail %1</translation>
    </message>
    <message>
        <source>E-mail %1 at %2</source>
        <translation>Mail %1 op %2</translation>
    </message>
    <message>
        <source>Step: %1 (%2)</source>
        <translation>Stap: %1 (%2)</translation>
    </message>
    <message>
        <source>Agreement: %1 (%2)</source>
        <translation>Afspraak: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PinGroups</name>
    <message>
        <source>Check code: %1</source>
        <translation>Controlecode: %1</translation>
    </message>
</context>
<context>
    <name>PlanHomePage</name>
    <message>
        <source>Plan of %1</source>
        <translation>Plan van %1</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>Mijn verhaal</translation>
    </message>
    <message>
        <source>Write your story once. Everyone you allow can read it, so you do not have to tell it again.</source>
        <translation>Schrijf je verhaal één keer op. Iedereen die jij toestemming geeft, kan het lezen. Zo hoef je het niet steeds opnieuw te vertellen.</translation>
    </message>
    <message>
        <source>Your story was changed in two places at the same time. Both versions are kept. Open it to choose.</source>
        <translation>Je verhaal is op twee plekken tegelijk veranderd. Beide versies zijn bewaard. Open je verhaal om te kiezen.</translation>
    </message>
    <message>
        <source>Save my story</source>
        <translation>Bewaar mijn verhaal</translation>
    </message>
    <message>
        <source>Write my story</source>
        <translation>Schrijf mijn verhaal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>My life domains, most important first</source>
        <translation>Mijn levensgebieden, het belangrijkste eerst</translation>
    </message>
    <message>
        <source>Drag a domain, use the arrows, or press Ctrl + arrow up or down to change the order.</source>
        <translation>Wil je de volgorde veranderen? Sleep een levensgebied, gebruik de pijlen, of druk op Ctrl + pijl omhoog of omlaag.</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Levensgebieden</translation>
    </message>
    <message>
        <source>You cannot see any part of this plan at the moment.</source>
        <translation>Je kunt op dit moment geen enkel deel van dit plan zien.</translation>
    </message>
    <message>
        <source>Nothing of the plan is kept on this device. If you still help with this plan, ask the person whose plan it is to share a part with you again. It then comes back here by itself.</source>
        <translation>Er staat niets van het plan op dit apparaat. Help je nog mee met dit plan? Vraag dan degene van wie het plan is om weer een deel met je te delen. Dat komt dan vanzelf hier terug.</translation>
    </message>
    <message>
        <source>%1's story</source>
        <translation>Het verhaal van %1</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>Het verhaal</translation>
    </message>
    <message>
        <source>No story has been written yet.</source>
        <translation>Er is nog geen verhaal geschreven.</translation>
    </message>
    <message>
        <source>Life domains, most important first</source>
        <translation>Levensgebieden, het belangrijkste eerst</translation>
    </message>
    <message>
        <source>Waiting for %1 to let you in.</source>
        <translation>Wachten tot %1 je toelaat.</translation>
    </message>
    <message>
        <source>Waiting for the owner of the plan to let you in.</source>
        <translation>Wachten tot de eigenaar van het plan je toelaat.</translation>
    </message>
    <message>
        <source>You joined with the invitation. As soon as you are let in, the parts of the plan you may see appear here by themselves.</source>
        <translation>Je doet mee met de uitnodiging. Zodra je bent toegelaten, verschijnen hier vanzelf de delen van het plan die je mag zien.</translation>
    </message>
    <message>
        <source>Check again now</source>
        <translation>Nu opnieuw kijken</translation>
    </message>
    <message>
        <source>Check again now whether you were let in</source>
        <translation>Nu opnieuw kijken of je bent toegelaten</translation>
    </message>
    <message>
        <source>Coordinator: %1 · everyone who helps</source>
        <translation>Vaste contactpersoon: %1 · iedereen die helpt</translation>
    </message>
    <message>
        <source>Everyone who helps</source>
        <translation>Iedereen die helpt</translation>
    </message>
    <message>
        <source>Asked at %1. When you are let in, your plan shows it here.</source>
        <translation>Gevraagd om %1. Als je bent toegelaten, zie je dat hier in je plan.</translation>
    </message>
    <message>
        <source>The story was changed in two places at the same time. Both versions are kept until %1 chooses one.</source>
        <translation>Het verhaal is op twee plekken tegelijk veranderd. Beide versies blijven bewaard tot %1 er een kiest.</translation>
    </message>
</context>
<context>
    <name>PlanMeetingPage</name>
    <message>
        <source>Plan a meeting</source>
        <translation>Een overleg plannen</translation>
    </message>
    <message>
        <source>What is the meeting about?</source>
        <translation>Waar gaat het overleg over?</translation>
    </message>
    <message>
        <source>Talking about my plan together</source>
        <translation>Samen praten over mijn plan</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>Wanneer?</translation>
    </message>
    <message>
        <source>How long?</source>
        <translation>Hoe lang?</translation>
    </message>
    <message>
        <source>half an hour</source>
        <translation>een half uur</translation>
    </message>
    <message>
        <source>an hour</source>
        <translation>een uur</translation>
    </message>
    <message>
        <source>an hour and a half</source>
        <translation>anderhalf uur</translation>
    </message>
    <message>
        <source>How long? %1</source>
        <translation>Hoe lang? %1</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Waar?</translation>
    </message>
    <message>
        <source>Place (for example: the neighbourhood centre)</source>
        <translation>Plek (bijvoorbeeld: het buurthuis)</translation>
    </message>
    <message>
        <source>Or a video link (starts with https://)</source>
        <translation>Of een videolink (begint met https://)</translation>
    </message>
    <message>
        <source>Who is invited?</source>
        <translation>Wie wordt uitgenodigd?</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>What to talk about</source>
        <translation>Waar we over praten</translation>
    </message>
    <message>
        <source>Your three most important life domains are ticked.</source>
        <translation>Je drie belangrijkste levensgebieden staan aangevinkt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Remove the point %1</source>
        <translation>Het punt %1 weghalen</translation>
    </message>
    <message>
        <source>Another point to talk about</source>
        <translation>Nog een punt om over te praten</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Punt toevoegen</translation>
    </message>
    <message>
        <source>Plan the meeting</source>
        <translation>Overleg plannen</translation>
    </message>
    <message>
        <source>Talking about the plan of %1 together</source>
        <translation>Samen praten over het plan van %1</translation>
    </message>
    <message>
        <source>The three most important life domains of %1 are ticked.</source>
        <translation>De drie belangrijkste levensgebieden van %1 zijn aangevinkt.</translation>
    </message>
</context>
<context>
    <name>ProfessionalsPage</name>
    <message>
        <source>Who helps</source>
        <translation>Wie helpt</translation>
    </message>
    <message>
        <source>Keeps the overview (coordinator)</source>
        <translation>Houdt het overzicht (vaste contactpersoon)</translation>
    </message>
    <message>
        <source>Hand over the coordination</source>
        <translation>Een andere vaste contactpersoon kiezen</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Hulpverleners</translation>
    </message>
    <message>
        <source>No other professionals help with this plan at the moment.</source>
        <translation>Er helpen nu geen andere professionals mee aan dit plan.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Een overleg plannen</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Nog geen overleggen.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Who helped before</source>
        <translation>Wie eerder hielp</translation>
    </message>
    <message>
        <source>Coordinators so far</source>
        <translation>Vaste contactpersonen tot nu toe</translation>
    </message>
    <message>
        <source>%1, %2: “%3”</source>
        <translation>%1, %2: ‘%3’</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Each line is a life domain. Further out means better. The dashed shape is how you rated it the time before.</source>
        <translation>Elke lijn is een levensgebied. Hoe verder naar buiten, hoe beter. De gestippelde vorm laat je cijfers van de vorige keer zien.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorige keer</translation>
    </message>
    <message>
        <source>%1: not rated yet</source>
        <translation>%1: nog geen cijfer</translation>
    </message>
    <message>
        <source>%1: %2 out of 10</source>
        <translation>%1: %2 van de 10</translation>
    </message>
    <message>
        <source>%1: %2 out of 10 (before: %3)</source>
        <translation>%1: %2 van de 10 (vorige keer: %3)</translation>
    </message>
    <message>
        <source>These are the scores %1 gave each life domain. Further out means better. The dashed shape is how %1 rated it the time before.</source>
        <translation>Dit zijn de cijfers die %1 aan elk levensgebied gaf. Hoe verder naar buiten, hoe beter. De gestippelde vorm laat de cijfers van %1 van de vorige keer zien.</translation>
    </message>
    <message>
        <source>These are the scores the plan's owner gave each life domain. Further out means better. The dashed shape is how the owner rated it the time before.</source>
        <translation>Dit zijn de cijfers die de eigenaar van het plan aan elk levensgebied gaf. Hoe verder naar buiten, hoe beter. De gestippelde vorm laat de cijfers van de eigenaar van de vorige keer zien.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>axis number. domain and score</comment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to put in a QR code.</source>
        <translation>Er is niets om in een QR-code te zetten.</translation>
    </message>
    <message>
        <source>This text is too long for a QR code. Share it as text instead.</source>
        <translation>Deze tekst is te lang voor een QR-code. Deel hem als tekst.</translation>
    </message>
</context>
<context>
    <name>QuickItemAccessible</name>
    <message>
        <source>Scroll bar</source>
        <translation>Schuifbalk</translation>
    </message>
    <message>
        <source>One folder up</source>
        <translation>Eén map omhoog</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Progress picture of your life domains</source>
        <translation>Plaatje van hoe het gaat met je levensgebieden</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <translation>Stop met voorlezen</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <source>Starting the voice…</source>
        <translation>De stem start…</translation>
    </message>
    <message>
        <source>Press again to not read it after all.</source>
        <translation>Druk nog een keer om toch niet voor te lezen.</translation>
    </message>
</context>
<context>
    <name>ReconnectCard</name>
    <message>
        <source>Connect this device again</source>
        <translation>Dit apparaat opnieuw verbinden</translation>
    </message>
    <message>
        <source>Type the new enrolment code from your administrator, or a code or link made on another device of yours.</source>
        <translation>Typ de nieuwe aanmeldcode van je beheerder, of een code of link die je op een ander apparaat van jou hebt gemaakt.</translation>
    </message>
    <message>
        <source>New enrolment code</source>
        <translation>Nieuwe aanmeldcode</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Opnieuw verbinden</translation>
    </message>
    <message>
        <source>Connect this device to the case service again</source>
        <translation>Dit apparaat opnieuw met de dienst verbinden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Bezig met verbinden…</translation>
    </message>
</context>
<context>
    <name>RefusedChangeDelegate</name>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Try again: %1</source>
        <translation>Opnieuw proberen: %1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Discard: %1</source>
        <translation>Weggooien: %1</translation>
    </message>
</context>
<context>
    <name>RefusedChangesPage</name>
    <message>
        <source>Changes that were not accepted</source>
        <translation>Wijzigingen die niet zijn geaccepteerd</translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation>Deze wijziging weggooien?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Discard all changes in this list?</source>
        <translation>Alle wijzigingen in deze lijst weggooien?</translation>
    </message>
    <message>
        <source>Discard all</source>
        <translation>Alles weggooien</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>All your changes were accepted. There is nothing to do here.</source>
        <translation>Al je wijzigingen zijn geaccepteerd. Je hoeft hier niets te doen.</translation>
    </message>
    <message>
        <source>Try all again</source>
        <translation>Alles opnieuw proberen</translation>
    </message>
    <message>
        <source>You cannot undo this. What you discard is gone from this device.</source>
        <translation>Dit kun je niet terugdraaien. Wat je weggooit, is daarna weg van dit apparaat.</translation>
    </message>
    <message>
        <source>Samen sent these changes, but they were not accepted. They are still on this device. Each one says why, and what you can do.</source>
        <translation>Samen heeft deze wijzigingen verstuurd, maar ze zijn niet geaccepteerd. Ze staan nog op dit apparaat. Bij elke wijziging staat waarom, en wat je kunt doen.</translation>
    </message>
</context>
<context>
    <name>SamenScrollView</name>
    <message>
        <source>Scroll up and down</source>
        <translation>Omhoog en omlaag schuiven</translation>
    </message>
    <message>
        <source>Scroll left and right</source>
        <translation>Naar links en rechts schuiven</translation>
    </message>
</context>
<context>
    <name>SeeEverythingPage</name>
    <message>
        <source>Everything in your plan</source>
        <translation>Alles in je plan</translation>
    </message>
    <message>
        <source>This is all your plan holds on this device, with what happened before. Nothing is left out.</source>
        <translation>Dit is alles wat je plan op dit apparaat bevat, met wat er eerder gebeurde. Er is niets weggelaten.</translation>
    </message>
    <message>
        <source>Everything of the plan on this device</source>
        <translation>Alles van het plan op dit apparaat</translation>
    </message>
    <message>
        <source>This is all this device keeps of the plan of %1, with what happened before. Nothing is left out.</source>
        <translation>Dit is alles wat dit apparaat van het plan van %1 bewaart, met wat er eerder gebeurde. Er is niets weggelaten.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Lock my plan when I do nothing for</source>
        <translation>Zet mijn plan op slot als ik zo lang niets doe:</translation>
    </message>
    <message>
        <source>Minutes before the plan locks</source>
        <translation>Minuten tot mijn plan op slot gaat</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>Lock my plan now</source>
        <translation>Zet mijn plan nu op slot</translation>
    </message>
    <message>
        <source>Samen %1</source>
        <translation>Samen %1</translation>
    </message>
    <message>
        <source>Case service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Your plan is connected to a case service.</source>
        <translation>Je plan is verbonden met een dienst.</translation>
    </message>
    <message>
        <source>Your plan is only on this device.</source>
        <translation>Je plan staat alleen op dit apparaat.</translation>
    </message>
    <message>
        <source>Connect to a case service</source>
        <translation>Verbinden met een dienst</translation>
    </message>
    <message>
        <source>My devices</source>
        <translation>Mijn apparaten</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>See, take with you or erase my data</source>
        <translation>Mijn gegevens bekijken, meenemen of wissen</translation>
    </message>
    <message>
        <source>Normal (100 %)</source>
        <translation>Normaal (100 %)</translation>
    </message>
    <message>
        <source>Larger (150 %)</source>
        <translation>Groter (150 %)</translation>
    </message>
    <message>
        <source>Largest (200 %)</source>
        <translation>Grootst (200 %)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <source>This plan comes to this device through your caseload's connection to the case service.</source>
        <translation>Dit plan komt op dit apparaat via de verbinding van je caseload met de dienst.</translation>
    </message>
    <message>
        <source>Lock Samen on this device when I do nothing for</source>
        <translation>Zet Samen op dit apparaat op slot als ik zo lang niets doe:</translation>
    </message>
    <message>
        <source>Minutes before Samen locks</source>
        <translation>Minuten voordat Samen op slot gaat</translation>
    </message>
    <message>
        <source>This plan is connected to a case service.</source>
        <translation>Dit plan is verbonden met een dienst.</translation>
    </message>
    <message>
        <source>This plan is only on this device.</source>
        <translation>Dit plan staat alleen op dit apparaat.</translation>
    </message>
    <message>
        <source>This plan on this device</source>
        <translation>Dit plan op dit apparaat</translation>
    </message>
    <message>
        <source>See what this device keeps of this plan</source>
        <translation>Bekijk wat dit apparaat van dit plan bewaart</translation>
    </message>
    <message>
        <source>Lock Samen now</source>
        <translation>Zet Samen nu op slot</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>Mark as done: %1</source>
        <translation>Zet op klaar: %1</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Wie: %1</translation>
    </message>
    <message>
        <source>Was due %1</source>
        <translation>Was gepland voor %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Wanneer: %1</translation>
    </message>
    <message>
        <source>Done: %1 (untick if it is not done)</source>
        <translation>Klaar: %1 (vink uit als het niet klaar is)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veranderen</translation>
    </message>
    <message>
        <source>Change step: %1</source>
        <translation>Veranderen: stap %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete step: %1</source>
        <translation>Verwijderen: stap %1</translation>
    </message>
    <message>
        <source>What is the step?</source>
        <translation>Wat is de stap?</translation>
    </message>
    <message>
        <source>Who does it?</source>
        <translation>Wie doet het?</translation>
    </message>
    <message>
        <source>Who does this step? %1</source>
        <translation>Wie doet deze stap? %1</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>Wanneer?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Choose what %1 may see</source>
        <translation>Kies wat %1 mag zien</translation>
    </message>
</context>
<context>
    <name>SyncStatusLine</name>
    <message>
        <source>Your plan is only on this device.</source>
        <translation>Je plan staat alleen op dit apparaat.</translation>
    </message>
    <message>
        <source>Sending and fetching changes…</source>
        <translation>Wijzigingen versturen en ophalen…</translation>
    </message>
    <message>
        <source>Everything is up to date.</source>
        <translation>Alles is bijgewerkt.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n wijziging wacht om verstuurd te worden.</numerusform>
            <numerusform>%n wijzigingen wachten om verstuurd te worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection since %1. Your changes are kept and sent later.</source>
        <translation>Geen verbinding sinds %1. Je wijzigingen blijven bewaard en worden later verstuurd.</translation>
    </message>
    <message>
        <source>Sending changes does not work right now. Samen tries again later.</source>
        <translation>Wijzigingen versturen lukt nu niet. Samen probeert het later opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not accepted.</source>
        <translation>
            <numerusform>%n wijziging is niet geaccepteerd.</numerusform>
            <numerusform>%n wijzigingen zijn niet geaccepteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>View the changes that were not accepted</source>
        <translation>Bekijk de wijzigingen die niet zijn geaccepteerd</translation>
    </message>
    <message>
        <source>Waiting to be let in.</source>
        <translation>Wachten tot je wordt toegelaten.</translation>
    </message>
    <message>
        <source>Connect to a service</source>
        <translation>Verbinden met een dienst</translation>
    </message>
    <message>
        <source>Connect your plan to a case service (optional)</source>
        <translation>Je plan verbinden met een hulpdienst (hoeft niet)</translation>
    </message>
    <message>
        <source>Fetching the plan. It has not arrived on this device yet.</source>
        <translation>Het plan wordt opgehaald. Het staat nog niet op dit apparaat.</translation>
    </message>
    <message>
        <source>You are in the plan, but nothing of it is shared with you yet.</source>
        <translation>Je doet mee aan het plan, maar er is nog niets van met je gedeeld.</translation>
    </message>
    <message>
        <source>This plan is only on this device.</source>
        <translation>Dit plan staat alleen op dit apparaat.</translation>
    </message>
</context>
<context>
    <name>TalkAboutCard</name>
    <message>
        <source>To talk about</source>
        <translation>Om over te praten</translation>
    </message>
    <message>
        <source>Next meeting: %1, %2</source>
        <translation>Volgend overleg: %1, %2</translation>
    </message>
    <message>
        <source>No meeting planned yet.</source>
        <translation>Nog geen overleg gepland.</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Overleg openen</translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation>Plan het</translation>
    </message>
    <message>
        <source>Plan the next meeting: %1</source>
        <translation>Het volgende overleg plannen: %1</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Een overleg plannen</translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>afgezegd</translation>
    </message>
    <message>
        <source>open</source>
        <comment>an agreement still to do</comment>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <comment>an agreement</comment>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>dropped</source>
        <comment>an agreement nobody does any more</comment>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>day at time</comment>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>from – until</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>the person whose plan it is</source>
        <translation>van wie het plan is</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>from the network</source>
        <translation>uit het netwerk</translation>
    </message>
    <message>
        <source>from the network (%1)</source>
        <translation>uit het netwerk (%1)</translation>
    </message>
    <message>
        <source>%1 (sees)</source>
        <translation>%1 (kijkt mee)</translation>
    </message>
    <message numerus="yes">
        <source>%n open step(s)</source>
        <translation>
            <numerusform>%n open stap</numerusform>
            <numerusform>%n open stappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open agreement(s)</source>
        <translation>
            <numerusform>%n open afspraak</numerusform>
            <numerusform>%n open afspraken</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>niets open</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>name, role</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>via video</translation>
    </message>
    <message>
        <source>no place given yet</source>
        <translation>nog geen plek opgegeven</translation>
    </message>
    <message>
        <source>nobody named yet</source>
        <translation>nog niemand genoemd</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>look back on %1</source>
        <translation>terugkijken op %1</translation>
    </message>
    <message>
        <source>%1 (no longer helps)</source>
        <translation>%1 (helpt niet meer mee)</translation>
    </message>
</context>
<context>
    <name>TechnicalDetail</name>
    <message>
        <source>Hide the technical details</source>
        <translation>Verberg de technische details</translation>
    </message>
    <message>
        <source>Show the technical details</source>
        <translation>Toon de technische details</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurd is</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluit</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Sluit dit bericht</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Your plan is locked</source>
        <translation>Je plan is op slot</translation>
    </message>
    <message>
        <source>Samen locked your plan because nobody used it for a while. Type your passphrase to go on.</source>
        <translation>Samen heeft je plan op slot gezet, omdat het een tijdje niet is gebruikt. Typ je wachtwoord om verder te gaan.</translation>
    </message>
    <message>
        <source>Type your passphrase to open your plan.</source>
        <translation>Typ je wachtwoord om je plan te openen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Open my plan</source>
        <translation>Open mijn plan</translation>
    </message>
    <message>
        <source>Samen locked your plan because nobody used it for a while.</source>
        <translation>Samen heeft je plan op slot gedaan, omdat het een tijdje niet is gebruikt.</translation>
    </message>
    <message>
        <source>Your plan is locked with this device's own lock.</source>
        <translation>Je plan zit op slot met het slot van dit apparaat.</translation>
    </message>
    <message>
        <source>Your caseload is locked</source>
        <translation>Je caseload is op slot</translation>
    </message>
    <message>
        <source>Samen locked your caseload because nobody used it for a while.</source>
        <translation>Samen heeft je caseload op slot gedaan, omdat hij een tijdje niet is gebruikt.</translation>
    </message>
    <message>
        <source>Your caseload is locked with this device's own lock.</source>
        <translation>Je caseload zit op slot met het slot van dit apparaat.</translation>
    </message>
    <message>
        <source>Samen locked your caseload because nobody used it for a while. Type your passphrase to go on.</source>
        <translation>Samen heeft je caseload op slot gezet, omdat hij een tijdje niet is gebruikt. Typ je wachtwoord om verder te gaan.</translation>
    </message>
    <message>
        <source>Type your passphrase to open your caseload.</source>
        <translation>Typ je wachtwoord om je caseload te openen.</translation>
    </message>
    <message>
        <source>Open my caseload</source>
        <translation>Open mijn caseload</translation>
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
    <message>
        <source>I was invited</source>
        <translation>Ik ben uitgenodigd</translation>
    </message>
    <message>
        <source>I already use Samen on another device</source>
        <translation>Ik gebruik Samen al op een ander apparaat</translation>
    </message>
    <message>
        <source>I work with citizens</source>
        <translation>Ik werk met inwoners</translation>
    </message>
    <message>
        <source>I have a file of my plan</source>
        <translation>Ik heb een bestand van mijn plan</translation>
    </message>
    <message>
        <source>Bring back your plan from a file you saved before</source>
        <translation>Zet je plan terug uit een bestand dat je eerder hebt bewaard</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>I am Robin, 30. I have debts, and the stress puts a strain on my relationship. At work I cannot focus. I went to a welfare organisation for help; an adviser from the benefits agency is also involved. I want one plan, so I do not have to tell my story again.</source>
        <translation>Ik ben Robin, 30 jaar. Ik heb schulden, en door de stress gaat het niet goed tussen mij en mijn partner. Op mijn werk kan ik me niet concentreren. Ik heb hulp gevraagd bij een welzijnsorganisatie. Ook een adviseur van de sociale dienst helpt mee. Ik wil één plan, zodat ik mijn verhaal niet steeds opnieuw hoef te vertellen.</translation>
    </message>
    <message>
        <source>Welfare organisation</source>
        <translation>Welzijnsorganisatie</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>maatschappelijk werker</translation>
    </message>
    <message>
        <source>Benefits agency</source>
        <translation>Sociale dienst</translation>
    </message>
    <message>
        <source>benefits adviser</source>
        <translation>adviseur uitkeringen</translation>
    </message>
    <message>
        <source>André plans our meeting every 6 weeks and keeps an eye on the whole plan.</source>
        <translation>André plant elke 6 weken ons overleg en houdt het hele plan in de gaten.</translation>
    </message>
    <message>
        <source>The letters keep coming. Now there is a payment plan.</source>
        <translation>De brieven blijven komen. Maar nu is er een betalingsregeling.</translation>
    </message>
    <message>
        <source>We argue less since we talk about the money.</source>
        <translation>We maken minder ruzie sinds we over het geld praten.</translation>
    </message>
    <message>
        <source>Ellen gave me quieter hours.</source>
        <translation>Ellen heeft me rustigere werktijden gegeven.</translation>
    </message>
    <message>
        <source>I sleep a bit better.</source>
        <translation>Ik slaap iets beter.</translation>
    </message>
    <message>
        <source>The house is fine.</source>
        <translation>Met het huis is niks mis.</translation>
    </message>
    <message>
        <source>One overview of all my debts</source>
        <translation>Eén overzicht van al mijn schulden</translation>
    </message>
    <message>
        <source>So I know where I stand and can sleep again.</source>
        <translation>Zodat ik weet waar ik sta en weer kan slapen.</translation>
    </message>
    <message>
        <source>Collect all letters in one folder</source>
        <translation>Alle brieven in één map stoppen</translation>
    </message>
    <message>
        <source>Go through the folder with André</source>
        <translation>De map samen met André doornemen</translation>
    </message>
    <message>
        <source>Check my benefit is right</source>
        <translation>Nakijken of mijn uitkering klopt</translation>
    </message>
    <message>
        <source>Talk about money without fighting</source>
        <translation>Over geld praten zonder ruzie</translation>
    </message>
    <message>
        <source>My relationship matters more than the debts.</source>
        <translation>Mijn relatie is belangrijker dan de schulden.</translation>
    </message>
    <message>
        <source>Plan a weekly money talk, 20 minutes</source>
        <translation>Elke week een geldgesprek van 20 minuten plannen</translation>
    </message>
    <message>
        <source>Keep my job while things settle</source>
        <translation>Mijn baan houden tot het rustiger wordt</translation>
    </message>
    <message>
        <source>Work gives me rhythm and income.</source>
        <translation>Werk geeft me ritme en inkomen.</translation>
    </message>
    <message>
        <source>Agree quieter hours with Ellen</source>
        <translation>Rustigere werktijden afspreken met Ellen</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <translation>Gezamenlijk overleg</translation>
    </message>
    <message>
        <source>Welfare organisation, Stationsstraat 12</source>
        <translation>Welzijnsorganisatie, Stationsstraat 12</translation>
    </message>
    <message>
        <source>The letter from the tax office</source>
        <translation>De brief van de Belastingdienst</translation>
    </message>
    <message>
        <source>Robin has an overview of the debts now. Work is calmer with the quieter hours. Next time: the payment plan and the benefit.</source>
        <translation>Robin heeft nu een overzicht van de schulden. Op het werk is het rustiger met de vaste uren. Volgende keer: de betalingsregeling en de uitkering.</translation>
    </message>
    <message>
        <source>Keep Robin's quieter hours for two more months</source>
        <translation>Robin houdt nog twee maanden de rustigere uren</translation>
    </message>
    <message>
        <source>Check whether Robin can get a benefit supplement</source>
        <translation>Nagaan of Robin een toeslag op de uitkering kan krijgen</translation>
    </message>
    <message>
        <source>Talk about money with my partner every week</source>
        <translation>Elke week met mijn partner over geld praten</translation>
    </message>
    <message>
        <source>Next joint meeting</source>
        <translation>Volgend gezamenlijk overleg</translation>
    </message>
</context>
<context>
    <name>samen</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Er ging iets mis.</translation>
    </message>
    <message>
        <source>The key setting could not be removed.</source>
        <translation>Samen kon de instelling voor de sleutel niet verwijderen. Probeer het nog een keer.</translation>
    </message>
    <message>
        <source>The key setting could not be saved in the data folder.</source>
        <translation>Samen kon de instelling voor de sleutel niet bewaren in de map met gegevens. Kijk of de schijf niet vol is en probeer het nog een keer.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. Try again, or use a passphrase.</source>
        <translation>De beveiligde opslag van je apparaat gaf geen antwoord. Probeer het nog een keer, of gebruik een wachtwoord.</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Money and debts</source>
        <translation>Geld en schulden</translation>
    </message>
    <message>
        <source>Work and daytime activities</source>
        <translation>Werk en dagbesteding</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Lichamelijke gezondheid</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psychische gezondheid</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <translation>Familie en vrienden</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Zingeving</translation>
    </message>
    <message>
        <source>Daily life</source>
        <translation>Dagelijks leven</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Lichaam</translation>
    </message>
    <message>
        <source>Mental well-being</source>
        <translation>Mentaal welbevinden</translation>
    </message>
    <message>
        <source>Quality of life</source>
        <translation>Kwaliteit van leven</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Meedoen</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Daytime activities</source>
        <translation>Dagbesteding</translation>
    </message>
    <message>
        <source>Relations at home</source>
        <translation>Relaties thuis</translation>
    </message>
    <message>
        <source>Addiction</source>
        <translation>Verslaving</translation>
    </message>
    <message>
        <source>Daily care for yourself</source>
        <translation>Voor jezelf zorgen</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Sociaal netwerk</translation>
    </message>
    <message>
        <source>Taking part in society</source>
        <translation>Meedoen in de samenleving</translation>
    </message>
    <message>
        <source>Police and justice</source>
        <translation>Politie en justitie</translation>
    </message>
    <message>
        <source>Choose a set of life domains: %1.</source>
        <translation>Kies een indeling in levensgebieden: %1.</translation>
    </message>
    <message>
        <source>Each life domain can be in the order only once.</source>
        <translation>Elk levensgebied mag maar één keer in de volgorde staan.</translation>
    </message>
    <message>
        <source>Choose one of the life domains of this plan.</source>
        <translation>Kies een van de levensgebieden van dit plan.</translation>
    </message>
    <message>
        <source>This life domain is already at the top.</source>
        <translation>Dit levensgebied staat al bovenaan.</translation>
    </message>
    <message>
        <source>This life domain is already at the bottom.</source>
        <translation>Dit levensgebied staat al onderaan.</translation>
    </message>
    <message>
        <source>Choose the date of this assessment.</source>
        <translation>Kies op welke datum je dit cijfer geeft.</translation>
    </message>
    <message>
        <source>Choose a goal of this plan.</source>
        <translation>Kies een doel uit dit plan.</translation>
    </message>
    <message>
        <source>Choose a step of this plan.</source>
        <translation>Kies een stap uit dit plan.</translation>
    </message>
    <message>
        <source>This step is already done.</source>
        <translation>Deze stap is al klaar.</translation>
    </message>
    <message>
        <source>A plan has one citizen: its owner. Add this person as a network member or a professional.</source>
        <translation>Een plan is van één persoon: de eigenaar. Voeg deze persoon toe als iemand uit je omgeving of als hulpverlener.</translation>
    </message>
    <message>
        <source>Choose a person who is a member of this plan.</source>
        <translation>Kies iemand die meedoet aan dit plan.</translation>
    </message>
    <message>
        <source>This person is already the coordinator.</source>
        <translation>Deze persoon is al de vaste contactpersoon.</translation>
    </message>
    <message>
        <source>Write a short handover note: what does the new coordinator need to know?</source>
        <translation>Schrijf een korte notitie voor de overdracht: wat moet de nieuwe vaste contactpersoon weten?</translation>
    </message>
    <message>
        <source>The handover note can be at most 500 characters long, on one line.</source>
        <translation>De notitie voor de overdracht mag maximaal 500 tekens lang zijn, op één regel. Maak hem korter.</translation>
    </message>
    <message>
        <source>This item is not part of this plan.</source>
        <translation>Dit onderdeel hoort niet bij dit plan.</translation>
    </message>
    <message>
        <source>A whole plan cannot be deleted here. Use "Erase plan" instead.</source>
        <translation>Je kunt hier geen heel plan verwijderen. Gebruik daarvoor "Plan wissen".</translation>
    </message>
    <message>
        <source>Use the handover to choose another coordinator, so the change is logged with a note.</source>
        <translation>Kies een andere vaste contactpersoon via de overdracht. Dan wordt de wissel met een notitie vastgelegd.</translation>
    </message>
    <message>
        <source>This item was deleted. Bring it back first.</source>
        <translation>Dit onderdeel is verwijderd. Zet het eerst terug.</translation>
    </message>
    <message>
        <source>Only texts people write can have two versions to choose from.</source>
        <translation>Alleen teksten die mensen zelf schrijven, kunnen twee versies hebben om uit te kiezen.</translation>
    </message>
    <message>
        <source>This earlier value belongs to something else.</source>
        <translation>Deze eerdere versie hoort bij iets anders.</translation>
    </message>
    <message>
        <source>This item is not part of this plan, or it was already deleted.</source>
        <translation>Dit onderdeel hoort niet bij dit plan, of het is al verwijderd.</translation>
    </message>
    <message>
        <source>This person is the coordinator. Choose another coordinator first.</source>
        <translation>Deze persoon is de vaste contactpersoon. Kies eerst een andere vaste contactpersoon.</translation>
    </message>
    <message>
        <source>Choose a meeting of this plan.</source>
        <translation>Kies een overleg uit dit plan.</translation>
    </message>
    <message>
        <source>The linked item is not part of this plan.</source>
        <translation>Het gekoppelde onderdeel hoort niet bij dit plan.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>de naam</translation>
    </message>
    <message>
        <source>story</source>
        <translation>het verhaal</translation>
    </message>
    <message>
        <source>set of life domains</source>
        <translation>de indeling in levensgebieden</translation>
    </message>
    <message>
        <source>creation time</source>
        <translation>het tijdstip waarop het plan is gemaakt</translation>
    </message>
    <message>
        <source>position in the list</source>
        <translation>de plek in de lijst</translation>
    </message>
    <message>
        <source>life domain</source>
        <translation>het levensgebied</translation>
    </message>
    <message>
        <source>score</source>
        <translation>het cijfer</translation>
    </message>
    <message>
        <source>note</source>
        <translation>de notitie</translation>
    </message>
    <message>
        <source>date</source>
        <translation>de datum</translation>
    </message>
    <message>
        <source>title</source>
        <translation>de titel</translation>
    </message>
    <message>
        <source>reason why this matters</source>
        <translation>de reden waarom dit belangrijk is</translation>
    </message>
    <message>
        <source>status</source>
        <translation>de status</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>de datum waarop het klaar moet zijn</translation>
    </message>
    <message>
        <source>list of helpers</source>
        <translation>de lijst met helpers</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>het doel</translation>
    </message>
    <message>
        <source>person who does this step</source>
        <translation>de persoon die deze stap doet</translation>
    </message>
    <message>
        <source>done mark</source>
        <translation>het vinkje voor klaar</translation>
    </message>
    <message>
        <source>time it was done</source>
        <translation>het tijdstip waarop het klaar was</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>de soort</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>de relatie</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>de organisatie</translation>
    </message>
    <message>
        <source>role</source>
        <translation>de rol</translation>
    </message>
    <message>
        <source>list of life domains</source>
        <translation>de lijst met levensgebieden</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>de contactgegevens</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>de startdatum</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>de einddatum</translation>
    </message>
    <message>
        <source>coordinator mark</source>
        <translation>het vinkje voor vaste contactpersoon</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>de kring</translation>
    </message>
    <message>
        <source>member</source>
        <translation>de persoon</translation>
    </message>
    <message>
        <source>access</source>
        <translation>de toegang</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>de reden voor de toegang</translation>
    </message>
    <message>
        <source>list of access rights</source>
        <translation>de lijst met toegangsrechten</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>de eindtijd</translation>
    </message>
    <message>
        <source>time</source>
        <translation>het tijdstip</translation>
    </message>
    <message>
        <source>list of participants</source>
        <translation>de lijst met deelnemers</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>de aantekeningen</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>het overleg</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>de afspraak</translation>
    </message>
    <message>
        <source>person who does it</source>
        <translation>de persoon die het doet</translation>
    </message>
    <message>
        <source>date it must be done by</source>
        <translation>de datum waarop het klaar moet zijn</translation>
    </message>
    <message>
        <source>evaluation date</source>
        <translation>de datum om terug te kijken</translation>
    </message>
    <message>
        <source>text</source>
        <translation>de tekst</translation>
    </message>
    <message>
        <source>linked item</source>
        <translation>het gekoppelde onderdeel</translation>
    </message>
    <message>
        <source>Choose a life domain.</source>
        <translation>Kies een levensgebied.</translation>
    </message>
    <message>
        <source>Write the %1. It cannot be empty.</source>
        <translation>Vul %1 in. Dit mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>The %1 can be at most %2 characters long.</source>
        <translation>Maak %1 korter. Je kunt maximaal %2 tekens gebruiken.</translation>
    </message>
    <message>
        <source>The %1 contains characters that cannot be shown. Use letters, numbers, spaces and new lines.</source>
        <translation>Er staan tekens in %1 die Samen niet kan laten zien. Gebruik letters, cijfers, spaties en nieuwe regels.</translation>
    </message>
    <message>
        <source>The %1 contains characters that cannot be shown. Use letters, numbers and spaces, on one line.</source>
        <translation>Er staan tekens in %1 die Samen niet kan laten zien. Gebruik letters, cijfers en spaties, op één regel.</translation>
    </message>
    <message>
        <source>The %1 has an empty item. Leave it out or fill it in.</source>
        <translation>Er is een leeg onderdeel in %1. Laat het weg of vul het in.</translation>
    </message>
    <message>
        <source>Each item in the %1 can be at most %2 characters long.</source>
        <translation>Elk onderdeel in %1 mag maximaal %2 tekens lang zijn.</translation>
    </message>
    <message>
        <source>The %1 contains characters that cannot be shown.</source>
        <translation>Er staan tekens in %1 die Samen niet kan laten zien.</translation>
    </message>
    <message>
        <source>Each access right must be a life domain followed by ":read" or ":write".</source>
        <translation>Elk toegangsrecht moet een levensgebied zijn, gevolgd door ":read" of ":write".</translation>
    </message>
    <message>
        <source>The %1 must hold people of this plan.</source>
        <translation>In %1 mogen alleen mensen van dit plan staan.</translation>
    </message>
    <message>
        <source>Samen does not know this kind of item ("%1").</source>
        <translation>Samen kent dit soort onderdeel niet ("%1").</translation>
    </message>
    <message>
        <source>Deleting or bringing back an item needs the value true or false.</source>
        <translation>Voor het verwijderen of terugzetten van een onderdeel is de waarde true of false nodig.</translation>
    </message>
    <message>
        <source>Items of the type "%1" have no field "%2".</source>
        <translation>Onderdelen van het type "%1" hebben geen veld "%2".</translation>
    </message>
    <message>
        <source>The %1 is needed. Fill it in.</source>
        <translation>Vul %1 in. Dit is nodig.</translation>
    </message>
    <message>
        <source>The %1 must be text.</source>
        <translation>Gebruik tekst voor %1.</translation>
    </message>
    <message>
        <source>The %1 must be a whole number from %2 to %3.</source>
        <translation>Kies voor %1 een heel getal van %2 tot en met %3.</translation>
    </message>
    <message>
        <source>The %1 must be yes or no (true or false).</source>
        <translation>Kies voor %1 ja of nee (true of false).</translation>
    </message>
    <message>
        <source>The %1 must be a real date, written as year-month-day, for example 2026-03-31.</source>
        <translation>Vul voor %1 een echte datum in, als jaar-maand-dag. Bijvoorbeeld: 2026-03-31.</translation>
    </message>
    <message>
        <source>The %1 must be a real date and time in UTC, for example 2026-03-31T14:30:00Z.</source>
        <translation>Vul voor %1 een echte datum en tijd in UTC in. Bijvoorbeeld: 2026-03-31T14:30:00Z.</translation>
    </message>
    <message>
        <source>The %1 must be one of: %2.</source>
        <translation>Kies voor %1 een van deze mogelijkheden: %2.</translation>
    </message>
    <message>
        <source>The %1 must be something in this plan.</source>
        <translation>Kies voor %1 iets uit dit plan.</translation>
    </message>
    <message>
        <source>The %1 is not valid: use 1 to 64 letters and digits.</source>
        <translation>Er klopt iets niet met %1. Gebruik 1 tot en met 64 letters en cijfers.</translation>
    </message>
    <message>
        <source>The %1 must be a list of texts.</source>
        <translation>Gebruik voor %1 een lijst met teksten.</translation>
    </message>
    <message>
        <source>The %1 is not valid.</source>
        <translation>Er klopt iets niet met %1.</translation>
    </message>
    <message>
        <source>A database key must be 32 bytes.</source>
        <translation>Een databasesleutel moet 32 bytes zijn.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Het wachtwoord is leeg. Typ je wachtwoord.</translation>
    </message>
    <message>
        <source>The passphrase contains a character that is not allowed.</source>
        <translation>Er staat een teken in het wachtwoord dat niet mag. Laat dat teken weg.</translation>
    </message>
    <message>
        <source>There is no plan file here.</source>
        <translation>Er staat hier geen planbestand.</translation>
    </message>
    <message>
        <source>A plan file cannot be decrypted in place.</source>
        <translation>Een planbestand kan niet op dezelfde plek worden ontsleuteld.</translation>
    </message>
    <message>
        <source>There is already a plan file in this folder.</source>
        <translation>Er staat al een planbestand in deze map.</translation>
    </message>
    <message>
        <source>The folder for the plan file could not be made.</source>
        <translation>Samen kon de map voor het planbestand niet maken.</translation>
    </message>
    <message>
        <source>This field has no value yet.</source>
        <translation>Dit veld is nog leeg.</translation>
    </message>
    <message>
        <source>This change is not waiting to be sent.</source>
        <translation>Deze wijziging staat niet klaar om te worden verstuurd.</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of Samen. Update Samen to open it.</source>
        <translation>Dit plan is bewaard met een nieuwere versie van Samen. Werk Samen bij om het te openen.</translation>
    </message>
    <message>
        <source>Something went wrong in the plan store.</source>
        <translation>Er ging iets mis bij het bewaren of lezen van het plan.</translation>
    </message>
    <message>
        <source>The passphrase or key is wrong.</source>
        <translation>Het wachtwoord of de sleutel klopt niet.</translation>
    </message>
    <message>
        <source>This plan file is damaged or incomplete.</source>
        <translation>Dit planbestand is beschadigd of niet compleet.</translation>
    </message>
    <message>
        <source>This file is not a Samen plan.</source>
        <translation>Dit bestand is geen plan van Samen.</translation>
    </message>
    <message>
        <source>The plan file is in use by another program. Close it and try again.</source>
        <translation>Een ander programma gebruikt het planbestand. Sluit dat programma en probeer het nog een keer.</translation>
    </message>
    <message>
        <source>The plan file could not be read or written. Check that the disk is not full and that Samen may use its folder.</source>
        <translation>Samen kon het planbestand niet lezen of bewaren. Kijk of de schijf niet vol is en of Samen de map mag gebruiken.</translation>
    </message>
    <message>
        <source>The plan file is in use elsewhere; deleted data is removed fully next time.</source>
        <translation>Het planbestand is ergens anders in gebruik. Verwijderde gegevens worden de volgende keer helemaal gewist.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 has withdrawn your access to %2. That part of the plan is no longer on this device.</source>
        <translation>%1 heeft je toegang tot %2 ingetrokken. Dat deel van het plan staat niet meer op dit apparaat.</translation>
    </message>
    <message>
        <source>%1 has withdrawn your access to %2. Those parts of the plan are no longer on this device.</source>
        <translation>%1 heeft je toegang tot %2 ingetrokken. Die delen van het plan staan niet meer op dit apparaat.</translation>
    </message>
    <message>
        <source>%1 has removed you from the plan. The plan is no longer on this device.</source>
        <translation>%1 heeft je uit het plan gehaald. Het plan staat niet meer op dit apparaat.</translation>
    </message>
    <message>
        <source>This change is not among the refused ones.</source>
        <translation>Deze wijziging staat niet bij de geweigerde wijzigingen.</translation>
    </message>
    <message>
        <source>This computer has no system keychain Samen can use. Protect the plan with a passphrase instead.</source>
        <translation>Deze computer heeft geen beveiligde opslag die Samen kan gebruiken. Beveilig je plan met een wachtwoord.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (for example by signing in to this computer again) and try again, or use a passphrase.</source>
        <translation>De beveiligde opslag van deze computer is op slot. Maak hem open (bijvoorbeeld door opnieuw in te loggen op deze computer) en probeer het nog een keer. Of gebruik een wachtwoord.</translation>
    </message>
    <message>
        <source>The key in the system keychain is not a Samen key.</source>
        <translation>De sleutel in de beveiligde opslag is geen sleutel van Samen.</translation>
    </message>
    <message>
        <source>The system keychain holds no key for this plan.</source>
        <translation>In de beveiligde opslag staat geen sleutel voor dit plan.</translation>
    </message>
    <message>
        <source>Samen was not allowed to use the system keychain.</source>
        <translation>Samen mocht de beveiligde opslag niet gebruiken.</translation>
    </message>
    <message>
        <source>The system keychain could not be used.</source>
        <translation>De beveiligde opslag kon niet worden gebruikt.</translation>
    </message>
    <message>
        <source>Nothing was changed. Next step: samen-cli repair. It keeps the damaged file, makes a new one with the changes not yet sent that can still be read and, when this device is connected to a service, fetches the plan from there again.</source>
        <translation>Er is niets veranderd. Volgende stap: samen-cli repair. Dat bewaart het beschadigde bestand, maakt een nieuw bestand met de wijzigingen die nog niet verstuurd zijn en nog te lezen zijn, en haalt het plan opnieuw op bij de dienst als dit apparaat daarmee verbonden is.</translation>
    </message>
    <message>
        <source>Start a new plan: samen-cli init --name NAME
Or join a plan with a code from its owner: samen-cli join CODE --service URL</source>
        <translation>Begin een nieuw plan: samen-cli init --name NAAM
Of doe mee met een plan met een code van de eigenaar: samen-cli join CODE --service URL</translation>
    </message>
    <message>
        <source>There is no plan in %1 yet.</source>
        <translation>Er is nog geen plan in %1.</translation>
    </message>
    <message>
        <source>This device holds no plan: joining a plan did not finish.</source>
        <translation>Dit apparaat heeft geen plan: meedoen met een plan is niet gelukt.</translation>
    </message>
    <message>
        <source>This device holds no plan yet.</source>
        <translation>Dit apparaat heeft nog geen plan.</translation>
    </message>
    <message>
        <source>You asked to join this plan, and it has not arrived on this device yet.
Next step: once the plan's owner has let you in, run: samen-cli sync</source>
        <translation>Je hebt gevraagd om mee te doen met dit plan, maar het plan staat nog niet op dit apparaat.
Volgende stap: als de eigenaar van het plan je heeft toegelaten, voer dan uit: samen-cli sync</translation>
    </message>
    <message>
        <source>There is no plan file here to repair.</source>
        <translation>Er is hier geen planbestand om te herstellen.</translation>
    </message>
    <message>
        <source>The damaged file is kept in %1.</source>
        <translation>Het beschadigde bestand is bewaard in %1.</translation>
    </message>
    <message>
        <source>Changes not yet sent that could still be read: %1, kept in the new file.</source>
        <translation>Wijzigingen die nog niet verstuurd waren en nog te lezen waren: %1, bewaard in het nieuwe bestand.</translation>
    </message>
    <message>
        <source>Some changes not yet sent were on damaged parts of the file and could not be read.</source>
        <translation>Sommige wijzigingen die nog niet verstuurd waren, stonden in beschadigde delen van het bestand en konden niet gelezen worden.</translation>
    </message>
    <message>
        <source>This device was not connected to a service: your plan was rebuilt from what could still be read here.</source>
        <translation>Dit apparaat was niet verbonden met een dienst: je plan is opnieuw opgebouwd uit wat hier nog te lezen was.</translation>
    </message>
    <message>
        <source>The new file is ready, but the plan could not be fetched from the service yet: %1
Next step: samen-cli sync</source>
        <translation>Het nieuwe bestand is klaar, maar het plan kon nog niet opgehaald worden bij de dienst: %1
Volgende stap: samen-cli sync</translation>
    </message>
    <message>
        <source>This device's copy of the plan was rebuilt from the service (%1 changes received, %2 sent).</source>
        <translation>Het plan op dit apparaat is opnieuw opgebouwd vanuit de dienst (%1 wijzigingen ontvangen, %2 verstuurd).</translation>
    </message>
    <message>
        <source>The plan file is not damaged: there is nothing to repair.</source>
        <translation>Het planbestand is niet beschadigd: er is niets te herstellen.</translation>
    </message>
    <message>
        <source>The damaged plan file could not be moved aside. Nothing was changed.</source>
        <translation>Het beschadigde planbestand kon niet opzij gezet worden. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>%1 has withdrawn all your access. The plan is no longer on this device. You are still a member: when %1 shares a part of the plan with you again, it comes back at the next sync.</source>
        <translation>%1 heeft al je toegang ingetrokken. Het plan staat niet meer op dit apparaat. Je bent nog wel lid: als %1 weer een deel van het plan met je deelt, komt het bij de volgende synchronisatie terug.</translation>
    </message>
    <message>
        <source>The plan's owner</source>
        <translation>De eigenaar van het plan</translation>
    </message>
    <message>
        <source>The %1 contains a character that reverses the order of letters (U+202D or U+202E). Remove it.</source>
        <translation>Er staat een teken in %1 dat de volgorde van de letters omdraait (U+202D of U+202E). Haal dat teken weg.</translation>
    </message>
    <message>
        <source>The %1 contains a hidden character that changes the direction of text. Remove it and write the %1 as it should read.</source>
        <translation>Er staat een verborgen teken in %1 dat de richting van de tekst verandert. Haal het weg en schrijf %1 zoals het gelezen moet worden.</translation>
    </message>
    <message>
        <source>The %1 contains characters that are not valid text. Type it again.</source>
        <translation>Er staan tekens in %1 die geen geldige tekst zijn. Typ het opnieuw.</translation>
    </message>
    <message>
        <source>The %1 is too large to send: at most %2 kB. Make it shorter.</source>
        <translation>Wat je bij %1 schreef is te groot om te versturen: maximaal %2 kB. Maak het korter.</translation>
    </message>
    <message>
        <source>Only the plan's owner may change this. Nothing was saved.</source>
        <translation>Alleen de eigenaar van het plan mag dit veranderen. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>You may read this part of the plan, but not change it. Nothing was saved.</source>
        <translation>Je mag dit deel van het plan lezen, maar niet veranderen. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>This change was refused because it is not allowed or not valid: sending it again cannot help. Nothing was changed. Discard it, or ask the plan's owner for access.</source>
        <translation>Deze wijziging is geweigerd omdat ze niet mag of niet klopt: opnieuw versturen helpt niet. Er is niets veranderd. Gooi haar weg, of vraag de eigenaar van het plan om toegang.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nog niet begonnen</translation>
    </message>
    <message>
        <source>Busy with it</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Even gestopt</translation>
    </message>
    <message>
        <source>Plan started</source>
        <translation>Plan begonnen</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>Stap klaar</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Doel bereikt</translation>
    </message>
    <message>
        <source>Rated a life domain</source>
        <translation>Cijfer gegeven voor een levensgebied</translation>
    </message>
    <message>
        <source>Someone joined</source>
        <translation>Iemand doet mee</translation>
    </message>
    <message>
        <source>New coordinator</source>
        <translation>Nieuwe vaste contactpersoon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Earlier text brought back</source>
        <translation>Eerdere tekst teruggezet</translation>
    </message>
    <message>
        <source>This item already exists as another kind of item. Its kind cannot change.</source>
        <translation>Dit onderdeel bestaat al als een ander soort onderdeel. Het soort kan niet veranderen.</translation>
    </message>
    <message>
        <source>This change is dated in the future, so the date or time on the device that made it is wrong. Set it right, then make the change again.</source>
        <translation>Deze wijziging heeft een datum in de toekomst. De datum of tijd op het apparaat dat haar maakte klopt dus niet. Zet die goed en maak de wijziging opnieuw.</translation>
    </message>
    <message>
        <source>A self-assessment is about today or a day that has passed. Choose another date.</source>
        <translation>Een cijfer gaat over vandaag of een dag die al voorbij is. Kies een andere datum.</translation>
    </message>
    <message>
        <source>samen-cli sync retry --all sends it again.</source>
        <translation>samen-cli sync retry --all verstuurt haar opnieuw.</translation>
    </message>
    <message>
        <source>samen-cli sync discard --all drops it.</source>
        <translation>samen-cli sync discard --all gooit haar weg.</translation>
    </message>
    <message>
        <source>Not connected to a service.</source>
        <translation>Niet verbonden met een dienst.</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Bezig met bijwerken...</translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1; %n change(s) waiting.</source>
        <translation>
            <numerusform>Offline sinds %1; %n wijziging wacht.</numerusform>
            <numerusform>Offline sinds %1; %n wijzigingen wachten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Bijwerken is mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n wijziging wacht om verstuurd te worden.</numerusform>
            <numerusform>%n wijzigingen wachten om verstuurd te worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is synced.</source>
        <translation>Alles is bijgewerkt.</translation>
    </message>
    <message>
        <source>This device's sign-in key in the plan store is damaged.</source>
        <translation>De sleutel waarmee dit apparaat zich aanmeldt, is beschadigd in het planbestand.</translation>
    </message>
    <message>
        <source>Could not make a key for this device.</source>
        <translation>Er kon geen sleutel voor dit apparaat gemaakt worden.</translation>
    </message>
    <message>
        <source>The live connection stopped answering.</source>
        <translation>De directe verbinding geeft geen antwoord meer.</translation>
    </message>
    <message>
        <source>The service's public key does not match the pin.</source>
        <translation>De openbare sleutel van de dienst past niet bij de pin.</translation>
    </message>
    <message>
        <source>The live connection to the service closed.</source>
        <translation>De directe verbinding met de dienst is gesloten.</translation>
    </message>
    <message>
        <source>The service address must look like https://host:port (only https is allowed).</source>
        <translation>Het adres van de dienst moet eruitzien als https://host:poort (alleen https mag).</translation>
    </message>
    <message>
        <source>The service knows this plan's owner by another member id; this device cannot sync it.</source>
        <translation>De dienst kent de eigenaar van dit plan onder een ander lid-id. Dit apparaat kan het plan daarom niet bijwerken.</translation>
    </message>
    <message>
        <source>This plan's id is already taken at the service by someone else's account.</source>
        <translation>Het id van dit plan is bij de dienst al in gebruik door het account van iemand anders.</translation>
    </message>
    <message>
        <source>This device already holds a plan.</source>
        <translation>Op dit apparaat staat al een plan.</translation>
    </message>
    <message>
        <source>Your account has no plan at the service yet: connect the device that holds your plan first.</source>
        <translation>Je account heeft nog geen plan bij de dienst. Verbind eerst het apparaat waarop je plan staat.</translation>
    </message>
    <message>
        <source>Your account takes part in several plans; join the one you want with its invitation.</source>
        <translation>Je account doet mee met meer dan één plan. Doe mee met het plan dat je wilt, met de uitnodiging daarvan.</translation>
    </message>
    <message>
        <source>This device already holds a plan; join from a new data folder.</source>
        <translation>Op dit apparaat staat al een plan. Doe mee vanuit een nieuwe gegevensmap.</translation>
    </message>
    <message>
        <source>This plan is not connected to a service yet: use connect first.</source>
        <translation>Dit plan is nog niet verbonden met een dienst. Gebruik eerst: samen-cli connect</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Het bijwerken is al bezig.</translation>
    </message>
    <message>
        <source>The service answered a push without accepting or refusing anything.</source>
        <translation>De dienst gaf antwoord op verstuurde wijzigingen, maar nam niets aan en weigerde ook niets.</translation>
    </message>
    <message>
        <source>The service sent an incomplete snapshot of the plan; it is asked again.</source>
        <translation>De dienst stuurde het plan niet helemaal. Het wordt opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>This device is not connected to a service yet: use connect first.</source>
        <translation>Dit apparaat is nog niet verbonden met een dienst. Gebruik eerst: samen-cli connect</translation>
    </message>
    <message>
        <source>The service's public key does not match the pin given with --pin-sha256. Nothing was sent. Check the pin the service printed, or that you reach the right service.</source>
        <translation>De openbare sleutel van de dienst past niet bij de pin van --pin-sha256. Er is niets verstuurd. Kijk of de pin klopt die de dienst liet zien, en of je de goede dienst bereikt.</translation>
    </message>
    <message>
        <source>Could not reach the service at %1. Your changes are kept and sent later.</source>
        <translation>De dienst op %1 is niet bereikbaar. Je wijzigingen blijven bewaard en worden later verstuurd.</translation>
    </message>
    <message>
        <source>This device is not enrolled with the service yet: use connect first.</source>
        <translation>Dit apparaat is nog niet aangemeld bij de dienst. Gebruik eerst: samen-cli connect</translation>
    </message>
    <message>
        <source>The pin must be the SHA-256 of the service's public key: 64 hexadecimal digits, as the service prints it.</source>
        <translation>De pin moet de SHA-256 van de openbare sleutel van de dienst zijn: 64 hexadecimale tekens, zoals de dienst die laat zien.</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Het certificaatbestand %1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>In het bestand %1 staat geen PEM-certificaat.</translation>
    </message>
    <message>
        <source>The service's certificate is not trusted by this device. If it is your own service, give its certificate with --ca-file.</source>
        <translation>Dit apparaat vertrouwt het certificaat van de dienst niet. Is het je eigen dienst? Geef dan het certificaat mee met --ca-file.</translation>
    </message>
    <message>
        <source>The service's certificate is not valid yet: check this device's date and time.</source>
        <translation>Het certificaat van de dienst geldt nog niet. Kijk of de datum en tijd van dit apparaat kloppen.</translation>
    </message>
    <message>
        <source>The service's certificate was made for another address than the one given.</source>
        <translation>Het certificaat van de dienst is gemaakt voor een ander adres dan het adres dat je gaf.</translation>
    </message>
    <message>
        <source>The service's certificate was revoked.</source>
        <translation>Het certificaat van de dienst is ingetrokken.</translation>
    </message>
    <message>
        <source>The secure connection to the service failed.</source>
        <translation>De beveiligde verbinding met de dienst is mislukt.</translation>
    </message>
    <message>
        <source>The service's answer about your access was incomplete; it is asked again at the next sync.</source>
        <translation>Het antwoord van de dienst over wat je mag zien was niet compleet. Het wordt de volgende keer opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 heeft een waarde nodig.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Onbekende optie --%1.</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-12-31.</source>
        <translation>--%1 moet een datum zijn, zoals 2026-12-31.</translation>
    </message>
    <message>
        <source>No passphrase: set SAMEN_PASSPHRASE or run samen-cli in a terminal.</source>
        <translation>Geen wachtwoord. Zet SAMEN_PASSPHRASE, of start samen-cli in een terminal.</translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation>Er is geen wachtwoord gegeven.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>There is already a plan in %1. Nothing was changed.</source>
        <translation>Er staat al een plan in %1. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoord</translation>
    </message>
    <message>
        <source>
See: samen-cli help</source>
        <translation>
Zie: samen-cli help</translation>
    </message>
    <message>
        <source>Samen %1
Qt %2
SQLCipher %3 (crypto: %4)
SQLite %5</source>
        <translation>Samen %1
Qt %2
SQLCipher %3 (versleuteling: %4)
SQLite %5</translation>
    </message>
    <message>
        <source>print the versions of Samen, Qt, SQLCipher and SQLite</source>
        <translation>toon de versies van Samen, Qt, SQLCipher en SQLite</translation>
    </message>
    <message>
        <source>--name NAME [--framework default|positive-health|self-reliance]: make a new plan</source>
        <translation>--name NAAM [--framework default|positive-health|self-reliance]: maak een nieuw plan</translation>
    </message>
    <message>
        <source>[--extra-goals N]: make Robin's demo plan</source>
        <translation>[--extra-goals N]: maak het voorbeeldplan van Robin</translation>
    </message>
    <message>
        <source>show the whole plan</source>
        <translation>toon het hele plan</translation>
    </message>
    <message>
        <source>TEXT: write my story</source>
        <translation>TEKST: schrijf mijn verhaal</translation>
    </message>
    <message>
        <source>life domains, most important first</source>
        <translation>levensgebieden, belangrijkste eerst</translation>
    </message>
    <message>
        <source>KEY...: put domains in this order</source>
        <translation>GEBIED...: zet de levensgebieden in deze volgorde</translation>
    </message>
    <message>
        <source>KEY --score 1-10 [--note TEXT]: how is it going</source>
        <translation>GEBIED --score 1-10 [--note TEKST]: hoe gaat het</translation>
    </message>
    <message>
        <source>goals and their steps</source>
        <translation>doelen en hun stappen</translation>
    </message>
    <message>
        <source>OP_ID|--all: send refused changes again</source>
        <translation>WIJZIGING_ID|--all: verstuur geweigerde wijzigingen opnieuw</translation>
    </message>
    <message>
        <source>OP_ID|--all: drop refused changes from this device</source>
        <translation>WIJZIGING_ID|--all: haal geweigerde wijzigingen van dit apparaat</translation>
    </message>
    <message>
        <source>[--watch]: send waiting changes and fetch new ones (one round, or until stopped)</source>
        <translation>[--watch]: verstuur wachtende wijzigingen en haal nieuwe op (één keer, of tot je stopt)</translation>
    </message>
    <message>
        <source>rebuild a damaged plan file: keep it aside, keep unsent changes, fetch the plan from the service again</source>
        <translation>herstel een beschadigd planbestand: bewaar het apart, houd niet verstuurde wijzigingen, haal het plan opnieuw op bij de dienst</translation>
    </message>
    <message>
        <source>the devices of your account at the service</source>
        <translation>de apparaten van je account bij de dienst</translation>
    </message>
    <message>
        <source>invitations not yet redeemed</source>
        <translation>uitnodigingen die nog niet gebruikt zijn</translation>
    </message>
    <message>
        <source>
The passphrase comes from SAMEN_PASSPHRASE or is asked without showing it.
Exit codes: 0 ok, 1 other error, 2 usage, 3 invalid input, 4 wrong passphrase or key,
5 damaged, not a Samen file or too new (a damaged file: samen-cli repair).
</source>
        <translation>
Het wachtwoord komt uit SAMEN_PASSPHRASE, of wordt gevraagd zonder dat je het ziet.
Afsluitcodes: 0 gelukt, 1 ander probleem, 2 verkeerd gebruik, 3 ongeldige invoer, 4 verkeerd wachtwoord of verkeerde sleutel,
5 beschadigd, geen bestand van Samen of te nieuw (een beschadigd bestand: samen-cli repair).
</translation>
    </message>
    <message>
        <source>--language must be nl or en.</source>
        <translation>--language moet nl of en zijn.</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1.</source>
        <translation>Onbekende of onvolledige optie %1.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Onbekende opdracht "%1".</translation>
    </message>
    <message>
        <source>Argument %1 is not valid text (UTF-8). Nothing was changed. Type it again, or check the terminal's character set.</source>
        <translation>Argument %1 is geen geldige tekst (UTF-8). Er is niets veranderd. Typ het opnieuw, of kijk naar de tekenset van de terminal.</translation>
    </message>
    <message>
        <source>--extra-goals must be a number from 0 to 5000.</source>
        <translation>--extra-goals moet een getal van 0 tot en met 5000 zijn.</translation>
    </message>
    <message>
        <source>Usage: samen-cli demo [--extra-goals N]</source>
        <translation>Gebruik: samen-cli demo [--extra-goals N]</translation>
    </message>
    <message>
        <source>Robin's demo plan is ready (%1 changes).</source>
        <translation>Het voorbeeldplan van Robin is klaar (%1 wijzigingen).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>nog geen cijfer</translation>
    </message>
    <message>
        <source>%1/10 on %2</source>
        <translation>%1/10 op %2</translation>
    </message>
    <message>
        <source>Usage: samen-cli init --name NAME [--framework default|positive-health|self-reliance] [--owner YOUR_NAME]</source>
        <translation>Gebruik: samen-cli init --name NAAM [--framework default|positive-health|self-reliance] [--owner JOUW_NAAM]</translation>
    </message>
    <message>
        <source>Unknown framework "%1". Choose one of: %2.</source>
        <translation>Onbekende indeling "%1". Kies een van deze: %2.</translation>
    </message>
    <message>
        <source>Usage: samen-cli plan show</source>
        <translation>Gebruik: samen-cli plan show</translation>
    </message>
    <message>
        <source>You cannot see any part of this plan at the moment, so nothing of it is kept on this device. Ask the plan's owner to share a part with you again; samen-cli sync then brings it back.</source>
        <translation>Je kunt op dit moment geen enkel deel van dit plan zien. Daarom staat er niets van op dit apparaat. Vraag de eigenaar van het plan om weer een deel met je te delen. Daarna haalt samen-cli sync het terug.</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(nog niet geschreven)</translation>
    </message>
    <message>
        <source>My story: %1</source>
        <translation>Mijn verhaal: %1</translation>
    </message>
    <message>
        <source>Story of %1: %2</source>
        <translation>Verhaal van %1: %2</translation>
    </message>
    <message>
        <source>Story of the plan's owner: %1</source>
        <translation>Verhaal van de eigenaar van het plan: %1</translation>
    </message>
    <message>
        <source>  Note: the story was changed in two places at once. Both versions are kept; choose one with: samen-cli story set TEXT</source>
        <translation>  Let op: het verhaal is op twee plekken tegelijk veranderd. Beide versies zijn bewaard. Kies er een met: samen-cli story set TEKST</translation>
    </message>
    <message>
        <source>Life domains, most important first:</source>
        <translation>Levensgebieden, belangrijkste eerst:</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Doelen: %1</translation>
    </message>
    <message numerus="yes">
        <source>  [%1] %2 (%3, %n open step(s))</source>
        <translation>
            <numerusform>  [%1] %2 (%3, %n stap nog te doen)</numerusform>
            <numerusform>  [%1] %2 (%3, %n stappen nog te doen)</numerusform>
        </translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Mensen: %1</translation>
    </message>
    <message>
        <source>, coordinator</source>
        <translation>, vaste contactpersoon</translation>
    </message>
    <message>
        <source>Written in two places at once (both versions kept): %1</source>
        <translation>Op twee plekken tegelijk geschreven (beide versies bewaard): %1</translation>
    </message>
    <message>
        <source>What happened, newest first: %1</source>
        <translation>Wat er gebeurde, nieuwste eerst: %1</translation>
    </message>
    <message>
        <source>Usage: samen-cli story set TEXT</source>
        <translation>Gebruik: samen-cli story set TEKST</translation>
    </message>
    <message>
        <source>Your story is saved.</source>
        <translation>Je verhaal is bewaard.</translation>
    </message>
    <message>
        <source>Usage: samen-cli domain prioritize KEY [KEY...]  (most important first)</source>
        <translation>Gebruik: samen-cli domain prioritize GEBIED [GEBIED...]  (belangrijkste eerst)</translation>
    </message>
    <message>
        <source>Usage: samen-cli domain assess KEY --score 1-10 [--note TEXT] [--date YYYY-MM-DD]</source>
        <translation>Gebruik: samen-cli domain assess GEBIED --score 1-10 [--note TEKST] [--date JJJJ-MM-DD]</translation>
    </message>
    <message>
        <source>The score must be a whole number from 1 to 10.</source>
        <translation>Het cijfer moet een heel getal van 1 tot en met 10 zijn.</translation>
    </message>
    <message>
        <source>Saved: %1 scored %2/10.</source>
        <translation>Bewaard: %1 kreeg een %2 van de 10.</translation>
    </message>
    <message>
        <source>Nothing with id %1 in this plan.</source>
        <translation>Er is niets met id %1 in dit plan.</translation>
    </message>
    <message>
        <source>%1  %2 = %3  (by %4; op %5)</source>
        <translation>%1  %2 = %3  (door %4; wijziging %5)</translation>
    </message>
    <message>
        <source>The earlier value of %1 is back. The newer one stays in the history.</source>
        <translation>De eerdere waarde van %1 is terug. De nieuwere blijft in de geschiedenis.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nieuw wachtwoord nog een keer</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was changed.</source>
        <translation>De twee wachtwoorden zijn niet hetzelfde. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation>Je wachtwoord is veranderd. Gebruik vanaf nu het nieuwe.</translation>
    </message>
    <message>
        <source>Usage: samen-cli repair</source>
        <translation>Gebruik: samen-cli repair</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1. This device is enrolled on your account and takes up your plan: run samen-cli sync to fetch it.</source>
        <translation>Verbonden met %1. Dit apparaat is aangemeld op je account en neemt je plan over. Haal het op met: samen-cli sync</translation>
    </message>
    <message>
        <source>Connected to %1. This device is enrolled and your plan is known to the service.
%2 waiting to be sent: run samen-cli sync.</source>
        <translation>Verbonden met %1. Dit apparaat is aangemeld en de dienst kent je plan.
Nog te versturen: %2. Verstuur met: samen-cli sync</translation>
    </message>
    <message>
        <source>Usage: samen-cli sync [--watch]  |  samen-cli sync status</source>
        <translation>Gebruik: samen-cli sync [--watch]  |  samen-cli sync status</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Verstuurd: %1. Ontvangen: %2.</translation>
    </message>
    <message>
        <source>Usage: samen-cli sync status</source>
        <translation>Gebruik: samen-cli sync status</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <source>There are no refused changes.</source>
        <translation>Er zijn geen geweigerde wijzigingen.</translation>
    </message>
    <message>
        <source>There is no refused change with that id.</source>
        <translation>Er is geen geweigerde wijziging met dat id.</translation>
    </message>
    <message>
        <source>Usage: samen-cli sync retry OP_ID|--all  (sends refused changes again, stamped with the current time)</source>
        <translation>Gebruik: samen-cli sync retry WIJZIGING_ID|--all  (verstuurt geweigerde wijzigingen opnieuw, met de tijd van nu)</translation>
    </message>
    <message>
        <source>None of the refused changes can be sent again: they are not allowed or not valid. Nothing was changed. Discard them (samen-cli sync discard --all), or ask the plan's owner for access.</source>
        <translation>Geen van de geweigerde wijzigingen kan opnieuw verstuurd worden: ze mogen niet of ze kloppen niet. Er is niets veranderd. Gooi ze weg (samen-cli sync discard --all), of vraag de eigenaar van het plan om toegang.</translation>
    </message>
    <message>
        <source>%1 back in line, with the current time: they are sent with the next sync.</source>
        <translation>%1 weer in de wachtrij, met de tijd van nu. Ze worden de volgende keer verstuurd.</translation>
    </message>
    <message>
        <source>
%1 cannot be sent again (not allowed or not valid): discard them with samen-cli sync discard.</source>
        <translation>
Niet opnieuw te versturen (mag niet of klopt niet): %1. Gooi weg met: samen-cli sync discard</translation>
    </message>
    <message>
        <source>Usage: samen-cli sync discard OP_ID|--all  (drops refused changes from this device for good)</source>
        <translation>Gebruik: samen-cli sync discard WIJZIGING_ID|--all  (haalt geweigerde wijzigingen voorgoed van dit apparaat)</translation>
    </message>
    <message>
        <source>Usage: samen-cli device list</source>
        <translation>Gebruik: samen-cli device list</translation>
    </message>
    <message>
        <source>  revoked</source>
        <translation>  ingetrokken</translation>
    </message>
    <message>
        <source>  (this device)</source>
        <translation>  (dit apparaat)</translation>
    </message>
    <message>
        <source>This device knows no one in this plan called %1, or with that id. Nothing was saved.
samen-cli member list shows the people this device knows. Someone who is not on that list cannot be chosen here: ask the plan's owner to add them to the plan first, then run samen-cli sync.</source>
        <translation>Dit apparaat kent niemand in dit plan die %1 heet of dat id heeft. Er is niets bewaard.
De mensen die dit apparaat kent, zie je met: samen-cli member list
Wie daar niet bij staat, kun je hier niet kiezen. Vraag de eigenaar van het plan om die persoon eerst toe te voegen. Haal het daarna op met: samen-cli sync</translation>
    </message>
    <message>
        <source>Usage: samen-cli goal add --domain KEY TITLE [--why TEXT] [--due YYYY-MM-DD]</source>
        <translation>Gebruik: samen-cli goal add --domain GEBIED TITEL [--why TEKST] [--due JJJJ-MM-DD]</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, klaar op %1</translation>
    </message>
    <message>
        <source>No goals yet. Add one with: samen-cli goal add --domain KEY TITLE</source>
        <translation>Nog geen doelen. Voeg er een toe met: samen-cli goal add --domain GEBIED TITEL</translation>
    </message>
    <message>
        <source>Well done! "%1" is done.</source>
        <translation>Goed gedaan! "%1" is klaar.</translation>
    </message>
    <message>
        <source>Usage: samen-cli member add --kind network|professional --name NAME [--relation R] [--organisation O] [--role R] [--domains KEY,...] [--contact TEXT]</source>
        <translation>Gebruik: samen-cli member add --kind network|professional --name NAAM [--relation R] [--organisation O] [--role R] [--domains GEBIED,...] [--contact TEKST]</translation>
    </message>
    <message>
        <source>%1 now coordinates your plan.</source>
        <translation>%1 is nu de vaste contactpersoon van je plan.</translation>
    </message>
    <message>
        <source>device name</source>
        <translation>de apparaatnaam</translation>
    </message>
    <message>
        <source>owner of the plan</source>
        <translation>eigenaar van het plan</translation>
    </message>
    <message>
        <source>own network</source>
        <translation>uit de eigen omgeving</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>hulpverlener</translation>
    </message>
    <message>
        <source>The service did not allow this.</source>
        <translation>De dienst stond dit niet toe.</translation>
    </message>
    <message>
        <source>The service does not know what was asked for.</source>
        <translation>De dienst kent niet wat er gevraagd werd.</translation>
    </message>
    <message>
        <source>This does not fit with what the service already holds.</source>
        <translation>Dit past niet bij wat de dienst al heeft.</translation>
    </message>
    <message>
        <source>Type or paste the invitation code or link you were given.</source>
        <translation>Typ of plak de uitnodigingscode of -link die je hebt gekregen.</translation>
    </message>
    <message>
        <source>This is not an invitation code or link. Check that you copied all of it.</source>
        <translation>Dit is geen uitnodigingscode of -link. Kijk of je alles hebt gekopieerd.</translation>
    </message>
    <message>
        <source>The invitation link has no valid code in it. Check that you copied all of it.</source>
        <translation>In de uitnodigingslink staat geen geldige code. Kijk of je alles hebt gekopieerd.</translation>
    </message>
    <message>
        <source>The invitation link does not name a secure service address (https). Ask for a new link.</source>
        <translation>De uitnodigingslink noemt geen veilig adres van de dienst (https). Vraag om een nieuwe link.</translation>
    </message>
    <message>
        <source>The service's fingerprint in the link is not complete. Ask for a new link.</source>
        <translation>De vingerafdruk van de dienst in de link is niet compleet. Vraag om een nieuwe link.</translation>
    </message>
    <message>
        <source>Usage: samen-cli invite list</source>
        <translation>Gebruik: samen-cli invite list</translation>
    </message>
    <message>
        <source>%1: %2; the invitation can be used until %3 (to withdraw it: samen-cli invite withdraw %4)</source>
        <translation>%1: %2; de uitnodiging werkt tot %3 (intrekken: samen-cli invite withdraw %4)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>No invitations are waiting to be redeemed.</source>
        <translation>Er wachten geen uitnodigingen om gebruikt te worden.</translation>
    </message>
    <message>
        <source>Invitation withdrawn: its code no longer works.</source>
        <translation>Uitnodiging ingetrokken: de code werkt niet meer.</translation>
    </message>
    <message>
        <source>Usage: samen-cli grant set MEMBER_ID DOMAIN read|write|none</source>
        <translation>Gebruik: samen-cli grant set LID_ID GEBIED read|write|none</translation>
    </message>
    <message>
        <source>The access must be read, write or none.</source>
        <translation>De toegang moet read, write of none zijn.</translation>
    </message>
    <message>
        <source>A member id is up to 64 letters, digits, "-" or "_".</source>
        <translation>Een lid-id bestaat uit hooguit 64 letters, cijfers, "-" of "_".</translation>
    </message>
    <message>
        <source>This member has no access to %1 to withdraw.</source>
        <translation>Dit lid heeft geen toegang tot %1 om in te trekken.</translation>
    </message>
    <message>
        <source>Access to %1 withdrawn. The member's devices delete that part of the plan at their next sync.</source>
        <translation>Toegang tot %1 ingetrokken. De apparaten van het lid wissen dat deel van het plan bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>The member may now see and change %1.</source>
        <translation>Het lid mag nu %1 zien en wijzigen.</translation>
    </message>
    <message>
        <source>The member may now see %1.</source>
        <translation>Het lid mag nu %1 zien.</translation>
    </message>
    <message>
        <source>Usage: samen-cli device add  (prints a one-time code for your next device)</source>
        <translation>Gebruik: samen-cli device add  (toont een eenmalige code voor je volgende apparaat)</translation>
    </message>
    <message>
        <source>Usage: samen-cli log [--member NAME_OR_ID]</source>
        <translation>Gebruik: samen-cli log [--member NAAM_OF_ID]</translation>
    </message>
    <message>
        <source>Nothing in the access log yet.</source>
        <translation>Er staat nog niets in het toegangslogboek.</translation>
    </message>
    <message>
        <source>Keeping the plan in sync; stop with Ctrl+C.</source>
        <translation>Het plan blijft gesynchroniseerd; stop met Ctrl+C.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <source>everyone in the plan: in it, waiting to be let in, invited</source>
        <translation>iedereen in het plan: wie erin zit, wie wacht om toegelaten te worden, wie is uitgenodigd</translation>
    </message>
    <message>
        <source>NAME|ID: let someone who joined with your invitation in</source>
        <translation>NAAM|ID: laat iemand toe die zich met je uitnodiging aanmeldde</translation>
    </message>
    <message>
        <source>NAME|ID: do not let someone who joined in</source>
        <translation>NAAM|ID: laat iemand die zich aanmeldde niet toe</translation>
    </message>
    <message>
        <source>NAME|ID DOMAIN none|read|write [--purpose TEXT] [--until DATE]: what a person may see and change</source>
        <translation>NAAM|ID GEBIED none|read|write [--purpose TEKST] [--until DATUM]: wat iemand mag zien en veranderen</translation>
    </message>
    <message>
        <source>[--member NAME|ID]: who looked at or changed what, and when (the service's access log), in words</source>
        <translation>[--member NAAM|ID]: wie wat bekeek of veranderde, en wanneer (het logboek van de dienst), in woorden</translation>
    </message>
    <message>
        <source>--kind network|professional --name N --grant DOMAIN:read|write ... [--relation R] [--organisation O] [--role R] [--purpose P] [--until DATE] [--member NAME|ID] [--expires 7d]: prints a one-time code and link</source>
        <translation>--kind network|professional --name N --grant GEBIED:read|write ... [--relation R] [--organisation O] [--role R] [--purpose P] [--until DATUM] [--member NAAM|ID] [--expires 7d]: geeft een eenmalige code en link</translation>
    </message>
    <message>
        <source>LINK|CODE [--name NAME] [--preview] [--service URL] [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE]: join a plan you were invited to</source>
        <translation>LINK|CODE [--name NAAM] [--preview] [--service URL] [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE]: doe mee met een plan waarvoor je bent uitgenodigd</translation>
    </message>
    <message>
        <source>Nobody called %1 is waiting to be let in. See samen-cli member list.</source>
        <translation>Niemand die %1 heet wacht om te worden toegelaten. Zie samen-cli member list.</translation>
    </message>
    <message>
        <source>Nobody called %1 is in the plan at the service. See samen-cli member list.</source>
        <translation>Niemand die %1 heet zit bij de dienst in het plan. Zie samen-cli member list.</translation>
    </message>
    <message>
        <source>may see and change %1</source>
        <translation>mag %1 zien en wijzigen</translation>
    </message>
    <message>
        <source>may see %1</source>
        <translation>mag %1 zien</translation>
    </message>
    <message>
        <source>no access to any life area</source>
        <translation>geen toegang tot een levensgebied</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familie</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>vriend</translation>
    </message>
    <message>
        <source>neighbour</source>
        <translation>buur</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>werkgever</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>vrijwilliger</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <source>--until wants a date from today on, written as year-month-day, for example 2026-12-31.</source>
        <translation>--until wil een datum vanaf vandaag, geschreven als jaar-maand-dag, bijvoorbeeld 2026-12-31.</translation>
    </message>
    <message>
        <source>The plan has no member called %1. See samen-cli member list.</source>
        <translation>Er is geen lid in het plan dat %1 heet. Zie samen-cli member list.</translation>
    </message>
    <message>
        <source>More than one member of the plan has this name. Use their id instead.</source>
        <translation>Meer leden van het plan hebben deze naam. Gebruik hun id.</translation>
    </message>
    <message>
        <source>Usage: samen-cli invite create --kind network|professional --name NAME --grant DOMAIN:read|write ... [--relation R] [--organisation O] [--role R] [--purpose TEXT] [--until YYYY-MM-DD] [--member NAME_OR_ID] [--expires 7d]</source>
        <translation>Gebruik: samen-cli invite create --kind network|professional --name NAAM --grant GEBIED:read|write ... [--relation R] [--organisation O] [--role R] [--purpose TEKST] [--until JJJJ-MM-DD] [--member NAAM_OF_ID] [--expires 7d]</translation>
    </message>
    <message>
        <source>The purpose can be at most 200 characters.</source>
        <translation>Het doel mag hooguit 200 tekens zijn.</translation>
    </message>
    <message>
        <source>A grant looks like DOMAIN:read or DOMAIN:write, e.g. --grant money:read.</source>
        <translation>Toegang schrijf je als GEBIED:read of GEBIED:write, bijvoorbeeld --grant money:read.</translation>
    </message>
    <message>
        <source>Invitation for %1 made. Give them this one-time code or link (they are not shown again):
Code: %2
Link: %3
It can be used until %4.</source>
        <translation>Uitnodiging voor %1 gemaakt. Geef deze eenmalige code of link (ze worden niet opnieuw getoond):
Code: %2
Link: %3
Te gebruiken tot %4.</translation>
    </message>
    <message>
        <source>Usage: samen-cli join LINK_OR_CODE [--name NAME] [--preview] [--service https://HOST:PORT] [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE] [--device-name NAME]</source>
        <translation>Gebruik: samen-cli join LINK_OF_CODE [--name NAAM] [--preview] [--service https://HOST:POORT] [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE] [--device-name NAAM]</translation>
    </message>
    <message>
        <source>A bare code does not say which service to join: add --service https://HOST:PORT.</source>
        <translation>Een losse code zegt niet bij welke dienst je hoort: voeg --service https://HOST:POORT toe.</translation>
    </message>
    <message>
        <source>There is already a plan in %1. Join from a new data folder.</source>
        <translation>Er staat al een plan in %1. Doe mee vanuit een nieuwe gegevensmap.</translation>
    </message>
    <message>
        <source>%1 invites you to help with their plan.</source>
        <translation>%1 nodigt je uit om te helpen met het plan.</translation>
    </message>
    <message>
        <source>You may see and change %1.</source>
        <translation>Je mag %1 zien en wijzigen.</translation>
    </message>
    <message>
        <source>You may see %1.</source>
        <translation>Je mag %1 zien.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Waarom: %1</translation>
    </message>
    <message>
        <source>No life area is offered yet.</source>
        <translation>Er wordt nog geen levensgebied aangeboden.</translation>
    </message>
    <message>
        <source>Until %1.</source>
        <translation>Tot %1.</translation>
    </message>
    <message>
        <source>You asked to join the plan. Once its owner lets you in, run samen-cli sync to receive it.</source>
        <translation>Je hebt gevraagd om mee te doen. Zodra de eigenaar je toelaat, haal je het plan op met samen-cli sync.</translation>
    </message>
    <message>
        <source>Usage: samen-cli member list</source>
        <translation>Gebruik: samen-cli member list</translation>
    </message>
    <message>
        <source>In the plan:</source>
        <translation>In het plan:</translation>
    </message>
    <message>
        <source>Waiting to be let in:</source>
        <translation>Wacht om te worden toegelaten:</translation>
    </message>
    <message>
        <source>Invited, not yet joined:</source>
        <translation>Uitgenodigd, nog niet aangemeld:</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>offered: %1</source>
        <translation>aangeboden: %1</translation>
    </message>
    <message>
        <source>%1; the invitation can be used until %2</source>
        <translation>%1; de uitnodiging werkt tot %2</translation>
    </message>
    <message>
        <source>Let someone in with samen-cli member let-in NAME, or decline with samen-cli member decline NAME.</source>
        <translation>Laat iemand toe met samen-cli member let-in NAAM, of wijs af met samen-cli member decline NAAM.</translation>
    </message>
    <message>
        <source>Usage: samen-cli member let-in NAME_OR_ID</source>
        <translation>Gebruik: samen-cli member let-in NAAM_OF_ID</translation>
    </message>
    <message>
        <source>%1 is in the plan now and %2. Their devices receive it at their next sync.</source>
        <translation>%1 zit nu in het plan en %2. Hun apparaten krijgen het bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Usage: samen-cli member decline NAME_OR_ID</source>
        <translation>Gebruik: samen-cli member decline NAAM_OF_ID</translation>
    </message>
    <message>
        <source>%1 was not let in and sees nothing of your plan.</source>
        <translation>%1 is niet toegelaten en ziet niets van je plan.</translation>
    </message>
    <message>
        <source>Usage: samen-cli access set NAME_OR_ID DOMAIN none|read|write [--purpose TEXT] [--until YYYY-MM-DD]</source>
        <translation>Gebruik: samen-cli access set NAAM_OF_ID GEBIED none|read|write [--purpose TEKST] [--until JJJJ-MM-DD]</translation>
    </message>
    <message>
        <source>The access must be none, read or write.</source>
        <translation>De toegang moet none, read of write zijn.</translation>
    </message>
    <message>
        <source>%1 will no longer see %2. Their devices delete it at their next sync.</source>
        <translation>%1 ziet %2 niet meer. Hun apparaten wissen het bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>%1 may now see and change %2.</source>
        <translation>%1 mag nu %2 zien en wijzigen.</translation>
    </message>
    <message>
        <source>%1 may now see %2, but not change it.</source>
        <translation>%1 mag nu %2 zien, maar niet wijzigen.</translation>
    </message>
    <message>
        <source>This id is already used in the plan, or is not an id.</source>
        <translation>Deze id wordt al gebruikt in het plan, of is geen id.</translation>
    </message>
    <message>
        <source>This kind of item cannot be made here.</source>
        <translation>Dit soort onderdeel kan hier niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The service cannot take this plan under its id: it is in use there by someone else.</source>
        <translation>De dienst kan dit plan niet opnemen onder zijn nummer: iemand anders gebruikt dat daar al.</translation>
    </message>
    <message>
        <source>  %1 of %2</source>
        <translation>  %1 bij %2</translation>
    </message>
    <message>
        <source>Paste the link from your other device, or type the code it shows.</source>
        <translation>Plak de link van je andere apparaat, of typ de code die het laat zien.</translation>
    </message>
    <message>
        <source>This is an invitation to someone's plan, not a code for your own next device. Go back and choose 'I was invited'.</source>
        <translation>Dit is een uitnodiging voor het plan van iemand anders, geen code voor je eigen nieuwe apparaat. Ga terug en kies 'Ik ben uitgenodigd'.</translation>
    </message>
    <message>
        <source>This is not a code or link for a next device. Check that you copied all of it.</source>
        <translation>Dit is geen code of link voor een nieuw apparaat. Kijk of je alles hebt gekopieerd.</translation>
    </message>
    <message>
        <source>The link has no valid code in it. Check that you copied all of it.</source>
        <translation>Er staat geen goede code in de link. Kijk of je alles hebt gekopieerd.</translation>
    </message>
    <message>
        <source>The link does not name a secure service address (https). Make a new code on your other device.</source>
        <translation>De link noemt geen veilig adres van de dienst (https). Maak een nieuwe code op je andere apparaat.</translation>
    </message>
    <message>
        <source>Waiting for the owner of the plan to let you in.</source>
        <translation>Wachten tot de eigenaar van het plan je toelaat.</translation>
    </message>
    <message>
        <source>Waiting for %1 to let you in.</source>
        <translation>Wachten tot %1 je toelaat.</translation>
    </message>
    <message>
        <source>Who helped before: %1</source>
        <translation>Wie hielp eerder: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>since to until</comment>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>%1 no longer helps with this plan (until %2). Nothing was saved. Choose someone who helps now.</source>
        <translation>%1 helpt niet meer mee aan dit plan (tot %2). Er is niets opgeslagen. Kies iemand die nu meehelpt.</translation>
    </message>
    <message>
        <source>, helped until %1</source>
        <translation>, hielp tot %1</translation>
    </message>
    <message>
        <source>%1 was removed from the plan with all their access. Their devices delete the plan at their next sync.</source>
        <translation>%1 is uit het plan verwijderd, met alle toegang. Die apparaten wissen het plan bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>This lasts until %1.</source>
        <translation>Dit geldt tot %1.</translation>
    </message>
    <message>
        <source>Say what the person may see with at least one --grant DOMAIN:read or DOMAIN:write, e.g. --grant money:read. Without it they would see nothing of your plan.</source>
        <translation>Zeg met minstens één --grant GEBIED:read of GEBIED:write wat de persoon mag zien, bijvoorbeeld --grant money:read. Zonder dat zou die niets van je plan zien.</translation>
    </message>
    <message>
        <source>--expires wants a duration from 1 minute to 7 days, such as 7d, 24h or 30m.</source>
        <translation>--expires wil een duur van 1 minuut tot 7 dagen, zoals 7d, 24h of 30m.</translation>
    </message>
    <message>
        <source>not registered with the service as a professional</source>
        <translation>niet bij de dienst ingeschreven als professional</translation>
    </message>
    <message>
        <source>registered with the service as %1 of %2</source>
        <translation>bij de dienst ingeschreven als %1 van %2</translation>
    </message>
    <message>
        <source>used the invitation for %1</source>
        <translation>gebruikte de uitnodiging voor %1</translation>
    </message>
    <message>
        <source>You asked to join %1's plan, and it has not arrived on this device yet.
Next step: once %1 has let you in, run: samen-cli sync</source>
        <translation>Je hebt gevraagd om mee te doen met het plan van %1, maar het plan staat nog niet op dit apparaat.
Volgende stap: als %1 je heeft toegelaten, voer dan uit: samen-cli sync</translation>
    </message>
    <message>
        <source>You asked to join %1's plan. Once %1 lets you in, run samen-cli sync to receive it.</source>
        <translation>Je hebt gevraagd om mee te doen met het plan van %1. Zodra %1 je toelaat, haal je het plan op met samen-cli sync.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>jij</translation>
    </message>
    <message>
        <source>This device knows only what you may see. What the others may see, only the plan's owner knows.</source>
        <translation>Dit apparaat weet alleen wat jij mag zien. Wat de anderen mogen zien, weet alleen de eigenaar van het plan.</translation>
    </message>
    <message>
        <source>This device knows only what you may see. What the others may see, only %1 knows.</source>
        <translation>Dit apparaat weet alleen wat jij mag zien. Wat de anderen mogen zien, weet alleen %1.</translation>
    </message>
    <message>
        <source>The device name contains a hidden character (such as a zero-width space, a direction mark or a soft hyphen). Type the name again without it.</source>
        <translation>De apparaatnaam bevat een verborgen teken (zoals een spatie zonder breedte, een richtingsteken of een zacht afbreekstreepje). Typ de naam opnieuw, zonder dat teken.</translation>
    </message>
    <message>
        <source>The name contains a hidden character (such as a zero-width space, a direction mark or a soft hyphen), so it could look like someone else's name. Type the name again without it.</source>
        <translation>De naam bevat een verborgen teken (zoals een spatie zonder breedte, een richtingsteken of een zacht afbreekstreepje). Zo kan de naam lijken op die van iemand anders. Typ de naam opnieuw, zonder dat teken.</translation>
    </message>
    <message>
        <source>Use single, ordinary spaces between the words of the device name.</source>
        <translation>Zet tussen de woorden van de apparaatnaam steeds één gewone spatie.</translation>
    </message>
    <message>
        <source>Use single, ordinary spaces between the words of the name.</source>
        <translation>Zet tussen de woorden van de naam steeds één gewone spatie.</translation>
    </message>
    <message>
        <source>The device name contains characters that are not valid text. Type it again.</source>
        <translation>De apparaatnaam bevat tekens die geen geldige tekst zijn. Typ hem opnieuw.</translation>
    </message>
    <message>
        <source>The name contains characters that are not valid text. Type it again.</source>
        <translation>De naam bevat tekens die geen geldige tekst zijn. Typ hem opnieuw.</translation>
    </message>
    <message>
        <source>NAME|MEMBER_ID --note TEXT: hand over the coordinator role</source>
        <translation>NAAM --note TEKST: de regie overdragen</translation>
    </message>
    <message>
        <source>who coordinated the plan, and when</source>
        <translation>wie de regie had, en wanneer</translation>
    </message>
    <message>
        <source>everyone who helps: the coordinator first, then each professional, then who helped before</source>
        <translation>iedereen die helpt: eerst wie de regie heeft, dan elke professional, dan wie eerder hielp</translation>
    </message>
    <message>
        <source>TITLE --at DATE_TIME [--minutes N] [--place P] [--video-link URL] [--with NAME...] [--agenda DOMAIN...] [--point TEXT...]: plan a meeting</source>
        <translation>TITEL --at DATUM_TIJD [--minutes N] [--place P] [--video-link URL] [--with NAAM...] [--agenda GEBIED...] [--point TEKST...]: een overleg plannen</translation>
    </message>
    <message>
        <source>meetings, newest first</source>
        <translation>overleggen, nieuwste eerst</translation>
    </message>
    <message>
        <source>MEETING: one meeting with its agreements</source>
        <translation>OVERLEG: één overleg met de afspraken</translation>
    </message>
    <message>
        <source>MEETING [--notes TEXT]: the meeting took place</source>
        <translation>OVERLEG [--notes TEKST]: het overleg is gehouden</translation>
    </message>
    <message>
        <source>WHAT --domain KEY [--who NAME] [--by DATE] [--evaluate DATE] [--meeting MEETING]: record an agreement</source>
        <translation>WAT --domain GEBIED [--who NAAM] [--by DATUM] [--evaluate DATUM] [--meeting OVERLEG]: een afspraak vastleggen</translation>
    </message>
    <message>
        <source>agreements, with who and when</source>
        <translation>afspraken, met wie en wanneer</translation>
    </message>
    <message>
        <source>More than one item is called %1. Nothing was changed. Use its id: the --json output shows it.</source>
        <translation>Er is meer dan één onderdeel dat %1 heet. Er is niets veranderd. Gebruik de id: de uitvoer met --json laat die zien.</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>%1  %2 (%3), %4</source>
        <translation>%1  %2 (%3), %4</translation>
    </message>
    <message>
        <source>- %1 (%2, %3)</source>
        <translation>- %1 (%2, %3)</translation>
    </message>
    <message>
        <source>; who: %1</source>
        <translation>; wie: %1</translation>
    </message>
    <message>
        <source>; by %1</source>
        <translation>; uiterlijk %1</translation>
    </message>
    <message>
        <source>; evaluate on %1</source>
        <translation>; evalueren op %1</translation>
    </message>
    <message>
        <source>works on %1</source>
        <translation>werkt aan %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Video link: %1</source>
        <translation>Videolink: %1</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Met: %1</translation>
    </message>
    <message>
        <source>Agenda: %1</source>
        <translation>Agenda: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Verslag: %1</translation>
    </message>
    <message>
        <source>Agreements:</source>
        <translation>Afspraken:</translation>
    </message>
    <message>
        <source>Usage: samen-cli meeting add TITLE --at 2026-12-01T10:00 [--minutes N] [--place P] [--video-link https://...] [--with NAME]... [--agenda DOMAIN]... [--point TEXT]...</source>
        <translation>Gebruik: samen-cli meeting add TITEL --at 2026-12-01T10:00 [--minutes N] [--place P] [--video-link https://...] [--with NAAM]... [--agenda GEBIED]... [--point TEKST]...</translation>
    </message>
    <message>
        <source>--at must be a date and time like 2026-12-01T10:00 (your local time).</source>
        <translation>--at moet een datum en tijd zijn zoals 2026-12-01T10:00 (je eigen tijd).</translation>
    </message>
    <message>
        <source>--minutes must be a whole number, for example 60.</source>
        <translation>--minutes moet een heel getal zijn, bijvoorbeeld 60.</translation>
    </message>
    <message>
        <source>No meetings yet. Plan one with samen-cli meeting add.</source>
        <translation>Nog geen overleggen. Plan er een met samen-cli meeting add.</translation>
    </message>
    <message>
        <source>Usage: samen-cli meeting show MEETING (its title or id)</source>
        <translation>Gebruik: samen-cli meeting show OVERLEG (de titel of het id)</translation>
    </message>
    <message>
        <source>There is no meeting called %1.</source>
        <translation>Er is geen overleg dat %1 heet.</translation>
    </message>
    <message>
        <source>Usage: samen-cli meeting held MEETING [--notes TEXT]</source>
        <translation>Gebruik: samen-cli meeting held OVERLEG [--notes TEKST]</translation>
    </message>
    <message>
        <source>The meeting is marked as held. Plan the next one around %1.</source>
        <translation>Het overleg staat als gehouden. Plan het volgende rond %1.</translation>
    </message>
    <message>
        <source>Usage: samen-cli agreement add WHAT --domain KEY [--who NAME] [--by DATE] [--evaluate DATE] [--meeting MEETING]</source>
        <translation>Gebruik: samen-cli agreement add WAT --domain GEBIED [--who NAAM] [--by DATUM] [--evaluate DATUM] [--meeting OVERLEG]</translation>
    </message>
    <message>
        <source>Agreement recorded.
%1</source>
        <translation>Afspraak vastgelegd.
%1</translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation>Nog geen afspraken.</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>Er is geen afspraak %1.</translation>
    </message>
    <message>
        <source>Evaluation recorded.
%1</source>
        <translation>Evaluatie vastgelegd.
%1</translation>
    </message>
    <message>
        <source>Usage: samen-cli professionals</source>
        <translation>Gebruik: samen-cli professionals</translation>
    </message>
    <message>
        <source>Coordinator: %1</source>
        <translation>Regie: %1</translation>
    </message>
    <message>
        <source>Nobody coordinates this plan yet.</source>
        <translation>Nog niemand heeft de regie over dit plan.</translation>
    </message>
    <message>
        <source>- %1</source>
        <translation>- %1</translation>
    </message>
    <message>
        <source>No other professionals help with this plan now.</source>
        <translation>Er helpen nu geen andere professionals bij dit plan.</translation>
    </message>
    <message>
        <source>Who helped before:</source>
        <translation>Wie eerder hielp:</translation>
    </message>
    <message>
        <source>- %1 (%2, from %3 to %4)</source>
        <translation>- %1 (%2, van %3 tot %4)</translation>
    </message>
    <message>
        <source>Usage: samen-cli coordinator history</source>
        <translation>Gebruik: samen-cli coordinator history</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <translation>%1: van %2 tot %3</translation>
    </message>
    <message>
        <source>%1: since %2 (now)</source>
        <translation>%1: sinds %2 (nu)</translation>
    </message>
    <message>
        <source>. Handover note: %1</source>
        <translation>. Overdrachtsnotitie: %1</translation>
    </message>
    <message>
        <source>Usage: samen-cli coordinator set NAME|MEMBER_ID --note TEXT</source>
        <translation>Gebruik: samen-cli coordinator set NAAM --note TEKST</translation>
    </message>
    <message>
        <source>The person whose plan this is is always invited to the meeting.</source>
        <translation>Degene van wie het plan is, is altijd uitgenodigd voor het overleg.</translation>
    </message>
    <message>
        <source>Choose the date and time of the meeting.</source>
        <translation>Kies de datum en tijd van het overleg.</translation>
    </message>
    <message>
        <source>Say where the meeting is: a place, a video link, or both.</source>
        <translation>Zeg waar het overleg is: een plek, een videolink, of allebei.</translation>
    </message>
    <message>
        <source>Invite people who are part of the plan now.</source>
        <translation>Nodig mensen uit die nu bij het plan horen.</translation>
    </message>
    <message>
        <source>A meeting can have at most %1 extra points on its agenda.</source>
        <translation>Een overleg kan hoogstens %1 extra punten op de agenda hebben.</translation>
    </message>
    <message>
        <source>This meeting was cancelled. Plan a new one instead.</source>
        <translation>Dit overleg is afgezegd. Plan een nieuw overleg.</translation>
    </message>
    <message>
        <source>This meeting is already marked as held.</source>
        <translation>Dit overleg staat al als gehouden.</translation>
    </message>
    <message>
        <source>This meeting was already held, so it cannot be cancelled.</source>
        <translation>Dit overleg is al gehouden en kan dus niet meer worden afgezegd.</translation>
    </message>
    <message>
        <source>This meeting is already cancelled.</source>
        <translation>Dit overleg is al afgezegd.</translation>
    </message>
    <message>
        <source>Choose the life domain this agreement is about.</source>
        <translation>Kies het levensgebied waar deze afspraak over gaat.</translation>
    </message>
    <message>
        <source>Choose a person who is part of the plan now.</source>
        <translation>Kies iemand die nu bij het plan hoort.</translation>
    </message>
    <message>
        <source>Choose an agreement of this plan.</source>
        <translation>Kies een afspraak van dit plan.</translation>
    </message>
    <message>
        <source>Say how the agreement went: open, done or dropped.</source>
        <translation>Zeg hoe de afspraak is gegaan: open, done (gedaan) of dropped (vervallen).</translation>
    </message>
    <message>
        <source>Choose a real date for the next evaluation.</source>
        <translation>Kies een echte datum voor de volgende evaluatie.</translation>
    </message>
    <message>
        <source>Nothing changed: give a new status, what was said, or a next evaluation date.</source>
        <translation>Er is niets veranderd: geef een nieuwe stand, wat er is gezegd, of een nieuwe evaluatiedatum.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>het telefoonnummer</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>het e-mailadres</translation>
    </message>
    <message>
        <source>length in minutes</source>
        <translation>de duur in minuten</translation>
    </message>
    <message>
        <source>place</source>
        <translation>de plek</translation>
    </message>
    <message>
        <source>video link</source>
        <translation>de videolink</translation>
    </message>
    <message>
        <source>life domains on the agenda</source>
        <translation>de levensgebieden op de agenda</translation>
    </message>
    <message>
        <source>points on the agenda</source>
        <translation>de punten op de agenda</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>de evaluatie</translation>
    </message>
    <message>
        <source>The video link must be a web address that starts with https://, for example https://meet.example.nl/robin.</source>
        <translation>De videolink moet een webadres zijn dat begint met https://, bijvoorbeeld https://meet.example.nl/robin.</translation>
    </message>
    <message>
        <source>The %1 can hold at most %2 items.</source>
        <translation>De %1 kan hoogstens %2 onderdelen bevatten.</translation>
    </message>
    <message>
        <source>Meeting planned</source>
        <translation>Overleg gepland</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Overleg gehouden</translation>
    </message>
    <message>
        <source>Agreement made</source>
        <translation>Afspraak gemaakt</translation>
    </message>
    <message>
        <source>Agreement evaluated</source>
        <translation>Afspraak geëvalueerd</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>afgezegd</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>Only the plan's owner and the coordinator may plan or change a meeting. Nothing was saved.</source>
        <translation>Alleen de eigenaar van het plan en wie de regie heeft mogen een overleg plannen of wijzigen. Er is niets opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n open step(s)</source>
        <translation>
            <numerusform>%n open stap</numerusform>
            <numerusform>%n open stappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open agreement(s)</source>
        <translation>
            <numerusform>%n open afspraak</numerusform>
            <numerusform>%n open afspraken</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the plan: it has not arrived on this device yet.</source>
        <translation>Het plan wordt opgehaald: het staat nog niet op dit apparaat.</translation>
    </message>
    <message>
        <source>You are in the plan, but nothing of it is shared with you yet.</source>
        <translation>Je doet mee aan het plan, maar er is nog niets van met je gedeeld.</translation>
    </message>
    <message>
        <source>%1 did not accept your request to join the plan. Nothing of the plan was shared with this device. If you think this is a mistake, ask %1 for a new invitation.</source>
        <translation>%1 heeft je verzoek om mee te doen niet aangenomen. Er is niets van het plan met dit apparaat gedeeld. Denk je dat dit een vergissing is? Vraag %1 dan om een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <source>No open invitation is for %1. See samen-cli invite list.</source>
        <translation>Er is geen open uitnodiging voor %1. Zie samen-cli invite list.</translation>
    </message>
    <message>
        <source>Someone in this plan is already called %1. Add something to tell them apart, such as a surname.</source>
        <translation>Iemand in dit plan heet al %1. Voeg iets toe om hen uit elkaar te houden, zoals een achternaam.</translation>
    </message>
    <message>
        <source>The plan's files are deleted, but its key could not be removed from this device's key store (%1). Without the files the key opens nothing; you can remove the entry "Samen" there yourself.</source>
        <translation>De bestanden van het plan zijn weg, maar de sleutel kon niet uit de beveiligde opslag van dit apparaat worden gehaald (%1). Zonder de bestanden opent de sleutel niets; je kunt het item "Samen" daar zelf weghalen.</translation>
    </message>
    <message>
        <source>Some of the plan's files could not be deleted: %1. Check the folder's permissions and try again.</source>
        <translation>Sommige bestanden van het plan konden niet worden verwijderd: %1. Kijk of je in de map mag schrijven en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Only the plan's owner can erase it at the service.</source>
        <translation>Alleen de eigenaar van het plan kan het bij de dienst wissen.</translation>
    </message>
    <message>
        <source>The service did not let this device erase the plan: only its owner can.</source>
        <translation>De dienst liet dit apparaat het plan niet wissen: alleen de eigenaar kan dat.</translation>
    </message>
    <message>
        <source>You erased this plan on another device. It is no longer on this device either.</source>
        <translation>Je hebt dit plan gewist op een ander apparaat. Het staat nu ook niet meer op dit apparaat.</translation>
    </message>
    <message>
        <source>%1 has erased the plan. It is no longer on this device.</source>
        <translation>%1 heeft het plan gewist. Het staat niet meer op dit apparaat.</translation>
    </message>
    <message>
        <source>[--yes] [--this-device-only]: erase the plan from this device and, as its owner, at the service (asks twice)</source>
        <translation>[--yes] [--this-device-only]: wis het plan van dit apparaat en, als je de eigenaar bent, ook bij de dienst (vraagt het twee keer)</translation>
    </message>
    <message>
        <source>FILE: bring back a plan exported by Samen (into a folder without a plan)</source>
        <translation>BESTAND: haal een door Samen geëxporteerd plan terug (in een map zonder plan)</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer that confirms erasing</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>erase</source>
        <comment>the word typed to erase the plan for good</comment>
        <translation>wissen</translation>
    </message>
    <message>
        <source>Usage: samen-cli erase [--yes] [--this-device-only]</source>
        <translation>Gebruik: samen-cli erase [--yes] [--this-device-only]</translation>
    </message>
    <message>
        <source>There is no plan on this device, so there is nothing to erase.</source>
        <translation>Er staat geen plan op dit apparaat, dus er is niets te wissen.</translation>
    </message>
    <message>
        <source>Erasing deletes your plan "%1" from this device and from the service, for everyone in it. The people you invited lose it at their next sync.</source>
        <translation>Wissen haalt je plan "%1" weg van dit apparaat en van de dienst, voor iedereen die erin zit. De mensen die je hebt uitgenodigd raken het kwijt als hun apparaat weer bijwerkt.</translation>
    </message>
    <message>
        <source>Erasing deletes your copy of the plan "%1" from this device. The plan itself belongs to its owner: it stays at the service and with the others.</source>
        <translation>Wissen haalt jouw kopie van het plan "%1" weg van dit apparaat. Het plan zelf is van de eigenaar: het blijft bij de dienst en bij de anderen.</translation>
    </message>
    <message>
        <source>Erasing deletes your plan "%1" from this device.</source>
        <translation>Wissen haalt je plan "%1" weg van dit apparaat.</translation>
    </message>
    <message>
        <source>This cannot be undone. Do you want a copy first? Stop here and save it with: samen-cli export --fhir FILE</source>
        <translation>Dit kun je niet ongedaan maken. Wil je eerst een kopie? Stop hier en bewaar je plan met: samen-cli export --fhir BESTAND</translation>
    </message>
    <message>
        <source>Erase the plan? Type yes to go on:</source>
        <translation>Plan wissen? Typ ja om door te gaan:</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Er is niets gewist.</translation>
    </message>
    <message>
        <source>Last question. To erase the plan for good, type erase:</source>
        <translation>Laatste vraag. Typ wissen om het plan voorgoed te wissen:</translation>
    </message>
    <message>
        <source>The plan could not be erased at the service, so nothing was erased: not there and not on this device. %1 Try again when the service can be reached, or erase only this device's copy with: samen-cli erase --this-device-only (the plan then stays at the service).</source>
        <translation>Het plan kon niet gewist worden bij de dienst, dus er is niets gewist: daar niet en op dit apparaat niet. %1 Probeer het opnieuw als de dienst bereikbaar is, of wis alleen de kopie op dit apparaat met: samen-cli erase --this-device-only (het plan blijft dan bij de dienst).</translation>
    </message>
    <message>
        <source>The plan is erased from this device.</source>
        <translation>Het plan is gewist van dit apparaat.</translation>
    </message>
    <message>
        <source>It is erased at the service too; the people in it lose it at their next sync.</source>
        <translation>Het is ook gewist bij de dienst; de mensen in het plan raken het kwijt als hun apparaat weer bijwerkt.</translation>
    </message>
    <message>
        <source>It was not erased at the service: it is still there, and with the people in it.</source>
        <translation>Het is niet gewist bij de dienst: daar staat het nog, en bij de mensen in het plan.</translation>
    </message>
    <message>
        <source>It was never sent to a service, so it is gone everywhere.</source>
        <translation>Het is nooit naar een dienst gestuurd, dus het is nu overal weg.</translation>
    </message>
    <message>
        <source>To start again: samen-cli init --name NAME, or samen-cli join CODE.</source>
        <translation>Opnieuw beginnen: samen-cli init --name NAAM, of samen-cli join CODE.</translation>
    </message>
    <message>
        <source>Could not write the export to %1. Check that the folder exists and that there is room on the disk.</source>
        <translation>De export kon niet naar %1 worden geschreven. Kijk of de map bestaat en of er ruimte op de schijf is.</translation>
    </message>
    <message>
        <source>Your whole plan is saved in %1 (FHIR R4, %2 records). Keep it safe: it holds everything of your plan.</source>
        <translation>Je hele plan staat in %1 (FHIR R4, %2 gegevens). Bewaar het goed: alles van je plan staat erin.</translation>
    </message>
    <message>
        <source>Usage: samen-cli import FILE</source>
        <translation>Gebruik: samen-cli import BESTAND</translation>
    </message>
    <message>
        <source>The plan "%1" is imported from %2 and locked with your passphrase.</source>
        <translation>Het plan "%1" is geïmporteerd uit %2 en op slot met je wachtwoord.</translation>
    </message>
    <message>
        <source>Only the plan's owner, the coordinator (in the life domains they may see) and those who may change this life domain may make or change this agreement. Nothing was saved.</source>
        <translation>Alleen de eigenaar van het plan, wie de regie heeft (in de levensgebieden die die mag zien) en wie dit levensgebied mag wijzigen mogen deze afspraak maken of wijzigen. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>There is no plan on this device to export.</source>
        <translation>Er is geen plan op dit apparaat om te exporteren.</translation>
    </message>
    <message>
        <source>This plan has no owner on this device yet, so it cannot be exported.</source>
        <translation>Dit plan heeft op dit apparaat nog geen eigenaar, dus het kan niet worden geëxporteerd.</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>het plan</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>een persoon</translation>
    </message>
    <message>
        <source>a life domain</source>
        <translation>een levensgebied</translation>
    </message>
    <message>
        <source>a self-assessment</source>
        <translation>een eigen beoordeling</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>een doel</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>een stap</translation>
    </message>
    <message>
        <source>what someone may see</source>
        <translation>wat iemand mag zien</translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation>een overleg</translation>
    </message>
    <message>
        <source>an agreement</source>
        <translation>een afspraak</translation>
    </message>
    <message>
        <source>an entry of the timeline</source>
        <translation>een regel van de tijdlijn</translation>
    </message>
    <message>
        <source>a part of the plan</source>
        <translation>een deel van het plan</translation>
    </message>
    <message>
        <source>Samen cannot read %1 in this file: it is not marked as coming from Samen, or it is marked the same as another part.</source>
        <translation>Samen kan %1 in dit bestand niet lezen: het is niet gemarkeerd als afkomstig van Samen, of het is hetzelfde gemarkeerd als een ander deel.</translation>
    </message>
    <message>
        <source>Samen cannot read %1 in this file: %2</source>
        <translation>Samen kan %1 in dit bestand niet lezen: %2</translation>
    </message>
    <message>
        <source>Samen cannot read %1 in this file: it has no %2.</source>
        <translation>Samen kan %1 in dit bestand niet lezen: er staat geen %2 in.</translation>
    </message>
    <message>
        <source>Samen cannot import this file. %1 Nothing was imported.</source>
        <translation>Samen kan dit bestand niet importeren. %1 Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>It is not a FHIR file (JSON).</source>
        <translation>Het is geen FHIR-bestand (JSON).</translation>
    </message>
    <message>
        <source>It is not a FHIR Bundle.</source>
        <translation>Het is geen FHIR-bundel.</translation>
    </message>
    <message>
        <source>It holds a kind of record Samen does not use (%1).</source>
        <translation>Er staat een soort gegeven in dat Samen niet gebruikt (%1).</translation>
    </message>
    <message>
        <source>It was not exported by Samen.</source>
        <translation>Het is niet door Samen geëxporteerd.</translation>
    </message>
    <message>
        <source>There is already a plan here. Import a plan only where there is none.</source>
        <translation>Er staat hier al een plan. Importeer een plan alleen waar er nog geen is.</translation>
    </message>
    <message>
        <source>Someone at a meeting in the file is not in the plan.</source>
        <translation>Iemand bij een overleg in het bestand staat niet in het plan.</translation>
    </message>
    <message>
        <source>A meeting in the file has a status Samen does not know.</source>
        <translation>Een overleg in het bestand heeft een status die Samen niet kent.</translation>
    </message>
    <message>
        <source>The file holds a task that is neither a step nor an agreement from Samen.</source>
        <translation>Het bestand bevat een taak die geen stap en geen afspraak van Samen is.</translation>
    </message>
    <message>
        <source>An agreement in the file was made at a meeting that is not in the file.</source>
        <translation>Een afspraak in het bestand is gemaakt bij een overleg dat niet in het bestand staat.</translation>
    </message>
    <message>
        <source>Who keeps an agreement in the file is not in the plan.</source>
        <translation>Wie een afspraak in het bestand nakomt, staat niet in het plan.</translation>
    </message>
    <message>
        <source>An agreement in the file has a status Samen does not know.</source>
        <translation>Een afspraak in het bestand heeft een status die Samen niet kent.</translation>
    </message>
    <message>
        <source>An entry of the timeline in the file is about something that is not in the file.</source>
        <translation>Een regel van de tijdlijn in het bestand gaat over iets dat niet in het bestand staat.</translation>
    </message>
    <message>
        <source>The file does not hold exactly one plan from Samen.</source>
        <translation>Het bestand bevat niet precies één plan van Samen.</translation>
    </message>
    <message>
        <source>The file does not say whose plan it is and who helps (a Patient and a CareTeam).</source>
        <translation>Het bestand zegt niet van wie het plan is en wie er helpt (een Patient en een CareTeam).</translation>
    </message>
    <message>
        <source>Someone in the file's care team is not a person Samen knows.</source>
        <translation>Iemand in het team in het bestand is geen persoon die Samen kent.</translation>
    </message>
    <message>
        <source>A consent in the file is for someone who is not in the plan.</source>
        <translation>Een toestemming in het bestand is voor iemand die niet in het plan staat.</translation>
    </message>
    <message>
        <source>A life domain the plan addresses is missing from the file.</source>
        <translation>Een levensgebied van het plan ontbreekt in het bestand.</translation>
    </message>
    <message>
        <source>A self-assessment in the file has no score.</source>
        <translation>Een eigen beoordeling in het bestand heeft geen cijfer.</translation>
    </message>
    <message>
        <source>A goal in the file has a status Samen does not know.</source>
        <translation>Een doel in het bestand heeft een status die Samen niet kent.</translation>
    </message>
    <message>
        <source>Someone who helps with a goal in the file is not in the plan.</source>
        <translation>Iemand die helpt bij een doel in het bestand staat niet in het plan.</translation>
    </message>
    <message>
        <source>A step in the file belongs to no goal.</source>
        <translation>Een stap in het bestand hoort bij geen enkel doel.</translation>
    </message>
    <message>
        <source>Who does a step in the file is not in the plan.</source>
        <translation>Wie een stap in het bestand doet, staat niet in het plan.</translation>
    </message>
    <message>
        <source>A citizen</source>
        <translation>Een inwoner</translation>
    </message>
    <message>
        <source>%1 has erased their plan. It is no longer in your caseload or on this device.</source>
        <translation>%1 heeft het plan gewist. Het staat niet meer in je caseload en niet meer op dit apparaat.</translation>
    </message>
    <message>
        <source>%1 has withdrawn all your access to their plan. It is no longer in your caseload or on this device.</source>
        <translation>%1 heeft al je toegang tot het plan ingetrokken. Het staat niet meer in je caseload en niet meer op dit apparaat.</translation>
    </message>
    <message>
        <source>%1 has removed you from their plan. It is no longer in your caseload or on this device.</source>
        <translation>%1 heeft je uit het plan gehaald. Het staat niet meer in je caseload en niet meer op dit apparaat.</translation>
    </message>
    <message>
        <source>This device is already enrolled.</source>
        <translation>Dit apparaat is al aangemeld.</translation>
    </message>
    <message>
        <source>The service's answer about your plans was incomplete; it is asked again at the next sync.</source>
        <translation>Het antwoord van de dienst over je plannen was niet compleet; bij de volgende synchronisatie wordt het opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>(name not known yet)</source>
        <translation>(naam nog niet bekend)</translation>
    </message>
    <message>
        <source>%1 (you: %2)</source>
        <translation>%1 (jij: %2)</translation>
    </message>
    <message>
        <source>You may see and change: %1</source>
        <translation>Je mag zien en wijzigen: %1</translation>
    </message>
    <message>
        <source>You may only see: %1</source>
        <translation>Je mag alleen zien: %1</translation>
    </message>
    <message>
        <source>Nothing of the plan is shared with you yet.</source>
        <translation>Er is nog niets van het plan met je gedeeld.</translation>
    </message>
    <message>
        <source>Next meeting: %1, %2</source>
        <translation>Volgend overleg: %1, %2</translation>
    </message>
    <message>
        <source>Agreements to evaluate: %1 (%2 overdue)</source>
        <translation>Afspraken om te bespreken: %1 (%2 te laat)</translation>
    </message>
    <message>
        <source>Agreements to evaluate: %1</source>
        <translation>Afspraken om te bespreken: %1</translation>
    </message>
    <message>
        <source>Steps for you: %1</source>
        <translation>Stappen voor jou: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Laatste wijziging: %1</translation>
    </message>
    <message>
        <source>Your caseload holds no plan yet. Join a plan with the code a citizen gave you: samen-cli join CODE</source>
        <translation>Er staat nog geen plan in je caseload. Doe mee met een plan met de code die een inwoner je gaf: samen-cli join CODE</translation>
    </message>
    <message>
        <source>No plan in your caseload is for a name with "%1".</source>
        <translation>Geen plan in je caseload is van iemand met "%1" in de naam.</translation>
    </message>
    <message numerus="yes">
        <source>Your caseload: %n plan(s), most needing attention first.</source>
        <translation>
            <numerusform>Je caseload: %n plan, wat aandacht nodig heeft eerst.</numerusform>
            <numerusform>Je caseload: %n plannen, wat aandacht nodig heeft eerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>de inwoner</translation>
    </message>
    <message>
        <source>You asked to join %1's plan; it is in your caseload. Once %1 lets you in, run samen-cli sync.</source>
        <translation>Je hebt gevraagd mee te doen met het plan van %1; het staat in je caseload. Zodra %1 je toelaat: samen-cli sync.</translation>
    </message>
    <message>
        <source>%1's plan is now in your caseload: samen-cli caseload</source>
        <translation>Het plan van %1 staat nu in je caseload: samen-cli caseload</translation>
    </message>
    <message>
        <source>Usage on a professional's device: samen-cli sync [--plan PLAN_ID]</source>
        <translation>Gebruik op het apparaat van een professional: samen-cli sync [--plan PLAN_ID_OF_NAAM]</translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>Niet bijgewerkt: %1</translation>
    </message>
    <message>
        <source>This device holds the plans of several citizens. Say which one with --plan PLAN_ID (or the citizen's name):</source>
        <translation>Op dit apparaat staan de plannen van meerdere inwoners. Zeg welk plan met --plan PLAN_ID (of de naam van de inwoner):</translation>
    </message>
    <message>
        <source>This plan is no longer on this device.</source>
        <translation>Dit plan staat niet meer op dit apparaat.</translation>
    </message>
    <message>
        <source>--plan is for a professional's device with several plans; this folder holds one plan.</source>
        <translation>--plan is voor het apparaat van een professional met meerdere plannen; deze map bevat één plan.</translation>
    </message>
    <message>
        <source>%1 is a professional's device: it holds the plans of your caseload, not a plan of its own. Nothing was changed.</source>
        <translation>%1 is het apparaat van een professional: er staan de plannen van je caseload in, geen eigen plan. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Usage: samen-cli [--data-dir DIR] [--json] [--language nl|en] [--plan PLAN_ID_OR_NAME] COMMAND ...

Commands:
</source>
        <translation>Gebruik: samen-cli [--data-dir MAP] [--json] [--language nl|en] [--plan PLAN_ID_OF_NAAM] OPDRACHT ...

Opdrachten:
</translation>
    </message>
    <message>
        <source>This professional's device is connected already.</source>
        <translation>Dit apparaat van een professional is al verbonden.</translation>
    </message>
    <message>
        <source>This folder already holds a plan of its own (%1); connect a professional's device in an empty folder.</source>
        <translation>Deze map bevat al een eigen plan (%1); verbind het apparaat van een professional in een lege map.</translation>
    </message>
    <message>
        <source>This plan is not in your caseload.</source>
        <translation>Dit plan staat niet in je caseload.</translation>
    </message>
    <message>
        <source>Could not delete the plan's file from this device.</source>
        <translation>Het bestand van het plan kon niet van dit apparaat worden verwijderd.</translation>
    </message>
    <message>
        <source>No plan in your caseload is for "%1". The plans on this device:</source>
        <translation>Geen plan in je caseload is van "%1". De plannen op dit apparaat:</translation>
    </message>
    <message>
        <source>  (none yet: join a plan with samen-cli join CODE)</source>
        <translation>  (nog geen: doe mee met een plan met samen-cli join CODE)</translation>
    </message>
    <message>
        <source>This folder is already a professional's device: %1</source>
        <translation>Deze map is al het apparaat van een professional: %1</translation>
    </message>
    <message>
        <source>Could not make the data folder %1.</source>
        <translation>De gegevensmap %1 kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>There is no professional's device in %1 yet.</source>
        <translation>In %1 is nog geen apparaat van een professional.</translation>
    </message>
    <message>
        <source>device.db is not a Samen device file.</source>
        <translation>device.db is geen apparaatbestand van Samen.</translation>
    </message>
    <message>
        <source>device.db was made by a newer Samen; update Samen to open it.</source>
        <translation>device.db is gemaakt door een nieuwere Samen; werk Samen bij om het te openen.</translation>
    </message>
    <message>
        <source>The service sent a plan id this device cannot use.</source>
        <translation>De dienst stuurde een plan-id dat dit apparaat niet kan gebruiken.</translation>
    </message>
    <message>
        <source>This plan is already in your caseload.</source>
        <translation>Dit plan staat al in je caseload.</translation>
    </message>
    <message>
        <source>This device is not connected to a service, so it cannot join a plan.</source>
        <translation>Dit apparaat is niet verbonden met een dienst. Daarom kan het niet meedoen met een plan.</translation>
    </message>
    <message>
        <source>Type or paste the code the citizen gave you.</source>
        <translation>Typ of plak de code die je van de inwoner hebt gekregen.</translation>
    </message>
    <message>
        <source>There is nothing to undo: it is already as it was.</source>
        <translation>Er is niets om ongedaan te maken: het is al zoals het was.</translation>
    </message>
    <message>
        <source>All steps done</source>
        <translation>Alle stappen klaar</translation>
    </message>
    <message>
        <source>This step is not done yet.</source>
        <translation>Deze stap is nog niet klaar.</translation>
    </message>
    <message>
        <source>The service did not accept this plan. Nothing was sent.</source>
        <translation>De dienst nam dit plan niet aan. Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The service's public key does not match the pin this device was given for it. Nothing was sent: you may not be talking to the right service. Check the pin or link you were given.</source>
        <translation>De openbare sleutel van de dienst past niet bij de pin die dit apparaat ervoor kreeg. Er is niets verstuurd: misschien praat je niet met de juiste dienst. Controleer de pin of link die je kreeg.</translation>
    </message>
    <message>
        <source>This device is not signed in to the service. It tries again at the next sync.</source>
        <translation>Dit apparaat is niet aangemeld bij de dienst. Het probeert het opnieuw bij de volgende keer bijwerken.</translation>
    </message>
    <message>
        <source>The service did not accept what this device sent.</source>
        <translation>De dienst nam niet aan wat dit apparaat stuurde.</translation>
    </message>
    <message>
        <source>This device was revoked at the service.</source>
        <translation>Dit apparaat is ingetrokken bij de dienst.</translation>
    </message>
    <message>
        <source>This device is no longer connected to the plan: it was removed from the devices of this account, or the service does not know it. Connect it again with a new code.</source>
        <translation>Dit apparaat is niet meer verbonden met het plan: het is weggehaald bij de apparaten van dit account, of de dienst kent het niet. Verbind het opnieuw met een nieuwe code.</translation>
    </message>
    <message>
        <source>This device was revoked at the service (from another of your devices, or by the service's operator), so the plan was deleted from it. To use it again: on another of your devices, make a code for a new device (Devices, or samen-cli device add), then connect this device with that code (samen-cli connect --enrol-code CODE).</source>
        <translation>Dit apparaat is ingetrokken bij de dienst (vanaf een ander apparaat van je, of door de beheerder van de dienst), daarom is het plan eraf gewist. Wil je het weer gebruiken? Maak op een ander apparaat van je een code voor een nieuw apparaat (Mijn apparaten, of samen-cli device add) en verbind dit apparaat met die code (samen-cli connect --enrol-code CODE).</translation>
    </message>
    <message>
        <source>None of your devices that can still sign in is called %1. See samen-cli device list.</source>
        <translation>Geen van je apparaten die nog kunnen inloggen heet %1. Zie samen-cli device list.</translation>
    </message>
    <message>
        <source>%1 (added %2): samen-cli device revoke %3</source>
        <translation>%1 (toegevoegd %2): samen-cli device revoke %3</translation>
    </message>
    <message>
        <source>More than one of your devices is called %1. Revoke the one you mean:
%2</source>
        <translation>Meer dan één van je apparaten heet %1. Trek het apparaat in dat je bedoelt:
%2</translation>
    </message>
    <message>
        <source>%1 is revoked: it can no longer sign in to the service. At its next contact it deletes the plan.</source>
        <translation>%1 is ingetrokken: het kan niet meer inloggen bij de dienst. Bij het volgende contact wist het het plan.</translation>
    </message>
    <message>
        <source>More than one person is called %1: %2. Give the name as samen-cli member list shows it.</source>
        <translation>Meer dan één persoon heet %1: %2. Geef de naam zoals samen-cli member list die laat zien.</translation>
    </message>
    <message>
        <source>You are always invited: it is your plan.</source>
        <translation>Jij bent altijd uitgenodigd: het is jouw plan.</translation>
    </message>
    <message>
        <source>%1 is always invited: it is their plan.</source>
        <translation>%1 is altijd uitgenodigd: het is het plan van %1.</translation>
    </message>
    <message>
        <source>Could not reach the service. These are the people this device knew at its last sync; the list may be out of date.</source>
        <translation>De dienst is niet bereikbaar. Dit zijn de mensen die dit apparaat kende bij de laatste keer bijwerken; de lijst kan verouderd zijn.</translation>
    </message>
    <message>
        <source>Your plan "%1" is ready and locked with your passphrase.</source>
        <translation>Je plan "%1" is klaar en op slot met je wachtwoord.</translation>
    </message>
    <message>
        <source>The service's public key does not match the pin in the invitation link. Nothing was sent: you may not be talking to the right service. Ask for the link again.</source>
        <translation>De openbare sleutel van de dienst past niet bij de pin in de uitnodigingslink. Er is niets verstuurd: misschien praat je niet met de juiste dienst. Vraag de link opnieuw.</translation>
    </message>
    <message>
        <source>Not accepted: %1. %2 Next step: %3</source>
        <translation>Niet geaccepteerd: %1. %2 Volgende stap: %3</translation>
    </message>
    <message>
        <source>%1 is added to your plan.</source>
        <translation>%1 is toegevoegd aan je plan.</translation>
    </message>
    <message>
        <source>This passphrase is too short: use at least %1 characters or digits.</source>
        <translation>Dit wachtwoord is te kort: gebruik minstens %1 tekens of cijfers.</translation>
    </message>
    <message>
        <source>This passphrase is too long: use at most 1024 characters.</source>
        <translation>Dit wachtwoord is te lang: gebruik hoogstens 1024 tekens.</translation>
    </message>
    <message>
        <source>%1 looks the same as the name of someone in this plan, %2, though some letters differ (from another alphabet, for example). Add something to tell them apart, such as a surname.</source>
        <translation>%1 ziet er hetzelfde uit als de naam van iemand in dit plan, %2, al verschillen er letters (uit een ander alfabet bijvoorbeeld). Voeg iets toe waarmee je ze uit elkaar houdt, zoals een achternaam.</translation>
    </message>
    <message>
        <source>New coordinator: %1</source>
        <translation>Nieuwe vaste contactpersoon: %1</translation>
    </message>
    <message>
        <source>This plan cannot be erased from this device.</source>
        <translation>Dit plan kan niet van dit apparaat worden gewist.</translation>
    </message>
    <message>
        <source>This device is not connected to a service yet: samen-cli connect --service URL --enrol-code CODE</source>
        <translation>Dit apparaat is nog niet verbonden met een dienst. Gebruik eerst: samen-cli connect --service URL --enrol-code CODE</translation>
    </message>
    <message numerus="yes">
        <source>Your caseload is in sync: %n plan(s).</source>
        <translation>
            <numerusform>Je caseload is bijgewerkt: %n plan.</numerusform>
            <numerusform>Je caseload is bijgewerkt: %n plannen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping every plan of your caseload in sync; stop with Ctrl+C.</source>
        <translation>Alle plannen van je caseload blijven gesynchroniseerd; stop met Ctrl+C.</translation>
    </message>
    <message>
        <source>This device holds your caseload: the plans of the citizens you work with. Erase one citizen's plan from this device with: samen-cli erase --plan PLAN_ID (or the citizen's name). The plan stays at the service and with the citizen. Your plans:</source>
        <translation>Dit apparaat bevat je caseload: de plannen van de inwoners met wie je werkt. Wis het plan van één inwoner van dit apparaat met: samen-cli erase --plan PLAN_ID (of de naam van de inwoner). Het plan blijft bij de dienst en bij de inwoner. Je plannen:</translation>
    </message>
    <message>
        <source>Erase %1's plan from this device? It stays at the service. Type yes to go on:</source>
        <translation>Het plan van %1 van dit apparaat wissen? Het blijft bij de dienst. Typ ja om door te gaan:</translation>
    </message>
    <message>
        <source>The service is busy or has a problem right now. Your changes are kept and sent later.</source>
        <translation>De dienst is druk of heeft nu een probleem. Je wijzigingen blijven bewaard en worden later verstuurd.</translation>
    </message>
    <message>
        <source>The connection to the service failed.</source>
        <translation>De verbinding met de dienst is mislukt.</translation>
    </message>
    <message>
        <source>The service's certificate was refused, so the connection would not be safe.</source>
        <translation>Het certificaat van de dienst is geweigerd, dus de verbinding zou niet veilig zijn.</translation>
    </message>
    <message>
        <source>Usage: samen-cli invite withdraw NAME</source>
        <translation>Gebruik: samen-cli invite withdraw NAAM</translation>
    </message>
    <message>
        <source>An invitation id is up to 64 letters, digits, "-" or "_": see samen-cli invite list --json.</source>
        <translation>Een uitnodigings-id bestaat uit hooguit 64 letters, cijfers, "-" of "_": zie samen-cli invite list --json.</translation>
    </message>
    <message numerus="yes">
        <source>%1 had %n invitations that were not used yet. All of them are withdrawn: their codes no longer work.</source>
        <translation>
            <numerusform>%1 had %n uitnodiging die nog niet gebruikt was. Die is ingetrokken: de code werkt niet meer.</numerusform>
            <numerusform>%1 had %n uitnodigingen die nog niet gebruikt waren. Ze zijn allemaal ingetrokken: de codes werken niet meer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <comment>the name of a device connected with samen-cli</comment>
        <translation>%1 (opdrachtregel)</translation>
    </message>
    <message>
        <source>GOAL TITLE [--owner NAME] [--due DATE]: a step of a goal (its title or the start of it), and who does it</source>
        <translation>DOEL TITEL [--owner NAAM] [--due DATUM]: een stap van een doel (de titel of het begin ervan), en wie die doet</translation>
    </message>
    <message>
        <source>TITLE --at DATE_TIME [--notes TEXT] and the options of meeting add: write down a meeting that already took place</source>
        <translation>TITEL --at DATUM_TIJD [--notes TEKST] en de opties van meeting add: leg een overleg vast dat al is geweest</translation>
    </message>
    <message>
        <source>--fhir FILE [--replace]: save the whole plan as one FHIR R4 file (only you can read it)</source>
        <translation>--fhir BESTAND [--replace]: bewaar het hele plan als één FHIR R4-bestand (alleen jij kunt het lezen)</translation>
    </message>
    <message>
        <source>--service URL [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE] [--device-name N], or LINK: enrol this device, register the plan (in an empty folder with the link or code of device add: your next device; with a professional's code: a caseload device)</source>
        <translation>--service URL [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE] [--device-name N], of LINK: meld dit apparaat aan en geef het plan door aan de dienst (in een lege map met de link of code van device add: je volgende apparaat; met de code van een professional: een apparaat voor je caseload)</translation>
    </message>
    <message>
        <source>a one-time code and link to connect your next device (connect LINK)</source>
        <translation>een eenmalige code en link om je volgende apparaat te verbinden (connect LINK)</translation>
    </message>
    <message>
        <source>NAME: the invitation for this person; its code no longer works</source>
        <translation>NAAM: de uitnodiging voor deze persoon; de code werkt daarna niet meer</translation>
    </message>
    <message>
        <source>The case service could not be reached, and this device has no copy of its access log: the file holds no access log.</source>
        <translation>De dienst was niet bereikbaar en dit apparaat heeft geen kopie van het toegangslogboek: in het bestand staat geen toegangslogboek.</translation>
    </message>
    <message>
        <source>The case service could not be reached: the access log in the file is the copy this device fetched on %1.</source>
        <translation>De dienst was niet bereikbaar: het toegangslogboek in het bestand is de kopie die dit apparaat op %1 heeft opgehaald.</translation>
    </message>
    <message>
        <source>Usage: samen-cli export --fhir FILE [--replace]</source>
        <translation>Gebruik: samen-cli export --fhir BESTAND [--replace]</translation>
    </message>
    <message>
        <source>%1 (no longer helps)</source>
        <translation>%1 (helpt niet meer mee)</translation>
    </message>
    <message>
        <source>Usage: samen-cli meeting record TITLE --at 2026-11-02T10:00 [--notes TEXT] [--minutes N] [--place P] [--video-link https://...] [--with NAME]... [--agenda DOMAIN]... [--point TEXT]...</source>
        <translation>Gebruik: samen-cli meeting record TITEL --at 2026-11-02T10:00 [--notes TEKST] [--minutes N] [--place PLEK] [--video-link https://...] [--with NAAM]... [--agenda GEBIED]... [--point TEKST]...</translation>
    </message>
    <message>
        <source>Meeting recorded as held.</source>
        <translation>Het overleg is vastgelegd als gehouden.</translation>
    </message>
    <message>
        <source>Meeting planned.</source>
        <translation>Overleg gepland.</translation>
    </message>
    <message>
        <source>%1 has an invitation already that is not used yet. To see it: samen-cli invite list. To give a new code, withdraw that one first (samen-cli invite withdraw %2), then invite again.</source>
        <translation>%1 heeft al een uitnodiging die nog niet gebruikt is. Bekijken: samen-cli invite list. Wil je een nieuwe code geven? Trek die uitnodiging dan eerst in (samen-cli invite withdraw %2) en nodig daarna opnieuw uit.</translation>
    </message>
    <message>
        <source>In your plan, without Samen on a device of their own:</source>
        <translation>In je plan, zonder Samen op een eigen apparaat:</translation>
    </message>
    <message>
        <source>The service's public key does not match the pin in the link from your other device. Nothing was sent: you may not be talking to the right service. Make a new code on your other device.</source>
        <translation>De openbare sleutel van de dienst past niet bij de pin in de link van je andere apparaat. Er is niets verstuurd: misschien praat je niet met de juiste dienst. Maak een nieuwe code op je andere apparaat.</translation>
    </message>
    <message>
        <source>Usage: samen-cli connect --service https://HOST:PORT [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE] [--device-name NAME]
   or: samen-cli connect LINK [--device-name NAME]  (the link your other device shows for your next device)</source>
        <translation>Gebruik: samen-cli connect --service https://HOST:POORT [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE] [--device-name NAAM]
     of: samen-cli connect LINK [--device-name NAAM]  (de link die je andere apparaat laat zien voor je volgende apparaat)</translation>
    </message>
    <message>
        <source>A bare code does not say which service to connect to: add --service https://HOST:PORT.</source>
        <translation>Een losse code zegt niet met welke dienst je verbindt: voeg --service https://HOST:POORT toe.</translation>
    </message>
    <message>
        <source>%1  enrolled %2%3%4</source>
        <translation>%1  aangemeld %2%3%4</translation>
    </message>
    <message>
        <source>%1 fits more than one: %2. Nothing was saved. Type more of the title.</source>
        <translation>%1 past bij meer dan één: %2. Er is niets bewaard. Typ meer van de titel.</translation>
    </message>
    <message>
        <source>%1 (goal: %2)</source>
        <translation>%1 (doel: %2)</translation>
    </message>
    <message>
        <source>More than one person in this plan is called %1. Nothing was saved. Use their id instead: samen-cli member list --json shows it.</source>
        <translation>Meer dan één persoon in dit plan heet %1. Er is niets bewaard. Gebruik hun id. Je ziet het met: samen-cli member list --json</translation>
    </message>
    <message>
        <source>Goal added: %1</source>
        <translation>Doel toegevoegd: %1</translation>
    </message>
    <message>
        <source>Usage: samen-cli step add GOAL TITLE [--owner NAME] [--due YYYY-MM-DD] (GOAL: its title or the start of it)</source>
        <translation>Gebruik: samen-cli step add DOEL TITEL [--owner NAAM] [--due JJJJ-MM-DD] (DOEL: de titel of het begin ervan)</translation>
    </message>
    <message>
        <source>There is no goal called %1. samen-cli goal list shows the goals.</source>
        <translation>Er is geen doel dat %1 heet. Je ziet de doelen met: samen-cli goal list</translation>
    </message>
    <message>
        <source>Step added to %1: %2</source>
        <translation>Stap toegevoegd aan %1: %2</translation>
    </message>
    <message>
        <source>There is no step called %1. samen-cli goal list shows the steps.</source>
        <translation>Er is geen stap die %1 heet. Je ziet de stappen met: samen-cli goal list</translation>
    </message>
    <message>
        <source>This time has already passed: a meeting is planned for a time still to come. To write down a meeting that already took place, record it as held.</source>
        <translation>Dit tijdstip is al voorbij: je plant een overleg voor een moment dat nog moet komen. Wil je een overleg opschrijven dat al is geweest? Leg het dan vast als gehouden.</translation>
    </message>
    <message>
        <source>This meeting has not started yet, so it cannot be marked as held. Do that once it has taken place.</source>
        <translation>Dit overleg is nog niet begonnen, dus het kan nog niet als gehouden staan. Doe dat als het is geweest.</translation>
    </message>
    <message>
        <source>network</source>
        <comment>the kind of a person in the plan, as typed: someone of the citizen's own network</comment>
        <translation>netwerk</translation>
    </message>
    <message>
        <source>Say the relation with one of these words: %1.</source>
        <translation>Zeg de relatie met een van deze woorden: %1.</translation>
    </message>
    <message>
        <source>Say the kind of person with one of these words: %1 (someone close, such as family, a friend or a neighbour) or %2 (someone who helps for their work, such as a social worker).</source>
        <translation>Kies voor de soort persoon een van deze woorden: %1 (iemand dichtbij, zoals familie, een vriend of een buur) of %2 (iemand die helpt vanuit zijn of haar werk, zoals een maatschappelijk werker).</translation>
    </message>
    <message>
        <source>An entry of the access log in the file cannot be read.</source>
        <translation>Een regel van het toegangslogboek in het bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>There is already a file %1. Choose another name, or add --replace to write over it.</source>
        <translation>Er is al een bestand %1. Kies een andere naam, of zet er --replace achter om het te vervangen.</translation>
    </message>
    <message>
        <source>A meeting in the file is marked as held, but it starts later than now.</source>
        <translation>Een overleg in het bestand staat als gehouden, maar het begint pas later dan nu.</translation>
    </message>
    <message>
        <source>How it is going and which life domain comes first are for the plan's owner to say. Nothing was saved.</source>
        <translation>Hoe het gaat en welk levensgebied voorop staat, zegt de eigenaar van het plan zelf. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Could not open %1. Check the name of the file, or choose another file.</source>
        <translation>Kan %1 niet openen. Kijk of de naam van het bestand klopt, of kies een ander bestand.</translation>
    </message>
    <message>
        <source>It is %1 MB, and a plan file from Samen is at most %2 MB. Choose the file Samen saved when you took your plan with you.</source>
        <translation>Het is %1 MB, en een planbestand van Samen is hoogstens %2 MB. Kies het bestand dat Samen bewaarde toen je je plan meenam.</translation>
    </message>
    <message>
        <source>%1 did not let you into their plan. It is no longer in your caseload; nothing of the plan was shared with this device. If you think this is a mistake, ask %1 for a new invitation.</source>
        <translation>%1 heeft je niet toegelaten tot het plan. Het staat niet meer in je caseload; niets van het plan is met dit apparaat gedeeld. Denk je dat dit een vergissing is? Vraag %1 dan om een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <source>%1's plan could not be read on this device, so it was fetched again from the service. The damaged file is kept in %2.</source>
        <translation>Het plan van %1 kon op dit apparaat niet gelezen worden. Daarom is het opnieuw opgehaald bij de dienst. Het beschadigde bestand is bewaard in %2.</translation>
    </message>
    <message>
        <source>Some changes you had made there and not sent yet could not be read; make them again.</source>
        <translation>Een paar wijzigingen die je daar had gemaakt en nog niet had verstuurd, konden niet gelezen worden. Maak ze opnieuw.</translation>
    </message>
    <message>
        <source>This enrolment code is not known, was used already, or has expired. Ask for a new one: a professional from the service's administrator, a person from their other device.</source>
        <translation>Deze aanmeldcode is niet bekend, al gebruikt of verlopen. Vraag een nieuwe code: een professional vraagt de beheerder van de dienst, iemand anders vraagt het op een ander eigen apparaat.</translation>
    </message>
    <message>
        <source> The others in the plan see at their next sync that %1 no longer helps.</source>
        <translation> De anderen in het plan zien bij hun volgende synchronisatie dat %1 niet meer meehelpt.</translation>
    </message>
    <message>
        <source> The others in the plan see that %1 no longer helps once this device has synced (samen-cli sync).</source>
        <translation> De anderen in het plan zien dat %1 niet meer meehelpt zodra dit apparaat heeft gesynchroniseerd (samen-cli sync).</translation>
    </message>
    <message>
        <source>This link is for a person's next device of their own, not an invitation to a citizen's plan: a professional's device cannot take it up. Nothing was changed. To add a plan to your caseload, ask the citizen for an invitation.</source>
        <translation>Deze link is voor een volgend eigen apparaat van iemand, geen uitnodiging voor het plan van een inwoner: het apparaat van een professional kan er niets mee. Er is niets veranderd. Wil je een plan in je caseload? Vraag de inwoner om een uitnodiging.</translation>
    </message>
    <message>
        <source>This invitation is for the service at %1, and this professional's device is enrolled at %2. A caseload holds the plans of its own service only. Nothing was changed: ask the citizen or your administrator which service the plan is at.</source>
        <translation>Deze uitnodiging is voor de dienst op %1, en dit apparaat van een professional is aangemeld bij %2. In een caseload staan alleen plannen van de eigen dienst. Er is niets veranderd: vraag de inwoner of je beheerder bij welke dienst het plan staat.</translation>
    </message>
    <message>
        <source>You are in %1's plan already: it is in your caseload (samen-cli caseload). The invitation was not used; %1 may withdraw it.</source>
        <translation>Je doet al mee met het plan van %1: het staat in je caseload (samen-cli caseload). De uitnodiging is niet gebruikt; %1 kan hem intrekken.</translation>
    </message>
    <message>
        <source>AGREEMENT --status open|done|dropped [--note TEXT] [--next DATE] [--who NAME]: how an agreement went, and who takes it on</source>
        <translation>AFSPRAAK --status open|done|dropped [--note TEKST] [--next DATUM] [--who NAAM]: hoe een afspraak is gegaan, en wie hem overneemt</translation>
    </message>
    <message>
        <source>Erasing takes you out of the plan "%1": you leave it at the service (its owner sees that you left, and what you could see ends), and your copy is deleted from this device. The plan itself belongs to its owner: it stays at the service and with the others.</source>
        <translation>Wissen haalt je uit het plan "%1": je stapt eruit bij de dienst (de eigenaar ziet dat je bent gestopt, en wat je kon zien houdt op), en jouw kopie gaat weg van dit apparaat. Het plan zelf is van de eigenaar: het blijft bij de dienst en bij de anderen.</translation>
    </message>
    <message>
        <source>This cannot be undone. To help with this plan again later, ask its owner for a new invitation.</source>
        <translation>Dit kun je niet ongedaan maken. Wil je later weer meehelpen aan dit plan? Vraag de eigenaar dan om een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <source>You could not leave the plan at the service, so nothing was erased. %1 Try again when the service can be reached, or erase only this device's copy with: samen-cli erase --this-device-only (you then stay a member until the owner removes you).</source>
        <translation>Je kon niet uit het plan stappen bij de dienst, dus er is niets gewist. %1 Probeer het opnieuw als de dienst bereikbaar is, of wis alleen de kopie op dit apparaat met: samen-cli erase --this-device-only (je blijft dan lid tot de eigenaar je uit het plan haalt).</translation>
    </message>
    <message>
        <source>You left the plan at the service; its owner sees that you left. The plan stays with its owner.</source>
        <translation>Je bent uit het plan gestapt bij de dienst; de eigenaar ziet dat je bent gestopt. Het plan blijft bij de eigenaar.</translation>
    </message>
    <message>
        <source>It stays at the service and with its owner. You are still a member there, but this device can no longer reach it: ask the owner to remove you, or for a new invitation.</source>
        <translation>Het blijft bij de dienst en bij de eigenaar. Je bent daar nog lid, maar dit apparaat kan er niet meer bij: vraag de eigenaar om je uit het plan te halen, of om een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <source>To help with this plan again: ask its owner for a new invitation, then samen-cli join CODE.</source>
        <translation>Weer meehelpen aan dit plan: vraag de eigenaar om een nieuwe uitnodiging, en dan samen-cli join CODE.</translation>
    </message>
    <message>
        <source>What %1 shares with you of their plan is saved in %2 (FHIR R4, %3 records). It is %1's data: keep it safe, and only as long as your work with %1 needs it.</source>
        <translation>Wat %1 van het plan met je deelt, staat in %2 (FHIR R4, %3 gegevens). Het zijn de gegevens van %1: bewaar ze goed, en alleen zo lang je werk met %1 dat nodig heeft.</translation>
    </message>
    <message>
        <source>; who: %1, who no longer helps (choose someone else: agreement evaluate --who NAME)</source>
        <translation>; wie: %1, die niet meer meehelpt (kies iemand anders: agreement evaluate --who NAAM)</translation>
    </message>
    <message>
        <source>Usage: samen-cli agreement evaluate AGREEMENT --status open|done|dropped [--note TEXT] [--next DATE] [--who NAME]</source>
        <translation>Gebruik: samen-cli agreement evaluate AFSPRAAK --status open|done|dropped [--note TEKST] [--next DATUM] [--who NAAM]</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Er is nog niets veranderd.</translation>
    </message>
    <message>
        <source>this is a professional's account: registered with the service as %1 of %2</source>
        <translation>dit is het account van een professional: bij de dienst ingeschreven als %1 van %2</translation>
    </message>
    <message>
        <source>%1's plan could not be repaired: %2</source>
        <translation>Het plan van %1 kon niet hersteld worden: %2</translation>
    </message>
    <message>
        <source>%1's plan could not be read on this device. The damaged file is kept in %2.</source>
        <translation>Het plan van %1 kon op dit apparaat niet gelezen worden. Het beschadigde bestand is bewaard in %2.</translation>
    </message>
    <message>
        <source>It was fetched again from the service (%1 changes received, %2 sent).</source>
        <translation>Het is opnieuw opgehaald bij de dienst (%1 wijzigingen ontvangen, %2 verstuurd).</translation>
    </message>
    <message>
        <source>It could not be fetched from the service yet: %1
Next step: samen-cli sync</source>
        <translation>Het kon nog niet opgehaald worden bij de dienst: %1
Volgende stap: samen-cli sync</translation>
    </message>
    <message>
        <source>Every plan on this device can be read: there is nothing to repair.</source>
        <translation>Alle plannen op dit apparaat zijn te lezen: er is niets te herstellen.</translation>
    </message>
    <message>
        <source>This plan can be read on this device: there is nothing to repair.</source>
        <translation>Dit plan is op dit apparaat te lezen: er is niets te herstellen.</translation>
    </message>
    <message>
        <source>This professional's device is connected already; the enrolment code was not used. A code makes a new device: use it in an empty data folder.</source>
        <translation>Dit apparaat van een professional is al verbonden; de aanmeldcode is niet gebruikt. Met een code maak je een nieuw apparaat: gebruik hem in een lege gegevensmap.</translation>
    </message>
    <message>
        <source>This folder holds a plan already, so an enrolment code has nothing to do here; it was not used. A code makes a new device: use it in an empty data folder (a professional's code makes a professional's device there). To connect this plan: samen-cli connect --service URL</source>
        <translation>In deze map staat al een plan, dus een aanmeldcode heeft hier niets te doen; hij is niet gebruikt. Met een code maak je een nieuw apparaat: gebruik hem in een lege gegevensmap (de code van een professional maakt daar een apparaat van een professional). Dit plan verbinden: samen-cli connect --service URL</translation>
    </message>
    <message>
        <source>This plan has no life domain called %1. Choose one of: %2.</source>
        <translation>Dit plan heeft geen levensgebied dat %1 heet. Kies een van: %2.</translation>
    </message>
    <message>
        <source>%1 has not been let in to your plan yet. Let them in first; then they can keep the overview.</source>
        <translation>%1 is nog niet toegelaten tot je plan. Laat diegene eerst toe; daarna kan diegene het overzicht houden.</translation>
    </message>
    <message>
        <source>%1 no longer helps with this plan. Choose someone who helps now.</source>
        <translation>%1 helpt niet meer mee aan dit plan. Kies iemand die nu meehelpt.</translation>
    </message>
    <message>
        <source>a citizen (still waiting to be let in)</source>
        <translation>een inwoner (je wacht nog tot je wordt toegelaten)</translation>
    </message>
    <message>
        <source>Added to this device, as you are in these plans at the service: %1.</source>
        <translation>Op dit apparaat gezet, omdat je bij de dienst in deze plannen zit: %1.</translation>
    </message>
    <message>
        <source>This folder is not a professional's device, so it has no caseload.</source>
        <translation>Deze map is geen apparaat van een professional, dus er is geen caseload.</translation>
    </message>
    <message>
        <source>Every plan you are in at the service is on this device already.</source>
        <translation>Elk plan waar je bij de dienst in zit, staat al op dit apparaat.</translation>
    </message>
    <message>
        <source>Connected to %1 as a professional's device.</source>
        <translation>Verbonden met %1 als apparaat van een professional.</translation>
    </message>
    <message>
        <source>The plans you are in could not be fetched yet (%1). Next step: samen-cli sync</source>
        <translation>De plannen waar je in zit, konden nog niet worden opgehaald (%1). Volgende stap: samen-cli sync</translation>
    </message>
    <message>
        <source>Your caseload is empty.</source>
        <translation>Je caseload is leeg.</translation>
    </message>
    <message>
        <source>Next step: join a citizen's plan with the code they gave you: samen-cli join CODE</source>
        <translation>Volgende stap: doe mee met het plan van een inwoner met de code die je kreeg: samen-cli join CODE</translation>
    </message>
    <message>
        <source>The service has you in %1's plan already, though the plan is not on this device. The invitation was not used. To have the plan here: samen-cli caseload restore</source>
        <translation>Bij de dienst doe je al mee met het plan van %1, maar het plan staat niet op dit apparaat. De uitnodiging is niet gebruikt. Om het plan hier te krijgen: samen-cli caseload restore</translation>
    </message>
    <message>
        <source>%1's plan is erased from this device. It stays at the service and with %1, and you are still in it there; it does not come back here on its own. To have it here again: samen-cli caseload restore</source>
        <translation>Het plan van %1 is van dit apparaat gewist. Het blijft bij de dienst en bij %1, en je hoort er daar nog bij. Het komt hier niet vanzelf terug. Wil je het hier weer hebben? samen-cli caseload restore</translation>
    </message>
    <message>
        <source>%1 no longer shares anything of their plan with you. You are still in the plan, so it stays in your caseload; what %1 shares with you again shows here.</source>
        <translation>%1 deelt niets meer van het plan met je. Je zit nog wel in het plan, dus het blijft in je caseload; wat %1 weer met je deelt, zie je hier.</translation>
    </message>
    <message>
        <source>%1's plan was missing or empty on this device, so it was fetched again from the service.</source>
        <translation>Het plan van %1 ontbrak op dit apparaat of was leeg. Daarom is het opnieuw opgehaald bij de dienst.</translation>
    </message>
    <message>
        <source>Another plan is for someone of this name too; this one: %1 (--plan %2)</source>
        <translation>Er is nog een plan van iemand met deze naam. Dit plan: %1 (--plan %2)</translation>
    </message>
    <message>
        <source>%1 no longer shares anything of the plan with you. You are still in the plan.</source>
        <translation>%1 deelt niets meer van het plan met je. Je zit nog wel in het plan.</translation>
    </message>
    <message>
        <source>%1 (was due %2: overdue)</source>
        <translation>%1 (uiterlijk %2: te laat)</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (uiterlijk %2)</translation>
    </message>
    <message numerus="yes">
        <source>Not accepted by the service: %n change(s) you made. See why: samen-cli --plan %1 sync status</source>
        <translation>
            <numerusform>Niet geaccepteerd door de dienst: %n wijziging van jou. Zie waarom: samen-cli --plan %1 sync status</numerusform>
            <numerusform>Niet geaccepteerd door de dienst: %n wijzigingen van jou. Zie waarom: samen-cli --plan %1 sync status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %1's plan the service did not accept %n change(s) you made. See why: samen-cli --plan %2 sync status</source>
        <translation>
            <numerusform>In het plan van %1 heeft de dienst %n wijziging van jou niet geaccepteerd. Zie waarom: samen-cli --plan %2 sync status</numerusform>
            <numerusform>In het plan van %1 heeft de dienst %n wijzigingen van jou niet geaccepteerd. Zie waarom: samen-cli --plan %2 sync status</numerusform>
        </translation>
    </message>
    <message>
        <source>choose a new passphrase (asked in a terminal; else SAMEN_NEW_PASSPHRASE)</source>
        <translation>kies een nieuw wachtwoord (gevraagd in een terminal; anders uit SAMEN_NEW_PASSPHRASE)</translation>
    </message>
    <message>
        <source>--plan needs a value: the plan's id or the citizen's name.</source>
        <translation>--plan heeft een waarde nodig: het id van het plan of de naam van de inwoner.</translation>
    </message>
    <message>
        <source>No new passphrase: set SAMEN_NEW_PASSPHRASE (and SAMEN_PASSPHRASE for the current one), or run samen-cli in a terminal. Nothing was changed.</source>
        <translation>Geen nieuw wachtwoord. Zet SAMEN_NEW_PASSPHRASE (en SAMEN_PASSPHRASE voor het huidige), of start samen-cli in een terminal. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This part of the plan is not shared with you: you may not see or change it. Nothing was saved.</source>
        <translation>Dit deel van het plan is niet met je gedeeld: je mag het niet zien en niet veranderen. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>More than one plan is for someone called %1. Choose one by typing its --plan as shown:</source>
        <translation>Er is meer dan één plan van iemand die %1 heet. Kies er een door de --plan te typen die erbij staat:</translation>
    </message>
    <message>
        <source>you may see %1</source>
        <translation>je mag %1 zien</translation>
    </message>
    <message>
        <source>waiting to be let in</source>
        <translation>wacht om te worden toegelaten</translation>
    </message>
    <message>
        <source>in your caseload since %1</source>
        <translation>in je caseload sinds %1</translation>
    </message>
    <message>
        <source>You left %1's plan: %1 sees that you left. It is no longer in your caseload or on this device, and your other devices let it go at their next sync. To help %1 again, ask %1 for a new invitation.</source>
        <translation>Je bent uit het plan van %1 gestapt: %1 ziet dat je eruit bent gestapt. Het staat niet meer in je caseload en niet meer op dit apparaat, en je andere apparaten laten het los bij hun volgende synchronisatie. Wil je %1 weer helpen? Vraag %1 dan om een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <source>This device cannot tell the service who you are in this plan, so you did not leave it. Nothing was changed: let the next sync fetch the plan again, then try again.</source>
        <translation>Dit apparaat kan de dienst niet vertellen wie je bent in dit plan, dus je bent er niet uit gestapt. Er is niets veranderd: laat de volgende synchronisatie het plan opnieuw ophalen en probeer het dan nog eens.</translation>
    </message>
    <message>
        <source>The case service could not be reached, so you did not leave %1's plan. Nothing was changed: try again when you are online.</source>
        <translation>De dienst was niet bereikbaar, dus je bent niet uit het plan van %1 gestapt. Er is niets veranderd: probeer het opnieuw als je online bent.</translation>
    </message>
    <message>
        <source>The case service did not let you leave %1's plan. Nothing was changed. %2</source>
        <translation>De dienst liet je niet uit het plan van %1 stappen. Er is niets veranderd. %2</translation>
    </message>
    <message>
        <source>This device is not connected to a service, so you cannot leave a plan from it.</source>
        <translation>Dit apparaat is niet verbonden met een dienst, dus je kunt er niet uit een plan mee stappen.</translation>
    </message>
    <message>
        <source>This caseload has no case service to connect to.</source>
        <translation>Deze caseload heeft geen dienst om mee te verbinden.</translation>
    </message>
    <message>
        <source>Type or paste the new enrolment code.</source>
        <translation>Typ of plak de nieuwe aanmeldcode.</translation>
    </message>
    <message>
        <source>Work device</source>
        <translation>Werkapparaat</translation>
    </message>
    <message>
        <source>This code is for a person's own device, not for a professional's: this device was not connected. Ask your administrator for a professional's enrolment code.</source>
        <translation>Deze code is voor het eigen apparaat van iemand, niet voor dat van een professional: dit apparaat is niet verbonden. Vraag je beheerder om een aanmeldcode voor een professional.</translation>
    </message>
    <message>
        <source>Usage: samen-cli caseload [--search NAME]
   or: samen-cli caseload restore
   or: samen-cli caseload leave --plan PLAN [--yes]</source>
        <translation>Gebruik: samen-cli caseload [--search NAAM]
   of: samen-cli caseload restore
   of: samen-cli caseload leave --plan PLAN [--yes]</translation>
    </message>
    <message>
        <source>Say which citizen's plan you leave: samen-cli caseload leave --plan PLAN_ID (or the citizen's name). Your plans:</source>
        <translation>Zeg uit welk plan van een inwoner je stapt: samen-cli caseload leave --plan PLAN_ID (of de naam van de inwoner). Je plannen:</translation>
    </message>
    <message>
        <source>Leaving %1's plan closes your part in it: %1 sees that you left, and what you could see and change ends. The plan is removed from this device and from your other devices. The plan itself stays with %1. To help %1 again later, you need a new invitation.</source>
        <translation>Als je uit het plan van %1 stapt, stopt jouw deel erin: %1 ziet dat je eruit bent gestapt, en wat je kon zien en veranderen stopt. Het plan gaat van dit apparaat en van je andere apparaten af. Het plan zelf blijft bij %1. Wil je %1 later weer helpen? Dan heb je een nieuwe uitnodiging nodig.</translation>
    </message>
    <message>
        <source>Leave %1's plan? Type yes to go on:</source>
        <translation>Uit het plan van %1 stappen? Typ ja om door te gaan:</translation>
    </message>
    <message>
        <source>Connected again to %1 as a professional's device.</source>
        <translation>Opnieuw verbonden met %1 als apparaat van een professional.</translation>
    </message>
    <message numerus="yes">
        <source>Your caseload: %n plan(s). See them with: samen-cli caseload</source>
        <translation>
            <numerusform>Je caseload: %n plan. Bekijk het met: samen-cli caseload</numerusform>
            <numerusform>Je caseload: %n plannen. Bekijk ze met: samen-cli caseload</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage on a professional's device: samen-cli sync status [--plan PLAN_ID]</source>
        <translation>Gebruik op het apparaat van een professional: samen-cli sync status [--plan PLAN_ID_OF_NAAM]</translation>
    </message>
    <message numerus="yes">
        <source>Your caseload: %n plan(s), kept in sync with %1.</source>
        <translation>
            <numerusform>Je caseload: %n plan, bijgehouden met %1.</numerusform>
            <numerusform>Je caseload: %n plannen, bijgehouden met %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the service since %1. Changes are kept here and sent later.</source>
        <translation>Geen verbinding met de dienst sinds %1. Wijzigingen blijven hier bewaard en worden later verstuurd.</translation>
    </message>
    <message>
        <source>The last sync did not work: %1</source>
        <translation>Het laatste bijwerken is niet gelukt: %1</translation>
    </message>
    <message>
        <source>No sync of the whole caseload has run on this device yet: samen-cli sync</source>
        <translation>Op dit apparaat is de hele caseload nog niet bijgewerkt: samen-cli sync</translation>
    </message>
    <message>
        <source>Last sync of every plan: %1.</source>
        <translation>Alle plannen voor het laatst bijgewerkt: %1.</translation>
    </message>
    <message>
        <source>Waiting to be let in: %1.</source>
        <translation>Wachten tot je wordt toegelaten: %1.</translation>
    </message>
    <message>
        <source>Still to send or fetch at the next sync: %1.</source>
        <translation>Nog te versturen of op te halen bij de volgende keer bijwerken: %1.</translation>
    </message>
    <message>
        <source>Every plan is up to date.</source>
        <translation>Alle plannen zijn bijgewerkt.</translation>
    </message>
    <message>
        <source>Notices:</source>
        <translation>Meldingen:</translation>
    </message>
    <message>
        <source>One plan's status: samen-cli --plan NAME sync status</source>
        <translation>De stand van één plan: samen-cli --plan NAAM sync status</translation>
    </message>
    <message>
        <source>synced, changes waiting, offline since, refused changes; on a professional's device the whole caseload (--plan: one plan)</source>
        <translation>bijgewerkt, wachtende wijzigingen, offline sinds, geweigerde wijzigingen; op het apparaat van een professional de hele caseload (--plan: één plan)</translation>
    </message>
    <message>
        <source>To share it: %1
To give the step to someone else: %2
Who is in the plan: %3</source>
        <translation>Om het te delen: %1
Om de stap aan iemand anders te geven: %2
Wie er in het plan zitten: %3</translation>
    </message>
    <message>
        <source>%1 cannot see %2: share %2 with %1 first, or give the step to someone else.</source>
        <translation>%1 kan %2 niet zien: deel %2 eerst met %1, of geef de stap aan iemand anders.</translation>
    </message>
    <message>
        <source>Changes you made in %1's plan could not be sent, so you did not leave it: leaving would lose them. %2</source>
        <translation>Wijzigingen die je in het plan van %1 maakte konden niet worden verstuurd, dus je bent niet uit het plan gestapt: dan zouden ze verloren gaan. %2</translation>
    </message>
    <message>
        <source>Changes you made in %1's plan have not been sent yet, so you did not leave it: leaving would lose them. Nothing was changed: try again when you are online.</source>
        <translation>Wijzigingen die je in het plan van %1 maakte zijn nog niet verstuurd, dus je bent niet uit het plan gestapt: dan zouden ze verloren gaan. Er is niets veranderd: probeer het opnieuw als je online bent.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made in this plan have not been sent yet: they are sent first, and if that cannot be done now, you stay in the plan.</source>
        <translation>
            <numerusform>%n wijziging die je in dit plan maakte is nog niet verstuurd: die wordt eerst verstuurd, en als dat nu niet kan, blijf je in het plan.</numerusform>
            <numerusform>%n wijzigingen die je in dit plan maakte zijn nog niet verstuurd: die worden eerst verstuurd, en als dat nu niet kan, blijf je in het plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>STEP [--undo]: mark a step done, or not done after all (its title or the start of it)</source>
        <translation>STAP [--undo]: zet een stap op klaar, of toch op niet klaar (de titel of het begin ervan)</translation>
    </message>
    <message>
        <source>once it is shared, %1 sends it again; %2 drops it.</source>
        <translation>zodra het gedeeld is, verstuurt %1 haar opnieuw; %2 gooit haar weg.</translation>
    </message>
    <message>
        <source>Usage: samen-cli step done STEP [--undo] (its title or the start of it)</source>
        <translation>Gebruik: samen-cli step done STAP [--undo] (de titel of het begin ervan)</translation>
    </message>
    <message>
        <source>"%1" is open again: it is no longer ticked off.</source>
        <translation>"%1" staat weer open: de stap is niet meer afgevinkt.</translation>
    </message>
    <message>
        <source>Step not done after all</source>
        <translation>Stap toch niet klaar</translation>
    </message>
    <message>
        <source>You are in %1's plan already: it is in your caseload. The invitation was not used; %1 may withdraw it.</source>
        <translation>Je doet al mee met het plan van %1: het staat in je caseload. De uitnodiging is niet gebruikt; %1 kan hem intrekken.</translation>
    </message>
    <message>
        <source>This device was disconnected from the case service: it was revoked, by your administrator or from another device of yours. A disconnected device is no longer trusted with citizens' plans, so they were removed from it; they are still at the service. To work with them again, ask your administrator for a new enrolment code for your existing account, not for a new account (a new account starts empty), or make one on another device of yours; then connect this device again with it.</source>
        <translation>Dit apparaat is losgekoppeld van de dienst: je beheerder of een ander apparaat van jou heeft het ingetrokken. Een losgekoppeld apparaat wordt niet meer vertrouwd met de plannen van inwoners, dus die zijn van dit apparaat gehaald. Bij de dienst staan ze nog. Wil je er weer mee werken? Vraag je beheerder om een nieuwe aanmeldcode voor je bestaande account, niet voor een nieuw account (een nieuw account begint leeg), of maak er een op een ander apparaat van jou. Verbind dit apparaat daarna opnieuw met die code.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is waiting to be sent, but the service did not accept %n change(s) you made.</source>
        <translation>
            <numerusform>Er wacht niets om verstuurd te worden, maar de dienst nam %n wijziging van jou niet aan.</numerusform>
            <numerusform>Er wacht niets om verstuurd te worden, maar de dienst nam %n wijzigingen van jou niet aan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service did not accept %n change(s) you made.</source>
        <translation>
            <numerusform>De dienst nam %n wijziging van jou niet aan.</numerusform>
            <numerusform>De dienst nam %n wijzigingen van jou niet aan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the plan's owner can see the invitations.</source>
        <translation>Alleen de eigenaar van het plan kan de uitnodigingen zien.</translation>
    </message>
    <message>
        <source>Only the plan's owner can withdraw an invitation.</source>
        <translation>Alleen de eigenaar van het plan kan een uitnodiging intrekken.</translation>
    </message>
    <message>
        <source>Only the plan's owner can change what someone may see and change.</source>
        <translation>Alleen de eigenaar van het plan kan veranderen wat iemand mag zien en veranderen.</translation>
    </message>
    <message>
        <source>Only the plan's owner can remove someone from the plan.</source>
        <translation>Alleen de eigenaar van het plan kan iemand uit het plan halen.</translation>
    </message>
    <message>
        <source>One-time code and link for your next device (valid until %1, not shown again):
Code: %2
Link: %3
On that device, in a new data folder: samen-cli --data-dir NEW_FOLDER connect LINK</source>
        <translation>Eenmalige code en link voor je volgende apparaat (geldig tot %1, wordt niet nog eens getoond):
Code: %2
Link: %3
Op dat apparaat, in een nieuwe gegevensmap: samen-cli --data-dir NIEUWE_MAP connect LINK</translation>
    </message>
    <message>
        <source>no role given</source>
        <translation>geen rol opgegeven</translation>
    </message>
    <message>
        <source>This folder is not a professional's device, so it has no caseload.
To make one in an empty folder: samen-cli --data-dir EMPTY_FOLDER connect --service URL --enrol-code CODE</source>
        <translation>Deze map is geen apparaat van een professional, dus er is geen caseload.
Zo maak je er een in een lege map: samen-cli --data-dir LEGE_MAP connect --service URL --enrol-code CODE</translation>
    </message>
    <message>
        <source>The case service cannot be reached right now. Nothing was lost: what is on this device stays here. Try again later.</source>
        <translation>De dienst is nu niet te bereiken. Er is niets verloren: wat op dit apparaat staat, blijft hier. Probeer het later nog eens.</translation>
    </message>
    <message>
        <source>Only the plan's owner can invite someone.</source>
        <translation>Alleen de eigenaar van het plan kan iemand uitnodigen.</translation>
    </message>
    <message>
        <source>This link is for your own next device, not an invitation: there is nothing to preview and no name to give. In a new data folder: samen-cli --data-dir NEW_FOLDER connect LINK</source>
        <translation>Deze link is voor je eigen volgende apparaat, geen uitnodiging: er is niets om vooraf te bekijken en geen naam om op te geven. In een nieuwe gegevensmap: samen-cli --data-dir NIEUWE_MAP connect LINK</translation>
    </message>
    <message>
        <source>Only the plan's owner can let someone in.</source>
        <translation>Alleen de eigenaar van het plan kan iemand toelaten.</translation>
    </message>
    <message>
        <source>Only the plan's owner can decide not to let someone in.</source>
        <translation>Alleen de eigenaar van het plan kan besluiten iemand niet toe te laten.</translation>
    </message>
    <message>
        <source>There is no life domain %1 in this plan. See samen-cli domain list.</source>
        <translation>Er is geen levensgebied %1 in dit plan. Zie samen-cli domain list.</translation>
    </message>
    <message>
        <source>This device's connection to a service could not be read from the damaged file, so the plan cannot be fetched again from here. Join the plan again with a code from its owner (samen-cli join CODE --service URL), or, for your own plan, add this device from your other device (device add there, then samen-cli connect --enrol-code CODE --service URL here).</source>
        <translation>De verbinding van dit apparaat met een dienst kon niet uit het beschadigde bestand worden gelezen. Daarom kan het plan hier niet opnieuw worden opgehaald. Doe opnieuw mee met een code van de eigenaar (samen-cli join CODE --service URL). Is het je eigen plan? Voeg dit apparaat dan toe vanaf je andere apparaat (daar device add, dan hier samen-cli connect --enrol-code CODE --service URL).</translation>
    </message>
    <message>
        <source>This is an invitation to someone's plan, not a link for your own next device. To accept it, in a new data folder: samen-cli --data-dir NEW_FOLDER join LINK</source>
        <translation>Dit is een uitnodiging voor het plan van iemand, geen link voor je eigen volgende apparaat. Om hem aan te nemen, in een nieuwe gegevensmap: samen-cli --data-dir NIEUWE_MAP join LINK</translation>
    </message>
    <message>
        <source>See why: samen-cli sync status</source>
        <translation>Zie waarom: samen-cli sync status</translation>
    </message>
    <message>
        <source>No goals yet. You may read this plan but not change it, so you cannot add goals: the plan's owner can, or someone they let change a life domain.</source>
        <translation>Nog geen doelen. Je mag dit plan lezen maar niet veranderen, dus je kunt geen doelen toevoegen. De eigenaar van het plan kan dat wel, of iemand die een levensgebied mag veranderen.</translation>
    </message>
    <message>
        <source>The service's certificate has expired, or this device's date and time are wrong: check them first.</source>
        <translation>Het certificaat van de dienst is verlopen, of de datum en tijd van dit apparaat kloppen niet: controleer die eerst.</translation>
    </message>
    <message>
        <source>(This %1: %2.)</source>
        <translation>(Deze %1: %2.)</translation>
    </message>
    <message>
        <source>Still busy with the service after %1 seconds. If it does not answer, Samen keeps trying for a while. To stop, press Ctrl+C: nothing on this device is lost.</source>
        <translation>Na %1 seconden nog bezig met de dienst. Als de dienst niet antwoordt, blijft Samen het nog een tijdje proberen. Stoppen kan met Ctrl+C: er gaat niets verloren op dit apparaat.</translation>
    </message>
    <message>
        <source>This device's caseload file (device.db in %1) is damaged or incomplete, so your caseload cannot be opened here. Nothing was changed. The citizens' plans are safe at the service; only changes made here and not sent yet may be lost.
To work again: keep this folder aside (rename it), ask your administrator to revoke this device and give you a new enrolment code, and connect again with that code in an empty folder. Your plans come back at its first sync.</source>
        <translation>Het caseloadbestand van dit apparaat (device.db in %1) is beschadigd of niet compleet. Daarom kan je caseload hier niet open. Er is niets veranderd. De plannen van de inwoners zijn veilig bij de dienst; alleen wijzigingen die je hier maakte en nog niet verstuurde, kunnen verloren zijn.
Zo kun je weer werken: zet deze map opzij (geef hem een andere naam), vraag je beheerder dit apparaat in te trekken en je een nieuwe aanmeldcode te geven, en verbind opnieuw met die code, in een lege map. Bij de eerste synchronisatie komen je plannen terug.</translation>
    </message>
    <message>
        <source>To add the plan to your caseload: samen-cli join %1</source>
        <translation>Het plan in je caseload zetten: samen-cli join %1</translation>
    </message>
    <message>
        <source>To accept: samen-cli join %1
To be shown in the plan under another name, add: --name "YOUR NAME"</source>
        <translation>Aannemen: samen-cli join %1
Wil je in het plan een andere naam, voeg dan toe: --name "JOUW NAAM"</translation>
    </message>
    <message>
        <source>Usage on a professional's device: samen-cli join LINK_OR_CODE [--preview] [--name NAME]</source>
        <translation>Gebruik op het apparaat van een professional: samen-cli join LINK_OF_CODE [--preview] [--name NAAM]</translation>
    </message>
    <message>
        <source>This professional's device is enrolled already, so the enrolment code was not used (a code that enrolled it before is used up).</source>
        <translation>Dit apparaat van een professional is al aangemeld. De aanmeldcode is dus niet gebruikt (een code waarmee het eerder is aangemeld, is opgebruikt).</translation>
    </message>
    <message>
        <source>The device keeps the name it was enrolled with: --device-name was not used.</source>
        <translation>Het apparaat houdt de naam waarmee het is aangemeld: --device-name is niet gebruikt.</translation>
    </message>
    <message>
        <source>Enrolled: this folder is now your professional's device at %1 (the enrolment code is used up). Join each citizen's plan here with the code they give you.</source>
        <translation>Aangemeld: deze map is nu je apparaat als professional bij %1 (de aanmeldcode is opgebruikt). Doe hier mee met het plan van elke inwoner, met de code die die inwoner je geeft.</translation>
    </message>
    <message>
        <source>This folder stays connected to the service (the enrolment code is used up): join again here with a right or new invitation code; the enrolment code is not needed again.</source>
        <translation>Deze map blijft verbonden met de dienst (de aanmeldcode is opgebruikt). Doe hier opnieuw mee met een juiste of nieuwe uitnodigingscode; de aanmeldcode is niet meer nodig.</translation>
    </message>
    <message>
        <source>You used this invitation already: %1's plan is in your caseload, waiting for %1 to let you in. Nothing else is needed; once %1 has, run samen-cli sync.</source>
        <translation>Je hebt deze uitnodiging al gebruikt: het plan van %1 staat in je caseload en wacht tot %1 je toelaat. Je hoeft verder niets te doen. Als %1 je heeft toegelaten: samen-cli sync.</translation>
    </message>
    <message>
        <source>You used this invitation already: %1's plan is in your caseload (samen-cli caseload).</source>
        <translation>Je hebt deze uitnodiging al gebruikt: het plan van %1 staat in je caseload (samen-cli caseload).</translation>
    </message>
    <message>
        <source>Connect again with: samen-cli connect --enrol-code CODE (a code for your existing account from your administrator, or from device add on another device of yours).</source>
        <translation>Verbind opnieuw met: samen-cli connect --enrol-code CODE (een code voor je bestaande account van je beheerder, of van device add op een ander apparaat van jou).</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1 of %n plan(s).</source>
        <translation>
            <numerusform>%1 van %n plan bijgewerkt.</numerusform>
            <numerusform>%1 van %n plannen bijgewerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes received: %1, sent: %2.</source>
        <translation>Wijzigingen ontvangen: %1, verstuurd: %2.</translation>
    </message>
    <message>
        <source>The plan is not in your caseload yet. To add it: samen-cli join %1</source>
        <translation>Het plan staat nog niet in je caseload. Zo voeg je het toe: samen-cli join %1</translation>
    </message>
    <message>
        <source>This device does not know its service: add --service https://HOST:PORT.</source>
        <translation>Dit apparaat weet niet met welke dienst het werkt: voeg --service https://HOST:POORT toe.</translation>
    </message>
    <message>
        <source>%1 joined with your invitation and is waiting for you to let them in.
Next step: samen-cli member let-in %2 (or: samen-cli member decline %2)</source>
        <translation>%1 heeft je uitnodiging gebruikt en wacht tot je ze toelaat.
Volgende stap: samen-cli member let-in %2 (of: samen-cli member decline %2)</translation>
    </message>
    <message>
        <source>This device trusts its service as it did when it was enrolled: --ca-file and --pin-sha256 were not used.</source>
        <translation>Dit apparaat vertrouwt zijn dienst zoals bij het aanmelden: --ca-file en --pin-sha256 zijn niet gebruikt.</translation>
    </message>
    <message>
        <source>Every command: samen-cli help</source>
        <translation>Alle opdrachten: samen-cli help</translation>
    </message>
    <message>
        <source>This invitation from %1 is for someone in their own circle (%2), not for a professional: a professional's device does not take it up, and it was not used. If %1 meant you as a professional, ask for an invitation for a professional.</source>
        <translation>Deze uitnodiging van %1 is voor iemand uit de eigen kring (%2), niet voor een professional: het apparaat van een professional neemt hem niet aan, en hij is niet gebruikt. Bedoelde %1 jou als professional? Vraag dan om een uitnodiging voor een professional.</translation>
    </message>
    <message>
        <source>You asked to join %1's plan already: it is in your caseload, waiting for %1 to let you in. The invitation was not used; %1 may withdraw it.</source>
        <translation>Je hebt al gevraagd mee te doen met het plan van %1: het staat in je caseload en wacht tot %1 je toelaat. De uitnodiging is niet gebruikt; %1 kan hem intrekken.</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>de eigenaar</translation>
    </message>
    <message>
        <source>Your request to join is taken back: %1 no longer sees you waiting.</source>
        <translation>Je verzoek om mee te doen is ingetrokken: %1 ziet je niet meer wachten.</translation>
    </message>
    <message>
        <source>Only the start of the plan file (the salt of its key) was damaged. It was written back from its copy, and nothing was lost. The file as it was found is kept in %1.</source>
        <translation>Alleen het begin van het planbestand (het zout van de sleutel) was beschadigd. Het is teruggezet uit de kopie, en er is niets verloren. Het bestand zoals het gevonden werd, staat in %1.</translation>
    </message>
    <message>
        <source>%1's plan: %2</source>
        <translation>Plan van %1: %2</translation>
    </message>
    <message>
        <source>There is no copy of the plan file's salt to restore.</source>
        <translation>Er is geen kopie van het zout van het planbestand om terug te zetten.</translation>
    </message>
    <message>
        <source>The plan file could not be written. Nothing was changed.</source>
        <translation>Het planbestand kon niet worden geschreven. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>%1 is revoked: it can no longer sign in to the service. At its next contact it deletes the citizens' plans it holds.</source>
        <translation>%1 is ingetrokken: het kan niet meer inloggen bij de dienst. Bij het volgende contact wist het de plannen van inwoners die erop staan.</translation>
    </message>
    <message>
        <source>--domain KEY TITLE [--why TEXT] [--due DATE]: add a goal</source>
        <translation>--domain GEBIED TITEL [--why TEKST] [--due DATUM]: voeg een doel toe</translation>
    </message>
    <message>
        <source>--kind KIND --name N [--organisation O] [--role R] [--domains K,...]: add someone to the plan</source>
        <translation>--kind SOORT --name N [--organisation O] [--role R] [--domains G,...]: voeg iemand toe aan het plan</translation>
    </message>
    <message>
        <source>The passphrase is wrong, so the plan file could not be repaired. Nothing was changed.</source>
        <translation>Het wachtwoord klopt niet, dus het planbestand kon niet worden hersteld. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This is the device you are using, and revoking it cannot be undone. Revoke it from another of your devices, or ask your service's administrator. To take one citizen's plan off this device instead: samen-cli erase --plan NAME</source>
        <translation>Dit is het apparaat dat je nu gebruikt, en intrekken kan niet ongedaan worden gemaakt. Trek het in vanaf een ander apparaat van je, of vraag het aan de beheerder van je dienst. Wil je alleen het plan van één inwoner van dit apparaat halen? samen-cli erase --plan NAAM</translation>
    </message>
    <message>
        <source>The file of this plan on this device is damaged. The plan is safe at the service. Next step: samen-cli repair --plan %1</source>
        <translation>Het bestand van dit plan op dit apparaat is beschadigd. Het plan is veilig bij de dienst. Volgende stap: samen-cli repair --plan %1</translation>
    </message>
    <message>
        <source>Next step: see them with samen-cli caseload</source>
        <translation>Volgende stap: bekijk ze met samen-cli caseload</translation>
    </message>
    <message>
        <source>Usage: samen-cli caseload leave --plan PLAN [--yes]</source>
        <translation>Gebruik: samen-cli caseload leave --plan PLAN [--yes]</translation>
    </message>
    <message>
        <source>The file of %1's plan on this device is damaged or incomplete. Nothing was changed; the plan is safe at the service.
Next step: samen-cli repair --plan %2. It keeps the damaged file and fetches the plan from the service again.</source>
        <translation>Het bestand van het plan van %1 op dit apparaat is beschadigd of niet compleet. Er is niets veranderd; het plan is veilig bij de dienst.
Volgende stap: samen-cli repair --plan %2. Dat bewaart het beschadigde bestand en haalt het plan opnieuw op bij de dienst.</translation>
    </message>
    <message>
        <source>on a professional's device, the plans erased from this device come back</source>
        <translation>op het apparaat van een professional komen de plannen terug die van dit apparaat gewist zijn</translation>
    </message>
    <message>
        <source>--plan PLAN [--yes]: you leave the citizen's plan (they see it) and it leaves your devices</source>
        <translation>--plan PLAN [--yes]: je stapt uit het plan van de inwoner (die ziet dat) en het gaat van je apparaten af</translation>
    </message>
    <message>
        <source>[--search NAME]: on a professional's device, every citizen's plan, most needing attention first</source>
        <translation>[--search NAAM]: op het apparaat van een professional elk plan van een inwoner, wat de meeste aandacht vraagt eerst</translation>
    </message>
    <message>
        <source>Say what to do with %1, with one of these:</source>
        <translation>Zeg wat je wilt doen met %1, met een van deze:</translation>
    </message>
    <message>
        <source>Erase your request to join %1's plan from this device? It still waits at the service. Type yes to go on:</source>
        <translation>Je verzoek om mee te doen met het plan van %1 van dit apparaat wissen? Het wacht nog bij de dienst. Typ ja om door te gaan:</translation>
    </message>
    <message>
        <source>Your request to join %1's plan is erased from this device. It still waits at the service: %1 sees you waiting and can let you in. To have it here again: samen-cli caseload restore. To take the request back: samen-cli caseload restore, then samen-cli caseload leave --plan %2</source>
        <translation>Je verzoek om mee te doen met het plan van %1 is van dit apparaat gewist. Het wacht nog bij de dienst: %1 ziet dat je wacht en kan je toelaten. Wil je het hier weer hebben? samen-cli caseload restore. Wil je het verzoek intrekken? samen-cli caseload restore, en daarna samen-cli caseload leave --plan %2</translation>
    </message>
    <message>
        <source>Your request to join could not be taken back at the service, so nothing was erased. %1 Try again when the service can be reached, or erase only this device's copy with: samen-cli erase --this-device-only (%2 then still sees you waiting, until they let you in or turn you away).</source>
        <translation>Je verzoek om mee te doen kon bij de dienst niet ingetrokken worden, dus er is niets gewist. %1 Probeer het opnieuw als de dienst bereikbaar is, of wis alleen wat op dit apparaat staat met: samen-cli erase --this-device-only (%2 ziet dan nog dat je wacht, tot die je toelaat of afwijst).</translation>
    </message>
    <message>
        <source>Say what kind of person you invite: --kind network for family, friends and neighbours, or --kind professional for someone who helps you for their work.</source>
        <translation>Zeg wat voor persoon je uitnodigt: --kind network voor familie, vrienden en buren, of --kind professional voor iemand die je helpt vanuit zijn of haar werk.</translation>
    </message>
    <message>
        <source>Say whom you invite: --name NAME (or --member NAME for someone already written in your plan).</source>
        <translation>Zeg wie je uitnodigt: --name NAAM (of --member NAAM voor iemand die al in je plan staat).</translation>
    </message>
    <message>
        <source>Is %1 someone else? Then invite them under a name that tells them apart, such as their full name.</source>
        <translation>Is %1 iemand anders? Nodig die dan uit onder een naam die het verschil laat zien, zoals de volledige naam.</translation>
    </message>
    <message>
        <source>Your plan file can be read: there is nothing to repair.</source>
        <translation>Je planbestand is te lezen: er is niets te herstellen.</translation>
    </message>
    <message>
        <source>Your request to join %1's plan is taken back: %1 no longer sees you waiting. It is no longer in your caseload or on this device. To help %1 after all, ask %1 for a new invitation.</source>
        <translation>Je verzoek om mee te doen met het plan van %1 is ingetrokken: %1 ziet je niet meer wachten. Het staat niet meer in je caseload en niet meer op dit apparaat. Wil je %1 toch helpen? Vraag %1 dan om een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <source>%1 (added %2)</source>
        <translation>%1 (toegevoegd %2)</translation>
    </message>
    <message>
        <source>This folder is not a professional's device, so it has no caseload. To leave someone else's plan you are a member of on your own device: samen-cli erase (on your own plan, erase deletes it for everyone: see samen-cli erase --help)</source>
        <translation>Deze map is geen apparaat van een professional, dus er is geen caseload. Wil je op je eigen apparaat uit het plan van iemand anders stappen waar je lid van bent? samen-cli erase (bij je eigen plan wist erase het voor iedereen: zie samen-cli erase --help)</translation>
    </message>
    <message>
        <source>Leaving takes back your request to join %1's plan: %1 no longer sees you waiting. It leaves this device and your other devices. To help %1 later, you need a new invitation.</source>
        <translation>Uitstappen trekt je verzoek in om mee te doen met het plan van %1: %1 ziet je dan niet meer wachten. Het gaat van dit apparaat en van je andere apparaten af. Wil je %1 later helpen? Dan heb je een nieuwe uitnodiging nodig.</translation>
    </message>
    <message>
        <source>Erasing deletes what this device holds for your request to join the plan of %1. The request itself stays at the service: %1 still sees you waiting. Ask %1 to turn it away; if %1 lets you in, nothing of the plan comes to this device.</source>
        <translation>Wissen verwijdert wat dit apparaat bewaart voor je verzoek om mee te doen met het plan van %1. Het verzoek zelf blijft bij de dienst: %1 ziet nog dat je wacht. Vraag %1 het af te wijzen; als %1 je toch toelaat, komt er niets van het plan op dit apparaat.</translation>
    </message>
    <message>
        <source>Erase your request to join? Type yes to go on:</source>
        <translation>Je verzoek om mee te doen wissen? Typ ja om door te gaan:</translation>
    </message>
    <message>
        <source>The service could not be reached.</source>
        <translation>De dienst was niet bereikbaar.</translation>
    </message>
    <message>
        <source>What this device held for your request to join is erased.</source>
        <translation>Wat dit apparaat bewaarde voor je verzoek om mee te doen, is gewist.</translation>
    </message>
    <message>
        <source>Your request to join still waits at the service: %1 still sees you waiting. Ask %1 to turn it away; if %1 lets you in, nothing of the plan comes to this device.</source>
        <translation>Je verzoek om mee te doen wacht nog bij de dienst: %1 ziet nog dat je wacht. Vraag %1 het af te wijzen; als %1 je toch toelaat, komt er niets van het plan op dit apparaat.</translation>
    </message>
    <message>
        <source>- %1 (from %2 to %3)</source>
        <translation>- %1 (van %2 tot %3)</translation>
    </message>
    <message>
        <source>%1 is already in your plan. To invite this person to use Samen on a device of their own, run: samen-cli invite create --member %2 --kind %3 --grant DOMAIN:read. If they use Samen already, change what they may see with: samen-cli access set %2 DOMAIN read</source>
        <translation>%1 staat al in je plan. Wil je deze persoon uitnodigen om Samen op een eigen apparaat te gebruiken? Typ dan: samen-cli invite create --member %2 --kind %3 --grant GEBIED:read. Gebruikt deze persoon Samen al? Verander dan wat die mag zien met: samen-cli access set %2 GEBIED read</translation>
    </message>
    <message>
        <source>See who is in the plan: samen-cli member list. Change what %1 may see: samen-cli access set %2 DOMAIN read. Take them out of the plan: samen-cli member revoke %2</source>
        <translation>Zie wie er in het plan staan: samen-cli member list. Verander wat %1 mag zien: samen-cli access set %2 GEBIED read. Haal die persoon uit het plan: samen-cli member revoke %2</translation>
    </message>
    <message>
        <source>(to revoke that one: samen-cli device revoke %1)</source>
        <translation>(dat apparaat intrekken: samen-cli device revoke %1)</translation>
    </message>
    <message>
        <source>This file holds what the owner of a plan shares with you, saved on your device. It is their plan, not yours, so it cannot be imported as a plan of your own. Nothing was changed.</source>
        <translation>Dit bestand bevat wat de eigenaar van een plan met je deelt, bewaard op jouw apparaat. Het is hun plan, niet het jouwe, dus het kan niet als je eigen plan worden geïmporteerd. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Usage: samen-cli caseload restore (it brings back every plan erased from this device)</source>
        <translation>Gebruik: samen-cli caseload restore (dat haalt elk plan terug dat van dit apparaat gewist is)</translation>
    </message>
    <message>
        <source>MEMBER_ID DOMAIN read|write|none: what a member may see and change (by name: access set)</source>
        <translation>LID_ID GEBIED read|write|none: wat iemand mag zien en veranderen (met een naam: access set)</translation>
    </message>
    <message>
        <source>MEMBER_ID: let someone who redeemed your invitation in (by name: member let-in)</source>
        <translation>LID_ID: laat iemand toe die je uitnodiging gebruikte (met een naam: member let-in)</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Give --data-dir a folder (a new or empty one for a new plan).</source>
        <translation>%1 is een bestand, geen map. Geef bij --data-dir een map op (een nieuwe of lege map voor een nieuw plan).</translation>
    </message>
    <message>
        <source>Erasing takes back your request to join the plan of %1: %1 no longer sees you waiting to be let in, and what this device holds for it is deleted. If %1 has let you in meanwhile, you leave the plan.</source>
        <translation>Wissen trekt je verzoek in om mee te doen met het plan van %1: %1 ziet je dan niet meer wachten, en wat dit apparaat ervoor bewaart wordt gewist. Heeft %1 je intussen toegelaten? Dan stap je uit het plan.</translation>
    </message>
    <message>
        <source>What %1 shares with you of their plan is saved in %2 (FHIR R4, %3 records). It is %1's data: keep it safe, and do not pass it on without asking %1.</source>
        <translation>Wat %1 van het plan met je deelt, staat in %2 (FHIR R4, %3 gegevens). Het zijn de gegevens van %1: bewaar ze goed, en geef ze niet door zonder het %1 te vragen.</translation>
    </message>
    <message>
        <source>the plan's owner</source>
        <translation>de eigenaar van het plan</translation>
    </message>
    <message>
        <source>%1 is in the plan already: there is nothing to let in or decline. See samen-cli member list.</source>
        <translation>%1 staat al in het plan: er is niemand toe te laten of af te wijzen. Zie samen-cli member list.</translation>
    </message>
    <message>
        <source>Usage: samen-cli member revoke NAME_OR_ID [--yes]</source>
        <translation>Gebruik: samen-cli member revoke NAAM_OF_ID [--yes]</translation>
    </message>
    <message>
        <source>Removing %1 ends all they may see and change in this plan. Their devices delete the plan. To have %1 in the plan again, you invite them again.</source>
        <translation>Als je %1 weghaalt, mag %1 niets meer zien of veranderen in dit plan. De apparaten van %1 wissen het plan. Wil je %1 later weer in het plan, dan nodig je %1 opnieuw uit.</translation>
    </message>
    <message>
        <source>Remove %1 from the plan? Type yes to go on:</source>
        <translation>%1 uit het plan halen? Typ ja om door te gaan:</translation>
    </message>
    <message>
        <source>%1 is still in the plan.</source>
        <translation>%1 zit nog in het plan.</translation>
    </message>
    <message>
        <source>Revoking %1 means it can no longer sign in to the service. At its next contact it deletes what it holds. To use it again, you connect it as a new device.</source>
        <translation>Als je %1 intrekt, kan dat apparaat niet meer inloggen bij de dienst. Bij het volgende contact wist het wat erop staat. Wil je het weer gebruiken, dan verbind je het als nieuw apparaat.</translation>
    </message>
    <message>
        <source>Revoke %1? Type yes to go on:</source>
        <translation>%1 intrekken? Typ ja om door te gaan:</translation>
    </message>
    <message>
        <source>%1 can still sign in.</source>
        <translation>%1 kan nog inloggen.</translation>
    </message>
    <message>
        <source>Usage: samen-cli device revoke NAME_OR_ID [--yes]  (see samen-cli device list)</source>
        <translation>Gebruik: samen-cli device revoke NAAM_OF_ID [--yes]  (zie samen-cli device list)</translation>
    </message>
    <message>
        <source>your request to join %1's plan still waits.</source>
        <translation>je verzoek om mee te doen met het plan van %1 wacht nog.</translation>
    </message>
    <message>
        <source>you are still in %1's plan.</source>
        <translation>je zit nog in het plan van %1.</translation>
    </message>
    <message>
        <source>NAME [--yes]: a device of your account (see device list) may no longer sign in (asks first)</source>
        <translation>NAAM [--yes]: een apparaat van je account (zie device list) mag niet meer inloggen (vraagt eerst)</translation>
    </message>
    <message>
        <source>NAME_OR_ID [--yes]: remove someone from the plan at the service (asks first)</source>
        <translation>NAAM_OF_ID [--yes]: iemand uit het plan halen bij de dienst (vraagt eerst)</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Er is niets veranderd: %1</translation>
    </message>
    <message>
        <source>To do this without the question (in a script, say), add --yes to the command.</source>
        <translation>Wil je dit doen zonder deze vraag (bijvoorbeeld in een script), zet dan --yes achter de opdracht.</translation>
    </message>
    <message>
        <source>That earlier value was not found for this item. See: samen-cli history %1</source>
        <translation>Die eerdere waarde is niet gevonden bij dit item. Zie: samen-cli history %1</translation>
    </message>
    <message>
        <source>That earlier value is of %1, not of %2. Nothing was changed.</source>
        <translation>Die eerdere waarde hoort bij %1, niet bij %2. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The service refused %1: see samen-cli sync status.</source>
        <translation>De dienst weigerde %1. Zie: samen-cli sync status</translation>
    </message>
    <message>
        <source>Samen's life domains</source>
        <translation>De levensgebieden van Samen</translation>
    </message>
    <message>
        <source>Positive Health</source>
        <translation>Positieve Gezondheid</translation>
    </message>
    <message>
        <source>Care workers' list</source>
        <translation>Lijst van hulpverleners</translation>
    </message>
    <message>
        <source>This is already the value of %1. Nothing was changed.</source>
        <translation>Dit is al de waarde van %1. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Work, neighbours and volunteers</source>
        <translation>Werk, buren en vrijwilligers</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Hulpverleners</translation>
    </message>
    <message>
        <source>may see</source>
        <translation>mag zien</translation>
    </message>
    <message>
        <source>may see and change</source>
        <translation>mag zien en veranderen</translation>
    </message>
    <message>
        <source>may not see</source>
        <translation>mag niet zien</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>nog niet gebruikt</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aangenomen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>Nothing of your plan could be read from the damaged file, nor a connection to a service that holds a copy of it, so this device holds no plan now.</source>
        <translation>Niets van je plan kon gelezen worden uit het beschadigde bestand, en ook geen verbinding met een dienst die een kopie heeft. Daarom staat er nu geen plan op dit apparaat.</translation>
    </message>
    <message>
        <source>(set)</source>
        <comment>a position in the list was set, in the history</comment>
        <translation>(ingesteld)</translation>
    </message>
    <message>
        <source>This plan's file was too damaged to fetch the plan again in place: erase it from this device (samen-cli erase --plan %1), then samen-cli caseload restore fetches it whole.</source>
        <translation>Het bestand van dit plan was te zwaar beschadigd om het plan hier opnieuw op te halen. Wis het van dit apparaat (samen-cli erase --plan %1). Daarna haalt samen-cli caseload restore het helemaal opnieuw op.</translation>
    </message>
    <message>
        <source>The service no longer lists this plan in your caseload. Nothing on this device was deleted.</source>
        <translation>De dienst noemt dit plan niet meer bij jouw cliënten. Er is niets gewist op dit apparaat.</translation>
    </message>
    <message>
        <source>The plan has not arrived on this device yet: it is fetched from the service.
Next step: samen-cli sync</source>
        <translation>Het plan is nog niet op dit apparaat: het wordt opgehaald bij de dienst.
Volgende stap: samen-cli sync</translation>
    </message>
    <message>
        <source>Access and invitations are changed at the service, not by bringing back an earlier value. Change what this person may see and change instead. Nothing was changed.</source>
        <translation>Toegang en uitnodigingen verander je bij de dienst, niet door een eerdere waarde terug te zetten. Verander liever wat deze persoon mag zien en veranderen. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The time a step was done follows its done mark: bring back an earlier done mark instead. Nothing was changed.</source>
        <translation>Het tijdstip waarop een stap klaar was hoort bij het vinkje voor klaar: zet liever een eerder vinkje terug. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>once it is shared, %1 sends every refused change again; %2 drops every refused change.</source>
        <translation>zodra het gedeeld is, verstuurt %1 alle geweigerde wijzigingen opnieuw; %2 gooit alle geweigerde wijzigingen weg.</translation>
    </message>
    <message>
        <source>samen-cli sync retry --all sends every refused change again.</source>
        <translation>samen-cli sync retry --all verstuurt alle geweigerde wijzigingen opnieuw.</translation>
    </message>
    <message>
        <source>samen-cli sync discard --all drops every refused change.</source>
        <translation>samen-cli sync discard --all gooit alle geweigerde wijzigingen weg.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) discarded: the plan on this device is as if they were never made.</source>
        <translation>
            <numerusform>%n wijziging weggegooid. Het plan op dit apparaat is zoals het was zonder deze wijziging.</numerusform>
            <numerusform>%n wijzigingen weggegooid. Het plan op dit apparaat is zoals het was zonder deze wijzigingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you had made on this device, not taken in by the service yet, went with the plans: they were not saved anywhere.</source>
        <translation>
            <numerusform>%n wijziging die je op dit apparaat had gemaakt en die de dienst nog niet had overgenomen, is met de plannen meegegaan: die is nergens bewaard.</numerusform>
            <numerusform>%n wijzigingen die je op dit apparaat had gemaakt en die de dienst nog niet had overgenomen, zijn met de plannen meegegaan: die zijn nergens bewaard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you had made here, not taken in by the service yet, went with it: they were not saved anywhere.</source>
        <translation>
            <numerusform>%n wijziging die je hier had gemaakt en die de dienst nog niet had overgenomen, is mee verdwenen. Die is nergens bewaard.</numerusform>
            <numerusform>%n wijzigingen die je hier had gemaakt en die de dienst nog niet had overgenomen, zijn mee verdwenen. Die zijn nergens bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>One of the words you typed is empty: quotes with nothing between them. Type the name or text between the quotes. Nothing was changed.</source>
        <translation>Een van de woorden die je typte is leeg: aanhalingstekens zonder iets ertussen. Typ de naam of tekst tussen de aanhalingstekens. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>GOAL|STEP|ID: every change, old values included</source>
        <translation>DOEL|STAP|ID: elke wijziging, ook de oude waarden</translation>
    </message>
    <message>
        <source>GOAL|STEP|ID [FIELD] OP_ID: bring back an earlier value</source>
        <translation>DOEL|STAP|ID [VELD] OP_ID: zet een eerdere waarde terug</translation>
    </message>
    <message>
        <source>There is no goal or step called %1, and no item with that id. samen-cli goal list shows them.</source>
        <translation>Er is geen doel of stap die %1 heet, en ook niets met die id. Je ziet ze met: samen-cli goal list</translation>
    </message>
    <message>
        <source>Usage: samen-cli history GOAL|STEP|ID  (a goal's or step's title, or the start of it)</source>
        <translation>Gebruik: samen-cli history DOEL|STAP|ID  (de titel van een doel of stap, of het begin ervan)</translation>
    </message>
    <message>
        <source>Usage: samen-cli restore GOAL|STEP|ID [FIELD] OP_ID   (OP_ID: as samen-cli history GOAL|STEP|ID shows it)</source>
        <translation>Gebruik: samen-cli restore DOEL|STAP|ID [VELD] OP_ID   (OP_ID: zoals samen-cli history DOEL|STAP|ID die laat zien)</translation>
    </message>
</context>
<context>
    <name>samen::NetworkClient</name>
    <message>
        <source>Could not reach the service. Check the internet connection and try again.</source>
        <translation>De dienst is niet bereikbaar. Controleer de internetverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Only the owner of this plan may do this.</source>
        <translation>Alleen de eigenaar van dit plan mag dit doen.</translation>
    </message>
    <message>
        <source>This device could not sign in to the service.</source>
        <translation>Dit apparaat kon niet inloggen bij de dienst.</translation>
    </message>
    <message>
        <source>This invitation code is not known. Check it, or ask for a new invitation.</source>
        <translation>Deze uitnodigingscode is onbekend. Controleer de code, of vraag om een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <source>This person is no longer waiting to join.</source>
        <translation>Deze persoon wacht niet meer om mee te doen.</translation>
    </message>
    <message>
        <source>This person is no longer in the plan.</source>
        <translation>Deze persoon zit niet meer in het plan.</translation>
    </message>
    <message>
        <source>This invitation no longer exists.</source>
        <translation>Deze uitnodiging bestaat niet meer.</translation>
    </message>
    <message>
        <source>This device is not one of yours.</source>
        <translation>Dit apparaat is niet van jou.</translation>
    </message>
    <message>
        <source>The service does not know this plan, or you are not in it.</source>
        <translation>De dienst kent dit plan niet, of je zit er niet in.</translation>
    </message>
    <message>
        <source>This person already has a place in the plan or an open invitation.</source>
        <translation>Deze persoon zit al in het plan of heeft al een open uitnodiging.</translation>
    </message>
    <message>
        <source>You are already in this plan, or this device already holds a plan.</source>
        <translation>Je zit al in dit plan, of dit apparaat heeft al een plan.</translation>
    </message>
    <message>
        <source>This person is not waiting to be let in.</source>
        <translation>Deze persoon wacht niet om te worden toegelaten.</translation>
    </message>
    <message>
        <source>This invitation was already used or withdrawn.</source>
        <translation>Deze uitnodiging is al gebruikt of ingetrokken.</translation>
    </message>
    <message>
        <source>You cannot remove yourself from your own plan.</source>
        <translation>Je kunt jezelf niet uit je eigen plan halen.</translation>
    </message>
    <message>
        <source>This clashes with a change made in the meantime. Look again and try once more.</source>
        <translation>Dit botst met een wijziging van intussen. Kijk opnieuw en probeer het nog een keer.</translation>
    </message>
    <message>
        <source>This invitation was already used, withdrawn, or has expired. Ask for a new one.</source>
        <translation>Deze uitnodiging is al gebruikt, ingetrokken of verlopen. Vraag om een nieuwe.</translation>
    </message>
    <message>
        <source>The service did not accept what was entered. Check the names, dates and texts.</source>
        <translation>De dienst nam niet aan wat is ingevuld. Controleer de namen, datums en teksten.</translation>
    </message>
    <message>
        <source>This device is not connected to a service yet.</source>
        <translation>Dit apparaat is nog niet met een dienst verbonden.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again later.</source>
        <translation>Er ging iets mis. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>This plan does not have one of these life areas. Access can only be given to the plan's own life areas.</source>
        <translation>Dit plan heeft een van deze levensgebieden niet. Je kunt alleen toegang geven tot de eigen levensgebieden van het plan.</translation>
    </message>
    <message>
        <source>Someone in this plan already has this name. Join under a name that tells you apart, for example with your surname.</source>
        <translation>Iemand in dit plan heeft al deze naam. Doe mee onder een naam waaraan anderen je herkennen, bijvoorbeeld met je achternaam.</translation>
    </message>
    <message>
        <source>Someone in this plan already has this name. Invite this person under a name that tells them apart, for example with their surname.</source>
        <translation>Iemand in dit plan heeft al deze naam. Nodig deze persoon uit onder een naam waaraan anderen hem of haar herkennen, bijvoorbeeld met de achternaam.</translation>
    </message>
    <message>
        <source>This is the device you are using, and revoking it cannot be undone. Revoke it from another of your devices, or erase the plan from this one.</source>
        <translation>Dit is het apparaat dat je nu gebruikt, en intrekken kan niet ongedaan worden gemaakt. Trek het in vanaf een ander apparaat van je, of wis het plan van dit apparaat.</translation>
    </message>
    <message>
        <source>Someone in your plan already has this name, so this person cannot be let in under it. Decline them and invite them again under a name that tells them apart, for example with their surname.</source>
        <translation>Iemand in je plan heeft deze naam al, dus deze persoon kan er niet onder worden toegelaten. Wijs de persoon af en nodig hem of haar opnieuw uit onder een naam die het verschil laat zien, bijvoorbeeld met de achternaam.</translation>
    </message>
    <message>
        <source>%1 has an invitation already that is not used yet (it can be used until %2). To give a new code, withdraw that one first under "Invitations not used yet" on the People page, then invite again.</source>
        <translation>%1 heeft al een uitnodiging die nog niet gebruikt is (die kan gebruikt worden tot %2). Wil je een nieuwe code geven? Trek die uitnodiging dan eerst in op de pagina Mensen, onder "Uitnodigingen die nog niet gebruikt zijn", en nodig daarna opnieuw uit.</translation>
    </message>
    <message>
        <source>%1 joined with your invitation and is waiting for you to let them in. Let them in, or decline them, on the People page.</source>
        <translation>%1 heeft je uitnodiging gebruikt en wacht tot je ze toelaat. Laat ze toe, of wijs ze af, op de pagina Mensen.</translation>
    </message>
    <message>
        <source>This invitation is for a professional whom the service has registered, and this device is not connected as one. If you are that professional, join with the enrolment code your service's administrator gave you as well. Otherwise, ask the person who invited you.</source>
        <translation>Deze uitnodiging is voor een professional die bij de dienst is geregistreerd, en dit apparaat is niet als professional verbonden. Ben jij die professional? Doe dan mee met ook de aanmeldcode die de beheerder van je dienst je gaf. Anders: vraag het aan wie je heeft uitgenodigd.</translation>
    </message>
</context>
<context>
    <name>samen::app::AccessLogModel</name>
    <message>
        <source>Connect your plan to a case service first. The service keeps a log of who looked at and changed your plan.</source>
        <translation>Verbind je plan eerst met een dienst. De dienst houdt bij wie je plan bekeek en veranderde.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>day, time: what happened</comment>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>samen::app::CaseloadController</name>
    <message>
        <source>This plan is not in your caseload any more.</source>
        <translation>Dit plan hoort niet meer bij de mensen met wie je werkt.</translation>
    </message>
    <message>
        <source>%1's plan could not be opened on this device. %2</source>
        <translation>Het plan van %1 kon op dit apparaat niet worden geopend. %2</translation>
    </message>
    <message>
        <source>%1's plan could not be read on this device. The next sync fetches it again.</source>
        <translation>Het plan van %1 kon op dit apparaat niet worden gelezen. Bij de volgende keer bijwerken wordt het opnieuw opgehaald.</translation>
    </message>
    <message>
        <source>You are no longer part of %1's plan. It has been removed from this device.</source>
        <translation>Je hoort niet meer bij het plan van %1. Het is van dit apparaat gehaald.</translation>
    </message>
    <message>
        <source>Leave %1's plan?</source>
        <translation>Uit het plan van %1 stappen?</translation>
    </message>
    <message>
        <source>You stop helping with this plan. %1 sees that you left, and what you could see and change ends. The plan is removed from this device and from your other devices. The plan itself stays with %1. To help %1 again later, you need a new invitation.</source>
        <translation>Je stopt met helpen bij dit plan. %1 ziet dat je eruit bent gestapt, en wat je kon zien en veranderen stopt. Het plan gaat van dit apparaat en van je andere apparaten af. Het plan zelf blijft bij %1. Wil je %1 later weer helpen? Dan heb je een nieuwe uitnodiging nodig.</translation>
    </message>
    <message>
        <source>Show only the newest notices</source>
        <translation>Laat alleen de nieuwste meldingen zien</translation>
    </message>
    <message>
        <source>Show all %1 notices</source>
        <translation>Laat alle %1 meldingen zien</translation>
    </message>
    <message>
        <source>The service did not answer, so you did not join the plan. Check the internet connection and try again in a few minutes. If it still does not work, ask your administrator whether the service is running.</source>
        <translation>De dienst gaf geen antwoord, dus je doet nog niet mee met het plan. Controleer de internetverbinding en probeer het over een paar minuten opnieuw. Lukt het dan nog niet? Vraag je beheerder of de dienst werkt.</translation>
    </message>
</context>
<context>
    <name>samen::app::CaseloadModel</name>
    <message>
        <source>Next meeting: %1</source>
        <translation>Volgend overleg: %1</translation>
    </message>
    <message>
        <source>No meeting planned</source>
        <translation>Geen overleg gepland</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) to look back on</source>
        <translation>
            <numerusform>%n afspraak om op terug te kijken</numerusform>
            <numerusform>%n afspraken om op terug te kijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) for you</source>
        <translation>
            <numerusform>%n stap voor jou</numerusform>
            <numerusform>%n stappen voor jou</numerusform>
        </translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Laatste wijziging: %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>a role for life domains: coach for Money and Work</comment>
        <translation>%1 voor %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>agreements to look back on: 1 overdue</comment>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>steps for you: 2 overdue</comment>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>first due %1</source>
        <translation>de eerste uiterlijk %1</translation>
    </message>
    <message>
        <source>you may see %1</source>
        <translation>je mag %1 zien</translation>
    </message>
    <message>
        <source>in your caseload since %1</source>
        <translation>in je caseload sinds %1</translation>
    </message>
    <message>
        <source>Another plan is for someone called %1 too.</source>
        <translation>Er is ook een ander plan van iemand die %1 heet.</translation>
    </message>
    <message>
        <source>Another plan is for someone called %1 too. This one: %2.</source>
        <translation>Er is ook een ander plan van iemand die %1 heet. Dit plan: %2.</translation>
    </message>
    <message>
        <source>Waiting for %1 to let you in.</source>
        <translation>Wachten tot %1 je toelaat.</translation>
    </message>
    <message>
        <source>%1 no longer shares anything of the plan with you. You are still in the plan.</source>
        <translation>%1 deelt niets meer van het plan met je. Je zit nog wel in het plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made were not accepted: open the plan to see why.</source>
        <translation>
            <numerusform>%n wijziging van jou is niet geaccepteerd: open het plan om te zien waarom.</numerusform>
            <numerusform>%n wijzigingen van jou zijn niet geaccepteerd: open het plan om te zien waarom.</numerusform>
        </translation>
    </message>
    <message>
        <source>You may read and change these life domains</source>
        <translation>Je mag deze levensgebieden lezen en wijzigen</translation>
    </message>
    <message>
        <source>You may read these life domains, not change them</source>
        <translation>Je mag deze levensgebieden lezen, maar niet wijzigen</translation>
    </message>
    <message>
        <source>Read and change: %1. Only read: %2</source>
        <translation>Lezen en wijzigen: %1. Alleen lezen: %2</translation>
    </message>
</context>
<context>
    <name>samen::app::CaseloadReach</name>
    <message>
        <source>No connection to the service. What you do here is kept, and is sent as soon as there is a connection again.</source>
        <translation>Geen verbinding met de dienst. Wat je hier doet, blijft bewaard en gaat mee zodra er weer verbinding is.</translation>
    </message>
    <message>
        <source>Last up to date: %1.</source>
        <translation>Voor het laatst bijgewerkt: %1.</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>vandaag om %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>gisteren om %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a day and a time</comment>
        <translation>%1 om %2</translation>
    </message>
</context>
<context>
    <name>samen::app::ConnectController</name>
    <message>
        <source>My device</source>
        <translation>Mijn apparaat</translation>
    </message>
    <message>
        <source>Open your plan first.</source>
        <translation>Open eerst je plan.</translation>
    </message>
    <message>
        <source>The check code should be 64 characters: the digits 0 to 9 and the letters a to f. Leave it empty if you do not have it.</source>
        <translation>De controlecode heeft 64 tekens: de cijfers 0 tot en met 9 en de letters a tot en met f. Laat het vak leeg als je hem niet hebt.</translation>
    </message>
    <message>
        <source>Looking for the service…</source>
        <translation>De dienst wordt gezocht…</translation>
    </message>
    <message>
        <source>The check code of this service is not the one you were given. Do not connect: you may not be talking to the right service.</source>
        <translation>De controlecode van deze dienst is niet de code die je hebt gekregen. Maak geen verbinding: misschien is dit niet de goede dienst.</translation>
    </message>
    <message>
        <source>The service was found and its certificate is in order.</source>
        <translation>De dienst is gevonden en het certificaat is in orde.</translation>
    </message>
    <message>
        <source>Check the service first.</source>
        <translation>Zoek eerst de dienst op.</translation>
    </message>
    <message>
        <source>First compare the check code and confirm that it is the same.</source>
        <translation>Vergelijk eerst de controlecode en bevestig dat hij gelijk is.</translation>
    </message>
    <message>
        <source>Connecting your plan…</source>
        <translation>Je plan wordt verbonden…</translation>
    </message>
    <message>
        <source>Your plan is connected to this service. Changes are sent there and shared with the people you invite.</source>
        <translation>Je plan is verbonden met deze dienst. Wijzigingen gaan daarheen en worden gedeeld met de mensen die je uitnodigt.</translation>
    </message>
    <message>
        <source>This plan is in your caseload: it is connected through your caseload's service. Nothing was changed.</source>
        <translation>Dit plan staat in je caseload: het is verbonden via de dienst van je caseload. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This device does not know this service yet. Compare the check code of the service with the one you were given, group by group. Only connect if they are the same.</source>
        <translation>Dit apparaat kent deze dienst nog niet. Vergelijk de controlecode van de dienst groep voor groep met de code die je hebt gekregen. Maak alleen verbinding als ze gelijk zijn.</translation>
    </message>
</context>
<context>
    <name>samen::app::ConsentController</name>
    <message>
        <source>What %1 may do in %2 stays the same. The purpose and the end date are saved.</source>
        <translation>Wat %1 mag bij %2 blijft hetzelfde. Het doel en de einddatum zijn opgeslagen.</translation>
    </message>
    <message>
        <source>%1 will no longer see %2. %1's devices delete it at their next sync.</source>
        <translation>%1 ziet %2 niet meer. De apparaten van %1 wissen het bij de volgende keer bijwerken.</translation>
    </message>
    <message>
        <source>%1 may now see and change %2.</source>
        <translation>%1 mag nu %2 zien en wijzigen.</translation>
    </message>
    <message>
        <source>%1 may still see %2, but no longer change it.</source>
        <translation>%1 mag %2 nog bekijken, maar niet meer veranderen.</translation>
    </message>
    <message>
        <source>%1 may now see %2, but not change it.</source>
        <translation>%1 mag nu %2 zien, maar niet wijzigen.</translation>
    </message>
    <message>
        <source>This part of the plan is not known. Nothing was changed.</source>
        <translation>Dit deel van het plan is niet bekend. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The end date must be a date after today, written as year-month-day, for example 2027-06-30.</source>
        <translation>De einddatum moet na vandaag liggen en geschreven zijn als jaar-maand-dag, bijvoorbeeld 2027-06-30.</translation>
    </message>
    <message>
        <source>%1 already sees no part of your plan.</source>
        <translation>%1 ziet al geen enkel deel van je plan.</translation>
    </message>
    <message>
        <source>%1 no longer sees any part of your plan. %1's devices delete what they held at their next sync.</source>
        <translation>%1 ziet geen enkel deel van je plan meer. De apparaten van %1 wissen wat erop stond bij de volgende keer bijwerken.</translation>
    </message>
    <message>
        <source>Connect your plan to a case service first.</source>
        <translation>Verbind je plan eerst met een dienst.</translation>
    </message>
    <message>
        <source>%1 is no longer in your plan. %1's devices delete your plan at their next sync.</source>
        <translation>%1 zit niet meer in je plan. De apparaten van %1 wissen je plan bij de volgende keer bijwerken.</translation>
    </message>
</context>
<context>
    <name>samen::app::DateChoice</name>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week(s)</source>
        <translation>
            <numerusform>over %n week</numerusform>
            <numerusform>over %n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samen::app::DeviceFlow</name>
    <message>
        <source>This device already has a plan file. Adding it to your account works only on a device that does not use Samen yet.</source>
        <translation>Dit apparaat heeft al een planbestand. Toevoegen aan je account kan alleen op een apparaat dat Samen nog niet gebruikt.</translation>
    </message>
    <message>
        <source>Checking the service…</source>
        <translation>De dienst wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Adding this device to your account…</source>
        <translation>Dit apparaat wordt aan je account toegevoegd…</translation>
    </message>
    <message>
        <source>This code does not work (any more): it may have expired or been used already. On your other device, open Settings, then My devices, and make a new code. Then try again.</source>
        <translation>Deze code werkt niet (meer): misschien is hij verlopen of al gebruikt. Open op je andere apparaat Instellingen en dan Mijn apparaten, en maak een nieuwe code. Probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Loading your plan…</source>
        <translation>Je plan wordt geladen…</translation>
    </message>
    <message>
        <source>Your plan could not be loaded: %1 Try again.</source>
        <translation>Je plan kon niet worden geladen: %1 Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>samen::app::DeviceListModel</name>
    <message>
        <source>Your plan is not connected to a case service yet. Connect it first; then your devices are listed here.</source>
        <translation>Je plan is nog niet verbonden met een dienst. Verbind het eerst; daarna staan je apparaten hier.</translation>
    </message>
    <message>
        <source>Added on %1</source>
        <translation>Toegevoegd op %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>device name, added on</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>, this device</source>
        <translation>, dit apparaat</translation>
    </message>
    <message>
        <source>, revoked: it can no longer sign in</source>
        <translation>, ingetrokken: het kan niet meer inloggen</translation>
    </message>
    <message>
        <source>Your plan is not connected to a case service yet. Connect it first.</source>
        <translation>Je plan is nog niet verbonden met een dienst. Verbind het eerst.</translation>
    </message>
    <message>
        <source>This device is not in the list. Nothing was changed.</source>
        <translation>Dit apparaat staat niet in de lijst. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This device is revoked: it can no longer sync your plan.</source>
        <translation>Dit apparaat is ingetrokken: het kan je plan niet meer bijwerken.</translation>
    </message>
    <message>
        <source>%1 is revoked: it can no longer sign in or see your plan.</source>
        <translation>%1 is ingetrokken: het kan niet meer inloggen en je plan niet meer zien.</translation>
    </message>
</context>
<context>
    <name>samen::app::EnrolFlow</name>
    <message>
        <source>The check code should be 64 characters: the digits 0 to 9 and the letters a to f. Leave it empty if you do not have it.</source>
        <translation>De controlecode heeft 64 tekens: de cijfers 0 tot en met 9 en de letters a tot en met f. Laat het vak leeg als je hem niet hebt.</translation>
    </message>
    <message>
        <source>Looking for the service…</source>
        <translation>De dienst wordt gezocht…</translation>
    </message>
    <message>
        <source>The check code of this service is not the one you were given. Do not connect: you may not be talking to the right service.</source>
        <translation>De controlecode van deze dienst is niet de code die je hebt gekregen. Maak geen verbinding: misschien is dit niet de goede dienst.</translation>
    </message>
    <message>
        <source>The service was found and its certificate is in order.</source>
        <translation>De dienst is gevonden en het certificaat is in orde.</translation>
    </message>
    <message>
        <source>Check the service first.</source>
        <translation>Zoek eerst de dienst op.</translation>
    </message>
    <message>
        <source>First compare the check code and confirm that it is the same.</source>
        <translation>Vergelijk eerst de controlecode en bevestig dat hij gelijk is.</translation>
    </message>
    <message>
        <source>Type the enrolment code your administrator gave you.</source>
        <translation>Typ de aanmeldcode die je van je beheerder hebt gekregen.</translation>
    </message>
    <message>
        <source>This device already holds a plan.</source>
        <translation>Op dit apparaat staat al een plan.</translation>
    </message>
    <message>
        <source>This device could not keep the key safe. Choose a passphrase instead.</source>
        <translation>Dit apparaat kon je plan niet veilig op slot zetten. Kies een wachtwoord.</translation>
    </message>
    <message>
        <source>This device could not make a place for your caseload. Nothing was changed.</source>
        <translation>Dit apparaat kon geen plek maken voor de plannen van de mensen met wie je werkt. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Signing in to your organisation…</source>
        <translation>Aanmelden bij je organisatie…</translation>
    </message>
    <message>
        <source>My device</source>
        <translation>Mijn apparaat</translation>
    </message>
    <message>
        <source>This code is for a person's own device, not for someone who works with citizens. On the welcome page, choose 'I already use Samen on another device'.</source>
        <translation>Deze code is voor het eigen apparaat van een inwoner, niet voor iemand die met inwoners werkt. Kies op de welkomstpagina 'Ik gebruik Samen al op een ander apparaat'.</translation>
    </message>
    <message>
        <source>This device does not know this service yet. Compare the check code of the service with the one you were given, group by group. Only connect if they are the same.</source>
        <translation>Dit apparaat kent deze dienst nog niet. Vergelijk de controlecode van de dienst groep voor groep met de code die je hebt gekregen. Maak alleen verbinding als ze gelijk zijn.</translation>
    </message>
    <message>
        <source>This enrolment code is not known, was used already, or has expired. Ask your administrator for a new code.</source>
        <translation>Deze aanmeldcode is niet bekend, al gebruikt of verlopen. Vraag je beheerder om een nieuwe code.</translation>
    </message>
</context>
<context>
    <name>samen::app::EraseController</name>
    <message>
        <source>Erase your plan?</source>
        <translation>Je plan wissen?</translation>
    </message>
    <message>
        <source>Your plan is deleted from this device and from the case service. The people you invited lose it the next time their device syncs. This cannot be undone.</source>
        <translation>Je plan wordt weggehaald van dit apparaat en van de dienst. De mensen die je hebt uitgenodigd raken het kwijt als hun apparaat weer bijwerkt. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Your copy of %1's plan is deleted from this device. The plan itself belongs to %1: it stays at the case service and with the others. This cannot be undone.</source>
        <translation>Jouw kopie van het plan van %1 wordt weggehaald van dit apparaat. Het plan zelf is van %1: het blijft bij de dienst en bij de anderen. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Your plan is deleted from this device. It is only on this device, so after this it is gone. This cannot be undone.</source>
        <translation>Je plan wordt weggehaald van dit apparaat. Het staat alleen op dit apparaat, dus daarna is het weg. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Are you sure? Your plan will be gone for good.</source>
        <translation>Weet je het zeker? Je plan is dan voorgoed weg.</translation>
    </message>
    <message>
        <source>Your plan is erased from this device. It was only on this device, so it is gone.</source>
        <translation>Je plan is gewist van dit apparaat. Het stond alleen op dit apparaat, dus het is weg.</translation>
    </message>
    <message>
        <source>Your copy of the plan is erased from this device. The plan itself stays with its owner.</source>
        <translation>Jouw kopie van het plan is gewist van dit apparaat. Het plan zelf blijft bij de eigenaar.</translation>
    </message>
    <message>
        <source>The case service could not be reached, so nothing was erased: not there and not on this device. Try again when you are online.</source>
        <translation>De dienst was niet bereikbaar, dus er is niets gewist: daar niet en op dit apparaat niet. Probeer het opnieuw als je online bent.</translation>
    </message>
    <message>
        <source>The case service did not erase the plan, so nothing was erased. %1</source>
        <translation>De dienst heeft het plan niet gewist, dus er is niets gewist. %1</translation>
    </message>
    <message>
        <source>Your plan is erased from this device and from the case service. The people in it lose it at their next sync.</source>
        <translation>Je plan is gewist van dit apparaat en van de dienst. De mensen in het plan raken het kwijt als hun apparaat weer bijwerkt.</translation>
    </message>
    <message>
        <source>Your plan is erased from this device. It is still at the case service and with the people in it.</source>
        <translation>Je plan is gewist van dit apparaat. Het staat nog bij de dienst en bij de mensen in het plan.</translation>
    </message>
    <message>
        <source>The plan could not be erased. Please try again.</source>
        <translation>Het plan kon niet gewist worden. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Do you want to keep a copy? Choose Cancel and first save a copy of your plan. Then come back here.</source>
        <translation>Wil je een kopie houden? Kies Annuleren en bewaar eerst een kopie van je plan. Kom daarna hier terug.</translation>
    </message>
    <message>
        <source>You leave %1's plan: %1 sees that you left, and what you could see ends. Your copy is deleted from this device. The plan itself stays with %1. To help again later, ask %1 for a new invitation.</source>
        <translation>Je stapt uit het plan van %1: %1 ziet dat je bent gestopt, en wat je kon zien houdt op. Jouw kopie gaat weg van dit apparaat. Het plan zelf blijft bij %1. Wil je later weer meehelpen? Vraag %1 dan om een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <source>The case service could not be reached, so you did not leave the plan and nothing was erased. Try again when you are online.</source>
        <translation>De dienst was niet bereikbaar, dus je bent niet uit het plan gestapt en er is niets gewist. Probeer het opnieuw als je online bent.</translation>
    </message>
    <message>
        <source>The case service did not let you leave the plan, so nothing was erased. %1</source>
        <translation>De dienst liet je niet uit het plan stappen, dus er is niets gewist. %1</translation>
    </message>
    <message>
        <source>You left %1's plan, and your copy is erased from this device. To help again, ask %1 for a new invitation.</source>
        <translation>Je bent uit het plan van %1 gestapt, en jouw kopie is gewist van dit apparaat. Wil je weer meehelpen? Vraag %1 dan om een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <source>Your copy of the plan is erased from this device. You are still a member of %1's plan until %1 removes you.</source>
        <translation>Jouw kopie van het plan is gewist van dit apparaat. Je blijft lid van het plan van %1 tot %1 je uit het plan haalt.</translation>
    </message>
    <message>
        <source>Erase your copy of this plan?</source>
        <translation>Je kopie van dit plan wissen?</translation>
    </message>
    <message>
        <source>Are you sure? Your copy will be gone from this device.</source>
        <translation>Weet je het zeker? Je kopie is dan weg van dit apparaat.</translation>
    </message>
</context>
<context>
    <name>samen::app::FhirController</name>
    <message>
        <source>Open your plan first.</source>
        <translation>Open eerst je plan.</translation>
    </message>
    <message>
        <source>Choose a place on this device to save the file.</source>
        <translation>Kies een plek op dit apparaat om het bestand te bewaren.</translation>
    </message>
    <message>
        <source>The file could not be saved there. Choose another place, or make room on the disk.</source>
        <translation>Het bestand kon daar niet worden bewaard. Kies een andere plek, of maak ruimte op de schijf.</translation>
    </message>
    <message numerus="yes">
        <source>Your whole plan is saved in %1 (%n records). Keep the file safe: it holds everything of your plan.</source>
        <translation>
            <numerusform>Je hele plan staat in %1 (%n gegeven). Bewaar het bestand goed: alles van je plan staat erin.</numerusform>
            <numerusform>Je hele plan staat in %1 (%n gegevens). Bewaar het bestand goed: alles van je plan staat erin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The access log is not in it: this device has not fetched it yet. Open the access log once, then save again.</source>
        <translation>Het toegangslogboek staat er niet in: dit apparaat heeft het nog niet opgehaald. Open het toegangslogboek een keer en bewaar het plan dan opnieuw.</translation>
    </message>
    <message>
        <source>The access log in it is the copy this device fetched on %1.</source>
        <translation>Het toegangslogboek erin is de kopie die dit apparaat op %1 heeft opgehaald.</translation>
    </message>
    <message>
        <source>There is no folder on this device to put the file in. Use "Save my plan as a file" and choose a place.</source>
        <translation>Er is op dit apparaat geen map om het bestand in te zetten. Kies "Mijn plan als bestand bewaren" en kies zelf een plek.</translation>
    </message>
    <message>
        <source>The file could not be saved in %1. Make room on the disk, or use "Save my plan as a file" and choose another place.</source>
        <translation>Het bestand kon niet worden bewaard in %1. Maak ruimte op de schijf, of kies "Mijn plan als bestand bewaren" en kies een andere plek.</translation>
    </message>
    <message>
        <source>Your whole plan is saved as %1 in the folder %2.</source>
        <translation>Je hele plan staat in het bestand %1 in de map %2.</translation>
    </message>
    <message>
        <source>The folder is open now: from there, send the file with the app you choose, such as your e-mail.</source>
        <translation>De map is nu open: stuur het bestand van daaruit met de app die je kiest, bijvoorbeeld je e-mail.</translation>
    </message>
    <message>
        <source>Samen could not open that folder on this device. Open it yourself to send the file with another app.</source>
        <translation>Samen kon die map op dit apparaat niet openen. Open hem zelf om het bestand met een andere app te sturen.</translation>
    </message>
    <message>
        <source>Keep the file safe: it holds everything of your plan. Delete it once you have sent it.</source>
        <translation>Bewaar het bestand goed: alles van je plan staat erin. Gooi het weg als je het hebt verstuurd.</translation>
    </message>
</context>
<context>
    <name>samen::app::InviteController</name>
    <message>
        <source>Connect your plan to a case service first. Then you can invite people.</source>
        <translation>Verbind je plan eerst met een dienst. Daarna kun je mensen uitnodigen.</translation>
    </message>
    <message>
        <source>Fill in the name of the person you invite.</source>
        <translation>Vul de naam in van de persoon die je uitnodigt.</translation>
    </message>
    <message>
        <source>Choose whether this is someone from your own circle or a professional.</source>
        <translation>Kies of dit iemand uit je eigen omgeving is of een hulpverlener.</translation>
    </message>
    <message>
        <source>Choose at least one part of your plan this person may see.</source>
        <translation>Kies minstens één deel van je plan dat deze persoon mag zien.</translation>
    </message>
    <message>
        <source>The end date must be a date after today, written as year-month-day, for example 2027-06-30.</source>
        <translation>De einddatum moet na vandaag liggen en geschreven zijn als jaar-maand-dag, bijvoorbeeld 2027-06-30.</translation>
    </message>
    <message>
        <source>The invitation for %1 is ready. Letting %1 in gives: %2. Give %1 the code or the link, or let them scan the QR code. When %1 has used it, you decide on the People page whether to let them in.</source>
        <translation>De uitnodiging voor %1 is klaar. Toelaten geeft: %2. Geef %1 de code of de link, of laat de QR-code scannen. Als %1 de uitnodiging heeft gebruikt, kies je op de pagina Mensen of je %1 toelaat.</translation>
    </message>
    <message>
        <source>The invitation is withdrawn: its code no longer works.</source>
        <translation>De uitnodiging is ingetrokken: de code werkt niet meer.</translation>
    </message>
</context>
<context>
    <name>samen::app::JoinFlow</name>
    <message>
        <source>Looking at the invitation…</source>
        <translation>De uitnodiging wordt bekeken…</translation>
    </message>
    <message>
        <source>%1 (see and change)</source>
        <translation>%1 (bekijken en veranderen)</translation>
    </message>
    <message>
        <source>%1 (see)</source>
        <translation>%1 (bekijken)</translation>
    </message>
    <message>
        <source>The owner of the plan</source>
        <translation>De eigenaar van het plan</translation>
    </message>
    <message>
        <source>%1 invites you to help with their plan. You may: %2.</source>
        <translation>%1 nodigt je uit om te helpen met het plan. Je mag: %2.</translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation>Waarom: %1.</translation>
    </message>
    <message>
        <source>Until %1.</source>
        <translation>Tot %1.</translation>
    </message>
</context>
<context>
    <name>samen::app::MeetingController</name>
    <message>
        <source>Meet again around %1?</source>
        <translation>Weer overleggen rond %1?</translation>
    </message>
    <message>
        <source>always invited</source>
        <translation>altijd uitgenodigd</translation>
    </message>
    <message>
        <source>Choose a day and a time for the meeting.</source>
        <translation>Kies een dag en een tijd voor het overleg.</translation>
    </message>
</context>
<context>
    <name>samen::app::NetworkWords</name>
    <message>
        <source>Nothing answers at this address. Check the address and the number after the colon, and that the service is running.</source>
        <translation>Er antwoordt niets op dit adres. Kijk of het adres en het getal na de dubbele punt kloppen, en of de dienst aan staat.</translation>
    </message>
    <message>
        <source>This address was not found. Check it for typing errors, and that this device is online.</source>
        <translation>Dit adres is niet gevonden. Kijk of er een tikfout in zit, en of dit apparaat internet heeft.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Check that this device is online and try again.</source>
        <translation>De dienst gaf niet op tijd antwoord. Kijk of dit apparaat internet heeft en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The service closed the connection. It may not be a Samen service, or it may not use a secure connection. Check the address.</source>
        <translation>De dienst verbrak de verbinding. Misschien is het geen Samen-dienst, of gebruikt hij geen veilige verbinding. Kijk of het adres klopt.</translation>
    </message>
    <message>
        <source>A secure connection could not be made. This may not be a Samen service, or it uses security that is too old. Check the address.</source>
        <translation>Er kon geen veilige verbinding worden gemaakt. Misschien is het geen Samen-dienst, of is de beveiliging te oud. Kijk of het adres klopt.</translation>
    </message>
    <message>
        <source>This device seems to be offline. Connect to the internet and try again.</source>
        <translation>Dit apparaat lijkt geen internet te hebben. Maak verbinding met internet en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The proxy this device uses for the internet did not let the connection through. Check the proxy settings.</source>
        <translation>De proxy die dit apparaat voor internet gebruikt, liet de verbinding niet door. Kijk naar de proxy-instellingen.</translation>
    </message>
    <message>
        <source>The service has a problem right now. Try again later.</source>
        <translation>De dienst heeft nu een probleem. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>This address answers, but it is not a Samen service. Check the address.</source>
        <translation>Dit adres geeft antwoord, maar het is geen Samen-dienst. Kijk of het adres klopt.</translation>
    </message>
    <message>
        <source>The connection to the service failed. Check the address and try again.</source>
        <translation>De verbinding met de dienst is mislukt. Kijk of het adres klopt en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The service's certificate has expired, so the connection would not be safe. Ask whoever runs the service to renew it.</source>
        <translation>Het certificaat van de dienst is verlopen. De verbinding zou dus niet veilig zijn. Vraag de beheerder van de dienst om het te vernieuwen.</translation>
    </message>
    <message>
        <source>The service's certificate is not valid yet. Check this device's date and time.</source>
        <translation>Het certificaat van de dienst is nog niet geldig. Kijk of de datum en tijd van dit apparaat kloppen.</translation>
    </message>
    <message>
        <source>The service's certificate was made for another address than this one. Check the address; do not connect if you are unsure.</source>
        <translation>Het certificaat van de dienst is voor een ander adres gemaakt. Kijk of het adres klopt. Maak geen verbinding als je twijfelt.</translation>
    </message>
    <message>
        <source>The service's certificate was withdrawn, so the connection would not be safe. Ask whoever runs the service.</source>
        <translation>Het certificaat van de dienst is ingetrokken. De verbinding zou dus niet veilig zijn. Vraag het aan de beheerder van de dienst.</translation>
    </message>
    <message>
        <source>The service's certificate is not in order, so the connection would not be safe. Do not connect; ask whoever runs the service.</source>
        <translation>Het certificaat van de dienst is niet in orde. De verbinding zou dus niet veilig zijn. Maak geen verbinding en vraag het aan de beheerder van de dienst.</translation>
    </message>
    <message>
        <source>The service's certificate was refused, so the connection would not be safe. Ask whoever runs the service.</source>
        <translation>Het certificaat van de dienst is geweigerd. De verbinding zou dus niet veilig zijn. Vraag het aan de beheerder van de dienst.</translation>
    </message>
    <message>
        <source>Could not reach the service. Check that this device is online and try again.</source>
        <translation>De dienst is niet bereikbaar. Kijk of dit apparaat internet heeft en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The service did not accept this device, or its certificate is no longer the one you checked. Nothing was sent.</source>
        <translation>De dienst liet dit apparaat niet toe, of het certificaat is niet meer het certificaat dat je hebt gecontroleerd. Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The service does not know this. It may have been removed in the meantime.</source>
        <translation>De dienst kent dit niet. Misschien is het intussen verwijderd.</translation>
    </message>
    <message>
        <source>This was already done, or something changed in the meantime. Look again and try once more.</source>
        <translation>Dit was al gedaan, of er is intussen iets veranderd. Kijk nog eens en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The service did not accept this. Check what you entered and try again.</source>
        <translation>De dienst nam dit niet aan. Kijk wat je hebt ingevuld en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This device could not save the connection in your plan. Nothing was changed.</source>
        <translation>Dit apparaat kon de verbinding niet in je plan opslaan. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed. Please try again.</source>
        <translation>Er ging iets mis. Er is niets veranderd. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>samen::app::PeopleController</name>
    <message>
        <source>a part of the plan</source>
        <translation>een deel van het plan</translation>
    </message>
    <message>
        <source>%1 (see and change)</source>
        <translation>%1 (bekijken en veranderen)</translation>
    </message>
    <message>
        <source>%1 (see)</source>
        <translation>%1 (bekijken)</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nog niets</translation>
    </message>
    <message>
        <source>%1 used your invitation and waits for you to let them in. Letting them in gives: %2.</source>
        <translation>%1 heeft je uitnodiging gebruikt en wacht tot je diegene toelaat. Toelaten geeft: %2.</translation>
    </message>
    <message>
        <source>Invitation for %1: %2. %3</source>
        <translation>Uitnodiging voor %1: %2. %3</translation>
    </message>
    <message>
        <source>%1 is now in your plan and may see: %2.</source>
        <translation>%1 zit nu in je plan en mag: %2.</translation>
    </message>
    <message>
        <source>%1 was not let in and sees nothing of your plan.</source>
        <translation>%1 is niet toegelaten en ziet niets van je plan.</translation>
    </message>
    <message>
        <source>The invitation is withdrawn: its code no longer works.</source>
        <translation>De uitnodiging is ingetrokken: de code werkt niet meer.</translation>
    </message>
    <message>
        <source>This account is a professional's: registered with the service as %1 of %2.</source>
        <translation>Dit is het account van een professional: bij de dienst ingeschreven als %1 van %2.</translation>
    </message>
</context>
<context>
    <name>samen::app::PlanController</name>
    <message>
        <source>Your change could not be saved. Nothing was changed. Please try again.</source>
        <translation>Je wijziging is niet bewaard. Er is niets veranderd. Probeer het nog een keer.</translation>
    </message>
    <message>
        <source>Write the date like 31-12-2026.</source>
        <translation>Schrijf de datum zo: 31-12-2026.</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mijn plan</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Het plan</translation>
    </message>
    <message>
        <source>%1's plan</source>
        <translation>Plan van %1</translation>
    </message>
    <message>
        <source>The step is no longer ticked.</source>
        <translation>De stap is niet meer afgevinkt.</translation>
    </message>
    <message>
        <source>Goal changed.</source>
        <translation>Doel veranderd.</translation>
    </message>
    <message>
        <source>Goal deleted.</source>
        <translation>Doel verwijderd.</translation>
    </message>
    <message>
        <source>Step changed.</source>
        <translation>Stap veranderd.</translation>
    </message>
    <message>
        <source>Step deleted.</source>
        <translation>Stap verwijderd.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Er is niets om ongedaan te maken.</translation>
    </message>
    <message>
        <source>the owner of the plan</source>
        <translation>de eigenaar van het plan</translation>
    </message>
</context>
<context>
    <name>samen::app::PlanImportController</name>
    <message>
        <source>Choose a file on this device.</source>
        <translation>Kies een bestand op dit apparaat.</translation>
    </message>
    <message numerus="yes">
        <source>This file holds the plan "%1" with %n records.</source>
        <translation>
            <numerusform>In dit bestand staat het plan "%1" met %n gegeven.</numerusform>
            <numerusform>In dit bestand staat het plan "%1" met %n gegevens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file of your plan first.</source>
        <translation>Kies eerst het bestand van je plan.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>De twee wachtwoorden zijn niet hetzelfde. Typ ze nog een keer.</translation>
    </message>
    <message>
        <source>Bringing back your plan and locking it on this device. This can take a few seconds.</source>
        <translation>Je plan wordt teruggezet en op dit apparaat op slot gedaan. Dit kan een paar seconden duren.</translation>
    </message>
    <message>
        <source>Samen is not ready yet. Try again.</source>
        <translation>Samen is nog niet klaar. Probeer het nog een keer.</translation>
    </message>
</context>
<context>
    <name>samen::app::QtSpeechEngine</name>
    <message>
        <source>There is no voice for this language on this device.</source>
        <translation>Er is op dit apparaat geen stem voor deze taal.</translation>
    </message>
    <message>
        <source>The voice of this device does not answer, so reading aloud does not work right now.</source>
        <translation>De stem van dit apparaat reageert niet. Voorlezen werkt nu niet.</translation>
    </message>
</context>
<context>
    <name>samen::app::ReadAloud</name>
    <message>
        <source>Reading aloud does not work on this device: it has no voice installed.</source>
        <translation>Voorlezen werkt niet op dit apparaat: er is geen stem geïnstalleerd.</translation>
    </message>
    <message>
        <source>My story.</source>
        <translation>Mijn verhaal.</translation>
    </message>
    <message>
        <source>The story.</source>
        <translation>Het verhaal.</translation>
    </message>
    <message>
        <source>%1's story.</source>
        <translation>Het verhaal van %1.</translation>
    </message>
    <message>
        <source>Nothing is written here yet.</source>
        <translation>Hier is nog niets geschreven.</translation>
    </message>
    <message>
        <source>How it is going: %1 out of 10.</source>
        <translation>Hoe het gaat: %1 van de 10.</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Nog geen cijfer.</translation>
    </message>
    <message>
        <source>Goal: %1. %2.</source>
        <translation>Doel: %1. %2.</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Nog geen doelen.</translation>
    </message>
    <message>
        <source>Goal: %1.</source>
        <translation>Doel: %1.</translation>
    </message>
    <message>
        <source>Why this matters: %1</source>
        <translation>Waarom dit belangrijk is: %1</translation>
    </message>
    <message>
        <source>Target date: %1.</source>
        <translation>Bereiken vóór: %1.</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>Nog geen stappen.</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 van de %2 stappen klaar.</translation>
    </message>
    <message>
        <source>Step %1: %2.</source>
        <translation>Stap %1: %2.</translation>
    </message>
    <message>
        <source>Who: %1.</source>
        <translation>Wie: %1.</translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation>Wanneer: %1.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <source>Not done yet.</source>
        <translation>Nog niet klaar.</translation>
    </message>
    <message>
        <source>Nothing to read.</source>
        <translation>Er is niets om voor te lezen.</translation>
    </message>
</context>
<context>
    <name>samen::app::RefusedChangeModel</name>
    <message>
        <source>The service could not accept this change.</source>
        <translation>De server kon deze wijziging niet verwerken.</translation>
    </message>
    <message>
        <source>Your change to your story</source>
        <translation>Je wijziging in je verhaal</translation>
    </message>
    <message>
        <source>Your change to the name of your plan</source>
        <translation>Je wijziging van de naam van je plan</translation>
    </message>
    <message>
        <source>Your choice of life domains</source>
        <translation>Je keuze van levensgebieden</translation>
    </message>
    <message>
        <source>A change to your plan</source>
        <translation>Een wijziging in je plan</translation>
    </message>
    <message>
        <source>Moving "%1" in your list of life domains</source>
        <translation>Het verplaatsen van "%1" in je lijst met levensgebieden</translation>
    </message>
    <message>
        <source>Your score for "%1"</source>
        <translation>Je cijfer voor "%1"</translation>
    </message>
    <message>
        <source>Removing the goal "%1"</source>
        <translation>Het weghalen van het doel "%1"</translation>
    </message>
    <message>
        <source>A new goal: "%1"</source>
        <translation>Een nieuw doel: "%1"</translation>
    </message>
    <message>
        <source>Your change to the goal "%1"</source>
        <translation>Je wijziging in het doel "%1"</translation>
    </message>
    <message>
        <source>Removing the step "%1"</source>
        <translation>Het weghalen van de stap "%1"</translation>
    </message>
    <message>
        <source>A new step: "%1"</source>
        <translation>Een nieuwe stap: "%1"</translation>
    </message>
    <message>
        <source>Marking the step "%1" as done</source>
        <translation>De stap "%1" op klaar zetten</translation>
    </message>
    <message>
        <source>Your change to the step "%1"</source>
        <translation>Je wijziging in de stap "%1"</translation>
    </message>
    <message>
        <source>Adding %1 to your plan</source>
        <translation>%1 toevoegen aan je plan</translation>
    </message>
    <message>
        <source>Your change to the details of %1</source>
        <translation>Je wijziging in de gegevens van %1</translation>
    </message>
    <message>
        <source>A change to what %1 may see or change</source>
        <translation>Een wijziging in wat %1 mag zien of veranderen</translation>
    </message>
    <message>
        <source>An invitation for %1</source>
        <translation>Een uitnodiging voor %1</translation>
    </message>
    <message>
        <source>A new meeting: "%1"</source>
        <translation>Een nieuw overleg: "%1"</translation>
    </message>
    <message>
        <source>Your change to the meeting "%1"</source>
        <translation>Je wijziging in het overleg "%1"</translation>
    </message>
    <message>
        <source>A new agreement: "%1"</source>
        <translation>Een nieuwe afspraak: "%1"</translation>
    </message>
    <message>
        <source>Your change to the agreement "%1"</source>
        <translation>Je wijziging in de afspraak "%1"</translation>
    </message>
    <message>
        <source>A line in "What happened"</source>
        <translation>Een regel bij "Wat er gebeurd is"</translation>
    </message>
    <message>
        <source>You may not change this part of the plan. Ask the owner of the plan for access, or discard this change.</source>
        <translation>Je mag dit deel van het plan niet veranderen. Vraag de eigenaar van het plan om toegang, of gooi deze wijziging weg.</translation>
    </message>
    <message>
        <source>This change cannot be accepted as it is, so trying again does not help. Discard it, and make the change again if you still want it.</source>
        <translation>Deze wijziging kan zo niet worden geaccepteerd. Opnieuw proberen helpt dus niet. Gooi haar weg, en maak de wijziging opnieuw als je dat nog wilt.</translation>
    </message>
    <message>
        <source>The date or time on this device was wrong when you made this change. Check them, then try again: the change is sent with the current time.</source>
        <translation>De datum of tijd op dit apparaat klopte niet toen je deze wijziging maakte. Zet ze goed en probeer het opnieuw. De wijziging krijgt dan de tijd van nu.</translation>
    </message>
    <message>
        <source>You may not change "%1". Ask the owner of the plan for access, or discard this change.</source>
        <translation>Je mag "%1" niet veranderen. Vraag de eigenaar van het plan om toegang, of gooi deze wijziging weg.</translation>
    </message>
    <message>
        <source>This change is too large to send to the service. It stays on this device until you discard it.</source>
        <translation>Deze wijziging is te groot om naar de dienst te sturen. Ze blijft op dit apparaat tot je haar weggooit.</translation>
    </message>
    <message>
        <source>The person you gave this step to cannot see %1, so it would not reach them. The plan's owner can share %1 with them; then send this change again. Or discard it and give the step to someone else.</source>
        <translation>De persoon aan wie je deze stap gaf, kan %1 niet zien. Zo komt de stap niet bij die persoon aan. De eigenaar van het plan kan %1 met die persoon delen; verstuur deze wijziging daarna opnieuw. Of gooi haar weg en geef de stap aan iemand anders.</translation>
    </message>
    <message>
        <source>The person you gave this step to cannot see its life domain, so it would not reach them. The plan's owner can share it with them; then send this change again. Or discard it and give the step to someone else.</source>
        <translation>De persoon aan wie je deze stap gaf, kan het levensgebied ervan niet zien. Zo komt de stap niet bij die persoon aan. De eigenaar van het plan kan het met die persoon delen; verstuur deze wijziging daarna opnieuw. Of gooi haar weg en geef de stap aan iemand anders.</translation>
    </message>
    <message>
        <source>%1 cannot see %2: share %2 with %1, then send this change again. Or discard it and give the step to someone else.</source>
        <translation>%1 kan %2 niet zien: deel %2 met %1 en verstuur deze wijziging dan opnieuw. Of gooi haar weg en geef de stap aan iemand anders.</translation>
    </message>
    <message>
        <source>%1 cannot see %2: ask the plan's owner to share %2 with %1, then send this change again. Or discard it and give the step to someone else.</source>
        <translation>%1 kan %2 niet zien: vraag de eigenaar van het plan om %2 met %1 te delen en verstuur deze wijziging dan opnieuw. Of gooi haar weg en geef de stap aan iemand anders.</translation>
    </message>
    <message>
        <source>Marking the step "%1" as not done</source>
        <translation>De stap "%1" weer op niet klaar zetten</translation>
    </message>
    <message>
        <source>Giving the step "%1" to %2</source>
        <translation>De stap "%1" aan %2 geven</translation>
    </message>
    <message>
        <source>You may change this part of the plan now: send this change again.</source>
        <translation>Je mag dit deel van het plan nu wel veranderen: verstuur deze wijziging opnieuw.</translation>
    </message>
    <message>
        <source>You may change "%1" now: send this change again.</source>
        <translation>Je mag "%1" nu wel veranderen: verstuur deze wijziging opnieuw.</translation>
    </message>
</context>
<context>
    <name>samen::app::ReviewReminders</name>
    <message>
        <source>%1 (looking back on it was due %2)</source>
        <translation>%1 (terugkijken stond op %2)</translation>
    </message>
    <message>
        <source>%1 (look back on it %2)</source>
        <translation>%1 (terugkijken op %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) to look back on</source>
        <translation>
            <numerusform>%n afspraak om op terug te kijken</numerusform>
            <numerusform>%n afspraken om op terug te kijken</numerusform>
        </translation>
    </message>
    <message>
        <source>Next meeting: %1</source>
        <translation>Volgend overleg: %1</translation>
    </message>
</context>
<context>
    <name>samen::app::ServiceFlow</name>
    <message>
        <source>My device</source>
        <translation>Mijn apparaat</translation>
    </message>
    <message>
        <source>This device could not keep the key safe. Choose a passphrase instead.</source>
        <translation>Dit apparaat kon je plan niet veilig op slot zetten. Kies een wachtwoord.</translation>
    </message>
    <message>
        <source>This device could not make a place for the plan. Nothing was changed.</source>
        <translation>Dit apparaat kon geen plek voor het plan maken. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This device already holds a plan.</source>
        <translation>Op dit apparaat staat al een plan.</translation>
    </message>
    <message>
        <source>That is not the right passphrase. Try again.</source>
        <translation>Dat is niet het goede wachtwoord. Probeer het nog een keer.</translation>
    </message>
    <message>
        <source>The check code should be 64 characters: the digits 0 to 9 and the letters a to f. Leave it empty if you do not have it.</source>
        <translation>De controlecode heeft 64 tekens: de cijfers 0 tot en met 9 en de letters a tot en met f. Laat het vak leeg als je hem niet hebt.</translation>
    </message>
    <message>
        <source>This is only a code. Fill in the address of the service too, or paste the whole link you were sent.</source>
        <translation>Dit is alleen een code. Vul ook het adres van de dienst in, of plak de hele link die je kreeg.</translation>
    </message>
    <message>
        <source>The check code of this service is not the one you were given. Do not connect: you may not be talking to the right service.</source>
        <translation>De controlecode van deze dienst is niet de code die je hebt gekregen. Maak geen verbinding: misschien is dit niet de goede dienst.</translation>
    </message>
    <message>
        <source>This device does not know this service. Ask for the whole link (it holds the check code), or type the check code you were given.</source>
        <translation>Dit apparaat kent deze dienst niet. Vraag om de hele link (daar staat de controlecode in), of typ de controlecode die je kreeg.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>samen::app::ServiceProbe</name>
    <message>
        <source>Fill in the address of the service, for example https://samen.example.nl.</source>
        <translation>Vul het adres van de dienst in, bijvoorbeeld https://samen.example.nl.</translation>
    </message>
    <message>
        <source>The address must start with https://. Samen only talks to a service over a secure connection.</source>
        <translation>Het adres moet beginnen met https://. Samen praat alleen via een veilige verbinding met een dienst.</translation>
    </message>
    <message>
        <source>This is not a service address. It looks like https://samen.example.nl, sometimes with a colon and a number at the end.</source>
        <translation>Dit is geen adres van een dienst. Het ziet eruit als https://samen.example.nl, soms met een dubbele punt en een getal aan het eind.</translation>
    </message>
    <message>
        <source>This device cannot check the service's certificate. Ask whoever runs the service for its certificate file.</source>
        <translation>Dit apparaat kan het certificaat van de dienst niet controleren. Vraag de beheerder van de dienst om het certificaatbestand.</translation>
    </message>
</context>
<context>
    <name>samen::app::Session</name>
    <message>
        <source>Housing, money, work, health, family and friends, meaning, daily life.</source>
        <translation>Wonen, geld, werk, gezondheid, familie en vrienden, zingeving, dagelijks leven.</translation>
    </message>
    <message>
        <source>Your plan could not be made: %1</source>
        <translation>Het lukte niet om je plan te maken: %1</translation>
    </message>
    <message>
        <source>Your plan could not be saved. Please try again.</source>
        <translation>Je plan is niet bewaard. Probeer het nog een keer.</translation>
    </message>
    <message>
        <source>That is not the right passphrase. Try again.</source>
        <translation>Dat is niet het goede wachtwoord. Probeer het nog een keer.</translation>
    </message>
    <message>
        <source>This device could not keep the key safe. Choose a passphrase instead.</source>
        <translation>Dit apparaat kon je plan niet veilig op slot zetten. Kies een wachtwoord.</translation>
    </message>
    <message>
        <source>The key of your plan could not be read from this device's key store. Is the key store unlocked?</source>
        <translation>De sleutel van je plan kon niet uit de beveiligde opslag van je apparaat worden gelezen. Is die opslag open?</translation>
    </message>
    <message>
        <source>The key in this device's key store does not open this plan.</source>
        <translation>De sleutel in de beveiligde opslag van je apparaat past niet op dit plan.</translation>
    </message>
    <message>
        <source>Your plan is locked with this device's key store, and that key store is locked now. Unlock it (for example by signing in to this computer again), then choose 'Open my plan' again.</source>
        <translation>Je plan is op slot met de beveiligde opslag van dit apparaat, en die opslag is nu op slot. Maak hem open (bijvoorbeeld door opnieuw in te loggen op deze computer). Kies daarna nog een keer 'Open mijn plan'.</translation>
    </message>
    <message>
        <source>This device holds no plan: joining a plan did not finish.</source>
        <translation>Dit apparaat heeft geen plan: meedoen met een plan is niet gelukt.</translation>
    </message>
    <message>
        <source>This device holds no plan yet.</source>
        <translation>Dit apparaat heeft nog geen plan.</translation>
    </message>
    <message>
        <source>The plan is no longer on this device.</source>
        <translation>Het plan staat niet meer op dit apparaat.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Typ eerst je wachtwoord.</translation>
    </message>
    <message>
        <source>The plan file could not be repaired: %1</source>
        <translation>Het planbestand kon niet hersteld worden: %1</translation>
    </message>
    <message>
        <source>Samen made a new plan file and kept the damaged one. This device's connection to a service could not be read from the damaged file, so your plan cannot be fetched again from here. Start a new plan, or ask the plan's owner for a new invitation.</source>
        <translation>Samen heeft een nieuw planbestand gemaakt en het beschadigde bestand bewaard. De verbinding van dit apparaat met een dienst kon niet gelezen worden uit het beschadigde bestand. Daarom kan je plan hier niet opnieuw opgehaald worden. Begin een nieuw plan, of vraag de eigenaar van het plan om een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <source>A way of looking at health in six parts: body, mind, meaning, quality of life, taking part, daily life.</source>
        <translation>Een manier om naar gezondheid te kijken, in zes delen: lichaam, gevoel en denken, zingeving, kwaliteit van leven, meedoen, dagelijks leven.</translation>
    </message>
    <message>
        <source>The list many care workers use (the Self-Reliance Matrix): eleven parts, such as money, housing and addiction.</source>
        <translation>De lijst die veel hulpverleners gebruiken (de Zelfredzaamheid-Matrix): elf delen, zoals geld, wonen en verslaving.</translation>
    </message>
    <message>
        <source>Only the start of your plan file was damaged. It was written back from its copy, and nothing was lost.</source>
        <translation>Alleen het begin van je planbestand was beschadigd. Het is teruggezet vanuit de kopie, en er is niets verloren.</translation>
    </message>
    <message>
        <source>Your plan file was repaired. The damaged file is kept on this device.</source>
        <translation>Je planbestand is hersteld. Het beschadigde bestand is op dit apparaat bewaard.</translation>
    </message>
    <message>
        <source>Some changes that were not sent yet could not be read: make them again.</source>
        <translation>Sommige wijzigingen die nog niet verstuurd waren, konden niet gelezen worden: doe ze opnieuw.</translation>
    </message>
    <message>
        <source>Your plan is fetched again from the case service.</source>
        <translation>Je plan wordt opnieuw opgehaald bij de dienst.</translation>
    </message>
</context>
<context>
    <name>samen::app::SpeechWorker</name>
    <message>
        <source>Reading aloud does not work on this device: it has no voice installed.</source>
        <translation>Voorlezen werkt niet op dit apparaat: er is geen stem geïnstalleerd.</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this device right now.</source>
        <translation>Voorlezen werkt nu niet op dit apparaat.</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this device.</source>
        <translation>Voorlezen werkt niet op dit apparaat.</translation>
    </message>
</context>
<context>
    <name>samen::app::SyncStatus</name>
    <message>
        <source>This change is no longer in the list. Nothing was changed.</source>
        <translation>Deze wijziging staat niet meer in de lijst. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>That did not work. Nothing was changed. Please try again.</source>
        <translation>Dat lukte niet. Er is niets veranderd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Sending this change again cannot help: it is not allowed or not valid. Nothing was changed. You can discard it, or ask the owner of the plan for access.</source>
        <translation>Deze wijziging opnieuw versturen helpt niet: ze mag niet of klopt niet. Er is niets veranderd. Je kunt haar weggooien, of de eigenaar van het plan om toegang vragen.</translation>
    </message>
</context>
<context>
    <name>samen::app::TeamController</name>
    <message>
        <source>I do it myself</source>
        <translation>Ik doe het zelf</translation>
    </message>
    <message>
        <source>the person whose plan it is</source>
        <translation>van wie het plan is</translation>
    </message>
    <message>
        <source>Keep the overview of your plan yourself?</source>
        <translation>Zelf het overzicht over je plan houden?</translation>
    </message>
    <message>
        <source>Hand the coordination over to %1?</source>
        <translation>%1 de vaste contactpersoon maken?</translation>
    </message>
    <message>
        <source> %1 stays in your plan as before.</source>
        <translation> %1 blijft gewoon in je plan.</translation>
    </message>
    <message>
        <source>You keep the overview of your plan and plan the meetings yourself.</source>
        <translation>Je houdt zelf het overzicht over je plan en plant zelf de overleggen.</translation>
    </message>
    <message>
        <source> Your note goes into the timeline, for the old and the new coordinator to read.</source>
        <translation> Je notitie komt in de tijdlijn, zodat de oude en de nieuwe vaste contactpersoon hem lezen.</translation>
    </message>
    <message>
        <source>%1 keeps the overview of your plan and plans the meetings with you. You stay the one who decides.</source>
        <translation>%1 houdt het overzicht over je plan en plant de overleggen met je. Jij blijft degene die beslist.</translation>
    </message>
    <message>
        <source>You now keep the overview of your plan yourself.</source>
        <translation>Je houdt nu zelf het overzicht over je plan.</translation>
    </message>
    <message>
        <source>%1 now coordinates your plan. Your note is in the timeline.</source>
        <translation>%1 is nu de vaste contactpersoon van je plan. Je notitie staat in de tijdlijn.</translation>
    </message>
</context>
</TS>
