import QtQuick
import QtQuick.Controls
import Samen

// A multi-line text area with a visible focus border; Tab moves focus on.
TextArea {
    id: area

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
    wrapMode: TextEdit.Wrap
    Accessible.name: accessibleName
    KeyNavigation.priority: KeyNavigation.BeforeItem
    Keys.onTabPressed: event => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); }
    background: Rectangle {
        implicitHeight: Math.max(88, Theme.fontBody * 5)
        implicitWidth: 200
        radius: Theme.radius / 2
        color: Theme.surface
        border.width: area.activeFocus ? Theme.focusWidth : 1
        border.color: area.activeFocus ? Theme.focus : Theme.border
    }
    Text {
        id: hint

        x: area.leftPadding
        y: area.topPadding
        width: area.width - area.leftPadding - area.rightPadding
        text: area.placeholderText
        font: area.font
        color: Theme.textMuted
        wrapMode: Text.Wrap
        horizontalAlignment: area.horizontalAlignment
        visible: area.length === 0 && area.preeditText.length === 0
        Accessible.ignored: true
    }
}
