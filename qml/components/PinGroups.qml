import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen

// A service's check code (public key pin) in groups of four characters, four or
// eight groups a row, to read aloud and compare group by group. Screen readers
// hear the groups one by one.
Grid {
    id: pin

    property var groups: []

    columns: width >= 8 * (Theme.fontTitle * 3.2 + Theme.spacingSmall) ? 8 : 4
    spacing: Theme.spacingSmall
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Check code: %1").arg(groups.join(", "))
    activeFocusOnTab: true

    Repeater {
        model: pin.groups

        delegate: Rectangle {
            required property string modelData
            required property int index

            implicitWidth: groupText.implicitWidth + Theme.spacingSmall * 2
            implicitHeight: groupText.implicitHeight + Theme.spacingSmall
            radius: Theme.radius / 3
            color: Theme.surface
            border.color: pin.activeFocus ? Theme.focus : Theme.border
            border.width: pin.activeFocus ? Theme.focusWidth : 1

            Text {
                id: groupText

                anchors.centerIn: parent
                text: modelData
                font.family: "monospace"
                font.pixelSize: Theme.fontTitle
                color: Theme.text
            }
        }
    }
}
