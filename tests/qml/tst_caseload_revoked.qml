import QtQuick
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// Review 5 of issue 14, #2: a professional's device the administrator revoked, on a phone at 200 % text size. The
// "Connect this device again" card scrolls (its button was cut off, its error never seen): the error shows beside the
// field; and the notices show the newest first, three of them, with a button for the earlier ones (the newest came
// last under 30 old ones).
TestCase {
    id: testCase

    name: "CaseloadRevoked"
    width: 390
    height: 844
    when: windowShown
    visible: true

    readonly property string newest: "This device was disconnected from the case service by your administrator."

    Component {
        id: phoneComponent

        CaseloadPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function initTestCase() {
        TestCaseloadStore.showCaseload([]);
        TestCaseloadStore.showRevoked(30, testCase.newest);
        verify(Session.caseload.disconnected);
        DisplaySettings.textScale = 2.0;
    }
    function cleanupTestCase() {
        DisplaySettings.textScale = 1.0;
    }

    // The item's top and bottom in the window.
    function topOf(item) {
        return item.mapToItem(null, 0, 0).y;
    }
    function bottomOf(item) {
        return item.mapToItem(null, 0, item.height).y;
    }
    // Whole inside the scroll view's viewport (what is not clipped away).
    function inSight(item, scroller) {
        return item.visible && topOf(item) >= topOf(scroller) - 0.5 && bottomOf(item) <= bottomOf(scroller) + 0.5;
    }
    function save(page, name) {
        if (TestCaseloadStore.shotDir().length === 0)
            return;
        const image = grabImage(page);
        image.save(TestCaseloadStore.shotDir() + "/" + name + ".png");
    }

    function test_1_the_newest_notice_first_and_the_earlier_ones_on_request() {
        const page = createTemporaryObject(phoneComponent, testCase);
        waitForRendering(page);
        const notice = findChild(page, "caseloadNotice");
        verify(notice.visible);
        compare(notice.text.split("\n")[0], testCase.newest);
        compare(notice.text.split("\n").length, 3);
        const toggle = findChild(page, "caseloadNoticesToggle");
        verify(toggle.visible);
        compare(toggle.text, "Show all 31 notices");
        compare(toggle.Accessible.name, "Show all 31 notices");
        toggle.forceActiveFocus();
        keyClick(Qt.Key_Space);
        compare(notice.text.split("\n").length, 31);
        compare(notice.text.split("\n")[0], testCase.newest);
        compare(toggle.text, "Show only the newest notices");
        toggle.forceActiveFocus();
        keyClick(Qt.Key_Space);
        compare(notice.text.split("\n").length, 3);
    }

    function test_2_connect_again_scrolls_and_its_error_shows_beside_the_field() {
        const page = createTemporaryObject(phoneComponent, testCase);
        waitForRendering(page);
        const scroller = findChild(page, "caseloadReconnectScroller");
        verify(scroller !== null && scroller.visible, "the card is in a scroll view");
        const field = findChild(page, "caseloadReconnectCode");
        const button = findChild(page, "caseloadReconnectButton");
        verify(field.visible);
        field.forceActiveFocus();
        keyClick(Qt.Key_A);
        // The button is reached by keyboard and brought in sight.
        keyClick(Qt.Key_Tab);
        tryVerify(() => button.activeFocus);
        tryVerify(() => inSight(button, scroller), 2000, "the button is on the screen: " + topOf(button) + " to " + bottomOf(button));
        save(page, "caseload-revoked-phone-200-button");
        keyClick(Qt.Key_Space);
        const error = findChild(page, "caseloadReconnectError");
        tryVerify(() => error.visible);
        compare(error.text, "This caseload has no case service to connect to.");
        verify(!findChild(page, "caseloadError").visible, "said once, beside the field");
        tryVerify(() => inSight(error, scroller), 2000, "the error is on the screen: " + topOf(error) + " to " + bottomOf(error));
        tryVerify(() => topOf(error) >= bottomOf(field) - 0.5, 2000, "under the field: " + topOf(error) + " " + bottomOf(field));
        verify(topOf(error) - bottomOf(field) < field.height, "right under the field");
        save(page, "caseload-revoked-phone-200-error");
        compare(TestFit.problems(page), []);
        Session.caseload.clearError();
    }
}
