import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// One goal: why it matters, its status, and the small steps towards it.
Page {
    id: page

    required property string goalId
    property PlanController plan: Session.plan
    property var goal: ({})
    property bool showBack: true
    readonly property var statuses: ["open", "in-progress", "done", "paused"]
    /** The owner and members with write access to the goal's domain edit; others read. */
    readonly property bool editable: plan && goal.domainKey ? plan.domainAccess[goal.domainKey] === "write" : false
    readonly property bool owner: plan ? plan.isOwner : false
    // The owner inside a sentence a member reads (review 6, #4: the page spoke to the owner).
    readonly property string whose: plan ? plan.ownerInText : ""

    /** True while the goal's own form (title, why, date) is open. */
    property bool editing: false
    /** Which form sent the last action ("goal", "step"), so its error shows next to its field. */
    property string activeForm: ""

    signal backRequested()
    /** "Share ... with ..." under "Who does it?": opens what that person may see (AppShell's consent page). */
    signal consentRequested(string memberId)

    /** The message for `field` of `form`, when the last error is about it; "". */
    function fieldError(form, field) {
        return plan && activeForm === form && plan.errorField === field ? plan.lastError : "";
    }
    function startEditing() {
        editTitle.text = goal.title || "";
        editWhy.text = goal.why || "";
        editDue.date = goal.due || "";
        plan.clearError();
        editing = true;
        editTitle.forceActiveFocus(Qt.TabFocusReason);
    }

    title: goal.title || ""
    background: Rectangle { color: Theme.background }
    Component.onCompleted: refresh()
    onGoalIdChanged: refresh()

    function refresh() {
        goal = plan ? plan.goal(goalId) : {};
    }

    Connections {
        target: page.plan
        function onChanged() { page.refresh(); }
    }

    SamenScrollView {
        id: scroller

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth - 2 * Theme.spacing
            x: Theme.spacing
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacingSmall }
            SamenButton {
                visible: page.showBack
                text: qsTr("Back")
                primary: false
                onClicked: page.backRequested()
            }
            Label {
                Layout.fillWidth: true
                text: page.title
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            ReadAloudButton {
                objectName: "readGoal"
                Layout.fillWidth: true
                what: "goal"
                subject: page.goalId
            }
            Label {
                Layout.fillWidth: true
                visible: (page.goal.why || "").length > 0
                text: (page.plan && page.plan.isOwner ? qsTr("Why this matters to me: %1") : qsTr("Why this matters: %1")).arg(DisplayText.isolate(page.goal.why || ""))
                font.pixelSize: Theme.fontBody
                font.italic: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                visible: page.editable && !page.editing
                spacing: Theme.spacingSmall

                SamenButton {
                    objectName: "editGoalButton"
                    text: qsTr("Change goal")
                    primary: false
                    onClicked: page.startEditing()
                }
                SamenButton {
                    objectName: "deleteGoalButton"
                    text: qsTr("Delete goal")
                    primary: false
                    Accessible.name: qsTr("Delete goal: %1").arg(page.goal.title || "")
                    onClicked: if (page.plan.deleteGoal(page.goalId)) page.backRequested()
                }
            }
            Rectangle {
                objectName: "editGoalForm"
                Layout.fillWidth: true
                visible: page.editing
                implicitHeight: editColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    id: editColumn

                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall

                    FieldLabel { Layout.fillWidth: true; text: editTitle.accessibleName }
                    SamenTextField {
                        id: editTitle

                        objectName: "editGoalTitle"
                        Layout.fillWidth: true
                        accessibleName: page.owner ? qsTr("What do you want to reach?") : qsTr("What does %1 want to reach?").arg(page.whose)
                        // Return does what the form's button does (review 6, #8).
                        onAccepted: saveGoalButton.clicked()
                    }
                    FieldError { objectName: "editGoalTitleError"; Layout.fillWidth: true; text: page.fieldError("goal", "title") }
                    FieldLabel { Layout.fillWidth: true; text: editWhy.accessibleName }
                    SamenTextField {
                        id: editWhy

                        objectName: "editGoalWhy"
                        Layout.fillWidth: true
                        accessibleName: page.owner ? qsTr("Why does this matter to you? (may stay empty)")
                                                   : qsTr("Why does this matter to %1? (may stay empty)").arg(page.whose)
                        onAccepted: saveGoalButton.clicked()
                    }
                    FieldError { Layout.fillWidth: true; text: page.fieldError("goal", "why") }
                    DateField {
                        id: editDue

                        objectName: "editGoalDue"
                        Layout.fillWidth: true
                        label: qsTr("By when?")
                        error: page.fieldError("goal", "due")
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall

                        SamenButton {
                            id: saveGoalButton

                            objectName: "saveGoalButton"
                            text: qsTr("Save")
                            onClicked: {
                                page.activeForm = "goal";
                                if (page.plan.editGoal(page.goalId, editTitle.text, editWhy.text, editDue.date))
                                    page.editing = false;
                            }
                        }
                        SamenButton {
                            objectName: "cancelGoalButton"
                            text: qsTr("Cancel")
                            primary: false
                            onClicked: {
                                page.plan.clearError();
                                page.editing = false;
                            }
                        }
                    }
                }
            }
            Label {
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                visible: (page.goal.dueText || "").length > 0
                text: qsTr("Target date: %1").arg(page.goal.dueText || "")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            // The label beside its list where both fit on one line, above it where not (a phone at 200 %: squeezed
            // beside the list, "Status" was broken in two; FitCheck).
            GridLayout {
                id: statusRow

                Layout.fillWidth: true
                columns: width < statusLabel.implicitWidth + columnSpacing + statusBox.implicitWidth ? 1 : 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacingSmall / 2

                Label {
                    id: statusLabel

                    Layout.fillWidth: statusRow.columns === 1
                    wrapMode: Text.Wrap
                    text: qsTr("Status")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                SamenComboBox {
                    id: statusBox

                    objectName: "statusBox"
                    enabled: page.editable
                    implicitContentWidthPolicy: ComboBox.WidestText
                    Layout.fillWidth: true
                    Layout.maximumWidth: implicitWidth
                    model: page.statuses.map(s => StatusText.goal(s))
                    currentIndex: Math.max(0, page.statuses.indexOf(page.goal.status || "open"))
                    // A goal with every step done says so, not "Not started" (goalprogress).
                    displayText: page.goal.statusText || currentText
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Status of this goal: %1").arg(displayText)
                    onActivated: index => page.plan.setGoalStatus(page.goalId, page.statuses[index])
                }
            }
            Rectangle {
                objectName: "offerDone"
                Layout.fillWidth: true
                visible: page.editable && page.goal.offersDone === true
                implicitHeight: offerColumn.implicitHeight + 2 * Theme.spacingSmall
                radius: Theme.radius / 2
                color: Theme.positiveBackground
                border.color: Theme.success

                ColumnLayout {
                    id: offerColumn

                    anchors.fill: parent
                    anchors.margins: Theme.spacingSmall
                    spacing: Theme.spacingSmall

                    Label {
                        Layout.fillWidth: true
                        text: page.owner ? qsTr("All steps are done. Did you reach this goal?")
                                         : qsTr("All steps are done. Did %1 reach this goal?").arg(page.whose)
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    SamenButton {
                        objectName: "goalDoneButton"
                        text: qsTr("Yes, the goal is done")
                        onClicked: page.plan.setGoalStatus(page.goalId, "done")
                    }
                }
            }
            Label {
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                text: qsTr("Steps")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                visible: steps.count === 0
                objectName: "noStepsText"
                text: !page.editable ? qsTr("No steps yet.")
                    : page.owner ? qsTr("No steps yet. What is one small thing you can do first?")
                    : qsTr("No steps yet. What is one small first step towards this goal?")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Repeater {
                model: StepListModel {
                    id: steps

                    plan: page.plan
                    goalId: page.goalId
                }
                delegate: StepDelegate {
                    Layout.fillWidth: true
                    plan: page.plan
                    goalId: page.goalId
                    editable: page.editable
                    onCompleteRequested: stepId => page.plan.completeStep(stepId)
                    onUncompleteRequested: stepId => page.plan.uncompleteStep(stepId)
                    onConsentRequested: memberId => page.consentRequested(memberId)
                }
            }
            Banner {
                Layout.fillWidth: true
                // An error about a field shows next to that field instead.
                text: page.plan && page.plan.errorField.length === 0 ? page.plan.lastError : ""
                onDismissed: page.plan.clearError()
            }
            Label {
                objectName: "readOnlyNote"
                Layout.fillWidth: true
                visible: !page.editable
                // Who can change it, where the reader is not the owner.
                text: page.owner ? qsTr("You may read this part of the plan, but not change it.")
                    : qsTr("You may read this part of the plan, but not change it. %1 decides who may change it.").arg(page.whose)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Rectangle {
                objectName: "newStepForm"
                Layout.fillWidth: true
                visible: page.editable
                implicitHeight: addColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    id: addColumn

                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall

                    FieldLabel { text: qsTr("A new step") }
                    FieldLabel { Layout.fillWidth: true; text: qsTr("What is the next small step?"); font.bold: false }
                    SamenTextField {
                        id: stepTitle

                        objectName: "stepTitle"
                        Layout.fillWidth: true
                        accessibleName: qsTr("What is the next small step?")
                        // Return does what the form's button does: adds the step (review 6, #8).
                        onAccepted: addStepButton.clicked()
                    }
                    FieldError { objectName: "stepTitleError"; Layout.fillWidth: true; text: page.fieldError("step", "title") }
                    FieldLabel { Layout.fillWidth: true; text: qsTr("Who does it?"); font.bold: false }
                    SamenComboBox {
                        id: ownerBox

                        objectName: "ownerBox"
                        Layout.fillWidth: true
                        model: page.plan ? page.plan.members : null
                        textRole: "name"
                        valueRole: "id"
                        font.pixelSize: Theme.fontBody
                        Accessible.name: qsTr("Who does this step? %1").arg(currentText)
                    }
                    // Said before the step is made: someone who cannot see this life domain would never get it (R4-13).
                    Label {
                        id: reachNote

                        objectName: "stepReachNote"
                        Layout.fillWidth: true
                        text: StepReach.note(page.plan, page.goalId, ownerBox.currentValue || "")
                        visible: text.length > 0
                        font.pixelSize: Theme.fontSmall
                        color: Theme.warning
                        wrapMode: Text.Wrap
                    }
                    SamenButton {
                        objectName: "stepShareButton"
                        visible: reachNote.visible
                        primary: false
                        text: qsTr("Choose what %1 may see").arg(ownerBox.currentText)
                        Accessible.name: text
                        onClicked: page.consentRequested(ownerBox.currentValue)
                    }
                    DateField {
                        id: stepDue

                        objectName: "stepDue"
                        Layout.fillWidth: true
                        label: qsTr("When?")
                        error: page.fieldError("step", "due")
                    }
                    SamenButton {
                        id: addStepButton

                        objectName: "addStepButton"
                        text: qsTr("Add step")
                        onClicked: {
                            page.activeForm = "step";
                            if (page.plan.addStep(page.goalId, stepTitle.text, ownerBox.currentValue || "", stepDue.date).length > 0) {
                                stepTitle.text = "";
                                stepDue.date = "";
                            }
                        }
                    }
                }
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
