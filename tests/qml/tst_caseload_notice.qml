import QtQuick
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// Review 4, R4-19: on a phone at 200 % text size a caseload plan showing a long notice above its pages could not be
// reached (the notice pushed the page and its menu off the screen). The notices take at most a third of the height,
// scrolling inside; the plan's page and its menu stay in reach. On a desktop a notice that appears as the plan opens
// leaves every page laid out for the height that is left (the known gap of docs/accessibility.md until issue 14).
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

    Component {
        id: desktopComponent

        CaseloadPage {
            width: 1280
            height: 800
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

    // The tour's picture caseload-plan-notice: the plan opened from its Settings to its home, the notice set in the same
    // moment, before anything was laid out. Before issue 14 the page column kept its height from before the notice (the
    // domain page beside the home ran off the bottom) and the home column its old layout.
    function test_2_a_notice_as_the_plan_opens_on_a_desktop_leaves_every_page_in_the_height_left() {
        DisplaySettings.textScale = 1.0;
        const page = createTemporaryObject(desktopComponent, testCase);
        waitForRendering(page);
        verify(Session.caseload.openPlan(Session.caseload.plans.get(0).id));
        tryVerify(() => page.planPane !== null && page.planPane.shell !== null);
        const shell = page.planPane.shell;
        shell.showSection("settings");
        waitForRendering(page);
        shell.showSection("home");
        shell.celebration = testCase.longNotice;
        tryVerify(() => !TestFit.moving(page), 10000, "the pages settle");
        waitForRendering(page);
        wait(100);
        const notice = findChild(shell, "celebration");
        verify(notice.visible && notice.height > 0);
        const stack = findChild(shell, "detailStack");
        verify(stack.visible && stack.currentItem !== null, "the first life domain is shown beside the home");
        const domain = stack.currentItem;
        compare(domain.height, stack.height, "the domain page is as high as the room it has");
        verify(bottomOf(stack) <= testCase.height + 0.5 && bottomOf(stack) <= 800.5, "the domain pages end on the screen (" + bottomOf(stack) + ")");
        const home = shell.sectionPage();
        verify(bottomOf(home) <= 800.5, "the home ends on the screen (" + bottomOf(home) + ")");
        const homeRight = home.mapToItem(null, home.width, 0).x;
        const stackLeft = stack.mapToItem(null, 0, 0).x;
        verify(homeRight <= stackLeft + 0.5, "the home column ends where the domain page begins (" + homeRight + ", " + stackLeft + ")");
        verify(home.width < shell.width / 2, "the home column has its share of the row, not the whole (" + home.width + " of " + shell.width + ")");
        shell.celebration = "";
        Session.caseload.closePlan();
        DisplaySettings.textScale = 2.0;
    }
}
