import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// "Goal deleted. Undo": after a change that can be undone, until the person closes it or
// makes another change (no time limit: WCAG 2.2.1). Undo makes new changes that put
// everything back; nothing is taken out of the plan's history.
Rectangle {
    id: bar

    property PlanController plan: Session.plan

    objectName: "undoBar"
    visible: plan !== null && plan.undoText.length > 0
    implicitHeight: row.implicitHeight + 2 * Theme.spacingSmall
    radius: Theme.radius / 2
    color: Theme.surface
    border.color: Theme.text
    Accessible.role: Accessible.AlertMessage
    Accessible.name: plan ? plan.undoText : ""

    // The message beside its buttons; above them when the bar is narrow for the text size (200 % on a phone).
    GridLayout {
        id: row

        readonly property bool narrow: bar.width < Theme.fontBody * 20

        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        columns: narrow ? 2 : 3
        rowSpacing: Theme.spacingSmall
        columnSpacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            Layout.columnSpan: row.narrow ? 2 : 1
            text: bar.plan ? bar.plan.undoText : ""
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        SamenButton {
            objectName: "undoButton"
            text: qsTr("Undo")
            Accessible.name: qsTr("Undo: %1").arg(bar.plan ? bar.plan.undoText : "")
            onClicked: bar.plan.undo()
        }
        SamenButton {
            objectName: "undoClose"
            text: qsTr("Close")
            primary: false
            // The visible word is part of the name (WCAG 2.5.3).
            Accessible.name: qsTr("Close this message")
            onClicked: bar.plan.dismissUndo()
        }
    }
}
