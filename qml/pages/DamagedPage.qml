import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// The plan file on this device is damaged: nothing of it is shown, nothing is written
// to it, and the two ways forward are offered: repair it, or start over.
Page {
    id: page

    title: qsTr("Your plan file is damaged")
    background: Rectangle { color: Theme.background }

    function repair() {
        if (Session.repair(passphrase.text))
            passphrase.text = "";
    }

    SamenScrollView {
        id: scroller

        anchors.fill: parent
        contentWidth: availableWidth
        // At large text sizes it scrolls instead of being cut off; centred when it fits.
        contentHeight: column.implicitHeight + 2 * Theme.spacingLarge

        ColumnLayout {
            id: column

            width: Math.min(scroller.availableWidth - 2 * Theme.spacingLarge, 560)
            x: (scroller.availableWidth - width) / 2
            y: Math.max(Theme.spacingLarge, (scroller.height - implicitHeight) / 2)
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: page.title
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                objectName: "damagedExplanation"
                Layout.fillWidth: true
                text: qsTr("Part of the file that holds your plan on this device cannot be read. Samen did not change it and shows nothing from it, so you never see a plan with parts missing.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Repair keeps the damaged file, makes a new one with your changes that were not sent yet and can still be read, and, if this device is connected to a service, fetches your plan from there again.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            SamenTextField {
                id: passphrase

                objectName: "damagedPassphrase"
                Layout.fillWidth: true
                visible: Session.needsPassphrase
                focus: Session.needsPassphrase
                echoMode: TextInput.Password
                accessibleName: qsTr("Passphrase")
                placeholderText: qsTr("Passphrase")
                onAccepted: page.repair()
            }
            Banner {
                Layout.fillWidth: true
                text: Session.error
                onDismissed: Session.clearError()
            }
            SamenButton {
                objectName: "repairButton"
                focus: !Session.needsPassphrase
                text: qsTr("Repair my plan")
                onClicked: page.repair()
            }
            SamenButton {
                objectName: "startOverButton"
                primary: false
                text: qsTr("Start over with a new plan")
                onClicked: Session.startOver()
            }
        }
    }
}
