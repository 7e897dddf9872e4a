import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen

// A message across the page: errors in plain words, or a small success.
Rectangle {
    id: banner

    property string text
    property bool positive: false
    // False for a message that says how things stand (it goes when they change): then there is no OK.
    property bool dismissable: true

    signal dismissed()

    visible: text.length > 0
    implicitHeight: row.implicitHeight + 2 * Theme.spacingSmall
    radius: Theme.radius / 2
    color: positive ? Theme.positiveBackground : Theme.problemBackground
    border.color: positive ? Theme.success : Theme.danger
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            text: banner.text
            color: banner.positive ? Theme.success : Theme.danger
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        SamenButton {
            visible: banner.dismissable
            text: qsTr("OK")
            primary: false
            Accessible.name: qsTr("Close this message")
            onClicked: banner.dismissed()
        }
    }
}
