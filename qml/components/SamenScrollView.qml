import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T

// A scroll view whose scroll bars say what they do: Qt's own are unnamed for a screen reader.
// Built on the template (as the Basic style's ScrollView is), so no unnamed bars are left behind.
T.ScrollView {
    id: view

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset, contentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset, contentHeight + topPadding + bottomPadding)

    ScrollBar.vertical: ScrollBar {
        parent: view
        x: view.mirrored ? 0 : view.width - width
        y: view.topPadding
        height: view.availableHeight
        active: view.ScrollBar.horizontal.active
        Accessible.name: qsTr("Scroll up and down")
    }
    ScrollBar.horizontal: ScrollBar {
        parent: view
        x: view.leftPadding
        y: view.height - height
        width: view.availableWidth
        active: view.ScrollBar.vertical.active
        Accessible.name: qsTr("Scroll left and right")
    }
}
