import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// One step of a goal, with who does it and when; done by ticking the box, unticked the
// same way. "Change" opens its form in place; "Delete" deletes it (the undo bar brings it back).
Rectangle {
    id: stepItem

    required property string id
    required property string title
    required property string ownerName
    required property string ownerId
    required property string due
    required property string dueDate
    required property bool done
    required property bool overdue
    /** True when this member may tick the step off: they may change its life domain, or it is given to them (even where they may only read). */
    required property bool tickable
    /** The goal the step belongs to (for what its person may see). */
    property string goalId: ""
    property PlanController plan: Session.plan
    /** False where the member may only read: no "Change" or "Delete" (the box follows tickable). */
    property bool editable: true
    property bool editing: false
    property bool saving: false

    signal completeRequested(string stepId)
    signal uncompleteRequested(string stepId)
    /** "Choose what ... may see" under "Who does it?" when that person cannot see the step's life domain. */
    signal consentRequested(string memberId)

    function fieldError(field) {
        return saving && plan && plan.errorField === field ? plan.lastError : "";
    }
    function startEditing() {
        editTitle.text = title;
        editDue.date = dueDate;
        editOwner.currentIndex = Math.max(0, editOwner.indexOfValue(ownerId));
        editing = true;
        editTitle.forceActiveFocus(Qt.TabFocusReason);
    }

    // Sized by the page's layout (Layout.fillWidth); never wider than the page.
    implicitWidth: Theme.fontBody * 12
    implicitHeight: column.implicitHeight + 2 * Theme.spacingSmall
    radius: Theme.radius / 2
    color: done ? Theme.doneBackground : Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            SamenCheckBox {
                id: box

                objectName: "stepBox"
                checked: stepItem.done
                enabled: stepItem.tickable
                Accessible.name: stepItem.done ? qsTr("Done: %1 (untick if it is not done)").arg(stepItem.title) : qsTr("Mark as done: %1").arg(stepItem.title)
                onClicked: {
                    if (stepItem.done)
                        stepItem.uncompleteRequested(stepItem.id);
                    else
                        stepItem.completeRequested(stepItem.id);
                    checked = Qt.binding(() => stepItem.done);
                }
                indicator: Rectangle {
                    implicitWidth: 28
                    implicitHeight: 28
                    x: box.leftPadding
                    y: (box.height - height) / 2
                    radius: 6
                    color: box.checked ? Theme.success : Theme.surface
                    border.width: box.activeFocus ? Theme.focusWidth : 2
                    border.color: box.activeFocus ? Theme.focus : (box.checked ? Theme.success : Theme.textMuted)
                    Text {
                        anchors.centerIn: parent
                        visible: box.checked
                        text: "✓"
                        color: Theme.accentText
                        font.pixelSize: 18
                    }
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                Label {
                    Layout.fillWidth: true
                    text: stepItem.title
                    font.pixelSize: Theme.fontBody
                    font.strikeout: stepItem.done
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: DisplayText.joinShown([stepItem.ownerName.length > 0 ? qsTr("Who: %1").arg(DisplayText.isolate(stepItem.ownerName)) : "",
                                                 stepItem.due.length > 0 ? (stepItem.overdue ? qsTr("Was due %1").arg(stepItem.due)
                                                                                             : qsTr("When: %1").arg(stepItem.due)) : ""])
                    visible: text.length > 0
                    font.pixelSize: Theme.fontSmall
                    color: stepItem.overdue ? Theme.warning : Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            visible: stepItem.editable && !stepItem.editing
            spacing: Theme.spacingSmall

            SamenButton {
                objectName: "editStepButton"
                text: qsTr("Change")
                primary: false
                Accessible.name: qsTr("Change step: %1").arg(stepItem.title)
                onClicked: stepItem.startEditing()
            }
            SamenButton {
                objectName: "deleteStepButton"
                text: qsTr("Delete")
                primary: false
                Accessible.name: qsTr("Delete step: %1").arg(stepItem.title)
                onClicked: stepItem.plan.deleteStep(stepItem.id)
            }
        }
        ColumnLayout {
            objectName: "editStepForm"
            Layout.fillWidth: true
            visible: stepItem.editing
            spacing: Theme.spacingSmall

            FieldLabel { Layout.fillWidth: true; text: qsTr("What is the step?") }
            SamenTextField {
                id: editTitle

                objectName: "editStepTitle"
                Layout.fillWidth: true
                accessibleName: qsTr("What is the step?")
            }
            FieldError { objectName: "editStepTitleError"; Layout.fillWidth: true; text: stepItem.fieldError("title") }
            FieldLabel { Layout.fillWidth: true; text: qsTr("Who does it?") }
            SamenComboBox {
                id: editOwner

                objectName: "editStepOwner"
                Layout.fillWidth: true
                model: stepItem.plan ? stepItem.plan.members : null
                textRole: "name"
                valueRole: "id"
                Accessible.name: qsTr("Who does this step? %1").arg(currentText)
            }
            Label {
                id: editReachNote

                objectName: "editStepReachNote"
                Layout.fillWidth: true
                // Only a new person is checked: one the step is given to already keeps it.
                text: stepItem.editing && (editOwner.currentValue || "") !== stepItem.ownerId
                      ? StepReach.note(stepItem.plan, stepItem.goalId, editOwner.currentValue || "") : ""
                visible: text.length > 0
                font.pixelSize: Theme.fontSmall
                color: Theme.warning
                wrapMode: Text.Wrap
            }
            SamenButton {
                objectName: "editStepShareButton"
                visible: editReachNote.visible
                primary: false
                text: qsTr("Choose what %1 may see").arg(editOwner.currentText)
                Accessible.name: text
                onClicked: stepItem.consentRequested(editOwner.currentValue)
            }
            DateField {
                id: editDue

                objectName: "editStepDue"
                Layout.fillWidth: true
                label: qsTr("When?")
                error: stepItem.fieldError("due")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                SamenButton {
                    objectName: "saveStepButton"
                    text: qsTr("Save")
                    onClicked: {
                        stepItem.saving = true;
                        if (stepItem.plan.editStep(stepItem.id, editTitle.text, editOwner.currentValue || "", editDue.date)) {
                            stepItem.editing = false;
                            stepItem.saving = false;
                        }
                    }
                }
                SamenButton {
                    objectName: "cancelStepButton"
                    text: qsTr("Cancel")
                    primary: false
                    onClicked: {
                        stepItem.saving = false;
                        stepItem.editing = false;
                        stepItem.plan.clearError();
                    }
                }
            }
        }
    }
}
