import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen

// One plan of a professional's caseload: the citizen, what this professional is in
// the plan, and what needs their attention. Enter, Space or a click opens the plan.
// Only the list's current row is a Tab stop (the arrow keys move between rows, CaseloadListPane):
// with 50 plans, Tab went through 50 rows to get past the list (review 6, #8).
ItemDelegate {
    id: row

    required property int index
    required property string id
    required property string citizenName
    required property string role
    required property string nextMeetingText
    required property string agreementsText
    required property string stepsText
    required property string lastChangeText
    required property bool needsAttention
    required property string summary
    required property string tellApartText
    required property string refusedText
    required property string accessNoteText
    required property string accessText
    /** The plan open now (its row is marked). */
    property string currentPlanId: ""
    readonly property bool current: row.id === currentPlanId

    signal openRequested(string planId)

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.spacing
    // The current row, or the first while there is none yet.
    focusPolicy: ListView.isCurrentItem || (ListView.view && ListView.view.currentIndex < 0 && row.index === 0) ? Qt.StrongFocus : Qt.ClickFocus
    Accessible.role: Accessible.ListItem
    Accessible.name: row.summary
    onClicked: openRequested(row.id)
    onActiveFocusChanged: {
        if (activeFocus && ListView.view) {
            ListView.view.currentIndex = row.index;
            ListView.view.positionViewAtIndex(row.index, ListView.Contain);
        }
    }
    Keys.onReturnPressed: openRequested(row.id)
    Keys.onEnterPressed: openRequested(row.id)
    // Qt 6.4 ignores an AT-SPI "Press" unless it is handled (switch access, voice control).
    Accessible.onPressAction: openRequested(row.id)

    background: Rectangle {
        color: row.current ? Theme.selected : Theme.surface
        radius: Theme.radius
        border.color: row.visualFocus || row.activeFocus ? Theme.focus : row.current ? Theme.accent : Theme.border
        border.width: row.visualFocus || row.activeFocus ? Theme.focusWidth : 1
    }
    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall / 2

        Label {
            Layout.fillWidth: true
            objectName: "caseloadCitizenName"
            text: row.citizenName
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.text
            // On the app's side whatever script the name is in (review 5, #5: an Arabic name went to the right).
            horizontalAlignment: Text.AlignLeft
            elide: Text.ElideRight
        }
        // Only when another plan is for someone of the same name: what tells this one apart.
        Label {
            objectName: "caseloadTellApart"
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.tellApartText
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.role
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: row.nextMeetingText
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "caseloadAttention"
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.agreementsText + (row.agreementsText.length > 0 && row.stepsText.length > 0 ? " · " : "") + row.stepsText
            font.pixelSize: Theme.fontSmall
            font.bold: row.needsAttention
            color: row.needsAttention ? Theme.warning : Theme.text
            wrapMode: Text.Wrap
        }
        // Only reading, or also changing (review 6, #20).
        Label {
            objectName: "caseloadAccess"
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.accessText
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "caseloadAccessNote"
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.accessNoteText
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "caseloadRefused"
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.refusedText
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.warning
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.lastChangeText
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
    }
}
