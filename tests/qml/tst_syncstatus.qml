import QtQuick
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// The sync status is always on screen, in plain words, in both layouts.
TestCase {
    id: testCase

    name: "SyncStatus"
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

    function initTestCase() {
        verify(Session.createPlan("Tess", "default", "tess-plan-1"), Session.error);
    }

    function test_a_plan_that_is_not_connected_says_it_is_only_on_this_device_data() {
        return [{ tag: "phone", width: 390, height: 844 }, { tag: "desktop", width: 1280, height: 800 }];
    }
    function test_a_plan_that_is_not_connected_says_it_is_only_on_this_device(data) {
        testCase.width = data.width;
        testCase.height = data.height;
        const shell = createTemporaryObject(shellComponent, testCase);
        waitForRendering(shell);
        const status = findChild(shell, "syncStatus");
        verify(status.visible);
        compare(Session.plan.sync.state, "local");
        compare(status.sentence, "Your plan is only on this device.");
        compare(status.Accessible.name, status.sentence);
        // Adding a goal keeps it local: nothing is sent anywhere.
        verify(Session.plan.addGoal("money", "One overview of my debts", "", "") !== "");
        compare(Session.plan.sync.state, "local");
        compare(Session.plan.sync.waiting, 0);
        // Connecting is offered right there (optional), and leads to the Connect page.
        const offer = findChild(shell, "connectOfferButton");
        verify(offer.visible);
        verify(offer.Accessible.name.length > 0);
        mouseClick(offer);
        compare(shell.section, "connect");
        tryVerify(() => findChild(shell, "addressField") !== null && findChild(shell, "addressField").visible);
    }

    // Through the real service: a change refused for its clock is never shown as up to date,
    // its reason is in the person's language (the service's English is neither kept nor shown), and trying
    // again sends it with the current time.
    function test_b_a_refused_change_is_never_shown_as_up_to_date_and_try_again_sends_it_with_the_current_time() {
        verify(TestStore.connectToService("tess-plan-1"), "connected to a real service");
        const shell = createTemporaryObject(shellComponent, testCase);
        waitForRendering(shell);
        const status = findChild(shell, "syncStatus");
        tryCompare(Session.plan.sync, "state", "synced", 30000);
        compare(status.sentence, "Everything is up to date.");
        verify(!findChild(shell, "connectOfferButton").visible, "no connect offer once connected");

        verify(TestStore.setStoryWithClockAhead("Written on a phone set three days ahead", 3));
        tryCompare(Session.plan.sync, "state", "refused", 30000);
        compare(Session.plan.sync.refused, 1);
        compare(status.sentence, "1 change was not accepted.");
        verify(findChild(status, "showRefusedButton").visible);
        const changes = Session.plan.sync.refusedChanges;
        compare(changes.get(0).code, "clock");
        compare(changes.get(0).retryable, true);
        compare(changes.get(0).detail, undefined); // no role with the service's words

        Session.language = "nl";
        compare(status.sentence, "1 wijziging is niet geaccepteerd.");
        compare(changes.get(0).why,
                "De datum of tijd op dit apparaat klopte niet toen je deze wijziging maakte. Zet ze goed en probeer het opnieuw. De wijziging krijgt dan de tijd van nu.");
        // Nothing of the service's English anywhere in what the person reads.
        verify(changes.get(0).why.indexOf("operation") < 0 && changes.get(0).what.indexOf("operation") < 0);
        Session.language = "en";

        verify(Session.plan.sync.retry(changes.get(0).id));
        tryCompare(Session.plan.sync, "state", "synced", 30000);
        compare(Session.plan.sync.refused, 0);
        compare(TestStore.refusedCount(), 0);
        compare(status.sentence, "Everything is up to date.");
        compare(Session.plan.story, "Written on a phone set three days ahead");
    }
}
