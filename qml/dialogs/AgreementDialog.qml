import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// A new agreement from a meeting: what, who does it, by when, which life domain,
// and when to look back on it. Escape or Cancel adds nothing.
Popup {
    id: dialog

    property AgreementController controller
    property string meetingId

    function openNew() {
        what.text = "";
        byDate.date = "";
        evaluationDate.date = "";
        if (controller)
            controller.clearError();
        open();
    }

    objectName: "agreementDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 520, 520)
    modal: true
    focus: true
    padding: Theme.spacing
    closePolicy: Popup.CloseOnEscape
    onOpened: what.forceActiveFocus(Qt.TabFocusReason)

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }
    // A child, not contentItem: contentItem is deferred, and the fields' ids would make its assignment immediate.
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("A new agreement")

        Label {
            Layout.fillWidth: true
            text: qsTr("A new agreement")
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        SamenTextField {
            id: what

            objectName: "agreementWhat"
            Layout.fillWidth: true
            accessibleName: qsTr("What was agreed?")
            placeholderText: accessibleName
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingSmall
            rowSpacing: Theme.spacingSmall

            Label {
                wrapMode: Text.Wrap
                text: qsTr("Who does it?")
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            SamenComboBox {
                id: whoBox

                objectName: "agreementWho"
                Layout.fillWidth: true
                model: dialog.controller ? dialog.controller.whoChoices : []
                textRole: "name"
                valueRole: "id"
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Who does it? %1").arg(currentText)
            }
            Label {
                wrapMode: Text.Wrap
                text: qsTr("Life domain")
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            SamenComboBox {
                id: domainBox

                objectName: "agreementDomain"
                Layout.fillWidth: true
                model: dialog.controller ? dialog.controller.domainChoices : []
                textRole: "label"
                valueRole: "key"
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Life domain: %1").arg(currentText)
            }
        }
        DateField {
            id: byDate

            objectName: "agreementBy"
            Layout.fillWidth: true
            label: qsTr("By when?")
        }
        DateField {
            id: evaluationDate

            objectName: "agreementEvaluation"
            Layout.fillWidth: true
            label: qsTr("When do we look back on it?")
        }
        Label {
            objectName: "agreementError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.controller ? dialog.controller.error : ""
            font.pixelSize: Theme.fontBody
            color: Theme.danger
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            SamenButton {
                objectName: "cancelAgreement"
                text: qsTr("Cancel")
                primary: false
                onClicked: dialog.close()
            }
            SamenButton {
                objectName: "saveAgreement"
                text: qsTr("Add agreement")
                onClicked: {
                    const id = dialog.controller.add({ meetingId: dialog.meetingId, what: what.text, whoId: whoBox.currentValue || "",
                                                       by: byDate.date, domainKey: domainBox.currentValue || "",
                                                       evaluationDate: evaluationDate.date });
                    if (id.length > 0)
                        dialog.close();
                }
            }
        }
    }
}
