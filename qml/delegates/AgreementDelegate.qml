import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// One agreement from a meeting: what, who, by when, which domain and when to look back on it;
// "Look back on it" for an open one (when this member may).
Rectangle {
    id: item

    required property var agreement
    property bool canEvaluate: false

    signal evaluateRequested(string agreementId)

    implicitHeight: column.implicitHeight + 2 * Theme.spacingSmall
    radius: Theme.radius / 2
    color: agreement.status === "open" || !agreement.status ? Theme.surface : Theme.doneBackground
    border.color: agreement.overdue ? Theme.warning : Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1. %2. %3").arg(agreement.what).arg(agreement.detailText).arg(agreement.statusText)

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        spacing: Theme.spacingSmall / 2

        Label {
            Layout.fillWidth: true
            text: item.agreement.what
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: item.agreement.detailText
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: (item.agreement.status && item.agreement.status !== "open") || item.agreement.overdue === true
            text: item.agreement.overdue === true ? qsTr("Time to look back on it") : item.agreement.statusText
                  + (item.agreement.evaluation ? qsTr(": %1").arg(DisplayText.isolate(item.agreement.evaluation)) : "")
            font.pixelSize: Theme.fontSmall
            color: item.agreement.overdue === true ? Theme.warning : Theme.success
            wrapMode: Text.Wrap
        }
        Label {
            // Named, but no longer helping (TeamView: whoFormer): the next step, for whoever may look back on it.
            Layout.fillWidth: true
            visible: item.canEvaluate && item.agreement.whoFormer === true && (!item.agreement.status || item.agreement.status === "open")
            text: qsTr("%1 no longer helps with the plan. Choose who takes it on when you look back on it.").arg(DisplayText.isolate(item.agreement.whoName || ""))
            font.pixelSize: Theme.fontSmall
            color: Theme.warning
            wrapMode: Text.Wrap
        }
        SamenButton {
            objectName: "evaluate_" + item.agreement.id
            visible: item.canEvaluate && (!item.agreement.status || item.agreement.status === "open")
            text: qsTr("Look back on it")
            primary: false
            Accessible.name: qsTr("Look back on: %1").arg(item.agreement.what)
            onClicked: item.evaluateRequested(item.agreement.id)
        }
    }
}
