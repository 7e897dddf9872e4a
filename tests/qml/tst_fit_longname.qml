import QtQuick
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// Review 5 of issue 14, #3: a citizen with an 80-character name, in the phone layout at 100 % and 200 % text size. The
// plan's title was cut under a button, a bottom-bar tab grew to 10 lines and "All plans" wrapped. Where room is fixed
// (titles, tabs, chips) a long name takes one or two lines, elided, and its whole is kept for a screen reader; nothing
// grows without bound, and FitCheck finds nothing.
TestCase {
    id: testCase

    name: "FitLongName"
    width: 390
    height: 844
    when: windowShown
    visible: true

    readonly property string longName: "Anna Maria Wilhelmina Theodora van den Berghe-Oudshoorn de Vries-Janssen Bakkers"

    Component {
        id: phoneComponent

        CaseloadPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function initTestCase() {
        compare(testCase.longName.length, 80);
        const ids = TestCaseloadStore.showCaseload([{ name: testCase.longName, role: "coach", grants: { money: "write", work: "read" }, attention: 1 }]);
        compare(ids.length, 1);
    }
    function cleanupTestCase() {
        DisplaySettings.textScale = 1.0;
    }
    function cleanup() {
        if (Session.caseload)
            Session.caseload.closePlan();
    }

    function topOf(item) {
        return item.mapToItem(null, 0, 0).y;
    }
    function bottomOf(item) {
        return item.mapToItem(null, 0, item.height).y;
    }
    function save(page, name) {
        if (TestCaseloadStore.shotDir().length > 0)
            grabImage(page).save(TestCaseloadStore.shotDir() + "/" + name + ".png");
    }
    // Every visible Text under item (its own text items: labels, button and tab texts).
    function texts(item, found) {
        if (!item || !item.visible)
            return found;
        if (item.lineCount !== undefined && item.text !== undefined && typeof item.text === "string" && item.height > 0)
            found.push(item);
        for (let i = 0; i < item.children.length; ++i)
            texts(item.children[i], found);
        return found;
    }

    function check_the_plan_with_a_long_name(scale, shot) {
        DisplaySettings.textScale = scale;
        const page = createTemporaryObject(phoneComponent, testCase);
        waitForRendering(page);
        verify(Session.caseload.openPlan(Session.caseload.plans.get(0).id));
        tryVerify(() => page.planPane !== null && page.planPane.shell !== null);
        const shell = page.planPane.shell;
        waitForRendering(page);

        const title = findChild(page.planPane, "caseloadPlanTitle");
        verify(title.visible);
        verify(title.lineCount <= 2, "the title takes " + title.lineCount + " lines");
        verify(title.Accessible.name.indexOf(testCase.longName) >= 0, "the whole name for a screen reader: " + title.Accessible.name);
        const back = findChild(page.planPane, "caseloadBack");
        verify(back.visible);
        compare(back.contentItem.lineCount, 1, "\"All plans\" on one line");
        const leave = findChild(page.planPane, "caseloadLeave");
        tryVerify(() => bottomOf(title) <= topOf(leave) + 0.5 || topOf(title) >= bottomOf(leave) - 0.5
                  || title.mapToItem(null, title.width, 0).x <= leave.mapToItem(null, 0, 0).x + 0.5, 2000,
                  "the title is not under a button: title " + topOf(title) + " to " + bottomOf(title) + " (" + title.lineCount
                  + " lines, " + title.implicitHeight + "), leave " + topOf(leave) + " to " + bottomOf(leave));

        const nav = findChild(shell, "bottomNav");
        verify(nav.visible);
        for (const text of texts(nav, []))
            verify(text.lineCount <= 2, "a bottom-bar text takes " + text.lineCount + " lines: " + text.text);
        // Review 6, #21: at 200 % the bar of one row also named the plan, under the caseload's title: the title twice.
        if (nav.collapsed) {
            const titles = texts(page, []).filter(t => t.text === title.text || t.text === Session.plan.title);
            compare(titles.length, 1, "the plan's title shows once: " + titles.map(t => t.text).join(" | "));
        }
        verify(nav.height <= testCase.height / 5, "the bottom bar is " + nav.height + " high");
        tryVerify(() => !TestFit.moving(page));
        save(page, shot);
        compare(TestFit.problems(page), []);
    }

    function test_1_a_long_name_at_100_percent() {
        check_the_plan_with_a_long_name(1.0, "longname-plan-phone");
    }
    function test_2_a_long_name_at_200_percent() {
        check_the_plan_with_a_long_name(2.0, "longname-plan-phone-200");
    }

    // Review 5, #5: an Arabic name in the English app. Every name put into a sentence is isolated, so the words around
    // it keep their order; the bottom bar's title is aligned by the app's layout direction, not by the name's.
    function test_3_a_right_to_left_name_is_isolated_and_aligned_by_the_layout() {
        const arabic = "\u0633\u0627\u0631\u0629 \u0623\u062D\u0645\u062F";
        const ids = TestCaseloadStore.showCaseload([{ name: arabic, role: "coach", grants: { money: "write" }, attention: 1 }]);
        compare(ids.length, 1);
        DisplaySettings.textScale = 2.0;
        const page = createTemporaryObject(phoneComponent, testCase);
        waitForRendering(page);
        // The caseload's row: the name on the app's side, not the right because the name is Arabic.
        const row = findChild(page, "caseloadCitizenName");
        compare(row.text, arabic);
        compare(row.effectiveHorizontalAlignment, Text.AlignLeft);
        save(page, "rtl-name-caseload-phone-200");
        verify(Session.caseload.openPlan(ids[0]));
        tryVerify(() => page.planPane !== null && page.planPane.shell !== null);
        waitForRendering(page);
        // The plan's own owner (the test plan is Robin's) and the caseload's name for it, each isolated.
        compare(Session.plan.title, "\u2068Robin\u2069's plan");
        compare(findChild(page.planPane, "caseloadPlanTitle").text, "Plan of \u2068" + arabic + "\u2069");
        compare(findChild(page.planPane, "caseloadLeave").Accessible.name, "Leave the plan of \u2068" + arabic + "\u2069");
        const place = findChild(page.planPane.shell, "navCurrentPlace");
        verify(place !== null && !place.visible, "on the plan's home the bar does not repeat the plan's title (review 6, #21)");
        page.planPane.shell.showSection("people");
        tryVerify(() => place.visible, 2000, "a phone at 200 %: elsewhere the bar shows the place and a menu");
        compare(place.text, "People");
        tryVerify(() => !TestFit.moving(page));
        save(page, "rtl-name-plan-phone-200");
        // Even a title that starts with right-to-left letters keeps to the app's side.
        place.text = arabic + "'s plan";
        compare(place.effectiveHorizontalAlignment, Text.AlignLeft);
    }
}
