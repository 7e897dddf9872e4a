import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// The plan file holds no plan: this member was removed from the plan, or joining a plan
// did not finish. Says why, and offers the next step: a new plan in this file.
Page {
    id: page

    signal joinRequested()

    title: qsTr("There is no plan on this device")
    background: Rectangle { color: Theme.background }

    function start() {
        if (Session.startPlanHere(planName.text, "default", passphrase.text)) {
            planName.text = "";
            passphrase.text = "";
        }
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
                objectName: "noPlanReason"
                Layout.fillWidth: true
                text: Session.stateMessage
                visible: text.length > 0
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("You can start a new plan of your own here, or join someone else's plan with the link or code of an invitation.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            SamenTextField {
                id: planName

                objectName: "noPlanName"
                Layout.fillWidth: true
                focus: true
                accessibleName: qsTr("Your name")
                placeholderText: qsTr("Your name")
            }
            SamenTextField {
                id: passphrase

                objectName: "noPlanPassphrase"
                Layout.fillWidth: true
                visible: Session.needsPassphrase
                echoMode: TextInput.Password
                accessibleName: qsTr("Passphrase")
                placeholderText: qsTr("Passphrase")
                onAccepted: page.start()
            }
            Banner {
                Layout.fillWidth: true
                text: Session.error
                onDismissed: Session.clearError()
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                SamenButton {
                    objectName: "startPlanHereButton"
                    text: qsTr("Start a new plan")
                    onClicked: page.start()
                }
                SamenButton {
                    objectName: "joinButton"
                    text: qsTr("I was invited")
                    primary: false
                    onClicked: page.joinRequested()
                }
            }
        }
    }
}
