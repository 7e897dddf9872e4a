import QtQuick
import QtQuick.Controls
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// The progress page shows the plan owner's scores. On the owner's device it says "you";
// on a member's device it says whose scores they are (the owner's name, isolated so a
// right-to-left name keeps its direction), never "your scores".
TestCase {
    id: testCase

    name: "ProgressWhoseScores"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    Component {
        id: progressComponent

        ProgressPage {
            width: 640
            height: testCase.height
        }
    }

    function initTestCase() {
        verify(Session.createPlan("Robin", "default", "robin-plan-progress"), Session.error);
        verify(Session.plan.assess("money", 4, ""), Session.plan.lastError);
    }

    function test_1_the_owner_reads_about_their_own_scores() {
        verify(TestStore.setOwner());
        const page = createTemporaryObject(progressComponent, testCase);
        verify(page);
        const text = findChild(page, "explanation").text;
        verify(text.indexOf("you rated") >= 0, text);
        verify(text.indexOf("Robin") < 0, text);
    }

    function test_2_a_member_reads_whose_scores_they_are() {
        verify(TestStore.setMemberAccess({ "money": "read" }));
        compare(Session.plan.ownerName, "Robin");
        const page = createTemporaryObject(progressComponent, testCase);
        verify(page);
        const text = findChild(page, "explanation").text;
        verify(text.indexOf(DisplayText.isolate("Robin")) >= 0, text);
        verify(text.indexOf("you") < 0, "the scores are not the member's: " + text);
        verify(TestStore.setOwner());
    }
}
