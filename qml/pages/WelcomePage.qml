import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// First screen: what Samen is, in plain words, and one clear next step.
Page {
    id: page

    signal startRequested()
    signal joinRequested()
    signal deviceRequested()
    signal professionalRequested()
    signal importRequested()

    title: qsTr("Welcome to Samen")
    background: Rectangle { color: Theme.background }

    SamenScrollView {
        id: scroller

        anchors.fill: parent
        // The focus goes on to the start button inside.
        focus: true
        contentWidth: availableWidth
        // At large text sizes it scrolls instead of being cut off; centred when it fits.
        contentHeight: column.implicitHeight + 2 * Theme.spacingLarge

        ColumnLayout {
            id: column

            width: Math.min(scroller.availableWidth - 2 * Theme.spacingLarge, 560)
            x: (scroller.availableWidth - width) / 2
            y: Math.max(Theme.spacingLarge, (scroller.height - implicitHeight) / 2)
            spacing: Theme.spacing

            Banner {
                objectName: "welcomeNotice"
                Layout.fillWidth: true
                positive: Session.error.length === 0
                // What an erasure did (Session.eraseHere), or why a file stayed (then also an error).
                text: Session.stateMessage
                onDismissed: Session.dismissWelcomeNotice()
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
                text: qsTr("Your plan, in one place. You decide what matters most. You decide who may help and what they may see.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Your plan stays on this device, locked. Nobody sees it unless you say so.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            SamenButton {
                Layout.maximumWidth: column.width
                id: startButton

                objectName: "startButton"
                Layout.topMargin: Theme.spacing
                text: qsTr("Start my plan")
                focus: true
                onClicked: page.startRequested()
            }
            SamenButton {
                Layout.maximumWidth: column.width
                objectName: "professionalButton"
                text: qsTr("I work with citizens")
                primary: false
                onClicked: page.professionalRequested()
            }
            SamenButton {
                Layout.maximumWidth: column.width
                objectName: "joinButton"
                text: qsTr("I was invited")
                primary: false
                onClicked: page.joinRequested()
            }
            SamenButton {
                Layout.maximumWidth: column.width
                objectName: "deviceButton"
                text: qsTr("I already use Samen on another device")
                primary: false
                onClicked: page.deviceRequested()
            }
            SamenButton {
                Layout.maximumWidth: column.width
                objectName: "importButton"
                text: qsTr("I have a file of my plan")
                Accessible.description: qsTr("Bring back your plan from a file you saved before")
                primary: false
                onClicked: page.importRequested()
            }
            Label {
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                text: qsTr("Version %1").arg(AppInfo.version)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
    }
}
