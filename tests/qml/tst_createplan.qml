import QtQuick
import QtTest
import Samen
import Samen.Core

// First run: the plan is made in a real encrypted store; bad input changes nothing.
TestCase {
    id: testCase

    name: "CreatePlanPage"
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
        id: pageComponent

        CreatePlanPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function fill(page, name, pass, again) {
        findChild(page, "planName").text = name;
        findChild(page, "passphrase").text = pass;
        findChild(page, "passphraseAgain").text = again;
    }

    function test_0_the_device_lock_is_used_only_when_it_works() {
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        compare(findChild(page, "keychainChoice").visible, Session.keychainAvailable);
        compare(findChild(page, "passphrase").visible, !Session.keychainAvailable, "without a key store the passphrase is asked");
        if (Session.createPlanWithKeychain("Tess", "default")) {
            // A machine with a secret service: the key round-trips through it.
            Session.lock();
            verify(Session.usesKeychain);
            verify(Session.unlockWithKeychain());
            skip("this machine has a system key store; the rest of this file needs a fresh folder");
        }
        compare(Session.state, Session.Welcome, "no plan is made when the key cannot be kept");
        verify(Session.error.length > 0, "the person is told to choose a passphrase");
        Session.clearError();
    }

    function test_1_mismatched_passphrases_make_no_plan() {
        compare(Session.state, Session.Welcome);
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        fill(page, "Tess", "rustig-aan-1", "rustig-aan-2");
        press(findChild(page, "createButton"));
        compare(Session.state, Session.Welcome, "no plan is made when the passphrases differ");
        verify(findChild(page, "message").text.length > 0, "the page says what is wrong");
    }

    function test_2_too_short_passphrase_is_refused() {
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        fill(page, "Tess", "abc", "abc");
        press(findChild(page, "createButton"));
        compare(Session.state, Session.Welcome);
        verify(findChild(page, "message").text.length > 0);
    }

    function test_3_a_plan_is_made_and_opened_by_keyboard() {
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        fill(page, "Tess", "rustig-aan-1", "rustig-aan-1");
        const button = findChild(page, "createButton");
        verify(button.Accessible.name.length > 0, "the create button has an accessible name");
        button.forceActiveFocus();
        keyClick(Qt.Key_Space);
        tryCompare(Session, "state", Session.Unlocked);
        compare(Session.plan.name, "Tess");
        verify(Session.plan.domains.count >= 6, "the default framework's life domains are there");
        compare(Session.plan.domains.get(0).key, "housing");
    }
}
