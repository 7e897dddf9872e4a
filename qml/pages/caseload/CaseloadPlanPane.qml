import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// The plan opened from the caseload, titled with the citizen's name: the plan's own pages
// (AppShell), showing exactly what the citizen granted and read-only where not writable.
Pane {
    id: pane

    property bool showBack: false
    // A new shell per plan: it starts at that plan's home, not where the last one was.
    readonly property PlanController shownPlan: Session.plan
    readonly property var shell: shellLoader.item

    signal backRequested()

    onShownPlanChanged: {
        shellLoader.active = false;
        shellLoader.active = shownPlan !== null;
    }

    padding: 0
    background: Rectangle { color: Theme.background }

    // Leaving closes the case: asked first, in plain words (Cancel has the focus).
    ConfirmDialog {
        id: leaveConfirm

        objectName: "confirmLeavePlan"
        question: Session.caseload ? Session.caseload.leaveQuestion : ""
        explanation: Session.caseload ? Session.caseload.leaveExplanation : ""
        confirmText: qsTr("Leave the plan")
        onConfirmed: Session.caseload.leaveCurrentPlan()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // "All plans", the title and "Leave this plan" in one row where they fit; where the title would have less than
        // about ten wide letters (a phone, or large text), each has a row of its own, the whole width (FitCheck). A long
        // name is elided; its whole is in the heading's accessible name and tooltip (review 5 of issue 14, #3: an
        // 80-character name ran under a button and "All plans" wrapped).
        GridLayout {
            id: header

            readonly property real backWidth: backButton.visible ? backButton.implicitWidth + columnSpacing : 0
            readonly property bool stacked: width < backWidth + leaveButton.implicitWidth + Theme.fontTitle * 10 + columnSpacing

            Layout.fillWidth: true
            Layout.margins: Theme.spacingSmall
            columns: stacked ? 1 : 3
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacingSmall

            SamenButton {
                id: backButton

                objectName: "caseloadBack"
                // Its two words on one line, always.
                Layout.minimumWidth: Math.min(implicitWidth, header.width)
                visible: pane.showBack
                text: qsTr("All plans")
                primary: false
                Accessible.name: qsTr("Back to all plans")
                onClicked: pane.backRequested()
            }
            Label {
                id: title

                objectName: "caseloadPlanTitle"
                Layout.fillWidth: true
                text: Session.caseload ? qsTr("Plan of %1").arg(DisplayText.isolate(Session.caseload.currentName)) : ""
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
                ToolTip.visible: titleHover.hovered && truncated
                ToolTip.text: text

                HoverHandler { id: titleHover }

            }
            SamenButton {
                id: leaveButton

                objectName: "caseloadLeave"
                Layout.minimumWidth: Math.min(implicitWidth, header.width)
                visible: Session.caseload !== null && Session.caseload.currentName.length > 0
                enabled: Session.caseload !== null && !Session.caseload.leaving
                text: Session.caseload && Session.caseload.leaving ? qsTr("Leaving…") : qsTr("Leave this plan")
                primary: false
                Accessible.name: Session.caseload ? qsTr("Leave the plan of %1").arg(DisplayText.isolate(Session.caseload.currentName)) : text
                onClicked: leaveConfirm.open()
            }
        }
        Banner {
            objectName: "caseloadLeaveError"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingSmall
            Layout.rightMargin: Theme.spacingSmall
            text: Session.caseload ? Session.caseload.leaveError : ""
            onDismissed: Session.caseload.clearLeaveError()
        }
        Loader {
            id: shellLoader

            Layout.fillWidth: true
            Layout.fillHeight: true
            active: Session.plan !== null
            sourceComponent: AppShell {}
        }
    }
}
