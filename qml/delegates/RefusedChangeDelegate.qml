import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen

// One change the case service did not accept: what it was, why (in the app's
// own words, in the person's language), and what the person can do about it.
Rectangle {
    id: card

    required property string id
    required property string what
    required property string why
    // False for changes that sending again cannot help (not allowed, not valid): only discard is offered.
    required property bool retryable

    signal retryRequested(string changeId)
    signal discardRequested(string changeId, string what)

    function focusFirstButton() {
        (retryButton.visible ? retryButton : discardButton).forceActiveFocus(Qt.TabFocusReason);
    }

    // Sized by the page's layout (Layout.fillWidth); never wider than the page.
    implicitWidth: Theme.fontBody * 12
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: what + ". " + why

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Label {
            objectName: "what"
            Layout.fillWidth: true
            text: card.what
            font.pixelSize: Theme.fontBody * 1.1
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "why"
            Layout.fillWidth: true
            text: card.why
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            SamenButton {
                id: retryButton

                objectName: "retryButton"
                visible: card.retryable
                text: qsTr("Try again")
                Accessible.name: qsTr("Try again: %1").arg(card.what)
                onClicked: card.retryRequested(card.id)
            }
            SamenButton {
                id: discardButton

                objectName: "discardButton"
                text: qsTr("Discard")
                primary: false
                Accessible.name: qsTr("Discard: %1").arg(card.what)
                onClicked: card.discardRequested(card.id, card.what)
            }
        }
    }
}
