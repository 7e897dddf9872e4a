import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// One life domain: how I rate it (in my own words and a number), and my goals for it.
Page {
    id: page

    required property string domainKey
    property PlanController plan: Session.plan
    property var domain: ({})
    property bool showBack: true
    /** The score just saved (shown as "Saved"), -1 when none or the slider moved since. */
    property int savedScore: -1
    /** What this member may do here: the owner and members with write access edit goals; others read. Only the owner
        rates how it is going (their own words, BRIEF M2; WriteRule::isOwnersOwn). */
    readonly property bool editable: plan ? plan.domainAccess[domainKey] === "write" : false
    readonly property bool owner: plan ? plan.isOwner : false
    // The owner inside a sentence a member reads (review 6, #4: the page spoke to the owner).
    readonly property string whose: plan ? plan.ownerInText : ""
    /** True after "Add goal" until it worked: its errors show next to the fields. */
    property bool addingGoal: false

    signal backRequested()
    signal goalOpened(string goalId)

    title: domain.label || ""
    background: Rectangle { color: Theme.background }
    Component.onCompleted: refresh()
    onDomainKeyChanged: {
        savedScore = -1;
        refresh();
    }

    function refresh() {
        domain = plan ? plan.domain(domainKey) : {};
    }
    function goalFieldError(field) {
        return addingGoal && plan && plan.errorField === field ? plan.lastError : "";
    }

    AgreementController {
        id: domainAgreements

        plan: page.plan
        domainKey: page.domainKey
    }
    EvaluateDialog {
        id: evaluateDialog

        controller: domainAgreements
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
                objectName: "readDomain"
                Layout.fillWidth: true
                what: "domain"
                subject: page.domainKey
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: assessColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    id: assessColumn

                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall

                    Label {
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        text: qsTr("How is it going?")
                        font.pixelSize: Theme.fontHeading
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                    }
                    Label {
                        objectName: "lastScore"
                        Layout.fillWidth: true
                        text: page.domain.score !== undefined && page.domain.score !== null
                              ? (page.owner ? qsTr("Last time (%1) you gave it %2 out of 10.").arg(page.domain.assessedOn).arg(page.domain.score)
                                            : qsTr("Last rating (%1): %2 out of 10.").arg(page.domain.assessedOn).arg(page.domain.score))
                              : (page.owner ? qsTr("You have not rated this yet.") : qsTr("Not rated yet."))
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: !page.owner && text.length > 0
                        text: (page.domain.note || "").length > 0 ? qsTr("In their own words: \"%1\"").arg(page.domain.note) : ""
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: page.owner
                        spacing: Theme.spacing
                        Slider {
                            id: scoreSlider

                            objectName: "scoreSlider"
                            Layout.fillWidth: true
                            from: 1
                            to: 10
                            stepSize: 1
                            snapMode: Slider.SnapAlways
                            value: page.domain.score || 5
                            // Qt 6.4 tells assistive technology the range from these names, not from/to.
                            readonly property real minimumValue: from
                            readonly property real maximumValue: to
                            Accessible.name: qsTr("Score from 1 to 10")
                            onMoved: page.savedScore = -1
                        }
                        Label {
                            text: Math.round(scoreSlider.value) + "/10"
                            font.pixelSize: Theme.fontHeading
                            font.bold: true
                            color: Theme.text
                        }
                    }
                    // The ends of the scale, under the slider so the slider keeps its width.
                    RowLayout {
                        Layout.fillWidth: true
                        visible: page.owner
                        Label {
                            wrapMode: Text.Wrap
                            text: qsTr("Bad")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                        }
                        Item { Layout.fillWidth: true }
                        Label {
                            wrapMode: Text.Wrap
                            text: qsTr("Good")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                        }
                    }
                    SamenTextField {
                        id: noteField

                        objectName: "noteField"
                        Layout.fillWidth: true
                        visible: page.owner
                        accessibleName: qsTr("In your own words")
                        placeholderText: qsTr("In your own words: how is it going?")
                        // Return does what the form's button does (review 6, #8).
                        onAccepted: assessButton.clicked()
                    }
                    SamenButton {
                        id: assessButton

                        objectName: "assessButton"
                        visible: page.owner
                        text: qsTr("Save how it is going")
                        onClicked: {
                            const score = Math.round(scoreSlider.value);
                            if (page.plan.assess(page.domainKey, score, noteField.text)) {
                                noteField.text = "";
                                page.savedScore = score;
                            }
                        }
                    }
                    // Saving the same score again changes nothing else on the page: say that it was saved.
                    Label {
                        objectName: "assessSaved"
                        Layout.fillWidth: true
                        visible: page.savedScore >= 0
                        text: qsTr("Saved: %1 out of 10.").arg(page.savedScore)
                        font.pixelSize: Theme.fontBody
                        color: Theme.success
                        wrapMode: Text.Wrap
                    }
                }
            }
            Banner {
                Layout.fillWidth: true
                // An error about a field of the goal form shows next to that field instead.
                text: page.plan && page.plan.errorField.length === 0 ? page.plan.lastError : ""
                onDismissed: page.plan.clearError()
            }
            Label {
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                text: page.owner ? qsTr("My goals") : qsTr("Goals")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                visible: goals.count === 0
                objectName: "noGoalsText"
                text: !page.editable ? qsTr("No goals here yet.")
                    : page.owner ? qsTr("No goals here yet. What would you like to change?")
                    : qsTr("No goals here yet. You may add a goal that %1 wants to reach.").arg(page.whose)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Repeater {
                model: GoalListModel {
                    id: goals

                    plan: page.plan
                    domainKey: page.domainKey
                }
                delegate: GoalDelegate {
                    Layout.fillWidth: true
                    onOpenRequested: goalId => page.goalOpened(goalId)
                }
            }
            // Agreements from meetings about this domain.
            FieldLabel {
                Layout.fillWidth: true
                visible: domainAgreements.agreements.length > 0
                text: qsTr("Agreements from meetings")
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: domainAgreements.agreements

                delegate: AgreementDelegate {
                    required property var modelData
                    required property int index

                    objectName: "domainAgreement_" + index
                    Layout.fillWidth: true
                    agreement: modelData
                    canEvaluate: page.editable || (page.plan !== null && modelData.whoId === page.plan.memberId)
                    onEvaluateRequested: id => evaluateDialog.openFor(id, modelData.what)
                }
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
                objectName: "newGoalForm"
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

                    FieldLabel { text: qsTr("A new goal") }
                    FieldLabel { Layout.fillWidth: true; text: goalTitle.accessibleName; font.bold: false }
                    SamenTextField {
                        id: goalTitle

                        objectName: "goalTitle"
                        Layout.fillWidth: true
                        accessibleName: page.owner ? qsTr("What do you want to reach?") : qsTr("What does %1 want to reach?").arg(page.whose)
                        // Return does what the form's button does (review 6, #8).
                        onAccepted: addGoalButton.clicked()
                    }
                    FieldError { objectName: "goalTitleError"; Layout.fillWidth: true; text: page.goalFieldError("title") }
                    FieldLabel { Layout.fillWidth: true; text: goalWhy.accessibleName; font.bold: false }
                    SamenTextField {
                        id: goalWhy

                        objectName: "goalWhy"
                        Layout.fillWidth: true
                        accessibleName: page.owner ? qsTr("Why does this matter to you? (may stay empty)")
                                                   : qsTr("Why does this matter to %1? (may stay empty)").arg(page.whose)
                        onAccepted: addGoalButton.clicked()
                    }
                    FieldError { Layout.fillWidth: true; text: page.goalFieldError("why") }
                    DateField {
                        id: goalDue

                        objectName: "goalDue"
                        Layout.fillWidth: true
                        label: qsTr("By when?")
                        error: page.goalFieldError("due")
                    }
                    SamenButton {
                        id: addGoalButton

                        objectName: "addGoalButton"
                        text: qsTr("Add goal")
                        onClicked: {
                            page.addingGoal = true;
                            const id = page.plan.addGoal(page.domainKey, goalTitle.text, goalWhy.text, goalDue.date);
                            if (id.length > 0) {
                                page.addingGoal = false;
                                goalTitle.text = "";
                                goalWhy.text = "";
                                goalDue.date = "";
                            }
                        }
                    }
                }
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
