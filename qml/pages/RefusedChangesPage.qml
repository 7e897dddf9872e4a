import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// Changes the case service did not accept: each with what it was and why, to
// send again or to throw away (after asking, as that cannot be undone).
Page {
    id: page

    property SyncStatus sync: Session.plan ? Session.plan.sync : null
    readonly property int count: sync ? sync.refusedChanges.count : 0
    property bool showBack: true

    signal backRequested()

    title: qsTr("Changes that were not accepted")
    background: Rectangle { color: Theme.background }

    function askDiscard(changeId, what) {
        confirm.changeId = changeId;
        confirm.question = qsTr("Discard this change?");
        confirm.subject = what;
        confirm.confirmText = qsTr("Discard");
        confirm.open();
    }
    function askDiscardAll() {
        confirm.changeId = "";
        confirm.question = qsTr("Discard all changes in this list?");
        confirm.subject = "";
        confirm.confirmText = qsTr("Discard all");
        confirm.open();
    }
    // After a change leaves the list its buttons are gone: keep the keyboard on the page.
    function focusAfterChange() {
        const first = changes.count > 0 ? changes.itemAt(0) : null;
        if (first)
            first.focusFirstButton();
        else if (backButton.visible)
            backButton.forceActiveFocus(Qt.TabFocusReason);
    }
    function retry(changeId) {
        page.sync.retry(changeId);
        Qt.callLater(page.focusAfterChange);
    }

    ConfirmDialog {
        id: confirm

        property string changeId

        objectName: "confirmDiscard"
        explanation: qsTr("You cannot undo this. What you discard is gone from this device.")
        onConfirmed: {
            if (changeId.length > 0)
                page.sync.discard(changeId);
            else
                page.sync.discardAll();
            Qt.callLater(page.focusAfterChange);
        }
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
                id: backButton

                objectName: "backButton"
                visible: page.showBack
                text: qsTr("Back")
                primary: false
                onClicked: page.backRequested()
            }
            Label {
                Layout.fillWidth: true
                text: page.title
                // With large text a long word ("geaccepteerd") gets smaller instead of broken in two.
                font.pixelSize: Math.max(Theme.fontTitle, Math.min(Theme.fontHeadline, Theme.fontHeadline * 0.95 * width / Math.max(1, longestWord.advanceWidth)))
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap

                TextMetrics {
                    id: longestWord

                    font.pixelSize: Theme.fontHeadline
                    font.bold: true
                    text: page.title.split(" ").reduce((longest, word) => word.length > longest.length ? word : longest, "")
                }
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: page.count > 0
                      ? qsTr("Samen sent these changes, but they were not accepted. They are still on this device. Each one says why, and what you can do.")
                      : qsTr("All your changes were accepted. There is nothing to do here.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Banner {
                objectName: "actionError"
                Layout.fillWidth: true
                text: page.sync ? page.sync.actionError : ""
                onDismissed: page.sync.clearActionError()
            }
            Flow {
                Layout.fillWidth: true
                visible: page.count > 1
                spacing: Theme.spacingSmall

                SamenButton {
                    objectName: "retryAllButton"
                    visible: page.sync !== null && page.sync.retryable > 1
                    text: qsTr("Try all again")
                    onClicked: {
                        page.sync.retryAll();
                        Qt.callLater(page.focusAfterChange);
                    }
                }
                SamenButton {
                    objectName: "discardAllButton"
                    text: qsTr("Discard all")
                    primary: false
                    onClicked: page.askDiscardAll()
                }
            }
            Repeater {
                id: changes

                model: page.sync ? page.sync.refusedChanges : null
                delegate: RefusedChangeDelegate {
                    Layout.fillWidth: true
                    onRetryRequested: changeId => page.retry(changeId)
                    onDiscardRequested: (changeId, what) => page.askDiscard(changeId, what)
                }
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
