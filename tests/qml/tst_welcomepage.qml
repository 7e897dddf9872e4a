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
}
