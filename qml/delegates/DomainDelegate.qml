import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// One life domain on the plan's home: priority, own rating, goals and next step.
// Reorder by dragging the handle, by the buttons, or with Ctrl+Up / Ctrl+Down.
ItemDelegate {
    id: card

    required property int index
    required property string key
    required property string label
    required property int priority
    required property var score
    required property string note
    required property int goalCount
    required property string nextStep
    property int total: 0
    /** False where the member may only read the domain: no moving it in the order. */
    property bool editable: true
    /** True while this domain is shown beside the list (wide screens): shown marked, told as selected. */
    property bool open: false
    readonly property bool rated: score !== undefined && score !== null

    signal openRequested(string key)
    signal moveRequested(string key, int delta)
    signal dragStarted(int index)
    signal dragMoved(real listY)
    signal dragFinished()

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.ListItem
    Accessible.selected: open
    Accessible.name: qsTr("%1. %2. %3").arg(priority).arg(label)
        .arg(!rated ? qsTr("Not rated yet") : Session.plan && !Session.plan.isOwner ? qsTr("Rated %1 out of 10").arg(score) : qsTr("You rate it %1 out of 10").arg(score))
    onClicked: openRequested(key)
    onActiveFocusChanged: {
        if (activeFocus && ListView.view)
            ListView.view.positionViewAtIndex(index, ListView.Contain);
    }
    Keys.onReturnPressed: openRequested(key)
    Keys.onEnterPressed: openRequested(key)
    // Qt 6.4 ignores an AT-SPI "Press" unless it is handled (switch access, voice control).
    Accessible.onPressAction: openRequested(key)
    Keys.onPressed: event => {
        if (!editable)
            return;
        if ((event.modifiers & Qt.ControlModifier) && event.key === Qt.Key_Up) {
            moveRequested(key, -1);
            event.accepted = true;
        } else if ((event.modifiers & Qt.ControlModifier) && event.key === Qt.Key_Down) {
            moveRequested(key, 1);
            event.accepted = true;
        }
    }

    background: Rectangle {
        color: card.open ? Theme.selected : Theme.surface
        radius: Theme.radius
        border.width: card.visualFocus || card.activeFocus ? Theme.focusWidth : 1
        border.color: card.visualFocus || card.activeFocus ? Theme.focus : Theme.border
    }

    // With large text on a narrow screen the number badge goes and the arrows move under the text.
    readonly property bool compact: width < Theme.fontBody * 26

    contentItem: GridLayout {
        columns: card.compact ? 2 : 4
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacingSmall

        Label {
            id: handle

            visible: card.editable
            text: "⠿"
            font.pixelSize: Theme.fontTitle
            color: Theme.textMuted
            Accessible.ignored: true
            Layout.alignment: Qt.AlignVCenter

            MouseArea {
                objectName: "dragHandle"
                anchors.fill: parent
                anchors.margins: -Theme.spacingSmall
                cursorShape: pressed ? Qt.ClosedHandCursor : Qt.OpenHandCursor
                preventStealing: true
                onPressed: card.dragStarted(card.index)
                onPositionChanged: mouse => card.dragMoved(mapToItem(card.ListView.view.contentItem, mouse.x, mouse.y).y)
                onReleased: card.dragFinished()
            }
        }
        Rectangle {
            visible: !card.compact
            Layout.alignment: Qt.AlignTop
            implicitWidth: Theme.fontTitle * 1.6
            implicitHeight: implicitWidth
            radius: width / 2
            color: Theme.accent
            Label {
                anchors.centerIn: parent
                text: card.priority
                color: Theme.accentText
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall / 2

            Label {
                Layout.fillWidth: true
                text: card.compact ? qsTr("%1. %2").arg(card.priority).arg(card.label) : card.label
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: card.rated ? (card.note.length > 0 ? qsTr("%1/10: \"%2\"").arg(card.score).arg(DisplayText.isolate(card.note)) : qsTr("%1/10").arg(card.score))
                                 : qsTr("Not rated yet")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: card.goalCount > 0 || card.nextStep.length > 0
                text: card.nextStep.length > 0 ? qsTr("%n goal(s). Next step: %1", "", card.goalCount).arg(DisplayText.isolate(card.nextStep))
                                               : qsTr("%n goal(s)", "", card.goalCount)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
        }
        GridLayout {
            visible: card.editable
            columns: card.compact ? 2 : 1
            columnSpacing: Theme.spacingSmall
            rowSpacing: Theme.spacingSmall / 2
            Layout.columnSpan: card.compact ? 2 : 1
            Layout.alignment: card.compact ? Qt.AlignRight : Qt.AlignVCenter

            SamenButton {
                text: "▲"
                primary: false
                enabled: card.index > 0
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Move %1 up").arg(card.label)
                onClicked: card.moveRequested(card.key, -1)
            }
            SamenButton {
                text: "▼"
                primary: false
                enabled: card.index < card.total - 1
                focusPolicy: Qt.TabFocus
                Accessible.name: qsTr("Move %1 down").arg(card.label)
                onClicked: card.moveRequested(card.key, 1)
            }
        }
    }
}
