import QtQuick
import QtQuick.Controls
import Samen

ApplicationWindow {
    id: window

    width: 1280
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Samen")
    color: Theme.background

    StackView {
        id: stack

        anchors.fill: parent
        initialItem: WelcomePage {}
    }
}
