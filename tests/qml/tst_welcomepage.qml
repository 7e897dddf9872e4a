import QtQuick
import QtTest
import Samen

TestCase {
    id: testCase

    name: "WelcomePage"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: pageComponent

        WelcomePage {
            width: testCase.width
            height: testCase.height
        }
    }

    SignalSpy {
        id: startSpy

        signalName: "startRequested"
    }

    function test_start_button_is_named_and_works_by_keyboard() {
        const page = createTemporaryObject(pageComponent, testCase);
        verify(page);
        startSpy.target = page;
        startSpy.clear();
        const button = findChild(page, "startButton");
        verify(button, "the start button exists");
        compare(button.Accessible.name, "Start my plan");
        page.forceActiveFocus();
        verify(button.activeFocus, "the start button has keyboard focus when the page opens");
        keyClick(Qt.Key_Space);
        compare(startSpy.count, 1, "Space on the focused start button starts the plan");
    }

    SignalSpy {
        id: professionalSpy

        signalName: "professionalRequested"
    }

    function test_a_professional_finds_their_own_way_in_by_keyboard() {
        const page = createTemporaryObject(pageComponent, testCase);
        professionalSpy.target = page;
        professionalSpy.clear();
        const button = findChild(page, "professionalButton");
        verify(button, "\"I work with citizens\" is offered next to \"Start my plan\"");
        verify(button.visible);
        compare(button.Accessible.name, "I work with citizens");
        page.forceActiveFocus();
        keyClick(Qt.Key_Tab);
        verify(button.activeFocus, "the next Tab after \"Start my plan\" reaches it");
        keyClick(Qt.Key_Space);
        compare(professionalSpy.count, 1);
    }
}
