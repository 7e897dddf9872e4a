import QtQuick
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// Review 6 of issue 14, #6: while the caseload cannot reach the service its page says so, calmly: nothing is lost,
// when the list was last up to date, and "Try again", which asks for a round now (by keyboard too). On a phone at
// 200 % it fits. The real service stopped and started again: tests/sync/caseloadreach_test.cpp.
TestCase {
    id: testCase

    name: "CaseloadOffline"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: phoneComponent

        CaseloadPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function initTestCase() {
        const ids = TestCaseloadStore.showCaseload([{ name: "Robin", role: "coach", grants: { money: "write" }, attention: 1 },
                                                    { name: "Sam", role: "coach", grants: { work: "read" }, attention: 0 }]);
        compare(ids.length, 2);
    }
    function cleanupTestCase() {
        DisplaySettings.textScale = 1.0;
    }

    function test_1_offline_is_said_calmly_with_try_again() {
        const page = createTemporaryObject(phoneComponent, testCase);
        waitForRendering(page);
        const line = findChild(page, "caseloadOffline");
        verify(line !== null);
        verify(!line.visible, "reached: no line");

        TestCaseloadStore.showOffline(20);
        tryVerify(() => line.visible);
        const text = findChild(line, "caseloadOfflineText");
        verify(text.text.indexOf("No connection to the service. What you do here is kept, and is sent as soon as there is a connection again.") === 0, text.text);
        verify(/Last up to date: today at \d\d:\d\d\.$/.test(text.text) || text.text.indexOf("Last up to date: yesterday at") >= 0, text.text);
        compare(text.Accessible.name, text.text);
        compare(findChild(page, "caseloadList").count, 2, "the list stays, with the line above it");

        const button = findChild(line, "caseloadTryAgain");
        verify(button.visible && button.Accessible.name.length > 0);
        const before = TestCaseloadStore.roundsAsked();
        button.forceActiveFocus();
        keyClick(Qt.Key_Space);
        compare(TestCaseloadStore.roundsAsked(), before + 1, "Try again asks for a round now");

        TestCaseloadStore.showOffline(-1);
        tryVerify(() => !line.visible, 2000, "reached again: the line goes");
    }

    function test_2_at_200_percent_on_a_phone_it_fits() {
        DisplaySettings.textScale = 2.0;
        TestCaseloadStore.showOffline(90);
        const page = createTemporaryObject(phoneComponent, testCase);
        waitForRendering(page);
        const line = findChild(page, "caseloadOffline");
        tryVerify(() => line.visible);
        tryVerify(() => !TestFit.moving(page));
        if (TestCaseloadStore.shotDir().length > 0)
            grabImage(page).save(TestCaseloadStore.shotDir() + "/caseload-offline-phone-200.png");
        const problems = TestFit.problems(page);
        TestCaseloadStore.showOffline(-1);
        DisplaySettings.textScale = 1.0;
        compare(problems, []);
    }
}
