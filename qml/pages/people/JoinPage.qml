import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// Join someone's plan with an invitation: the link or code, then what it offers,
// then join. The plan opens and waits until its owner lets you in.
Page {
    id: page

    readonly property JoinFlow flow: joiner

    signal backRequested()

    title: qsTr("I was invited")
    background: Rectangle { color: Theme.background }

    JoinFlow {
        id: joiner

        session: Session
    }

    SamenScrollView {
        id: scroller

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroller.availableWidth - 2 * Theme.spacing, Theme.pictureMaxWidth * 1.4)
            x: Theme.spacing
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacingSmall }
            PageHeader {
                Layout.fillWidth: true
                title: page.title
                showBack: true
                onBackRequested: page.backRequested()
            }
            Banner {
                objectName: "joinError"
                Layout.fillWidth: true
                text: joiner.state === "failed" ? joiner.message : ""
                onDismissed: joiner.cancel()
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: joiner.state === "form" || joiner.state === "failed" || joiner.state === "looking"
                spacing: Theme.spacingSmall

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Paste the link you were sent, or type the code. You first see what you are invited to; nothing is shared before you say yes.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
                FieldLabel { text: qsTr("Link or code") }
                SamenTextField {
                    id: linkField

                    objectName: "joinLink"
                    Layout.fillWidth: true
                    accessibleName: qsTr("Link or code")
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                }
                FieldLabel { text: qsTr("Address of the service (only with a code)") }
                SamenTextField {
                    id: addressField

                    objectName: "joinAddress"
                    Layout.fillWidth: true
                    placeholderText: qsTr("https://samen.example.nl")
                    accessibleName: qsTr("Address of the service (only with a code)")
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                }
                FieldLabel { text: qsTr("Check code (only with a code)") }
                SamenTextField {
                    id: pinField

                    objectName: "joinPin"
                    Layout.fillWidth: true
                    accessibleName: qsTr("Check code (only with a code)")
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                }
                FieldLabel {
                    visible: joiner.needsNewPassphrase || joiner.needsPassphrase
                    text: joiner.needsNewPassphrase ? qsTr("Choose a passphrase for this device") : qsTr("Your passphrase")
                }
                SamenTextField {
                    id: passphraseField

                    objectName: "joinPassphrase"
                    Layout.fillWidth: true
                    visible: joiner.needsNewPassphrase || joiner.needsPassphrase
                    echoMode: TextInput.Password
                    accessibleName: joiner.needsNewPassphrase ? qsTr("Choose a passphrase for this device") : qsTr("Your passphrase")
                }
                RowLayout {
                    spacing: Theme.spacingSmall

                    SamenButton {
                        objectName: "joinLook"
                        text: qsTr("Look at the invitation")
                        enabled: joiner.state !== "looking"
                        onClicked: joiner.look(linkField.text, addressField.text, pinField.text, passphraseField.text)
                    }
                    BusyIndicator {
                        running: joiner.state === "looking"
                        visible: running
                        Accessible.name: qsTr("Looking at the invitation…")
                    }
                }
            }
            ColumnLayout {
                objectName: "joinOffer"
                Layout.fillWidth: true
                visible: joiner.state === "offer" || joiner.state === "joining"
                spacing: Theme.spacingSmall

                Label {
                    objectName: "joinOfferText"
                    Layout.fillWidth: true
                    text: joiner.offerText
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                FieldLabel { text: qsTr("Your name, as they will see it") }
                SamenTextField {
                    id: nameField

                    objectName: "joinName"
                    Layout.fillWidth: true
                    text: joiner.invitedName
                    accessibleName: qsTr("Your name, as they will see it")
                }
                Label {
                    objectName: "joinNameError"
                    Layout.fillWidth: true
                    visible: joiner.state === "offer" && joiner.message.length > 0
                    text: joiner.state === "offer" ? joiner.message : ""
                    color: Theme.danger
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    SamenButton {
                        objectName: "joinAccept"
                        text: qsTr("Join")
                        enabled: joiner.state === "offer"
                        onClicked: joiner.accept(nameField.text)
                    }
                    SamenButton {
                        objectName: "joinCancel"
                        text: qsTr("Not now")
                        primary: false
                        onClicked: {
                            joiner.cancel();
                            page.backRequested();
                        }
                    }
                }
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
