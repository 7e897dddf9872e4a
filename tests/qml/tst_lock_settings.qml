import QtQuick
import QtTest
import Samen
import Samen.Core

// Unlocking, locking and settings: a wrong passphrase opens nothing; the
// language switch changes the words on screen.
TestCase {
    id: testCase

    name: "UnlockAndSettings"
    width: 390
    height: 844
    when: windowShown
    visible: true

    // Activates a control the way a keyboard user does: focus, then Space.
    function press(control) {
        verify(control, "the control exists");
        verify(control.Accessible.name.length > 0, "the control has an accessible name");
        control.forceActiveFocus();
        verify(control.activeFocus, "the control takes keyboard focus");
        keyClick(Qt.Key_Space);
    }

    Component {
        id: unlockComponent

        UnlockPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: settingsComponent

        SettingsPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function initTestCase() {
        verify(Session.createPlan("Tess", "positive-health", "tess-plan-1"), Session.error);
        Session.lock();
    }

    function cleanupTestCase() {
        Session.language = "en";
    }

    function test_1_a_wrong_passphrase_keeps_the_plan_locked() {
        const page = createTemporaryObject(unlockComponent, testCase);
        waitForRendering(page);
        const field = findChild(page, "unlockPassphrase");
        field.forceActiveFocus();
        field.text = "not-the-one";
        keyClick(Qt.Key_Return);
        compare(Session.state, Session.Locked);
        compare(Session.plan, null);
        verify(Session.error.length > 0, "the person is told the passphrase is wrong");
    }

    function test_2_the_right_passphrase_opens_the_plan() {
        const page = createTemporaryObject(unlockComponent, testCase);
        waitForRendering(page);
        findChild(page, "unlockPassphrase").text = "tess-plan-1";
        press(findChild(page, "unlockButton"));
        tryCompare(Session, "state", Session.Unlocked);
        compare(Session.plan.name, "Tess");
        compare(Session.plan.domains.get(0).key, "bodily-functions", "the chosen framework was kept");
    }

    function test_3_switching_to_dutch_changes_the_words_on_screen() {
        const page = createTemporaryObject(settingsComponent, testCase);
        waitForRendering(page);
        const lockButton = findChild(page, "lockButton");
        const english = lockButton.text;
        const box = findChild(page, "languageBox");
        verify(box.Accessible.name.length > 0);
        box.currentIndex = 0;   // Nederlands
        box.activated(0);
        tryCompare(Session, "language", "nl");
        tryVerify(() => lockButton.text !== english, 2000, "the button's text is now Dutch");
        compare(Session.plan.domains.get(0).label, "Lichaam", "domain names follow the language");
    }

    function test_4_idle_time_and_lock_now() {
        const page = createTemporaryObject(settingsComponent, testCase);
        waitForRendering(page);
        const idle = findChild(page, "idleBox");
        idle.value = 2;
        idle.valueModified();
        compare(Session.idleMinutes, 2);
        press(findChild(page, "lockButton"));
        compare(Session.state, Session.Locked);
        compare(Session.plan, null);
    }
}
