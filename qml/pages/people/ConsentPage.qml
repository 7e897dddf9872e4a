import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// What one person may see and change, per part of the plan; withdraw everything,
// or remove them from the plan. Each change says once what it means.
Page {
    id: page

    property string memberId
    property bool showBack: true
    readonly property ConsentController controller: consent

    signal backRequested()

    title: consent.name.length > 0 ? qsTr("What %1 may see").arg(DisplayText.isolate(consent.name)) : qsTr("What this person may see")
    background: Rectangle { color: Theme.background }

    ConsentController {
        id: consent

        plan: Session.plan
        memberId: page.memberId
    }
    ConfirmDialog {
        id: confirm

        property bool removing: false

        objectName: "confirmConsent"
        question: removing ? qsTr("Remove %1 from your plan?").arg(DisplayText.isolate(consent.name)) : qsTr("Withdraw everything %1 may see?").arg(DisplayText.isolate(consent.name))
        explanation: removing ? qsTr("%1 will see nothing of your plan any more, and is no longer a member. You can invite them again later.").arg(DisplayText.isolate(consent.name))
                              : qsTr("%1 stays in your plan but sees none of it until you share something again.").arg(DisplayText.isolate(consent.name))
        confirmText: removing ? qsTr("Remove") : qsTr("Withdraw everything")
        onConfirmed: removing ? consent.removeFromPlan() : consent.withdrawAll()
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
                objectName: "consentNotice"
                Layout.fillWidth: true
                positive: true
                text: consent.notice
            }
            Banner {
                objectName: "consentError"
                Layout.fillWidth: true
                text: consent.error
            }
            Label {
                Layout.fillWidth: true
                visible: !consent.removed
                text: qsTr("Choose per part of your plan. A change counts at once.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Repeater {
                model: consent.removed ? [] : consent.rows

                delegate: Rectangle {
                    id: row

                    required property var modelData
                    required property int index

                    Layout.fillWidth: true
                    implicitHeight: rowColumn.implicitHeight + 2 * Theme.spacingSmall
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.color: Theme.border

                    ColumnLayout {
                        id: rowColumn

                        anchors.fill: parent
                        anchors.margins: Theme.spacingSmall
                        spacing: Theme.spacingSmall / 2

                        // Side by side where both fit; on a phone the life domain above its choice, so a long
                        // name ("Werk en dagbesteding") wraps between words and the choice is not cut short.
                        GridLayout {
                            Layout.fillWidth: true
                            columns: rowColumn.width >= 2 * Theme.qrSize + Theme.spacing ? 2 : 1
                            columnSpacing: Theme.spacingSmall
                            rowSpacing: Theme.spacingSmall / 2

                            Label {
                                objectName: "consentLabel_" + row.modelData.domainKey
                                Layout.fillWidth: true
                                text: row.modelData.label
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            SamenComboBox {
                                id: accessBox

                                objectName: "consentAccess_" + row.modelData.domainKey
                                Layout.preferredWidth: Theme.qrSize
                                Layout.fillWidth: parent.columns === 1
                                model: [qsTr("Nothing"), qsTr("See"), qsTr("See and change")]
                                currentIndex: row.modelData.access === "write" ? 2 : row.modelData.access === "read" ? 1 : 0
                                enabled: !consent.busy
                                font.pixelSize: Theme.fontBody
                                Accessible.name: qsTr("%1: what %2 may do").arg(row.modelData.label).arg(DisplayText.isolate(consent.name))
                                onActivated: i => consent.setAccess(row.modelData.domainKey, ["none", "read", "write"][i], purposeField.text, untilField.date)
                            }
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            visible: row.modelData.access !== "none"
                            spacing: Theme.spacingSmall

                            FieldLabel {
                                objectName: "consentPurposeLabel_" + row.modelData.domainKey
                                Layout.fillWidth: true
                                text: qsTr("Why (the purpose)")
                            }
                            SamenTextField {
                                id: purposeField

                                Layout.fillWidth: true
                                text: row.modelData.purpose
                                placeholderText: qsTr("Why")
                                accessibleName: qsTr("Why %1 may see %2").arg(DisplayText.isolate(consent.name)).arg(row.modelData.label)
                                onAccepted: consent.setAccess(row.modelData.domainKey, row.modelData.access, text, untilField.date)
                            }
                            // Picked as day, month and year; each change is sent at once, as the access is.
                            DateField {
                                id: untilField

                                objectName: "consentUntil_" + row.modelData.domainKey
                                Layout.fillWidth: true
                                label: qsTr("Until which date %1 may see %2").arg(DisplayText.isolate(consent.name)).arg(row.modelData.label)
                                date: row.modelData.until
                                defaultDate: DateChoice.shift(DateChoice.today(), 182)
                                onDateChanged: if (date !== row.modelData.until) consent.setAccess(row.modelData.domainKey, row.modelData.access, purposeField.text, date)
                            }
                        }
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                visible: !consent.removed
                spacing: Theme.spacingSmall

                SamenButton {
                    objectName: "withdrawAll"
                    text: qsTr("Withdraw everything")
                    primary: false
                    enabled: !consent.busy
                    onClicked: {
                        confirm.removing = false;
                        confirm.open();
                    }
                }
                SamenButton {
                    objectName: "removeMember"
                    text: qsTr("Remove from my plan")
                    primary: false
                    enabled: !consent.busy
                    onClicked: {
                        confirm.removing = true;
                        confirm.open();
                    }
                }
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
