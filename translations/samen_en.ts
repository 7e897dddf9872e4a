<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccessLogPage</name>
    <message>
        <source>Who looked at my plan</source>
        <translation>Who looked at my plan</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Show what one person did</source>
        <translation>Show what one person did</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Nothing to show yet.</translation>
    </message>
</context>
<context>
    <name>AccessLogWords</name>
    <message>
        <source>en_GB</source>
        <comment>the locale (language_COUNTRY) the access log writes dates and times in</comment>
        <translation>en_GB</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a name and the relation to the citizen: Sam (friend)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>a goal</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>a step</translation>
    </message>
    <message>
        <source>an assessment</source>
        <translation>an assessment</translation>
    </message>
    <message>
        <source>the order of the life areas</source>
        <translation>the order of the life areas</translation>
    </message>
    <message>
        <source>the plan's name or story</source>
        <translation>the plan's name or story</translation>
    </message>
    <message>
        <source>who is in the plan</source>
        <translation>who is in the plan</translation>
    </message>
    <message>
        <source>who may see what</source>
        <translation>who may see what</translation>
    </message>
    <message>
        <source>an invitation</source>
        <translation>an invitation</translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation>a meeting</translation>
    </message>
    <message>
        <source>an agreement</source>
        <translation>an agreement</translation>
    </message>
    <message>
        <source>something in the plan</source>
        <translation>something in the plan</translation>
    </message>
    <message>
        <source>%1 let %2 see and change %3</source>
        <translation>%1 let %2 see and change %3</translation>
    </message>
    <message>
        <source>%1 let %2 see %3</source>
        <translation>%1 let %2 see %3</translation>
    </message>
    <message>
        <source>%1 took away %2's access to %3</source>
        <translation>%1 took away %2's access to %3</translation>
    </message>
    <message>
        <source>The service's administrator</source>
        <translation>The service's administrator</translation>
    </message>
    <message>
        <source>%1 looked at the shared part of the plan</source>
        <translation>%1 looked at the shared part of the plan</translation>
    </message>
    <message>
        <source>%1 looked at %2</source>
        <translation>%1 looked at %2</translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>%1 changed %2</translation>
    </message>
    <message>
        <source>%1 changed %2 in %3</source>
        <translation>%1 changed %2 in %3</translation>
    </message>
    <message>
        <source>%1 looked at who is in the plan</source>
        <translation>%1 looked at who is in the plan</translation>
    </message>
    <message>
        <source>%1 looked at this access log</source>
        <translation>%1 looked at this access log</translation>
    </message>
    <message>
        <source>%1 connected the plan to the service</source>
        <translation>%1 connected the plan to the service</translation>
    </message>
    <message>
        <source>%1 invited %2</source>
        <translation>%1 invited %2</translation>
    </message>
    <message>
        <source>%1 invited someone</source>
        <translation>%1 invited someone</translation>
    </message>
    <message>
        <source>%1 accepted an invitation and waits to be let in</source>
        <translation>%1 accepted an invitation and waits to be let in</translation>
    </message>
    <message>
        <source>%1 withdrew an invitation</source>
        <translation>%1 withdrew an invitation</translation>
    </message>
    <message>
        <source>%1 let %2 in</source>
        <translation>%1 let %2 in</translation>
    </message>
    <message>
        <source>%1 did not let %2 in</source>
        <translation>%1 did not let %2 in</translation>
    </message>
    <message>
        <source>%1 removed %2 from the plan</source>
        <translation>%1 removed %2 from the plan</translation>
    </message>
    <message>
        <source>%1 changed what %2 may see</source>
        <translation>%1 changed what %2 may see</translation>
    </message>
    <message>
        <source>%1 did something this version of the app cannot describe yet</source>
        <translation>%1 did something this version of the app cannot describe yet</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n times)</source>
        <comment>a line of the access log that stands for several reads</comment>
        <translation>
            <numerusform>%1 (%n time)</numerusform>
            <numerusform>%1 (%n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>The access log was checked: nothing in it was changed or removed.</source>
        <translation>The access log was checked: nothing in it was changed or removed.</translation>
    </message>
    <message>
        <source>Warning: the access log does not add up. Entries may have been changed or removed at the service.</source>
        <translation>Warning: the access log does not add up. Entries may have been changed or removed at the service.</translation>
    </message>
    <message>
        <source>%1 tried to change %2; this was not allowed</source>
        <translation>%1 tried to change %2; this was not allowed</translation>
    </message>
    <message>
        <source>%1 tried to change %2 in %3; this was not allowed</source>
        <translation>%1 tried to change %2 in %3; this was not allowed</translation>
    </message>
    <message>
        <source>%1 sent a change to %2 that changed nothing</source>
        <translation>%1 sent a change to %2 that changed nothing</translation>
    </message>
    <message>
        <source>%1 sent a change to %2 in %3 that changed nothing</source>
        <translation>%1 sent a change to %2 in %3 that changed nothing</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n change(s) were not allowed</source>
        <comment>a change line, then how many changes the service refused</comment>
        <translation>
            <numerusform>%1; %n change was not allowed</numerusform>
            <numerusform>%1; %n changes were not allowed</numerusform>
        </translation>
    </message>
    <message>
        <source>the timeline</source>
        <translation>the timeline</translation>
    </message>
    <message>
        <source>%1 now lets %2 also change %3</source>
        <translation>%1 now lets %2 also change %3</translation>
    </message>
    <message>
        <source>%1 now lets %2 only read %3, no longer change it</source>
        <translation>%1 now lets %2 only read %3, no longer change it</translation>
    </message>
    <message>
        <source>%1 changed the purpose or end date of %2's access to %3</source>
        <translation>%1 changed the purpose or end date of %2's access to %3</translation>
    </message>
    <message>
        <source>%1 wrote in the timeline</source>
        <translation>%1 wrote in the timeline</translation>
    </message>
    <message>
        <source>%1 wrote in the timeline about %2</source>
        <translation>%1 wrote in the timeline about %2</translation>
    </message>
    <message>
        <source>%1 saw the meetings they take part in</source>
        <translation>%1 saw the meetings they take part in</translation>
    </message>
    <message>
        <source>%1 saw the agreements made with them</source>
        <translation>%1 saw the agreements made with them</translation>
    </message>
    <message>
        <source>%1 used the invitation for %2 and waits to be let in</source>
        <translation>%1 used the invitation for %2 and waits to be let in</translation>
    </message>
    <message>
        <source>%1 withdrew the invitation for %2</source>
        <translation>%1 withdrew the invitation for %2</translation>
    </message>
    <message>
        <source>%1 left the plan</source>
        <translation>%1 left the plan</translation>
    </message>
    <message>
        <source>%1 took back their request to join</source>
        <translation>%1 took back their request to join</translation>
    </message>
</context>
<context>
    <name>AddDevicePage</name>
    <message>
        <source>I already use Samen on another device</source>
        <translation>I already use Samen on another device</translation>
    </message>
    <message>
        <source>On your other device, open Settings, then My devices, and choose 'Add another device'. Paste the link it shows here, or type the code with the address and check code.</source>
        <translation>On your other device, open Settings, then My devices, and choose 'Add another device'. Paste the link it shows here, or type the code with the address and check code.</translation>
    </message>
    <message>
        <source>Link or code</source>
        <translation>Link or code</translation>
    </message>
    <message>
        <source>Address of the service (only with a code)</source>
        <translation>Address of the service (only with a code)</translation>
    </message>
    <message>
        <source>Check code (only with a code)</source>
        <translation>Check code (only with a code)</translation>
    </message>
    <message>
        <source>How do you want to lock your plan on this device?</source>
        <translation>How do you want to lock your plan on this device?</translation>
    </message>
    <message>
        <source>With this device's own lock (recommended). You open your plan the way you open this device.</source>
        <translation>With this device's own lock (recommended). You open your plan the way you open this device.</translation>
    </message>
    <message>
        <source>Lock with this device's own lock</source>
        <translation>Lock with this device's own lock</translation>
    </message>
    <message>
        <source>With a passphrase that only I know</source>
        <translation>With a passphrase that only I know</translation>
    </message>
    <message>
        <source>Choose a passphrase for this device</source>
        <translation>Choose a passphrase for this device</translation>
    </message>
    <message>
        <source>Add this device</source>
        <translation>Add this device</translation>
    </message>
    <message>
        <source>https://samen.example.nl</source>
        <translation>https://samen.example.nl</translation>
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
        <translation>Time to look back on it</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Look back on it</source>
        <translation>Look back on it</translation>
    </message>
    <message>
        <source>Look back on: %1</source>
        <translation>Look back on: %1</translation>
    </message>
    <message>
        <source>%1 no longer helps with the plan. Choose who takes it on when you look back on it.</source>
        <translation>%1 no longer helps with the plan. Choose who takes it on when you look back on it.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>A new agreement</source>
        <translation>A new agreement</translation>
    </message>
    <message>
        <source>What was agreed?</source>
        <translation>What was agreed?</translation>
    </message>
    <message>
        <source>Who does it?</source>
        <translation>Who does it?</translation>
    </message>
    <message>
        <source>Who does it? %1</source>
        <translation>Who does it? %1</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Life domain: %1</source>
        <translation>Life domain: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>By when?</translation>
    </message>
    <message>
        <source>When do we look back on it?</source>
        <translation>When do we look back on it?</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Well done! "%1" is done. Every small step counts.</source>
        <translation>Well done! "%1" is done. Every small step counts.</translation>
    </message>
    <message>
        <source>Choose a life domain to see how it is going and your goals.</source>
        <translation>Choose a life domain to see how it is going and your goals.</translation>
    </message>
    <message>
        <source>Choose a life domain to see how it is going and the goals of %1.</source>
        <translation>Choose a life domain to see how it is going and the goals of %1.</translation>
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
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>CaseloadListPane</name>
    <message>
        <source>The people I work with</source>
        <translation>The people I work with</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock Samen</source>
        <translation>Lock Samen</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <source>You are not part of a plan yet. When a citizen invites you, join their plan with the code they give you.</source>
        <translation>You are not part of a plan yet. When a citizen invites you, join their plan with the code they give you.</translation>
    </message>
    <message>
        <source>Nobody in your caseload has that name.</source>
        <translation>Nobody in your caseload has that name.</translation>
    </message>
    <message>
        <source>Join another plan with a code</source>
        <translation>Join another plan with a code</translation>
    </message>
    <message>
        <source>Code or link from the citizen</source>
        <translation>Code or link from the citizen</translation>
    </message>
    <message>
        <source>Join the plan</source>
        <translation>Join the plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Joining the plan…</source>
        <translation>Joining the plan…</translation>
    </message>
    <message>
        <source>Join a plan with a code</source>
        <translation>Join a plan with a code</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n plan(s)</source>
        <translation>
            <numerusform>Show the %n plan</numerusform>
            <numerusform>Show all %n plans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Choose a plan on the left to open it.</source>
        <translation>Choose a plan on the left to open it.</translation>
    </message>
    <message>
        <source>Connect this device again to see your plans.</source>
        <translation>Connect this device again to see your plans.</translation>
    </message>
    <message>
        <source>No plans yet. When a citizen gives you an invitation code, choose "Join a plan with a code" and type the code. Their plan then shows here.</source>
        <translation>No plans yet. When a citizen gives you an invitation code, choose "Join a plan with a code" and type the code. Their plan then shows here.</translation>
    </message>
</context>
<context>
    <name>CaseloadPlanPane</name>
    <message>
        <source>All plans</source>
        <translation>All plans</translation>
    </message>
    <message>
        <source>Back to all plans</source>
        <translation>Back to all plans</translation>
    </message>
    <message>
        <source>Plan of %1</source>
        <translation>Plan of %1</translation>
    </message>
    <message>
        <source>Leave the plan</source>
        <translation>Leave the plan</translation>
    </message>
    <message>
        <source>Leaving…</source>
        <translation>Leaving…</translation>
    </message>
    <message>
        <source>Leave this plan</source>
        <translation>Leave this plan</translation>
    </message>
    <message>
        <source>Leave the plan of %1</source>
        <translation>Leave the plan of %1</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to a case service</source>
        <translation>Connect to a case service</translation>
    </message>
    <message>
        <source>A case service keeps a copy of your plan, so the people you invite can help, and your other devices stay up to date. You decide who sees what. Ask your social worker or municipality for the address and the check code.</source>
        <translation>A case service keeps a copy of your plan, so the people you invite can help, and your other devices stay up to date. You decide who sees what. Ask your social worker or municipality for the address and the check code.</translation>
    </message>
    <message>
        <source>Address of the service</source>
        <translation>Address of the service</translation>
    </message>
    <message>
        <source>Check code (if you have it)</source>
        <translation>Check code (if you have it)</translation>
    </message>
    <message>
        <source>64 characters, 0-9 and a-f</source>
        <translation>64 characters, 0-9 and a-f</translation>
    </message>
    <message>
        <source>Look for the service</source>
        <translation>Look for the service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Check code of the service</source>
        <translation>Check code of the service</translation>
    </message>
    <message>
        <source>The check code is the same as the one I was given</source>
        <translation>The check code is the same as the one I was given</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>Name of this device</translation>
    </message>
    <message>
        <source>Connect my plan</source>
        <translation>Connect my plan</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>Another address</translation>
    </message>
    <message>
        <source>Connecting your plan…</source>
        <translation>Connecting your plan…</translation>
    </message>
    <message>
        <source>My devices</source>
        <translation>My devices</translation>
    </message>
    <message>
        <source>https://samen.example.nl</source>
        <translation>https://samen.example.nl</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>What %1 may see</source>
        <translation>What %1 may see</translation>
    </message>
    <message>
        <source>What this person may see</source>
        <translation>What this person may see</translation>
    </message>
    <message>
        <source>Remove %1 from your plan?</source>
        <translation>Remove %1 from your plan?</translation>
    </message>
    <message>
        <source>Withdraw everything %1 may see?</source>
        <translation>Withdraw everything %1 may see?</translation>
    </message>
    <message>
        <source>%1 will see nothing of your plan any more, and is no longer a member. You can invite them again later.</source>
        <translation>%1 will see nothing of your plan any more, and is no longer a member. You can invite them again later.</translation>
    </message>
    <message>
        <source>%1 stays in your plan but sees none of it until you share something again.</source>
        <translation>%1 stays in your plan but sees none of it until you share something again.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Withdraw everything</source>
        <translation>Withdraw everything</translation>
    </message>
    <message>
        <source>Choose per part of your plan. A change counts at once.</source>
        <translation>Choose per part of your plan. A change counts at once.</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <source>See</source>
        <translation>See</translation>
    </message>
    <message>
        <source>See and change</source>
        <translation>See and change</translation>
    </message>
    <message>
        <source>%1: what %2 may do</source>
        <translation>%1: what %2 may do</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Why %1 may see %2</source>
        <translation>Why %1 may see %2</translation>
    </message>
    <message>
        <source>Until which date %1 may see %2</source>
        <translation>Until which date %1 may see %2</translation>
    </message>
    <message>
        <source>Remove from my plan</source>
        <translation>Remove from my plan</translation>
    </message>
    <message>
        <source>Why (the purpose)</source>
        <translation>Why (the purpose)</translation>
    </message>
</context>
<context>
    <name>CreatePlanPage</name>
    <message>
        <source>Make your plan</source>
        <translation>Make your plan</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <source>What is your name?</source>
        <translation>What is your name?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>For example: Robin</source>
        <translation>For example: Robin</translation>
    </message>
    <message>
        <source>Which life domains fit you?</source>
        <translation>Which life domains fit you?</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Make my plan</source>
        <translation>Make my plan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>How do you want to lock your plan?</source>
        <translation>How do you want to lock your plan?</translation>
    </message>
    <message>
        <source>With this device's own lock (recommended). You open your plan the way you open this device.</source>
        <translation>With this device's own lock (recommended). You open your plan the way you open this device.</translation>
    </message>
    <message>
        <source>Lock with this device's own lock</source>
        <translation>Lock with this device's own lock</translation>
    </message>
    <message>
        <source>With a passphrase that only I know</source>
        <translation>With a passphrase that only I know</translation>
    </message>
    <message>
        <source>Life domains are the parts of your life your plan is about, such as housing, money and work. Choose the list that suits you best.</source>
        <translation>Life domains are the parts of your life your plan is about, such as housing, money and work. Choose the list that suits you best.</translation>
    </message>
    <message>
        <source>A passphrase is a password of a few words that only you know, for example: blue bike on Sunday. You type it each time you open your plan. A PIN of at least %1 digits also works. If you forget it, nobody can open your plan, not even us. Write it down and keep it in a safe place.</source>
        <translation>A passphrase is a password of a few words that only you know, for example: blue bike on Sunday. You type it each time you open your plan. A PIN of at least %1 digits also works. If you forget it, nobody can open your plan, not even us. Write it down and keep it in a safe place.</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>Your plan file is damaged</source>
        <translation>Your plan file is damaged</translation>
    </message>
    <message>
        <source>Part of the file that holds your plan on this device cannot be read. Samen did not change it and shows nothing from it, so you never see a plan with parts missing.</source>
        <translation>Part of the file that holds your plan on this device cannot be read. Samen did not change it and shows nothing from it, so you never see a plan with parts missing.</translation>
    </message>
    <message>
        <source>Repair keeps the damaged file, makes a new one with your changes that were not sent yet and can still be read, and, if this device is connected to a service, fetches your plan from there again.</source>
        <translation>Repair keeps the damaged file, makes a new one with your changes that were not sent yet and can still be read, and, if this device is connected to a service, fetches your plan from there again.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repair my plan</source>
        <translation>Repair my plan</translation>
    </message>
    <message>
        <source>Start over with a new plan</source>
        <translation>Start over with a new plan</translation>
    </message>
</context>
<context>
    <name>DataListModel</name>
    <message>
        <source>someone no longer in the plan</source>
        <translation>someone no longer in the plan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>label: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Your plan</translation>
    </message>
    <message>
        <source>Set of life domains</source>
        <translation>Set of life domains</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>My story</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Not written yet.</translation>
    </message>
    <message>
        <source>Life domains, most important first</source>
        <translation>Life domains, most important first</translation>
    </message>
    <message>
        <source>No self-assessment yet.</source>
        <translation>No self-assessment yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n self-assessment(s), newest last:</source>
        <translation>
            <numerusform>%n self-assessment, newest last:</numerusform>
            <numerusform>%n self-assessments, newest last:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 out of 10</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>In my own words</translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation>Goals and steps</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Goal: %1</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why this matters</source>
        <translation>Why this matters</translation>
    </message>
    <message>
        <source>Aim to finish by</source>
        <translation>Aim to finish by</translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation>Who helps</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Step: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Done on %1</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Not done yet</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>People in the plan</source>
        <translation>People in the plan</translation>
    </message>
    <message>
        <source>The owner of the plan</source>
        <translation>The owner of the plan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>Period</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Who may see what</source>
        <translation>Who may see what</translation>
    </message>
    <message>
        <source>%1 may see and change %2</source>
        <translation>%1 may see and change %2</translation>
    </message>
    <message>
        <source>%1 may see %2</source>
        <translation>%1 may see %2</translation>
    </message>
    <message>
        <source>%1 may not see %2</source>
        <translation>%1 may not see %2</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>Not used yet</translation>
    </message>
    <message>
        <source>Invitation for %1</source>
        <translation>Invitation for %1</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Video link</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>To talk about</source>
        <translation>To talk about</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Look back on</source>
        <translation>Look back on</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>Written in two places at once</source>
        <translation>Written in two places at once</translation>
    </message>
    <message>
        <source>"%1" (by %2)</source>
        <translation>"%1" (by %2)</translation>
    </message>
    <message>
        <source>Both versions are kept</source>
        <translation>Both versions are kept</translation>
    </message>
    <message>
        <source>What happened, newest first</source>
        <translation>What happened, newest first</translation>
    </message>
    <message>
        <source>The case service's access log (the copy on this device)</source>
        <translation>The case service's access log (the copy on this device)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>%1 (see and change)</source>
        <translation>%1 (see and change)</translation>
    </message>
    <message>
        <source>%1 (see)</source>
        <translation>%1 (see)</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>How long</source>
        <translation>How long</translation>
    </message>
    <message>
        <source>Made in the meeting</source>
        <translation>Made in the meeting</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>The plan</translation>
    </message>
    <message>
        <source>%1's story</source>
        <translation>%1's story</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a date</source>
        <translation>Choose a date</translation>
    </message>
    <message>
        <source>Choose a date: %1</source>
        <translation>Choose a date: %1</translation>
    </message>
    <message>
        <source>%1, day: %2</source>
        <translation>%1, day: %2</translation>
    </message>
    <message>
        <source>%1, month: %2</source>
        <translation>%1, month: %2</translation>
    </message>
    <message>
        <source>%1, year: %2</source>
        <translation>%1, year: %2</translation>
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
        <translation>Day: %1</translation>
    </message>
    <message>
        <source>A day earlier</source>
        <translation>A day earlier</translation>
    </message>
    <message>
        <source>A day later</source>
        <translation>A day later</translation>
    </message>
    <message>
        <source>A week earlier</source>
        <translation>A week earlier</translation>
    </message>
    <message>
        <source>A week later</source>
        <translation>A week later</translation>
    </message>
    <message numerus="yes">
        <source>In %n week(s)</source>
        <translation>
            <numerusform>In %n week</numerusform>
            <numerusform>In %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Start time: %1</source>
        <translation>Start time: %1</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>My devices</source>
        <translation>My devices</translation>
    </message>
    <message>
        <source>Revoke this device?</source>
        <translation>Revoke this device?</translation>
    </message>
    <message>
        <source>It can no longer sign in or receive your plan. What is already on it stays there until it is wiped; you cannot undo this.</source>
        <translation>It can no longer sign in or receive your plan. What is already on it stays there until it is wiped; you cannot undo this.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Connect to a case service</source>
        <translation>Connect to a case service</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (this device)</translation>
    </message>
    <message>
        <source>%1. Revoked.</source>
        <translation>%1. Revoked.</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Revoke %1</translation>
    </message>
    <message>
        <source>Add another device</source>
        <translation>Add another device</translation>
    </message>
    <message>
        <source>Code for your next device</source>
        <translation>Code for your next device</translation>
    </message>
    <message>
        <source>Use this code once, on your other device, to add it to your account. It is shown only now. %1</source>
        <translation>Use this code once, on your other device, to add it to your account. It is shown only now. %1</translation>
    </message>
    <message>
        <source>QR code for your next device</source>
        <translation>QR code for your next device</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copy the code</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
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
        <translation>You rate it %1 out of 10</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Not rated yet</translation>
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
            <numerusform>%n goal. Next step: %1</numerusform>
            <numerusform>%n goals. Next step: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Move %1 up</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Move %1 down</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Rated %1 out of 10</source>
        <translation>Rated %1 out of 10</translation>
    </message>
</context>
<context>
    <name>DomainPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>How is it going?</source>
        <translation>How is it going?</translation>
    </message>
    <message>
        <source>Last time (%1) you gave it %2 out of 10.</source>
        <translation>Last time (%1) you gave it %2 out of 10.</translation>
    </message>
    <message>
        <source>You have not rated this yet.</source>
        <translation>You have not rated this yet.</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Bad</translation>
    </message>
    <message>
        <source>Score from 1 to 10</source>
        <translation>Score from 1 to 10</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>In your own words</translation>
    </message>
    <message>
        <source>In your own words: how is it going?</source>
        <translation>In your own words: how is it going?</translation>
    </message>
    <message>
        <source>Save how it is going</source>
        <translation>Save how it is going</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>My goals</translation>
    </message>
    <message>
        <source>No goals here yet. What would you like to change?</source>
        <translation>No goals here yet. What would you like to change?</translation>
    </message>
    <message>
        <source>A new goal</source>
        <translation>A new goal</translation>
    </message>
    <message>
        <source>What do you want to reach?</source>
        <translation>What do you want to reach?</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Last rating (%1): %2 out of 10.</source>
        <translation>Last rating (%1): %2 out of 10.</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Not rated yet.</translation>
    </message>
    <message>
        <source>In their own words: "%1"</source>
        <translation>In their own words: "%1"</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>No goals here yet.</source>
        <translation>No goals here yet.</translation>
    </message>
    <message>
        <source>You may read this part of the plan, but not change it.</source>
        <translation>You may read this part of the plan, but not change it.</translation>
    </message>
    <message>
        <source>Agreements from meetings</source>
        <translation>Agreements from meetings</translation>
    </message>
    <message>
        <source>Saved: %1 out of 10.</source>
        <translation>Saved: %1 out of 10.</translation>
    </message>
    <message>
        <source>Why does this matter to you? (may stay empty)</source>
        <translation>Why does this matter to you? (may stay empty)</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>By when?</translation>
    </message>
    <message>
        <source>No goals here yet. You may add a goal that %1 wants to reach.</source>
        <translation>No goals here yet. You may add a goal that %1 wants to reach.</translation>
    </message>
    <message>
        <source>You may read this part of the plan, but not change it. %1 decides who may change it.</source>
        <translation>You may read this part of the plan, but not change it. %1 decides who may change it.</translation>
    </message>
    <message>
        <source>What does %1 want to reach?</source>
        <translation>What does %1 want to reach?</translation>
    </message>
    <message>
        <source>Why does this matter to %1? (may stay empty)</source>
        <translation>Why does this matter to %1? (may stay empty)</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>I work with citizens</source>
        <translation>I work with citizens</translation>
    </message>
    <message>
        <source>Your organisation's administrator gives you three things: the address of the service, its check code and an enrolment code. With them, this device shows the plans of the citizens you work with.</source>
        <translation>Your organisation's administrator gives you three things: the address of the service, its check code and an enrolment code. With them, this device shows the plans of the citizens you work with.</translation>
    </message>
    <message>
        <source>Address of the service</source>
        <translation>Address of the service</translation>
    </message>
    <message>
        <source>https://samen.example.nl</source>
        <translation>https://samen.example.nl</translation>
    </message>
    <message>
        <source>Check code (if you have it)</source>
        <translation>Check code (if you have it)</translation>
    </message>
    <message>
        <source>64 characters, 0-9 and a-f</source>
        <translation>64 characters, 0-9 and a-f</translation>
    </message>
    <message>
        <source>Look for the service</source>
        <translation>Look for the service</translation>
    </message>
    <message>
        <source>Check code of the service</source>
        <translation>Check code of the service</translation>
    </message>
    <message>
        <source>The check code is the same as the one I was given</source>
        <translation>The check code is the same as the one I was given</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>How do you want to lock Samen on this device?</source>
        <translation>How do you want to lock Samen on this device?</translation>
    </message>
    <message>
        <source>With this device's own lock (recommended)</source>
        <translation>With this device's own lock (recommended)</translation>
    </message>
    <message>
        <source>Lock with this device's own lock</source>
        <translation>Lock with this device's own lock</translation>
    </message>
    <message>
        <source>With a passphrase that only I know</source>
        <translation>With a passphrase that only I know</translation>
    </message>
    <message>
        <source>Choose a passphrase for this device</source>
        <translation>Choose a passphrase for this device</translation>
    </message>
    <message>
        <source>Sign in to my organisation</source>
        <translation>Sign in to my organisation</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>Another address</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message>
        <source>Look back on an agreement</source>
        <translation>Look back on an agreement</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>How did it go?</translation>
    </message>
    <message>
        <source>It is done</source>
        <translation>It is done</translation>
    </message>
    <message>
        <source>Not yet: look back on it again later</source>
        <translation>Not yet: look back on it again later</translation>
    </message>
    <message>
        <source>We stop with it</source>
        <translation>We stop with it</translation>
    </message>
    <message>
        <source>What was said about it (may stay empty)</source>
        <translation>What was said about it (may stay empty)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>When to look back again?</source>
        <translation>When to look back again?</translation>
    </message>
    <message>
        <source>%1 no longer helps with the plan. Who takes it on?</source>
        <translation>%1 no longer helps with the plan. Who takes it on?</translation>
    </message>
    <message>
        <source>Choose who takes it on</source>
        <translation>Choose who takes it on</translation>
    </message>
    <message>
        <source>Who takes it on? %1</source>
        <translation>Who takes it on? %1</translation>
    </message>
</context>
<context>
    <name>ExpiryWords</name>
    <message>
        <source>This code no longer works.</source>
        <translation>This code no longer works.</translation>
    </message>
    <message numerus="yes">
        <source>Works for %n more minute(s), until %1.</source>
        <translation>
            <numerusform>Works for %n more minute, until %1.</numerusform>
            <numerusform>Works for %n more minutes, until %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Works until today %1.</source>
        <translation>Works until today %1.</translation>
    </message>
    <message>
        <source>Works until tomorrow %1.</source>
        <translation>Works until tomorrow %1.</translation>
    </message>
    <message>
        <source>Works until %1, %2.</source>
        <comment>date, time</comment>
        <translation>Works until %1, %2.</translation>
    </message>
</context>
<context>
    <name>FhirSection</name>
    <message>
        <source>Save your plan as a file</source>
        <translation>Save your plan as a file</translation>
    </message>
    <message>
        <source>FHIR files (*.json)</source>
        <translation>FHIR files (*.json)</translation>
    </message>
    <message>
        <source>Take your plan with you</source>
        <translation>Take your plan with you</translation>
    </message>
    <message>
        <source>Save everything in your plan in one file, in the standard format that care organisations use (FHIR). You can bring the plan back from that file on a device without a plan.</source>
        <translation>Save everything in your plan in one file, in the standard format that care organisations use (FHIR). You can bring the plan back from that file on a device without a plan.</translation>
    </message>
    <message>
        <source>Save my plan as a file</source>
        <translation>Save my plan as a file</translation>
    </message>
    <message>
        <source>Opens a window to choose where the file goes</source>
        <translation>Opens a window to choose where the file goes</translation>
    </message>
    <message>
        <source>To bring back a plan from such a file, open Samen on a device without a plan and choose "I have a file of my plan" on the first page. A device keeps one plan, so a file never replaces the plan on this device.</source>
        <translation>To bring back a plan from such a file, open Samen on a device without a plan and choose "I have a file of my plan" on the first page. A device keeps one plan, so a file never replaces the plan on this device.</translation>
    </message>
    <message>
        <source>Send my plan to another app</source>
        <translation>Send my plan to another app</translation>
    </message>
    <message>
        <source>Saves the file in your documents folder and opens that folder, to send the file from there</source>
        <translation>Saves the file in your documents folder and opens that folder, to send the file from there</translation>
    </message>
</context>
<context>
    <name>GoalDelegate</name>
    <message>
        <source>Goal: %1</source>
        <translation>Goal: %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 of %2 steps done</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Why this matters to me: %1</source>
        <translation>Why this matters to me: %1</translation>
    </message>
    <message>
        <source>Target date: %1</source>
        <translation>Target date: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>No steps yet. What is one small thing you can do first?</source>
        <translation>No steps yet. What is one small thing you can do first?</translation>
    </message>
    <message>
        <source>A new step</source>
        <translation>A new step</translation>
    </message>
    <message>
        <source>What is the next small step?</source>
        <translation>What is the next small step?</translation>
    </message>
    <message>
        <source>Who does it?</source>
        <translation>Who does it?</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Why this matters: %1</source>
        <translation>Why this matters: %1</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>No steps yet.</translation>
    </message>
    <message>
        <source>You may read this part of the plan, but not change it.</source>
        <translation>You may read this part of the plan, but not change it.</translation>
    </message>
    <message>
        <source>Change goal</source>
        <translation>Change goal</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Delete goal</translation>
    </message>
    <message>
        <source>Delete goal: %1</source>
        <translation>Delete goal: %1</translation>
    </message>
    <message>
        <source>What do you want to reach?</source>
        <translation>What do you want to reach?</translation>
    </message>
    <message>
        <source>Why does this matter to you? (may stay empty)</source>
        <translation>Why does this matter to you? (may stay empty)</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>By when?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Status of this goal: %1</source>
        <translation>Status of this goal: %1</translation>
    </message>
    <message>
        <source>All steps are done. Did you reach this goal?</source>
        <translation>All steps are done. Did you reach this goal?</translation>
    </message>
    <message>
        <source>Yes, the goal is done</source>
        <translation>Yes, the goal is done</translation>
    </message>
    <message>
        <source>Who does this step? %1</source>
        <translation>Who does this step? %1</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>When?</translation>
    </message>
    <message>
        <source>Choose what %1 may see</source>
        <translation>Choose what %1 may see</translation>
    </message>
    <message>
        <source>What does %1 want to reach?</source>
        <translation>What does %1 want to reach?</translation>
    </message>
    <message>
        <source>Why does this matter to %1? (may stay empty)</source>
        <translation>Why does this matter to %1? (may stay empty)</translation>
    </message>
    <message>
        <source>All steps are done. Did %1 reach this goal?</source>
        <translation>All steps are done. Did %1 reach this goal?</translation>
    </message>
    <message>
        <source>No steps yet. What is one small first step towards this goal?</source>
        <translation>No steps yet. What is one small first step towards this goal?</translation>
    </message>
    <message>
        <source>You may read this part of the plan, but not change it. %1 decides who may change it.</source>
        <translation>You may read this part of the plan, but not change it. %1 decides who may change it.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Who keeps the overview?</source>
        <translation>Who keeps the overview?</translation>
    </message>
    <message>
        <source>Yes, hand over</source>
        <translation>Yes, hand over</translation>
    </message>
    <message>
        <source>The coordinator keeps the overview of your plan and plans the meetings with you. You decide who it is, and you can change it at any time.</source>
        <translation>The coordinator keeps the overview of your plan and plans the meetings with you. You decide who it is, and you can change it at any time.</translation>
    </message>
    <message>
        <source>Yourself</source>
        <translation>Yourself</translation>
    </message>
    <message>
        <source>Your network</source>
        <translation>Your network</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>%1, %2 (coordinates now)</source>
        <translation>%1, %2 (coordinates now)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A note for the new coordinator</source>
        <translation>A note for the new coordinator</translation>
    </message>
    <message>
        <source>What does the new coordinator need to know?</source>
        <translation>What does the new coordinator need to know?</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Coordinators so far</source>
        <translation>Coordinators so far</translation>
    </message>
    <message>
        <source>%1, %2: “%3”</source>
        <translation>%1, %2: “%3”</translation>
    </message>
</context>
<context>
    <name>ImportPlanPage</name>
    <message>
        <source>Bring back your plan from a file</source>
        <translation>Bring back your plan from a file</translation>
    </message>
    <message>
        <source>Choose the file of your plan</source>
        <translation>Choose the file of your plan</translation>
    </message>
    <message>
        <source>FHIR files (*.json)</source>
        <translation>FHIR files (*.json)</translation>
    </message>
    <message>
        <source>Did you save your plan as a file before (in My data: "Save my plan as a file")? Then you can bring the whole plan back on this device from that file.</source>
        <translation>Did you save your plan as a file before (in My data: "Save my plan as a file")? Then you can bring the whole plan back on this device from that file.</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Choose another file</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>Opens a window to choose the file</source>
        <translation>Opens a window to choose the file</translation>
    </message>
    <message>
        <source>How do you want to lock your plan?</source>
        <translation>How do you want to lock your plan?</translation>
    </message>
    <message>
        <source>With this device's own lock (recommended). You open your plan the way you open this device.</source>
        <translation>With this device's own lock (recommended). You open your plan the way you open this device.</translation>
    </message>
    <message>
        <source>Lock with this device's own lock</source>
        <translation>Lock with this device's own lock</translation>
    </message>
    <message>
        <source>With a passphrase that only I know</source>
        <translation>With a passphrase that only I know</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>A passphrase is a password of a few words that only you know, for example: blue bike on Sunday. You type it each time you open your plan. A PIN of at least %1 digits also works. If you forget it, nobody can open your plan, not even us. Write it down and keep it in a safe place.</source>
        <translation>A passphrase is a password of a few words that only you know, for example: blue bike on Sunday. You type it each time you open your plan. A PIN of at least %1 digits also works. If you forget it, nobody can open your plan, not even us. Write it down and keep it in a safe place.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Bring back my plan</source>
        <translation>Bring back my plan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>InvitePage</name>
    <message>
        <source>To help me keep my week in order</source>
        <translation>To help me keep my week in order</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Invite someone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name of the person you invite</source>
        <translation>Name of the person you invite</translation>
    </message>
    <message>
        <source>Who is it?</source>
        <translation>Who is it?</translation>
    </message>
    <message>
        <source>Someone from my own circle</source>
        <translation>Someone from my own circle</translation>
    </message>
    <message>
        <source>A professional</source>
        <translation>A professional</translation>
    </message>
    <message>
        <source>What this person is to you</source>
        <translation>What this person is to you</translation>
    </message>
    <message>
        <source>Role, for example: social worker</source>
        <translation>Role, for example: social worker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>What may this person see?</source>
        <translation>What may this person see?</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <source>See</source>
        <translation>See</translation>
    </message>
    <message>
        <source>See and change</source>
        <translation>See and change</translation>
    </message>
    <message>
        <source>%1: what this person may do</source>
        <translation>%1: what this person may do</translation>
    </message>
    <message>
        <source>Why (the person sees this)</source>
        <translation>Why (the person sees this)</translation>
    </message>
    <message>
        <source>For example: to help me with my money matters</source>
        <translation>For example: to help me with my money matters</translation>
    </message>
    <message>
        <source>Why this person may see it</source>
        <translation>Why this person may see it</translation>
    </message>
    <message>
        <source>Until which date (optional)</source>
        <translation>Until which date (optional)</translation>
    </message>
    <message>
        <source>Make the invitation</source>
        <translation>Make the invitation</translation>
    </message>
    <message>
        <source>QR code of the invitation link</source>
        <translation>QR code of the invitation link</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Invitation code</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>Invitation link</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Copy the link</translation>
    </message>
    <message>
        <source>Withdraw the invitation</source>
        <translation>Withdraw the invitation</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>I was invited</source>
        <translation>I was invited</translation>
    </message>
    <message>
        <source>Paste the link you were sent, or type the code. You first see what you are invited to; nothing is shared before you say yes.</source>
        <translation>Paste the link you were sent, or type the code. You first see what you are invited to; nothing is shared before you say yes.</translation>
    </message>
    <message>
        <source>Link or code</source>
        <translation>Link or code</translation>
    </message>
    <message>
        <source>Address of the service (only with a code)</source>
        <translation>Address of the service (only with a code)</translation>
    </message>
    <message>
        <source>Check code (only with a code)</source>
        <translation>Check code (only with a code)</translation>
    </message>
    <message>
        <source>Choose a passphrase for this device</source>
        <translation>Choose a passphrase for this device</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <source>Look at the invitation</source>
        <translation>Look at the invitation</translation>
    </message>
    <message>
        <source>Looking at the invitation…</source>
        <translation>Looking at the invitation…</translation>
    </message>
    <message>
        <source>Your name, as they will see it</source>
        <translation>Your name, as they will see it</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>https://samen.example.nl</source>
        <translation>https://samen.example.nl</translation>
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
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Cancel this meeting?</source>
        <translation>Cancel this meeting?</translation>
    </message>
    <message>
        <source>Everyone who was invited sees that it does not take place. You can plan a new one.</source>
        <translation>Everyone who was invited sees that it does not take place. You can plan a new one.</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Cancel the meeting</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>Join by video</source>
        <translation>Join by video</translation>
    </message>
    <message>
        <source>Join the meeting by video</source>
        <translation>Join the meeting by video</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>With: %1</translation>
    </message>
    <message>
        <source>What to talk about</source>
        <translation>What to talk about</translation>
    </message>
    <message>
        <source>After the meeting</source>
        <translation>After the meeting</translation>
    </message>
    <message>
        <source>What was talked about (notes)</source>
        <translation>What was talked about (notes)</translation>
    </message>
    <message>
        <source>Save: the meeting took place</source>
        <translation>Save: the meeting took place</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation>Plan it</translation>
    </message>
    <message>
        <source>Plan the next meeting: %1</source>
        <translation>Plan the next meeting: %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Agreements made in the meeting show here.</source>
        <translation>Agreements made in the meeting show here.</translation>
    </message>
    <message>
        <source>No agreements were written down.</source>
        <translation>No agreements were written down.</translation>
    </message>
    <message>
        <source>Add an agreement</source>
        <translation>Add an agreement</translation>
    </message>
    <message>
        <source>Once the meeting has begun, you can write down here what was talked about and save that it took place.</source>
        <translation>Once the meeting has begun, you can write down here what was talked about and save that it took place.</translation>
    </message>
</context>
<context>
    <name>MyDataPage</name>
    <message>
        <source>My data</source>
        <translation>My data</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Go on</translation>
    </message>
    <message>
        <source>After this, Samen starts as new on this device.</source>
        <translation>After this, Samen starts as new on this device.</translation>
    </message>
    <message>
        <source>Erase my plan</source>
        <translation>Erase my plan</translation>
    </message>
    <message>
        <source>Everything in your plan is yours. You can see all of it, take it with you, or erase it.</source>
        <translation>Everything in your plan is yours. You can see all of it, take it with you, or erase it.</translation>
    </message>
    <message>
        <source>See everything</source>
        <translation>See everything</translation>
    </message>
    <message>
        <source>Every part of your plan on this device, with what happened before.</source>
        <translation>Every part of your plan on this device, with what happened before.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Erasing…</translation>
    </message>
    <message>
        <source>Erase my plan…</source>
        <translation>Erase my plan…</translation>
    </message>
    <message>
        <source>Erase only on this device</source>
        <translation>Erase only on this device</translation>
    </message>
    <message>
        <source>The plan of %1 on this device</source>
        <translation>The plan of %1 on this device</translation>
    </message>
    <message>
        <source>Erase my copy</source>
        <translation>Erase my copy</translation>
    </message>
    <message>
        <source>The plan belongs to %1. This device keeps a copy of the parts that %1 shares with you. Only %1 can take the plan along or erase it.</source>
        <translation>The plan belongs to %1. This device keeps a copy of the parts that %1 shares with you. Only %1 can take the plan along or erase it.</translation>
    </message>
    <message>
        <source>Every part of the plan that this device keeps, with what happened before.</source>
        <translation>Every part of the plan that this device keeps, with what happened before.</translation>
    </message>
    <message>
        <source>To stop helping %1 and take this plan off this device, choose "Leave this plan".</source>
        <translation>To stop helping %1 and take this plan off this device, choose "Leave this plan".</translation>
    </message>
    <message>
        <source>Erase my copy of the plan</source>
        <translation>Erase my copy of the plan</translation>
    </message>
    <message>
        <source>Erase my copy…</source>
        <translation>Erase my copy…</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>My plan</source>
        <translation>My plan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Main menu</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Shows every place of the app: %1</source>
        <translation>Shows every place of the app: %1</translation>
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
        <translation>%1 (second)</translation>
    </message>
    <message>
        <source>%1 (third)</source>
        <comment>the third person of this name in the plan</comment>
        <translation>%1 (third)</translation>
    </message>
    <message>
        <source>%1 (fourth)</source>
        <comment>the fourth person of this name in the plan</comment>
        <translation>%1 (fourth)</translation>
    </message>
    <message>
        <source>%1 (number %2)</source>
        <comment>the n-th person of this name in the plan: Mia (number 5)</comment>
        <translation>%1 (number %2)</translation>
    </message>
</context>
<context>
    <name>NoPlanPage</name>
    <message>
        <source>There is no plan on this device</source>
        <translation>There is no plan on this device</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation>Start a new plan</translation>
    </message>
    <message>
        <source>You can start a new plan of your own here, or join someone else's plan with the link or code of an invitation.</source>
        <translation>You can start a new plan of your own here, or join someone else's plan with the link or code of an invitation.</translation>
    </message>
    <message>
        <source>I was invited</source>
        <translation>I was invited</translation>
    </message>
</context>
<context>
    <name>OfflineLine</name>
    <message>
        <source>Trying again…</source>
        <translation>Trying again…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Try again to reach the service</source>
        <translation>Try again to reach the service</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>someone close</source>
        <translation>someone close</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>role, organisation</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>%1, %2, in the circle %3</source>
        <comment>name, relation, ring name</comment>
        <translation>%1, %2, in the circle %3</translation>
    </message>
    <message>
        <source>, coordinator of the plan</source>
        <translation>, coordinator of the plan</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>since – until</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2, helped %3</source>
        <comment>name, relation, period</comment>
        <translation>%1, %2, helped %3</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People around me</source>
        <translation>People around me</translation>
    </message>
    <message>
        <source>Who helps you, and how close they are. Family and friends are in the inner circle, professionals in the outer one.</source>
        <translation>Who helps you, and how close they are. Family and friends are in the inner circle, professionals in the outer one.</translation>
    </message>
    <message>
        <source>There is nobody in your plan yet besides you.</source>
        <translation>There is nobody in your plan yet besides you.</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Invite someone</translation>
    </message>
    <message>
        <source>Who looked at my plan</source>
        <translation>Who looked at my plan</translation>
    </message>
    <message>
        <source>Connect to a case service to invite people</source>
        <translation>Connect to a case service to invite people</translation>
    </message>
    <message>
        <source>Waiting for you to let them in</source>
        <translation>Waiting for you to let them in</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>Let in</translation>
    </message>
    <message>
        <source>Let %1 in</source>
        <translation>Let %1 in</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Decline %1</source>
        <translation>Decline %1</translation>
    </message>
    <message>
        <source>Not let %1 in?</source>
        <translation>Not let %1 in?</translation>
    </message>
    <message>
        <source>They see nothing of your plan. You can invite them again later.</source>
        <translation>They see nothing of your plan. You can invite them again later.</translation>
    </message>
    <message>
        <source>Invitations not used yet</source>
        <translation>Invitations not used yet</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Withdraw the invitation for %1</source>
        <translation>Withdraw the invitation for %1</translation>
    </message>
    <message>
        <source>Withdraw the invitation for %1?</source>
        <translation>Withdraw the invitation for %1?</translation>
    </message>
    <message>
        <source>The code stops working. You can make a new invitation later.</source>
        <translation>The code stops working. You can make a new invitation later.</translation>
    </message>
    <message>
        <source>%1 (coordinator)</source>
        <translation>%1 (coordinator)</translation>
    </message>
    <message>
        <source>Who helped before</source>
        <translation>Who helped before</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>relation, period</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Everyone who helps, and who coordinates</source>
        <translation>Everyone who helps, and who coordinates</translation>
    </message>
    <message>
        <source>People around %1</source>
        <translation>People around %1</translation>
    </message>
    <message>
        <source>Who helps %1, and how close they are. Family and friends are in the inner circle, professionals in the outer one.</source>
        <translation>Who helps %1, and how close they are. Family and friends are in the inner circle, professionals in the outer one.</translation>
    </message>
</context>
<context>
    <name>PeopleRings</name>
    <message>
        <source>The people around %1, in three circles. The same people are in the list.</source>
        <translation>The people around %1, in three circles. The same people are in the list.</translation>
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
        <translation>Details shown</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Works on: %1</source>
        <translation>Works on: %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>Call %1 on %2</source>
        <translation>Call %1 on %2</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>E-mail %1</translation>
    </message>
    <message>
        <source>E-mail %1 at %2</source>
        <translation>E-mail %1 at %2</translation>
    </message>
    <message>
        <source>Step: %1 (%2)</source>
        <translation>Step: %1 (%2)</translation>
    </message>
    <message>
        <source>Agreement: %1 (%2)</source>
        <translation>Agreement: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PinGroups</name>
    <message>
        <source>Check code: %1</source>
        <translation>Check code: %1</translation>
    </message>
</context>
<context>
    <name>PlanHomePage</name>
    <message>
        <source>Plan of %1</source>
        <translation>Plan of %1</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>My story</translation>
    </message>
    <message>
        <source>Write your story once. Everyone you allow can read it, so you do not have to tell it again.</source>
        <translation>Write your story once. Everyone you allow can read it, so you do not have to tell it again.</translation>
    </message>
    <message>
        <source>Your story was changed in two places at the same time. Both versions are kept. Open it to choose.</source>
        <translation>Your story was changed in two places at the same time. Both versions are kept. Open it to choose.</translation>
    </message>
    <message>
        <source>Save my story</source>
        <translation>Save my story</translation>
    </message>
    <message>
        <source>Write my story</source>
        <translation>Write my story</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>My life domains, most important first</source>
        <translation>My life domains, most important first</translation>
    </message>
    <message>
        <source>Drag a domain, use the arrows, or press Ctrl + arrow up or down to change the order.</source>
        <translation>Drag a domain, use the arrows, or press Ctrl + arrow up or down to change the order.</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <source>You cannot see any part of this plan at the moment.</source>
        <translation>You cannot see any part of this plan at the moment.</translation>
    </message>
    <message>
        <source>Nothing of the plan is kept on this device. If you still help with this plan, ask the person whose plan it is to share a part with you again. It then comes back here by itself.</source>
        <translation>Nothing of the plan is kept on this device. If you still help with this plan, ask the person whose plan it is to share a part with you again. It then comes back here by itself.</translation>
    </message>
    <message>
        <source>%1's story</source>
        <translation>%1's story</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>The story</translation>
    </message>
    <message>
        <source>No story has been written yet.</source>
        <translation>No story has been written yet.</translation>
    </message>
    <message>
        <source>Life domains, most important first</source>
        <translation>Life domains, most important first</translation>
    </message>
    <message>
        <source>Waiting for %1 to let you in.</source>
        <translation>Waiting for %1 to let you in.</translation>
    </message>
    <message>
        <source>Waiting for the owner of the plan to let you in.</source>
        <translation>Waiting for the owner of the plan to let you in.</translation>
    </message>
    <message>
        <source>You joined with the invitation. As soon as you are let in, the parts of the plan you may see appear here by themselves.</source>
        <translation>You joined with the invitation. As soon as you are let in, the parts of the plan you may see appear here by themselves.</translation>
    </message>
    <message>
        <source>Check again now</source>
        <translation>Check again now</translation>
    </message>
    <message>
        <source>Check again now whether you were let in</source>
        <translation>Check again now whether you were let in</translation>
    </message>
    <message>
        <source>Coordinator: %1 · everyone who helps</source>
        <translation>Coordinator: %1 · everyone who helps</translation>
    </message>
    <message>
        <source>Everyone who helps</source>
        <translation>Everyone who helps</translation>
    </message>
    <message>
        <source>Asked at %1. When you are let in, your plan shows it here.</source>
        <translation>Asked at %1. When you are let in, your plan shows it here.</translation>
    </message>
    <message>
        <source>The story was changed in two places at the same time. Both versions are kept until %1 chooses one.</source>
        <translation>The story was changed in two places at the same time. Both versions are kept until %1 chooses one.</translation>
    </message>
</context>
<context>
    <name>PlanMeetingPage</name>
    <message>
        <source>Plan a meeting</source>
        <translation>Plan a meeting</translation>
    </message>
    <message>
        <source>What is the meeting about?</source>
        <translation>What is the meeting about?</translation>
    </message>
    <message>
        <source>Talking about my plan together</source>
        <translation>Talking about my plan together</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>When?</translation>
    </message>
    <message>
        <source>How long?</source>
        <translation>How long?</translation>
    </message>
    <message>
        <source>half an hour</source>
        <translation>half an hour</translation>
    </message>
    <message>
        <source>an hour</source>
        <translation>an hour</translation>
    </message>
    <message>
        <source>an hour and a half</source>
        <translation>an hour and a half</translation>
    </message>
    <message>
        <source>How long? %1</source>
        <translation>How long? %1</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Where?</translation>
    </message>
    <message>
        <source>Place (for example: the neighbourhood centre)</source>
        <translation>Place (for example: the neighbourhood centre)</translation>
    </message>
    <message>
        <source>Or a video link (starts with https://)</source>
        <translation>Or a video link (starts with https://)</translation>
    </message>
    <message>
        <source>Who is invited?</source>
        <translation>Who is invited?</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>What to talk about</source>
        <translation>What to talk about</translation>
    </message>
    <message>
        <source>Your three most important life domains are ticked.</source>
        <translation>Your three most important life domains are ticked.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the point %1</source>
        <translation>Remove the point %1</translation>
    </message>
    <message>
        <source>Another point to talk about</source>
        <translation>Another point to talk about</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Add point</translation>
    </message>
    <message>
        <source>Plan the meeting</source>
        <translation>Plan the meeting</translation>
    </message>
    <message>
        <source>Talking about the plan of %1 together</source>
        <translation>Talking about the plan of %1 together</translation>
    </message>
    <message>
        <source>The three most important life domains of %1 are ticked.</source>
        <translation>The three most important life domains of %1 are ticked.</translation>
    </message>
</context>
<context>
    <name>ProfessionalsPage</name>
    <message>
        <source>Who helps</source>
        <translation>Who helps</translation>
    </message>
    <message>
        <source>Keeps the overview (coordinator)</source>
        <translation>Keeps the overview (coordinator)</translation>
    </message>
    <message>
        <source>Hand over the coordination</source>
        <translation>Hand over the coordination</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>No other professionals help with this plan at the moment.</source>
        <translation>No other professionals help with this plan at the moment.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Plan a meeting</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>No meetings yet.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Who helped before</source>
        <translation>Who helped before</translation>
    </message>
    <message>
        <source>Coordinators so far</source>
        <translation>Coordinators so far</translation>
    </message>
    <message>
        <source>%1, %2: “%3”</source>
        <translation>%1, %2: “%3”</translation>
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
        <translation>Progress</translation>
    </message>
    <message>
        <source>Each line is a life domain. Further out means better. The dashed shape is how you rated it the time before.</source>
        <translation>Each line is a life domain. Further out means better. The dashed shape is how you rated it the time before.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>%1: not rated yet</source>
        <translation>%1: not rated yet</translation>
    </message>
    <message>
        <source>%1: %2 out of 10</source>
        <translation>%1: %2 out of 10</translation>
    </message>
    <message>
        <source>%1: %2 out of 10 (before: %3)</source>
        <translation>%1: %2 out of 10 (before: %3)</translation>
    </message>
    <message>
        <source>These are the scores %1 gave each life domain. Further out means better. The dashed shape is how %1 rated it the time before.</source>
        <translation>These are the scores %1 gave each life domain. Further out means better. The dashed shape is how %1 rated it the time before.</translation>
    </message>
    <message>
        <source>These are the scores the plan's owner gave each life domain. Further out means better. The dashed shape is how the owner rated it the time before.</source>
        <translation>These are the scores the plan's owner gave each life domain. Further out means better. The dashed shape is how the owner rated it the time before.</translation>
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
        <translation>There is nothing to put in a QR code.</translation>
    </message>
    <message>
        <source>This text is too long for a QR code. Share it as text instead.</source>
        <translation>This text is too long for a QR code. Share it as text instead.</translation>
    </message>
</context>
<context>
    <name>QuickItemAccessible</name>
    <message>
        <source>Scroll bar</source>
        <translation>Scroll bar</translation>
    </message>
    <message>
        <source>One folder up</source>
        <translation>One folder up</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Progress picture of your life domains</source>
        <translation>Progress picture of your life domains</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Starting the voice…</source>
        <translation>Starting the voice…</translation>
    </message>
    <message>
        <source>Press again to not read it after all.</source>
        <translation>Press again to not read it after all.</translation>
    </message>
</context>
<context>
    <name>ReconnectCard</name>
    <message>
        <source>Connect this device again</source>
        <translation>Connect this device again</translation>
    </message>
    <message>
        <source>Type the new enrolment code from your administrator, or a code or link made on another device of yours.</source>
        <translation>Type the new enrolment code from your administrator, or a code or link made on another device of yours.</translation>
    </message>
    <message>
        <source>New enrolment code</source>
        <translation>New enrolment code</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>Connect again</translation>
    </message>
    <message>
        <source>Connect this device to the case service again</source>
        <translation>Connect this device to the case service again</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>RefusedChangeDelegate</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Try again: %1</source>
        <translation>Try again: %1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Discard: %1</source>
        <translation>Discard: %1</translation>
    </message>
</context>
<context>
    <name>RefusedChangesPage</name>
    <message>
        <source>Changes that were not accepted</source>
        <translation>Changes that were not accepted</translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation>Discard this change?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Discard all changes in this list?</source>
        <translation>Discard all changes in this list?</translation>
    </message>
    <message>
        <source>Discard all</source>
        <translation>Discard all</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>All your changes were accepted. There is nothing to do here.</source>
        <translation>All your changes were accepted. There is nothing to do here.</translation>
    </message>
    <message>
        <source>Try all again</source>
        <translation>Try all again</translation>
    </message>
    <message>
        <source>You cannot undo this. What you discard is gone from this device.</source>
        <translation>You cannot undo this. What you discard is gone from this device.</translation>
    </message>
    <message>
        <source>Samen sent these changes, but they were not accepted. They are still on this device. Each one says why, and what you can do.</source>
        <translation>Samen sent these changes, but they were not accepted. They are still on this device. Each one says why, and what you can do.</translation>
    </message>
</context>
<context>
    <name>SamenScrollView</name>
    <message>
        <source>Scroll up and down</source>
        <translation>Scroll up and down</translation>
    </message>
    <message>
        <source>Scroll left and right</source>
        <translation>Scroll left and right</translation>
    </message>
</context>
<context>
    <name>SeeEverythingPage</name>
    <message>
        <source>Everything in your plan</source>
        <translation>Everything in your plan</translation>
    </message>
    <message>
        <source>This is all your plan holds on this device, with what happened before. Nothing is left out.</source>
        <translation>This is all your plan holds on this device, with what happened before. Nothing is left out.</translation>
    </message>
    <message>
        <source>Everything of the plan on this device</source>
        <translation>Everything of the plan on this device</translation>
    </message>
    <message>
        <source>This is all this device keeps of the plan of %1, with what happened before. Nothing is left out.</source>
        <translation>This is all this device keeps of the plan of %1, with what happened before. Nothing is left out.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Lock my plan when I do nothing for</source>
        <translation>Lock my plan when I do nothing for</translation>
    </message>
    <message>
        <source>Minutes before the plan locks</source>
        <translation>Minutes before the plan locks</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Lock my plan now</source>
        <translation>Lock my plan now</translation>
    </message>
    <message>
        <source>Samen %1</source>
        <translation>Samen %1</translation>
    </message>
    <message>
        <source>Case service</source>
        <translation>Case service</translation>
    </message>
    <message>
        <source>Your plan is connected to a case service.</source>
        <translation>Your plan is connected to a case service.</translation>
    </message>
    <message>
        <source>Your plan is only on this device.</source>
        <translation>Your plan is only on this device.</translation>
    </message>
    <message>
        <source>Connect to a case service</source>
        <translation>Connect to a case service</translation>
    </message>
    <message>
        <source>My devices</source>
        <translation>My devices</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>My data</translation>
    </message>
    <message>
        <source>See, take with you or erase my data</source>
        <translation>See, take with you or erase my data</translation>
    </message>
    <message>
        <source>Normal (100 %)</source>
        <translation>Normal (100 %)</translation>
    </message>
    <message>
        <source>Larger (150 %)</source>
        <translation>Larger (150 %)</translation>
    </message>
    <message>
        <source>Largest (200 %)</source>
        <translation>Largest (200 %)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>This plan comes to this device through your caseload's connection to the case service.</source>
        <translation>This plan comes to this device through your caseload's connection to the case service.</translation>
    </message>
    <message>
        <source>Lock Samen on this device when I do nothing for</source>
        <translation>Lock Samen on this device when I do nothing for</translation>
    </message>
    <message>
        <source>Minutes before Samen locks</source>
        <translation>Minutes before Samen locks</translation>
    </message>
    <message>
        <source>This plan is connected to a case service.</source>
        <translation>This plan is connected to a case service.</translation>
    </message>
    <message>
        <source>This plan is only on this device.</source>
        <translation>This plan is only on this device.</translation>
    </message>
    <message>
        <source>This plan on this device</source>
        <translation>This plan on this device</translation>
    </message>
    <message>
        <source>See what this device keeps of this plan</source>
        <translation>See what this device keeps of this plan</translation>
    </message>
    <message>
        <source>Lock Samen now</source>
        <translation>Lock Samen now</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>Mark as done: %1</source>
        <translation>Mark as done: %1</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Who: %1</translation>
    </message>
    <message>
        <source>Was due %1</source>
        <translation>Was due %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>When: %1</translation>
    </message>
    <message>
        <source>Done: %1 (untick if it is not done)</source>
        <translation>Done: %1 (untick if it is not done)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change step: %1</source>
        <translation>Change step: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete step: %1</source>
        <translation>Delete step: %1</translation>
    </message>
    <message>
        <source>What is the step?</source>
        <translation>What is the step?</translation>
    </message>
    <message>
        <source>Who does it?</source>
        <translation>Who does it?</translation>
    </message>
    <message>
        <source>Who does this step? %1</source>
        <translation>Who does this step? %1</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>When?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose what %1 may see</source>
        <translation>Choose what %1 may see</translation>
    </message>
</context>
<context>
    <name>SyncStatusLine</name>
    <message>
        <source>Your plan is only on this device.</source>
        <translation>Your plan is only on this device.</translation>
    </message>
    <message>
        <source>Sending and fetching changes…</source>
        <translation>Sending and fetching changes…</translation>
    </message>
    <message>
        <source>Everything is up to date.</source>
        <translation>Everything is up to date.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection since %1. Your changes are kept and sent later.</source>
        <translation>No connection since %1. Your changes are kept and sent later.</translation>
    </message>
    <message>
        <source>Sending changes does not work right now. Samen tries again later.</source>
        <translation>Sending changes does not work right now. Samen tries again later.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not accepted.</source>
        <translation>
            <numerusform>%n change was not accepted.</numerusform>
            <numerusform>%n changes were not accepted.</numerusform>
        </translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>View the changes that were not accepted</source>
        <translation>View the changes that were not accepted</translation>
    </message>
    <message>
        <source>Waiting to be let in.</source>
        <translation>Waiting to be let in.</translation>
    </message>
    <message>
        <source>Connect to a service</source>
        <translation>Connect to a service</translation>
    </message>
    <message>
        <source>Connect your plan to a case service (optional)</source>
        <translation>Connect your plan to a case service (optional)</translation>
    </message>
    <message>
        <source>Fetching the plan. It has not arrived on this device yet.</source>
        <translation>Fetching the plan. It has not arrived on this device yet.</translation>
    </message>
    <message>
        <source>You are in the plan, but nothing of it is shared with you yet.</source>
        <translation>You are in the plan, but nothing of it is shared with you yet.</translation>
    </message>
    <message>
        <source>This plan is only on this device.</source>
        <translation>This plan is only on this device.</translation>
    </message>
</context>
<context>
    <name>TalkAboutCard</name>
    <message>
        <source>To talk about</source>
        <translation>To talk about</translation>
    </message>
    <message>
        <source>Next meeting: %1, %2</source>
        <translation>Next meeting: %1, %2</translation>
    </message>
    <message>
        <source>No meeting planned yet.</source>
        <translation>No meeting planned yet.</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Open the meeting</translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation>Plan it</translation>
    </message>
    <message>
        <source>Plan the next meeting: %1</source>
        <translation>Plan the next meeting: %1</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Plan a meeting</translation>
    </message>
</context>
<context>
    <name>TeamWords</name>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>open</source>
        <comment>an agreement still to do</comment>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <comment>an agreement</comment>
        <translation>done</translation>
    </message>
    <message>
        <source>dropped</source>
        <comment>an agreement nobody does any more</comment>
        <translation>dropped</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>day at time</comment>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>from – until</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>the person whose plan it is</source>
        <translation>the person whose plan it is</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>from the network</source>
        <translation>from the network</translation>
    </message>
    <message>
        <source>from the network (%1)</source>
        <translation>from the network (%1)</translation>
    </message>
    <message>
        <source>%1 (sees)</source>
        <translation>%1 (sees)</translation>
    </message>
    <message numerus="yes">
        <source>%n open step(s)</source>
        <translation>
            <numerusform>%n open step</numerusform>
            <numerusform>%n open steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open agreement(s)</source>
        <translation>
            <numerusform>%n open agreement</numerusform>
            <numerusform>%n open agreements</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>nothing open</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>name, role</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>by video</translation>
    </message>
    <message>
        <source>no place given yet</source>
        <translation>no place given yet</translation>
    </message>
    <message>
        <source>nobody named yet</source>
        <translation>nobody named yet</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>look back on %1</source>
        <translation>look back on %1</translation>
    </message>
    <message>
        <source>%1 (no longer helps)</source>
        <translation>%1 (no longer helps)</translation>
    </message>
</context>
<context>
    <name>TechnicalDetail</name>
    <message>
        <source>Hide the technical details</source>
        <translation>Hide the technical details</translation>
    </message>
    <message>
        <source>Show the technical details</source>
        <translation>Show the technical details</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Your plan is locked</source>
        <translation>Your plan is locked</translation>
    </message>
    <message>
        <source>Samen locked your plan because nobody used it for a while. Type your passphrase to go on.</source>
        <translation>Samen locked your plan because nobody used it for a while. Type your passphrase to go on.</translation>
    </message>
    <message>
        <source>Type your passphrase to open your plan.</source>
        <translation>Type your passphrase to open your plan.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Open my plan</source>
        <translation>Open my plan</translation>
    </message>
    <message>
        <source>Samen locked your plan because nobody used it for a while.</source>
        <translation>Samen locked your plan because nobody used it for a while.</translation>
    </message>
    <message>
        <source>Your plan is locked with this device's own lock.</source>
        <translation>Your plan is locked with this device's own lock.</translation>
    </message>
    <message>
        <source>Your caseload is locked</source>
        <translation>Your caseload is locked</translation>
    </message>
    <message>
        <source>Samen locked your caseload because nobody used it for a while.</source>
        <translation>Samen locked your caseload because nobody used it for a while.</translation>
    </message>
    <message>
        <source>Your caseload is locked with this device's own lock.</source>
        <translation>Your caseload is locked with this device's own lock.</translation>
    </message>
    <message>
        <source>Samen locked your caseload because nobody used it for a while. Type your passphrase to go on.</source>
        <translation>Samen locked your caseload because nobody used it for a while. Type your passphrase to go on.</translation>
    </message>
    <message>
        <source>Type your passphrase to open your caseload.</source>
        <translation>Type your passphrase to open your caseload.</translation>
    </message>
    <message>
        <source>Open my caseload</source>
        <translation>Open my caseload</translation>
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
    <message>
        <source>I was invited</source>
        <translation>I was invited</translation>
    </message>
    <message>
        <source>I already use Samen on another device</source>
        <translation>I already use Samen on another device</translation>
    </message>
    <message>
        <source>I work with citizens</source>
        <translation>I work with citizens</translation>
    </message>
    <message>
        <source>I have a file of my plan</source>
        <translation>I have a file of my plan</translation>
    </message>
    <message>
        <source>Bring back your plan from a file you saved before</source>
        <translation>Bring back your plan from a file you saved before</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>I am Robin, 30. I have debts, and the stress puts a strain on my relationship. At work I cannot focus. I went to a welfare organisation for help; an adviser from the benefits agency is also involved. I want one plan, so I do not have to tell my story again.</source>
        <translation>I am Robin, 30. I have debts, and the stress puts a strain on my relationship. At work I cannot focus. I went to a welfare organisation for help; an adviser from the benefits agency is also involved. I want one plan, so I do not have to tell my story again.</translation>
    </message>
    <message>
        <source>Welfare organisation</source>
        <translation>Welfare organisation</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>social worker</translation>
    </message>
    <message>
        <source>Benefits agency</source>
        <translation>Benefits agency</translation>
    </message>
    <message>
        <source>benefits adviser</source>
        <translation>benefits adviser</translation>
    </message>
    <message>
        <source>André plans our meeting every 6 weeks and keeps an eye on the whole plan.</source>
        <translation>André plans our meeting every 6 weeks and keeps an eye on the whole plan.</translation>
    </message>
    <message>
        <source>The letters keep coming. Now there is a payment plan.</source>
        <translation>The letters keep coming. Now there is a payment plan.</translation>
    </message>
    <message>
        <source>We argue less since we talk about the money.</source>
        <translation>We argue less since we talk about the money.</translation>
    </message>
    <message>
        <source>Ellen gave me quieter hours.</source>
        <translation>Ellen gave me quieter hours.</translation>
    </message>
    <message>
        <source>I sleep a bit better.</source>
        <translation>I sleep a bit better.</translation>
    </message>
    <message>
        <source>The house is fine.</source>
        <translation>The house is fine.</translation>
    </message>
    <message>
        <source>One overview of all my debts</source>
        <translation>One overview of all my debts</translation>
    </message>
    <message>
        <source>So I know where I stand and can sleep again.</source>
        <translation>So I know where I stand and can sleep again.</translation>
    </message>
    <message>
        <source>Collect all letters in one folder</source>
        <translation>Collect all letters in one folder</translation>
    </message>
    <message>
        <source>Go through the folder with André</source>
        <translation>Go through the folder with André</translation>
    </message>
    <message>
        <source>Check my benefit is right</source>
        <translation>Check my benefit is right</translation>
    </message>
    <message>
        <source>Talk about money without fighting</source>
        <translation>Talk about money without fighting</translation>
    </message>
    <message>
        <source>My relationship matters more than the debts.</source>
        <translation>My relationship matters more than the debts.</translation>
    </message>
    <message>
        <source>Plan a weekly money talk, 20 minutes</source>
        <translation>Plan a weekly money talk, 20 minutes</translation>
    </message>
    <message>
        <source>Keep my job while things settle</source>
        <translation>Keep my job while things settle</translation>
    </message>
    <message>
        <source>Work gives me rhythm and income.</source>
        <translation>Work gives me rhythm and income.</translation>
    </message>
    <message>
        <source>Agree quieter hours with Ellen</source>
        <translation>Agree quieter hours with Ellen</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <translation>Joint meeting</translation>
    </message>
    <message>
        <source>Welfare organisation, Stationsstraat 12</source>
        <translation>Welfare organisation, Stationsstraat 12</translation>
    </message>
    <message>
        <source>The letter from the tax office</source>
        <translation>The letter from the tax office</translation>
    </message>
    <message>
        <source>Robin has an overview of the debts now. Work is calmer with the quieter hours. Next time: the payment plan and the benefit.</source>
        <translation>Robin has an overview of the debts now. Work is calmer with the quieter hours. Next time: the payment plan and the benefit.</translation>
    </message>
    <message>
        <source>Keep Robin's quieter hours for two more months</source>
        <translation>Keep Robin's quieter hours for two more months</translation>
    </message>
    <message>
        <source>Check whether Robin can get a benefit supplement</source>
        <translation>Check whether Robin can get a benefit supplement</translation>
    </message>
    <message>
        <source>Talk about money with my partner every week</source>
        <translation>Talk about money with my partner every week</translation>
    </message>
    <message>
        <source>Next joint meeting</source>
        <translation>Next joint meeting</translation>
    </message>
</context>
<context>
    <name>samen</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>The key setting could not be removed.</source>
        <translation>The key setting could not be removed.</translation>
    </message>
    <message>
        <source>The key setting could not be saved in the data folder.</source>
        <translation>The key setting could not be saved in the data folder.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. Try again, or use a passphrase.</source>
        <translation>The system keychain did not answer. Try again, or use a passphrase.</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Money and debts</source>
        <translation>Money and debts</translation>
    </message>
    <message>
        <source>Work and daytime activities</source>
        <translation>Work and daytime activities</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Physical health</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <translation>Family and friends</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Daily life</source>
        <translation>Daily life</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Mental well-being</source>
        <translation>Mental well-being</translation>
    </message>
    <message>
        <source>Quality of life</source>
        <translation>Quality of life</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Taking part</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Daytime activities</source>
        <translation>Daytime activities</translation>
    </message>
    <message>
        <source>Relations at home</source>
        <translation>Relations at home</translation>
    </message>
    <message>
        <source>Addiction</source>
        <translation>Addiction</translation>
    </message>
    <message>
        <source>Daily care for yourself</source>
        <translation>Daily care for yourself</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Social network</translation>
    </message>
    <message>
        <source>Taking part in society</source>
        <translation>Taking part in society</translation>
    </message>
    <message>
        <source>Police and justice</source>
        <translation>Police and justice</translation>
    </message>
    <message>
        <source>Choose a set of life domains: %1.</source>
        <translation>Choose a set of life domains: %1.</translation>
    </message>
    <message>
        <source>Each life domain can be in the order only once.</source>
        <translation>Each life domain can be in the order only once.</translation>
    </message>
    <message>
        <source>Choose one of the life domains of this plan.</source>
        <translation>Choose one of the life domains of this plan.</translation>
    </message>
    <message>
        <source>This life domain is already at the top.</source>
        <translation>This life domain is already at the top.</translation>
    </message>
    <message>
        <source>This life domain is already at the bottom.</source>
        <translation>This life domain is already at the bottom.</translation>
    </message>
    <message>
        <source>Choose the date of this assessment.</source>
        <translation>Choose the date of this assessment.</translation>
    </message>
    <message>
        <source>Choose a goal of this plan.</source>
        <translation>Choose a goal of this plan.</translation>
    </message>
    <message>
        <source>Choose a step of this plan.</source>
        <translation>Choose a step of this plan.</translation>
    </message>
    <message>
        <source>This step is already done.</source>
        <translation>This step is already done.</translation>
    </message>
    <message>
        <source>A plan has one citizen: its owner. Add this person as a network member or a professional.</source>
        <translation>A plan has one citizen: its owner. Add this person as a network member or a professional.</translation>
    </message>
    <message>
        <source>Choose a person who is a member of this plan.</source>
        <translation>Choose a person who is a member of this plan.</translation>
    </message>
    <message>
        <source>This person is already the coordinator.</source>
        <translation>This person is already the coordinator.</translation>
    </message>
    <message>
        <source>Write a short handover note: what does the new coordinator need to know?</source>
        <translation>Write a short handover note: what does the new coordinator need to know?</translation>
    </message>
    <message>
        <source>The handover note can be at most 500 characters long, on one line.</source>
        <translation>The handover note can be at most 500 characters long, on one line.</translation>
    </message>
    <message>
        <source>This item is not part of this plan.</source>
        <translation>This item is not part of this plan.</translation>
    </message>
    <message>
        <source>A whole plan cannot be deleted here. Use "Erase plan" instead.</source>
        <translation>A whole plan cannot be deleted here. Use "Erase plan" instead.</translation>
    </message>
    <message>
        <source>Use the handover to choose another coordinator, so the change is logged with a note.</source>
        <translation>Use the handover to choose another coordinator, so the change is logged with a note.</translation>
    </message>
    <message>
        <source>This item was deleted. Bring it back first.</source>
        <translation>This item was deleted. Bring it back first.</translation>
    </message>
    <message>
        <source>Only texts people write can have two versions to choose from.</source>
        <translation>Only texts people write can have two versions to choose from.</translation>
    </message>
    <message>
        <source>This earlier value belongs to something else.</source>
        <translation>This earlier value belongs to something else.</translation>
    </message>
    <message>
        <source>This item is not part of this plan, or it was already deleted.</source>
        <translation>This item is not part of this plan, or it was already deleted.</translation>
    </message>
    <message>
        <source>This person is the coordinator. Choose another coordinator first.</source>
        <translation>This person is the coordinator. Choose another coordinator first.</translation>
    </message>
    <message>
        <source>Choose a meeting of this plan.</source>
        <translation>Choose a meeting of this plan.</translation>
    </message>
    <message>
        <source>The linked item is not part of this plan.</source>
        <translation>The linked item is not part of this plan.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>story</source>
        <translation>story</translation>
    </message>
    <message>
        <source>set of life domains</source>
        <translation>set of life domains</translation>
    </message>
    <message>
        <source>creation time</source>
        <translation>creation time</translation>
    </message>
    <message>
        <source>position in the list</source>
        <translation>position in the list</translation>
    </message>
    <message>
        <source>life domain</source>
        <translation>life domain</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>reason why this matters</source>
        <translation>reason why this matters</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>list of helpers</source>
        <translation>list of helpers</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>person who does this step</source>
        <translation>person who does this step</translation>
    </message>
    <message>
        <source>done mark</source>
        <translation>done mark</translation>
    </message>
    <message>
        <source>time it was done</source>
        <translation>time it was done</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>list of life domains</source>
        <translation>list of life domains</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>contact details</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>coordinator mark</source>
        <translation>coordinator mark</translation>
    </message>
    <message>
        <source>ring</source>
        <translation>ring</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>access</source>
        <translation>access</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>list of access rights</source>
        <translation>list of access rights</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>end time</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>list of participants</source>
        <translation>list of participants</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>person who does it</source>
        <translation>person who does it</translation>
    </message>
    <message>
        <source>date it must be done by</source>
        <translation>date it must be done by</translation>
    </message>
    <message>
        <source>evaluation date</source>
        <translation>evaluation date</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>linked item</source>
        <translation>linked item</translation>
    </message>
    <message>
        <source>Choose a life domain.</source>
        <translation>Choose a life domain.</translation>
    </message>
    <message>
        <source>Write the %1. It cannot be empty.</source>
        <translation>Write the %1. It cannot be empty.</translation>
    </message>
    <message>
        <source>The %1 can be at most %2 characters long.</source>
        <translation>The %1 can be at most %2 characters long.</translation>
    </message>
    <message>
        <source>The %1 contains characters that cannot be shown. Use letters, numbers, spaces and new lines.</source>
        <translation>The %1 contains characters that cannot be shown. Use letters, numbers, spaces and new lines.</translation>
    </message>
    <message>
        <source>The %1 contains characters that cannot be shown. Use letters, numbers and spaces, on one line.</source>
        <translation>The %1 contains characters that cannot be shown. Use letters, numbers and spaces, on one line.</translation>
    </message>
    <message>
        <source>The %1 has an empty item. Leave it out or fill it in.</source>
        <translation>The %1 has an empty item. Leave it out or fill it in.</translation>
    </message>
    <message>
        <source>Each item in the %1 can be at most %2 characters long.</source>
        <translation>Each item in the %1 can be at most %2 characters long.</translation>
    </message>
    <message>
        <source>The %1 contains characters that cannot be shown.</source>
        <translation>The %1 contains characters that cannot be shown.</translation>
    </message>
    <message>
        <source>Each access right must be a life domain followed by ":read" or ":write".</source>
        <translation>Each access right must be a life domain followed by ":read" or ":write".</translation>
    </message>
    <message>
        <source>The %1 must hold people of this plan.</source>
        <translation>The %1 must hold people of this plan.</translation>
    </message>
    <message>
        <source>Samen does not know this kind of item ("%1").</source>
        <translation>Samen does not know this kind of item ("%1").</translation>
    </message>
    <message>
        <source>Deleting or bringing back an item needs the value true or false.</source>
        <translation>Deleting or bringing back an item needs the value true or false.</translation>
    </message>
    <message>
        <source>Items of the type "%1" have no field "%2".</source>
        <translation>Items of the type "%1" have no field "%2".</translation>
    </message>
    <message>
        <source>The %1 is needed. Fill it in.</source>
        <translation>The %1 is needed. Fill it in.</translation>
    </message>
    <message>
        <source>The %1 must be text.</source>
        <translation>The %1 must be text.</translation>
    </message>
    <message>
        <source>The %1 must be a whole number from %2 to %3.</source>
        <translation>The %1 must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>The %1 must be yes or no (true or false).</source>
        <translation>The %1 must be yes or no (true or false).</translation>
    </message>
    <message>
        <source>The %1 must be a real date, written as year-month-day, for example 2026-03-31.</source>
        <translation>The %1 must be a real date, written as year-month-day, for example 2026-03-31.</translation>
    </message>
    <message>
        <source>The %1 must be a real date and time in UTC, for example 2026-03-31T14:30:00Z.</source>
        <translation>The %1 must be a real date and time in UTC, for example 2026-03-31T14:30:00Z.</translation>
    </message>
    <message>
        <source>The %1 must be one of: %2.</source>
        <translation>The %1 must be one of: %2.</translation>
    </message>
    <message>
        <source>The %1 must be something in this plan.</source>
        <translation>The %1 must be something in this plan.</translation>
    </message>
    <message>
        <source>The %1 is not valid: use 1 to 64 letters and digits.</source>
        <translation>The %1 is not valid: use 1 to 64 letters and digits.</translation>
    </message>
    <message>
        <source>The %1 must be a list of texts.</source>
        <translation>The %1 must be a list of texts.</translation>
    </message>
    <message>
        <source>The %1 is not valid.</source>
        <translation>The %1 is not valid.</translation>
    </message>
    <message>
        <source>A database key must be 32 bytes.</source>
        <translation>A database key must be 32 bytes.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <source>The passphrase contains a character that is not allowed.</source>
        <translation>The passphrase contains a character that is not allowed.</translation>
    </message>
    <message>
        <source>There is no plan file here.</source>
        <translation>There is no plan file here.</translation>
    </message>
    <message>
        <source>A plan file cannot be decrypted in place.</source>
        <translation>A plan file cannot be decrypted in place.</translation>
    </message>
    <message>
        <source>There is already a plan file in this folder.</source>
        <translation>There is already a plan file in this folder.</translation>
    </message>
    <message>
        <source>The folder for the plan file could not be made.</source>
        <translation>The folder for the plan file could not be made.</translation>
    </message>
    <message>
        <source>This field has no value yet.</source>
        <translation>This field has no value yet.</translation>
    </message>
    <message>
        <source>This change is not waiting to be sent.</source>
        <translation>This change is not waiting to be sent.</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of Samen. Update Samen to open it.</source>
        <translation>This plan was saved by a newer version of Samen. Update Samen to open it.</translation>
    </message>
    <message>
        <source>Something went wrong in the plan store.</source>
        <translation>Something went wrong in the plan store.</translation>
    </message>
    <message>
        <source>The passphrase or key is wrong.</source>
        <translation>The passphrase or key is wrong.</translation>
    </message>
    <message>
        <source>This plan file is damaged or incomplete.</source>
        <translation>This plan file is damaged or incomplete.</translation>
    </message>
    <message>
        <source>This file is not a Samen plan.</source>
        <translation>This file is not a Samen plan.</translation>
    </message>
    <message>
        <source>The plan file is in use by another program. Close it and try again.</source>
        <translation>The plan file is in use by another program. Close it and try again.</translation>
    </message>
    <message>
        <source>The plan file could not be read or written. Check that the disk is not full and that Samen may use its folder.</source>
        <translation>The plan file could not be read or written. Check that the disk is not full and that Samen may use its folder.</translation>
    </message>
    <message>
        <source>The plan file is in use elsewhere; deleted data is removed fully next time.</source>
        <translation>The plan file is in use elsewhere; deleted data is removed fully next time.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1 has withdrawn your access to %2. That part of the plan is no longer on this device.</source>
        <translation>%1 has withdrawn your access to %2. That part of the plan is no longer on this device.</translation>
    </message>
    <message>
        <source>%1 has withdrawn your access to %2. Those parts of the plan are no longer on this device.</source>
        <translation>%1 has withdrawn your access to %2. Those parts of the plan are no longer on this device.</translation>
    </message>
    <message>
        <source>%1 has removed you from the plan. The plan is no longer on this device.</source>
        <translation>%1 has removed you from the plan. The plan is no longer on this device.</translation>
    </message>
    <message>
        <source>This change is not among the refused ones.</source>
        <translation>This change is not among the refused ones.</translation>
    </message>
    <message>
        <source>This computer has no system keychain Samen can use. Protect the plan with a passphrase instead.</source>
        <translation>This computer has no system keychain Samen can use. Protect the plan with a passphrase instead.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (for example by signing in to this computer again) and try again, or use a passphrase.</source>
        <translation>The system keychain is locked. Unlock it (for example by signing in to this computer again) and try again, or use a passphrase.</translation>
    </message>
    <message>
        <source>The key in the system keychain is not a Samen key.</source>
        <translation>The key in the system keychain is not a Samen key.</translation>
    </message>
    <message>
        <source>The system keychain holds no key for this plan.</source>
        <translation>The system keychain holds no key for this plan.</translation>
    </message>
    <message>
        <source>Samen was not allowed to use the system keychain.</source>
        <translation>Samen was not allowed to use the system keychain.</translation>
    </message>
    <message>
        <source>The system keychain could not be used.</source>
        <translation>The system keychain could not be used.</translation>
    </message>
    <message>
        <source>Nothing was changed. Next step: samen-cli repair. It keeps the damaged file, makes a new one with the changes not yet sent that can still be read and, when this device is connected to a service, fetches the plan from there again.</source>
        <translation>Nothing was changed. Next step: samen-cli repair. It keeps the damaged file, makes a new one with the changes not yet sent that can still be read and, when this device is connected to a service, fetches the plan from there again.</translation>
    </message>
    <message>
        <source>Start a new plan: samen-cli init --name NAME
Or join a plan with a code from its owner: samen-cli join CODE --service URL</source>
        <translation>Start a new plan: samen-cli init --name NAME
Or join a plan with a code from its owner: samen-cli join CODE --service URL</translation>
    </message>
    <message>
        <source>There is no plan in %1 yet.</source>
        <translation>There is no plan in %1 yet.</translation>
    </message>
    <message>
        <source>This device holds no plan: joining a plan did not finish.</source>
        <translation>This device holds no plan: joining a plan did not finish.</translation>
    </message>
    <message>
        <source>This device holds no plan yet.</source>
        <translation>This device holds no plan yet.</translation>
    </message>
    <message>
        <source>You asked to join this plan, and it has not arrived on this device yet.
Next step: once the plan's owner has let you in, run: samen-cli sync</source>
        <translation>You asked to join this plan, and it has not arrived on this device yet.
Next step: once the plan's owner has let you in, run: samen-cli sync</translation>
    </message>
    <message>
        <source>There is no plan file here to repair.</source>
        <translation>There is no plan file here to repair.</translation>
    </message>
    <message>
        <source>The damaged file is kept in %1.</source>
        <translation>The damaged file is kept in %1.</translation>
    </message>
    <message>
        <source>Changes not yet sent that could still be read: %1, kept in the new file.</source>
        <translation>Changes not yet sent that could still be read: %1, kept in the new file.</translation>
    </message>
    <message>
        <source>Some changes not yet sent were on damaged parts of the file and could not be read.</source>
        <translation>Some changes not yet sent were on damaged parts of the file and could not be read.</translation>
    </message>
    <message>
        <source>This device was not connected to a service: your plan was rebuilt from what could still be read here.</source>
        <translation>This device was not connected to a service: your plan was rebuilt from what could still be read here.</translation>
    </message>
    <message>
        <source>The new file is ready, but the plan could not be fetched from the service yet: %1
Next step: samen-cli sync</source>
        <translation>The new file is ready, but the plan could not be fetched from the service yet: %1
Next step: samen-cli sync</translation>
    </message>
    <message>
        <source>This device's copy of the plan was rebuilt from the service (%1 changes received, %2 sent).</source>
        <translation>This device's copy of the plan was rebuilt from the service (%1 changes received, %2 sent).</translation>
    </message>
    <message>
        <source>The plan file is not damaged: there is nothing to repair.</source>
        <translation>The plan file is not damaged: there is nothing to repair.</translation>
    </message>
    <message>
        <source>The damaged plan file could not be moved aside. Nothing was changed.</source>
        <translation>The damaged plan file could not be moved aside. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 has withdrawn all your access. The plan is no longer on this device. You are still a member: when %1 shares a part of the plan with you again, it comes back at the next sync.</source>
        <translation>%1 has withdrawn all your access. The plan is no longer on this device. You are still a member: when %1 shares a part of the plan with you again, it comes back at the next sync.</translation>
    </message>
    <message>
        <source>The plan's owner</source>
        <translation>The plan's owner</translation>
    </message>
    <message>
        <source>The %1 contains a character that reverses the order of letters (U+202D or U+202E). Remove it.</source>
        <translation>The %1 contains a character that reverses the order of letters (U+202D or U+202E). Remove it.</translation>
    </message>
    <message>
        <source>The %1 contains a hidden character that changes the direction of text. Remove it and write the %1 as it should read.</source>
        <translation>The %1 contains a hidden character that changes the direction of text. Remove it and write the %1 as it should read.</translation>
    </message>
    <message>
        <source>The %1 contains characters that are not valid text. Type it again.</source>
        <translation>The %1 contains characters that are not valid text. Type it again.</translation>
    </message>
    <message>
        <source>The %1 is too large to send: at most %2 kB. Make it shorter.</source>
        <translation>The %1 is too large to send: at most %2 kB. Make it shorter.</translation>
    </message>
    <message>
        <source>Only the plan's owner may change this. Nothing was saved.</source>
        <translation>Only the plan's owner may change this. Nothing was saved.</translation>
    </message>
    <message>
        <source>You may read this part of the plan, but not change it. Nothing was saved.</source>
        <translation>You may read this part of the plan, but not change it. Nothing was saved.</translation>
    </message>
    <message>
        <source>This change was refused because it is not allowed or not valid: sending it again cannot help. Nothing was changed. Discard it, or ask the plan's owner for access.</source>
        <translation>This change was refused because it is not allowed or not valid: sending it again cannot help. Nothing was changed. Discard it, or ask the plan's owner for access.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Busy with it</source>
        <translation>Busy with it</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Plan started</source>
        <translation>Plan started</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>Step done</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Goal reached</translation>
    </message>
    <message>
        <source>Rated a life domain</source>
        <translation>Rated a life domain</translation>
    </message>
    <message>
        <source>Someone joined</source>
        <translation>Someone joined</translation>
    </message>
    <message>
        <source>New coordinator</source>
        <translation>New coordinator</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Earlier text brought back</source>
        <translation>Earlier text brought back</translation>
    </message>
    <message>
        <source>This item already exists as another kind of item. Its kind cannot change.</source>
        <translation>This item already exists as another kind of item. Its kind cannot change.</translation>
    </message>
    <message>
        <source>This change is dated in the future, so the date or time on the device that made it is wrong. Set it right, then make the change again.</source>
        <translation>This change is dated in the future, so the date or time on the device that made it is wrong. Set it right, then make the change again.</translation>
    </message>
    <message>
        <source>A self-assessment is about today or a day that has passed. Choose another date.</source>
        <translation>A self-assessment is about today or a day that has passed. Choose another date.</translation>
    </message>
    <message>
        <source>samen-cli sync retry --all sends it again.</source>
        <translation>samen-cli sync retry --all sends it again.</translation>
    </message>
    <message>
        <source>samen-cli sync discard --all drops it.</source>
        <translation>samen-cli sync discard --all drops it.</translation>
    </message>
    <message>
        <source>Not connected to a service.</source>
        <translation>Not connected to a service.</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Syncing...</translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1; %n change(s) waiting.</source>
        <translation>
            <numerusform>Offline since %1; %n change waiting.</numerusform>
            <numerusform>Offline since %1; %n changes waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is synced.</source>
        <translation>Everything is synced.</translation>
    </message>
    <message>
        <source>This device's sign-in key in the plan store is damaged.</source>
        <translation>This device's sign-in key in the plan store is damaged.</translation>
    </message>
    <message>
        <source>Could not make a key for this device.</source>
        <translation>Could not make a key for this device.</translation>
    </message>
    <message>
        <source>The live connection stopped answering.</source>
        <translation>The live connection stopped answering.</translation>
    </message>
    <message>
        <source>The service's public key does not match the pin.</source>
        <translation>The service's public key does not match the pin.</translation>
    </message>
    <message>
        <source>The live connection to the service closed.</source>
        <translation>The live connection to the service closed.</translation>
    </message>
    <message>
        <source>The service address must look like https://host:port (only https is allowed).</source>
        <translation>The service address must look like https://host:port (only https is allowed).</translation>
    </message>
    <message>
        <source>The service knows this plan's owner by another member id; this device cannot sync it.</source>
        <translation>The service knows this plan's owner by another member id; this device cannot sync it.</translation>
    </message>
    <message>
        <source>This plan's id is already taken at the service by someone else's account.</source>
        <translation>This plan's id is already taken at the service by someone else's account.</translation>
    </message>
    <message>
        <source>This device already holds a plan.</source>
        <translation>This device already holds a plan.</translation>
    </message>
    <message>
        <source>Your account has no plan at the service yet: connect the device that holds your plan first.</source>
        <translation>Your account has no plan at the service yet: connect the device that holds your plan first.</translation>
    </message>
    <message>
        <source>Your account takes part in several plans; join the one you want with its invitation.</source>
        <translation>Your account takes part in several plans; join the one you want with its invitation.</translation>
    </message>
    <message>
        <source>This device already holds a plan; join from a new data folder.</source>
        <translation>This device already holds a plan; join from a new data folder.</translation>
    </message>
    <message>
        <source>This plan is not connected to a service yet: use connect first.</source>
        <translation>This plan is not connected to a service yet: use connect first.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>A sync is already running.</translation>
    </message>
    <message>
        <source>The service answered a push without accepting or refusing anything.</source>
        <translation>The service answered a push without accepting or refusing anything.</translation>
    </message>
    <message>
        <source>The service sent an incomplete snapshot of the plan; it is asked again.</source>
        <translation>The service sent an incomplete snapshot of the plan; it is asked again.</translation>
    </message>
    <message>
        <source>This device is not connected to a service yet: use connect first.</source>
        <translation>This device is not connected to a service yet: use connect first.</translation>
    </message>
    <message>
        <source>The service's public key does not match the pin given with --pin-sha256. Nothing was sent. Check the pin the service printed, or that you reach the right service.</source>
        <translation>The service's public key does not match the pin given with --pin-sha256. Nothing was sent. Check the pin the service printed, or that you reach the right service.</translation>
    </message>
    <message>
        <source>Could not reach the service at %1. Your changes are kept and sent later.</source>
        <translation>Could not reach the service at %1. Your changes are kept and sent later.</translation>
    </message>
    <message>
        <source>This device is not enrolled with the service yet: use connect first.</source>
        <translation>This device is not enrolled with the service yet: use connect first.</translation>
    </message>
    <message>
        <source>The pin must be the SHA-256 of the service's public key: 64 hexadecimal digits, as the service prints it.</source>
        <translation>The pin must be the SHA-256 of the service's public key: 64 hexadecimal digits, as the service prints it.</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Cannot read the certificate file %1: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>The file %1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The service's certificate is not trusted by this device. If it is your own service, give its certificate with --ca-file.</source>
        <translation>The service's certificate is not trusted by this device. If it is your own service, give its certificate with --ca-file.</translation>
    </message>
    <message>
        <source>The service's certificate is not valid yet: check this device's date and time.</source>
        <translation>The service's certificate is not valid yet: check this device's date and time.</translation>
    </message>
    <message>
        <source>The service's certificate was made for another address than the one given.</source>
        <translation>The service's certificate was made for another address than the one given.</translation>
    </message>
    <message>
        <source>The service's certificate was revoked.</source>
        <translation>The service's certificate was revoked.</translation>
    </message>
    <message>
        <source>The secure connection to the service failed.</source>
        <translation>The secure connection to the service failed.</translation>
    </message>
    <message>
        <source>The service's answer about your access was incomplete; it is asked again at the next sync.</source>
        <translation>The service's answer about your access was incomplete; it is asked again at the next sync.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unknown option --%1.</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-12-31.</source>
        <translation>--%1 must be a date like 2026-12-31.</translation>
    </message>
    <message>
        <source>No passphrase: set SAMEN_PASSPHRASE or run samen-cli in a terminal.</source>
        <translation>No passphrase: set SAMEN_PASSPHRASE or run samen-cli in a terminal.</translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation>No passphrase given.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>There is already a plan in %1. Nothing was changed.</source>
        <translation>There is already a plan in %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>
See: samen-cli help</source>
        <translation>
See: samen-cli help</translation>
    </message>
    <message>
        <source>Samen %1
Qt %2
SQLCipher %3 (crypto: %4)
SQLite %5</source>
        <translation>Samen %1
Qt %2
SQLCipher %3 (crypto: %4)
SQLite %5</translation>
    </message>
    <message>
        <source>print the versions of Samen, Qt, SQLCipher and SQLite</source>
        <translation>print the versions of Samen, Qt, SQLCipher and SQLite</translation>
    </message>
    <message>
        <source>--name NAME [--framework default|positive-health|self-reliance]: make a new plan</source>
        <translation>--name NAME [--framework default|positive-health|self-reliance]: make a new plan</translation>
    </message>
    <message>
        <source>[--extra-goals N]: make Robin's demo plan</source>
        <translation>[--extra-goals N]: make Robin's demo plan</translation>
    </message>
    <message>
        <source>show the whole plan</source>
        <translation>show the whole plan</translation>
    </message>
    <message>
        <source>TEXT: write my story</source>
        <translation>TEXT: write my story</translation>
    </message>
    <message>
        <source>life domains, most important first</source>
        <translation>life domains, most important first</translation>
    </message>
    <message>
        <source>KEY...: put domains in this order</source>
        <translation>KEY...: put domains in this order</translation>
    </message>
    <message>
        <source>KEY --score 1-10 [--note TEXT]: how is it going</source>
        <translation>KEY --score 1-10 [--note TEXT]: how is it going</translation>
    </message>
    <message>
        <source>goals and their steps</source>
        <translation>goals and their steps</translation>
    </message>
    <message>
        <source>OP_ID|--all: send refused changes again</source>
        <translation>OP_ID|--all: send refused changes again</translation>
    </message>
    <message>
        <source>OP_ID|--all: drop refused changes from this device</source>
        <translation>OP_ID|--all: drop refused changes from this device</translation>
    </message>
    <message>
        <source>[--watch]: send waiting changes and fetch new ones (one round, or until stopped)</source>
        <translation>[--watch]: send waiting changes and fetch new ones (one round, or until stopped)</translation>
    </message>
    <message>
        <source>rebuild a damaged plan file: keep it aside, keep unsent changes, fetch the plan from the service again</source>
        <translation>rebuild a damaged plan file: keep it aside, keep unsent changes, fetch the plan from the service again</translation>
    </message>
    <message>
        <source>the devices of your account at the service</source>
        <translation>the devices of your account at the service</translation>
    </message>
    <message>
        <source>invitations not yet redeemed</source>
        <translation>invitations not yet redeemed</translation>
    </message>
    <message>
        <source>
The passphrase comes from SAMEN_PASSPHRASE or is asked without showing it.
Exit codes: 0 ok, 1 other error, 2 usage, 3 invalid input, 4 wrong passphrase or key,
5 damaged, not a Samen file or too new (a damaged file: samen-cli repair).
</source>
        <translation>
The passphrase comes from SAMEN_PASSPHRASE or is asked without showing it.
Exit codes: 0 ok, 1 other error, 2 usage, 3 invalid input, 4 wrong passphrase or key,
5 damaged, not a Samen file or too new (a damaged file: samen-cli repair).
</translation>
    </message>
    <message>
        <source>--language must be nl or en.</source>
        <translation>--language must be nl or en.</translation>
    </message>
    <message>
        <source>Unknown or incomplete option %1.</source>
        <translation>Unknown or incomplete option %1.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unknown command "%1".</translation>
    </message>
    <message>
        <source>Argument %1 is not valid text (UTF-8). Nothing was changed. Type it again, or check the terminal's character set.</source>
        <translation>Argument %1 is not valid text (UTF-8). Nothing was changed. Type it again, or check the terminal's character set.</translation>
    </message>
    <message>
        <source>--extra-goals must be a number from 0 to 5000.</source>
        <translation>--extra-goals must be a number from 0 to 5000.</translation>
    </message>
    <message>
        <source>Usage: samen-cli demo [--extra-goals N]</source>
        <translation>Usage: samen-cli demo [--extra-goals N]</translation>
    </message>
    <message>
        <source>Robin's demo plan is ready (%1 changes).</source>
        <translation>Robin's demo plan is ready (%1 changes).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>not rated yet</translation>
    </message>
    <message>
        <source>%1/10 on %2</source>
        <translation>%1/10 on %2</translation>
    </message>
    <message>
        <source>Usage: samen-cli init --name NAME [--framework default|positive-health|self-reliance] [--owner YOUR_NAME]</source>
        <translation>Usage: samen-cli init --name NAME [--framework default|positive-health|self-reliance] [--owner YOUR_NAME]</translation>
    </message>
    <message>
        <source>Unknown framework "%1". Choose one of: %2.</source>
        <translation>Unknown framework "%1". Choose one of: %2.</translation>
    </message>
    <message>
        <source>Usage: samen-cli plan show</source>
        <translation>Usage: samen-cli plan show</translation>
    </message>
    <message>
        <source>You cannot see any part of this plan at the moment, so nothing of it is kept on this device. Ask the plan's owner to share a part with you again; samen-cli sync then brings it back.</source>
        <translation>You cannot see any part of this plan at the moment, so nothing of it is kept on this device. Ask the plan's owner to share a part with you again; samen-cli sync then brings it back.</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(not written yet)</translation>
    </message>
    <message>
        <source>My story: %1</source>
        <translation>My story: %1</translation>
    </message>
    <message>
        <source>Story of %1: %2</source>
        <translation>Story of %1: %2</translation>
    </message>
    <message>
        <source>Story of the plan's owner: %1</source>
        <translation>Story of the plan's owner: %1</translation>
    </message>
    <message>
        <source>  Note: the story was changed in two places at once. Both versions are kept; choose one with: samen-cli story set TEXT</source>
        <translation>  Note: the story was changed in two places at once. Both versions are kept; choose one with: samen-cli story set TEXT</translation>
    </message>
    <message>
        <source>Life domains, most important first:</source>
        <translation>Life domains, most important first:</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Goals: %1</translation>
    </message>
    <message numerus="yes">
        <source>  [%1] %2 (%3, %n open step(s))</source>
        <translation>
            <numerusform>  [%1] %2 (%3, %n open step)</numerusform>
            <numerusform>  [%1] %2 (%3, %n open steps)</numerusform>
        </translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>People: %1</translation>
    </message>
    <message>
        <source>, coordinator</source>
        <translation>, coordinator</translation>
    </message>
    <message>
        <source>Written in two places at once (both versions kept): %1</source>
        <translation>Written in two places at once (both versions kept): %1</translation>
    </message>
    <message>
        <source>What happened, newest first: %1</source>
        <translation>What happened, newest first: %1</translation>
    </message>
    <message>
        <source>Usage: samen-cli story set TEXT</source>
        <translation>Usage: samen-cli story set TEXT</translation>
    </message>
    <message>
        <source>Your story is saved.</source>
        <translation>Your story is saved.</translation>
    </message>
    <message>
        <source>Usage: samen-cli domain prioritize KEY [KEY...]  (most important first)</source>
        <translation>Usage: samen-cli domain prioritize KEY [KEY...]  (most important first)</translation>
    </message>
    <message>
        <source>Usage: samen-cli domain assess KEY --score 1-10 [--note TEXT] [--date YYYY-MM-DD]</source>
        <translation>Usage: samen-cli domain assess KEY --score 1-10 [--note TEXT] [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>The score must be a whole number from 1 to 10.</source>
        <translation>The score must be a whole number from 1 to 10.</translation>
    </message>
    <message>
        <source>Saved: %1 scored %2/10.</source>
        <translation>Saved: %1 scored %2/10.</translation>
    </message>
    <message>
        <source>Nothing with id %1 in this plan.</source>
        <translation>Nothing with id %1 in this plan.</translation>
    </message>
    <message>
        <source>%1  %2 = %3  (by %4; op %5)</source>
        <translation>%1  %2 = %3  (by %4; op %5)</translation>
    </message>
    <message>
        <source>The earlier value of %1 is back. The newer one stays in the history.</source>
        <translation>The earlier value of %1 is back. The newer one stays in the history.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was changed.</source>
        <translation>The two passphrases are not the same. Nothing was changed.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation>Your passphrase is changed. Use the new one from now on.</translation>
    </message>
    <message>
        <source>Usage: samen-cli repair</source>
        <translation>Usage: samen-cli repair</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1. This device is enrolled on your account and takes up your plan: run samen-cli sync to fetch it.</source>
        <translation>Connected to %1. This device is enrolled on your account and takes up your plan: run samen-cli sync to fetch it.</translation>
    </message>
    <message>
        <source>Connected to %1. This device is enrolled and your plan is known to the service.
%2 waiting to be sent: run samen-cli sync.</source>
        <translation>Connected to %1. This device is enrolled and your plan is known to the service.
%2 waiting to be sent: run samen-cli sync.</translation>
    </message>
    <message>
        <source>Usage: samen-cli sync [--watch]  |  samen-cli sync status</source>
        <translation>Usage: samen-cli sync [--watch]  |  samen-cli sync status</translation>
    </message>
    <message>
        <source>Sent %1, received %2.</source>
        <translation>Sent %1, received %2.</translation>
    </message>
    <message>
        <source>Usage: samen-cli sync status</source>
        <translation>Usage: samen-cli sync status</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>There are no refused changes.</source>
        <translation>There are no refused changes.</translation>
    </message>
    <message>
        <source>There is no refused change with that id.</source>
        <translation>There is no refused change with that id.</translation>
    </message>
    <message>
        <source>Usage: samen-cli sync retry OP_ID|--all  (sends refused changes again, stamped with the current time)</source>
        <translation>Usage: samen-cli sync retry OP_ID|--all  (sends refused changes again, stamped with the current time)</translation>
    </message>
    <message>
        <source>None of the refused changes can be sent again: they are not allowed or not valid. Nothing was changed. Discard them (samen-cli sync discard --all), or ask the plan's owner for access.</source>
        <translation>None of the refused changes can be sent again: they are not allowed or not valid. Nothing was changed. Discard them (samen-cli sync discard --all), or ask the plan's owner for access.</translation>
    </message>
    <message>
        <source>%1 back in line, with the current time: they are sent with the next sync.</source>
        <translation>%1 back in line, with the current time: they are sent with the next sync.</translation>
    </message>
    <message>
        <source>
%1 cannot be sent again (not allowed or not valid): discard them with samen-cli sync discard.</source>
        <translation>
%1 cannot be sent again (not allowed or not valid): discard them with samen-cli sync discard.</translation>
    </message>
    <message>
        <source>Usage: samen-cli sync discard OP_ID|--all  (drops refused changes from this device for good)</source>
        <translation>Usage: samen-cli sync discard OP_ID|--all  (drops refused changes from this device for good)</translation>
    </message>
    <message>
        <source>Usage: samen-cli device list</source>
        <translation>Usage: samen-cli device list</translation>
    </message>
    <message>
        <source>  revoked</source>
        <translation>  revoked</translation>
    </message>
    <message>
        <source>  (this device)</source>
        <translation>  (this device)</translation>
    </message>
    <message>
        <source>This device knows no one in this plan called %1, or with that id. Nothing was saved.
samen-cli member list shows the people this device knows. Someone who is not on that list cannot be chosen here: ask the plan's owner to add them to the plan first, then run samen-cli sync.</source>
        <translation>This device knows no one in this plan called %1, or with that id. Nothing was saved.
samen-cli member list shows the people this device knows. Someone who is not on that list cannot be chosen here: ask the plan's owner to add them to the plan first, then run samen-cli sync.</translation>
    </message>
    <message>
        <source>Usage: samen-cli goal add --domain KEY TITLE [--why TEXT] [--due YYYY-MM-DD]</source>
        <translation>Usage: samen-cli goal add --domain KEY TITLE [--why TEXT] [--due YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, by %1</translation>
    </message>
    <message>
        <source>No goals yet. Add one with: samen-cli goal add --domain KEY TITLE</source>
        <translation>No goals yet. Add one with: samen-cli goal add --domain KEY TITLE</translation>
    </message>
    <message>
        <source>Well done! "%1" is done.</source>
        <translation>Well done! "%1" is done.</translation>
    </message>
    <message>
        <source>Usage: samen-cli member add --kind network|professional --name NAME [--relation R] [--organisation O] [--role R] [--domains KEY,...] [--contact TEXT]</source>
        <translation>Usage: samen-cli member add --kind network|professional --name NAME [--relation R] [--organisation O] [--role R] [--domains KEY,...] [--contact TEXT]</translation>
    </message>
    <message>
        <source>%1 now coordinates your plan.</source>
        <translation>%1 now coordinates your plan.</translation>
    </message>
    <message>
        <source>device name</source>
        <translation>device name</translation>
    </message>
    <message>
        <source>owner of the plan</source>
        <translation>owner of the plan</translation>
    </message>
    <message>
        <source>own network</source>
        <translation>own network</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>The service did not allow this.</source>
        <translation>The service did not allow this.</translation>
    </message>
    <message>
        <source>The service does not know what was asked for.</source>
        <translation>The service does not know what was asked for.</translation>
    </message>
    <message>
        <source>This does not fit with what the service already holds.</source>
        <translation>This does not fit with what the service already holds.</translation>
    </message>
    <message>
        <source>Type or paste the invitation code or link you were given.</source>
        <translation>Type or paste the invitation code or link you were given.</translation>
    </message>
    <message>
        <source>This is not an invitation code or link. Check that you copied all of it.</source>
        <translation>This is not an invitation code or link. Check that you copied all of it.</translation>
    </message>
    <message>
        <source>The invitation link has no valid code in it. Check that you copied all of it.</source>
        <translation>The invitation link has no valid code in it. Check that you copied all of it.</translation>
    </message>
    <message>
        <source>The invitation link does not name a secure service address (https). Ask for a new link.</source>
        <translation>The invitation link does not name a secure service address (https). Ask for a new link.</translation>
    </message>
    <message>
        <source>The service's fingerprint in the link is not complete. Ask for a new link.</source>
        <translation>The service's fingerprint in the link is not complete. Ask for a new link.</translation>
    </message>
    <message>
        <source>Usage: samen-cli invite list</source>
        <translation>Usage: samen-cli invite list</translation>
    </message>
    <message>
        <source>%1: %2; the invitation can be used until %3 (to withdraw it: samen-cli invite withdraw %4)</source>
        <translation>%1: %2; the invitation can be used until %3 (to withdraw it: samen-cli invite withdraw %4)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>No invitations are waiting to be redeemed.</source>
        <translation>No invitations are waiting to be redeemed.</translation>
    </message>
    <message>
        <source>Invitation withdrawn: its code no longer works.</source>
        <translation>Invitation withdrawn: its code no longer works.</translation>
    </message>
    <message>
        <source>Usage: samen-cli grant set MEMBER_ID DOMAIN read|write|none</source>
        <translation>Usage: samen-cli grant set MEMBER_ID DOMAIN read|write|none</translation>
    </message>
    <message>
        <source>The access must be read, write or none.</source>
        <translation>The access must be read, write or none.</translation>
    </message>
    <message>
        <source>A member id is up to 64 letters, digits, "-" or "_".</source>
        <translation>A member id is up to 64 letters, digits, "-" or "_".</translation>
    </message>
    <message>
        <source>This member has no access to %1 to withdraw.</source>
        <translation>This member has no access to %1 to withdraw.</translation>
    </message>
    <message>
        <source>Access to %1 withdrawn. The member's devices delete that part of the plan at their next sync.</source>
        <translation>Access to %1 withdrawn. The member's devices delete that part of the plan at their next sync.</translation>
    </message>
    <message>
        <source>The member may now see and change %1.</source>
        <translation>The member may now see and change %1.</translation>
    </message>
    <message>
        <source>The member may now see %1.</source>
        <translation>The member may now see %1.</translation>
    </message>
    <message>
        <source>Usage: samen-cli device add  (prints a one-time code for your next device)</source>
        <translation>Usage: samen-cli device add  (prints a one-time code for your next device)</translation>
    </message>
    <message>
        <source>Usage: samen-cli log [--member NAME_OR_ID]</source>
        <translation>Usage: samen-cli log [--member NAME_OR_ID]</translation>
    </message>
    <message>
        <source>Nothing in the access log yet.</source>
        <translation>Nothing in the access log yet.</translation>
    </message>
    <message>
        <source>Keeping the plan in sync; stop with Ctrl+C.</source>
        <translation>Keeping the plan in sync; stop with Ctrl+C.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>everyone in the plan: in it, waiting to be let in, invited</source>
        <translation>everyone in the plan: in it, waiting to be let in, invited</translation>
    </message>
    <message>
        <source>NAME|ID: let someone who joined with your invitation in</source>
        <translation>NAME|ID: let someone who joined with your invitation in</translation>
    </message>
    <message>
        <source>NAME|ID: do not let someone who joined in</source>
        <translation>NAME|ID: do not let someone who joined in</translation>
    </message>
    <message>
        <source>NAME|ID DOMAIN none|read|write [--purpose TEXT] [--until DATE]: what a person may see and change</source>
        <translation>NAME|ID DOMAIN none|read|write [--purpose TEXT] [--until DATE]: what a person may see and change</translation>
    </message>
    <message>
        <source>[--member NAME|ID]: who looked at or changed what, and when (the service's access log), in words</source>
        <translation>[--member NAME|ID]: who looked at or changed what, and when (the service's access log), in words</translation>
    </message>
    <message>
        <source>--kind network|professional --name N --grant DOMAIN:read|write ... [--relation R] [--organisation O] [--role R] [--purpose P] [--until DATE] [--member NAME|ID] [--expires 7d]: prints a one-time code and link</source>
        <translation>--kind network|professional --name N --grant DOMAIN:read|write ... [--relation R] [--organisation O] [--role R] [--purpose P] [--until DATE] [--member NAME|ID] [--expires 7d]: prints a one-time code and link</translation>
    </message>
    <message>
        <source>LINK|CODE [--name NAME] [--preview] [--service URL] [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE]: join a plan you were invited to</source>
        <translation>LINK|CODE [--name NAME] [--preview] [--service URL] [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE]: join a plan you were invited to</translation>
    </message>
    <message>
        <source>Nobody called %1 is waiting to be let in. See samen-cli member list.</source>
        <translation>Nobody called %1 is waiting to be let in. See samen-cli member list.</translation>
    </message>
    <message>
        <source>Nobody called %1 is in the plan at the service. See samen-cli member list.</source>
        <translation>Nobody called %1 is in the plan at the service. See samen-cli member list.</translation>
    </message>
    <message>
        <source>may see and change %1</source>
        <translation>may see and change %1</translation>
    </message>
    <message>
        <source>may see %1</source>
        <translation>may see %1</translation>
    </message>
    <message>
        <source>no access to any life area</source>
        <translation>no access to any life area</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>friend</translation>
    </message>
    <message>
        <source>neighbour</source>
        <translation>neighbour</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>employer</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>--until wants a date from today on, written as year-month-day, for example 2026-12-31.</source>
        <translation>--until wants a date from today on, written as year-month-day, for example 2026-12-31.</translation>
    </message>
    <message>
        <source>The plan has no member called %1. See samen-cli member list.</source>
        <translation>The plan has no member called %1. See samen-cli member list.</translation>
    </message>
    <message>
        <source>More than one member of the plan has this name. Use their id instead.</source>
        <translation>More than one member of the plan has this name. Use their id instead.</translation>
    </message>
    <message>
        <source>Usage: samen-cli invite create --kind network|professional --name NAME --grant DOMAIN:read|write ... [--relation R] [--organisation O] [--role R] [--purpose TEXT] [--until YYYY-MM-DD] [--member NAME_OR_ID] [--expires 7d]</source>
        <translation>Usage: samen-cli invite create --kind network|professional --name NAME --grant DOMAIN:read|write ... [--relation R] [--organisation O] [--role R] [--purpose TEXT] [--until YYYY-MM-DD] [--member NAME_OR_ID] [--expires 7d]</translation>
    </message>
    <message>
        <source>The purpose can be at most 200 characters.</source>
        <translation>The purpose can be at most 200 characters.</translation>
    </message>
    <message>
        <source>A grant looks like DOMAIN:read or DOMAIN:write, e.g. --grant money:read.</source>
        <translation>A grant looks like DOMAIN:read or DOMAIN:write, e.g. --grant money:read.</translation>
    </message>
    <message>
        <source>Invitation for %1 made. Give them this one-time code or link (they are not shown again):
Code: %2
Link: %3
It can be used until %4.</source>
        <translation>Invitation for %1 made. Give them this one-time code or link (they are not shown again):
Code: %2
Link: %3
It can be used until %4.</translation>
    </message>
    <message>
        <source>Usage: samen-cli join LINK_OR_CODE [--name NAME] [--preview] [--service https://HOST:PORT] [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE] [--device-name NAME]</source>
        <translation>Usage: samen-cli join LINK_OR_CODE [--name NAME] [--preview] [--service https://HOST:PORT] [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE] [--device-name NAME]</translation>
    </message>
    <message>
        <source>A bare code does not say which service to join: add --service https://HOST:PORT.</source>
        <translation>A bare code does not say which service to join: add --service https://HOST:PORT.</translation>
    </message>
    <message>
        <source>There is already a plan in %1. Join from a new data folder.</source>
        <translation>There is already a plan in %1. Join from a new data folder.</translation>
    </message>
    <message>
        <source>%1 invites you to help with their plan.</source>
        <translation>%1 invites you to help with their plan.</translation>
    </message>
    <message>
        <source>You may see and change %1.</source>
        <translation>You may see and change %1.</translation>
    </message>
    <message>
        <source>You may see %1.</source>
        <translation>You may see %1.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>No life area is offered yet.</source>
        <translation>No life area is offered yet.</translation>
    </message>
    <message>
        <source>Until %1.</source>
        <translation>Until %1.</translation>
    </message>
    <message>
        <source>You asked to join the plan. Once its owner lets you in, run samen-cli sync to receive it.</source>
        <translation>You asked to join the plan. Once its owner lets you in, run samen-cli sync to receive it.</translation>
    </message>
    <message>
        <source>Usage: samen-cli member list</source>
        <translation>Usage: samen-cli member list</translation>
    </message>
    <message>
        <source>In the plan:</source>
        <translation>In the plan:</translation>
    </message>
    <message>
        <source>Waiting to be let in:</source>
        <translation>Waiting to be let in:</translation>
    </message>
    <message>
        <source>Invited, not yet joined:</source>
        <translation>Invited, not yet joined:</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>offered: %1</source>
        <translation>offered: %1</translation>
    </message>
    <message>
        <source>%1; the invitation can be used until %2</source>
        <translation>%1; the invitation can be used until %2</translation>
    </message>
    <message>
        <source>Let someone in with samen-cli member let-in NAME, or decline with samen-cli member decline NAME.</source>
        <translation>Let someone in with samen-cli member let-in NAME, or decline with samen-cli member decline NAME.</translation>
    </message>
    <message>
        <source>Usage: samen-cli member let-in NAME_OR_ID</source>
        <translation>Usage: samen-cli member let-in NAME_OR_ID</translation>
    </message>
    <message>
        <source>%1 is in the plan now and %2. Their devices receive it at their next sync.</source>
        <translation>%1 is in the plan now and %2. Their devices receive it at their next sync.</translation>
    </message>
    <message>
        <source>Usage: samen-cli member decline NAME_OR_ID</source>
        <translation>Usage: samen-cli member decline NAME_OR_ID</translation>
    </message>
    <message>
        <source>%1 was not let in and sees nothing of your plan.</source>
        <translation>%1 was not let in and sees nothing of your plan.</translation>
    </message>
    <message>
        <source>Usage: samen-cli access set NAME_OR_ID DOMAIN none|read|write [--purpose TEXT] [--until YYYY-MM-DD]</source>
        <translation>Usage: samen-cli access set NAME_OR_ID DOMAIN none|read|write [--purpose TEXT] [--until YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>The access must be none, read or write.</source>
        <translation>The access must be none, read or write.</translation>
    </message>
    <message>
        <source>%1 will no longer see %2. Their devices delete it at their next sync.</source>
        <translation>%1 will no longer see %2. Their devices delete it at their next sync.</translation>
    </message>
    <message>
        <source>%1 may now see and change %2.</source>
        <translation>%1 may now see and change %2.</translation>
    </message>
    <message>
        <source>%1 may now see %2, but not change it.</source>
        <translation>%1 may now see %2, but not change it.</translation>
    </message>
    <message>
        <source>This id is already used in the plan, or is not an id.</source>
        <translation>This id is already used in the plan, or is not an id.</translation>
    </message>
    <message>
        <source>This kind of item cannot be made here.</source>
        <translation>This kind of item cannot be made here.</translation>
    </message>
    <message>
        <source>The service cannot take this plan under its id: it is in use there by someone else.</source>
        <translation>The service cannot take this plan under its id: it is in use there by someone else.</translation>
    </message>
    <message>
        <source>  %1 of %2</source>
        <translation>  %1 of %2</translation>
    </message>
    <message>
        <source>Paste the link from your other device, or type the code it shows.</source>
        <translation>Paste the link from your other device, or type the code it shows.</translation>
    </message>
    <message>
        <source>This is an invitation to someone's plan, not a code for your own next device. Go back and choose 'I was invited'.</source>
        <translation>This is an invitation to someone's plan, not a code for your own next device. Go back and choose 'I was invited'.</translation>
    </message>
    <message>
        <source>This is not a code or link for a next device. Check that you copied all of it.</source>
        <translation>This is not a code or link for a next device. Check that you copied all of it.</translation>
    </message>
    <message>
        <source>The link has no valid code in it. Check that you copied all of it.</source>
        <translation>The link has no valid code in it. Check that you copied all of it.</translation>
    </message>
    <message>
        <source>The link does not name a secure service address (https). Make a new code on your other device.</source>
        <translation>The link does not name a secure service address (https). Make a new code on your other device.</translation>
    </message>
    <message>
        <source>Waiting for the owner of the plan to let you in.</source>
        <translation>Waiting for the owner of the plan to let you in.</translation>
    </message>
    <message>
        <source>Waiting for %1 to let you in.</source>
        <translation>Waiting for %1 to let you in.</translation>
    </message>
    <message>
        <source>Who helped before: %1</source>
        <translation>Who helped before: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>since to until</comment>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 no longer helps with this plan (until %2). Nothing was saved. Choose someone who helps now.</source>
        <translation>%1 no longer helps with this plan (until %2). Nothing was saved. Choose someone who helps now.</translation>
    </message>
    <message>
        <source>, helped until %1</source>
        <translation>, helped until %1</translation>
    </message>
    <message>
        <source>%1 was removed from the plan with all their access. Their devices delete the plan at their next sync.</source>
        <translation>%1 was removed from the plan with all their access. Their devices delete the plan at their next sync.</translation>
    </message>
    <message>
        <source>This lasts until %1.</source>
        <translation>This lasts until %1.</translation>
    </message>
    <message>
        <source>Say what the person may see with at least one --grant DOMAIN:read or DOMAIN:write, e.g. --grant money:read. Without it they would see nothing of your plan.</source>
        <translation>Say what the person may see with at least one --grant DOMAIN:read or DOMAIN:write, e.g. --grant money:read. Without it they would see nothing of your plan.</translation>
    </message>
    <message>
        <source>--expires wants a duration from 1 minute to 7 days, such as 7d, 24h or 30m.</source>
        <translation>--expires wants a duration from 1 minute to 7 days, such as 7d, 24h or 30m.</translation>
    </message>
    <message>
        <source>not registered with the service as a professional</source>
        <translation>not registered with the service as a professional</translation>
    </message>
    <message>
        <source>registered with the service as %1 of %2</source>
        <translation>registered with the service as %1 of %2</translation>
    </message>
    <message>
        <source>used the invitation for %1</source>
        <translation>used the invitation for %1</translation>
    </message>
    <message>
        <source>You asked to join %1's plan, and it has not arrived on this device yet.
Next step: once %1 has let you in, run: samen-cli sync</source>
        <translation>You asked to join %1's plan, and it has not arrived on this device yet.
Next step: once %1 has let you in, run: samen-cli sync</translation>
    </message>
    <message>
        <source>You asked to join %1's plan. Once %1 lets you in, run samen-cli sync to receive it.</source>
        <translation>You asked to join %1's plan. Once %1 lets you in, run samen-cli sync to receive it.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>This device knows only what you may see. What the others may see, only the plan's owner knows.</source>
        <translation>This device knows only what you may see. What the others may see, only the plan's owner knows.</translation>
    </message>
    <message>
        <source>This device knows only what you may see. What the others may see, only %1 knows.</source>
        <translation>This device knows only what you may see. What the others may see, only %1 knows.</translation>
    </message>
    <message>
        <source>The device name contains a hidden character (such as a zero-width space, a direction mark or a soft hyphen). Type the name again without it.</source>
        <translation>The device name contains a hidden character (such as a zero-width space, a direction mark or a soft hyphen). Type the name again without it.</translation>
    </message>
    <message>
        <source>The name contains a hidden character (such as a zero-width space, a direction mark or a soft hyphen), so it could look like someone else's name. Type the name again without it.</source>
        <translation>The name contains a hidden character (such as a zero-width space, a direction mark or a soft hyphen), so it could look like someone else's name. Type the name again without it.</translation>
    </message>
    <message>
        <source>Use single, ordinary spaces between the words of the device name.</source>
        <translation>Use single, ordinary spaces between the words of the device name.</translation>
    </message>
    <message>
        <source>Use single, ordinary spaces between the words of the name.</source>
        <translation>Use single, ordinary spaces between the words of the name.</translation>
    </message>
    <message>
        <source>The device name contains characters that are not valid text. Type it again.</source>
        <translation>The device name contains characters that are not valid text. Type it again.</translation>
    </message>
    <message>
        <source>The name contains characters that are not valid text. Type it again.</source>
        <translation>The name contains characters that are not valid text. Type it again.</translation>
    </message>
    <message>
        <source>NAME|MEMBER_ID --note TEXT: hand over the coordinator role</source>
        <translation>NAME|MEMBER_ID --note TEXT: hand over the coordinator role</translation>
    </message>
    <message>
        <source>who coordinated the plan, and when</source>
        <translation>who coordinated the plan, and when</translation>
    </message>
    <message>
        <source>everyone who helps: the coordinator first, then each professional, then who helped before</source>
        <translation>everyone who helps: the coordinator first, then each professional, then who helped before</translation>
    </message>
    <message>
        <source>TITLE --at DATE_TIME [--minutes N] [--place P] [--video-link URL] [--with NAME...] [--agenda DOMAIN...] [--point TEXT...]: plan a meeting</source>
        <translation>TITLE --at DATE_TIME [--minutes N] [--place P] [--video-link URL] [--with NAME...] [--agenda DOMAIN...] [--point TEXT...]: plan a meeting</translation>
    </message>
    <message>
        <source>meetings, newest first</source>
        <translation>meetings, newest first</translation>
    </message>
    <message>
        <source>MEETING: one meeting with its agreements</source>
        <translation>MEETING: one meeting with its agreements</translation>
    </message>
    <message>
        <source>MEETING [--notes TEXT]: the meeting took place</source>
        <translation>MEETING [--notes TEXT]: the meeting took place</translation>
    </message>
    <message>
        <source>WHAT --domain KEY [--who NAME] [--by DATE] [--evaluate DATE] [--meeting MEETING]: record an agreement</source>
        <translation>WHAT --domain KEY [--who NAME] [--by DATE] [--evaluate DATE] [--meeting MEETING]: record an agreement</translation>
    </message>
    <message>
        <source>agreements, with who and when</source>
        <translation>agreements, with who and when</translation>
    </message>
    <message>
        <source>More than one item is called %1. Nothing was changed. Use its id: the --json output shows it.</source>
        <translation>More than one item is called %1. Nothing was changed. Use its id: the --json output shows it.</translation>
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
        <translation>; who: %1</translation>
    </message>
    <message>
        <source>; by %1</source>
        <translation>; by %1</translation>
    </message>
    <message>
        <source>; evaluate on %1</source>
        <translation>; evaluate on %1</translation>
    </message>
    <message>
        <source>works on %1</source>
        <translation>works on %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Video link: %1</source>
        <translation>Video link: %1</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>With: %1</translation>
    </message>
    <message>
        <source>Agenda: %1</source>
        <translation>Agenda: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>Agreements:</source>
        <translation>Agreements:</translation>
    </message>
    <message>
        <source>Usage: samen-cli meeting add TITLE --at 2026-12-01T10:00 [--minutes N] [--place P] [--video-link https://...] [--with NAME]... [--agenda DOMAIN]... [--point TEXT]...</source>
        <translation>Usage: samen-cli meeting add TITLE --at 2026-12-01T10:00 [--minutes N] [--place P] [--video-link https://...] [--with NAME]... [--agenda DOMAIN]... [--point TEXT]...</translation>
    </message>
    <message>
        <source>--at must be a date and time like 2026-12-01T10:00 (your local time).</source>
        <translation>--at must be a date and time like 2026-12-01T10:00 (your local time).</translation>
    </message>
    <message>
        <source>--minutes must be a whole number, for example 60.</source>
        <translation>--minutes must be a whole number, for example 60.</translation>
    </message>
    <message>
        <source>No meetings yet. Plan one with samen-cli meeting add.</source>
        <translation>No meetings yet. Plan one with samen-cli meeting add.</translation>
    </message>
    <message>
        <source>Usage: samen-cli meeting show MEETING (its title or id)</source>
        <translation>Usage: samen-cli meeting show MEETING (its title or id)</translation>
    </message>
    <message>
        <source>There is no meeting called %1.</source>
        <translation>There is no meeting called %1.</translation>
    </message>
    <message>
        <source>Usage: samen-cli meeting held MEETING [--notes TEXT]</source>
        <translation>Usage: samen-cli meeting held MEETING [--notes TEXT]</translation>
    </message>
    <message>
        <source>The meeting is marked as held. Plan the next one around %1.</source>
        <translation>The meeting is marked as held. Plan the next one around %1.</translation>
    </message>
    <message>
        <source>Usage: samen-cli agreement add WHAT --domain KEY [--who NAME] [--by DATE] [--evaluate DATE] [--meeting MEETING]</source>
        <translation>Usage: samen-cli agreement add WHAT --domain KEY [--who NAME] [--by DATE] [--evaluate DATE] [--meeting MEETING]</translation>
    </message>
    <message>
        <source>Agreement recorded.
%1</source>
        <translation>Agreement recorded.
%1</translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation>No agreements yet.</translation>
    </message>
    <message>
        <source>There is no agreement %1.</source>
        <translation>There is no agreement %1.</translation>
    </message>
    <message>
        <source>Evaluation recorded.
%1</source>
        <translation>Evaluation recorded.
%1</translation>
    </message>
    <message>
        <source>Usage: samen-cli professionals</source>
        <translation>Usage: samen-cli professionals</translation>
    </message>
    <message>
        <source>Coordinator: %1</source>
        <translation>Coordinator: %1</translation>
    </message>
    <message>
        <source>Nobody coordinates this plan yet.</source>
        <translation>Nobody coordinates this plan yet.</translation>
    </message>
    <message>
        <source>- %1</source>
        <translation>- %1</translation>
    </message>
    <message>
        <source>No other professionals help with this plan now.</source>
        <translation>No other professionals help with this plan now.</translation>
    </message>
    <message>
        <source>Who helped before:</source>
        <translation>Who helped before:</translation>
    </message>
    <message>
        <source>- %1 (%2, from %3 to %4)</source>
        <translation>- %1 (%2, from %3 to %4)</translation>
    </message>
    <message>
        <source>Usage: samen-cli coordinator history</source>
        <translation>Usage: samen-cli coordinator history</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <translation>%1: from %2 to %3</translation>
    </message>
    <message>
        <source>%1: since %2 (now)</source>
        <translation>%1: since %2 (now)</translation>
    </message>
    <message>
        <source>. Handover note: %1</source>
        <translation>. Handover note: %1</translation>
    </message>
    <message>
        <source>Usage: samen-cli coordinator set NAME|MEMBER_ID --note TEXT</source>
        <translation>Usage: samen-cli coordinator set NAME|MEMBER_ID --note TEXT</translation>
    </message>
    <message>
        <source>The person whose plan this is is always invited to the meeting.</source>
        <translation>The person whose plan this is is always invited to the meeting.</translation>
    </message>
    <message>
        <source>Choose the date and time of the meeting.</source>
        <translation>Choose the date and time of the meeting.</translation>
    </message>
    <message>
        <source>Say where the meeting is: a place, a video link, or both.</source>
        <translation>Say where the meeting is: a place, a video link, or both.</translation>
    </message>
    <message>
        <source>Invite people who are part of the plan now.</source>
        <translation>Invite people who are part of the plan now.</translation>
    </message>
    <message>
        <source>A meeting can have at most %1 extra points on its agenda.</source>
        <translation>A meeting can have at most %1 extra points on its agenda.</translation>
    </message>
    <message>
        <source>This meeting was cancelled. Plan a new one instead.</source>
        <translation>This meeting was cancelled. Plan a new one instead.</translation>
    </message>
    <message>
        <source>This meeting is already marked as held.</source>
        <translation>This meeting is already marked as held.</translation>
    </message>
    <message>
        <source>This meeting was already held, so it cannot be cancelled.</source>
        <translation>This meeting was already held, so it cannot be cancelled.</translation>
    </message>
    <message>
        <source>This meeting is already cancelled.</source>
        <translation>This meeting is already cancelled.</translation>
    </message>
    <message>
        <source>Choose the life domain this agreement is about.</source>
        <translation>Choose the life domain this agreement is about.</translation>
    </message>
    <message>
        <source>Choose a person who is part of the plan now.</source>
        <translation>Choose a person who is part of the plan now.</translation>
    </message>
    <message>
        <source>Choose an agreement of this plan.</source>
        <translation>Choose an agreement of this plan.</translation>
    </message>
    <message>
        <source>Say how the agreement went: open, done or dropped.</source>
        <translation>Say how the agreement went: open, done or dropped.</translation>
    </message>
    <message>
        <source>Choose a real date for the next evaluation.</source>
        <translation>Choose a real date for the next evaluation.</translation>
    </message>
    <message>
        <source>Nothing changed: give a new status, what was said, or a next evaluation date.</source>
        <translation>Nothing changed: give a new status, what was said, or a next evaluation date.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>length in minutes</source>
        <translation>length in minutes</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>video link</source>
        <translation>video link</translation>
    </message>
    <message>
        <source>life domains on the agenda</source>
        <translation>life domains on the agenda</translation>
    </message>
    <message>
        <source>points on the agenda</source>
        <translation>points on the agenda</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <source>The video link must be a web address that starts with https://, for example https://meet.example.nl/robin.</source>
        <translation>The video link must be a web address that starts with https://, for example https://meet.example.nl/robin.</translation>
    </message>
    <message>
        <source>The %1 can hold at most %2 items.</source>
        <translation>The %1 can hold at most %2 items.</translation>
    </message>
    <message>
        <source>Meeting planned</source>
        <translation>Meeting planned</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Meeting held</translation>
    </message>
    <message>
        <source>Agreement made</source>
        <translation>Agreement made</translation>
    </message>
    <message>
        <source>Agreement evaluated</source>
        <translation>Agreement evaluated</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>Only the plan's owner and the coordinator may plan or change a meeting. Nothing was saved.</source>
        <translation>Only the plan's owner and the coordinator may plan or change a meeting. Nothing was saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n open step(s)</source>
        <translation>
            <numerusform>%n open step</numerusform>
            <numerusform>%n open steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open agreement(s)</source>
        <translation>
            <numerusform>%n open agreement</numerusform>
            <numerusform>%n open agreements</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the plan: it has not arrived on this device yet.</source>
        <translation>Fetching the plan: it has not arrived on this device yet.</translation>
    </message>
    <message>
        <source>You are in the plan, but nothing of it is shared with you yet.</source>
        <translation>You are in the plan, but nothing of it is shared with you yet.</translation>
    </message>
    <message>
        <source>%1 did not accept your request to join the plan. Nothing of the plan was shared with this device. If you think this is a mistake, ask %1 for a new invitation.</source>
        <translation>%1 did not accept your request to join the plan. Nothing of the plan was shared with this device. If you think this is a mistake, ask %1 for a new invitation.</translation>
    </message>
    <message>
        <source>No open invitation is for %1. See samen-cli invite list.</source>
        <translation>No open invitation is for %1. See samen-cli invite list.</translation>
    </message>
    <message>
        <source>Someone in this plan is already called %1. Add something to tell them apart, such as a surname.</source>
        <translation>Someone in this plan is already called %1. Add something to tell them apart, such as a surname.</translation>
    </message>
    <message>
        <source>The plan's files are deleted, but its key could not be removed from this device's key store (%1). Without the files the key opens nothing; you can remove the entry "Samen" there yourself.</source>
        <translation>The plan's files are deleted, but its key could not be removed from this device's key store (%1). Without the files the key opens nothing; you can remove the entry "Samen" there yourself.</translation>
    </message>
    <message>
        <source>Some of the plan's files could not be deleted: %1. Check the folder's permissions and try again.</source>
        <translation>Some of the plan's files could not be deleted: %1. Check the folder's permissions and try again.</translation>
    </message>
    <message>
        <source>Only the plan's owner can erase it at the service.</source>
        <translation>Only the plan's owner can erase it at the service.</translation>
    </message>
    <message>
        <source>The service did not let this device erase the plan: only its owner can.</source>
        <translation>The service did not let this device erase the plan: only its owner can.</translation>
    </message>
    <message>
        <source>You erased this plan on another device. It is no longer on this device either.</source>
        <translation>You erased this plan on another device. It is no longer on this device either.</translation>
    </message>
    <message>
        <source>%1 has erased the plan. It is no longer on this device.</source>
        <translation>%1 has erased the plan. It is no longer on this device.</translation>
    </message>
    <message>
        <source>[--yes] [--this-device-only]: erase the plan from this device and, as its owner, at the service (asks twice)</source>
        <translation>[--yes] [--this-device-only]: erase the plan from this device and, as its owner, at the service (asks twice)</translation>
    </message>
    <message>
        <source>FILE: bring back a plan exported by Samen (into a folder without a plan)</source>
        <translation>FILE: bring back a plan exported by Samen (into a folder without a plan)</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer that confirms erasing</comment>
        <translation>yes</translation>
    </message>
    <message>
        <source>erase</source>
        <comment>the word typed to erase the plan for good</comment>
        <translation>erase</translation>
    </message>
    <message>
        <source>Usage: samen-cli erase [--yes] [--this-device-only]</source>
        <translation>Usage: samen-cli erase [--yes] [--this-device-only]</translation>
    </message>
    <message>
        <source>There is no plan on this device, so there is nothing to erase.</source>
        <translation>There is no plan on this device, so there is nothing to erase.</translation>
    </message>
    <message>
        <source>Erasing deletes your plan "%1" from this device and from the service, for everyone in it. The people you invited lose it at their next sync.</source>
        <translation>Erasing deletes your plan "%1" from this device and from the service, for everyone in it. The people you invited lose it at their next sync.</translation>
    </message>
    <message>
        <source>Erasing deletes your copy of the plan "%1" from this device. The plan itself belongs to its owner: it stays at the service and with the others.</source>
        <translation>Erasing deletes your copy of the plan "%1" from this device. The plan itself belongs to its owner: it stays at the service and with the others.</translation>
    </message>
    <message>
        <source>Erasing deletes your plan "%1" from this device.</source>
        <translation>Erasing deletes your plan "%1" from this device.</translation>
    </message>
    <message>
        <source>This cannot be undone. Do you want a copy first? Stop here and save it with: samen-cli export --fhir FILE</source>
        <translation>This cannot be undone. Do you want a copy first? Stop here and save it with: samen-cli export --fhir FILE</translation>
    </message>
    <message>
        <source>Erase the plan? Type yes to go on:</source>
        <translation>Erase the plan? Type yes to go on:</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Nothing was erased.</translation>
    </message>
    <message>
        <source>Last question. To erase the plan for good, type erase:</source>
        <translation>Last question. To erase the plan for good, type erase:</translation>
    </message>
    <message>
        <source>The plan could not be erased at the service, so nothing was erased: not there and not on this device. %1 Try again when the service can be reached, or erase only this device's copy with: samen-cli erase --this-device-only (the plan then stays at the service).</source>
        <translation>The plan could not be erased at the service, so nothing was erased: not there and not on this device. %1 Try again when the service can be reached, or erase only this device's copy with: samen-cli erase --this-device-only (the plan then stays at the service).</translation>
    </message>
    <message>
        <source>The plan is erased from this device.</source>
        <translation>The plan is erased from this device.</translation>
    </message>
    <message>
        <source>It is erased at the service too; the people in it lose it at their next sync.</source>
        <translation>It is erased at the service too; the people in it lose it at their next sync.</translation>
    </message>
    <message>
        <source>It was not erased at the service: it is still there, and with the people in it.</source>
        <translation>It was not erased at the service: it is still there, and with the people in it.</translation>
    </message>
    <message>
        <source>It was never sent to a service, so it is gone everywhere.</source>
        <translation>It was never sent to a service, so it is gone everywhere.</translation>
    </message>
    <message>
        <source>To start again: samen-cli init --name NAME, or samen-cli join CODE.</source>
        <translation>To start again: samen-cli init --name NAME, or samen-cli join CODE.</translation>
    </message>
    <message>
        <source>Could not write the export to %1. Check that the folder exists and that there is room on the disk.</source>
        <translation>Could not write the export to %1. Check that the folder exists and that there is room on the disk.</translation>
    </message>
    <message>
        <source>Your whole plan is saved in %1 (FHIR R4, %2 records). Keep it safe: it holds everything of your plan.</source>
        <translation>Your whole plan is saved in %1 (FHIR R4, %2 records). Keep it safe: it holds everything of your plan.</translation>
    </message>
    <message>
        <source>Usage: samen-cli import FILE</source>
        <translation>Usage: samen-cli import FILE</translation>
    </message>
    <message>
        <source>The plan "%1" is imported from %2 and locked with your passphrase.</source>
        <translation>The plan "%1" is imported from %2 and locked with your passphrase.</translation>
    </message>
    <message>
        <source>Only the plan's owner, the coordinator (in the life domains they may see) and those who may change this life domain may make or change this agreement. Nothing was saved.</source>
        <translation>Only the plan's owner, the coordinator (in the life domains they may see) and those who may change this life domain may make or change this agreement. Nothing was saved.</translation>
    </message>
    <message>
        <source>There is no plan on this device to export.</source>
        <translation>There is no plan on this device to export.</translation>
    </message>
    <message>
        <source>This plan has no owner on this device yet, so it cannot be exported.</source>
        <translation>This plan has no owner on this device yet, so it cannot be exported.</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>the plan</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>a person</translation>
    </message>
    <message>
        <source>a life domain</source>
        <translation>a life domain</translation>
    </message>
    <message>
        <source>a self-assessment</source>
        <translation>a self-assessment</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>a goal</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>a step</translation>
    </message>
    <message>
        <source>what someone may see</source>
        <translation>what someone may see</translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation>a meeting</translation>
    </message>
    <message>
        <source>an agreement</source>
        <translation>an agreement</translation>
    </message>
    <message>
        <source>an entry of the timeline</source>
        <translation>an entry of the timeline</translation>
    </message>
    <message>
        <source>a part of the plan</source>
        <translation>a part of the plan</translation>
    </message>
    <message>
        <source>Samen cannot read %1 in this file: it is not marked as coming from Samen, or it is marked the same as another part.</source>
        <translation>Samen cannot read %1 in this file: it is not marked as coming from Samen, or it is marked the same as another part.</translation>
    </message>
    <message>
        <source>Samen cannot read %1 in this file: %2</source>
        <translation>Samen cannot read %1 in this file: %2</translation>
    </message>
    <message>
        <source>Samen cannot read %1 in this file: it has no %2.</source>
        <translation>Samen cannot read %1 in this file: it has no %2.</translation>
    </message>
    <message>
        <source>Samen cannot import this file. %1 Nothing was imported.</source>
        <translation>Samen cannot import this file. %1 Nothing was imported.</translation>
    </message>
    <message>
        <source>It is not a FHIR file (JSON).</source>
        <translation>It is not a FHIR file (JSON).</translation>
    </message>
    <message>
        <source>It is not a FHIR Bundle.</source>
        <translation>It is not a FHIR Bundle.</translation>
    </message>
    <message>
        <source>It holds a kind of record Samen does not use (%1).</source>
        <translation>It holds a kind of record Samen does not use (%1).</translation>
    </message>
    <message>
        <source>It was not exported by Samen.</source>
        <translation>It was not exported by Samen.</translation>
    </message>
    <message>
        <source>There is already a plan here. Import a plan only where there is none.</source>
        <translation>There is already a plan here. Import a plan only where there is none.</translation>
    </message>
    <message>
        <source>Someone at a meeting in the file is not in the plan.</source>
        <translation>Someone at a meeting in the file is not in the plan.</translation>
    </message>
    <message>
        <source>A meeting in the file has a status Samen does not know.</source>
        <translation>A meeting in the file has a status Samen does not know.</translation>
    </message>
    <message>
        <source>The file holds a task that is neither a step nor an agreement from Samen.</source>
        <translation>The file holds a task that is neither a step nor an agreement from Samen.</translation>
    </message>
    <message>
        <source>An agreement in the file was made at a meeting that is not in the file.</source>
        <translation>An agreement in the file was made at a meeting that is not in the file.</translation>
    </message>
    <message>
        <source>Who keeps an agreement in the file is not in the plan.</source>
        <translation>Who keeps an agreement in the file is not in the plan.</translation>
    </message>
    <message>
        <source>An agreement in the file has a status Samen does not know.</source>
        <translation>An agreement in the file has a status Samen does not know.</translation>
    </message>
    <message>
        <source>An entry of the timeline in the file is about something that is not in the file.</source>
        <translation>An entry of the timeline in the file is about something that is not in the file.</translation>
    </message>
    <message>
        <source>The file does not hold exactly one plan from Samen.</source>
        <translation>The file does not hold exactly one plan from Samen.</translation>
    </message>
    <message>
        <source>The file does not say whose plan it is and who helps (a Patient and a CareTeam).</source>
        <translation>The file does not say whose plan it is and who helps (a Patient and a CareTeam).</translation>
    </message>
    <message>
        <source>Someone in the file's care team is not a person Samen knows.</source>
        <translation>Someone in the file's care team is not a person Samen knows.</translation>
    </message>
    <message>
        <source>A consent in the file is for someone who is not in the plan.</source>
        <translation>A consent in the file is for someone who is not in the plan.</translation>
    </message>
    <message>
        <source>A life domain the plan addresses is missing from the file.</source>
        <translation>A life domain the plan addresses is missing from the file.</translation>
    </message>
    <message>
        <source>A self-assessment in the file has no score.</source>
        <translation>A self-assessment in the file has no score.</translation>
    </message>
    <message>
        <source>A goal in the file has a status Samen does not know.</source>
        <translation>A goal in the file has a status Samen does not know.</translation>
    </message>
    <message>
        <source>Someone who helps with a goal in the file is not in the plan.</source>
        <translation>Someone who helps with a goal in the file is not in the plan.</translation>
    </message>
    <message>
        <source>A step in the file belongs to no goal.</source>
        <translation>A step in the file belongs to no goal.</translation>
    </message>
    <message>
        <source>Who does a step in the file is not in the plan.</source>
        <translation>Who does a step in the file is not in the plan.</translation>
    </message>
    <message>
        <source>A citizen</source>
        <translation>A citizen</translation>
    </message>
    <message>
        <source>%1 has erased their plan. It is no longer in your caseload or on this device.</source>
        <translation>%1 has erased their plan. It is no longer in your caseload or on this device.</translation>
    </message>
    <message>
        <source>%1 has withdrawn all your access to their plan. It is no longer in your caseload or on this device.</source>
        <translation>%1 has withdrawn all your access to their plan. It is no longer in your caseload or on this device.</translation>
    </message>
    <message>
        <source>%1 has removed you from their plan. It is no longer in your caseload or on this device.</source>
        <translation>%1 has removed you from their plan. It is no longer in your caseload or on this device.</translation>
    </message>
    <message>
        <source>This device is already enrolled.</source>
        <translation>This device is already enrolled.</translation>
    </message>
    <message>
        <source>The service's answer about your plans was incomplete; it is asked again at the next sync.</source>
        <translation>The service's answer about your plans was incomplete; it is asked again at the next sync.</translation>
    </message>
    <message>
        <source>(name not known yet)</source>
        <translation>(name not known yet)</translation>
    </message>
    <message>
        <source>%1 (you: %2)</source>
        <translation>%1 (you: %2)</translation>
    </message>
    <message>
        <source>You may see and change: %1</source>
        <translation>You may see and change: %1</translation>
    </message>
    <message>
        <source>You may only see: %1</source>
        <translation>You may only see: %1</translation>
    </message>
    <message>
        <source>Nothing of the plan is shared with you yet.</source>
        <translation>Nothing of the plan is shared with you yet.</translation>
    </message>
    <message>
        <source>Next meeting: %1, %2</source>
        <translation>Next meeting: %1, %2</translation>
    </message>
    <message>
        <source>Agreements to evaluate: %1 (%2 overdue)</source>
        <translation>Agreements to evaluate: %1 (%2 overdue)</translation>
    </message>
    <message>
        <source>Agreements to evaluate: %1</source>
        <translation>Agreements to evaluate: %1</translation>
    </message>
    <message>
        <source>Steps for you: %1</source>
        <translation>Steps for you: %1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Last change: %1</translation>
    </message>
    <message>
        <source>Your caseload holds no plan yet. Join a plan with the code a citizen gave you: samen-cli join CODE</source>
        <translation>Your caseload holds no plan yet. Join a plan with the code a citizen gave you: samen-cli join CODE</translation>
    </message>
    <message>
        <source>No plan in your caseload is for a name with "%1".</source>
        <translation>No plan in your caseload is for a name with "%1".</translation>
    </message>
    <message numerus="yes">
        <source>Your caseload: %n plan(s), most needing attention first.</source>
        <translation>
            <numerusform>Your caseload: %n plan, most needing attention first.</numerusform>
            <numerusform>Your caseload: %n plans, most needing attention first.</numerusform>
        </translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>the citizen</translation>
    </message>
    <message>
        <source>You asked to join %1's plan; it is in your caseload. Once %1 lets you in, run samen-cli sync.</source>
        <translation>You asked to join %1's plan; it is in your caseload. Once %1 lets you in, run samen-cli sync.</translation>
    </message>
    <message>
        <source>%1's plan is now in your caseload: samen-cli caseload</source>
        <translation>%1's plan is now in your caseload: samen-cli caseload</translation>
    </message>
    <message>
        <source>Usage on a professional's device: samen-cli sync [--plan PLAN_ID]</source>
        <translation>Usage on a professional's device: samen-cli sync [--plan PLAN_ID]</translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>Not synced: %1</translation>
    </message>
    <message>
        <source>This device holds the plans of several citizens. Say which one with --plan PLAN_ID (or the citizen's name):</source>
        <translation>This device holds the plans of several citizens. Say which one with --plan PLAN_ID (or the citizen's name):</translation>
    </message>
    <message>
        <source>This plan is no longer on this device.</source>
        <translation>This plan is no longer on this device.</translation>
    </message>
    <message>
        <source>--plan is for a professional's device with several plans; this folder holds one plan.</source>
        <translation>--plan is for a professional's device with several plans; this folder holds one plan.</translation>
    </message>
    <message>
        <source>%1 is a professional's device: it holds the plans of your caseload, not a plan of its own. Nothing was changed.</source>
        <translation>%1 is a professional's device: it holds the plans of your caseload, not a plan of its own. Nothing was changed.</translation>
    </message>
    <message>
        <source>Usage: samen-cli [--data-dir DIR] [--json] [--language nl|en] [--plan PLAN_ID_OR_NAME] COMMAND ...

Commands:
</source>
        <translation>Usage: samen-cli [--data-dir DIR] [--json] [--language nl|en] [--plan PLAN_ID_OR_NAME] COMMAND ...

Commands:
</translation>
    </message>
    <message>
        <source>This professional's device is connected already.</source>
        <translation>This professional's device is connected already.</translation>
    </message>
    <message>
        <source>This folder already holds a plan of its own (%1); connect a professional's device in an empty folder.</source>
        <translation>This folder already holds a plan of its own (%1); connect a professional's device in an empty folder.</translation>
    </message>
    <message>
        <source>This plan is not in your caseload.</source>
        <translation>This plan is not in your caseload.</translation>
    </message>
    <message>
        <source>Could not delete the plan's file from this device.</source>
        <translation>Could not delete the plan's file from this device.</translation>
    </message>
    <message>
        <source>No plan in your caseload is for "%1". The plans on this device:</source>
        <translation>No plan in your caseload is for "%1". The plans on this device:</translation>
    </message>
    <message>
        <source>  (none yet: join a plan with samen-cli join CODE)</source>
        <translation>  (none yet: join a plan with samen-cli join CODE)</translation>
    </message>
    <message>
        <source>This folder is already a professional's device: %1</source>
        <translation>This folder is already a professional's device: %1</translation>
    </message>
    <message>
        <source>Could not make the data folder %1.</source>
        <translation>Could not make the data folder %1.</translation>
    </message>
    <message>
        <source>There is no professional's device in %1 yet.</source>
        <translation>There is no professional's device in %1 yet.</translation>
    </message>
    <message>
        <source>device.db is not a Samen device file.</source>
        <translation>device.db is not a Samen device file.</translation>
    </message>
    <message>
        <source>device.db was made by a newer Samen; update Samen to open it.</source>
        <translation>device.db was made by a newer Samen; update Samen to open it.</translation>
    </message>
    <message>
        <source>The service sent a plan id this device cannot use.</source>
        <translation>The service sent a plan id this device cannot use.</translation>
    </message>
    <message>
        <source>This plan is already in your caseload.</source>
        <translation>This plan is already in your caseload.</translation>
    </message>
    <message>
        <source>This device is not connected to a service, so it cannot join a plan.</source>
        <translation>This device is not connected to a service, so it cannot join a plan.</translation>
    </message>
    <message>
        <source>Type or paste the code the citizen gave you.</source>
        <translation>Type or paste the code the citizen gave you.</translation>
    </message>
    <message>
        <source>There is nothing to undo: it is already as it was.</source>
        <translation>There is nothing to undo: it is already as it was.</translation>
    </message>
    <message>
        <source>All steps done</source>
        <translation>All steps done</translation>
    </message>
    <message>
        <source>This step is not done yet.</source>
        <translation>This step is not done yet.</translation>
    </message>
    <message>
        <source>The service did not accept this plan. Nothing was sent.</source>
        <translation>The service did not accept this plan. Nothing was sent.</translation>
    </message>
    <message>
        <source>The service's public key does not match the pin this device was given for it. Nothing was sent: you may not be talking to the right service. Check the pin or link you were given.</source>
        <translation>The service's public key does not match the pin this device was given for it. Nothing was sent: you may not be talking to the right service. Check the pin or link you were given.</translation>
    </message>
    <message>
        <source>This device is not signed in to the service. It tries again at the next sync.</source>
        <translation>This device is not signed in to the service. It tries again at the next sync.</translation>
    </message>
    <message>
        <source>The service did not accept what this device sent.</source>
        <translation>The service did not accept what this device sent.</translation>
    </message>
    <message>
        <source>This device was revoked at the service.</source>
        <translation>This device was revoked at the service.</translation>
    </message>
    <message>
        <source>This device is no longer connected to the plan: it was removed from the devices of this account, or the service does not know it. Connect it again with a new code.</source>
        <translation>This device is no longer connected to the plan: it was removed from the devices of this account, or the service does not know it. Connect it again with a new code.</translation>
    </message>
    <message>
        <source>This device was revoked at the service (from another of your devices, or by the service's operator), so the plan was deleted from it. To use it again: on another of your devices, make a code for a new device (Devices, or samen-cli device add), then connect this device with that code (samen-cli connect --enrol-code CODE).</source>
        <translation>This device was revoked at the service (from another of your devices, or by the service's operator), so the plan was deleted from it. To use it again: on another of your devices, make a code for a new device (Devices, or samen-cli device add), then connect this device with that code (samen-cli connect --enrol-code CODE).</translation>
    </message>
    <message>
        <source>None of your devices that can still sign in is called %1. See samen-cli device list.</source>
        <translation>None of your devices that can still sign in is called %1. See samen-cli device list.</translation>
    </message>
    <message>
        <source>%1 (added %2): samen-cli device revoke %3</source>
        <translation>%1 (added %2): samen-cli device revoke %3</translation>
    </message>
    <message>
        <source>More than one of your devices is called %1. Revoke the one you mean:
%2</source>
        <translation>More than one of your devices is called %1. Revoke the one you mean:
%2</translation>
    </message>
    <message>
        <source>%1 is revoked: it can no longer sign in to the service. At its next contact it deletes the plan.</source>
        <translation>%1 is revoked: it can no longer sign in to the service. At its next contact it deletes the plan.</translation>
    </message>
    <message>
        <source>More than one person is called %1: %2. Give the name as samen-cli member list shows it.</source>
        <translation>More than one person is called %1: %2. Give the name as samen-cli member list shows it.</translation>
    </message>
    <message>
        <source>You are always invited: it is your plan.</source>
        <translation>You are always invited: it is your plan.</translation>
    </message>
    <message>
        <source>%1 is always invited: it is their plan.</source>
        <translation>%1 is always invited: it is their plan.</translation>
    </message>
    <message>
        <source>Could not reach the service. These are the people this device knew at its last sync; the list may be out of date.</source>
        <translation>Could not reach the service. These are the people this device knew at its last sync; the list may be out of date.</translation>
    </message>
    <message>
        <source>Your plan "%1" is ready and locked with your passphrase.</source>
        <translation>Your plan "%1" is ready and locked with your passphrase.</translation>
    </message>
    <message>
        <source>The service's public key does not match the pin in the invitation link. Nothing was sent: you may not be talking to the right service. Ask for the link again.</source>
        <translation>The service's public key does not match the pin in the invitation link. Nothing was sent: you may not be talking to the right service. Ask for the link again.</translation>
    </message>
    <message>
        <source>Not accepted: %1. %2 Next step: %3</source>
        <translation>Not accepted: %1. %2 Next step: %3</translation>
    </message>
    <message>
        <source>%1 is added to your plan.</source>
        <translation>%1 is added to your plan.</translation>
    </message>
    <message>
        <source>This passphrase is too short: use at least %1 characters or digits.</source>
        <translation>This passphrase is too short: use at least %1 characters or digits.</translation>
    </message>
    <message>
        <source>This passphrase is too long: use at most 1024 characters.</source>
        <translation>This passphrase is too long: use at most 1024 characters.</translation>
    </message>
    <message>
        <source>%1 looks the same as the name of someone in this plan, %2, though some letters differ (from another alphabet, for example). Add something to tell them apart, such as a surname.</source>
        <translation>%1 looks the same as the name of someone in this plan, %2, though some letters differ (from another alphabet, for example). Add something to tell them apart, such as a surname.</translation>
    </message>
    <message>
        <source>New coordinator: %1</source>
        <translation>New coordinator: %1</translation>
    </message>
    <message>
        <source>This plan cannot be erased from this device.</source>
        <translation>This plan cannot be erased from this device.</translation>
    </message>
    <message>
        <source>This device is not connected to a service yet: samen-cli connect --service URL --enrol-code CODE</source>
        <translation>This device is not connected to a service yet: samen-cli connect --service URL --enrol-code CODE</translation>
    </message>
    <message numerus="yes">
        <source>Your caseload is in sync: %n plan(s).</source>
        <translation>
            <numerusform>Your caseload is in sync: %n plan.</numerusform>
            <numerusform>Your caseload is in sync: %n plans.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping every plan of your caseload in sync; stop with Ctrl+C.</source>
        <translation>Keeping every plan of your caseload in sync; stop with Ctrl+C.</translation>
    </message>
    <message>
        <source>This device holds your caseload: the plans of the citizens you work with. Erase one citizen's plan from this device with: samen-cli erase --plan PLAN_ID (or the citizen's name). The plan stays at the service and with the citizen. Your plans:</source>
        <translation>This device holds your caseload: the plans of the citizens you work with. Erase one citizen's plan from this device with: samen-cli erase --plan PLAN_ID (or the citizen's name). The plan stays at the service and with the citizen. Your plans:</translation>
    </message>
    <message>
        <source>Erase %1's plan from this device? It stays at the service. Type yes to go on:</source>
        <translation>Erase %1's plan from this device? It stays at the service. Type yes to go on:</translation>
    </message>
    <message>
        <source>The service is busy or has a problem right now. Your changes are kept and sent later.</source>
        <translation>The service is busy or has a problem right now. Your changes are kept and sent later.</translation>
    </message>
    <message>
        <source>The connection to the service failed.</source>
        <translation>The connection to the service failed.</translation>
    </message>
    <message>
        <source>The service's certificate was refused, so the connection would not be safe.</source>
        <translation>The service's certificate was refused, so the connection would not be safe.</translation>
    </message>
    <message>
        <source>Usage: samen-cli invite withdraw NAME</source>
        <translation>Usage: samen-cli invite withdraw NAME</translation>
    </message>
    <message>
        <source>An invitation id is up to 64 letters, digits, "-" or "_": see samen-cli invite list --json.</source>
        <translation>An invitation id is up to 64 letters, digits, "-" or "_": see samen-cli invite list --json.</translation>
    </message>
    <message numerus="yes">
        <source>%1 had %n invitations that were not used yet. All of them are withdrawn: their codes no longer work.</source>
        <translation>
            <numerusform>%1 had %n invitation that was not used yet. It is withdrawn: its code no longer works.</numerusform>
            <numerusform>%1 had %n invitations that were not used yet. All of them are withdrawn: their codes no longer work.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <comment>the name of a device connected with samen-cli</comment>
        <translation>%1 (command line)</translation>
    </message>
    <message>
        <source>GOAL TITLE [--owner NAME] [--due DATE]: a step of a goal (its title or the start of it), and who does it</source>
        <translation>GOAL TITLE [--owner NAME] [--due DATE]: a step of a goal (its title or the start of it), and who does it</translation>
    </message>
    <message>
        <source>TITLE --at DATE_TIME [--notes TEXT] and the options of meeting add: write down a meeting that already took place</source>
        <translation>TITLE --at DATE_TIME [--notes TEXT] and the options of meeting add: write down a meeting that already took place</translation>
    </message>
    <message>
        <source>--fhir FILE [--replace]: save the whole plan as one FHIR R4 file (only you can read it)</source>
        <translation>--fhir FILE [--replace]: save the whole plan as one FHIR R4 file (only you can read it)</translation>
    </message>
    <message>
        <source>--service URL [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE] [--device-name N], or LINK: enrol this device, register the plan (in an empty folder with the link or code of device add: your next device; with a professional's code: a caseload device)</source>
        <translation>--service URL [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE] [--device-name N], or LINK: enrol this device, register the plan (in an empty folder with the link or code of device add: your next device; with a professional's code: a caseload device)</translation>
    </message>
    <message>
        <source>a one-time code and link to connect your next device (connect LINK)</source>
        <translation>a one-time code and link to connect your next device (connect LINK)</translation>
    </message>
    <message>
        <source>NAME: the invitation for this person; its code no longer works</source>
        <translation>NAME: the invitation for this person; its code no longer works</translation>
    </message>
    <message>
        <source>The case service could not be reached, and this device has no copy of its access log: the file holds no access log.</source>
        <translation>The case service could not be reached, and this device has no copy of its access log: the file holds no access log.</translation>
    </message>
    <message>
        <source>The case service could not be reached: the access log in the file is the copy this device fetched on %1.</source>
        <translation>The case service could not be reached: the access log in the file is the copy this device fetched on %1.</translation>
    </message>
    <message>
        <source>Usage: samen-cli export --fhir FILE [--replace]</source>
        <translation>Usage: samen-cli export --fhir FILE [--replace]</translation>
    </message>
    <message>
        <source>%1 (no longer helps)</source>
        <translation>%1 (no longer helps)</translation>
    </message>
    <message>
        <source>Usage: samen-cli meeting record TITLE --at 2026-11-02T10:00 [--notes TEXT] [--minutes N] [--place P] [--video-link https://...] [--with NAME]... [--agenda DOMAIN]... [--point TEXT]...</source>
        <translation>Usage: samen-cli meeting record TITLE --at 2026-11-02T10:00 [--notes TEXT] [--minutes N] [--place P] [--video-link https://...] [--with NAME]... [--agenda DOMAIN]... [--point TEXT]...</translation>
    </message>
    <message>
        <source>Meeting recorded as held.</source>
        <translation>Meeting recorded as held.</translation>
    </message>
    <message>
        <source>Meeting planned.</source>
        <translation>Meeting planned.</translation>
    </message>
    <message>
        <source>%1 has an invitation already that is not used yet. To see it: samen-cli invite list. To give a new code, withdraw that one first (samen-cli invite withdraw %2), then invite again.</source>
        <translation>%1 has an invitation already that is not used yet. To see it: samen-cli invite list. To give a new code, withdraw that one first (samen-cli invite withdraw %2), then invite again.</translation>
    </message>
    <message>
        <source>In your plan, without Samen on a device of their own:</source>
        <translation>In your plan, without Samen on a device of their own:</translation>
    </message>
    <message>
        <source>The service's public key does not match the pin in the link from your other device. Nothing was sent: you may not be talking to the right service. Make a new code on your other device.</source>
        <translation>The service's public key does not match the pin in the link from your other device. Nothing was sent: you may not be talking to the right service. Make a new code on your other device.</translation>
    </message>
    <message>
        <source>Usage: samen-cli connect --service https://HOST:PORT [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE] [--device-name NAME]
   or: samen-cli connect LINK [--device-name NAME]  (the link your other device shows for your next device)</source>
        <translation>Usage: samen-cli connect --service https://HOST:PORT [--pin-sha256 HEX] [--ca-file PEM] [--enrol-code CODE] [--device-name NAME]
   or: samen-cli connect LINK [--device-name NAME]  (the link your other device shows for your next device)</translation>
    </message>
    <message>
        <source>A bare code does not say which service to connect to: add --service https://HOST:PORT.</source>
        <translation>A bare code does not say which service to connect to: add --service https://HOST:PORT.</translation>
    </message>
    <message>
        <source>%1  enrolled %2%3%4</source>
        <translation>%1  enrolled %2%3%4</translation>
    </message>
    <message>
        <source>%1 fits more than one: %2. Nothing was saved. Type more of the title.</source>
        <translation>%1 fits more than one: %2. Nothing was saved. Type more of the title.</translation>
    </message>
    <message>
        <source>%1 (goal: %2)</source>
        <translation>%1 (goal: %2)</translation>
    </message>
    <message>
        <source>More than one person in this plan is called %1. Nothing was saved. Use their id instead: samen-cli member list --json shows it.</source>
        <translation>More than one person in this plan is called %1. Nothing was saved. Use their id instead: samen-cli member list --json shows it.</translation>
    </message>
    <message>
        <source>Goal added: %1</source>
        <translation>Goal added: %1</translation>
    </message>
    <message>
        <source>Usage: samen-cli step add GOAL TITLE [--owner NAME] [--due YYYY-MM-DD] (GOAL: its title or the start of it)</source>
        <translation>Usage: samen-cli step add GOAL TITLE [--owner NAME] [--due YYYY-MM-DD] (GOAL: its title or the start of it)</translation>
    </message>
    <message>
        <source>There is no goal called %1. samen-cli goal list shows the goals.</source>
        <translation>There is no goal called %1. samen-cli goal list shows the goals.</translation>
    </message>
    <message>
        <source>Step added to %1: %2</source>
        <translation>Step added to %1: %2</translation>
    </message>
    <message>
        <source>There is no step called %1. samen-cli goal list shows the steps.</source>
        <translation>There is no step called %1. samen-cli goal list shows the steps.</translation>
    </message>
    <message>
        <source>This time has already passed: a meeting is planned for a time still to come. To write down a meeting that already took place, record it as held.</source>
        <translation>This time has already passed: a meeting is planned for a time still to come. To write down a meeting that already took place, record it as held.</translation>
    </message>
    <message>
        <source>This meeting has not started yet, so it cannot be marked as held. Do that once it has taken place.</source>
        <translation>This meeting has not started yet, so it cannot be marked as held. Do that once it has taken place.</translation>
    </message>
    <message>
        <source>network</source>
        <comment>the kind of a person in the plan, as typed: someone of the citizen's own network</comment>
        <translation>network</translation>
    </message>
    <message>
        <source>Say the relation with one of these words: %1.</source>
        <translation>Say the relation with one of these words: %1.</translation>
    </message>
    <message>
        <source>Say the kind of person with one of these words: %1 (someone close, such as family, a friend or a neighbour) or %2 (someone who helps for their work, such as a social worker).</source>
        <translation>Say the kind of person with one of these words: %1 (someone close, such as family, a friend or a neighbour) or %2 (someone who helps for their work, such as a social worker).</translation>
    </message>
    <message>
        <source>An entry of the access log in the file cannot be read.</source>
        <translation>An entry of the access log in the file cannot be read.</translation>
    </message>
    <message>
        <source>There is already a file %1. Choose another name, or add --replace to write over it.</source>
        <translation>There is already a file %1. Choose another name, or add --replace to write over it.</translation>
    </message>
    <message>
        <source>A meeting in the file is marked as held, but it starts later than now.</source>
        <translation>A meeting in the file is marked as held, but it starts later than now.</translation>
    </message>
    <message>
        <source>How it is going and which life domain comes first are for the plan's owner to say. Nothing was saved.</source>
        <translation>How it is going and which life domain comes first are for the plan's owner to say. Nothing was saved.</translation>
    </message>
    <message>
        <source>Could not open %1. Check the name of the file, or choose another file.</source>
        <translation>Could not open %1. Check the name of the file, or choose another file.</translation>
    </message>
    <message>
        <source>It is %1 MB, and a plan file from Samen is at most %2 MB. Choose the file Samen saved when you took your plan with you.</source>
        <translation>It is %1 MB, and a plan file from Samen is at most %2 MB. Choose the file Samen saved when you took your plan with you.</translation>
    </message>
    <message>
        <source>%1 did not let you into their plan. It is no longer in your caseload; nothing of the plan was shared with this device. If you think this is a mistake, ask %1 for a new invitation.</source>
        <translation>%1 did not let you into their plan. It is no longer in your caseload; nothing of the plan was shared with this device. If you think this is a mistake, ask %1 for a new invitation.</translation>
    </message>
    <message>
        <source>%1's plan could not be read on this device, so it was fetched again from the service. The damaged file is kept in %2.</source>
        <translation>%1's plan could not be read on this device, so it was fetched again from the service. The damaged file is kept in %2.</translation>
    </message>
    <message>
        <source>Some changes you had made there and not sent yet could not be read; make them again.</source>
        <translation>Some changes you had made there and not sent yet could not be read; make them again.</translation>
    </message>
    <message>
        <source>This enrolment code is not known, was used already, or has expired. Ask for a new one: a professional from the service's administrator, a person from their other device.</source>
        <translation>This enrolment code is not known, was used already, or has expired. Ask for a new one: a professional from the service's administrator, a person from their other device.</translation>
    </message>
    <message>
        <source> The others in the plan see at their next sync that %1 no longer helps.</source>
        <translation> The others in the plan see at their next sync that %1 no longer helps.</translation>
    </message>
    <message>
        <source> The others in the plan see that %1 no longer helps once this device has synced (samen-cli sync).</source>
        <translation> The others in the plan see that %1 no longer helps once this device has synced (samen-cli sync).</translation>
    </message>
    <message>
        <source>This link is for a person's next device of their own, not an invitation to a citizen's plan: a professional's device cannot take it up. Nothing was changed. To add a plan to your caseload, ask the citizen for an invitation.</source>
        <translation>This link is for a person's next device of their own, not an invitation to a citizen's plan: a professional's device cannot take it up. Nothing was changed. To add a plan to your caseload, ask the citizen for an invitation.</translation>
    </message>
    <message>
        <source>This invitation is for the service at %1, and this professional's device is enrolled at %2. A caseload holds the plans of its own service only. Nothing was changed: ask the citizen or your administrator which service the plan is at.</source>
        <translation>This invitation is for the service at %1, and this professional's device is enrolled at %2. A caseload holds the plans of its own service only. Nothing was changed: ask the citizen or your administrator which service the plan is at.</translation>
    </message>
    <message>
        <source>You are in %1's plan already: it is in your caseload (samen-cli caseload). The invitation was not used; %1 may withdraw it.</source>
        <translation>You are in %1's plan already: it is in your caseload (samen-cli caseload). The invitation was not used; %1 may withdraw it.</translation>
    </message>
    <message>
        <source>AGREEMENT --status open|done|dropped [--note TEXT] [--next DATE] [--who NAME]: how an agreement went, and who takes it on</source>
        <translation>AGREEMENT --status open|done|dropped [--note TEXT] [--next DATE] [--who NAME]: how an agreement went, and who takes it on</translation>
    </message>
    <message>
        <source>Erasing takes you out of the plan "%1": you leave it at the service (its owner sees that you left, and what you could see ends), and your copy is deleted from this device. The plan itself belongs to its owner: it stays at the service and with the others.</source>
        <translation>Erasing takes you out of the plan "%1": you leave it at the service (its owner sees that you left, and what you could see ends), and your copy is deleted from this device. The plan itself belongs to its owner: it stays at the service and with the others.</translation>
    </message>
    <message>
        <source>This cannot be undone. To help with this plan again later, ask its owner for a new invitation.</source>
        <translation>This cannot be undone. To help with this plan again later, ask its owner for a new invitation.</translation>
    </message>
    <message>
        <source>You could not leave the plan at the service, so nothing was erased. %1 Try again when the service can be reached, or erase only this device's copy with: samen-cli erase --this-device-only (you then stay a member until the owner removes you).</source>
        <translation>You could not leave the plan at the service, so nothing was erased. %1 Try again when the service can be reached, or erase only this device's copy with: samen-cli erase --this-device-only (you then stay a member until the owner removes you).</translation>
    </message>
    <message>
        <source>You left the plan at the service; its owner sees that you left. The plan stays with its owner.</source>
        <translation>You left the plan at the service; its owner sees that you left. The plan stays with its owner.</translation>
    </message>
    <message>
        <source>It stays at the service and with its owner. You are still a member there, but this device can no longer reach it: ask the owner to remove you, or for a new invitation.</source>
        <translation>It stays at the service and with its owner. You are still a member there, but this device can no longer reach it: ask the owner to remove you, or for a new invitation.</translation>
    </message>
    <message>
        <source>To help with this plan again: ask its owner for a new invitation, then samen-cli join CODE.</source>
        <translation>To help with this plan again: ask its owner for a new invitation, then samen-cli join CODE.</translation>
    </message>
    <message>
        <source>What %1 shares with you of their plan is saved in %2 (FHIR R4, %3 records). It is %1's data: keep it safe, and only as long as your work with %1 needs it.</source>
        <translation>What %1 shares with you of their plan is saved in %2 (FHIR R4, %3 records). It is %1's data: keep it safe, and only as long as your work with %1 needs it.</translation>
    </message>
    <message>
        <source>; who: %1, who no longer helps (choose someone else: agreement evaluate --who NAME)</source>
        <translation>; who: %1, who no longer helps (choose someone else: agreement evaluate --who NAME)</translation>
    </message>
    <message>
        <source>Usage: samen-cli agreement evaluate AGREEMENT --status open|done|dropped [--note TEXT] [--next DATE] [--who NAME]</source>
        <translation>Usage: samen-cli agreement evaluate AGREEMENT --status open|done|dropped [--note TEXT] [--next DATE] [--who NAME]</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Nothing has changed yet.</translation>
    </message>
    <message>
        <source>this is a professional's account: registered with the service as %1 of %2</source>
        <translation>this is a professional's account: registered with the service as %1 of %2</translation>
    </message>
    <message>
        <source>%1's plan could not be repaired: %2</source>
        <translation>%1's plan could not be repaired: %2</translation>
    </message>
    <message>
        <source>%1's plan could not be read on this device. The damaged file is kept in %2.</source>
        <translation>%1's plan could not be read on this device. The damaged file is kept in %2.</translation>
    </message>
    <message>
        <source>It was fetched again from the service (%1 changes received, %2 sent).</source>
        <translation>It was fetched again from the service (%1 changes received, %2 sent).</translation>
    </message>
    <message>
        <source>It could not be fetched from the service yet: %1
Next step: samen-cli sync</source>
        <translation>It could not be fetched from the service yet: %1
Next step: samen-cli sync</translation>
    </message>
    <message>
        <source>Every plan on this device can be read: there is nothing to repair.</source>
        <translation>Every plan on this device can be read: there is nothing to repair.</translation>
    </message>
    <message>
        <source>This plan can be read on this device: there is nothing to repair.</source>
        <translation>This plan can be read on this device: there is nothing to repair.</translation>
    </message>
    <message>
        <source>This professional's device is connected already; the enrolment code was not used. A code makes a new device: use it in an empty data folder.</source>
        <translation>This professional's device is connected already; the enrolment code was not used. A code makes a new device: use it in an empty data folder.</translation>
    </message>
    <message>
        <source>This folder holds a plan already, so an enrolment code has nothing to do here; it was not used. A code makes a new device: use it in an empty data folder (a professional's code makes a professional's device there). To connect this plan: samen-cli connect --service URL</source>
        <translation>This folder holds a plan already, so an enrolment code has nothing to do here; it was not used. A code makes a new device: use it in an empty data folder (a professional's code makes a professional's device there). To connect this plan: samen-cli connect --service URL</translation>
    </message>
    <message>
        <source>This plan has no life domain called %1. Choose one of: %2.</source>
        <translation>This plan has no life domain called %1. Choose one of: %2.</translation>
    </message>
    <message>
        <source>%1 has not been let in to your plan yet. Let them in first; then they can keep the overview.</source>
        <translation>%1 has not been let in to your plan yet. Let them in first; then they can keep the overview.</translation>
    </message>
    <message>
        <source>%1 no longer helps with this plan. Choose someone who helps now.</source>
        <translation>%1 no longer helps with this plan. Choose someone who helps now.</translation>
    </message>
    <message>
        <source>a citizen (still waiting to be let in)</source>
        <translation>a citizen (still waiting to be let in)</translation>
    </message>
    <message>
        <source>Added to this device, as you are in these plans at the service: %1.</source>
        <translation>Added to this device, as you are in these plans at the service: %1.</translation>
    </message>
    <message>
        <source>This folder is not a professional's device, so it has no caseload.</source>
        <translation>This folder is not a professional's device, so it has no caseload.</translation>
    </message>
    <message>
        <source>Every plan you are in at the service is on this device already.</source>
        <translation>Every plan you are in at the service is on this device already.</translation>
    </message>
    <message>
        <source>Connected to %1 as a professional's device.</source>
        <translation>Connected to %1 as a professional's device.</translation>
    </message>
    <message>
        <source>The plans you are in could not be fetched yet (%1). Next step: samen-cli sync</source>
        <translation>The plans you are in could not be fetched yet (%1). Next step: samen-cli sync</translation>
    </message>
    <message>
        <source>Your caseload is empty.</source>
        <translation>Your caseload is empty.</translation>
    </message>
    <message>
        <source>Next step: join a citizen's plan with the code they gave you: samen-cli join CODE</source>
        <translation>Next step: join a citizen's plan with the code they gave you: samen-cli join CODE</translation>
    </message>
    <message>
        <source>The service has you in %1's plan already, though the plan is not on this device. The invitation was not used. To have the plan here: samen-cli caseload restore</source>
        <translation>The service has you in %1's plan already, though the plan is not on this device. The invitation was not used. To have the plan here: samen-cli caseload restore</translation>
    </message>
    <message>
        <source>%1's plan is erased from this device. It stays at the service and with %1, and you are still in it there; it does not come back here on its own. To have it here again: samen-cli caseload restore</source>
        <translation>%1's plan is erased from this device. It stays at the service and with %1, and you are still in it there; it does not come back here on its own. To have it here again: samen-cli caseload restore</translation>
    </message>
    <message>
        <source>%1 no longer shares anything of their plan with you. You are still in the plan, so it stays in your caseload; what %1 shares with you again shows here.</source>
        <translation>%1 no longer shares anything of their plan with you. You are still in the plan, so it stays in your caseload; what %1 shares with you again shows here.</translation>
    </message>
    <message>
        <source>%1's plan was missing or empty on this device, so it was fetched again from the service.</source>
        <translation>%1's plan was missing or empty on this device, so it was fetched again from the service.</translation>
    </message>
    <message>
        <source>Another plan is for someone of this name too; this one: %1 (--plan %2)</source>
        <translation>Another plan is for someone of this name too; this one: %1 (--plan %2)</translation>
    </message>
    <message>
        <source>%1 no longer shares anything of the plan with you. You are still in the plan.</source>
        <translation>%1 no longer shares anything of the plan with you. You are still in the plan.</translation>
    </message>
    <message>
        <source>%1 (was due %2: overdue)</source>
        <translation>%1 (was due %2: overdue)</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (due %2)</translation>
    </message>
    <message numerus="yes">
        <source>Not accepted by the service: %n change(s) you made. See why: samen-cli --plan %1 sync status</source>
        <translation>
            <numerusform>Not accepted by the service: %n change you made. See why: samen-cli --plan %1 sync status</numerusform>
            <numerusform>Not accepted by the service: %n changes you made. See why: samen-cli --plan %1 sync status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %1's plan the service did not accept %n change(s) you made. See why: samen-cli --plan %2 sync status</source>
        <translation>
            <numerusform>In %1's plan the service did not accept %n change you made. See why: samen-cli --plan %2 sync status</numerusform>
            <numerusform>In %1's plan the service did not accept %n changes you made. See why: samen-cli --plan %2 sync status</numerusform>
        </translation>
    </message>
    <message>
        <source>choose a new passphrase (asked in a terminal; else SAMEN_NEW_PASSPHRASE)</source>
        <translation>choose a new passphrase (asked in a terminal; else SAMEN_NEW_PASSPHRASE)</translation>
    </message>
    <message>
        <source>--plan needs a value: the plan's id or the citizen's name.</source>
        <translation>--plan needs a value: the plan's id or the citizen's name.</translation>
    </message>
    <message>
        <source>No new passphrase: set SAMEN_NEW_PASSPHRASE (and SAMEN_PASSPHRASE for the current one), or run samen-cli in a terminal. Nothing was changed.</source>
        <translation>No new passphrase: set SAMEN_NEW_PASSPHRASE (and SAMEN_PASSPHRASE for the current one), or run samen-cli in a terminal. Nothing was changed.</translation>
    </message>
    <message>
        <source>This part of the plan is not shared with you: you may not see or change it. Nothing was saved.</source>
        <translation>This part of the plan is not shared with you: you may not see or change it. Nothing was saved.</translation>
    </message>
    <message>
        <source>More than one plan is for someone called %1. Choose one by typing its --plan as shown:</source>
        <translation>More than one plan is for someone called %1. Choose one by typing its --plan as shown:</translation>
    </message>
    <message>
        <source>you may see %1</source>
        <translation>you may see %1</translation>
    </message>
    <message>
        <source>waiting to be let in</source>
        <translation>waiting to be let in</translation>
    </message>
    <message>
        <source>in your caseload since %1</source>
        <translation>in your caseload since %1</translation>
    </message>
    <message>
        <source>You left %1's plan: %1 sees that you left. It is no longer in your caseload or on this device, and your other devices let it go at their next sync. To help %1 again, ask %1 for a new invitation.</source>
        <translation>You left %1's plan: %1 sees that you left. It is no longer in your caseload or on this device, and your other devices let it go at their next sync. To help %1 again, ask %1 for a new invitation.</translation>
    </message>
    <message>
        <source>This device cannot tell the service who you are in this plan, so you did not leave it. Nothing was changed: let the next sync fetch the plan again, then try again.</source>
        <translation>This device cannot tell the service who you are in this plan, so you did not leave it. Nothing was changed: let the next sync fetch the plan again, then try again.</translation>
    </message>
    <message>
        <source>The case service could not be reached, so you did not leave %1's plan. Nothing was changed: try again when you are online.</source>
        <translation>The case service could not be reached, so you did not leave %1's plan. Nothing was changed: try again when you are online.</translation>
    </message>
    <message>
        <source>The case service did not let you leave %1's plan. Nothing was changed. %2</source>
        <translation>The case service did not let you leave %1's plan. Nothing was changed. %2</translation>
    </message>
    <message>
        <source>This device is not connected to a service, so you cannot leave a plan from it.</source>
        <translation>This device is not connected to a service, so you cannot leave a plan from it.</translation>
    </message>
    <message>
        <source>This caseload has no case service to connect to.</source>
        <translation>This caseload has no case service to connect to.</translation>
    </message>
    <message>
        <source>Type or paste the new enrolment code.</source>
        <translation>Type or paste the new enrolment code.</translation>
    </message>
    <message>
        <source>Work device</source>
        <translation>Work device</translation>
    </message>
    <message>
        <source>This code is for a person's own device, not for a professional's: this device was not connected. Ask your administrator for a professional's enrolment code.</source>
        <translation>This code is for a person's own device, not for a professional's: this device was not connected. Ask your administrator for a professional's enrolment code.</translation>
    </message>
    <message>
        <source>Usage: samen-cli caseload [--search NAME]
   or: samen-cli caseload restore
   or: samen-cli caseload leave --plan PLAN [--yes]</source>
        <translation>Usage: samen-cli caseload [--search NAME]
   or: samen-cli caseload restore
   or: samen-cli caseload leave --plan PLAN [--yes]</translation>
    </message>
    <message>
        <source>Say which citizen's plan you leave: samen-cli caseload leave --plan PLAN_ID (or the citizen's name). Your plans:</source>
        <translation>Say which citizen's plan you leave: samen-cli caseload leave --plan PLAN_ID (or the citizen's name). Your plans:</translation>
    </message>
    <message>
        <source>Leaving %1's plan closes your part in it: %1 sees that you left, and what you could see and change ends. The plan is removed from this device and from your other devices. The plan itself stays with %1. To help %1 again later, you need a new invitation.</source>
        <translation>Leaving %1's plan closes your part in it: %1 sees that you left, and what you could see and change ends. The plan is removed from this device and from your other devices. The plan itself stays with %1. To help %1 again later, you need a new invitation.</translation>
    </message>
    <message>
        <source>Leave %1's plan? Type yes to go on:</source>
        <translation>Leave %1's plan? Type yes to go on:</translation>
    </message>
    <message>
        <source>Connected again to %1 as a professional's device.</source>
        <translation>Connected again to %1 as a professional's device.</translation>
    </message>
    <message numerus="yes">
        <source>Your caseload: %n plan(s). See them with: samen-cli caseload</source>
        <translation>
            <numerusform>Your caseload: %n plan. See it with: samen-cli caseload</numerusform>
            <numerusform>Your caseload: %n plans. See them with: samen-cli caseload</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage on a professional's device: samen-cli sync status [--plan PLAN_ID]</source>
        <translation>Usage on a professional's device: samen-cli sync status [--plan PLAN_ID]</translation>
    </message>
    <message numerus="yes">
        <source>Your caseload: %n plan(s), kept in sync with %1.</source>
        <translation>
            <numerusform>Your caseload: %n plan, kept in sync with %1.</numerusform>
            <numerusform>Your caseload: %n plans, kept in sync with %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the service since %1. Changes are kept here and sent later.</source>
        <translation>No connection to the service since %1. Changes are kept here and sent later.</translation>
    </message>
    <message>
        <source>The last sync did not work: %1</source>
        <translation>The last sync did not work: %1</translation>
    </message>
    <message>
        <source>No sync of the whole caseload has run on this device yet: samen-cli sync</source>
        <translation>No sync of the whole caseload has run on this device yet: samen-cli sync</translation>
    </message>
    <message>
        <source>Last sync of every plan: %1.</source>
        <translation>Last sync of every plan: %1.</translation>
    </message>
    <message>
        <source>Waiting to be let in: %1.</source>
        <translation>Waiting to be let in: %1.</translation>
    </message>
    <message>
        <source>Still to send or fetch at the next sync: %1.</source>
        <translation>Still to send or fetch at the next sync: %1.</translation>
    </message>
    <message>
        <source>Every plan is up to date.</source>
        <translation>Every plan is up to date.</translation>
    </message>
    <message>
        <source>Notices:</source>
        <translation>Notices:</translation>
    </message>
    <message>
        <source>One plan's status: samen-cli --plan NAME sync status</source>
        <translation>One plan's status: samen-cli --plan NAME sync status</translation>
    </message>
    <message>
        <source>synced, changes waiting, offline since, refused changes; on a professional's device the whole caseload (--plan: one plan)</source>
        <translation>synced, changes waiting, offline since, refused changes; on a professional's device the whole caseload (--plan: one plan)</translation>
    </message>
    <message>
        <source>To share it: %1
To give the step to someone else: %2
Who is in the plan: %3</source>
        <translation>To share it: %1
To give the step to someone else: %2
Who is in the plan: %3</translation>
    </message>
    <message>
        <source>%1 cannot see %2: share %2 with %1 first, or give the step to someone else.</source>
        <translation>%1 cannot see %2: share %2 with %1 first, or give the step to someone else.</translation>
    </message>
    <message>
        <source>Changes you made in %1's plan could not be sent, so you did not leave it: leaving would lose them. %2</source>
        <translation>Changes you made in %1's plan could not be sent, so you did not leave it: leaving would lose them. %2</translation>
    </message>
    <message>
        <source>Changes you made in %1's plan have not been sent yet, so you did not leave it: leaving would lose them. Nothing was changed: try again when you are online.</source>
        <translation>Changes you made in %1's plan have not been sent yet, so you did not leave it: leaving would lose them. Nothing was changed: try again when you are online.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made in this plan have not been sent yet: they are sent first, and if that cannot be done now, you stay in the plan.</source>
        <translation>
            <numerusform>%n change you made in this plan has not been sent yet: it is sent first, and if that cannot be done now, you stay in the plan.</numerusform>
            <numerusform>%n changes you made in this plan have not been sent yet: they are sent first, and if that cannot be done now, you stay in the plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>STEP [--undo]: mark a step done, or not done after all (its title or the start of it)</source>
        <translation>STEP [--undo]: mark a step done, or not done after all (its title or the start of it)</translation>
    </message>
    <message>
        <source>once it is shared, %1 sends it again; %2 drops it.</source>
        <translation>once it is shared, %1 sends it again; %2 drops it.</translation>
    </message>
    <message>
        <source>Usage: samen-cli step done STEP [--undo] (its title or the start of it)</source>
        <translation>Usage: samen-cli step done STEP [--undo] (its title or the start of it)</translation>
    </message>
    <message>
        <source>"%1" is open again: it is no longer ticked off.</source>
        <translation>"%1" is open again: it is no longer ticked off.</translation>
    </message>
    <message>
        <source>Step not done after all</source>
        <translation>Step not done after all</translation>
    </message>
    <message>
        <source>You are in %1's plan already: it is in your caseload. The invitation was not used; %1 may withdraw it.</source>
        <translation>You are in %1's plan already: it is in your caseload. The invitation was not used; %1 may withdraw it.</translation>
    </message>
    <message>
        <source>This device was disconnected from the case service: it was revoked, by your administrator or from another device of yours. A disconnected device is no longer trusted with citizens' plans, so they were removed from it; they are still at the service. To work with them again, ask your administrator for a new enrolment code for your existing account, not for a new account (a new account starts empty), or make one on another device of yours; then connect this device again with it.</source>
        <translation>This device was disconnected from the case service: it was revoked, by your administrator or from another device of yours. A disconnected device is no longer trusted with citizens' plans, so they were removed from it; they are still at the service. To work with them again, ask your administrator for a new enrolment code for your existing account, not for a new account (a new account starts empty), or make one on another device of yours; then connect this device again with it.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is waiting to be sent, but the service did not accept %n change(s) you made.</source>
        <translation>
            <numerusform>Nothing is waiting to be sent, but the service did not accept %n change you made.</numerusform>
            <numerusform>Nothing is waiting to be sent, but the service did not accept %n changes you made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service did not accept %n change(s) you made.</source>
        <translation>
            <numerusform>The service did not accept %n change you made.</numerusform>
            <numerusform>The service did not accept %n changes you made.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the plan's owner can see the invitations.</source>
        <translation>Only the plan's owner can see the invitations.</translation>
    </message>
    <message>
        <source>Only the plan's owner can withdraw an invitation.</source>
        <translation>Only the plan's owner can withdraw an invitation.</translation>
    </message>
    <message>
        <source>Only the plan's owner can change what someone may see and change.</source>
        <translation>Only the plan's owner can change what someone may see and change.</translation>
    </message>
    <message>
        <source>Only the plan's owner can remove someone from the plan.</source>
        <translation>Only the plan's owner can remove someone from the plan.</translation>
    </message>
    <message>
        <source>One-time code and link for your next device (valid until %1, not shown again):
Code: %2
Link: %3
On that device, in a new data folder: samen-cli --data-dir NEW_FOLDER connect LINK</source>
        <translation>One-time code and link for your next device (valid until %1, not shown again):
Code: %2
Link: %3
On that device, in a new data folder: samen-cli --data-dir NEW_FOLDER connect LINK</translation>
    </message>
    <message>
        <source>no role given</source>
        <translation>no role given</translation>
    </message>
    <message>
        <source>This folder is not a professional's device, so it has no caseload.
To make one in an empty folder: samen-cli --data-dir EMPTY_FOLDER connect --service URL --enrol-code CODE</source>
        <translation>This folder is not a professional's device, so it has no caseload.
To make one in an empty folder: samen-cli --data-dir EMPTY_FOLDER connect --service URL --enrol-code CODE</translation>
    </message>
    <message>
        <source>The case service cannot be reached right now. Nothing was lost: what is on this device stays here. Try again later.</source>
        <translation>The case service cannot be reached right now. Nothing was lost: what is on this device stays here. Try again later.</translation>
    </message>
    <message>
        <source>Only the plan's owner can invite someone.</source>
        <translation>Only the plan's owner can invite someone.</translation>
    </message>
    <message>
        <source>This link is for your own next device, not an invitation: there is nothing to preview and no name to give. In a new data folder: samen-cli --data-dir NEW_FOLDER connect LINK</source>
        <translation>This link is for your own next device, not an invitation: there is nothing to preview and no name to give. In a new data folder: samen-cli --data-dir NEW_FOLDER connect LINK</translation>
    </message>
    <message>
        <source>Only the plan's owner can let someone in.</source>
        <translation>Only the plan's owner can let someone in.</translation>
    </message>
    <message>
        <source>Only the plan's owner can decide not to let someone in.</source>
        <translation>Only the plan's owner can decide not to let someone in.</translation>
    </message>
    <message>
        <source>There is no life domain %1 in this plan. See samen-cli domain list.</source>
        <translation>There is no life domain %1 in this plan. See samen-cli domain list.</translation>
    </message>
    <message>
        <source>This device's connection to a service could not be read from the damaged file, so the plan cannot be fetched again from here. Join the plan again with a code from its owner (samen-cli join CODE --service URL), or, for your own plan, add this device from your other device (device add there, then samen-cli connect --enrol-code CODE --service URL here).</source>
        <translation>This device's connection to a service could not be read from the damaged file, so the plan cannot be fetched again from here. Join the plan again with a code from its owner (samen-cli join CODE --service URL), or, for your own plan, add this device from your other device (device add there, then samen-cli connect --enrol-code CODE --service URL here).</translation>
    </message>
    <message>
        <source>This is an invitation to someone's plan, not a link for your own next device. To accept it, in a new data folder: samen-cli --data-dir NEW_FOLDER join LINK</source>
        <translation>This is an invitation to someone's plan, not a link for your own next device. To accept it, in a new data folder: samen-cli --data-dir NEW_FOLDER join LINK</translation>
    </message>
    <message>
        <source>See why: samen-cli sync status</source>
        <translation>See why: samen-cli sync status</translation>
    </message>
    <message>
        <source>No goals yet. You may read this plan but not change it, so you cannot add goals: the plan's owner can, or someone they let change a life domain.</source>
        <translation>No goals yet. You may read this plan but not change it, so you cannot add goals: the plan's owner can, or someone they let change a life domain.</translation>
    </message>
    <message>
        <source>The service's certificate has expired, or this device's date and time are wrong: check them first.</source>
        <translation>The service's certificate has expired, or this device's date and time are wrong: check them first.</translation>
    </message>
    <message>
        <source>(This %1: %2.)</source>
        <translation>(This %1: %2.)</translation>
    </message>
    <message>
        <source>Still busy with the service after %1 seconds. If it does not answer, Samen keeps trying for a while. To stop, press Ctrl+C: nothing on this device is lost.</source>
        <translation>Still busy with the service after %1 seconds. If it does not answer, Samen keeps trying for a while. To stop, press Ctrl+C: nothing on this device is lost.</translation>
    </message>
    <message>
        <source>This device's caseload file (device.db in %1) is damaged or incomplete, so your caseload cannot be opened here. Nothing was changed. The citizens' plans are safe at the service; only changes made here and not sent yet may be lost.
To work again: keep this folder aside (rename it), ask your administrator to revoke this device and give you a new enrolment code, and connect again with that code in an empty folder. Your plans come back at its first sync.</source>
        <translation>This device's caseload file (device.db in %1) is damaged or incomplete, so your caseload cannot be opened here. Nothing was changed. The citizens' plans are safe at the service; only changes made here and not sent yet may be lost.
To work again: keep this folder aside (rename it), ask your administrator to revoke this device and give you a new enrolment code, and connect again with that code in an empty folder. Your plans come back at its first sync.</translation>
    </message>
    <message>
        <source>To add the plan to your caseload: samen-cli join %1</source>
        <translation>To add the plan to your caseload: samen-cli join %1</translation>
    </message>
    <message>
        <source>To accept: samen-cli join %1
To be shown in the plan under another name, add: --name "YOUR NAME"</source>
        <translation>To accept: samen-cli join %1
To be shown in the plan under another name, add: --name "YOUR NAME"</translation>
    </message>
    <message>
        <source>Usage on a professional's device: samen-cli join LINK_OR_CODE [--preview] [--name NAME]</source>
        <translation>Usage on a professional's device: samen-cli join LINK_OR_CODE [--preview] [--name NAME]</translation>
    </message>
    <message>
        <source>This professional's device is enrolled already, so the enrolment code was not used (a code that enrolled it before is used up).</source>
        <translation>This professional's device is enrolled already, so the enrolment code was not used (a code that enrolled it before is used up).</translation>
    </message>
    <message>
        <source>The device keeps the name it was enrolled with: --device-name was not used.</source>
        <translation>The device keeps the name it was enrolled with: --device-name was not used.</translation>
    </message>
    <message>
        <source>Enrolled: this folder is now your professional's device at %1 (the enrolment code is used up). Join each citizen's plan here with the code they give you.</source>
        <translation>Enrolled: this folder is now your professional's device at %1 (the enrolment code is used up). Join each citizen's plan here with the code they give you.</translation>
    </message>
    <message>
        <source>This folder stays connected to the service (the enrolment code is used up): join again here with a right or new invitation code; the enrolment code is not needed again.</source>
        <translation>This folder stays connected to the service (the enrolment code is used up): join again here with a right or new invitation code; the enrolment code is not needed again.</translation>
    </message>
    <message>
        <source>You used this invitation already: %1's plan is in your caseload, waiting for %1 to let you in. Nothing else is needed; once %1 has, run samen-cli sync.</source>
        <translation>You used this invitation already: %1's plan is in your caseload, waiting for %1 to let you in. Nothing else is needed; once %1 has, run samen-cli sync.</translation>
    </message>
    <message>
        <source>You used this invitation already: %1's plan is in your caseload (samen-cli caseload).</source>
        <translation>You used this invitation already: %1's plan is in your caseload (samen-cli caseload).</translation>
    </message>
    <message>
        <source>Connect again with: samen-cli connect --enrol-code CODE (a code for your existing account from your administrator, or from device add on another device of yours).</source>
        <translation>Connect again with: samen-cli connect --enrol-code CODE (a code for your existing account from your administrator, or from device add on another device of yours).</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1 of %n plan(s).</source>
        <translation>
            <numerusform>Synced %1 of %n plan.</numerusform>
            <numerusform>Synced %1 of %n plans.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes received: %1, sent: %2.</source>
        <translation>Changes received: %1, sent: %2.</translation>
    </message>
    <message>
        <source>The plan is not in your caseload yet. To add it: samen-cli join %1</source>
        <translation>The plan is not in your caseload yet. To add it: samen-cli join %1</translation>
    </message>
    <message>
        <source>This device does not know its service: add --service https://HOST:PORT.</source>
        <translation>This device does not know its service: add --service https://HOST:PORT.</translation>
    </message>
    <message>
        <source>%1 joined with your invitation and is waiting for you to let them in.
Next step: samen-cli member let-in %2 (or: samen-cli member decline %2)</source>
        <translation>%1 joined with your invitation and is waiting for you to let them in.
Next step: samen-cli member let-in %2 (or: samen-cli member decline %2)</translation>
    </message>
    <message>
        <source>This device trusts its service as it did when it was enrolled: --ca-file and --pin-sha256 were not used.</source>
        <translation>This device trusts its service as it did when it was enrolled: --ca-file and --pin-sha256 were not used.</translation>
    </message>
    <message>
        <source>Every command: samen-cli help</source>
        <translation>Every command: samen-cli help</translation>
    </message>
    <message>
        <source>This invitation from %1 is for someone in their own circle (%2), not for a professional: a professional's device does not take it up, and it was not used. If %1 meant you as a professional, ask for an invitation for a professional.</source>
        <translation>This invitation from %1 is for someone in their own circle (%2), not for a professional: a professional's device does not take it up, and it was not used. If %1 meant you as a professional, ask for an invitation for a professional.</translation>
    </message>
    <message>
        <source>You asked to join %1's plan already: it is in your caseload, waiting for %1 to let you in. The invitation was not used; %1 may withdraw it.</source>
        <translation>You asked to join %1's plan already: it is in your caseload, waiting for %1 to let you in. The invitation was not used; %1 may withdraw it.</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>the owner</translation>
    </message>
    <message>
        <source>Your request to join is taken back: %1 no longer sees you waiting.</source>
        <translation>Your request to join is taken back: %1 no longer sees you waiting.</translation>
    </message>
    <message>
        <source>Only the start of the plan file (the salt of its key) was damaged. It was written back from its copy, and nothing was lost. The file as it was found is kept in %1.</source>
        <translation>Only the start of the plan file (the salt of its key) was damaged. It was written back from its copy, and nothing was lost. The file as it was found is kept in %1.</translation>
    </message>
    <message>
        <source>%1's plan: %2</source>
        <translation>%1's plan: %2</translation>
    </message>
    <message>
        <source>There is no copy of the plan file's salt to restore.</source>
        <translation>There is no copy of the plan file's salt to restore.</translation>
    </message>
    <message>
        <source>The plan file could not be written. Nothing was changed.</source>
        <translation>The plan file could not be written. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is revoked: it can no longer sign in to the service. At its next contact it deletes the citizens' plans it holds.</source>
        <translation>%1 is revoked: it can no longer sign in to the service. At its next contact it deletes the citizens' plans it holds.</translation>
    </message>
    <message>
        <source>--domain KEY TITLE [--why TEXT] [--due DATE]: add a goal</source>
        <translation>--domain KEY TITLE [--why TEXT] [--due DATE]: add a goal</translation>
    </message>
    <message>
        <source>--kind KIND --name N [--organisation O] [--role R] [--domains K,...]: add someone to the plan</source>
        <translation>--kind KIND --name N [--organisation O] [--role R] [--domains K,...]: add someone to the plan</translation>
    </message>
    <message>
        <source>The passphrase is wrong, so the plan file could not be repaired. Nothing was changed.</source>
        <translation>The passphrase is wrong, so the plan file could not be repaired. Nothing was changed.</translation>
    </message>
    <message>
        <source>This is the device you are using, and revoking it cannot be undone. Revoke it from another of your devices, or ask your service's administrator. To take one citizen's plan off this device instead: samen-cli erase --plan NAME</source>
        <translation>This is the device you are using, and revoking it cannot be undone. Revoke it from another of your devices, or ask your service's administrator. To take one citizen's plan off this device instead: samen-cli erase --plan NAME</translation>
    </message>
    <message>
        <source>The file of this plan on this device is damaged. The plan is safe at the service. Next step: samen-cli repair --plan %1</source>
        <translation>The file of this plan on this device is damaged. The plan is safe at the service. Next step: samen-cli repair --plan %1</translation>
    </message>
    <message>
        <source>Next step: see them with samen-cli caseload</source>
        <translation>Next step: see them with samen-cli caseload</translation>
    </message>
    <message>
        <source>Usage: samen-cli caseload leave --plan PLAN [--yes]</source>
        <translation>Usage: samen-cli caseload leave --plan PLAN [--yes]</translation>
    </message>
    <message>
        <source>The file of %1's plan on this device is damaged or incomplete. Nothing was changed; the plan is safe at the service.
Next step: samen-cli repair --plan %2. It keeps the damaged file and fetches the plan from the service again.</source>
        <translation>The file of %1's plan on this device is damaged or incomplete. Nothing was changed; the plan is safe at the service.
Next step: samen-cli repair --plan %2. It keeps the damaged file and fetches the plan from the service again.</translation>
    </message>
    <message>
        <source>on a professional's device, the plans erased from this device come back</source>
        <translation>on a professional's device, the plans erased from this device come back</translation>
    </message>
    <message>
        <source>--plan PLAN [--yes]: you leave the citizen's plan (they see it) and it leaves your devices</source>
        <translation>--plan PLAN [--yes]: you leave the citizen's plan (they see it) and it leaves your devices</translation>
    </message>
    <message>
        <source>[--search NAME]: on a professional's device, every citizen's plan, most needing attention first</source>
        <translation>[--search NAME]: on a professional's device, every citizen's plan, most needing attention first</translation>
    </message>
    <message>
        <source>Say what to do with %1, with one of these:</source>
        <translation>Say what to do with %1, with one of these:</translation>
    </message>
    <message>
        <source>Erase your request to join %1's plan from this device? It still waits at the service. Type yes to go on:</source>
        <translation>Erase your request to join %1's plan from this device? It still waits at the service. Type yes to go on:</translation>
    </message>
    <message>
        <source>Your request to join %1's plan is erased from this device. It still waits at the service: %1 sees you waiting and can let you in. To have it here again: samen-cli caseload restore. To take the request back: samen-cli caseload restore, then samen-cli caseload leave --plan %2</source>
        <translation>Your request to join %1's plan is erased from this device. It still waits at the service: %1 sees you waiting and can let you in. To have it here again: samen-cli caseload restore. To take the request back: samen-cli caseload restore, then samen-cli caseload leave --plan %2</translation>
    </message>
    <message>
        <source>Your request to join could not be taken back at the service, so nothing was erased. %1 Try again when the service can be reached, or erase only this device's copy with: samen-cli erase --this-device-only (%2 then still sees you waiting, until they let you in or turn you away).</source>
        <translation>Your request to join could not be taken back at the service, so nothing was erased. %1 Try again when the service can be reached, or erase only this device's copy with: samen-cli erase --this-device-only (%2 then still sees you waiting, until they let you in or turn you away).</translation>
    </message>
    <message>
        <source>Say what kind of person you invite: --kind network for family, friends and neighbours, or --kind professional for someone who helps you for their work.</source>
        <translation>Say what kind of person you invite: --kind network for family, friends and neighbours, or --kind professional for someone who helps you for their work.</translation>
    </message>
    <message>
        <source>Say whom you invite: --name NAME (or --member NAME for someone already written in your plan).</source>
        <translation>Say whom you invite: --name NAME (or --member NAME for someone already written in your plan).</translation>
    </message>
    <message>
        <source>Is %1 someone else? Then invite them under a name that tells them apart, such as their full name.</source>
        <translation>Is %1 someone else? Then invite them under a name that tells them apart, such as their full name.</translation>
    </message>
    <message>
        <source>Your plan file can be read: there is nothing to repair.</source>
        <translation>Your plan file can be read: there is nothing to repair.</translation>
    </message>
    <message>
        <source>Your request to join %1's plan is taken back: %1 no longer sees you waiting. It is no longer in your caseload or on this device. To help %1 after all, ask %1 for a new invitation.</source>
        <translation>Your request to join %1's plan is taken back: %1 no longer sees you waiting. It is no longer in your caseload or on this device. To help %1 after all, ask %1 for a new invitation.</translation>
    </message>
    <message>
        <source>%1 (added %2)</source>
        <translation>%1 (added %2)</translation>
    </message>
    <message>
        <source>This folder is not a professional's device, so it has no caseload. To leave someone else's plan you are a member of on your own device: samen-cli erase (on your own plan, erase deletes it for everyone: see samen-cli erase --help)</source>
        <translation>This folder is not a professional's device, so it has no caseload. To leave someone else's plan you are a member of on your own device: samen-cli erase (on your own plan, erase deletes it for everyone: see samen-cli erase --help)</translation>
    </message>
    <message>
        <source>Leaving takes back your request to join %1's plan: %1 no longer sees you waiting. It leaves this device and your other devices. To help %1 later, you need a new invitation.</source>
        <translation>Leaving takes back your request to join %1's plan: %1 no longer sees you waiting. It leaves this device and your other devices. To help %1 later, you need a new invitation.</translation>
    </message>
    <message>
        <source>Erasing deletes what this device holds for your request to join the plan of %1. The request itself stays at the service: %1 still sees you waiting. Ask %1 to turn it away; if %1 lets you in, nothing of the plan comes to this device.</source>
        <translation>Erasing deletes what this device holds for your request to join the plan of %1. The request itself stays at the service: %1 still sees you waiting. Ask %1 to turn it away; if %1 lets you in, nothing of the plan comes to this device.</translation>
    </message>
    <message>
        <source>Erase your request to join? Type yes to go on:</source>
        <translation>Erase your request to join? Type yes to go on:</translation>
    </message>
    <message>
        <source>The service could not be reached.</source>
        <translation>The service could not be reached.</translation>
    </message>
    <message>
        <source>What this device held for your request to join is erased.</source>
        <translation>What this device held for your request to join is erased.</translation>
    </message>
    <message>
        <source>Your request to join still waits at the service: %1 still sees you waiting. Ask %1 to turn it away; if %1 lets you in, nothing of the plan comes to this device.</source>
        <translation>Your request to join still waits at the service: %1 still sees you waiting. Ask %1 to turn it away; if %1 lets you in, nothing of the plan comes to this device.</translation>
    </message>
    <message>
        <source>- %1 (from %2 to %3)</source>
        <translation>- %1 (from %2 to %3)</translation>
    </message>
    <message>
        <source>%1 is already in your plan. To invite this person to use Samen on a device of their own, run: samen-cli invite create --member %2 --kind %3 --grant DOMAIN:read. If they use Samen already, change what they may see with: samen-cli access set %2 DOMAIN read</source>
        <translation>%1 is already in your plan. To invite this person to use Samen on a device of their own, run: samen-cli invite create --member %2 --kind %3 --grant DOMAIN:read. If they use Samen already, change what they may see with: samen-cli access set %2 DOMAIN read</translation>
    </message>
    <message>
        <source>See who is in the plan: samen-cli member list. Change what %1 may see: samen-cli access set %2 DOMAIN read. Take them out of the plan: samen-cli member revoke %2</source>
        <translation>See who is in the plan: samen-cli member list. Change what %1 may see: samen-cli access set %2 DOMAIN read. Take them out of the plan: samen-cli member revoke %2</translation>
    </message>
    <message>
        <source>(to revoke that one: samen-cli device revoke %1)</source>
        <translation>(to revoke that one: samen-cli device revoke %1)</translation>
    </message>
    <message>
        <source>This file holds what the owner of a plan shares with you, saved on your device. It is their plan, not yours, so it cannot be imported as a plan of your own. Nothing was changed.</source>
        <translation>This file holds what the owner of a plan shares with you, saved on your device. It is their plan, not yours, so it cannot be imported as a plan of your own. Nothing was changed.</translation>
    </message>
    <message>
        <source>Usage: samen-cli caseload restore (it brings back every plan erased from this device)</source>
        <translation>Usage: samen-cli caseload restore (it brings back every plan erased from this device)</translation>
    </message>
    <message>
        <source>MEMBER_ID DOMAIN read|write|none: what a member may see and change (by name: access set)</source>
        <translation>MEMBER_ID DOMAIN read|write|none: what a member may see and change (by name: access set)</translation>
    </message>
    <message>
        <source>MEMBER_ID: let someone who redeemed your invitation in (by name: member let-in)</source>
        <translation>MEMBER_ID: let someone who redeemed your invitation in (by name: member let-in)</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Give --data-dir a folder (a new or empty one for a new plan).</source>
        <translation>%1 is a file, not a folder. Give --data-dir a folder (a new or empty one for a new plan).</translation>
    </message>
    <message>
        <source>Erasing takes back your request to join the plan of %1: %1 no longer sees you waiting to be let in, and what this device holds for it is deleted. If %1 has let you in meanwhile, you leave the plan.</source>
        <translation>Erasing takes back your request to join the plan of %1: %1 no longer sees you waiting to be let in, and what this device holds for it is deleted. If %1 has let you in meanwhile, you leave the plan.</translation>
    </message>
    <message>
        <source>What %1 shares with you of their plan is saved in %2 (FHIR R4, %3 records). It is %1's data: keep it safe, and do not pass it on without asking %1.</source>
        <translation>What %1 shares with you of their plan is saved in %2 (FHIR R4, %3 records). It is %1's data: keep it safe, and do not pass it on without asking %1.</translation>
    </message>
    <message>
        <source>the plan's owner</source>
        <translation>the plan's owner</translation>
    </message>
    <message>
        <source>%1 is in the plan already: there is nothing to let in or decline. See samen-cli member list.</source>
        <translation>%1 is in the plan already: there is nothing to let in or decline. See samen-cli member list.</translation>
    </message>
    <message>
        <source>Usage: samen-cli member revoke NAME_OR_ID [--yes]</source>
        <translation>Usage: samen-cli member revoke NAME_OR_ID [--yes]</translation>
    </message>
    <message>
        <source>Removing %1 ends all they may see and change in this plan. Their devices delete the plan. To have %1 in the plan again, you invite them again.</source>
        <translation>Removing %1 ends all they may see and change in this plan. Their devices delete the plan. To have %1 in the plan again, you invite them again.</translation>
    </message>
    <message>
        <source>Remove %1 from the plan? Type yes to go on:</source>
        <translation>Remove %1 from the plan? Type yes to go on:</translation>
    </message>
    <message>
        <source>%1 is still in the plan.</source>
        <translation>%1 is still in the plan.</translation>
    </message>
    <message>
        <source>Revoking %1 means it can no longer sign in to the service. At its next contact it deletes what it holds. To use it again, you connect it as a new device.</source>
        <translation>Revoking %1 means it can no longer sign in to the service. At its next contact it deletes what it holds. To use it again, you connect it as a new device.</translation>
    </message>
    <message>
        <source>Revoke %1? Type yes to go on:</source>
        <translation>Revoke %1? Type yes to go on:</translation>
    </message>
    <message>
        <source>%1 can still sign in.</source>
        <translation>%1 can still sign in.</translation>
    </message>
    <message>
        <source>Usage: samen-cli device revoke NAME_OR_ID [--yes]  (see samen-cli device list)</source>
        <translation>Usage: samen-cli device revoke NAME_OR_ID [--yes]  (see samen-cli device list)</translation>
    </message>
    <message>
        <source>your request to join %1's plan still waits.</source>
        <translation>your request to join %1's plan still waits.</translation>
    </message>
    <message>
        <source>you are still in %1's plan.</source>
        <translation>you are still in %1's plan.</translation>
    </message>
    <message>
        <source>NAME [--yes]: a device of your account (see device list) may no longer sign in (asks first)</source>
        <translation>NAME [--yes]: a device of your account (see device list) may no longer sign in (asks first)</translation>
    </message>
    <message>
        <source>NAME_OR_ID [--yes]: remove someone from the plan at the service (asks first)</source>
        <translation>NAME_OR_ID [--yes]: remove someone from the plan at the service (asks first)</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <source>To do this without the question (in a script, say), add --yes to the command.</source>
        <translation>To do this without the question (in a script, say), add --yes to the command.</translation>
    </message>
    <message>
        <source>That earlier value was not found for this item. See: samen-cli history %1</source>
        <translation>That earlier value was not found for this item. See: samen-cli history %1</translation>
    </message>
    <message>
        <source>That earlier value is of %1, not of %2. Nothing was changed.</source>
        <translation>That earlier value is of %1, not of %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>The service refused %1: see samen-cli sync status.</source>
        <translation>The service refused %1: see samen-cli sync status.</translation>
    </message>
    <message>
        <source>Samen's life domains</source>
        <translation>Samen's life domains</translation>
    </message>
    <message>
        <source>Positive Health</source>
        <translation>Positive Health</translation>
    </message>
    <message>
        <source>Care workers' list</source>
        <translation>Care workers' list</translation>
    </message>
    <message>
        <source>This is already the value of %1. Nothing was changed.</source>
        <translation>This is already the value of %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>Work, neighbours and volunteers</source>
        <translation>Work, neighbours and volunteers</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>may see</source>
        <translation>may see</translation>
    </message>
    <message>
        <source>may see and change</source>
        <translation>may see and change</translation>
    </message>
    <message>
        <source>may not see</source>
        <translation>may not see</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>not used yet</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>Nothing of your plan could be read from the damaged file, nor a connection to a service that holds a copy of it, so this device holds no plan now.</source>
        <translation>Nothing of your plan could be read from the damaged file, nor a connection to a service that holds a copy of it, so this device holds no plan now.</translation>
    </message>
    <message>
        <source>(set)</source>
        <comment>a position in the list was set, in the history</comment>
        <translation>(set)</translation>
    </message>
    <message>
        <source>This plan's file was too damaged to fetch the plan again in place: erase it from this device (samen-cli erase --plan %1), then samen-cli caseload restore fetches it whole.</source>
        <translation>This plan's file was too damaged to fetch the plan again in place: erase it from this device (samen-cli erase --plan %1), then samen-cli caseload restore fetches it whole.</translation>
    </message>
    <message>
        <source>The service no longer lists this plan in your caseload. Nothing on this device was deleted.</source>
        <translation>The service no longer lists this plan in your caseload. Nothing on this device was deleted.</translation>
    </message>
    <message>
        <source>The plan has not arrived on this device yet: it is fetched from the service.
Next step: samen-cli sync</source>
        <translation>The plan has not arrived on this device yet: it is fetched from the service.
Next step: samen-cli sync</translation>
    </message>
    <message>
        <source>Access and invitations are changed at the service, not by bringing back an earlier value. Change what this person may see and change instead. Nothing was changed.</source>
        <translation>Access and invitations are changed at the service, not by bringing back an earlier value. Change what this person may see and change instead. Nothing was changed.</translation>
    </message>
    <message>
        <source>The time a step was done follows its done mark: bring back an earlier done mark instead. Nothing was changed.</source>
        <translation>The time a step was done follows its done mark: bring back an earlier done mark instead. Nothing was changed.</translation>
    </message>
    <message>
        <source>once it is shared, %1 sends every refused change again; %2 drops every refused change.</source>
        <translation>once it is shared, %1 sends every refused change again; %2 drops every refused change.</translation>
    </message>
    <message>
        <source>samen-cli sync retry --all sends every refused change again.</source>
        <translation>samen-cli sync retry --all sends every refused change again.</translation>
    </message>
    <message>
        <source>samen-cli sync discard --all drops every refused change.</source>
        <translation>samen-cli sync discard --all drops every refused change.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) discarded: the plan on this device is as if they were never made.</source>
        <translation>
            <numerusform>%n change discarded: the plan on this device is as if it was never made.</numerusform>
            <numerusform>%n changes discarded: the plan on this device is as if they were never made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you had made on this device, not taken in by the service yet, went with the plans: they were not saved anywhere.</source>
        <translation>
            <numerusform>%n change you had made on this device, not taken in by the service yet, went with the plans: it was not saved anywhere.</numerusform>
            <numerusform>%n changes you had made on this device, not taken in by the service yet, went with the plans: they were not saved anywhere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you had made here, not taken in by the service yet, went with it: they were not saved anywhere.</source>
        <translation>
            <numerusform>%n change you had made here, not taken in by the service yet, went with it: it was not saved anywhere.</numerusform>
            <numerusform>%n changes you had made here, not taken in by the service yet, went with it: they were not saved anywhere.</numerusform>
        </translation>
    </message>
    <message>
        <source>One of the words you typed is empty: quotes with nothing between them. Type the name or text between the quotes. Nothing was changed.</source>
        <translation>One of the words you typed is empty: quotes with nothing between them. Type the name or text between the quotes. Nothing was changed.</translation>
    </message>
    <message>
        <source>GOAL|STEP|ID: every change, old values included</source>
        <translation>GOAL|STEP|ID: every change, old values included</translation>
    </message>
    <message>
        <source>GOAL|STEP|ID [FIELD] OP_ID: bring back an earlier value</source>
        <translation>GOAL|STEP|ID [FIELD] OP_ID: bring back an earlier value</translation>
    </message>
    <message>
        <source>There is no goal or step called %1, and no item with that id. samen-cli goal list shows them.</source>
        <translation>There is no goal or step called %1, and no item with that id. samen-cli goal list shows them.</translation>
    </message>
    <message>
        <source>Usage: samen-cli history GOAL|STEP|ID  (a goal's or step's title, or the start of it)</source>
        <translation>Usage: samen-cli history GOAL|STEP|ID  (a goal's or step's title, or the start of it)</translation>
    </message>
    <message>
        <source>Usage: samen-cli restore GOAL|STEP|ID [FIELD] OP_ID   (OP_ID: as samen-cli history GOAL|STEP|ID shows it)</source>
        <translation>Usage: samen-cli restore GOAL|STEP|ID [FIELD] OP_ID   (OP_ID: as samen-cli history GOAL|STEP|ID shows it)</translation>
    </message>
</context>
<context>
    <name>samen::NetworkClient</name>
    <message>
        <source>Could not reach the service. Check the internet connection and try again.</source>
        <translation>Could not reach the service. Check the internet connection and try again.</translation>
    </message>
    <message>
        <source>Only the owner of this plan may do this.</source>
        <translation>Only the owner of this plan may do this.</translation>
    </message>
    <message>
        <source>This device could not sign in to the service.</source>
        <translation>This device could not sign in to the service.</translation>
    </message>
    <message>
        <source>This invitation code is not known. Check it, or ask for a new invitation.</source>
        <translation>This invitation code is not known. Check it, or ask for a new invitation.</translation>
    </message>
    <message>
        <source>This person is no longer waiting to join.</source>
        <translation>This person is no longer waiting to join.</translation>
    </message>
    <message>
        <source>This person is no longer in the plan.</source>
        <translation>This person is no longer in the plan.</translation>
    </message>
    <message>
        <source>This invitation no longer exists.</source>
        <translation>This invitation no longer exists.</translation>
    </message>
    <message>
        <source>This device is not one of yours.</source>
        <translation>This device is not one of yours.</translation>
    </message>
    <message>
        <source>The service does not know this plan, or you are not in it.</source>
        <translation>The service does not know this plan, or you are not in it.</translation>
    </message>
    <message>
        <source>This person already has a place in the plan or an open invitation.</source>
        <translation>This person already has a place in the plan or an open invitation.</translation>
    </message>
    <message>
        <source>You are already in this plan, or this device already holds a plan.</source>
        <translation>You are already in this plan, or this device already holds a plan.</translation>
    </message>
    <message>
        <source>This person is not waiting to be let in.</source>
        <translation>This person is not waiting to be let in.</translation>
    </message>
    <message>
        <source>This invitation was already used or withdrawn.</source>
        <translation>This invitation was already used or withdrawn.</translation>
    </message>
    <message>
        <source>You cannot remove yourself from your own plan.</source>
        <translation>You cannot remove yourself from your own plan.</translation>
    </message>
    <message>
        <source>This clashes with a change made in the meantime. Look again and try once more.</source>
        <translation>This clashes with a change made in the meantime. Look again and try once more.</translation>
    </message>
    <message>
        <source>This invitation was already used, withdrawn, or has expired. Ask for a new one.</source>
        <translation>This invitation was already used, withdrawn, or has expired. Ask for a new one.</translation>
    </message>
    <message>
        <source>The service did not accept what was entered. Check the names, dates and texts.</source>
        <translation>The service did not accept what was entered. Check the names, dates and texts.</translation>
    </message>
    <message>
        <source>This device is not connected to a service yet.</source>
        <translation>This device is not connected to a service yet.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again later.</source>
        <translation>Something went wrong. Try again later.</translation>
    </message>
    <message>
        <source>This plan does not have one of these life areas. Access can only be given to the plan's own life areas.</source>
        <translation>This plan does not have one of these life areas. Access can only be given to the plan's own life areas.</translation>
    </message>
    <message>
        <source>Someone in this plan already has this name. Join under a name that tells you apart, for example with your surname.</source>
        <translation>Someone in this plan already has this name. Join under a name that tells you apart, for example with your surname.</translation>
    </message>
    <message>
        <source>Someone in this plan already has this name. Invite this person under a name that tells them apart, for example with their surname.</source>
        <translation>Someone in this plan already has this name. Invite this person under a name that tells them apart, for example with their surname.</translation>
    </message>
    <message>
        <source>This is the device you are using, and revoking it cannot be undone. Revoke it from another of your devices, or erase the plan from this one.</source>
        <translation>This is the device you are using, and revoking it cannot be undone. Revoke it from another of your devices, or erase the plan from this one.</translation>
    </message>
    <message>
        <source>Someone in your plan already has this name, so this person cannot be let in under it. Decline them and invite them again under a name that tells them apart, for example with their surname.</source>
        <translation>Someone in your plan already has this name, so this person cannot be let in under it. Decline them and invite them again under a name that tells them apart, for example with their surname.</translation>
    </message>
    <message>
        <source>%1 has an invitation already that is not used yet (it can be used until %2). To give a new code, withdraw that one first under "Invitations not used yet" on the People page, then invite again.</source>
        <translation>%1 has an invitation already that is not used yet (it can be used until %2). To give a new code, withdraw that one first under "Invitations not used yet" on the People page, then invite again.</translation>
    </message>
    <message>
        <source>%1 joined with your invitation and is waiting for you to let them in. Let them in, or decline them, on the People page.</source>
        <translation>%1 joined with your invitation and is waiting for you to let them in. Let them in, or decline them, on the People page.</translation>
    </message>
    <message>
        <source>This invitation is for a professional whom the service has registered, and this device is not connected as one. If you are that professional, join with the enrolment code your service's administrator gave you as well. Otherwise, ask the person who invited you.</source>
        <translation>This invitation is for a professional whom the service has registered, and this device is not connected as one. If you are that professional, join with the enrolment code your service's administrator gave you as well. Otherwise, ask the person who invited you.</translation>
    </message>
</context>
<context>
    <name>samen::app::AccessLogModel</name>
    <message>
        <source>Connect your plan to a case service first. The service keeps a log of who looked at and changed your plan.</source>
        <translation>Connect your plan to a case service first. The service keeps a log of who looked at and changed your plan.</translation>
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
        <translation>This plan is not in your caseload any more.</translation>
    </message>
    <message>
        <source>%1's plan could not be opened on this device. %2</source>
        <translation>%1's plan could not be opened on this device. %2</translation>
    </message>
    <message>
        <source>%1's plan could not be read on this device. The next sync fetches it again.</source>
        <translation>%1's plan could not be read on this device. The next sync fetches it again.</translation>
    </message>
    <message>
        <source>You are no longer part of %1's plan. It has been removed from this device.</source>
        <translation>You are no longer part of %1's plan. It has been removed from this device.</translation>
    </message>
    <message>
        <source>Leave %1's plan?</source>
        <translation>Leave %1's plan?</translation>
    </message>
    <message>
        <source>You stop helping with this plan. %1 sees that you left, and what you could see and change ends. The plan is removed from this device and from your other devices. The plan itself stays with %1. To help %1 again later, you need a new invitation.</source>
        <translation>You stop helping with this plan. %1 sees that you left, and what you could see and change ends. The plan is removed from this device and from your other devices. The plan itself stays with %1. To help %1 again later, you need a new invitation.</translation>
    </message>
    <message>
        <source>Show only the newest notices</source>
        <translation>Show only the newest notices</translation>
    </message>
    <message>
        <source>Show all %1 notices</source>
        <translation>Show all %1 notices</translation>
    </message>
    <message>
        <source>The service did not answer, so you did not join the plan. Check the internet connection and try again in a few minutes. If it still does not work, ask your administrator whether the service is running.</source>
        <translation>The service did not answer, so you did not join the plan. Check the internet connection and try again in a few minutes. If it still does not work, ask your administrator whether the service is running.</translation>
    </message>
</context>
<context>
    <name>samen::app::CaseloadModel</name>
    <message>
        <source>Next meeting: %1</source>
        <translation>Next meeting: %1</translation>
    </message>
    <message>
        <source>No meeting planned</source>
        <translation>No meeting planned</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) to look back on</source>
        <translation>
            <numerusform>%n agreement to look back on</numerusform>
            <numerusform>%n agreements to look back on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) for you</source>
        <translation>
            <numerusform>%n step for you</numerusform>
            <numerusform>%n steps for you</numerusform>
        </translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Last change: %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>a role for life domains: coach for Money and Work</comment>
        <translation>%1 for %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>agreements to look back on: 1 overdue</comment>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>steps for you: 2 overdue</comment>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>first due %1</source>
        <translation>first due %1</translation>
    </message>
    <message>
        <source>you may see %1</source>
        <translation>you may see %1</translation>
    </message>
    <message>
        <source>in your caseload since %1</source>
        <translation>in your caseload since %1</translation>
    </message>
    <message>
        <source>Another plan is for someone called %1 too.</source>
        <translation>Another plan is for someone called %1 too.</translation>
    </message>
    <message>
        <source>Another plan is for someone called %1 too. This one: %2.</source>
        <translation>Another plan is for someone called %1 too. This one: %2.</translation>
    </message>
    <message>
        <source>Waiting for %1 to let you in.</source>
        <translation>Waiting for %1 to let you in.</translation>
    </message>
    <message>
        <source>%1 no longer shares anything of the plan with you. You are still in the plan.</source>
        <translation>%1 no longer shares anything of the plan with you. You are still in the plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made were not accepted: open the plan to see why.</source>
        <translation>
            <numerusform>%n change you made was not accepted: open the plan to see why.</numerusform>
            <numerusform>%n changes you made were not accepted: open the plan to see why.</numerusform>
        </translation>
    </message>
    <message>
        <source>You may read and change these life domains</source>
        <translation>You may read and change these life domains</translation>
    </message>
    <message>
        <source>You may read these life domains, not change them</source>
        <translation>You may read these life domains, not change them</translation>
    </message>
    <message>
        <source>Read and change: %1. Only read: %2</source>
        <translation>Read and change: %1. Only read: %2</translation>
    </message>
</context>
<context>
    <name>samen::app::CaseloadReach</name>
    <message>
        <source>No connection to the service. What you do here is kept, and is sent as soon as there is a connection again.</source>
        <translation>No connection to the service. What you do here is kept, and is sent as soon as there is a connection again.</translation>
    </message>
    <message>
        <source>Last up to date: %1.</source>
        <translation>Last up to date: %1.</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>yesterday at %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a day and a time</comment>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>samen::app::ConnectController</name>
    <message>
        <source>My device</source>
        <translation>My device</translation>
    </message>
    <message>
        <source>Open your plan first.</source>
        <translation>Open your plan first.</translation>
    </message>
    <message>
        <source>The check code should be 64 characters: the digits 0 to 9 and the letters a to f. Leave it empty if you do not have it.</source>
        <translation>The check code should be 64 characters: the digits 0 to 9 and the letters a to f. Leave it empty if you do not have it.</translation>
    </message>
    <message>
        <source>Looking for the service…</source>
        <translation>Looking for the service…</translation>
    </message>
    <message>
        <source>The check code of this service is not the one you were given. Do not connect: you may not be talking to the right service.</source>
        <translation>The check code of this service is not the one you were given. Do not connect: you may not be talking to the right service.</translation>
    </message>
    <message>
        <source>The service was found and its certificate is in order.</source>
        <translation>The service was found and its certificate is in order.</translation>
    </message>
    <message>
        <source>Check the service first.</source>
        <translation>Check the service first.</translation>
    </message>
    <message>
        <source>First compare the check code and confirm that it is the same.</source>
        <translation>First compare the check code and confirm that it is the same.</translation>
    </message>
    <message>
        <source>Connecting your plan…</source>
        <translation>Connecting your plan…</translation>
    </message>
    <message>
        <source>Your plan is connected to this service. Changes are sent there and shared with the people you invite.</source>
        <translation>Your plan is connected to this service. Changes are sent there and shared with the people you invite.</translation>
    </message>
    <message>
        <source>This plan is in your caseload: it is connected through your caseload's service. Nothing was changed.</source>
        <translation>This plan is in your caseload: it is connected through your caseload's service. Nothing was changed.</translation>
    </message>
    <message>
        <source>This device does not know this service yet. Compare the check code of the service with the one you were given, group by group. Only connect if they are the same.</source>
        <translation>This device does not know this service yet. Compare the check code of the service with the one you were given, group by group. Only connect if they are the same.</translation>
    </message>
</context>
<context>
    <name>samen::app::ConsentController</name>
    <message>
        <source>What %1 may do in %2 stays the same. The purpose and the end date are saved.</source>
        <translation>What %1 may do in %2 stays the same. The purpose and the end date are saved.</translation>
    </message>
    <message>
        <source>%1 will no longer see %2. %1's devices delete it at their next sync.</source>
        <translation>%1 will no longer see %2. %1's devices delete it at their next sync.</translation>
    </message>
    <message>
        <source>%1 may now see and change %2.</source>
        <translation>%1 may now see and change %2.</translation>
    </message>
    <message>
        <source>%1 may still see %2, but no longer change it.</source>
        <translation>%1 may still see %2, but no longer change it.</translation>
    </message>
    <message>
        <source>%1 may now see %2, but not change it.</source>
        <translation>%1 may now see %2, but not change it.</translation>
    </message>
    <message>
        <source>This part of the plan is not known. Nothing was changed.</source>
        <translation>This part of the plan is not known. Nothing was changed.</translation>
    </message>
    <message>
        <source>The end date must be a date after today, written as year-month-day, for example 2027-06-30.</source>
        <translation>The end date must be a date after today, written as year-month-day, for example 2027-06-30.</translation>
    </message>
    <message>
        <source>%1 already sees no part of your plan.</source>
        <translation>%1 already sees no part of your plan.</translation>
    </message>
    <message>
        <source>%1 no longer sees any part of your plan. %1's devices delete what they held at their next sync.</source>
        <translation>%1 no longer sees any part of your plan. %1's devices delete what they held at their next sync.</translation>
    </message>
    <message>
        <source>Connect your plan to a case service first.</source>
        <translation>Connect your plan to a case service first.</translation>
    </message>
    <message>
        <source>%1 is no longer in your plan. %1's devices delete your plan at their next sync.</source>
        <translation>%1 is no longer in your plan. %1's devices delete your plan at their next sync.</translation>
    </message>
</context>
<context>
    <name>samen::app::DateChoice</name>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week(s)</source>
        <translation>
            <numerusform>in %n week</numerusform>
            <numerusform>in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samen::app::DeviceFlow</name>
    <message>
        <source>This device already has a plan file. Adding it to your account works only on a device that does not use Samen yet.</source>
        <translation>This device already has a plan file. Adding it to your account works only on a device that does not use Samen yet.</translation>
    </message>
    <message>
        <source>Checking the service…</source>
        <translation>Checking the service…</translation>
    </message>
    <message>
        <source>Adding this device to your account…</source>
        <translation>Adding this device to your account…</translation>
    </message>
    <message>
        <source>This code does not work (any more): it may have expired or been used already. On your other device, open Settings, then My devices, and make a new code. Then try again.</source>
        <translation>This code does not work (any more): it may have expired or been used already. On your other device, open Settings, then My devices, and make a new code. Then try again.</translation>
    </message>
    <message>
        <source>Loading your plan…</source>
        <translation>Loading your plan…</translation>
    </message>
    <message>
        <source>Your plan could not be loaded: %1 Try again.</source>
        <translation>Your plan could not be loaded: %1 Try again.</translation>
    </message>
</context>
<context>
    <name>samen::app::DeviceListModel</name>
    <message>
        <source>Your plan is not connected to a case service yet. Connect it first; then your devices are listed here.</source>
        <translation>Your plan is not connected to a case service yet. Connect it first; then your devices are listed here.</translation>
    </message>
    <message>
        <source>Added on %1</source>
        <translation>Added on %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>device name, added on</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>, this device</source>
        <translation>, this device</translation>
    </message>
    <message>
        <source>, revoked: it can no longer sign in</source>
        <translation>, revoked: it can no longer sign in</translation>
    </message>
    <message>
        <source>Your plan is not connected to a case service yet. Connect it first.</source>
        <translation>Your plan is not connected to a case service yet. Connect it first.</translation>
    </message>
    <message>
        <source>This device is not in the list. Nothing was changed.</source>
        <translation>This device is not in the list. Nothing was changed.</translation>
    </message>
    <message>
        <source>This device is revoked: it can no longer sync your plan.</source>
        <translation>This device is revoked: it can no longer sync your plan.</translation>
    </message>
    <message>
        <source>%1 is revoked: it can no longer sign in or see your plan.</source>
        <translation>%1 is revoked: it can no longer sign in or see your plan.</translation>
    </message>
</context>
<context>
    <name>samen::app::EnrolFlow</name>
    <message>
        <source>The check code should be 64 characters: the digits 0 to 9 and the letters a to f. Leave it empty if you do not have it.</source>
        <translation>The check code should be 64 characters: the digits 0 to 9 and the letters a to f. Leave it empty if you do not have it.</translation>
    </message>
    <message>
        <source>Looking for the service…</source>
        <translation>Looking for the service…</translation>
    </message>
    <message>
        <source>The check code of this service is not the one you were given. Do not connect: you may not be talking to the right service.</source>
        <translation>The check code of this service is not the one you were given. Do not connect: you may not be talking to the right service.</translation>
    </message>
    <message>
        <source>The service was found and its certificate is in order.</source>
        <translation>The service was found and its certificate is in order.</translation>
    </message>
    <message>
        <source>Check the service first.</source>
        <translation>Check the service first.</translation>
    </message>
    <message>
        <source>First compare the check code and confirm that it is the same.</source>
        <translation>First compare the check code and confirm that it is the same.</translation>
    </message>
    <message>
        <source>Type the enrolment code your administrator gave you.</source>
        <translation>Type the enrolment code your administrator gave you.</translation>
    </message>
    <message>
        <source>This device already holds a plan.</source>
        <translation>This device already holds a plan.</translation>
    </message>
    <message>
        <source>This device could not keep the key safe. Choose a passphrase instead.</source>
        <translation>This device could not keep the key safe. Choose a passphrase instead.</translation>
    </message>
    <message>
        <source>This device could not make a place for your caseload. Nothing was changed.</source>
        <translation>This device could not make a place for your caseload. Nothing was changed.</translation>
    </message>
    <message>
        <source>Signing in to your organisation…</source>
        <translation>Signing in to your organisation…</translation>
    </message>
    <message>
        <source>My device</source>
        <translation>My device</translation>
    </message>
    <message>
        <source>This code is for a person's own device, not for someone who works with citizens. On the welcome page, choose 'I already use Samen on another device'.</source>
        <translation>This code is for a person's own device, not for someone who works with citizens. On the welcome page, choose 'I already use Samen on another device'.</translation>
    </message>
    <message>
        <source>This device does not know this service yet. Compare the check code of the service with the one you were given, group by group. Only connect if they are the same.</source>
        <translation>This device does not know this service yet. Compare the check code of the service with the one you were given, group by group. Only connect if they are the same.</translation>
    </message>
    <message>
        <source>This enrolment code is not known, was used already, or has expired. Ask your administrator for a new code.</source>
        <translation>This enrolment code is not known, was used already, or has expired. Ask your administrator for a new code.</translation>
    </message>
</context>
<context>
    <name>samen::app::EraseController</name>
    <message>
        <source>Erase your plan?</source>
        <translation>Erase your plan?</translation>
    </message>
    <message>
        <source>Your plan is deleted from this device and from the case service. The people you invited lose it the next time their device syncs. This cannot be undone.</source>
        <translation>Your plan is deleted from this device and from the case service. The people you invited lose it the next time their device syncs. This cannot be undone.</translation>
    </message>
    <message>
        <source>Your copy of %1's plan is deleted from this device. The plan itself belongs to %1: it stays at the case service and with the others. This cannot be undone.</source>
        <translation>Your copy of %1's plan is deleted from this device. The plan itself belongs to %1: it stays at the case service and with the others. This cannot be undone.</translation>
    </message>
    <message>
        <source>Your plan is deleted from this device. It is only on this device, so after this it is gone. This cannot be undone.</source>
        <translation>Your plan is deleted from this device. It is only on this device, so after this it is gone. This cannot be undone.</translation>
    </message>
    <message>
        <source>Are you sure? Your plan will be gone for good.</source>
        <translation>Are you sure? Your plan will be gone for good.</translation>
    </message>
    <message>
        <source>Your plan is erased from this device. It was only on this device, so it is gone.</source>
        <translation>Your plan is erased from this device. It was only on this device, so it is gone.</translation>
    </message>
    <message>
        <source>Your copy of the plan is erased from this device. The plan itself stays with its owner.</source>
        <translation>Your copy of the plan is erased from this device. The plan itself stays with its owner.</translation>
    </message>
    <message>
        <source>The case service could not be reached, so nothing was erased: not there and not on this device. Try again when you are online.</source>
        <translation>The case service could not be reached, so nothing was erased: not there and not on this device. Try again when you are online.</translation>
    </message>
    <message>
        <source>The case service did not erase the plan, so nothing was erased. %1</source>
        <translation>The case service did not erase the plan, so nothing was erased. %1</translation>
    </message>
    <message>
        <source>Your plan is erased from this device and from the case service. The people in it lose it at their next sync.</source>
        <translation>Your plan is erased from this device and from the case service. The people in it lose it at their next sync.</translation>
    </message>
    <message>
        <source>Your plan is erased from this device. It is still at the case service and with the people in it.</source>
        <translation>Your plan is erased from this device. It is still at the case service and with the people in it.</translation>
    </message>
    <message>
        <source>The plan could not be erased. Please try again.</source>
        <translation>The plan could not be erased. Please try again.</translation>
    </message>
    <message>
        <source>Do you want to keep a copy? Choose Cancel and first save a copy of your plan. Then come back here.</source>
        <translation>Do you want to keep a copy? Choose Cancel and first save a copy of your plan. Then come back here.</translation>
    </message>
    <message>
        <source>You leave %1's plan: %1 sees that you left, and what you could see ends. Your copy is deleted from this device. The plan itself stays with %1. To help again later, ask %1 for a new invitation.</source>
        <translation>You leave %1's plan: %1 sees that you left, and what you could see ends. Your copy is deleted from this device. The plan itself stays with %1. To help again later, ask %1 for a new invitation.</translation>
    </message>
    <message>
        <source>The case service could not be reached, so you did not leave the plan and nothing was erased. Try again when you are online.</source>
        <translation>The case service could not be reached, so you did not leave the plan and nothing was erased. Try again when you are online.</translation>
    </message>
    <message>
        <source>The case service did not let you leave the plan, so nothing was erased. %1</source>
        <translation>The case service did not let you leave the plan, so nothing was erased. %1</translation>
    </message>
    <message>
        <source>You left %1's plan, and your copy is erased from this device. To help again, ask %1 for a new invitation.</source>
        <translation>You left %1's plan, and your copy is erased from this device. To help again, ask %1 for a new invitation.</translation>
    </message>
    <message>
        <source>Your copy of the plan is erased from this device. You are still a member of %1's plan until %1 removes you.</source>
        <translation>Your copy of the plan is erased from this device. You are still a member of %1's plan until %1 removes you.</translation>
    </message>
    <message>
        <source>Erase your copy of this plan?</source>
        <translation>Erase your copy of this plan?</translation>
    </message>
    <message>
        <source>Are you sure? Your copy will be gone from this device.</source>
        <translation>Are you sure? Your copy will be gone from this device.</translation>
    </message>
</context>
<context>
    <name>samen::app::FhirController</name>
    <message>
        <source>Open your plan first.</source>
        <translation>Open your plan first.</translation>
    </message>
    <message>
        <source>Choose a place on this device to save the file.</source>
        <translation>Choose a place on this device to save the file.</translation>
    </message>
    <message>
        <source>The file could not be saved there. Choose another place, or make room on the disk.</source>
        <translation>The file could not be saved there. Choose another place, or make room on the disk.</translation>
    </message>
    <message numerus="yes">
        <source>Your whole plan is saved in %1 (%n records). Keep the file safe: it holds everything of your plan.</source>
        <translation>
            <numerusform>Your whole plan is saved in %1 (%n record). Keep the file safe: it holds everything of your plan.</numerusform>
            <numerusform>Your whole plan is saved in %1 (%n records). Keep the file safe: it holds everything of your plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The access log is not in it: this device has not fetched it yet. Open the access log once, then save again.</source>
        <translation>The access log is not in it: this device has not fetched it yet. Open the access log once, then save again.</translation>
    </message>
    <message>
        <source>The access log in it is the copy this device fetched on %1.</source>
        <translation>The access log in it is the copy this device fetched on %1.</translation>
    </message>
    <message>
        <source>There is no folder on this device to put the file in. Use "Save my plan as a file" and choose a place.</source>
        <translation>There is no folder on this device to put the file in. Use "Save my plan as a file" and choose a place.</translation>
    </message>
    <message>
        <source>The file could not be saved in %1. Make room on the disk, or use "Save my plan as a file" and choose another place.</source>
        <translation>The file could not be saved in %1. Make room on the disk, or use "Save my plan as a file" and choose another place.</translation>
    </message>
    <message>
        <source>Your whole plan is saved as %1 in the folder %2.</source>
        <translation>Your whole plan is saved as %1 in the folder %2.</translation>
    </message>
    <message>
        <source>The folder is open now: from there, send the file with the app you choose, such as your e-mail.</source>
        <translation>The folder is open now: from there, send the file with the app you choose, such as your e-mail.</translation>
    </message>
    <message>
        <source>Samen could not open that folder on this device. Open it yourself to send the file with another app.</source>
        <translation>Samen could not open that folder on this device. Open it yourself to send the file with another app.</translation>
    </message>
    <message>
        <source>Keep the file safe: it holds everything of your plan. Delete it once you have sent it.</source>
        <translation>Keep the file safe: it holds everything of your plan. Delete it once you have sent it.</translation>
    </message>
</context>
<context>
    <name>samen::app::InviteController</name>
    <message>
        <source>Connect your plan to a case service first. Then you can invite people.</source>
        <translation>Connect your plan to a case service first. Then you can invite people.</translation>
    </message>
    <message>
        <source>Fill in the name of the person you invite.</source>
        <translation>Fill in the name of the person you invite.</translation>
    </message>
    <message>
        <source>Choose whether this is someone from your own circle or a professional.</source>
        <translation>Choose whether this is someone from your own circle or a professional.</translation>
    </message>
    <message>
        <source>Choose at least one part of your plan this person may see.</source>
        <translation>Choose at least one part of your plan this person may see.</translation>
    </message>
    <message>
        <source>The end date must be a date after today, written as year-month-day, for example 2027-06-30.</source>
        <translation>The end date must be a date after today, written as year-month-day, for example 2027-06-30.</translation>
    </message>
    <message>
        <source>The invitation for %1 is ready. Letting %1 in gives: %2. Give %1 the code or the link, or let them scan the QR code. When %1 has used it, you decide on the People page whether to let them in.</source>
        <translation>The invitation for %1 is ready. Letting %1 in gives: %2. Give %1 the code or the link, or let them scan the QR code. When %1 has used it, you decide on the People page whether to let them in.</translation>
    </message>
    <message>
        <source>The invitation is withdrawn: its code no longer works.</source>
        <translation>The invitation is withdrawn: its code no longer works.</translation>
    </message>
</context>
<context>
    <name>samen::app::JoinFlow</name>
    <message>
        <source>Looking at the invitation…</source>
        <translation>Looking at the invitation…</translation>
    </message>
    <message>
        <source>%1 (see and change)</source>
        <translation>%1 (see and change)</translation>
    </message>
    <message>
        <source>%1 (see)</source>
        <translation>%1 (see)</translation>
    </message>
    <message>
        <source>The owner of the plan</source>
        <translation>The owner of the plan</translation>
    </message>
    <message>
        <source>%1 invites you to help with their plan. You may: %2.</source>
        <translation>%1 invites you to help with their plan. You may: %2.</translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation>Why: %1.</translation>
    </message>
    <message>
        <source>Until %1.</source>
        <translation>Until %1.</translation>
    </message>
</context>
<context>
    <name>samen::app::MeetingController</name>
    <message>
        <source>Meet again around %1?</source>
        <translation>Meet again around %1?</translation>
    </message>
    <message>
        <source>always invited</source>
        <translation>always invited</translation>
    </message>
    <message>
        <source>Choose a day and a time for the meeting.</source>
        <translation>Choose a day and a time for the meeting.</translation>
    </message>
</context>
<context>
    <name>samen::app::NetworkWords</name>
    <message>
        <source>Nothing answers at this address. Check the address and the number after the colon, and that the service is running.</source>
        <translation>Nothing answers at this address. Check the address and the number after the colon, and that the service is running.</translation>
    </message>
    <message>
        <source>This address was not found. Check it for typing errors, and that this device is online.</source>
        <translation>This address was not found. Check it for typing errors, and that this device is online.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Check that this device is online and try again.</source>
        <translation>The service did not answer in time. Check that this device is online and try again.</translation>
    </message>
    <message>
        <source>The service closed the connection. It may not be a Samen service, or it may not use a secure connection. Check the address.</source>
        <translation>The service closed the connection. It may not be a Samen service, or it may not use a secure connection. Check the address.</translation>
    </message>
    <message>
        <source>A secure connection could not be made. This may not be a Samen service, or it uses security that is too old. Check the address.</source>
        <translation>A secure connection could not be made. This may not be a Samen service, or it uses security that is too old. Check the address.</translation>
    </message>
    <message>
        <source>This device seems to be offline. Connect to the internet and try again.</source>
        <translation>This device seems to be offline. Connect to the internet and try again.</translation>
    </message>
    <message>
        <source>The proxy this device uses for the internet did not let the connection through. Check the proxy settings.</source>
        <translation>The proxy this device uses for the internet did not let the connection through. Check the proxy settings.</translation>
    </message>
    <message>
        <source>The service has a problem right now. Try again later.</source>
        <translation>The service has a problem right now. Try again later.</translation>
    </message>
    <message>
        <source>This address answers, but it is not a Samen service. Check the address.</source>
        <translation>This address answers, but it is not a Samen service. Check the address.</translation>
    </message>
    <message>
        <source>The connection to the service failed. Check the address and try again.</source>
        <translation>The connection to the service failed. Check the address and try again.</translation>
    </message>
    <message>
        <source>The service's certificate has expired, so the connection would not be safe. Ask whoever runs the service to renew it.</source>
        <translation>The service's certificate has expired, so the connection would not be safe. Ask whoever runs the service to renew it.</translation>
    </message>
    <message>
        <source>The service's certificate is not valid yet. Check this device's date and time.</source>
        <translation>The service's certificate is not valid yet. Check this device's date and time.</translation>
    </message>
    <message>
        <source>The service's certificate was made for another address than this one. Check the address; do not connect if you are unsure.</source>
        <translation>The service's certificate was made for another address than this one. Check the address; do not connect if you are unsure.</translation>
    </message>
    <message>
        <source>The service's certificate was withdrawn, so the connection would not be safe. Ask whoever runs the service.</source>
        <translation>The service's certificate was withdrawn, so the connection would not be safe. Ask whoever runs the service.</translation>
    </message>
    <message>
        <source>The service's certificate is not in order, so the connection would not be safe. Do not connect; ask whoever runs the service.</source>
        <translation>The service's certificate is not in order, so the connection would not be safe. Do not connect; ask whoever runs the service.</translation>
    </message>
    <message>
        <source>The service's certificate was refused, so the connection would not be safe. Ask whoever runs the service.</source>
        <translation>The service's certificate was refused, so the connection would not be safe. Ask whoever runs the service.</translation>
    </message>
    <message>
        <source>Could not reach the service. Check that this device is online and try again.</source>
        <translation>Could not reach the service. Check that this device is online and try again.</translation>
    </message>
    <message>
        <source>The service did not accept this device, or its certificate is no longer the one you checked. Nothing was sent.</source>
        <translation>The service did not accept this device, or its certificate is no longer the one you checked. Nothing was sent.</translation>
    </message>
    <message>
        <source>The service does not know this. It may have been removed in the meantime.</source>
        <translation>The service does not know this. It may have been removed in the meantime.</translation>
    </message>
    <message>
        <source>This was already done, or something changed in the meantime. Look again and try once more.</source>
        <translation>This was already done, or something changed in the meantime. Look again and try once more.</translation>
    </message>
    <message>
        <source>The service did not accept this. Check what you entered and try again.</source>
        <translation>The service did not accept this. Check what you entered and try again.</translation>
    </message>
    <message>
        <source>This device could not save the connection in your plan. Nothing was changed.</source>
        <translation>This device could not save the connection in your plan. Nothing was changed.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed. Please try again.</source>
        <translation>Something went wrong. Nothing was changed. Please try again.</translation>
    </message>
</context>
<context>
    <name>samen::app::PeopleController</name>
    <message>
        <source>a part of the plan</source>
        <translation>a part of the plan</translation>
    </message>
    <message>
        <source>%1 (see and change)</source>
        <translation>%1 (see and change)</translation>
    </message>
    <message>
        <source>%1 (see)</source>
        <translation>%1 (see)</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <source>%1 used your invitation and waits for you to let them in. Letting them in gives: %2.</source>
        <translation>%1 used your invitation and waits for you to let them in. Letting them in gives: %2.</translation>
    </message>
    <message>
        <source>Invitation for %1: %2. %3</source>
        <translation>Invitation for %1: %2. %3</translation>
    </message>
    <message>
        <source>%1 is now in your plan and may see: %2.</source>
        <translation>%1 is now in your plan and may see: %2.</translation>
    </message>
    <message>
        <source>%1 was not let in and sees nothing of your plan.</source>
        <translation>%1 was not let in and sees nothing of your plan.</translation>
    </message>
    <message>
        <source>The invitation is withdrawn: its code no longer works.</source>
        <translation>The invitation is withdrawn: its code no longer works.</translation>
    </message>
    <message>
        <source>This account is a professional's: registered with the service as %1 of %2.</source>
        <translation>This account is a professional's: registered with the service as %1 of %2.</translation>
    </message>
</context>
<context>
    <name>samen::app::PlanController</name>
    <message>
        <source>Your change could not be saved. Nothing was changed. Please try again.</source>
        <translation>Your change could not be saved. Nothing was changed. Please try again.</translation>
    </message>
    <message>
        <source>Write the date like 31-12-2026.</source>
        <translation>Write the date like 31-12-2026.</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>My plan</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>The plan</translation>
    </message>
    <message>
        <source>%1's plan</source>
        <translation>%1's plan</translation>
    </message>
    <message>
        <source>The step is no longer ticked.</source>
        <translation>The step is no longer ticked.</translation>
    </message>
    <message>
        <source>Goal changed.</source>
        <translation>Goal changed.</translation>
    </message>
    <message>
        <source>Goal deleted.</source>
        <translation>Goal deleted.</translation>
    </message>
    <message>
        <source>Step changed.</source>
        <translation>Step changed.</translation>
    </message>
    <message>
        <source>Step deleted.</source>
        <translation>Step deleted.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <source>the owner of the plan</source>
        <translation>the owner of the plan</translation>
    </message>
</context>
<context>
    <name>samen::app::PlanImportController</name>
    <message>
        <source>Choose a file on this device.</source>
        <translation>Choose a file on this device.</translation>
    </message>
    <message numerus="yes">
        <source>This file holds the plan "%1" with %n records.</source>
        <translation>
            <numerusform>This file holds the plan "%1" with %n record.</numerusform>
            <numerusform>This file holds the plan "%1" with %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file of your plan first.</source>
        <translation>Choose the file of your plan first.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <source>Bringing back your plan and locking it on this device. This can take a few seconds.</source>
        <translation>Bringing back your plan and locking it on this device. This can take a few seconds.</translation>
    </message>
    <message>
        <source>Samen is not ready yet. Try again.</source>
        <translation>Samen is not ready yet. Try again.</translation>
    </message>
</context>
<context>
    <name>samen::app::QtSpeechEngine</name>
    <message>
        <source>There is no voice for this language on this device.</source>
        <translation>There is no voice for this language on this device.</translation>
    </message>
    <message>
        <source>The voice of this device does not answer, so reading aloud does not work right now.</source>
        <translation>The voice of this device does not answer, so reading aloud does not work right now.</translation>
    </message>
</context>
<context>
    <name>samen::app::ReadAloud</name>
    <message>
        <source>Reading aloud does not work on this device: it has no voice installed.</source>
        <translation>Reading aloud does not work on this device: it has no voice installed.</translation>
    </message>
    <message>
        <source>My story.</source>
        <translation>My story.</translation>
    </message>
    <message>
        <source>The story.</source>
        <translation>The story.</translation>
    </message>
    <message>
        <source>%1's story.</source>
        <translation>%1's story.</translation>
    </message>
    <message>
        <source>Nothing is written here yet.</source>
        <translation>Nothing is written here yet.</translation>
    </message>
    <message>
        <source>How it is going: %1 out of 10.</source>
        <translation>How it is going: %1 out of 10.</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Not rated yet.</translation>
    </message>
    <message>
        <source>Goal: %1. %2.</source>
        <translation>Goal: %1. %2.</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>No goals yet.</translation>
    </message>
    <message>
        <source>Goal: %1.</source>
        <translation>Goal: %1.</translation>
    </message>
    <message>
        <source>Why this matters: %1</source>
        <translation>Why this matters: %1</translation>
    </message>
    <message>
        <source>Target date: %1.</source>
        <translation>Target date: %1.</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>No steps yet.</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 of %2 steps done.</translation>
    </message>
    <message>
        <source>Step %1: %2.</source>
        <translation>Step %1: %2.</translation>
    </message>
    <message>
        <source>Who: %1.</source>
        <translation>Who: %1.</translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation>When: %1.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Not done yet.</source>
        <translation>Not done yet.</translation>
    </message>
    <message>
        <source>Nothing to read.</source>
        <translation>Nothing to read.</translation>
    </message>
</context>
<context>
    <name>samen::app::RefusedChangeModel</name>
    <message>
        <source>The service could not accept this change.</source>
        <translation>The service could not accept this change.</translation>
    </message>
    <message>
        <source>Your change to your story</source>
        <translation>Your change to your story</translation>
    </message>
    <message>
        <source>Your change to the name of your plan</source>
        <translation>Your change to the name of your plan</translation>
    </message>
    <message>
        <source>Your choice of life domains</source>
        <translation>Your choice of life domains</translation>
    </message>
    <message>
        <source>A change to your plan</source>
        <translation>A change to your plan</translation>
    </message>
    <message>
        <source>Moving "%1" in your list of life domains</source>
        <translation>Moving "%1" in your list of life domains</translation>
    </message>
    <message>
        <source>Your score for "%1"</source>
        <translation>Your score for "%1"</translation>
    </message>
    <message>
        <source>Removing the goal "%1"</source>
        <translation>Removing the goal "%1"</translation>
    </message>
    <message>
        <source>A new goal: "%1"</source>
        <translation>A new goal: "%1"</translation>
    </message>
    <message>
        <source>Your change to the goal "%1"</source>
        <translation>Your change to the goal "%1"</translation>
    </message>
    <message>
        <source>Removing the step "%1"</source>
        <translation>Removing the step "%1"</translation>
    </message>
    <message>
        <source>A new step: "%1"</source>
        <translation>A new step: "%1"</translation>
    </message>
    <message>
        <source>Marking the step "%1" as done</source>
        <translation>Marking the step "%1" as done</translation>
    </message>
    <message>
        <source>Your change to the step "%1"</source>
        <translation>Your change to the step "%1"</translation>
    </message>
    <message>
        <source>Adding %1 to your plan</source>
        <translation>Adding %1 to your plan</translation>
    </message>
    <message>
        <source>Your change to the details of %1</source>
        <translation>Your change to the details of %1</translation>
    </message>
    <message>
        <source>A change to what %1 may see or change</source>
        <translation>A change to what %1 may see or change</translation>
    </message>
    <message>
        <source>An invitation for %1</source>
        <translation>An invitation for %1</translation>
    </message>
    <message>
        <source>A new meeting: "%1"</source>
        <translation>A new meeting: "%1"</translation>
    </message>
    <message>
        <source>Your change to the meeting "%1"</source>
        <translation>Your change to the meeting "%1"</translation>
    </message>
    <message>
        <source>A new agreement: "%1"</source>
        <translation>A new agreement: "%1"</translation>
    </message>
    <message>
        <source>Your change to the agreement "%1"</source>
        <translation>Your change to the agreement "%1"</translation>
    </message>
    <message>
        <source>A line in "What happened"</source>
        <translation>A line in "What happened"</translation>
    </message>
    <message>
        <source>You may not change this part of the plan. Ask the owner of the plan for access, or discard this change.</source>
        <translation>You may not change this part of the plan. Ask the owner of the plan for access, or discard this change.</translation>
    </message>
    <message>
        <source>This change cannot be accepted as it is, so trying again does not help. Discard it, and make the change again if you still want it.</source>
        <translation>This change cannot be accepted as it is, so trying again does not help. Discard it, and make the change again if you still want it.</translation>
    </message>
    <message>
        <source>The date or time on this device was wrong when you made this change. Check them, then try again: the change is sent with the current time.</source>
        <translation>The date or time on this device was wrong when you made this change. Check them, then try again: the change is sent with the current time.</translation>
    </message>
    <message>
        <source>You may not change "%1". Ask the owner of the plan for access, or discard this change.</source>
        <translation>You may not change "%1". Ask the owner of the plan for access, or discard this change.</translation>
    </message>
    <message>
        <source>This change is too large to send to the service. It stays on this device until you discard it.</source>
        <translation>This change is too large to send to the service. It stays on this device until you discard it.</translation>
    </message>
    <message>
        <source>The person you gave this step to cannot see %1, so it would not reach them. The plan's owner can share %1 with them; then send this change again. Or discard it and give the step to someone else.</source>
        <translation>The person you gave this step to cannot see %1, so it would not reach them. The plan's owner can share %1 with them; then send this change again. Or discard it and give the step to someone else.</translation>
    </message>
    <message>
        <source>The person you gave this step to cannot see its life domain, so it would not reach them. The plan's owner can share it with them; then send this change again. Or discard it and give the step to someone else.</source>
        <translation>The person you gave this step to cannot see its life domain, so it would not reach them. The plan's owner can share it with them; then send this change again. Or discard it and give the step to someone else.</translation>
    </message>
    <message>
        <source>%1 cannot see %2: share %2 with %1, then send this change again. Or discard it and give the step to someone else.</source>
        <translation>%1 cannot see %2: share %2 with %1, then send this change again. Or discard it and give the step to someone else.</translation>
    </message>
    <message>
        <source>%1 cannot see %2: ask the plan's owner to share %2 with %1, then send this change again. Or discard it and give the step to someone else.</source>
        <translation>%1 cannot see %2: ask the plan's owner to share %2 with %1, then send this change again. Or discard it and give the step to someone else.</translation>
    </message>
    <message>
        <source>Marking the step "%1" as not done</source>
        <translation>Marking the step "%1" as not done</translation>
    </message>
    <message>
        <source>Giving the step "%1" to %2</source>
        <translation>Giving the step "%1" to %2</translation>
    </message>
    <message>
        <source>You may change this part of the plan now: send this change again.</source>
        <translation>You may change this part of the plan now: send this change again.</translation>
    </message>
    <message>
        <source>You may change "%1" now: send this change again.</source>
        <translation>You may change "%1" now: send this change again.</translation>
    </message>
</context>
<context>
    <name>samen::app::ReviewReminders</name>
    <message>
        <source>%1 (looking back on it was due %2)</source>
        <translation>%1 (looking back on it was due %2)</translation>
    </message>
    <message>
        <source>%1 (look back on it %2)</source>
        <translation>%1 (look back on it %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) to look back on</source>
        <translation>
            <numerusform>%n agreement to look back on</numerusform>
            <numerusform>%n agreements to look back on</numerusform>
        </translation>
    </message>
    <message>
        <source>Next meeting: %1</source>
        <translation>Next meeting: %1</translation>
    </message>
</context>
<context>
    <name>samen::app::ServiceFlow</name>
    <message>
        <source>My device</source>
        <translation>My device</translation>
    </message>
    <message>
        <source>This device could not keep the key safe. Choose a passphrase instead.</source>
        <translation>This device could not keep the key safe. Choose a passphrase instead.</translation>
    </message>
    <message>
        <source>This device could not make a place for the plan. Nothing was changed.</source>
        <translation>This device could not make a place for the plan. Nothing was changed.</translation>
    </message>
    <message>
        <source>This device already holds a plan.</source>
        <translation>This device already holds a plan.</translation>
    </message>
    <message>
        <source>That is not the right passphrase. Try again.</source>
        <translation>That is not the right passphrase. Try again.</translation>
    </message>
    <message>
        <source>The check code should be 64 characters: the digits 0 to 9 and the letters a to f. Leave it empty if you do not have it.</source>
        <translation>The check code should be 64 characters: the digits 0 to 9 and the letters a to f. Leave it empty if you do not have it.</translation>
    </message>
    <message>
        <source>This is only a code. Fill in the address of the service too, or paste the whole link you were sent.</source>
        <translation>This is only a code. Fill in the address of the service too, or paste the whole link you were sent.</translation>
    </message>
    <message>
        <source>The check code of this service is not the one you were given. Do not connect: you may not be talking to the right service.</source>
        <translation>The check code of this service is not the one you were given. Do not connect: you may not be talking to the right service.</translation>
    </message>
    <message>
        <source>This device does not know this service. Ask for the whole link (it holds the check code), or type the check code you were given.</source>
        <translation>This device does not know this service. Ask for the whole link (it holds the check code), or type the check code you were given.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>samen::app::ServiceProbe</name>
    <message>
        <source>Fill in the address of the service, for example https://samen.example.nl.</source>
        <translation>Fill in the address of the service, for example https://samen.example.nl.</translation>
    </message>
    <message>
        <source>The address must start with https://. Samen only talks to a service over a secure connection.</source>
        <translation>The address must start with https://. Samen only talks to a service over a secure connection.</translation>
    </message>
    <message>
        <source>This is not a service address. It looks like https://samen.example.nl, sometimes with a colon and a number at the end.</source>
        <translation>This is not a service address. It looks like https://samen.example.nl, sometimes with a colon and a number at the end.</translation>
    </message>
    <message>
        <source>This device cannot check the service's certificate. Ask whoever runs the service for its certificate file.</source>
        <translation>This device cannot check the service's certificate. Ask whoever runs the service for its certificate file.</translation>
    </message>
</context>
<context>
    <name>samen::app::Session</name>
    <message>
        <source>Housing, money, work, health, family and friends, meaning, daily life.</source>
        <translation>Housing, money, work, health, family and friends, meaning, daily life.</translation>
    </message>
    <message>
        <source>Your plan could not be made: %1</source>
        <translation>Your plan could not be made: %1</translation>
    </message>
    <message>
        <source>Your plan could not be saved. Please try again.</source>
        <translation>Your plan could not be saved. Please try again.</translation>
    </message>
    <message>
        <source>That is not the right passphrase. Try again.</source>
        <translation>That is not the right passphrase. Try again.</translation>
    </message>
    <message>
        <source>This device could not keep the key safe. Choose a passphrase instead.</source>
        <translation>This device could not keep the key safe. Choose a passphrase instead.</translation>
    </message>
    <message>
        <source>The key of your plan could not be read from this device's key store. Is the key store unlocked?</source>
        <translation>The key of your plan could not be read from this device's key store. Is the key store unlocked?</translation>
    </message>
    <message>
        <source>The key in this device's key store does not open this plan.</source>
        <translation>The key in this device's key store does not open this plan.</translation>
    </message>
    <message>
        <source>Your plan is locked with this device's key store, and that key store is locked now. Unlock it (for example by signing in to this computer again), then choose 'Open my plan' again.</source>
        <translation>Your plan is locked with this device's key store, and that key store is locked now. Unlock it (for example by signing in to this computer again), then choose 'Open my plan' again.</translation>
    </message>
    <message>
        <source>This device holds no plan: joining a plan did not finish.</source>
        <translation>This device holds no plan: joining a plan did not finish.</translation>
    </message>
    <message>
        <source>This device holds no plan yet.</source>
        <translation>This device holds no plan yet.</translation>
    </message>
    <message>
        <source>The plan is no longer on this device.</source>
        <translation>The plan is no longer on this device.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Type your passphrase first.</translation>
    </message>
    <message>
        <source>The plan file could not be repaired: %1</source>
        <translation>The plan file could not be repaired: %1</translation>
    </message>
    <message>
        <source>Samen made a new plan file and kept the damaged one. This device's connection to a service could not be read from the damaged file, so your plan cannot be fetched again from here. Start a new plan, or ask the plan's owner for a new invitation.</source>
        <translation>Samen made a new plan file and kept the damaged one. This device's connection to a service could not be read from the damaged file, so your plan cannot be fetched again from here. Start a new plan, or ask the plan's owner for a new invitation.</translation>
    </message>
    <message>
        <source>A way of looking at health in six parts: body, mind, meaning, quality of life, taking part, daily life.</source>
        <translation>A way of looking at health in six parts: body, mind, meaning, quality of life, taking part, daily life.</translation>
    </message>
    <message>
        <source>The list many care workers use (the Self-Reliance Matrix): eleven parts, such as money, housing and addiction.</source>
        <translation>The list many care workers use (the Self-Reliance Matrix): eleven parts, such as money, housing and addiction.</translation>
    </message>
    <message>
        <source>Only the start of your plan file was damaged. It was written back from its copy, and nothing was lost.</source>
        <translation>Only the start of your plan file was damaged. It was written back from its copy, and nothing was lost.</translation>
    </message>
    <message>
        <source>Your plan file was repaired. The damaged file is kept on this device.</source>
        <translation>Your plan file was repaired. The damaged file is kept on this device.</translation>
    </message>
    <message>
        <source>Some changes that were not sent yet could not be read: make them again.</source>
        <translation>Some changes that were not sent yet could not be read: make them again.</translation>
    </message>
    <message>
        <source>Your plan is fetched again from the case service.</source>
        <translation>Your plan is fetched again from the case service.</translation>
    </message>
</context>
<context>
    <name>samen::app::SpeechWorker</name>
    <message>
        <source>Reading aloud does not work on this device: it has no voice installed.</source>
        <translation>Reading aloud does not work on this device: it has no voice installed.</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this device right now.</source>
        <translation>Reading aloud does not work on this device right now.</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this device.</source>
        <translation>Reading aloud does not work on this device.</translation>
    </message>
</context>
<context>
    <name>samen::app::SyncStatus</name>
    <message>
        <source>This change is no longer in the list. Nothing was changed.</source>
        <translation>This change is no longer in the list. Nothing was changed.</translation>
    </message>
    <message>
        <source>That did not work. Nothing was changed. Please try again.</source>
        <translation>That did not work. Nothing was changed. Please try again.</translation>
    </message>
    <message>
        <source>Sending this change again cannot help: it is not allowed or not valid. Nothing was changed. You can discard it, or ask the owner of the plan for access.</source>
        <translation>Sending this change again cannot help: it is not allowed or not valid. Nothing was changed. You can discard it, or ask the owner of the plan for access.</translation>
    </message>
</context>
<context>
    <name>samen::app::TeamController</name>
    <message>
        <source>I do it myself</source>
        <translation>I do it myself</translation>
    </message>
    <message>
        <source>the person whose plan it is</source>
        <translation>the person whose plan it is</translation>
    </message>
    <message>
        <source>Keep the overview of your plan yourself?</source>
        <translation>Keep the overview of your plan yourself?</translation>
    </message>
    <message>
        <source>Hand the coordination over to %1?</source>
        <translation>Hand the coordination over to %1?</translation>
    </message>
    <message>
        <source> %1 stays in your plan as before.</source>
        <translation> %1 stays in your plan as before.</translation>
    </message>
    <message>
        <source>You keep the overview of your plan and plan the meetings yourself.</source>
        <translation>You keep the overview of your plan and plan the meetings yourself.</translation>
    </message>
    <message>
        <source> Your note goes into the timeline, for the old and the new coordinator to read.</source>
        <translation> Your note goes into the timeline, for the old and the new coordinator to read.</translation>
    </message>
    <message>
        <source>%1 keeps the overview of your plan and plans the meetings with you. You stay the one who decides.</source>
        <translation>%1 keeps the overview of your plan and plans the meetings with you. You stay the one who decides.</translation>
    </message>
    <message>
        <source>You now keep the overview of your plan yourself.</source>
        <translation>You now keep the overview of your plan yourself.</translation>
    </message>
    <message>
        <source>%1 now coordinates your plan. Your note is in the timeline.</source>
        <translation>%1 now coordinates your plan. Your note is in the timeline.</translation>
    </message>
</context>
</TS>
