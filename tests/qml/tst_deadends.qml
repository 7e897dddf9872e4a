import QtQuick
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// Every state of the app has a way forward: a plan file damaged while in use offers
// repair (which keeps what can be read), a member removed from the plan can start a
// new plan in the same file, and a damaged file can be set aside to start over.
TestCase {
    id: testCase

    name: "DeadEnds"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: damagedComponent

        DamagedPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: shellComponent

        AppShell {
            anchors.fill: parent
        }
    }
    Component {
        id: noPlanComponent

        NoPlanPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function damage() {
        // The store logs what it met (content-free); expected here.
        ignoreWarning(new RegExp("a damaged page was met"));
        verify(TestStore.damagePlanFile(), "a byte of the plan file was flipped");
        TestStore.reload();
        tryCompare(Session, "state", Session.Damaged);
        compare(Session.plan, null, "nothing of a damaged plan is shown");
    }

    function test_1_damage_found_while_in_use_offers_repair_which_keeps_the_plan() {
        verify(Session.createPlan("Tess", "default", "tess-plan-1"));
        verify(Session.plan.setStory("Written before the damage"));
        damage();
        const page = createTemporaryObject(damagedComponent, testCase);
        verify(page);
        const repair = findChild(page, "repairButton");
        compare(repair.Accessible.name, "Repair my plan");
        compare(findChild(page, "startOverButton").Accessible.name, "Start over with a new plan");
        const field = findChild(page, "damagedPassphrase");
        verify(field.visible, "the key is not kept while the plan is open: repair asks for the passphrase");
        field.text = "tess-plan-1";
        ignoreWarning(new RegExp("page check: 1 of \\d+ pages failed"));
        field.forceActiveFocus();
        keyClick(Qt.Key_Return);
        compare(Session.error, "");
        compare(Session.state, Session.Unlocked);
        compare(Session.plan.name, "Tess");
        compare(Session.plan.story, "Written before the damage", "the change not yet sent was kept");
        // The plan shows with what the repair did, until OK (before: nothing was said).
        const shell = createTemporaryObject(shellComponent, testCase);
        verify(shell);
        const notice = findChild(shell, "repairNotice");
        verify(notice.visible);
        verify(notice.text.startsWith("Your plan file was repaired. The damaged file is kept on this device."), notice.text);
        if (TestCaseloadStore.shotDir() !== "") {
            wait(300);
            grabImage(shell).save(TestCaseloadStore.shotDir() + "/repaired-phone-en.png");
        }
        Session.dismissRepairNotice();
        verify(!notice.visible);
        if (TestCaseloadStore.shotDir() !== "") {
            wait(100);
            grabImage(shell).save(TestCaseloadStore.shotDir() + "/repaired-dismissed-phone-en.png");
        }
    }

    function test_2_a_removed_member_can_start_a_new_plan_in_the_same_file() {
        verify(TestStore.removeFromPlan("Robin has removed you from the plan."));
        TestStore.reload();
        tryCompare(Session, "state", Session.NoPlan);
        const page = createTemporaryObject(noPlanComponent, testCase);
        verify(page);
        compare(findChild(page, "noPlanReason").text, "Robin has removed you from the plan.");
        findChild(page, "noPlanName").text = "Sam";
        const field = findChild(page, "noPlanPassphrase");
        verify(field.visible);
        field.text = "tess-plan-1";
        const start = findChild(page, "startPlanHereButton");
        compare(start.Accessible.name, "Start a new plan");
        mouseClick(start);
        compare(Session.error, "");
        compare(Session.state, Session.Unlocked);
        compare(Session.plan.name, "Sam");
    }

    function test_3_a_damaged_file_can_be_set_aside_to_start_over() {
        damage();
        const page = createTemporaryObject(damagedComponent, testCase);
        verify(page);
        mouseClick(findChild(page, "startOverButton"));
        compare(Session.state, Session.Welcome);
    }
}
