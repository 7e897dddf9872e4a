import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// Connects the plan to a case service: the address, then the service's check code
// in groups to compare aloud, then connect. Every problem in plain words.
Page {
    id: page

    property bool showBack: true
    readonly property ConnectController controller: connector

    signal backRequested()
    signal devicesRequested()

    title: qsTr("Connect to a case service")
    background: Rectangle { color: Theme.background }

    ConnectController {
        id: connector

        plan: Session.plan
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
                showBack: page.showBack
                onBackRequested: page.backRequested()
            }
            Label {
                Layout.fillWidth: true
                visible: connector.state !== "connected"
                text: qsTr("A case service keeps a copy of your plan, so the people you invite can help, and your other devices stay up to date. "
                           + "You decide who sees what. Ask your social worker or municipality for the address and the check code.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Banner {
                objectName: "connectMessage"
                Layout.fillWidth: true
                positive: connector.state === "connected"
                // "Connected" is how things stand, not a message to close (its OK did nothing).
                dismissable: connector.state !== "connected"
                text: connector.state === "failed" || connector.state === "connected" ? connector.message : ""
                onDismissed: connector.reset()
            }
            TechnicalDetail {
                objectName: "connectDetail"
                Layout.fillWidth: true
                detail: connector.state === "failed" ? connector.detail : ""
            }

            // The form: address and, when you have it, the check code.
            ColumnLayout {
                Layout.fillWidth: true
                visible: connector.state === "idle" || connector.state === "failed" || connector.state === "checking"
                spacing: Theme.spacingSmall

                FieldLabel { text: qsTr("Address of the service") }
                SamenTextField {
                    id: addressField

                    objectName: "addressField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("https://samen.example.nl")
                    accessibleName: qsTr("Address of the service")
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    onAccepted: checkButton.clicked()
                }
                FieldLabel { text: qsTr("Check code (if you have it)") }
                SamenTextField {
                    id: pinField

                    objectName: "pinField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("64 characters, 0-9 and a-f")
                    accessibleName: qsTr("Check code (if you have it)")
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    onAccepted: checkButton.clicked()
                }
                RowLayout {
                    spacing: Theme.spacingSmall

                    SamenButton {
                        id: checkButton

                        objectName: "checkButton"
                        text: qsTr("Look for the service")
                        enabled: connector.state !== "checking"
                        onClicked: connector.check(addressField.text, pinField.text)
                    }
                    BusyIndicator {
                        running: connector.state === "checking"
                        visible: running
                        Accessible.name: connector.message
                    }
                }
            }

            // The service found (or connected): its check code, to compare aloud.
            ColumnLayout {
                Layout.fillWidth: true
                visible: connector.pinGroups.length > 0 && connector.state !== "idle" && connector.state !== "checking"
                spacing: Theme.spacingSmall

                FieldLabel { text: qsTr("Service") }
                Label {
                    objectName: "serviceAddress"
                    Layout.fillWidth: true
                    visible: connector.address.length > 0
                    text: connector.address
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.WrapAnywhere
                }
                FieldLabel { text: qsTr("Check code of the service") }
                PinGroups {
                    objectName: "pinGroups"
                    Layout.fillWidth: true
                    groups: connector.pinGroups
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: connector.state === "checked" || connector.state === "connecting"
                spacing: Theme.spacingSmall

                Label {
                    objectName: "checkedMessage"
                    Layout.fillWidth: true
                    text: connector.message
                    font.pixelSize: Theme.fontBody
                    color: connector.needsComparison ? Theme.warning : Theme.success
                    wrapMode: Text.Wrap
                }
                SamenCheckBox {
                    id: sameBox

                    objectName: "sameBox"
                    visible: connector.needsComparison
                    text: qsTr("The check code is the same as the one I was given")
                    font.pixelSize: Theme.fontBody
                    Accessible.name: text
                    Keys.onReturnPressed: toggle()
                }
                FieldLabel { text: qsTr("Name of this device") }
                SamenTextField {
                    id: deviceField

                    objectName: "deviceField"
                    Layout.fillWidth: true
                    text: connector.suggestedDeviceName
                    accessibleName: qsTr("Name of this device")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    SamenButton {
                        objectName: "connectButton"
                        text: qsTr("Connect my plan")
                        enabled: connector.state === "checked" && (!connector.needsComparison || sameBox.checked)
                        onClicked: connector.connectService(deviceField.text, sameBox.checked)
                    }
                    SamenButton {
                        objectName: "startAgainButton"
                        text: qsTr("Another address")
                        primary: false
                        enabled: connector.state === "checked"
                        onClicked: connector.reset()
                    }
                    BusyIndicator {
                        running: connector.state === "connecting"
                        visible: running
                        Accessible.name: qsTr("Connecting your plan…")
                    }
                }
            }
            SamenButton {
                objectName: "devicesButton"
                visible: connector.state === "connected"
                text: qsTr("My devices")
                primary: false
                onClicked: page.devicesRequested()
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
