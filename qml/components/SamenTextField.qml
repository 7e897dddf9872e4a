import QtQuick
import QtQuick.Controls
import Samen

// A text field with a visible focus border and an accessible name.
TextField {
    id: field

    property string accessibleName: placeholderText

    // The placeholder wraps at large text and the field grows to hold it: Qt's own placeholder is cut short
    // when it is longer than the field, so it is hidden and this one shows instead.
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             (hint.visible ? hint.implicitHeight : contentHeight) + topPadding + bottomPadding)
    Component.onCompleted: {
        for (let i = 0; i < children.length; ++i) {
            const child = children[i];
            if (child !== hint && child.elide !== undefined && child.text === placeholderText)
                child.visible = false;
        }
    }

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
    Text {
        id: hint

        x: field.leftPadding
        y: field.topPadding + Math.max(0, (field.height - field.topPadding - field.bottomPadding - height) / 2)
        width: field.width - field.leftPadding - field.rightPadding
        text: field.placeholderText
        font: field.font
        color: Theme.textMuted
        wrapMode: Text.Wrap
        horizontalAlignment: field.horizontalAlignment
        visible: field.length === 0 && field.preeditText.length === 0
        Accessible.ignored: true
    }
}
