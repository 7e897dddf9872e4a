import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// First run: name the plan, choose the life domains, protect it with a passphrase.
Page {
    id: page

    signal backRequested()

    title: qsTr("Make your plan")
    background: Rectangle { color: Theme.background }

    // With a system key store the plan can be protected without a passphrase.
    readonly property bool useKeychain: Session.keychainAvailable && keychainChoice.checked

    function create() {
        if (useKeychain) {
            message.text = "";
            if (!Session.createPlanWithKeychain(nameField.text, frameworkGroup.checkedButton ? frameworkGroup.checkedButton.frameworkKey : "default"))
                message.text = Session.error;
            return;
        }
        if (passphrase.text !== passphraseAgain.text) {
            message.text = qsTr("The two passphrases are not the same. Type them again.");
            return;
        }
        message.text = "";
        if (!Session.createPlan(nameField.text, frameworkGroup.checkedButton ? frameworkGroup.checkedButton.frameworkKey : "default", passphrase.text))
            message.text = Session.error;
    }

    SamenScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.spacingLarge, 560)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacing }
            Label {
                Layout.fillWidth: true
                text: page.title
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            FieldLabel { text: qsTr("What is your name?") }
            SamenTextField {
                id: nameField

                objectName: "planName"
                Layout.fillWidth: true
                focus: true
                accessibleName: qsTr("Your name")
                placeholderText: qsTr("For example: Robin")
            }
            FieldLabel { text: qsTr("Which life domains fit you?") }
            Label {
                Layout.fillWidth: true
                text: qsTr("Life domains are the parts of your life your plan is about, such as housing, money and work. Choose the list that suits you best.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            ButtonGroup { id: frameworkGroup }
            Repeater {
                model: Session.frameworks()

                delegate: SamenRadioButton {
                    required property var modelData
                    required property int index
                    property string frameworkKey: modelData.key

                    Layout.fillWidth: true
                    ButtonGroup.group: frameworkGroup
                    checked: index === 0
                    text: modelData.name + "\n" + modelData.description
                    font.pixelSize: Theme.fontBody
                    Accessible.name: modelData.name
                    Accessible.description: modelData.description
                }
            }
            FieldLabel { text: qsTr("How do you want to lock your plan?") }
            Label {
                objectName: "keychainNote"
                Layout.fillWidth: true
                visible: !Session.keychainAvailable && Session.keychainNote !== ""
                text: Session.keychainNote
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            ButtonGroup { id: protectionGroup }
            SamenRadioButton {
                id: keychainChoice

                objectName: "keychainChoice"
                Layout.fillWidth: true
                visible: Session.keychainAvailable
                checked: Session.keychainAvailable
                ButtonGroup.group: protectionGroup
                text: qsTr("With this device's own lock (recommended). You open your plan the way you open this device.")
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Lock with this device's own lock")
            }
            SamenRadioButton {
                objectName: "passphraseChoice"
                Layout.fillWidth: true
                visible: Session.keychainAvailable
                checked: !Session.keychainAvailable
                ButtonGroup.group: protectionGroup
                text: qsTr("With a passphrase that only I know")
                font.pixelSize: Theme.fontBody
                Accessible.name: text
            }
            FieldLabel {
                visible: !page.useKeychain
                text: qsTr("Choose a passphrase")
            }
            Label {
                Layout.fillWidth: true
                visible: !page.useKeychain
                text: qsTr("A passphrase is a password of a few words that only you know, for example: blue bike on Sunday. You type it each time you open your plan. A PIN of at least %1 digits also works. If you forget it, nobody can open your plan, not even us. Write it down and keep it in a safe place.").arg(Session.minPassphraseLength)
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            SamenTextField {
                id: passphrase

                objectName: "passphrase"
                Layout.fillWidth: true
                visible: !page.useKeychain
                echoMode: TextInput.Password
                accessibleName: qsTr("Passphrase")
                placeholderText: qsTr("Passphrase")
            }
            SamenTextField {
                id: passphraseAgain

                objectName: "passphraseAgain"
                Layout.fillWidth: true
                visible: !page.useKeychain
                echoMode: TextInput.Password
                accessibleName: qsTr("Passphrase again")
                placeholderText: qsTr("Passphrase again")
                onAccepted: page.create()
            }
            Banner {
                id: message

                objectName: "message"
                Layout.fillWidth: true
                onDismissed: text = ""
            }
            RowLayout {
                spacing: Theme.spacing
                SamenButton {
                    objectName: "createButton"
                    text: qsTr("Make my plan")
                    onClicked: page.create()
                }
                SamenButton {
                    text: qsTr("Back")
                    primary: false
                    onClicked: page.backRequested()
                }
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
