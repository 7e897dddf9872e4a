import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// What happened in the plan, newest first: small successes included.
Page {
    id: page

    property PlanController plan: Session.plan

    title: qsTr("What happened")
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            text: page.title
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        ListView {
            objectName: "timelineList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            model: page.plan ? page.plan.timeline : null
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: page.title
            delegate: TimelineDelegate {}
        }
    }
}
