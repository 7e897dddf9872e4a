import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen

// Asks before something that cannot be undone. Cancel has the focus when it
// opens, so pressing Enter by habit does no harm; Escape also cancels.
Popup {
    id: dialog

    property string question
    property string subject
    property string explanation
    property string confirmText

    signal confirmed()

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 480, 480)
    // Never taller than the window: at 200 % on a phone the buttons ran off its bottom; the text scrolls instead.
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacing : implicitHeight)
    modal: true
    focus: true
    padding: Theme.spacing
    closePolicy: Popup.CloseOnEscape
    onOpened: cancelButton.forceActiveFocus(Qt.TabFocusReason)

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }
    contentItem: Flickable {
        id: scroller

        implicitHeight: column.implicitHeight
        contentWidth: width
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column

            width: scroller.width
            spacing: Theme.spacing
            Accessible.role: Accessible.Dialog
            Accessible.name: dialog.question

            Label {
                Layout.fillWidth: true
                text: dialog.question
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                visible: dialog.subject.length > 0
                text: dialog.subject
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: dialog.explanation
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                SamenButton {
                    id: cancelButton

                    objectName: "cancelButton"
                    text: qsTr("Cancel")
                    primary: false
                    onClicked: dialog.close()
                }
                SamenButton {
                    objectName: "confirmButton"
                    text: dialog.confirmText
                    onClicked: {
                        dialog.close();
                        dialog.confirmed();
                    }
                }
            }
        }
    }
}
