import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// This device joins the person's own account: the link or code their other device
// shows (Devices page), a lock for this device's copy, then the plan loads and opens.
Page {
    id: page

    readonly property DeviceFlow flow: adder
    readonly property bool busy: adder.state === "checking" || adder.state === "enrolling" || adder.state === "loading" || adder.state === "done"
    readonly property bool useKeychain: Session.keychainAvailable && keychainChoice.checked

    signal backRequested()

    title: qsTr("I already use Samen on another device")
    background: Rectangle { color: Theme.background }

    DeviceFlow {
        id: adder

        session: Session
    }

    SamenScrollView {
        id: scroller

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroller.availableWidth - 2 * Theme.spacing, Theme.pictureMaxWidth * 1.4)
            x: Theme.spacing
            spacing: Theme.spacingSmall

            Item { implicitHeight: Theme.spacingSmall }
            PageHeader {
                Layout.fillWidth: true
                title: page.title
                showBack: !page.busy
                onBackRequested: page.backRequested()
            }
            Banner {
                objectName: "deviceError"
                Layout.fillWidth: true
                text: adder.state === "failed" ? adder.message : ""
                onDismissed: adder.dismiss()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("On your other device, open Settings, then My devices, and choose 'Add another device'. Paste the link it shows here, or type the code with the address and check code.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            FieldLabel { text: qsTr("Link or code") }
            SamenTextField {
                id: linkField

                objectName: "deviceLink"
                Layout.fillWidth: true
                enabled: !page.busy
                accessibleName: qsTr("Link or code")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            }
            FieldLabel { text: qsTr("Address of the service (only with a code)") }
            SamenTextField {
                id: addressField

                objectName: "deviceAddress"
                Layout.fillWidth: true
                enabled: !page.busy
                placeholderText: qsTr("https://samen.example.nl")
                accessibleName: qsTr("Address of the service (only with a code)")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            }
            FieldLabel { text: qsTr("Check code (only with a code)") }
            SamenTextField {
                id: pinField

                objectName: "devicePin"
                Layout.fillWidth: true
                enabled: !page.busy
                accessibleName: qsTr("Check code (only with a code)")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: Session.keychainAvailable
                text: qsTr("How do you want to lock your plan on this device?")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            ButtonGroup { id: protectionGroup }
            SamenRadioButton {
                id: keychainChoice

                objectName: "deviceKeychainChoice"
                Layout.fillWidth: true
                visible: Session.keychainAvailable
                checked: Session.keychainAvailable
                enabled: !page.busy
                ButtonGroup.group: protectionGroup
                text: qsTr("With this device's own lock (recommended). You open your plan the way you open this device.")
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Lock with this device's own lock")
            }
            SamenRadioButton {
                objectName: "devicePassphraseChoice"
                Layout.fillWidth: true
                visible: Session.keychainAvailable
                checked: !Session.keychainAvailable
                enabled: !page.busy
                ButtonGroup.group: protectionGroup
                text: qsTr("With a passphrase that only I know")
                font.pixelSize: Theme.fontBody
                Accessible.name: text
            }
            FieldLabel {
                visible: !page.useKeychain
                text: qsTr("Choose a passphrase for this device")
            }
            SamenTextField {
                id: passphraseField

                objectName: "devicePassphrase"
                Layout.fillWidth: true
                visible: !page.useKeychain
                enabled: !page.busy
                echoMode: TextInput.Password
                accessibleName: qsTr("Choose a passphrase for this device")
                onAccepted: addButton.clicked()
            }
            RowLayout {
                Layout.topMargin: Theme.spacing
                spacing: Theme.spacingSmall

                SamenButton {
                    id: addButton

                    objectName: "deviceAdd"
                    text: qsTr("Add this device")
                    enabled: !page.busy
                    onClicked: adder.addDevice(linkField.text, addressField.text, pinField.text, passphraseField.text, page.useKeychain)
                }
                BusyIndicator {
                    running: page.busy
                    visible: running
                    Accessible.name: adder.message
                }
            }
            Label {
                objectName: "deviceProgress"
                Layout.fillWidth: true
                visible: page.busy
                text: adder.message
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
