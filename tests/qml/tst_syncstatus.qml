import QtQuick
import QtTest
import Samen
import Samen.Core

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
    }
}
