import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// My data (issue 15): see everything the plan holds, take it with you, erase it.
// Erasing asks twice in plain words and offers a copy first; EraseController does the work.
Page {
    id: page

    property bool showBack: true
    readonly property EraseController eraser: eraseController
    // Someone else's plan (review 6, #4: "Everything in your plan is yours" in a professional's view of Robin's plan):
    // the page is about this device's copy; taking the plan along and erasing it are the owner's.
    readonly property bool othersPlan: Session.plan !== null && !Session.plan.isOwner
    readonly property string whose: Session.plan ? Session.plan.ownerInText : ""

    signal backRequested()
    signal everythingRequested()

    // The first question before erasing (the erase button does the same).
    function askToErase() {
        firstConfirm.open();
    }

    title: othersPlan ? qsTr("The plan of %1 on this device").arg(whose) : qsTr("My data")
    background: Rectangle { color: Theme.background }

    EraseController {
        id: eraseController

        plan: Session.plan
    }
    ConfirmDialog {
        id: firstConfirm

        objectName: "confirmEraseFirst"
        question: eraseController.firstQuestion
        explanation: eraseController.copyAdvice ? eraseController.explanation + "\n\n" + eraseController.copyAdvice : eraseController.explanation
        confirmText: qsTr("Go on")
        onConfirmed: secondConfirm.open()
    }
    ConfirmDialog {
        id: secondConfirm

        objectName: "confirmEraseSecond"
        question: eraseController.secondQuestion
        explanation: qsTr("After this, Samen starts as new on this device.")
        confirmText: page.othersPlan ? qsTr("Erase my copy") : qsTr("Erase my plan")
        onConfirmed: eraseController.erase()
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
                objectName: "myDataIntro"
                text: page.othersPlan ? qsTr("The plan belongs to %1. This device keeps a copy of the parts that %1 shares with you. Only %1 can take the plan along or erase it.").arg(page.whose)
                    : qsTr("Everything in your plan is yours. You can see all of it, take it with you, or erase it.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }

            FieldLabel {
                text: qsTr("See everything")
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: page.othersPlan ? qsTr("Every part of the plan that this device keeps, with what happened before.")
                    : qsTr("Every part of your plan on this device, with what happened before.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            SamenButton {
                objectName: "everythingButton"
                text: qsTr("See everything")
                primary: false
                onClicked: page.everythingRequested()
            }

            // Take it with you, or bring a saved plan back (FHIR R4; docs/fhir.md).
            FhirSection {
                objectName: "fhirSection"
                Layout.fillWidth: true
                visible: !page.othersPlan
                phone: page.width < Theme.phoneMaxWidth
            }

            // On a professional's device a plan leaves the caseload by leaving it (the caseload's own button).
            Label {
                objectName: "leaveHint"
                Layout.fillWidth: true
                visible: Session.holdsCaseload
                text: qsTr("To stop helping %1 and take this plan off this device, choose \"Leave this plan\".").arg(page.whose)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            FieldLabel {
                objectName: "eraseHeading"
                visible: !Session.holdsCaseload
                text: page.othersPlan ? qsTr("Erase my copy of the plan") : qsTr("Erase my plan")
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "eraseExplanation"
                visible: !Session.holdsCaseload
                Layout.fillWidth: true
                text: eraseController.explanation
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Banner {
                objectName: "eraseError"
                Layout.fillWidth: true
                text: eraseController.error
            }
            BusyIndicator {
                running: eraseController.busy
                visible: running
                Accessible.name: qsTr("Erasing…")
            }
            ButtonFlow {
                Layout.fillWidth: true
                visible: !Session.holdsCaseload

                SamenButton {
                    objectName: "eraseButton"
                    text: page.othersPlan ? qsTr("Erase my copy…") : qsTr("Erase my plan…")
                    primary: false
                    enabled: !eraseController.busy
                    onClicked: page.askToErase()
                }
                SamenButton {
                    objectName: "eraseHereOnlyButton"
                    visible: eraseController.canEraseHereOnly
                    text: qsTr("Erase only on this device")
                    primary: false
                    enabled: !eraseController.busy
                    onClicked: eraseController.eraseHereOnly()
                }
            }
            Item { implicitHeight: Theme.spacing }
        }
    }
}
