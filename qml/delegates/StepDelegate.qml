import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// One step of a goal, with who does it and when; done by checking the box.
Rectangle {
    id: stepItem

    required property string id
    required property string title
    required property string ownerName
    required property string due
    required property bool done
    required property bool overdue
    /** False where the member may only read: the box shows the state but cannot be changed. */
    property bool editable: true

    signal completeRequested(string stepId)

    // Sized by the page's layout (Layout.fillWidth); never wider than the page.
    implicitWidth: Theme.fontBody * 12
    implicitHeight: row.implicitHeight + 2 * Theme.spacingSmall
    radius: Theme.radius / 2
    color: done ? Theme.doneBackground : Theme.surface
    border.color: Theme.border

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        spacing: Theme.spacingSmall

        SamenCheckBox {
            id: box

            checked: stepItem.done
            enabled: !stepItem.done && stepItem.editable
            Accessible.name: stepItem.done ? qsTr("Done: %1").arg(stepItem.title) : qsTr("Mark as done: %1").arg(stepItem.title)
            onClicked: if (!stepItem.done) stepItem.completeRequested(stepItem.id)
            indicator: Rectangle {
                implicitWidth: 28
                implicitHeight: 28
                x: box.leftPadding
                y: (box.height - height) / 2
                radius: 6
                color: box.checked ? Theme.success : Theme.surface
                border.width: box.activeFocus ? Theme.focusWidth : 2
                border.color: box.activeFocus ? Theme.focus : (box.checked ? Theme.success : Theme.textMuted)
                Text {
                    anchors.centerIn: parent
                    visible: box.checked
                    text: "✓"
                    color: Theme.accentText
                    font.pixelSize: 18
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: stepItem.title
                font.pixelSize: Theme.fontBody
                font.strikeout: stepItem.done
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: [stepItem.ownerName.length > 0 ? qsTr("Who: %1").arg(DisplayText.isolate(stepItem.ownerName)) : "",
                       stepItem.due.length > 0 ? (stepItem.overdue ? qsTr("Was due %1").arg(stepItem.due) : qsTr("When: %1").arg(stepItem.due)) : ""]
                      .filter(s => s.length > 0).join(" · ")
                visible: text.length > 0
                font.pixelSize: Theme.fontSmall
                color: stepItem.overdue ? Theme.warning : Theme.textMuted
                wrapMode: Text.Wrap
            }
        }
    }
}
