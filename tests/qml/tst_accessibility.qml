import QtQuick
import QtQuick.Controls
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// Every control a person can reach with the keyboard has an accessible name,
// on every page, in the phone and the desktop layout; and Tab moves through
// the page without getting stuck.
TestCase {
    id: testCase

    name: "Accessibility"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    Component { id: welcomeComponent; WelcomePage { anchors.fill: parent } }
    Component { id: createComponent; CreatePlanPage { anchors.fill: parent } }
    Component { id: unlockComponent; UnlockPage { anchors.fill: parent } }
    Component { id: damagedComponent; DamagedPage { anchors.fill: parent } }
    Component { id: noPlanComponent; NoPlanPage { anchors.fill: parent } }
    Component { id: joinComponent; JoinPage { anchors.fill: parent } }
    Component { id: addDeviceComponent; AddDevicePage { anchors.fill: parent } }
    Component { id: shellComponent; AppShell { anchors.fill: parent } }

    MeetingController {
        id: demoMeetings

        plan: Session.plan
    }
    GoalListModel {
        id: goals

        plan: Session.plan
    }

    // The controls in the tree under item that take keyboard focus and are shown.
    function focusable(item, out) {
        if (!item || !item.visible)
            return out;
        const takesFocus = item.enabled
            && (item.activeFocusOnTab === true || (item.focusPolicy !== undefined && (item.focusPolicy & Qt.TabFocus)));
        if (takesFocus)
            out.push(item);
        for (let i = 0; i < item.children.length; ++i)
            focusable(item.children[i], out);
        return out;
    }

    function describe(item) {
        return String(item) + (item.text !== undefined ? " \"" + item.text + "\"" : "") + (item.objectName ? " #" + item.objectName : "");
    }

    function checkNames(root, where) {
        const controls = focusable(root, []);
        verify(controls.length > 0, where + ": has controls");
        for (const control of controls)
            verify(control.Accessible.name && control.Accessible.name.length > 0, where + ": " + describe(control) + " has no accessible name");
        return controls.length;
    }

    // Tab from the first control reaches several different controls and never leaves the page's tree.
    function checkTabOrder(root, where) {
        const controls = focusable(root, []);
        controls[0].forceActiveFocus(Qt.TabFocusReason);
        const seen = new Set();
        for (let i = 0; i < Math.min(controls.length, 12); ++i) {
            keyClick(Qt.Key_Tab);
            const item = root.Window.activeFocusItem;
            verify(item !== null, where + ": focus went nowhere after Tab");
            seen.add(item);
        }
        verify(seen.size >= Math.min(controls.length, 3), where + ": Tab visits " + seen.size + " controls");
    }

    function test_1_pages_before_a_plan_exists() {
        for (const [component, where] of [[welcomeComponent, "welcome"], [createComponent, "create plan"],
                                          [damagedComponent, "damaged plan file"], [noPlanComponent, "no plan"], [joinComponent, "join"],
                                          [addDeviceComponent, "add this device"]]) {
            const page = createTemporaryObject(component, testCase);
            waitForRendering(page);
            checkNames(page, where);
            checkTabOrder(page, where);
        }
    }

    function test_2_every_section_of_the_app_in_both_layouts_data() {
        return [
            { tag: "phone", width: 390, height: 844 },
            { tag: "desktop", width: 1280, height: 800 },
        ];
    }
    function test_2_every_section_of_the_app_in_both_layouts(data) {
        if (Session.state !== Session.Unlocked)
            verify(Session.createDemoPlan("a11y-demo-1"), Session.error);
        testCase.width = data.width;
        testCase.height = data.height;
        const shell = createTemporaryObject(shellComponent, testCase);
        waitForRendering(shell);
        for (const section of ["home", "people", "progress", "timeline", "settings", "connect", "devices", "mydata", "everything"]) {
            shell.showSection(section);
            waitForRendering(shell);
            checkNames(shell, data.tag + " " + section);
        }
        // My data: the two questions before erasing (issue 15).
        shell.showSection("mydata");
        waitForRendering(shell);
        const myData = findChild(shell, "myDataPage");
        myData.askToErase();
        const firstQuestion = findChild(myData, "confirmEraseFirst");
        tryVerify(() => firstQuestion.opened);
        checkNames(firstQuestion.contentItem, data.tag + " first erase question");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !firstQuestion.visible);
        shell.openDomain("money");
        waitForRendering(shell);
        checkNames(shell, data.tag + " domain");
        goals.domainKey = "money";
        shell.openGoal(goals.get(0).id);
        waitForRendering(shell);
        checkNames(shell, data.tag + " goal");
        checkTabOrder(shell, data.tag + " goal");

        // Changes the service refused: the list and the question before discarding.
        if (Session.plan.sync.refused === 0) {
            verify(TestStore.acceptWaiting() >= 0);
            verify(Session.plan.setStory("My story, changed on this device."));
            verify(Session.plan.addGoal("money", "Pay the rent on time", "", "") !== "");
            verify(TestStore.refuseWaiting("forbidden: no write access") > 0);
        }
        shell.openRefused();
        waitForRendering(shell);
        checkNames(shell, data.tag + " refused changes");
        checkTabOrder(shell, data.tag + " refused changes");
        const page = findChild(shell, "refusedChangesPage");
        findChild(page, "discardAllButton").clicked();
        const confirm = findChild(page, "confirmDiscard");
        tryVerify(() => confirm.opened);
        checkNames(confirm.contentItem, data.tag + " discard question");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !confirm.visible);
    }

    // Everyone who helps, the handover, planning a meeting, a held meeting with its agreements,
    // and their dialogs (issue 13).
    function test_2b_the_team_and_meeting_pages_and_dialogs_data() {
        return [
            { tag: "phone", width: 390, height: 844 },
            { tag: "desktop", width: 1280, height: 800 },
        ];
    }
    function test_2b_the_team_and_meeting_pages_and_dialogs(data) {
        if (Session.state !== Session.Unlocked)
            verify(Session.createDemoPlan("a11y-demo-1"), Session.error);
        testCase.width = data.width;
        testCase.height = data.height;
        const shell = createTemporaryObject(shellComponent, testCase);
        waitForRendering(shell);
        // Which meetings to walk, read from the test's own controller before any page changes: a list
        // read from a page's controller is a live view of it, and empty once that page has gone.
        const held = demoMeeting("held");
        const planned = demoMeeting("planned");
        for (const [section, pageName] of [["team", "professionalsPage"], ["handover", "handoverPage"], ["meeting-plan", "planMeetingPage"]]) {
            const page = showPage(shell, section, pageName, data.tag);
            checkNames(page, data.tag + " " + section);
            checkTabOrder(page, data.tag + " " + section);
        }
        // The handover question.
        const handover = showPage(shell, "handover", "handoverPage", data.tag);
        findChild(handover, "candidate_1").checked = true;
        findChild(handover, "candidate_1").toggled();
        findChild(handover, "handOverButton").clicked();
        checkDialog(findChild(handover, "confirmHandover"), data.tag + " handover question");

        // The held meeting, its agreements and their dialogs.
        let page = openMeetingPage(shell, held, data.tag);
        checkNames(page, data.tag + " held meeting");
        checkTabOrder(page, data.tag + " held meeting");
        findChild(page, "addAgreementButton").clicked();
        checkDialog(findChild(page, "agreementDialog"), data.tag + " new agreement");
        const agreement = page.meeting.agreements.find(a => a.status === "open");
        verify(agreement !== undefined, "the held meeting has an open agreement");
        findChild(page, "evaluate_" + agreement.id).clicked();
        checkDialog(findChild(page, "evaluateDialog"), data.tag + " look back from the meeting");

        // The planned meeting and the question before cancelling it.
        page = openMeetingPage(shell, planned, data.tag);
        checkNames(page, data.tag + " planned meeting");
        checkTabOrder(page, data.tag + " planned meeting");
        findChild(page, "cancelMeetingButton").clicked();
        checkDialog(findChild(page, "confirmCancelMeeting"), data.tag + " cancel question");

        // Looking back on an agreement, from the plan home's "to talk about".
        shell.showSection("home");
        waitForRendering(shell);
        const talk = findChild(shell, "talkAbout");
        verify(talk !== null && talk.visible, data.tag + ": the plan home shows what to talk about");
        checkNames(talk, data.tag + " to talk about");
        const due = talk.meetings.toTalkAbout.reviewsDue;
        verify(due.length > 0, "the demo plan has an agreement to look back on");
        findChild(talk, "evaluate_" + due[0].id).clicked();
        checkDialog(findChild(talk, "evaluateDialog"), data.tag + " look back on an agreement");
    }
    // The id of the demo plan's first meeting with this status; fails when there is none.
    function demoMeeting(status) {
        const found = demoMeetings.meetings.find(m => m.status === status);
        verify(found !== undefined, "the demo plan has a " + status + " meeting");
        return String(found.id);
    }
    // Shows a section and returns its page, failing when that page is not what is shown.
    function showPage(shell, section, pageName, where) {
        shell.showSection(section);
        waitForRendering(shell);
        const page = shell.sectionPage();
        verify(page !== null && page.objectName === pageName && page.visible, where + ": the " + section + " page is shown");
        return page;
    }
    function openMeetingPage(shell, meetingId, where) {
        shell.openMeeting(meetingId);
        waitForRendering(shell);
        const page = shell.sectionPage();
        verify(page !== null && page.objectName === "meetingPage" && page.visible, where + ": the meeting page is shown");
        compare(page.meeting.id, meetingId, where + ": the meeting page shows the meeting opened");
        return page;
    }
    // A dialog opens, every control in it has a name and Tab moves through it; Escape closes it.
    function checkDialog(dialog, where) {
        verify(dialog !== null, where + ": the dialog exists");
        tryVerify(() => dialog.opened, 5000, where + ": the dialog opened");
        // The dialog is as tall as what it holds (its content as contentItem, or as its one child).
        const content = dialog.contentChildren.length === 1 ? dialog.contentChildren[0] : dialog.contentItem;
        verify(content.implicitHeight > 0 && dialog.availableHeight >= content.implicitHeight - 1,
               where + ": the dialog fits its content (" + dialog.availableHeight + " for " + content.implicitHeight + ")");
        checkNames(dialog.contentItem, where);
        checkTabOrder(dialog.contentItem, where);
        keyClick(Qt.Key_Escape);
        tryVerify(() => !dialog.visible, 5000, where + ": Escape closed the dialog");
    }

    // The pages of the people around the citizen, connected to a real service: the
    // service's check code, the devices with the code and QR code for the next one.
    // Tab presses from the start of the home page until the main menu's entry named name has focus (0: not in 40).
    function tabsTo(shell, name) {
        shell.forceActiveFocus(Qt.TabFocusReason);
        for (let press = 1; press <= 40; ++press) {
            keyClick(Qt.Key_Tab);
            const item = shell.Window.activeFocusItem;
            if (item && item.Accessible.name === name && item.Accessible.role === Accessible.PageTab)
                return press;
        }
        return 0;
    }

    function test_2c_a_keyboard_reaches_the_main_menu_first_on_a_phone_as_on_a_desktop_data() {
        return [
            { tag: "phone", width: 390, height: 844 },
            { tag: "desktop", width: 1280, height: 800 },
        ];
    }
    function test_2c_a_keyboard_reaches_the_main_menu_first_on_a_phone_as_on_a_desktop(data) {
        if (Session.state !== Session.Unlocked)
            verify(Session.createDemoPlan("a11y-demo-1"), Session.error);
        testCase.width = data.width;
        testCase.height = data.height;
        const shell = createTemporaryObject(shellComponent, testCase);
        waitForRendering(shell);
        // The menu's second and fifth entries: right after the first, not after every control of the home page.
        compare(tabsTo(shell, "People"), 2, data.tag + ": Tab presses to People");
        compare(tabsTo(shell, "Settings"), 5, data.tag + ": Tab presses to Settings");
    }

    function test_3_connect_and_devices_when_connected() {
        if (Session.state !== Session.Unlocked)
            verify(Session.createDemoPlan("a11y-demo-1"), Session.error);
        verify(TestStore.connectToService("a11y-demo-1"), "the plan is connected to a real service");
        testCase.width = 390;
        testCase.height = 844;
        const shell = createTemporaryObject(shellComponent, testCase);
        shell.showSection("connect");
        waitForRendering(shell);
        tryVerify(() => findChild(shell, "pinGroups") !== null && findChild(shell, "pinGroups").visible);
        checkNames(shell, "connected service");
        checkTabOrder(shell, "connected service");
        // The people pages that ask the service: pending sections, invite (with the code and QR code), consent, log.
        shell.showSection("people");
        tryVerify(() => findChild(shell, "inviteButton") !== null && findChild(shell, "inviteButton").visible, 20000);
        checkNames(shell, "people when connected");
        shell.showSection("invite");
        shell.sectionPage().fillExample();
        tryCompare(shell.sectionPage().controller, "state", "made", 20000);
        waitForRendering(shell);
        checkNames(shell, "invitation made");
        checkTabOrder(shell, "invitation made");
        shell.openConsent(Session.plan.members.get(0).id);
        waitForRendering(shell);
        checkNames(shell, "consent");
        checkTabOrder(shell, "consent");
        findChild(shell, "withdrawAll").clicked();
        const question = findChild(shell, "confirmConsent");
        tryVerify(() => question.opened);
        checkNames(question.contentItem, "withdraw question");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !question.visible);
        shell.showSection("log");
        tryVerify(() => !shell.sectionPage().log.loading && shell.sectionPage().log.count > 0, 20000);
        checkNames(shell, "access log");
        shell.showSection("devices");
        const page = shell.sectionPage();
        tryVerify(() => page.devices.count > 0 && !page.devices.loading, 20000);
        page.devices.addDevice();
        tryVerify(() => page.devices.nextCode.length > 0, 20000);
        waitForRendering(shell);
        checkNames(shell, "devices with a code");
        checkTabOrder(shell, "devices with a code");
    }

    function test_4_the_unlock_page() {
        Session.lock();
        const page = createTemporaryObject(unlockComponent, testCase);
        waitForRendering(page);
        checkNames(page, "unlock");
        page.forceActiveFocus(); // as the app's page loader does
        verify(findChild(page, "unlockPassphrase").activeFocus, "the passphrase field has focus when the page opens");
    }
}
