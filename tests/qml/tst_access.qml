import QtQuick
import QtQuick.Controls
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// The app offers only what the member may do: Robin's plan opened on the device of
// a professional who may read "money" and change "work". Read-only where there is
// no write, and whose plan it is in the title; an edit the member may not make is
// refused in C++ too and stores nothing.
TestCase {
    id: testCase

    name: "MemberAccess"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    Component {
        id: homeComponent

        PlanHomePage {
            width: 640
            height: testCase.height
        }
    }
    Component {
        id: domainComponent

        DomainPage {
            width: 640
            height: testCase.height
        }
    }
    Component {
        id: goalComponent

        GoalPage {
            width: 640
            height: testCase.height
        }
    }
    Component {
        id: navComponent

        NavBar {
            width: testCase.width
        }
    }
    GoalListModel {
        id: moneyGoals

        plan: Session.plan
        domainKey: "money"
    }
    StepListModel {
        id: steps

        plan: Session.plan
    }

    property string moneyGoal

    function initTestCase() {
        verify(Session.createPlan("Robin", "default", "robin-plan-1"), Session.error);
        // As the owner: a goal with a step in "money" (it reaches the professional by sync).
        moneyGoal = Session.plan.addGoal("money", "Pay the rent arrears", "", "");
        verify(moneyGoal.length > 0, Session.plan.lastError);
        verify(Session.plan.addStep(moneyGoal, "Call the bailiff", "", "").length > 0, Session.plan.lastError);
        // A step given to someone else: this member may not tick it (review 4, R4-18: only their own).
        const andre = TestStore.addProfessional("André", "Buurtteam", "coach", ["money"], "", "");
        verify(andre.length > 0, Session.plan.lastError);
        verify(Session.plan.addStep(moneyGoal, "Ask the bank", andre, "").length > 0, Session.plan.lastError);
        verify(TestStore.acceptWaiting() > 0);
        verify(TestStore.setMemberAccess({ "money": "read", "work": "write" }));
    }

    function init() {
        verify(TestStore.setMemberAccess({ "money": "read", "work": "write" }));
        Session.plan.clearError();
    }

    function test_1_the_title_says_whose_plan_it_is() {
        verify(!Session.plan.isOwner);
        compare(Session.plan.title, "\u2068Robin\u2069's plan");
        const nav = createTemporaryObject(navComponent, testCase);
        compare(nav.sections[0].label, "\u2068Robin\u2069's plan");
        const home = createTemporaryObject(homeComponent, testCase);
        waitForRendering(home);
        verify(!findChild(home, "storyButton").visible, "only the owner writes the story");
        verify(!findChild(home, "noAccess").visible);
        // Review 4, R4-4: a member who may change Work is offered no way to reorder the owner's life domains.
        const domains = findChild(home, "domainList");
        verify(domains.count > 0);
        for (let i = 0; i < domains.count; ++i) {
            const card = domains.itemAtIndex(i);
            if (card)
                verify(!card.editable, card.key + " offers reordering to a member");
        }

        verify(TestStore.setOwner());
        compare(Session.plan.title, "My plan");
        compare(nav.sections[0].label, "My plan");
        verify(findChild(home, "storyButton").visible);
        tryVerify(() => domains.itemAtIndex(0) && domains.itemAtIndex(0).editable, 5000, "the owner reorders their life domains");
    }

    function test_2_a_read_only_domain_has_no_slider_and_no_new_goal_form() {
        compare(Session.plan.domainAccess["money"], "read");
        compare(Session.plan.domainAccess["work"], "write");
        verify(Session.plan.domainAccess["housing"] === undefined, "a domain not granted is not readable");
        const page = createTemporaryObject(domainComponent, testCase, { domainKey: "money" });
        waitForRendering(page);
        verify(!findChild(page, "scoreSlider").visible);
        verify(!findChild(page, "noteField").visible);
        verify(!findChild(page, "assessButton").visible);
        verify(!findChild(page, "newGoalForm").visible);
        verify(findChild(page, "readOnlyNote").visible);
        compare(page.title, "Money and debts");

        const writable = createTemporaryObject(domainComponent, testCase, { domainKey: "work" });
        waitForRendering(writable);
        // Write access adds goals; rating how it goes stays the owner's (review 3, finding 13).
        verify(!findChild(writable, "scoreSlider").visible);
        verify(!findChild(writable, "assessButton").visible);
        verify(findChild(writable, "newGoalForm").visible);
        verify(!findChild(writable, "readOnlyNote").visible);
    }

    function test_3_a_read_only_goal_offers_no_new_step_status_or_completion() {
        const page = createTemporaryObject(goalComponent, testCase, { goalId: testCase.moneyGoal });
        waitForRendering(page);
        verify(!findChild(page, "newStepForm").visible);
        verify(!findChild(page, "statusBox").enabled);
        verify(findChild(page, "readOnlyNote").visible);
        steps.goalId = testCase.moneyGoal;
        compare(steps.count, 2);
    }

    function test_4_an_edit_the_member_may_not_make_is_refused_and_stores_nothing() {
        const waiting = TestStore.waitingCount();
        const goalsBefore = moneyGoals.count;
        compare(Session.plan.addGoal("money", "Not mine to add", "", ""), "");
        compare(Session.plan.lastError, "You may read this part of the plan, but not change it. Nothing was saved.");
        compare(moneyGoals.count, goalsBefore);
        verify(!Session.plan.assess("money", 3, "no"));
        verify(!Session.plan.setGoalStatus(testCase.moneyGoal, "done"));
        steps.goalId = testCase.moneyGoal;
        verify(!Session.plan.completeStep(stepCalled("Ask the bank").id), "a step given to someone else");
        verify(!Session.plan.setStory("Written by someone else"));
        compare(Session.plan.lastError, "Only the plan's owner may change this. Nothing was saved.");
        verify(!Session.plan.moveDomain("money", 1));
        compare(TestStore.waitingCount(), waiting, "nothing was stored");

        // Where the member may write, the same calls work.
        verify(Session.plan.addGoal("work", "Adapted hours", "", "").length > 0, Session.plan.lastError);
        verify(TestStore.waitingCount() > waiting);
        // Rating how it goes stays the owner's, also where the member may write (review 3, finding 13).
        const afterGoal = TestStore.waitingCount();
        verify(!Session.plan.assess("work", 6, "Better"));
        compare(Session.plan.lastError, "How it is going and which life domain comes first are for the plan's owner to say. Nothing was saved.");
        verify(!Session.plan.moveDomain("work", -1));
        compare(TestStore.waitingCount(), afterGoal, "nothing was stored");
    }

    function findAccessible(item, name) {
        if (item.Accessible && item.Accessible.name === name)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findAccessible(item.children[i], name);
            if (found)
                return found;
        }
        return null;
    }
    function stepCalled(title) {
        for (let i = 0; i < steps.count; ++i) {
            if (steps.get(i).title === title)
                return steps.get(i);
        }
        return null;
    }

    function test_4b_a_step_given_to_the_member_has_a_working_tick_box_where_they_may_only_read() {
        // Review 4, R4-18: someone given a step can say it is done, also in a life domain they may only read.
        compare(Session.plan.domainAccess["money"], "read");
        steps.goalId = testCase.moneyGoal;
        const mine = stepCalled("Call the bailiff");
        const theirs = stepCalled("Ask the bank");
        verify(mine.tickable, "the member's own step");
        verify(!theirs.tickable, "someone else's step");
        const page = createTemporaryObject(goalComponent, testCase, { goalId: testCase.moneyGoal });
        waitForRendering(page);
        verify(findChild(page, "readOnlyNote").visible);
        const box = findAccessible(page, "Mark as done: Call the bailiff");
        const other = findAccessible(page, "Mark as done: Ask the bank");
        verify(box !== null && other !== null);
        verify(box.enabled, "a working tick box, not a read-only one");
        verify(!other.enabled);
        const waiting = TestStore.waitingCount();
        mouseClick(box);
        tryVerify(() => stepCalled("Call the bailiff").done, 5000, Session.plan.lastError);
        verify(TestStore.waitingCount() > waiting, "the tick is stored to be sent");
        compare(Session.plan.lastError, "");
        // Ticked by mistake: the same box unticks it (the owner's "step done" entry stays; a new one says it is open again).
        const ticked = TestStore.waitingCount();
        let done = null;
        tryVerify(() => (done = findAccessible(page, "Done: Call the bailiff (untick if it is not done)")) !== null, 5000);
        verify(done.enabled, "the box works both ways");
        mouseClick(done);
        tryVerify(() => !stepCalled("Call the bailiff").done, 5000, Session.plan.lastError);
        compare(Session.plan.lastError, "");
        verify(TestStore.waitingCount() > ticked, "the untick is stored to be sent");
    }

    function test_5_with_no_part_readable_the_home_says_so_and_what_to_do() {
        verify(TestStore.setMemberAccess({}));
        verify(!Session.plan.hasAccess);
        const home = createTemporaryObject(homeComponent, testCase);
        waitForRendering(home);
        verify(findChild(home, "noAccess").visible);
        compare(findChild(home, "domainList").count, 0, "no domain is listed");
    }

    function test_6_a_join_that_waits_shows_only_the_wait_with_the_owner_and_a_way_forward() {
        verify(TestStore.setMemberAccess({}));
        verify(TestStore.setJoinWaiting("Robin"));
        verify(Session.plan.waitingToJoin);
        const home = createTemporaryObject(homeComponent, testCase);
        waitForRendering(home);
        const waiting = findChild(home, "waitingToJoin");
        verify(waiting.visible);
        compare(waiting.text, "Waiting for \u2068Robin\u2069 to let you in.");
        verify(!findChild(home, "noAccessTitle").visible, "no \"you cannot see any part\" while waiting");
        const again = findChild(home, "checkAgain");
        verify(again !== null, "a way forward: check again now");
        verify(again.visible);
        compare(again.Accessible.name, "Check again now whether you were let in");
        compare(findChild(home, "domainList").count, 0);
        verify(TestStore.setJoinWaiting(""));
        verify(TestStore.setOwner());
    }
}
