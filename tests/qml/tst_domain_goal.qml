import QtQuick
import QtTest
import Samen
import Samen.Core

// Domain and goal pages: assess a domain, add a goal, add a step and complete it;
// each lands in the real store and in the timeline.
TestCase {
    id: testCase

    name: "DomainAndGoalPages"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    // Activates a control the way a keyboard user does: focus, then Space.
    function press(control) {
        verify(control, "the control exists");
        verify(control.Accessible.name.length > 0, "the control has an accessible name");
        control.forceActiveFocus();
        verify(control.activeFocus, "the control takes keyboard focus");
        keyClick(Qt.Key_Space);
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
        id: shellComponent

        AppShell {
            width: testCase.width
            height: testCase.height
        }
    }
    GoalListModel {
        id: goals

        plan: Session.plan
        domainKey: "money"
    }
    StepListModel {
        id: steps

        plan: Session.plan
    }

    function initTestCase() {
        verify(Session.createPlan("Robin", "default", "robin-plan-1"), Session.error);
    }

    function test_1_assessing_a_domain_stores_score_and_words() {
        const page = createTemporaryObject(domainComponent, testCase, { domainKey: "money" });
        waitForRendering(page);
        findChild(page, "scoreSlider").value = 3;
        findChild(page, "noteField").text = "The letters keep coming.";
        press(findChild(page, "assessButton"));
        const domain = Session.plan.domain("money");
        compare(domain.score, 3);
        compare(domain.note, "The letters keep coming.");
        compare(findChild(page, "noteField").text, "", "the field is emptied after saving");
    }

    function test_2_a_goal_without_a_title_is_refused_with_the_error_next_to_the_field() {
        const page = createTemporaryObject(domainComponent, testCase, { domainKey: "money" });
        waitForRendering(page);
        const count = goals.count;
        findChild(page, "goalTitle").text = "   ";
        findChild(page, "goalWhy").text = "So I can sleep again.";
        press(findChild(page, "addGoalButton"));
        compare(goals.count, count);
        const error = findChild(page, "goalTitleError");
        verify(error.visible && error.text.length > 0, "a plain message shows right below the title");
        compare(error.text, Session.plan.lastError);
        compare(findChild(page, "goalWhy").text, "So I can sleep again.", "what was typed is kept");
    }

    function test_3_a_goal_and_a_step_are_added_and_the_step_completed() {
        const page = createTemporaryObject(domainComponent, testCase, { domainKey: "money" });
        waitForRendering(page);
        const count = goals.count;
        findChild(page, "goalTitle").text = "One overview of my debts";
        findChild(page, "goalWhy").text = "So I can sleep again.";
        findChild(page, "goalDue").date = "2027-01-31";
        press(findChild(page, "addGoalButton"));
        compare(goals.count, count + 1);
        const goalId = goals.get(goals.count - 1).id;
        compare(Session.plan.goal(goalId).why, "So I can sleep again.");

        const goalPage = createTemporaryObject(goalComponent, testCase, { goalId: goalId });
        waitForRendering(goalPage);
        steps.goalId = goalId;
        findChild(goalPage, "stepTitle").text = "Collect all letters in one folder";
        press(findChild(goalPage, "addStepButton"));
        compare(steps.count, 1);
        compare(steps.get(0).done, false);

        const timelineBefore = Session.plan.timeline.count;
        verify(Session.plan.completeStep(steps.get(0).id));
        compare(steps.get(0).done, true);
        compare(Session.plan.timeline.count, timelineBefore + 1, "a small success appears in the timeline");
    }

    function test_4_completing_a_step_in_the_app_shows_a_calm_celebration() {
        const shell = createTemporaryObject(shellComponent, testCase);
        waitForRendering(shell);
        const goalId = goals.get(goals.count - 1).id;
        steps.goalId = goalId;
        shell.openDomain("money");
        shell.openGoal(goalId);
        const goalPage = findChild(shell, "detailStack").currentItem;
        findChild(goalPage, "stepTitle").text = "Call the budget coach";
        press(findChild(goalPage, "addStepButton"));
        tryCompare(steps, "count", 2);
        const boxName = "Mark as done: Call the budget coach";
        let box = null;
        tryVerify(() => { box = findAccessible(goalPage, boxName); return box !== null; });
        press(box);
        tryVerify(() => steps.get(1).done);
        const celebration = findChild(shell, "celebration");
        tryVerify(() => celebration.visible);
        verify(celebration.text.indexOf("Call the budget coach") >= 0);
    }

    function test_5_return_ticks_a_step_as_space_does() {
        const goalPage = createTemporaryObject(goalComponent, testCase, { goalId: goals.get(goals.count - 1).id });
        waitForRendering(goalPage);
        steps.goalId = goals.get(goals.count - 1).id;
        const before = steps.count;
        findChild(goalPage, "stepTitle").text = "Phone the landlord";
        press(findChild(goalPage, "addStepButton"));
        tryCompare(steps, "count", before + 1);
        let box = null;
        tryVerify(() => { box = findAccessible(goalPage, "Mark as done: Phone the landlord"); return box !== null; });
        box.forceActiveFocus();
        verify(box.activeFocus, "the step's box takes keyboard focus");
        keyClick(Qt.Key_Return);
        tryVerify(() => steps.get(before).done, 5000, "Return ticked the step and it is stored");
    }

    // Types text key by key, as a person does.
    function type(text) {
        for (const c of text)
            keyClick(c);
    }

    // Review 6, #8: typing a new step's text and pressing Return did nothing. Return in a form's text field does what
    // its button does: adds the step, adds the goal, saves how it is going.
    function test_6_return_in_a_forms_text_field_does_what_its_button_does() {
        const domainPage = createTemporaryObject(domainComponent, testCase, { domainKey: "money" });
        waitForRendering(domainPage);
        const goalCount = goals.count;
        const goalTitle = findChild(domainPage, "goalTitle");
        goalTitle.forceActiveFocus();
        type("Open the post every week");
        compare(goalTitle.text, "Open the post every week");
        keyClick(Qt.Key_Return);
        tryCompare(goals, "count", goalCount + 1);
        const goalId = goals.get(goals.count - 1).id;
        compare(Session.plan.goal(goalId).title, "Open the post every week");
        compare(goalTitle.text, "", "the field is emptied, ready for the next");

        const note = findChild(domainPage, "noteField");
        findChild(domainPage, "scoreSlider").value = 6;
        note.forceActiveFocus();
        type("Better");
        keyClick(Qt.Key_Return);
        tryVerify(() => Session.plan.domain("money").note === "Better", 5000, "Return saved how it is going");

        const goalPage = createTemporaryObject(goalComponent, testCase, { goalId: goalId });
        waitForRendering(goalPage);
        steps.goalId = goalId;
        const field = findChild(goalPage, "stepTitle");
        field.forceActiveFocus();
        type("Buy a letter tray");
        keyClick(Qt.Key_Return);
        tryCompare(steps, "count", 1);
        compare(steps.get(0).title, "Buy a letter tray");
        compare(field.text, "");
        type("Empty it on Mondays");
        keyClick(Qt.Key_Enter);
        tryCompare(steps, "count", 2);
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
}
