import QtQuick
import QtQuick.Controls
import Samen
import Samen.Core

// The people around the citizen as three rings: family and friends inside,
// work, neighbours and volunteers in the middle, professionals outside. Every
// person is a focusable item (Tab, arrow keys) with their name and place in words.
Item {
    id: rings

    property PeopleModel people
    property string selectedId: ""
    readonly property real side: Math.min(width, height)
    readonly property var ringKeys: ["outer", "middle", "inner"]

    signal personChosen(string memberId)

    implicitHeight: implicitWidth
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("The people around %1, in three circles. The same people are in the list.").arg(DisplayText.isolate(people ? people.centreName : ""))

    Repeater {
        model: rings.ringKeys

        delegate: Rectangle {
            required property string modelData

            readonly property real r: rings.people ? rings.people.ringRadius(modelData) * rings.side : 0

            x: rings.width / 2 - r
            y: rings.height / 2 - r
            width: 2 * r
            height: 2 * r
            radius: r
            color: modelData === "inner" ? Theme.selected : (modelData === "middle" ? Theme.doneBackground : Theme.surface)
            border.color: Theme.border
            border.width: 1
        }
    }
    Rectangle {
        anchors.centerIn: parent
        width: centreLabel.implicitWidth + 2 * Theme.spacing
        height: centreLabel.implicitHeight + Theme.spacingSmall
        radius: height / 2
        color: Theme.accent

        Text {
            id: centreLabel

            anchors.centerIn: parent
            text: rings.people ? rings.people.centreName : ""
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.accentText
        }
    }
    Repeater {
        id: persons

        model: rings.people

        delegate: Rectangle {
            id: chip

            required property string id
            required property string name
            required property string description
            required property string ring
            required property real posX
            required property real posY
            required property bool coordinator
            required property int index
            // The name's longest word, in pixels: a chip is at most a third of the picture wide, yet never narrower than
            // a word of the name, so a name is never broken in the middle (a phone at 200 %; FitCheck).
            readonly property real longestWord: DisplayText.widestWord(chipText.text, chipText.font)

            objectName: "ringPerson_" + index
            // On its ring, but never past the picture's edge (a name on the outer ring would be cut off there).
            x: Math.max(0, Math.min(rings.width - width, rings.width / 2 + (chip.posX - 0.5) * rings.side - width / 2))
            y: Math.max(0, Math.min(rings.height - height, rings.height / 2 + (chip.posY - 0.5) * rings.side - height / 2))
            width: Math.min(chipText.implicitWidth + 2 * Theme.spacingSmall, Math.max(rings.side * 0.3, longestWord + 2 * Theme.spacingSmall), rings.width)
            height: chipText.implicitHeight + Theme.spacingSmall
            radius: height / 2
            color: rings.selectedId === id ? Theme.accent : Theme.surface
            border.color: activeFocus ? Theme.focus : Theme.accent
            border.width: activeFocus ? Theme.focusWidth : 1
            activeFocusOnTab: true
            Accessible.role: Accessible.Button
            Accessible.name: description
            Accessible.onPressAction: rings.personChosen(id)
            Keys.onReturnPressed: rings.personChosen(id)
            Keys.onSpacePressed: rings.personChosen(id)
            Keys.onRightPressed: rings.focusPerson(index + 1)
            Keys.onDownPressed: rings.focusPerson(index + 1)
            Keys.onLeftPressed: rings.focusPerson(index - 1)
            Keys.onUpPressed: rings.focusPerson(index - 1)

            Text {
                id: chipText

                anchors.centerIn: parent
                width: parent.width - Theme.spacingSmall
                horizontalAlignment: Text.AlignHCenter
                // A long name wraps onto a second line at large text, and is elided after it (the chip's name for a
                // screen reader and the list beside the rings keep it whole: review 5 of issue 14, #3).
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                text: chip.coordinator ? qsTr("%1 ★").arg(DisplayText.isolate(chip.name)) : chip.name
                font.pixelSize: Theme.fontSmall
                color: rings.selectedId === chip.id ? Theme.accentText : Theme.text
            }
            MouseArea {
                anchors.fill: parent
                onClicked: {
                    chip.forceActiveFocus(Qt.MouseFocusReason);
                    rings.personChosen(chip.id);
                }
            }
        }
    }

    function focusPerson(i) {
        const n = persons.count;
        if (n === 0)
            return;
        const item = persons.itemAt((i + n) % n);
        if (item)
            item.forceActiveFocus(Qt.TabFocusReason);
    }
}
