import QtQuick
import QtQuick.Controls
import Samen

// A text field with a visible focus border and an accessible name.
TextField {
    id: field

    property string accessibleName: placeholderText

    font.pixelSize: Theme.fontBody
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    Accessible.name: accessibleName
    // A read-only value (a code, a link) shows from its start: a person reads it from the left.
    onTextChanged: if (readOnly) cursorPosition = 0
    background: Rectangle {
        implicitHeight: Math.max(44, Theme.fontBody * 2.5)
        implicitWidth: 200
        radius: Theme.radius / 2
        color: Theme.surface
        border.width: field.activeFocus ? Theme.focusWidth : 1
        border.color: field.activeFocus ? Theme.focus : Theme.border
    }
}
