import QtQuick
import QtQuick.Controls
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// Review 6: a caseload row says whether the professional may only read or also change the plan (#20); an empty
// caseload says how a plan comes, not "choose a plan on the left" or "another plan" (#15); several notices show
// one by one (#15); the check code of a service is named, not placed "below" where it is above (#16).
TestCase {
    id: testCase

    name: "CaseloadStates"
    width: 1280
    height: 844
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        CaseloadPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: phoneComponent

        CaseloadPage {
            width: 390
            height: testCase.height
        }
    }
    Component {
        id: enrolComponent

        EnrolPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function rowOf(name) {
        const plans = Session.caseload.plans;
        for (let i = 0; i < plans.count; ++i) {
            if (plans.get(i).citizenName === name)
                return i;
        }
        return -1;
    }

    function test_1_a_row_says_whether_the_plan_may_only_be_read_or_also_changed() {
        const ids = TestCaseloadStore.showCaseload([
            { name: "Robin", role: "coach", grants: { money: "read" } },
            { name: "Sam", role: "coach", grants: { work: "write" } },
            { name: "Zoë", role: "coach", grants: { money: "read", work: "write" } }
        ]);
        compare(ids.length, 3);
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        const plans = Session.caseload.plans;
        compare(plans.get(rowOf("Robin")).accessText, "You may read these life domains, not change them");
        compare(plans.get(rowOf("Sam")).accessText, "You may read and change these life domains");
        const mixed = plans.get(rowOf("Zoë")).accessText;
        verify(/^Read and change: Work[^.]*\. Only read: Money/.test(mixed), mixed);
        const list = findChild(page, "caseloadList");
        const row = list.itemAtIndex(rowOf("Zoë"));
        verify(row.Accessible.name.indexOf(mixed) > 0, row.Accessible.name);
        const shown = findChild(row, "caseloadAccess");
        verify(shown.visible);
        compare(shown.text, mixed);
    }

    function test_2_several_notices_show_one_by_one() {
        TestCaseloadStore.showCaseload([{ name: "Robin", role: "coach", grants: { money: "read" } }]);
        TestCaseloadStore.showRevoked(1, "You are no longer part of Sam's plan. It has been removed from this device.");
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        compare(Session.caseload.notices.length, 2);
        const banner = findChild(page, "caseloadNotice");
        verify(banner.visible);
        const lines = [];
        const walk = item => {
            if (item.objectName === "bannerLine" && item.visible)
                lines.push(item);
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i]);
        };
        walk(banner);
        compare(lines.length, 2, "each notice is an item of its own");
        compare(lines[0].text, "You are no longer part of Sam's plan. It has been removed from this device.", "newest first");
        compare(lines[1].text, "Old notice 1: a plan left this device.");
        const firstBottom = lines[0].mapToItem(null, 0, lines[0].height).y;
        const secondTop = lines[1].mapToItem(null, 0, 0).y;
        verify(secondTop >= firstBottom + Theme.spacingSmall, "apart from each other: " + firstBottom + " " + secondTop);
    }

    function test_3_an_empty_caseload_says_how_a_plan_comes() {
        TestCaseloadStore.showCaseload([]);
        compare(Session.caseload.plans.total, 0);
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        const choose = findChild(page, "caseloadChoose");
        verify(choose.visible);
        verify(choose.text.indexOf("on the left") < 0, choose.text);
        verify(choose.text.indexOf("invitation code") >= 0, choose.text);
        const join = findChild(page, "caseloadJoin");
        compare(join.text, "Join a plan with a code");
        verify(choose.text.indexOf("\"" + join.text + "\"") >= 0, "it names the button: " + choose.text);
        const phone = createTemporaryObject(phoneComponent, testCase);
        waitForRendering(phone);
        compare(findChild(phone, "caseloadJoin").text, "Join a plan with a code");
        verify(findChild(phone, "caseloadEmpty").visible);
        // With a plan, joining is joining another one.
        TestCaseloadStore.showCaseload([{ name: "Robin", role: "coach", grants: { money: "read" } }]);
        const again = createTemporaryObject(pageComponent, testCase);
        waitForRendering(again);
        compare(findChild(again, "caseloadJoin").text, "Join another plan with a code");
        compare(findChild(again, "caseloadChoose").text, "Choose a plan on the left to open it.");
    }

    // Review 6, #16: "Compare the check code below" stood under the check code, at every width.
    function test_4_the_check_code_is_named_not_placed_at_both_widths() {
        const address = TestStore.startService();
        for (const width of [390, 1280]) {
            const page = createTemporaryObject(enrolComponent, testCase);
            page.width = width;
            waitForRendering(page);
            findChild(page, "enrolAddress").text = address;
            mouseClick(findChild(page, "enrolCheck"));
            tryVerify(() => page.flow.state === "checked", 20000, page.flow.message);
            const message = findChild(page, "enrolCheckedMessage");
            const pins = findChild(page, "enrolPinGroups");
            verify(message.visible && pins.visible);
            verify(findChild(page, "enrolSame").visible, "a service this device does not know yet: compare");
            verify(!/\b(below|above)\b/.test(message.text), message.text);
            verify(message.text.indexOf("check code of the service") >= 0, "named as its label says: " + message.text);
            page.destroy();
        }
    }
}
