import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// One goal in a list: title, why, status and steps done.
ItemDelegate {
    id: goalItem

    required property string id
    required property string title
    required property string why
    required property string status
    /** The status in words, counting the steps: "All steps done" rather than "Not started" (goalprogress). */
    required property string statusText
    required property string due
    required property int openSteps
    required property int doneSteps

    signal openRequested(string goalId)

    // Sized by the page's layout (Layout.fillWidth); never wider than the page.
    implicitWidth: Theme.fontBody * 12
    padding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Goal: %1").arg(title)
    onClicked: openRequested(id)
    Keys.onReturnPressed: openRequested(id)
    // Qt 6.4 ignores an AT-SPI "Press" unless it is handled (switch access, voice control).
    Accessible.onPressAction: openRequested(id)

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.width: goalItem.visualFocus || goalItem.activeFocus ? Theme.focusWidth : 1
        border.color: goalItem.visualFocus || goalItem.activeFocus ? Theme.focus : Theme.border
    }
    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall / 2

        Label {
            Layout.fillWidth: true
            text: goalItem.title
            font.pixelSize: Theme.fontBody * 1.1
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: goalItem.why.length > 0
            text: goalItem.why
            font.pixelSize: Theme.fontBody
            font.italic: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: DisplayText.joinShown([goalItem.statusText,
                                         qsTr("%1 of %2 steps done").arg(goalItem.doneSteps).arg(goalItem.doneSteps + goalItem.openSteps),
                                         goalItem.due.length > 0 ? qsTr("by %1").arg(goalItem.due) : ""])
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
    }
}
