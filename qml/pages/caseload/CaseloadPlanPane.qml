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

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingSmall
            spacing: Theme.spacing

            SamenButton {
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
