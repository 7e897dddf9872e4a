import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// "I work with citizens": this device becomes a professional's. The service's address
// and check code, then the enrolment code an administrator gave and this device's lock.
Page {
    id: page

    readonly property EnrolFlow flow: enroller
    readonly property bool busy: enroller.state === "checking" || enroller.state === "enrolling"
    readonly property bool checked: enroller.state === "checked" || enroller.state === "enrolling"
    readonly property bool useKeychain: Session.keychainAvailable && keychainChoice.checked

    signal backRequested()

    title: qsTr("I work with citizens")
    background: Rectangle { color: Theme.background }

    EnrolFlow {
        id: enroller

        session: Session
    }
    // The state last seen, so focus moves only when the step changes.
    property string shownState: ""

    // A code the service did not know: typed again, at its own field (the rest of the form stays as typed).
    // Focus follows the steps (review 16, F7: it was lost after "Look for the service" and "Another address"): the
    // service found, at the comparison or the code; back to another address, at the address.
    Connections {
        target: enroller

        function onCodeRefused() {
            codeField.clear();
            codeField.forceActiveFocus();
        }
        function onChanged() {
            const was = page.shownState;
            page.shownState = enroller.state;
            if (enroller.state === "checked" && was === "checking") {
                if (enroller.needsComparison)
                    sameBox.forceActiveFocus();
                else
                    codeField.forceActiveFocus();
            }
            else if (enroller.state === "idle" && was === "checked")
                addressField.forceActiveFocus();
        }
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
            Label {
                Layout.fillWidth: true
                text: qsTr("Your organisation's administrator gives you three things: the address of the service, its check code and an enrolment code. With them, this device shows the plans of the citizens you work with.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Banner {
                objectName: "enrolError"
                Layout.fillWidth: true
                text: enroller.state === "failed" ? enroller.message : ""
                onDismissed: enroller.reset()
            }
            TechnicalDetail {
                objectName: "enrolDetail"
                Layout.fillWidth: true
                detail: enroller.state === "failed" ? enroller.detail : ""
            }

            // Step 1: the service.
            FieldLabel { text: qsTr("Address of the service") }
            SamenTextField {
                id: addressField

                objectName: "enrolAddress"
                Layout.fillWidth: true
                enabled: !page.busy && !page.checked
                placeholderText: qsTr("https://samen.example.nl")
                accessibleName: qsTr("Address of the service")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                focus: true
                onAccepted: checkButton.clicked()
            }
            FieldLabel { text: qsTr("Check code (if you have it)") }
            SamenTextField {
                id: pinField

                objectName: "enrolPin"
                Layout.fillWidth: true
                enabled: !page.busy && !page.checked
                placeholderText: qsTr("64 characters, 0-9 and a-f")
                accessibleName: qsTr("Check code (if you have it)")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                onAccepted: checkButton.clicked()
            }
            RowLayout {
                visible: !page.checked
                spacing: Theme.spacingSmall

                SamenButton {
                    id: checkButton

                    objectName: "enrolCheck"
                    text: qsTr("Look for the service")
                    enabled: !page.busy
                    onClicked: enroller.check(addressField.text, pinField.text)
                }
                BusyIndicator {
                    running: enroller.state === "checking"
                    visible: running
                    Accessible.name: enroller.message
                }
            }

            // Step 2: the check code to compare, the enrolment code and this device's lock.
            ColumnLayout {
                objectName: "enrolChecked"
                Layout.fillWidth: true
                visible: page.checked
                spacing: Theme.spacingSmall

                FieldLabel { text: qsTr("Check code of the service") }
                PinGroups {
                    objectName: "enrolPinGroups"
                    Layout.fillWidth: true
                    groups: enroller.pinGroups
                }
                Label {
                    objectName: "enrolCheckedMessage"
                    Layout.fillWidth: true
                    text: enroller.message
                    font.pixelSize: Theme.fontBody
                    color: enroller.needsComparison ? Theme.warning : Theme.success
                    wrapMode: Text.Wrap
                }
                SamenCheckBox {
                    id: sameBox

                    objectName: "enrolSame"
                    visible: enroller.needsComparison
                    text: qsTr("The check code is the same as the one I was given")
                    font.pixelSize: Theme.fontBody
                    Accessible.name: text
                    Keys.onReturnPressed: toggle()
                }
                FieldError {
                    objectName: "enrolCompareError"
                    Layout.fillWidth: true
                    text: enroller.formErrorField === "compare" ? enroller.formError : ""
                }
                FieldLabel { text: qsTr("Enrolment code") }
                SamenTextField {
                    id: codeField

                    objectName: "enrolCode"
                    Layout.fillWidth: true
                    enabled: !page.busy
                    accessibleName: qsTr("Enrolment code")
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    // Return signs in when the form is complete, as the button does.
                    onAccepted: if (enrolButton.enabled) enrolButton.clicked()
                }
                // Each mistake beside its field, in the error style (review 5, #6: the passphrase's showed above, in green).
                FieldError {
                    objectName: "enrolCodeError"
                    Layout.fillWidth: true
                    text: enroller.formErrorField === "code" ? enroller.formError : ""
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    visible: Session.keychainAvailable
                    text: qsTr("How do you want to lock Samen on this device?")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                ButtonGroup { id: protectionGroup }
                SamenRadioButton {
                    id: keychainChoice

                    objectName: "enrolKeychainChoice"
                    Layout.fillWidth: true
                    visible: Session.keychainAvailable
                    checked: Session.keychainAvailable
                    enabled: !page.busy
                    ButtonGroup.group: protectionGroup
                    text: qsTr("With this device's own lock (recommended)")
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Lock with this device's own lock")
                }
                SamenRadioButton {
                    objectName: "enrolPassphraseChoice"
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

                    objectName: "enrolPassphrase"
                    Layout.fillWidth: true
                    visible: !page.useKeychain
                    enabled: !page.busy
                    echoMode: TextInput.Password
                    accessibleName: qsTr("Choose a passphrase for this device")
                    onAccepted: enrolButton.clicked()
                }
                FieldError {
                    objectName: "enrolPassphraseError"
                    Layout.fillWidth: true
                    text: enroller.formErrorField === "passphrase" || enroller.formErrorField === "" ? enroller.formError : ""
                }
                Flow {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    spacing: Theme.spacingSmall

                    SamenButton {
                        id: enrolButton

                        objectName: "enrolButton"
                        text: qsTr("Sign in to my organisation")
                        enabled: enroller.state === "checked" && (!enroller.needsComparison || sameBox.checked)
                        onClicked: enroller.enrol(codeField.text, passphraseField.text, page.useKeychain, sameBox.checked)
                    }
                    SamenButton {
                        objectName: "enrolAnother"
                        text: qsTr("Another address")
                        primary: false
                        enabled: enroller.state === "checked"
                        onClicked: enroller.reset()
                    }
                    BusyIndicator {
                        running: enroller.state === "enrolling"
                        visible: running
                        Accessible.name: enroller.message
                    }
                }
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
