pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// Handing over the coordination (the owner's choice): yourself, someone from your network or a
// professional; a note for the new coordinator (a warm handover); a question in plain words
// before it happens; and the coordinators so far with their periods.
Page {
    id: page

    readonly property TeamController team: teamController
    property string chosenId: ""
    property bool showBack: true

    signal backRequested()

    title: qsTr("Who keeps the overview?")
    background: Rectangle { color: Theme.background }

    TeamController {
        id: teamController

        plan: Session.plan
    }
    ConfirmDialog {
        id: confirm

        objectName: "confirmHandover"
        // Read again when the candidates or the coordinator change.
        question: {
            teamController.candidates;
            return teamController.handoverQuestion(page.chosenId);
        }
        explanation: {
            teamController.coordinator;
            return teamController.handoverExplanation(page.chosenId);
        }
        confirmText: qsTr("Yes, hand over")
        onConfirmed: {
            if (teamController.handOver(page.chosenId, note.text)) {
                note.text = "";
                page.chosenId = "";
            }
        }
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
                objectName: "handoverNotice"
                Layout.fillWidth: true
                positive: true
                text: teamController.notice
                onDismissed: teamController.clearMessages()
            }
            Banner {
                objectName: "handoverError"
                Layout.fillWidth: true
                text: teamController.error
                onDismissed: teamController.clearMessages()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("The coordinator keeps the overview of your plan and plans the meetings with you. You decide who it is, and you can change it at any time.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            ButtonGroup { id: choiceGroup }
            Repeater {
                model: teamController.candidates

                delegate: ColumnLayout {
                    id: candidate

                    required property var modelData
                    required property int index

                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall / 2

                    FieldLabel {
                        Layout.fillWidth: true
                        // A heading above the first of each group.
                        visible: candidate.index === 0 || teamController.candidates[candidate.index - 1].group !== candidate.modelData.group
                        text: candidate.modelData.group === "self" ? qsTr("Yourself") : candidate.modelData.group === "network" ? qsTr("Your network") : qsTr("Professionals")
                        Accessible.role: Accessible.Heading
                    }
                    SamenRadioButton {
                        objectName: "candidate_" + candidate.index
                        Layout.fillWidth: true
                        ButtonGroup.group: choiceGroup
                        enabled: !candidate.modelData.current
                        checked: page.chosenId === candidate.modelData.id
                        text: candidate.modelData.current ? qsTr("%1, %2 (coordinates now)").arg(DisplayText.isolate(candidate.modelData.name)).arg(candidate.modelData.roleText)
                                                          : qsTr("%1, %2").arg(DisplayText.isolate(candidate.modelData.name)).arg(candidate.modelData.roleText)
                        font.pixelSize: Theme.fontBody
                        Accessible.name: text
                        onToggled: if (checked) page.chosenId = candidate.modelData.id
                    }
                }
            }
            FieldLabel { text: qsTr("A note for the new coordinator") }
            SamenTextArea {
                id: note

                objectName: "handoverNote"
                Layout.fillWidth: true
                accessibleName: qsTr("What does the new coordinator need to know?")
                placeholderText: accessibleName
            }
            SamenButton {
                objectName: "handOverButton"
                text: qsTr("Hand over")
                enabled: page.chosenId.length > 0
                onClicked: confirm.open()
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
