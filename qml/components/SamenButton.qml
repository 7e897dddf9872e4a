import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen

// A button in Samen's colours, with a clearly visible keyboard focus ring.
Button {
    id: control

    property bool primary: true

    font.pixelSize: Theme.fontBody
    // In a layout a button is as wide as its text on one line when there is room, and narrower (its text wraps)
    // when there is not: Quick Layouts keep an item without fillWidth at its one-line width, and at 200 % on a
    // phone that pushed whole pages past the screen. A button that should fill the row sets an unlimited maximum.
    Layout.fillWidth: true
    Layout.maximumWidth: implicitWidth
    // Beside a label that fills the row it is not squeezed below about eight letters (a word broke in two).
    Layout.minimumWidth: Math.min(implicitWidth, Theme.fontBody * 8)
    padding: Theme.spacingSmall
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    Accessible.name: text
    Accessible.role: Accessible.Button
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    // Qt 6.4 ignores an AT-SPI "Press" on a Quick Controls button unless it is handled:
    // switch access and voice control press through here.
    Accessible.onPressAction: if (enabled) clicked()


    contentItem: Text {
        text: control.text
        font: control.font
        color: control.primary ? Theme.accentText : Theme.accent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        opacity: control.enabled ? 1 : 0.6
    }
    background: Rectangle {
        implicitHeight: Math.max(44, Theme.fontBody * 2.5)
        implicitWidth: 44
        radius: Theme.radius / 2
        color: control.primary ? (control.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent) : (control.down ? Theme.background : Theme.surface)
        border.width: control.visualFocus || control.activeFocus ? Theme.focusWidth : (control.primary ? 0 : 1)
        border.color: control.visualFocus || control.activeFocus ? Theme.focus : Theme.accent
    }
}
