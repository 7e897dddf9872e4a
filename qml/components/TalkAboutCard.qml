pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// "To talk about" on the plan's home: the next meeting and the agreements to look back on
// (evaluation date near or past), each with its next step; after a meeting, when to meet
// again, planned in one step.
Rectangle {
    id: card

    readonly property MeetingController meetings: meetingController
    // The controller's maps as plain JavaScript values (see docs/architecture.md, "qmllint").
    readonly property var talk: meetingController.toTalkAbout
    readonly property var suggestion: meetingController.suggestion
    readonly property bool hasContent: (card.talk.nextMeeting || {}).id !== undefined
                                       || (card.talk.reviewsDue || []).length > 0
                                       || (meetingController.canPlan && card.suggestion.date !== undefined)

    signal meetingOpened(string meetingId)
    signal planMeetingRequested()

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    MeetingController {
        id: meetingController

        plan: Session.plan
    }
    AgreementController {
        id: agreementController

        plan: Session.plan
    }
    EvaluateDialog {
        id: evaluateDialog

        controller: agreementController
    }

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Label {
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            text: qsTr("To talk about")
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Label {
            objectName: "nextMeetingText"
            Layout.fillWidth: true
            readonly property var next: card.talk.nextMeeting || {}
            text: next.id !== undefined ? qsTr("Next meeting: %1, %2").arg(DisplayText.isolate(next.title)).arg(next.whenText)
                                        : qsTr("No meeting planned yet.")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            SamenButton {
                objectName: "openNextMeeting"
                visible: (card.talk.nextMeeting || {}).id !== undefined
                text: qsTr("Open the meeting")
                primary: false
                onClicked: card.meetingOpened(card.talk.nextMeeting.id)
            }
            SamenButton {
                objectName: "planSuggested"
                visible: meetingController.canPlan && card.suggestion.date !== undefined
                text: qsTr("Plan it")
                Accessible.name: qsTr("Plan the next meeting: %1").arg(card.suggestion.text || "")
                onClicked: {
                    const id = meetingController.planSuggested();
                    if (id.length > 0)
                        card.meetingOpened(id);
                }
            }
            SamenButton {
                objectName: "planMeeting"
                visible: meetingController.canPlan && (card.talk.nextMeeting || {}).id === undefined
                text: qsTr("Plan a meeting")
                primary: false
                onClicked: card.planMeetingRequested()
            }
        }
        Label {
            objectName: "suggestionText"
            Layout.fillWidth: true
            visible: meetingController.canPlan && card.suggestion.date !== undefined
            text: card.suggestion.text || ""
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Repeater {
            model: card.talk.reviewsDue || []

            delegate: AgreementDelegate {
                id: review

                required property var modelData
                required property int index

                objectName: "review_" + index
                Layout.fillWidth: true
                agreement: modelData
                canEvaluate: meetingController.canPlan || (Session.plan !== null && modelData.whoId === Session.plan.memberId)
                onEvaluateRequested: id => evaluateDialog.openFor(id, review.modelData.what)
            }
        }
    }
}
