import QtQuick
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// "Read aloud" on every page issue 17 names (the story on the home page, a life domain, a
// goal with its steps, the access log), pressed by keyboard as a person would, on a phone:
// the text handed to the speech engine (a recording one, TestSpeech) says what the page
// shows, in the app's language. tests/app/readaloud_test.cpp checks the exact sentences.
TestCase {
    id: testCase

    name: "ReadAloudPages"
    width: 390
    height: 844
    when: windowShown
    visible: true

    TestSpeech {
        id: speech
    }
    Component {
        id: shellComponent

        AppShell {
            width: testCase.width
            height: testCase.height
        }
    }

    // Presses the "Read aloud" button inside holder (a ReadAloudButton) with Space; the text the engine got.
    function readAloud(holder) {
        verify(holder, "the page has a read aloud button");
        const button = findChild(holder, "readAloudButton");
        verify(button && button.visible, "the button shows");
        verify(button.enabled, "with a voice the button is on");
        const before = speech.count;
        button.forceActiveFocus();
        keyClick(Qt.Key_Space);
        compare(speech.count, before + 1, "one text handed to the engine");
        compare(speech.lastLanguage, "en", "in the app's language");
        return speech.lastText;
    }
    function contains(text, part) {
        verify(text.indexOf(part) >= 0, "'" + part + "' is read in: " + text);
    }
    function firstDomain() {
        return Session.plan.domains.get(0).key;
    }

    function initTestCase() {
        speech.install();
        verify(Session.createDemoPlan("read-aloud-1"), Session.error);
    }
    function cleanupTestCase() {
        speech.uninstall();
    }

    function test_1_the_home_page_reads_the_story() {
        verify(Session.plan.setStory("I want to pay my bills on time."));
        const shell = createTemporaryObject(shellComponent, testCase);
        waitForRendering(shell);
        contains(readAloud(findChild(shell, "readStory")), "I want to pay my bills on time.");
    }

    function test_2_a_domain_page_reads_the_domain_and_its_goals() {
        const key = firstDomain();
        verify(Session.plan.addGoal(key, "Find a quiet place to live", "", "").length > 0, Session.plan.lastError);
        const shell = createTemporaryObject(shellComponent, testCase);
        waitForRendering(shell);
        shell.openDomain(key);
        const page = findChild(shell, "detailStack").currentItem;
        waitForRendering(page);
        const text = readAloud(findChild(page, "readDomain"));
        contains(text, Session.plan.domains.get(0).label);
        contains(text, "Goal: Find a quiet place to live.");
    }

    function test_3_a_goal_page_reads_the_goal_and_each_step() {
        const key = firstDomain();
        const goalId = Session.plan.addGoal(key, "Open a bank account", "So my money is safe", "");
        verify(goalId.length > 0, Session.plan.lastError);
        verify(Session.plan.addStep(goalId, "Call the bank", "", "").length > 0, Session.plan.lastError);
        verify(Session.plan.addStep(goalId, "Bring my passport", "", "").length > 0, Session.plan.lastError);
        const shell = createTemporaryObject(shellComponent, testCase);
        waitForRendering(shell);
        shell.openDomain(key);
        shell.openGoal(goalId);
        const page = findChild(shell, "detailStack").currentItem;
        waitForRendering(page);
        const text = readAloud(findChild(page, "readGoal"));
        contains(text, "Goal: Open a bank account.");
        contains(text, "So my money is safe");
        contains(text, "Step 1: Call the bank.");
        contains(text, "Step 2: Bring my passport.");
    }

    function test_4_the_access_log_reads_who_looked_at_the_plan() {
        verify(TestStore.connectToService("read-aloud-1"), "the plan is connected to a real case service");
        const shell = createTemporaryObject(shellComponent, testCase);
        waitForRendering(shell);
        shell.showSection("log");
        tryVerify(() => findChild(shell, "readLog") !== null && findChild(shell, "readLog").visible, 20000, "the log can be read aloud");
        const log = findChild(shell, "readLog").listModel;
        tryVerify(() => !log.loading && log.count > 0, 20000, "the service's log arrived: " + log.error);
        const text = readAloud(findChild(shell, "readLog"));
        contains(text, "Who looked at my plan");
        contains(text, log.get(0).description);
    }
}
