pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// Everyone who helps, in one view: who holds the overview (the coordinator) first, then each
// professional (one line each from four on), the meetings, who helped before, and the
// coordinators so far. The owner hands the coordination over from here.
Page {
    id: page

    readonly property TeamController team: teamController
    readonly property MeetingController meetings: meetingController
    // The controller's map as a plain JavaScript value (see docs/architecture.md, "qmllint").
    readonly property var coordinator: teamController.coordinator
    property bool showBack: true

    signal backRequested()
    signal handoverRequested()
    signal meetingOpened(string meetingId)
    signal planMeetingRequested()

    title: qsTr("Who helps")
    background: Rectangle { color: Theme.background }

    TeamController {
        id: teamController

        plan: Session.plan
    }
    MeetingController {
        id: meetingController

        plan: Session.plan
    }

    SamenScrollView {
        id: scroller

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroller.availableWidth - 2 * Theme.spacing, Theme.pictureMaxWidth * 1.4)
            x: Theme.spacing
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacingSmall }
            PageHeader {
                Layout.fillWidth: true
                title: page.title
                showBack: page.showBack
                onBackRequested: page.backRequested()
            }
            Banner {
                objectName: "teamNotice"
                Layout.fillWidth: true
                positive: true
                text: teamController.notice
                onDismissed: teamController.clearMessages()
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Keeps the overview (coordinator)")
                Accessible.role: Accessible.Heading
            }
            PersonCard {
                objectName: "coordinatorCard"
                Layout.fillWidth: true
                visible: page.coordinator.id !== undefined
                person: teamController.coordinator
                coordinator: true
            }
            SamenButton {
                objectName: "handoverButton"
                // Narrower than its text on one line when the page is (200 % on a phone): the text wraps. Without this
                // a layout keeps a button at its one-line width and the whole page grew past the screen.
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                visible: teamController.canHandOver
                text: qsTr("Hand over the coordination")
                primary: false
                onClicked: page.handoverRequested()
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Professionals")
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                visible: teamController.professionals.length === 0
                text: qsTr("No other professionals help with this plan at the moment.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Repeater {
                model: teamController.professionals

                delegate: PersonCard {
                    required property var modelData
                    required property int index

                    objectName: "professional_" + index
                    Layout.fillWidth: true
                    person: modelData
                    collapsible: teamController.compact
                }
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Meetings")
                Accessible.role: Accessible.Heading
            }
            SamenButton {
                objectName: "planMeetingButton"
                // Narrower than its text on one line when the page is (200 % on a phone): the text wraps. Without this
                // a layout keeps a button at its one-line width and the whole page grew past the screen.
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                visible: meetingController.canPlan
                text: qsTr("Plan a meeting")
                onClicked: page.planMeetingRequested()
            }
            Label {
                Layout.fillWidth: true
                visible: meetingController.meetings.length === 0
                text: qsTr("No meetings yet.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Repeater {
                model: meetingController.meetings

                delegate: SamenButton {
                    required property var modelData
                    required property int index

                    objectName: "meeting_" + index
                    Layout.fillWidth: true
                    Layout.maximumWidth: Infinity
                    primary: false
                    text: qsTr("%1 · %2 · %3").arg(modelData.title).arg(modelData.whenText).arg(modelData.statusText)
                    onClicked: page.meetingOpened(modelData.id)
                }
            }
            FieldLabel {
                Layout.fillWidth: true
                visible: teamController.former.length > 0
                text: qsTr("Who helped before")
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: teamController.former

                delegate: PersonCard {
                    required property var modelData

                    Layout.fillWidth: true
                    person: modelData
                    former: true
                }
            }
            FieldLabel {
                Layout.fillWidth: true
                visible: teamController.history.length > 0
                text: qsTr("Coordinators so far")
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: teamController.history

                delegate: Label {
                    required property var modelData

                    Layout.fillWidth: true
                    text: modelData.note ? qsTr("%1, %2: “%3”").arg(DisplayText.isolate(modelData.name)).arg(modelData.periodText).arg(modelData.note)
                                         : qsTr("%1, %2").arg(DisplayText.isolate(modelData.name)).arg(modelData.periodText)
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
