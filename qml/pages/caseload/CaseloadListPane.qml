pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// A professional's caseload: every plan they are part of, what needs attention first,
// a search by name, and joining another plan with a code.
Pane {
    id: pane

    readonly property CaseloadController caseload: Session.caseload
    readonly property ListView list: caseList
    property bool joinOpen: false

    padding: Theme.spacing
    background: Rectangle { color: Theme.background }

    Connections {
        target: pane.caseload
        function onJoined() {
            pane.joinOpen = false;
            codeField.text = "";
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: qsTr("The people I work with")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            SamenButton {
                objectName: "caseloadLock"
                text: qsTr("Lock")
                primary: false
                Accessible.name: qsTr("Lock Samen")
                onClicked: Session.lock()
            }
        }
        // At most a third of the pane: the list and joining stay in reach at every text size (review 4, R4-19).
        NoticeArea {
            objectName: "caseloadNotices"
            Layout.fillWidth: true
            maxHeight: pane.availableHeight / 3

            Banner {
                objectName: "caseloadNotice"
                Layout.fillWidth: true
                // Plans taken off this device at the last sync (the professional was removed from them).
                text: pane.caseload ? pane.caseload.notice : ""
                lines: pane.caseload && pane.caseload.notices.length > 1 ? pane.caseload.notices : []
                onDismissed: pane.caseload.dismissNotice()
            }
            // Newest first, the newest few; the earlier ones on request (review 5, #2: 30 old ones above the newest).
            SamenButton {
                objectName: "caseloadNoticesToggle"
                Layout.topMargin: Theme.spacingSmall / 2
                visible: text.length > 0
                text: pane.caseload ? pane.caseload.noticesToggleText : ""
                primary: false
                onClicked: pane.caseload.allNotices = !pane.caseload.allNotices
            }
            // An error of joining or connecting again shows beside its field (review 5, #2); others show here.
            Banner {
                objectName: "caseloadError"
                Layout.fillWidth: true
                Layout.topMargin: pane.caseload && pane.caseload.notice.length > 0 ? Theme.spacingSmall : 0
                text: pane.caseload && !pane.joinOpen && !pane.caseload.disconnected ? pane.caseload.error : ""
                onDismissed: pane.caseload.clearError()
            }
        }
        // The service cannot be reached: said calmly, with "Try again" (review 6, #6).
        OfflineLine {
            objectName: "caseloadOffline"
            Layout.fillWidth: true
            reach: pane.caseload ? pane.caseload.reach : null
        }
        // A revoked device: the way back, scrolling at every text size (review 5, #2: its button was cut off at 200 %).
        SamenScrollView {
            id: reconnectScroller

            objectName: "caseloadReconnectScroller"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: pane.caseload !== null && pane.caseload.disconnected
            contentWidth: availableWidth
            clip: true

            // Scrolls so that item (a field, the error under it, a button) is in sight.
            function reveal(item) {
                const flick = reconnectScroller.contentItem as Flickable;
                const top = item.mapToItem(flick.contentItem, 0, 0).y;
                const bottom = top + item.height;
                if (top < flick.contentY)
                    flick.contentY = Math.max(0, top);
                else if (bottom > flick.contentY + flick.height)
                    flick.contentY = Math.min(bottom - flick.height, Math.max(0, flick.contentHeight - flick.height));
            }

            ReconnectCard {
                objectName: "caseloadReconnect"
                width: reconnectScroller.availableWidth
                caseload: pane.caseload
                onFieldFocused: item => reconnectScroller.reveal(item)
            }
        }
        SamenTextField {
            id: searchField

            objectName: "caseloadSearch"
            Layout.fillWidth: true
            visible: pane.caseload !== null && pane.caseload.plans.total > 0
            placeholderText: qsTr("Search by name")
            accessibleName: qsTr("Search by name")
            inputMethodHints: Qt.ImhNoPredictiveText
            onTextChanged: pane.caseload.plans.search = text
            Keys.onDownPressed: caseList.forceActiveFocus()
        }
        Label {
            objectName: "caseloadEmpty"
            Layout.fillWidth: true
            visible: text.length > 0
            text: !pane.caseload || pane.caseload.disconnected ? ""
                : pane.caseload.plans.total === 0 ? qsTr("You are not part of a plan yet. When a citizen invites you, join their plan with the code they give you.")
                : pane.caseload.plans.count === 0 ? qsTr("Nobody in your caseload has that name.")
                : ""
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        // A search that finds nobody (the plan it found may have left the caseload meanwhile): one step back to every plan
        // (review 15, F15: the caseload looked empty until the search was cleared by hand).
        SamenButton {
            objectName: "caseloadShowAll"
            visible: !!pane.caseload && !pane.caseload.disconnected && pane.caseload.plans.total > 0 && pane.caseload.plans.count === 0
            text: qsTr("Show all %n plan(s)", "", pane.caseload ? pane.caseload.plans.total : 0)
            onClicked: {
                searchField.text = "";
                searchField.forceActiveFocus();
            }
        }
        ListView {
            id: caseList

            objectName: "caseloadList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !(pane.caseload !== null && pane.caseload.disconnected)
            clip: true
            spacing: Theme.spacingSmall
            currentIndex: -1
            // One Tab stop: the current row (CaseloadDelegate); Up and Down, Home and End move between the rows, and
            // Return or Space opens the plan (review 6, #8: every row was a Tab stop).
            keyNavigationEnabled: true
            model: pane.caseload ? pane.caseload.plans : null
            Accessible.role: Accessible.List
            Accessible.name: qsTr("The people I work with")
            onActiveFocusChanged: if (activeFocus && count > 0 && currentIndex < 0) currentIndex = 0
            Keys.onPressed: event => {
                if (count === 0 || (event.key !== Qt.Key_Home && event.key !== Qt.Key_End))
                    return;
                currentIndex = event.key === Qt.Key_Home ? 0 : count - 1;
                positionViewAtIndex(currentIndex, ListView.Contain);
                event.accepted = true;
            }
            delegate: CaseloadDelegate {
                currentPlanId: pane.caseload ? pane.caseload.currentPlanId : ""
                focus: ListView.isCurrentItem
                onOpenRequested: planId => pane.caseload.openPlan(planId)
            }
        }
        SamenButton {
            objectName: "caseloadJoin"
            Layout.fillWidth: true
            Layout.maximumWidth: Infinity
            visible: !pane.joinOpen && !(pane.caseload !== null && pane.caseload.disconnected)
            // "Another" only when there is a plan already (review 6, #15).
            text: pane.caseload && pane.caseload.plans.total > 0 ? qsTr("Join another plan with a code") : qsTr("Join a plan with a code")
            primary: false
            onClicked: {
                pane.joinOpen = true;
                codeField.forceActiveFocus();
            }
        }
        // Joining another plan: the code or link the citizen gave.
        ColumnLayout {
            objectName: "caseloadJoinForm"
            Layout.fillWidth: true
            visible: pane.joinOpen
            spacing: Theme.spacingSmall

            FieldLabel { text: qsTr("Code or link from the citizen") }
            SamenTextField {
                id: codeField

                objectName: "caseloadJoinCode"
                Layout.fillWidth: true
                enabled: pane.caseload !== null && !pane.caseload.joining
                accessibleName: qsTr("Code or link from the citizen")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                onAccepted: joinButton.clicked()
            }
            FieldError {
                objectName: "caseloadJoinError"
                Layout.fillWidth: true
                text: pane.caseload && pane.joinOpen ? pane.caseload.error : ""
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                SamenButton {
                    id: joinButton

                    objectName: "caseloadJoinButton"
                    text: qsTr("Join the plan")
                    enabled: pane.caseload !== null && !pane.caseload.joining
                    onClicked: pane.caseload.join(codeField.text)
                }
                SamenButton {
                    objectName: "caseloadJoinCancel"
                    text: qsTr("Cancel")
                    primary: false
                    // Also while a join runs: it stops waiting for it (review 6, #1).
                    enabled: pane.caseload !== null
                    onClicked: {
                        pane.caseload.cancelJoin();
                        pane.joinOpen = false;
                        codeField.text = "";
                        pane.caseload.clearError();
                    }
                }
                BusyIndicator {
                    running: pane.caseload !== null && pane.caseload.joining
                    visible: running
                    Accessible.name: qsTr("Joining the plan…")
                }
            }
        }
    }
}
