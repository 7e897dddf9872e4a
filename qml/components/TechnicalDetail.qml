import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen

// The technical words of a failure (often the network's or the service's English), kept out of
// sight behind "Show the technical details": the sentence above it already says, in the person's
// language, what went wrong and what to do. Opens and closes by keyboard like any button.
ColumnLayout {
    id: root

    property string detail: ""
    property bool shown: false

    visible: detail.length > 0
    spacing: Theme.spacingSmall
    onDetailChanged: shown = false

    SamenButton {
        objectName: "showDetailButton"
        primary: false
        text: root.shown ? qsTr("Hide the technical details") : qsTr("Show the technical details")
        onClicked: root.shown = !root.shown
    }
    Label {
        objectName: "detailText"
        Layout.fillWidth: true
        visible: root.shown
        text: root.detail
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
