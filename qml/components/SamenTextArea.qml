import QtQuick
import QtQuick.Controls
import Samen

// A multi-line text area with a visible focus border; Tab moves focus on.
TextArea {
    id: area

    property string accessibleName: placeholderText

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
}
