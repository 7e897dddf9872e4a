import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen

// A message across the page: errors in plain words, or a small success.
Rectangle {
    id: banner

    property string text
    // Several messages at once (text holds them all, for screen readers): each shown as its own item, apart from the
    // others (review 6, #15: several notices ran into one text). Empty: text is shown as it is.
    property var lines: []
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
            visible: banner.lines.length === 0
            text: banner.text
            color: banner.positive ? Theme.success : Theme.danger
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        ColumnLayout {
            Layout.fillWidth: true
            visible: banner.lines.length > 0
            spacing: Theme.spacing

            Repeater {
                // Each line with the banner's colour: a delegate does not reach the banner's id (qmllint, Qt 6.4).
                model: banner.lines.map(line => ({ text: line, color: banner.positive ? Theme.success : Theme.danger }))

                Label {
                    required property var modelData

                    objectName: "bannerLine"
                    Layout.fillWidth: true
                    text: modelData.text
                    color: modelData.color
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.ListItem
                    Accessible.name: text
                }
            }
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
