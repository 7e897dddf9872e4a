import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Samen
import Samen.Core

// First run, "I have a file of my plan" (issue 15): bring back a plan from the FHIR file Samen
// saved. Choose the file (checked whole before anything is made), choose how the plan is locked
// (as when making a plan), then the plan is made with progress and the app opens on it. The work
// is PlanImportController's (docs/fhir.md, "In the app").
Page {
    id: page

    property alias controller: importer
    property alias openDialog: openDialog
    // With a system key store the plan can be locked without a passphrase.
    readonly property bool useKeychain: Session.keychainAvailable && keychainChoice.checked

    signal backRequested()

    function bringBack() {
        importer.start(useKeychain, passphrase.text, passphraseAgain.text);
    }

    title: qsTr("Bring back your plan from a file")
    background: Rectangle { color: Theme.background }

    PlanImportController {
        id: importer
    }
    FileDialog {
        id: openDialog

        title: qsTr("Choose the file of your plan")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("FHIR files (*.json)")]
        onAccepted: importer.chooseFile(selectedFile)
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
            Label {
                Layout.fillWidth: true
                text: qsTr("Did you save your plan as a file before (in My data: \"Save my plan as a file\")? Then you can bring the whole plan back on this device from that file.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            SamenButton {
                id: chooseButton

                objectName: "importChooseFile"
                Layout.maximumWidth: parent.width
                focus: true
                enabled: !importer.busy
                primary: !importer.ready
                text: importer.ready ? qsTr("Choose another file") : qsTr("Choose the file")
                Accessible.description: qsTr("Opens a window to choose the file")
                onClicked: {
                    importer.clearError();
                    openDialog.open();
                }
            }
            Label {
                objectName: "importSummary"
                Layout.fillWidth: true
                visible: importer.ready
                text: importer.summary
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            ColumnLayout {
                objectName: "importLock"
                Layout.fillWidth: true
                visible: importer.ready
                spacing: Theme.spacingSmall

                FieldLabel { text: qsTr("How do you want to lock your plan?") }
                Label {
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

                    objectName: "importKeychainChoice"
                    Layout.fillWidth: true
                    visible: Session.keychainAvailable
                    checked: Session.keychainAvailable
                    ButtonGroup.group: protectionGroup
                    text: qsTr("With this device's own lock (recommended). You open your plan the way you open this device.")
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Lock with this device's own lock")
                }
                SamenRadioButton {
                    objectName: "importPassphraseChoice"
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

                    objectName: "importPassphrase"
                    Layout.fillWidth: true
                    visible: !page.useKeychain
                    enabled: !importer.busy
                    echoMode: TextInput.Password
                    accessibleName: qsTr("Passphrase")
                    placeholderText: qsTr("Passphrase")
                }
                SamenTextField {
                    id: passphraseAgain

                    objectName: "importPassphraseAgain"
                    Layout.fillWidth: true
                    visible: !page.useKeychain
                    enabled: !importer.busy
                    echoMode: TextInput.Password
                    accessibleName: qsTr("Passphrase again")
                    placeholderText: qsTr("Passphrase again")
                    onAccepted: page.bringBack()
                }
            }
            RowLayout {
                objectName: "importProgress"
                Layout.fillWidth: true
                visible: importer.busy
                spacing: Theme.spacingSmall

                BusyIndicator {
                    running: importer.busy
                    Accessible.name: importer.progressText
                }
                Label {
                    Layout.fillWidth: true
                    text: importer.progressText
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
            Banner {
                objectName: "importError"
                Layout.fillWidth: true
                text: importer.error
                onDismissed: importer.clearError()
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                SamenButton {
                    objectName: "importStart"
                    visible: importer.ready
                    enabled: !importer.busy
                    text: qsTr("Bring back my plan")
                    onClicked: page.bringBack()
                }
                SamenButton {
                    objectName: "importBack"
                    enabled: !importer.busy
                    text: qsTr("Back")
                    primary: false
                    onClicked: page.backRequested()
                }
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
