pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// One meeting: when, where, who and what to talk about; after it, the notes and the
// agreements made (what, who, by when, domain, when to look back), each to look back on
// later; and when to meet again, planned in one step.
Page {
    id: page

    required property string meetingId
    readonly property MeetingController meetings: meetingController
    readonly property AgreementController agreements: agreementController
    // Read again whenever the meetings change (recorded, cancelled, synced).
    readonly property var meeting: {
        meetingController.meetings;
        return meetingController.meeting(meetingId);
    }
    readonly property bool planned: meeting.status === "planned"
    // Marked held only once it has begun (MeetingController: "started").
    readonly property bool started: meeting.started === true
    // The controller's map as a plain JavaScript value (see docs/architecture.md, "qmllint").
    readonly property var suggestion: meetingController.suggestion
    property bool showBack: true

    signal backRequested()
    signal meetingOpened(string meetingId)

    title: meeting.title || qsTr("Meeting")
    background: Rectangle { color: Theme.background }

    MeetingController {
        id: meetingController

        plan: Session.plan
    }
    AgreementController {
        id: agreementController

        plan: Session.plan
        meetingId: page.meetingId
    }
    AgreementDialog {
        id: agreementDialog

        controller: agreementController
        meetingId: page.meetingId
    }
    EvaluateDialog {
        id: evaluateDialog

        controller: agreementController
    }
    ConfirmDialog {
        id: cancelQuestion

        objectName: "confirmCancelMeeting"
        question: qsTr("Cancel this meeting?")
        explanation: qsTr("Everyone who was invited sees that it does not take place. You can plan a new one.")
        confirmText: qsTr("Cancel the meeting")
        onConfirmed: meetingController.cancel(page.meetingId)
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
                objectName: "meetingError"
                Layout.fillWidth: true
                text: meetingController.error
                onDismissed: meetingController.clearError()
            }
            Label {
                objectName: "meetingWhen"
                Layout.fillWidth: true
                text: qsTr("%1 · %2").arg(page.meeting.whenText || "").arg(page.meeting.statusText || "")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Where: %1").arg(page.meeting.placeText || "")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            SamenButton {
                objectName: "videoLinkButton"
                visible: (page.meeting.videoLink || "").length > 0 && page.planned
                text: qsTr("Join by video")
                primary: false
                Accessible.name: qsTr("Join the meeting by video")
                onClicked: Qt.openUrlExternally(page.meeting.videoLink)
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("With: %1").arg(page.meeting.participantsText || "")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("What to talk about")
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: page.meeting.agendaLabels || []

                delegate: Label {
                    required property string modelData

                    Layout.fillWidth: true
                    text: "• " + modelData
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
            // After the meeting: notes, then "it took place".
            Rectangle {
                objectName: "recordForm"
                Layout.fillWidth: true
                visible: page.planned && meetingController.canPlan
                implicitHeight: recordColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    id: recordColumn

                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall

                    FieldLabel { text: qsTr("After the meeting") }
                    Label {
                        objectName: "recordLater"
                        Layout.fillWidth: true
                        visible: !page.started
                        text: qsTr("Once the meeting has begun, you can write down here what was talked about and save that it took place.")
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    SamenTextArea {
                        id: notesField

                        objectName: "meetingNotes"
                        Layout.fillWidth: true
                        visible: page.started
                        accessibleName: qsTr("What was talked about (notes)")
                        placeholderText: accessibleName
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall

                        SamenButton {
                            objectName: "recordButton"
                            visible: page.started
                            text: qsTr("Save: the meeting took place")
                            onClicked: meetingController.record(page.meetingId, notesField.text)
                        }
                        SamenButton {
                            objectName: "cancelMeetingButton"
                            text: qsTr("Cancel the meeting")
                            primary: false
                            onClicked: cancelQuestion.open()
                        }
                    }
                }
            }
            FieldLabel {
                Layout.fillWidth: true
                visible: !page.planned && (page.meeting.notes || "").length > 0
                text: qsTr("Notes")
                Accessible.role: Accessible.Heading
            }
            Label {
                objectName: "notesText"
                Layout.fillWidth: true
                visible: text.length > 0 && !page.planned
                text: page.meeting.notes || ""
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            // When to meet again: one step to plan it.
            Rectangle {
                objectName: "suggestion"
                Layout.fillWidth: true
                visible: meetingController.canPlan && page.suggestion.meetingId === page.meetingId
                implicitHeight: suggestionColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.positiveBackground
                border.color: Theme.success

                ColumnLayout {
                    id: suggestionColumn

                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall

                    Label {
                        Layout.fillWidth: true
                        text: page.suggestion.text || ""
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    SamenButton {
                        objectName: "planSuggestedButton"
                        text: qsTr("Plan it")
                        Accessible.name: qsTr("Plan the next meeting: %1").arg(page.suggestion.text || "")
                        onClicked: {
                            const id = meetingController.planSuggested();
                            if (id.length > 0)
                                page.meetingOpened(id);
                        }
                    }
                }
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Agreements")
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                visible: agreementController.agreements.length === 0
                text: page.planned ? qsTr("Agreements made in the meeting show here.") : qsTr("No agreements were written down.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Repeater {
                model: agreementController.agreements

                delegate: AgreementDelegate {
                    id: made

                    required property var modelData

                    Layout.fillWidth: true
                    agreement: modelData
                    canEvaluate: meetingController.canPlan || (Session.plan !== null && modelData.whoId === Session.plan.memberId)
                    onEvaluateRequested: id => evaluateDialog.openFor(id, made.modelData.what)
                }
            }
            SamenButton {
                objectName: "addAgreementButton"
                visible: meetingController.canPlan && page.meeting.status !== "cancelled"
                text: qsTr("Add an agreement")
                primary: false
                onClicked: agreementDialog.openNew()
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
