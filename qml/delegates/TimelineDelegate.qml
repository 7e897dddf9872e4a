import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen

// One thing that happened in the plan.
Item {
    id: entry

    required property string kind
    // The headline in the person's language (PlanView::timeline): the kind, and who a handover is to.
    required property string title
    required property string text
    required property string at

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: row.implicitHeight + Theme.spacingSmall
    Accessible.role: Accessible.ListItem
    Accessible.name: at + ": " + title + (text.length > 0 ? ". " + text : "")

    RowLayout {
        id: row

        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: Theme.spacingSmall / 2
            implicitWidth: 14
            implicitHeight: 14
            radius: 7
            color: entry.kind === "step-done" || entry.kind === "goal-done" ? Theme.success : Theme.accent
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: entry.title
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: entry.text.length > 0
                text: entry.text
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                text: entry.at
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
    }
}
