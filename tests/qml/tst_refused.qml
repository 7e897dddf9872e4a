import QtQuick
import QtQuick.Controls
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// Changes the case service refused: the person sees what and why in plain
// words, and can try again (only where that can help: a wrong clock) or (after
// confirming) discard, by mouse and keyboard.
TestCase {
    id: testCase

    name: "RefusedChanges"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: shellComponent

        AppShell {
            anchors.fill: parent
        }
    }
    GoalListModel {
        id: moneyGoals

        plan: Session.plan
        domainKey: "money"
    }

    function initTestCase() {
        verify(Session.createPlan("Tess", "default", "tess-plan-1"), Session.error);
        // The new plan reached the service; from here on the service refuses what the test says.
        verify(TestStore.acceptWaiting() > 0);
    }

    // Every test starts with nothing refused and nothing waiting.
    function init() {
        if (Session.plan.sync.refused > 0)
            verify(Session.plan.sync.discardAll());
        verify(TestStore.acceptWaiting() >= 0);
        Session.plan.sync.clearActionError();
        compare(TestStore.refusedCount(), 0);
        compare(TestStore.waitingCount(), 0);
        testCase.width = 390;
        testCase.height = 844;
    }

    property int round: 0
    property string storyBefore
    property int rentGoalsBefore
    property string findWorkId

    function opCount(card) {
        const model = Session.plan.sync.refusedChanges;
        return model.get(model.indexOf(card.id)).opIds.length;
    }
    // How many goals in the money domain carry this title (earlier tests leave accepted ones behind).
    function goalsTitled(title) {
        return goalTitles().filter(t => t === title).length;
    }
    function goalTitles() {
        const titles = [];
        for (let i = 0; i < moneyGoals.count; ++i)
            titles.push(moneyGoals.get(i).title);
        return titles;
    }

    // Three refused changes: the story (not allowed), a new goal (wrong clock), a change to an accepted goal (invalid).
    function refuseThree() {
        storyBefore = Session.plan.story;
        rentGoalsBefore = goalsTitled("Pay the rent");
        ++round;
        verify(Session.plan.setStory("I want one plan for everything (" + round + ")."));
        compare(TestStore.refuseWaiting("forbidden"), 1);
        verify(Session.plan.addGoal("money", "Pay the rent", "So I can stay in my home", "") !== "");
        verify(TestStore.refuseWaiting("clock@money") > 1);
        findWorkId = Session.plan.addGoal("money", "Find work", "", "");
        verify(findWorkId !== "");
        verify(TestStore.acceptWaiting() > 0);
        verify(Session.plan.setGoalStatus(findWorkId, "in-progress"));
        compare(TestStore.refuseWaiting("invalid@money"), 1);
        compare(Session.plan.sync.refused, 3);
    }

    // Opens the list the way a person does: the button in the sync status line.
    function openList(shell) {
        const status = findChild(shell, "syncStatus");
        const show = findChild(status, "showRefusedButton");
        verify(show.visible, "the status line offers to show the refused changes");
        mouseClick(show);
        const page = findPage(shell);
        verify(page !== null, "the refused changes page opened");
        const stack = findChild(shell, "detailStack");
        tryVerify(() => !stack.busy, 2000, "the page has slid in");
        waitForRendering(shell);
        return page;
    }
    function findPage(shell) {
        const stack = findChild(shell, "detailStack");
        return stack.currentItem && stack.currentItem.objectName === "refusedChangesPage" ? stack.currentItem : null;
    }
    function cards(page) {
        const out = [];
        const walk = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i];
                if (child.what !== undefined && child.why !== undefined && child.focusFirstButton !== undefined)
                    out.push(child);
                else
                    walk(child);
            }
        };
        walk(page);
        return out;
    }
    function cardFor(page, what) {
        for (const card of cards(page)) {
            if (card.what === what)
                return card;
        }
        return null;
    }

    function test_1_the_list_says_what_was_refused_and_why_in_plain_words_data() {
        return [{ tag: "phone", width: 390, height: 844 }, { tag: "desktop", width: 1280, height: 800 }];
    }
    function test_1_the_list_says_what_was_refused_and_why_in_plain_words(data) {
        refuseThree();
        testCase.width = data.width;
        testCase.height = data.height;
        const shell = createTemporaryObject(shellComponent, testCase);
        waitForRendering(shell);
        const status = findChild(shell, "syncStatus");
        verify(status.sentence.endsWith("3 changes were not accepted."), status.sentence);
        const show = findChild(status, "showRefusedButton");
        compare(show.Accessible.name, "View the changes that were not accepted");

        const page = openList(shell);
        const shown = cards(page);
        compare(shown.length, 3);
        compare(shown[0].what, "Your change to your story");
        compare(shown[0].why, "You may not change this part of the plan. Ask the owner of the plan for access, or discard this change.");
        // Only the app's own words: no line with the service's message on the card.
        compare(shown[0].detail, undefined);
        compare(shown[1].what, "A new goal: \"\u2068Pay the rent\u2069\"");
        compare(shown[1].why, "The date or time on this device was wrong when you made this change. Check them, then try again: the change is sent with the current time.");
        compare(shown[2].what, "Your change to the goal \"\u2068Find work\u2069\"");
        compare(shown[2].why, "This change cannot be accepted as it is, so trying again does not help. Discard it, and make the change again if you still want it.");
        // Only a change refused for its clock can be sent again; the others offer discard alone.
        compare(shown.map(card => findChild(card, "retryButton").visible), [false, true, false]);
        compare(shown.map(card => findChild(card, "discardButton").visible), [true, true, true]);
        // The labels on screen carry the same plain words; no ids anywhere.
        compare(findChild(shown[1], "what").text, "A new goal: \"\u2068Pay the rent\u2069\"");
        compare(findChild(shown[1], "why").text, shown[1].why);
        const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-/;
        for (const card of shown)
            verify(!uuid.test(card.what) && !uuid.test(card.why), card.what);
        compare(findChild(shown[1], "retryButton").Accessible.name, "Try again: A new goal: \"\u2068Pay the rent\u2069\"");
        compare(findChild(shown[1], "discardButton").Accessible.name, "Discard: A new goal: \"\u2068Pay the rent\u2069\"");
        // While the list is on screen the status line does not offer it again.
        verify(!show.visible);
        if (data.tag === "phone") {
            mouseClick(findChild(page, "backButton"));
            tryVerify(() => findPage(shell) === null);
            verify(show.visible);
        }
    }

    function test_2_try_again_puts_the_change_back_in_line_to_be_sent() {
        refuseThree();
        const refusedOps = TestStore.refusedCount();
        const shell = createTemporaryObject(shellComponent, testCase);
        waitForRendering(shell);
        const page = openList(shell);
        const goal = cardFor(page, "A new goal: \"\u2068Pay the rent\u2069\"");
        const goalOps = opCount(goal);
        verify(goalOps > 1, "a new goal is several operations, shown as one change");
        mouseClick(findChild(goal, "retryButton"));
        compare(Session.plan.sync.refused, 2);
        compare(TestStore.refusedCount(), refusedOps - goalOps);
        compare(TestStore.waitingCount(), goalOps);
        compare(cardFor(page, "A new goal: \"\u2068Pay the rent\u2069\""), null);
        compare(Session.plan.sync.actionError, "");
        // Still in the plan: it waits to be sent.
        compare(goalsTitled("Pay the rent"), rentGoalsBefore + 1);
        // The keyboard stays on the page, on the next change's first button (Discard: the story cannot be sent again).
        tryVerify(() => cards(page).length === 2 && page.Window.activeFocusItem === findChild(cards(page)[0], "discardButton"));
    }

    function test_3_cancel_on_the_question_changes_nothing() {
        refuseThree();
        const shell = createTemporaryObject(shellComponent, testCase);
        waitForRendering(shell);
        const page = openList(shell);
        mouseClick(findChild(cardFor(page, "A new goal: \"\u2068Pay the rent\u2069\""), "discardButton"));
        const confirm = findChild(page, "confirmDiscard");
        tryVerify(() => confirm.opened);
        compare(confirm.question, "Discard this change?");
        compare(confirm.subject, "A new goal: \"\u2068Pay the rent\u2069\"");
        mouseClick(findChild(confirm.contentItem, "cancelButton"));
        tryVerify(() => !confirm.visible);
        compare(Session.plan.sync.refused, 3);
        compare(goalsTitled("Pay the rent"), rentGoalsBefore + 1);
        verify(cardFor(page, "A new goal: \"\u2068Pay the rent\u2069\"") !== null);
    }

    function test_4_discard_after_confirming_takes_the_change_out_of_the_plan() {
        refuseThree();
        const refusedOps = TestStore.refusedCount();
        const shell = createTemporaryObject(shellComponent, testCase);
        waitForRendering(shell);
        const page = openList(shell);
        // A new goal goes away completely.
        const goal = cardFor(page, "A new goal: \"\u2068Pay the rent\u2069\"");
        const goalOps = opCount(goal);
        mouseClick(findChild(goal, "discardButton"));
        const confirm = findChild(page, "confirmDiscard");
        tryVerify(() => confirm.opened);
        mouseClick(findChild(confirm.contentItem, "confirmButton"));
        tryVerify(() => !confirm.visible);
        compare(Session.plan.sync.refused, 2);
        compare(TestStore.refusedCount(), refusedOps - goalOps);
        compare(TestStore.waitingCount(), 0);
        compare(goalsTitled("Pay the rent"), rentGoalsBefore);
        compare(moneyGoals.get(moneyGoals.indexOf(findWorkId)).status, "in-progress");
        // A refused change to an accepted goal: the goal stays, with its accepted value.
        waitForRendering(shell);
        const status = cardFor(page, "Your change to the goal \"\u2068Find work\u2069\"");
        mouseClick(findChild(status, "discardButton"));
        tryVerify(() => confirm.opened);
        mouseClick(findChild(confirm.contentItem, "confirmButton"));
        tryVerify(() => !confirm.visible);
        compare(moneyGoals.get(moneyGoals.indexOf(findWorkId)).status, "open");
        // The story goes back to what it was before.
        waitForRendering(shell);
        mouseClick(findChild(cardFor(page, "Your change to your story"), "discardButton"));
        tryVerify(() => confirm.opened);
        mouseClick(findChild(confirm.contentItem, "confirmButton"));
        tryVerify(() => !confirm.visible);
        compare(Session.plan.story, storyBefore);
        compare(Session.plan.sync.refused, 0);
        compare(cards(page).length, 0);
        verify(!findChild(shell, "syncStatus").sentence.includes("not accepted"));
    }

    function test_5_everything_works_with_the_keyboard() {
        refuseThree();
        const shell = createTemporaryObject(shellComponent, testCase);
        waitForRendering(shell);
        const show = findChild(findChild(shell, "syncStatus"), "showRefusedButton");
        show.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Return);
        const page = findPage(shell);
        verify(page !== null, "Enter on the status line's button opens the list");
        waitForRendering(shell);
        // Space on "Try again" of the change refused for its clock.
        const goal = cardFor(page, "A new goal: \"\u2068Pay the rent\u2069\"");
        findChild(goal, "retryButton").forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        compare(Session.plan.sync.refused, 2);
        verify(TestStore.waitingCount() > 1);
        // Focus moved to the first change's first button: Discard, as the story cannot be sent again.
        tryVerify(() => page.Window.activeFocusItem === findChild(cards(page)[0], "discardButton"));
        const discard = findChild(cards(page)[0], "discardButton");
        compare(cards(page)[0].what, "Your change to your story");
        keyClick(Qt.Key_Return);
        const confirm = findChild(page, "confirmDiscard");
        tryVerify(() => confirm.opened);
        // Cancel has the focus; Escape also cancels.
        tryCompare(page.Window.activeFocusItem, "objectName", "cancelButton");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !confirm.visible);
        compare(Session.plan.sync.refused, 2);
        discard.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        tryVerify(() => confirm.opened);
        tryCompare(page.Window.activeFocusItem, "objectName", "cancelButton");
        keyClick(Qt.Key_Tab);
        compare(page.Window.activeFocusItem.objectName, "confirmButton");
        keyClick(Qt.Key_Return);
        tryVerify(() => !confirm.visible);
        compare(Session.plan.sync.refused, 1);
        compare(Session.plan.story, storyBefore);
        compare(goalsTitled("Pay the rent"), rentGoalsBefore + 1); // sent again, not discarded
    }

    function test_6_try_all_again_sends_what_can_be_accepted_and_discard_all_drops_everything() {
        refuseThree();
        const shell = createTemporaryObject(shellComponent, testCase);
        waitForRendering(shell);
        const page = openList(shell);
        // One change can be sent again: no "Try all again" for one.
        verify(!findChild(page, "retryAllButton").visible);
        verify(findChild(page, "discardAllButton").visible);
        verify(Session.plan.addGoal("money", "Ask for a payment plan", "", "") !== "");
        const secondGoalOps = TestStore.refuseWaiting("clock: operation time is 3 days ahead of the service");
        verify(secondGoalOps > 1);
        compare(Session.plan.sync.retryable, 2);
        const retryAll = findChild(page, "retryAllButton");
        verify(retryAll.visible);
        const ops = TestStore.refusedCount();
        waitForRendering(shell); // the button has just appeared: laid out before it is clicked
        mouseClick(retryAll);
        // The two with a wrong clock are sent again; not allowed and not valid stay, for discard.
        compare(Session.plan.sync.refused, 2);
        compare(Session.plan.sync.retryable, 0);
        compare(TestStore.refusedCount(), 2);
        compare(TestStore.waitingCount(), ops - 2);
        verify(!retryAll.visible);
        compare(Session.plan.sync.actionError, "");
        // With nothing left that can be sent again, trying all again explains why and changes nothing.
        verify(!Session.plan.sync.retryAll());
        verify(Session.plan.sync.actionError.startsWith("Sending this change again cannot help"));
        compare(TestStore.refusedCount(), 2);
        verify(TestStore.acceptWaiting() > 0);

        mouseClick(findChild(page, "discardAllButton"));
        const confirm = findChild(page, "confirmDiscard");
        tryVerify(() => confirm.opened);
        compare(confirm.question, "Discard all changes in this list?");
        mouseClick(findChild(confirm.contentItem, "confirmButton"));
        tryVerify(() => !confirm.visible);
        compare(Session.plan.sync.refused, 0);
        compare(TestStore.refusedCount(), 0);
        compare(Session.plan.story, storyBefore);
        compare(moneyGoals.get(moneyGoals.indexOf(findWorkId)).status, "open");
    }

    function test_7_a_change_that_is_no_longer_refused_or_cannot_be_sent_again_gives_a_plain_message_and_changes_nothing() {
        refuseThree();
        // Not allowed: trying again cannot help, and nothing changes.
        const story = Session.plan.sync.refusedChanges.get(0);
        compare(story.code, "forbidden");
        compare(story.retryable, false);
        verify(!Session.plan.sync.retry(story.id));
        compare(Session.plan.sync.actionError,
                "Sending this change again cannot help: it is not allowed or not valid. Nothing was changed. You can discard it, or ask the owner of the plan for access.");
        compare(Session.plan.sync.refused, 3);
        compare(TestStore.waitingCount(), 0);
        Session.plan.sync.clearActionError();
        verify(!Session.plan.sync.retry("not-a-refused-change"));
        compare(Session.plan.sync.actionError, "This change is no longer in the list. Nothing was changed.");
        compare(Session.plan.sync.refused, 3);
        compare(TestStore.waitingCount(), 0);
        verify(!Session.plan.sync.discard(""));
        compare(Session.plan.sync.refused, 3);
        compare(goalsTitled("Pay the rent"), rentGoalsBefore + 1);
    }

    function test_8_other_kinds_of_changes_are_described_in_plain_words_too() {
        const changes = Session.plan.sync.refusedChanges;
        const whats = () => {
            const out = [];
            for (let i = 0; i < changes.count; ++i)
                out.push(changes.get(i).what);
            return out;
        };
        verify(Session.plan.moveDomain("money", 1));
        verify(Session.plan.assess("money", 7, ""));
        // A reason without a known code still gets the app's own explanation.
        verify(TestStore.refuseWaiting("the service said something unexpected") > 0);
        compare(whats(), ["Moving \"Money and debts\" in your list of life domains", "Your score for \"Money and debts\""]);
        compare(changes.get(0).why, "The service could not accept this change.");
        compare(changes.get(0).detail, undefined);
        verify(Session.plan.sync.discardAll());

        const goalId = Session.plan.addGoal("money", "A cheaper phone plan", "", "");
        verify(TestStore.acceptWaiting() > 0);
        const stepId = Session.plan.addStep(goalId, "Call the provider", "", "");
        verify(TestStore.refuseWaiting("clock: operation time is 3 days ahead of the service") > 0);
        compare(whats(), ["A new step: \"\u2068Call the provider\u2069\""]);
        verify(Session.plan.sync.retryAll());
        verify(TestStore.acceptWaiting() > 0);
        verify(Session.plan.completeStep(stepId));
        verify(TestStore.refuseWaiting("forbidden: no write access") > 0);
        compare(whats(), ["Marking the step \"\u2068Call the provider\u2069\" as done", "A line in \"What happened\""]);
    }

    function test_9_the_list_follows_the_language() {
        verify(Session.plan.addGoal("money", "De huur betalen", "", "") !== "");
        // As a device that synced before kept it: the code with the service's English. The app says why from the code and
        // the goal's life domain, in the language of the moment, and the service's English is never shown.
        verify(TestStore.refuseWaiting("forbidden: You may not change the domain \"money\".") > 0);
        const changes = Session.plan.sync.refusedChanges;
        compare(changes.get(0).what, "A new goal: \"\u2068De huur betalen\u2069\"");
        Session.language = "nl";
        compare(changes.get(0).what, "Een nieuw doel: \"\u2068De huur betalen\u2069\"");
        compare(changes.get(0).why, "Je mag \"Geld en schulden\" niet veranderen. Vraag de eigenaar van het plan om toegang, of gooi deze wijziging weg.");
        compare(changes.get(0).detail, undefined);
        Session.language = "en";
        compare(changes.get(0).why, "You may not change \"Money and debts\". Ask the owner of the plan for access, or discard this change.");
    }
}
