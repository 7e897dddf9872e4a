import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// The plan is locked: nothing of it is shown until the passphrase is given.
Page {
    id: page

    property bool lockedForInactivity: false

    // A professional's device holds a caseload of citizens' plans, not a plan of their own.
    readonly property bool caseload: Session.holdsCaseload

    title: caseload ? qsTr("Your caseload is locked") : qsTr("Your plan is locked")
    background: Rectangle { color: Theme.background }

    // Typing starts here: the passphrase field has the focus as soon as the page shows.
    Component.onCompleted: if (!Session.usesKeychain) passphrase.forceActiveFocus()

    function unlock() {
        if (Session.usesKeychain)
            Session.unlockWithKeychain();
        else if (Session.unlock(passphrase.text))
            passphrase.text = "";
    }

    SamenScrollView {
        id: scroller

        anchors.fill: parent
        contentWidth: availableWidth
        // At large text sizes it scrolls instead of being cut off; centred when it fits.
        contentHeight: column.implicitHeight + 2 * Theme.spacingLarge

        ColumnLayout {
            id: column

            width: Math.min(scroller.availableWidth - 2 * Theme.spacingLarge, 480)
            x: (scroller.availableWidth - width) / 2
            y: Math.max(Theme.spacingLarge, (scroller.height - implicitHeight) / 2)
            spacing: Theme.spacing

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
                text: {
                    if (page.caseload && Session.usesKeychain)
                        return page.lockedForInactivity ? qsTr("Samen locked your caseload because nobody used it for a while.")
                                                        : qsTr("Your caseload is locked with this device's own lock.");
                    if (page.caseload)
                        return page.lockedForInactivity ? qsTr("Samen locked your caseload because nobody used it for a while. Type your passphrase to go on.")
                                                        : qsTr("Type your passphrase to open your caseload.");
                    if (Session.usesKeychain)
                        return page.lockedForInactivity ? qsTr("Samen locked your plan because nobody used it for a while.")
                                                        : qsTr("Your plan is locked with this device's own lock.");
                    return page.lockedForInactivity ? qsTr("Samen locked your plan because nobody used it for a while. Type your passphrase to go on.")
                                                    : qsTr("Type your passphrase to open your plan.");
                }
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            SamenTextField {
                id: passphrase

                objectName: "unlockPassphrase"
                Layout.fillWidth: true
                visible: !Session.usesKeychain
                focus: !Session.usesKeychain
                echoMode: TextInput.Password
                accessibleName: qsTr("Passphrase")
                placeholderText: qsTr("Passphrase")
                onAccepted: page.unlock()
            }
            Banner {
                Layout.fillWidth: true
                text: Session.error
                onDismissed: Session.clearError()
            }
            SamenButton {
                objectName: "unlockButton"
                focus: Session.usesKeychain
                text: page.caseload ? qsTr("Open my caseload") : qsTr("Open my plan")
                onClicked: page.unlock()
            }
        }
    }
}
