import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// This account's devices: add the next one with a one-time code (and its QR
// code), revoke a lost one (after asking: it cannot be undone).
Page {
    id: page

    property bool showBack: true
    readonly property DeviceListModel devices: deviceList

    signal backRequested()
    signal connectRequested()

    title: qsTr("My devices")
    background: Rectangle { color: Theme.background }

    DeviceListModel {
        id: deviceList

        plan: Session.plan
        Component.onCompleted: reload()
    }
    ConfirmDialog {
        id: confirm

        property string deviceId

        objectName: "confirmRevoke"
        question: qsTr("Revoke this device?")
        explanation: qsTr("It can no longer sign in or receive your plan. What is already on it stays there until it is wiped; you cannot undo this.")
        confirmText: qsTr("Revoke")
        onConfirmed: deviceList.revoke(deviceId)
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
            Banner {
                objectName: "devicesError"
                Layout.fillWidth: true
                text: deviceList.error
                onDismissed: deviceList.reload()
            }
            Banner {
                objectName: "devicesNotice"
                Layout.fillWidth: true
                positive: true
                text: deviceList.notice
            }
            SamenButton {
                objectName: "connectButton"
                visible: !deviceList.connected
                text: qsTr("Connect to a case service")
                onClicked: page.connectRequested()
            }
            BusyIndicator {
                running: deviceList.loading
                visible: running
                Accessible.name: qsTr("Loading…")
            }
            Repeater {
                model: deviceList

                delegate: Rectangle {
                    id: card

                    required property string id
                    required property string name
                    required property string addedText
                    required property string description
                    required property bool revoked
                    required property bool isThis
                    required property int index

                    Layout.fillWidth: true
                    implicitHeight: cardRow.implicitHeight + 2 * Theme.spacingSmall
                    radius: Theme.radius / 2
                    color: revoked ? Theme.background : Theme.surface
                    border.color: Theme.border

                    RowLayout {
                        id: cardRow

                        anchors.fill: parent
                        anchors.margins: Theme.spacingSmall
                        spacing: Theme.spacingSmall

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Accessible.role: Accessible.ListItem
                            Accessible.name: card.description

                            Label {
                                Layout.fillWidth: true
                                text: card.isThis ? qsTr("%1 (this device)").arg(DisplayText.isolate(card.name)) : card.name
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                font.strikeout: card.revoked
                                color: Theme.text
                                horizontalAlignment: Text.AlignLeft // the app's side, not the name's script's
                                wrapMode: Text.Wrap
                            }
                            Label {
                                Layout.fillWidth: true
                                text: card.revoked ? qsTr("%1. Revoked.").arg(card.addedText) : card.addedText
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                                wrapMode: Text.Wrap
                            }
                        }
                        SamenButton {
                            objectName: "revokeButton_" + card.index
                            visible: !card.revoked && !card.isThis
                            text: qsTr("Revoke")
                            primary: false
                            Accessible.name: qsTr("Revoke %1").arg(DisplayText.isolate(card.name))
                            onClicked: {
                                confirm.deviceId = card.id;
                                confirm.subject = card.name;
                                confirm.open();
                            }
                        }
                    }
                }
            }
            SamenButton {
                objectName: "addDeviceButton"
                visible: deviceList.connected && deviceList.nextCode.length === 0
                text: qsTr("Add another device")
                enabled: !deviceList.loading
                onClicked: deviceList.addDevice()
            }

            // The one-time code for the next device, shown once.
            ColumnLayout {
                objectName: "nextDevice"
                Layout.fillWidth: true
                visible: deviceList.nextCode.length > 0
                spacing: Theme.spacingSmall

                FieldLabel { text: qsTr("Code for your next device") }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Use this code once, on your other device, to add it to your account. It is shown only now. %1").arg(deviceList.nextExpiry)
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Rectangle {
                    Layout.preferredWidth: Theme.qrSize
                    Layout.preferredHeight: Theme.qrSize
                    color: Theme.surface
                    border.color: Theme.border

                    QrCodeItem {
                        objectName: "deviceQr"
                        anchors.fill: parent
                        anchors.margins: 1
                        text: deviceList.nextLink
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("QR code for your next device")
                    }
                }
                SamenTextField {
                    id: codeField

                    objectName: "deviceCode"
                    Layout.fillWidth: true
                    readOnly: true
                    text: deviceList.nextCode
                    font.family: "monospace"
                    accessibleName: qsTr("Code for your next device")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    SamenButton {
                        objectName: "copyCodeButton"
                        text: qsTr("Copy the code")
                        primary: false
                        onClicked: {
                            codeField.selectAll();
                            codeField.copy();
                            codeField.deselect();
                        }
                    }
                    SamenButton {
                        objectName: "doneButton"
                        text: qsTr("Done")
                        primary: false
                        onClicked: deviceList.clearCode()
                    }
                }
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
