import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// Looking back on an agreement: done, not going to happen, or still open (with a
// new date to look back), and what was said. Escape or Cancel changes nothing.
Popup {
    id: dialog

    property AgreementController controller
    property string agreementId
    property string what
    // The agreement as the controller has it: whoFormer (the one it names no longer helps) offers who takes it on.
    property var agreement: ({})
    readonly property bool askWho: agreement.whoFormer === true && (!agreement.status || agreement.status === "open")

    function openFor(id, text) {
        agreementId = id;
        what = text;
        agreement = controller ? controller.agreement(id) : ({});
        whoBox.currentIndex = -1;
        doneChoice.checked = true;
        note.text = "";
        nextDate.date = "";
        if (controller)
            controller.clearError();
        open();
    }

    objectName: "evaluateDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 520, 520)
    modal: true
    focus: true
    padding: Theme.spacing
    closePolicy: Popup.CloseOnEscape
    onOpened: doneChoice.forceActiveFocus(Qt.TabFocusReason)

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
        Accessible.name: qsTr("Look back on an agreement")

        Label {
            Layout.fillWidth: true
            text: qsTr("How did it go?")
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            text: dialog.what
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "whoFormerText"
            Layout.fillWidth: true
            visible: dialog.askWho
            text: qsTr("%1 no longer helps with the plan. Who takes it on?").arg(DisplayText.isolate(dialog.agreement.whoName || ""))
            font.pixelSize: Theme.fontBody
            color: Theme.warning
            wrapMode: Text.Wrap
        }
        SamenComboBox {
            id: whoBox

            objectName: "evaluateWho"
            Layout.fillWidth: true
            visible: dialog.askWho
            model: dialog.controller ? dialog.controller.whoChoices : []
            textRole: "name"
            valueRole: "id"
            displayText: currentIndex < 0 ? qsTr("Choose who takes it on") : currentText
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Who takes it on? %1").arg(displayText)
        }
        ButtonGroup { id: statusGroup }
        SamenRadioButton {
            id: doneChoice

            objectName: "statusDone"
            Layout.fillWidth: true
            ButtonGroup.group: statusGroup
            text: qsTr("It is done")
            font.pixelSize: Theme.fontBody
            Accessible.name: text
        }
        SamenRadioButton {
            id: openChoice

            objectName: "statusOpen"
            Layout.fillWidth: true
            ButtonGroup.group: statusGroup
            text: qsTr("Not yet: look back on it again later")
            font.pixelSize: Theme.fontBody
            Accessible.name: text
        }
        SamenRadioButton {
            id: droppedChoice

            objectName: "statusDropped"
            Layout.fillWidth: true
            ButtonGroup.group: statusGroup
            text: qsTr("We stop with it")
            font.pixelSize: Theme.fontBody
            Accessible.name: text
        }
        DateField {
            id: nextDate

            objectName: "nextDate"
            Layout.fillWidth: true
            visible: openChoice.checked
            label: qsTr("When to look back again?")
        }
        SamenTextArea {
            id: note

            objectName: "evaluationNote"
            Layout.fillWidth: true
            accessibleName: qsTr("What was said about it (may stay empty)")
            placeholderText: accessibleName
        }
        Label {
            objectName: "evaluateError"
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
                objectName: "cancelEvaluate"
                text: qsTr("Cancel")
                primary: false
                onClicked: dialog.close()
            }
            SamenButton {
                objectName: "saveEvaluate"
                text: qsTr("Save")
                onClicked: {
                    const status = doneChoice.checked ? "done" : droppedChoice.checked ? "dropped" : "open";
                    const who = dialog.askWho && whoBox.currentIndex >= 0 ? whoBox.currentValue : "";
                    if (dialog.controller.evaluate(dialog.agreementId, status, note.text, openChoice.checked ? nextDate.date : "", who))
                        dialog.close();
                }
            }
        }
    }
}
