pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// Planning a joint meeting: what, when (an easy picker), where (a place or a video link),
// who (the citizen is always invited and cannot be left out) and the agenda (the top three
// life domains ticked, points can be added).
Page {
    id: page

    readonly property MeetingController meetings: meetingController
    property var points: []
    property var chosenPeople: ({})
    property var chosenDomains: ({})
    property bool showBack: true

    signal backRequested()
    signal meetingPlanned(string meetingId)

    function submit() {
        const people = Array.from(meetingController.participantChoices).filter(p => p.fixed || page.chosenPeople[p.id] === true).map(p => p.id);
        const domains = Array.from(meetingController.agendaChoices).filter(d => page.chosenDomains[d.key] === true).map(d => d.key);
        const id = meetingController.planMeeting({ title: titleField.text, date: picker.date, time: picker.time,
                                                   minutes: minutesBox.currentValue, place: placeField.text, videoLink: linkField.text,
                                                   participantIds: people, agendaDomains: domains, agendaPoints: page.points });
        if (id.length > 0)
            page.meetingPlanned(id);
        return id;
    }
    function addPoint() {
        if (pointField.text.trim().length === 0)
            return;
        page.points = page.points.concat([pointField.text.trim()]);
        pointField.text = "";
    }

    title: qsTr("Plan a meeting")
    background: Rectangle { color: Theme.background }
    Component.onCompleted: {
        const domains = {};
        for (const d of meetingController.agendaChoices)
            domains[d.key] = d.preselected;
        chosenDomains = domains;
        picker.date = meetingController.proposedDate();
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
                objectName: "planMeetingError"
                Layout.fillWidth: true
                text: meetingController.error
                onDismissed: meetingController.clearError()
            }
            FieldLabel { text: qsTr("What is the meeting about?") }
            SamenTextField {
                id: titleField

                objectName: "meetingTitle"
                Layout.fillWidth: true
                // A coordinator who is not the owner plans a meeting about the owner's plan (review 6, #4).
                text: !Session.plan || Session.plan.isOwner ? qsTr("Talking about my plan together")
                    : qsTr("Talking about the plan of %1 together").arg(Session.plan.ownerName.length > 0 ? Session.plan.ownerName : Session.plan.ownerInText)
                accessibleName: qsTr("What is the meeting about?")
            }
            FieldLabel { text: qsTr("When?") }
            DateTimePicker {
                id: picker

                objectName: "meetingWhen"
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.spacingSmall

                Label {
                    wrapMode: Text.Wrap
                    text: qsTr("How long?")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                SamenComboBox {
                    id: minutesBox

                    objectName: "meetingMinutes"
                    model: [{ text: qsTr("half an hour"), value: 30 }, { text: qsTr("an hour"), value: 60 },
                            { text: qsTr("an hour and a half"), value: 90 }]
                    textRole: "text"
                    valueRole: "value"
                    currentIndex: 1
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("How long? %1").arg(currentText)
                }
            }
            FieldLabel { text: qsTr("Where?") }
            SamenTextField {
                id: placeField

                objectName: "meetingPlace"
                Layout.fillWidth: true
                accessibleName: qsTr("Place (for example: the neighbourhood centre)")
                placeholderText: accessibleName
            }
            SamenTextField {
                id: linkField

                objectName: "meetingVideoLink"
                Layout.fillWidth: true
                accessibleName: qsTr("Or a video link (starts with https://)")
                placeholderText: accessibleName
                inputMethodHints: Qt.ImhUrlCharactersOnly
            }
            FieldLabel { text: qsTr("Who is invited?") }
            Repeater {
                model: meetingController.participantChoices

                delegate: SamenCheckBox {
                    required property var modelData
                    required property int index

                    objectName: "participant_" + index
                    Layout.fillWidth: true
                    // The citizen is always there: shown ticked, and it cannot be unticked.
                    checked: modelData.fixed || page.chosenPeople[modelData.id] === true
                    checkable: !modelData.fixed
                    text: qsTr("%1, %2").arg(DisplayText.isolate(modelData.name)).arg(modelData.roleText)
                    font.pixelSize: Theme.fontBody
                    Accessible.name: text
                    onToggled: {
                        const people = Object.assign({}, page.chosenPeople);
                        people[modelData.id] = checked;
                        page.chosenPeople = people;
                    }
                }
            }
            FieldLabel { text: qsTr("What to talk about") }
            Label {
                Layout.fillWidth: true
                objectName: "agendaHint"
                text: !Session.plan || Session.plan.isOwner ? qsTr("Your three most important life domains are ticked.")
                    : qsTr("The three most important life domains of %1 are ticked.").arg(Session.plan.ownerInText)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Repeater {
                model: meetingController.agendaChoices

                delegate: SamenCheckBox {
                    required property var modelData
                    required property int index

                    objectName: "agenda_" + modelData.key
                    Layout.fillWidth: true
                    checked: page.chosenDomains[modelData.key] === true
                    text: modelData.label
                    font.pixelSize: Theme.fontBody
                    Accessible.name: text
                    onToggled: {
                        const domains = Object.assign({}, page.chosenDomains);
                        domains[modelData.key] = checked;
                        page.chosenDomains = domains;
                    }
                }
            }
            Repeater {
                model: page.points

                // "Remove" beside the point where the text keeps about twelve letters a line, under it where not (a phone
                // at 200 %: beside the button "dagbesteding" was broken in two; FitCheck).
                delegate: GridLayout {
                    id: point

                    required property string modelData
                    required property int index

                    Layout.fillWidth: true
                    columns: width < removeButton.implicitWidth + columnSpacing + Theme.fontBody * 12 ? 1 : 2
                    columnSpacing: Theme.spacingSmall
                    rowSpacing: Theme.spacingSmall / 2

                    Label {
                        Layout.fillWidth: true
                        text: "• " + point.modelData
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    SamenButton {
                        id: removeButton

                        text: qsTr("Remove")
                        primary: false
                        Accessible.name: qsTr("Remove the point %1").arg(point.modelData)
                        onClicked: page.points = page.points.filter((_, i) => i !== point.index)
                    }
                }
            }
            // The button beside the field where the field keeps about twelve letters, under it where not (a phone at
            // 200 %: squeezed beside "Add point", the field broke "Nog" of its hint in two; FitCheck).
            GridLayout {
                Layout.fillWidth: true
                columns: width < addPointButton.implicitWidth + columnSpacing + Theme.fontBody * 12 ? 1 : 2
                columnSpacing: Theme.spacingSmall
                rowSpacing: Theme.spacingSmall

                SamenTextField {
                    id: pointField

                    objectName: "pointField"
                    Layout.fillWidth: true
                    accessibleName: qsTr("Another point to talk about")
                    placeholderText: accessibleName
                    onAccepted: page.addPoint()
                }
                SamenButton {
                    id: addPointButton

                    objectName: "addPointButton"
                    text: qsTr("Add point")
                    primary: false
                    onClicked: page.addPoint()
                }
            }
            SamenButton {
                objectName: "planButton"
                text: qsTr("Plan the meeting")
                onClicked: page.submit()
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
