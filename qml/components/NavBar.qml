import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// Main navigation: a bar at the bottom on phones, a column at the side on desktops.
Rectangle {
    id: nav

    property bool vertical: false
    property string current: "home"
    readonly property var sections: [
        { key: "home", label: Session.plan ? Session.plan.title : qsTr("My plan") },
        { key: "people", label: qsTr("People") },
        { key: "progress", label: qsTr("Progress") },
        { key: "timeline", label: qsTr("What happened") },
        { key: "settings", label: qsTr("Settings") }
    ]

    signal selected(string key)

    color: Theme.surface
    implicitWidth: vertical ? 220 : 0
    implicitHeight: vertical ? 0 : navGrid.implicitHeight + Theme.spacingSmall
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Main menu")

    GridLayout {
        id: navGrid

        anchors.fill: parent
        anchors.margins: nav.vertical ? Theme.spacing : Theme.spacingSmall / 2
        // With large text on a narrow phone the tabs take two rows instead of being cut off.
        columns: nav.vertical ? 1 : (nav.width < Theme.fontSmall * 24 ? 2 : nav.sections.length)
        rowSpacing: Theme.spacingSmall
        columnSpacing: Theme.spacingSmall / 2

        Repeater {
            model: nav.sections

            delegate: ItemDelegate {
                id: item

                required property var modelData

                Layout.fillWidth: true
                // On the bottom bar every tab gets the same share of the width.
                Layout.preferredWidth: nav.vertical ? -1 : 1
                Layout.alignment: Qt.AlignTop
                leftPadding: nav.vertical ? Theme.spacing : 2
                rightPadding: nav.vertical ? Theme.spacing : 2
                text: modelData.label
                // Five tabs side by side on a phone: a little smaller, so "Instellingen" fits.
                font.pixelSize: nav.vertical ? Theme.fontBody : Theme.fontSmall * 0.92
                font.bold: nav.current === modelData.key
                highlighted: nav.current === modelData.key
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.PageTab
                Accessible.name: modelData.label
                Accessible.selected: highlighted
                onClicked: nav.selected(modelData.key)
                Keys.onReturnPressed: nav.selected(modelData.key)
                // Qt 6.4 ignores an AT-SPI "Press" unless it is handled (switch access, voice control).
                Accessible.onPressAction: nav.selected(modelData.key)
                contentItem: Text {
                    text: item.text
                    font: item.font
                    color: item.highlighted ? Theme.accent : Theme.text
                    horizontalAlignment: nav.vertical ? Text.AlignLeft : Text.AlignHCenter
                    wrapMode: Text.WordWrap
                }
                background: Rectangle {
                    radius: Theme.radius / 2
                    color: item.highlighted ? Theme.selected : "transparent"
                    border.width: item.visualFocus ? Theme.focusWidth : 0
                    border.color: Theme.focus
                }
            }
        }
        Item {
            visible: nav.vertical
            Layout.fillHeight: true
        }
    }
}
