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

    signal backRequested()

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
            Label {
                Layout.fillWidth: true
                visible: (page.goal.why || "").length > 0
                text: (page.plan && page.plan.isOwner ? qsTr("Why this matters to me: %1") : qsTr("Why this matters: %1")).arg(DisplayText.isolate(page.goal.why || ""))
                font.pixelSize: Theme.fontBody
                font.italic: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                visible: (page.goal.dueText || "").length > 0
                text: qsTr("Target date: %1").arg(page.goal.dueText || "")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
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
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Status of this goal")
                    onActivated: index => page.plan.setGoalStatus(page.goalId, page.statuses[index])
                }
            }
            Label {
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                text: qsTr("Steps")
                font.pixelSize: Theme.fontTitle * 0.8
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                visible: steps.count === 0
                text: page.editable ? qsTr("No steps yet. What is one small thing you can do first?") : qsTr("No steps yet.")
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
                    editable: page.editable
                    onCompleteRequested: stepId => page.plan.completeStep(stepId)
                }
            }
            Banner {
                Layout.fillWidth: true
                text: page.plan ? page.plan.lastError : ""
                onDismissed: page.plan.clearError()
            }
            Label {
                objectName: "readOnlyNote"
                Layout.fillWidth: true
                visible: !page.editable
                text: qsTr("You may read this part of the plan, but not change it.")
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
                    SamenTextField {
                        id: stepTitle

                        objectName: "stepTitle"
                        Layout.fillWidth: true
                        accessibleName: qsTr("What is the next small step?")
                        placeholderText: qsTr("What is the next small step?")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall
                        Label {
                            wrapMode: Text.Wrap
                            text: qsTr("Who does it?")
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                        }
                        SamenComboBox {
                            id: ownerBox

                            objectName: "ownerBox"
                            Layout.fillWidth: true
                            model: page.plan ? page.plan.members : null
                            textRole: "name"
                            valueRole: "id"
                            font.pixelSize: Theme.fontBody
                            Accessible.name: qsTr("Who does this step?")
                        }
                    }
                    SamenTextField {
                        id: stepDue

                        objectName: "stepDue"
                        Layout.fillWidth: true
                        accessibleName: qsTr("When? (for example 31-12-2026, may stay empty)")
                        placeholderText: qsTr("When? (for example 31-12-2026, may stay empty)")
                    }
                    SamenButton {
                        objectName: "addStepButton"
                        text: qsTr("Add step")
                        onClicked: {
                            if (page.plan.addStep(page.goalId, stepTitle.text, ownerBox.currentValue || "", stepDue.text).length > 0) {
                                stepTitle.text = "";
                                stepDue.text = "";
                            }
                        }
                    }
                }
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
