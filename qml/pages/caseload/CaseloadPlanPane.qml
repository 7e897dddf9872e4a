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
        // about ten wide letters (a phone at 200 %), "Leave this plan" goes on a row of its own under them (FitCheck).
        GridLayout {
            id: header

            readonly property bool stacked: width < (backButton.visible ? backButton.implicitWidth : 0) + leaveButton.implicitWidth
                                            + Theme.fontTitle * 10 + 2 * columnSpacing

            Layout.fillWidth: true
            Layout.margins: Theme.spacingSmall
            columns: stacked ? 2 : 3
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacingSmall

            SamenButton {
                id: backButton

                objectName: "caseloadBack"
                visible: pane.showBack
                text: qsTr("All plans")
                primary: false
                Accessible.name: qsTr("Back to all plans")
                onClicked: pane.backRequested()
            }
            Label {
                objectName: "caseloadPlanTitle"
                Layout.fillWidth: true
                text: Session.caseload ? qsTr("Plan of %1").arg(DisplayText.isolate(Session.caseload.currentName)) : ""
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                // Beside "All plans" on a phone at 200 % the name has a third of the width: it wraps, never cut
                // (review 3, #25; FitCheck).
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            SamenButton {
                id: leaveButton

                objectName: "caseloadLeave"
                Layout.columnSpan: header.stacked && backButton.visible ? 2 : 1
                visible: Session.caseload !== null && Session.caseload.currentName.length > 0
                enabled: Session.caseload !== null && !Session.caseload.leaving
                text: Session.caseload && Session.caseload.leaving ? qsTr("Leaving…") : qsTr("Leave this plan")
                primary: false
                Accessible.name: Session.caseload ? qsTr("Leave the plan of %1").arg(Session.caseload.currentName) : text
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
