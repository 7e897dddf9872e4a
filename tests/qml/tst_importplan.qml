import QtQuick
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// Issue 15, "I have a file of my plan": on a device without a plan a person brings back their
// plan from the FHIR file Samen saved, in a real encrypted store. The way in is on the welcome
// page and works by keyboard; every control on the page has a name and works by keyboard; a file
// that is not a plan is refused with its reason and leaves the data folder empty; a plan file is
// checked and named first, then brought back with progress, locked with the passphrase typed
// twice, and opened.
TestCase {
    id: testCase

    name: "ImportPlan"
    width: 390
    height: 844
    when: windowShown
    visible: true

    // Activates a control the way a keyboard user does: focus, then Space.
    function press(control) {
        verify(control, "the control exists");
        verify(control.visible, "the control is shown");
        verify(control.Accessible.name.length > 0, "the control has an accessible name");
        control.forceActiveFocus();
        verify(control.activeFocus, "the control takes keyboard focus");
        keyClick(Qt.Key_Space);
    }

    Component {
        id: welcomeComponent

        WelcomePage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: pageComponent

        ImportPlanPage {
            width: testCase.width
            height: testCase.height
        }
    }
    SignalSpy {
        id: importSpy

        signalName: "importRequested"
    }
    SignalSpy {
        id: backSpy

        signalName: "backRequested"
    }

    function test_0_the_welcome_page_offers_it_by_keyboard() {
        const page = createTemporaryObject(welcomeComponent, testCase);
        importSpy.target = page;
        importSpy.clear();
        const button = findChild(page, "importButton");
        compare(button.Accessible.name, "I have a file of my plan");
        press(button);
        compare(importSpy.count, 1, "Space on the button opens the page to bring back a plan");
    }

    function test_1_a_file_that_is_not_a_plan_is_refused_and_nothing_is_made() {
        compare(Session.state, Session.Welcome);
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        const notes = TestStore.temporaryFileUrl("notes.json");
        verify(TestStore.writeFile(notes, "{\"shopping\": [\"bread\", \"milk\"]}"));
        verify(!page.controller.chooseFile(notes));
        const banner = findChild(page, "importError");
        verify(banner.visible);
        verify(banner.text.indexOf("Samen cannot import this file") === 0, banner.text);
        verify(!findChild(page, "importLock").visible, "no lock is asked for a file that is not a plan");
        verify(!findChild(page, "importStart").visible);
        verify(!page.controller.start(false, "blue bike on sunday", "blue bike on sunday"));
        compare(Session.state, Session.Welcome);
        verify(TestStore.dataFolderEmpty(), "no plan file was made");
    }

    function test_2_every_control_has_a_name_and_works_by_keyboard() {
        const page = createTemporaryObject(pageComponent, testCase);
        backSpy.target = page;
        backSpy.clear();
        waitForRendering(page);
        const choose = findChild(page, "importChooseFile");
        compare(choose.Accessible.name, "Choose the file");
        verify(choose.activeFocus || (page.forceActiveFocus(), true));
        press(choose);
        tryVerify(() => page.openDialog.visible, 5000, "Space opens the window to choose the file");
        page.openDialog.reject();
        tryVerify(() => !page.openDialog.visible);

        verify(TestStore.writeDemoBundle(TestStore.temporaryFileUrl("robin.json")));
        verify(page.controller.chooseFile(TestStore.temporaryFileUrl("robin.json")), page.controller.error);
        waitForRendering(page);
        compare(findChild(page, "importChooseFile").Accessible.name, "Choose another file");
        for (const name of ["importPassphrase", "importPassphraseAgain"]) {
            const field = findChild(page, name);
            verify(field.visible || Session.keychainAvailable, name);
            if (field.visible) {
                verify(field.Accessible.name.length > 0, name + " has a name");
                field.forceActiveFocus();
                verify(field.activeFocus, name + " takes keyboard focus");
            }
        }
        compare(findChild(page, "importStart").Accessible.name, "Bring back my plan");
        press(findChild(page, "importBack"));
        compare(backSpy.count, 1, "Space on Back goes back");
        compare(Session.state, Session.Welcome);
        verify(TestStore.dataFolderEmpty(), "choosing a file makes nothing yet");
    }

    function test_3_mistyped_passphrases_make_no_plan() {
        const page = createTemporaryObject(pageComponent, testCase);
        verify(TestStore.writeDemoBundle(TestStore.temporaryFileUrl("robin.json")));
        verify(page.controller.chooseFile(TestStore.temporaryFileUrl("robin.json")));
        if (Session.keychainAvailable)
            skip("this machine has a system key store: the passphrase is not asked by default");
        findChild(page, "importPassphrase").text = "blue bike on sunday";
        findChild(page, "importPassphraseAgain").text = "blue bike on monday";
        press(findChild(page, "importStart"));
        verify(findChild(page, "importError").text.indexOf("not the same") >= 0, findChild(page, "importError").text);
        compare(Session.state, Session.Welcome);
        verify(TestStore.dataFolderEmpty());
    }

    function test_4_the_plan_comes_back_with_progress_and_opens() {
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        verify(TestStore.writeDemoBundle(TestStore.temporaryFileUrl("robin.json")));
        verify(page.controller.chooseFile(TestStore.temporaryFileUrl("robin.json")), page.controller.error);
        const summary = findChild(page, "importSummary");
        verify(summary.visible);
        verify(/records/.test(summary.text), summary.text);
        if (!Session.keychainAvailable) {
            findChild(page, "importPassphrase").text = "blue bike on sunday";
            findChild(page, "importPassphraseAgain").text = "blue bike on sunday";
        }
        // What the page showed while the plan was being made (the work may start while the key is still being handled).
        let progressShown = "";
        const watch = () => {
            if (page.controller.busy && findChild(page, "importProgress").visible)
                progressShown = page.controller.progressText;
        };
        page.controller.changed.connect(watch);
        press(findChild(page, "importStart"));
        tryCompare(Session, "state", Session.Unlocked, 60000);
        page.controller.changed.disconnect(watch);
        verify(progressShown.length > 0, "the page showed progress while the plan was made");
        verify(!page.controller.busy);
        verify(Session.plan);
        verify(Session.plan.name.length > 0);
        verify(Session.plan.domains.count > 0, "the plan's life domains came back");
    }
}
