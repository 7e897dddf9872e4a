import QtQuick
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// Review 4, R4-19: on a phone at 200 % text size a caseload plan showing a long notice above its pages could not be
// reached (the notice pushed the page and its menu off the screen). The notices take at most a third of the height,
// scrolling inside; the plan's page and its menu stay in reach.
TestCase {
    id: testCase

    name: "CaseloadNotice"
    width: 390
    height: 844
    when: windowShown
    visible: true

    readonly property string longNotice: "Robin has withdrawn your access to Housing, Work and daytime activities, Money and debts. "
                                         + "Those parts of the plan are no longer on this device. 2 changes you had made here and not "
                                         + "sent yet went with it: they were not saved anywhere. ".repeat(3)

    Component {
        id: phoneComponent

        CaseloadPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function initTestCase() {
        const ids = TestCaseloadStore.showCaseload([{ name: "Robin", role: "coach", grants: { money: "write", work: "read" }, attention: 1 }]);
        compare(ids.length, 1);
        DisplaySettings.textScale = 2.0;
    }
    function cleanupTestCase() {
        DisplaySettings.textScale = 1.0;
    }

    // The item's bottom in the window.
    function bottomOf(item) {
        return item.mapToItem(null, 0, item.height).y;
    }

    function test_1_a_long_notice_above_a_caseload_plan_leaves_the_plan_in_reach() {
        const page = createTemporaryObject(phoneComponent, testCase);
        waitForRendering(page);
        verify(Session.caseload.openPlan(Session.caseload.plans.get(0).id));
        tryVerify(() => page.planPane !== null && page.planPane.shell !== null);
        const shell = page.planPane.shell;
        shell.celebration = testCase.longNotice;
        waitForRendering(page);
        const notice = findChild(shell, "celebration");
        verify(notice.visible);
        verify(notice.height > shell.height / 2, "the notice is long at 200 % (" + notice.height + ")");
        const nav = findChild(shell, "bottomNav");
        verify(nav.visible);
        verify(bottomOf(nav) <= testCase.height + 0.5, "the menu is on the screen (" + bottomOf(nav) + ")");
        verify(shell.sectionPage().height >= shell.height / 4, "the plan's page keeps room (" + shell.sectionPage().height + " of " + shell.height + ")");
        shell.celebration = "";
        Session.caseload.closePlan();
    }
}
