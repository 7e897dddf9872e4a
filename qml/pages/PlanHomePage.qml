import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// The plan's home: my story, then the life domains in my order of priority.
Page {
    id: page

    property PlanController plan: Session.plan
    property int dragFrom: -1
    property int dropIndex: -1
    property bool editingStory: false
    /** The domain shown beside the list on a wide screen ("" when none): its card is marked. */
    property string openKey: ""
    readonly property bool owner: plan ? plan.isOwner : false

    signal domainOpened(string key)
    signal teamRequested()
    signal meetingOpened(string meetingId)
    signal planMeetingRequested()

    title: plan ? plan.name : ""
    background: Rectangle { color: Theme.background }

    // Tab goes through the list's cards in the order they were made, not where they show: after a
    // move, put them back in the order on screen (TabOrder changes that order, not the layout).
    function restack() {
        if (!domainList)
            return;
        const cards = [];
        for (let i = 0; i < domainList.count; ++i)
            cards.push(domainList.itemAtIndex(i));
        TabOrder.follow(cards);
    }

    function move(key, delta) {
        if (plan.moveDomain(key, delta)) {
            const row = plan.domains.indexOf(plan.domain(key).id);
            domainList.currentIndex = row;
            const item = domainList.itemAtIndex(row);
            if (item)
                item.forceActiveFocus();
        }
    }

    // One scrolling list: the story and the headings scroll with the domains, so
    // nothing is squeezed out when the text is large.
    Connections {
        target: domainList.model
        // After the list has moved its items.
        function onRowsMoved() { Qt.callLater(page.restack); }
    }

    ListView {
        id: domainList

        objectName: "domainList"
        anchors.fill: parent
        // The page opens at the top: the story first, then the domains. The view
        // follows keyboard focus (see DomainDelegate), not the current index.
        currentIndex: -1
        highlightFollowsCurrentItem: false
        // A header that grows after the first layout (text wrapping, the story
        // arriving) would push its top out of sight; stay at the top until the
        // person scrolls.
        property bool userScrolled: false
        onMovementStarted: userScrolled = true
        anchors.margins: Theme.spacing
        clip: true
        header: ColumnLayout {
            width: domainList.width
            spacing: Theme.spacing
            // The list may be gone by the time the call runs (the page was closed).
            onHeightChanged: if (!domainList.userScrolled) Qt.callLater(() => { if (domainList) domainList.positionViewAtBeginning(); })

            // On a professional's device the caseload's bar above the plan carries its one title, with the
            // citizen's name, on every page of the plan (CaseloadPlanPane): not a second one here.
            Label {
                objectName: "planHomeTitle"
                Layout.fillWidth: true
                visible: Session.caseload === null
                text: !page.plan ? "" : page.owner ? qsTr("Plan of %1").arg(DisplayText.isolate(page.plan.name)) : page.plan.title
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            // A member who may read no part of the plan (any more): no empty plan, but what happened and what to do.
            Rectangle {
                objectName: "noAccess"
                Layout.fillWidth: true
                visible: page.plan && !page.plan.hasAccess
                implicitHeight: noAccessColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    id: noAccessColumn

                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall

                    Label {
                        objectName: "waitingToJoin"
                        Layout.fillWidth: true
                        visible: page.plan && page.plan.waitingToJoin
                        text: page.plan && page.plan.waitingFor.length > 0
                              ? qsTr("Waiting for %1 to let you in.").arg(DisplayText.isolate(page.plan.waitingFor))
                              : qsTr("Waiting for the owner of the plan to let you in.")
                        font.pixelSize: Theme.fontHeading
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.Heading
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: page.plan && page.plan.waitingToJoin
                        text: qsTr("You joined with the invitation. As soon as you are let in, the parts of the plan you may see appear here by themselves.")
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    // The way forward while waiting: ask the service now instead of at the next round.
                    SamenButton {
                        objectName: "checkAgain"
                        visible: page.plan && page.plan.waitingToJoin
                        text: qsTr("Check again now")
                        Accessible.name: qsTr("Check again now whether you were let in")
                        enabled: page.plan && page.plan.sync !== null && page.plan.sync.state !== "syncing"
                        onClicked: {
                            page.plan.sync.checkNow();
                            checkedAt.text = qsTr("Asked at %1. When you are let in, your plan shows it here.")
                                .arg(Qt.formatTime(new Date(), "HH:mm"));
                        }
                    }
                    // That the question was asked (a round with the service shows nothing when nothing changed).
                    Label {
                        id: checkedAt

                        objectName: "checkedAt"
                        Layout.fillWidth: true
                        visible: page.plan && page.plan.waitingToJoin && text.length > 0
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "noAccessTitle"
                        Layout.fillWidth: true
                        visible: !(page.plan && page.plan.waitingToJoin)
                        text: qsTr("You cannot see any part of this plan at the moment.")
                        font.pixelSize: Theme.fontHeading
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.Heading
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: !(page.plan && page.plan.waitingToJoin)
                        text: qsTr("Nothing of the plan is kept on this device. If you still help with this plan, ask the person whose plan it is to share a part with you again. It then comes back here by itself.")
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }
            // Who keeps the overview: opens everyone who helps, in one view.
            SamenButton {
                objectName: "teamButton"
                Layout.fillWidth: true
                Layout.maximumWidth: Infinity
                visible: page.plan && page.plan.hasAccess
                primary: false
                text: page.plan && page.plan.coordinatorName.length > 0
                      ? qsTr("Coordinator: %1 · everyone who helps").arg(DisplayText.isolate(page.plan.coordinatorName))
                      : qsTr("Everyone who helps")
                onClicked: page.teamRequested()
            }
            TalkAboutCard {
                objectName: "talkAbout"
                Layout.fillWidth: true
                visible: page.plan && page.plan.hasAccess
                onMeetingOpened: meetingId => page.meetingOpened(meetingId)
                onPlanMeetingRequested: page.planMeetingRequested()
            }
            Rectangle {
                Layout.fillWidth: true
                visible: page.plan && page.plan.hasAccess
                implicitHeight: storyColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    id: storyColumn

                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall

                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: page.owner ? qsTr("My story") : page.plan && page.plan.ownerName.length > 0 ? qsTr("%1's story").arg(DisplayText.isolate(page.plan.ownerName)) : qsTr("The story")
                        font.pixelSize: Theme.fontHeading
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                    }
                    ReadAloudButton {
                        objectName: "readStory"
                        Layout.fillWidth: true
                        visible: !page.editingStory
                        what: "story"
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: !page.editingStory
                        text: page.plan && page.plan.story.length > 0 ? page.plan.story
                              : page.owner ? qsTr("Write your story once. Everyone you allow can read it, so you do not have to tell it again.")
                              : qsTr("No story has been written yet.")
                        font.pixelSize: Theme.fontBody
                        color: page.plan && page.plan.story.length > 0 ? Theme.text : Theme.textMuted
                        // The whole story: the home page scrolls as one list (cut after six lines, at 200 % on a phone
                        // most of it was lost).
                        wrapMode: Text.Wrap
                    }
                    Banner {
                        Layout.fillWidth: true
                        visible: page.plan && page.plan.storyVersions.length > 1
                        text: page.owner ? qsTr("Your story was changed in two places at the same time. Both versions are kept. Open it to choose.")
                            : qsTr("The story was changed in two places at the same time. Both versions are kept until %1 chooses one.").arg(page.plan ? page.plan.ownerInText : "")
                    }
                    SamenTextArea {
                        id: storyEdit

                        objectName: "storyEdit"
                        Layout.fillWidth: true
                        visible: page.editingStory
                        accessibleName: qsTr("My story")
                    }
                    Banner {
                        Layout.fillWidth: true
                        visible: page.editingStory && text.length > 0
                        text: page.plan ? page.plan.lastError : ""
                        onDismissed: page.plan.clearError()
                    }
                    RowLayout {
                        // The story is the owner's: others read it.
                        visible: page.owner
                        SamenButton {
                            objectName: "storyButton"
                            text: page.editingStory ? qsTr("Save my story") : qsTr("Write my story")
                            primary: page.editingStory
                            onClicked: {
                                if (!page.editingStory) {
                                    storyEdit.text = page.plan.story;
                                    page.editingStory = true;
                                    storyEdit.forceActiveFocus();
                                } else if (page.plan.setStory(storyEdit.text)) {
                                    page.editingStory = false;
                                }
                            }
                        }
                        SamenButton {
                            visible: page.editingStory
                            text: qsTr("Cancel")
                            primary: false
                            onClicked: {
                                page.editingStory = false;
                                page.plan.clearError();
                            }
                        }
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: page.plan && page.plan.hasAccess
                text: page.owner ? qsTr("My life domains, most important first") : qsTr("Life domains, most important first")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                visible: page.owner && page.plan.hasAccess
                text: qsTr("Drag a domain, use the arrows, or press Ctrl + arrow up or down to change the order.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Item { implicitHeight: Theme.spacingSmall }
        }
        spacing: Theme.spacingSmall
        // Nothing of the plan is shown to a member who may read no part of it.
        model: page.plan && page.plan.hasAccess ? page.plan.domains : null
        keyNavigationEnabled: true
        activeFocusOnTab: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Life domains")
        moveDisplaced: Transition { NumberAnimation { properties: "y"; duration: 150 } }
        move: Transition { NumberAnimation { properties: "y"; duration: 150 } }

        delegate: DomainDelegate {
            total: domainList.count
            // The order of the life domains is the owner's alone (WriteRule; review 4, R4-4): write access to a
            // domain gives no handle, arrows or Ctrl+arrow.
            editable: page.owner
            open: key === page.openKey
            onOpenRequested: key => page.domainOpened(key)
            onMoveRequested: (key, delta) => page.move(key, delta)
            onDragStarted: index => { page.dragFrom = index; page.dropIndex = index; }
            onDragMoved: listY => {
                const target = domainList.indexAt(10, listY);
                if (target >= 0)
                    page.dropIndex = target;
            }
            onDragFinished: {
                const from = page.dragFrom;
                const to = page.dropIndex;
                page.dragFrom = -1;
                page.dropIndex = -1;
                if (from >= 0 && to >= 0 && to !== from)
                    page.move(domainList.model.get(from).key, to - from);
            }
        }

        // Where the dragged domain will land (a child of the list's content, so in content coordinates).
        Rectangle {
            visible: page.dragFrom >= 0 && page.dropIndex >= 0 && page.dropIndex !== page.dragFrom
            width: domainList.width
            height: Theme.focusWidth
            color: Theme.focus
            y: {
                const item = domainList.itemAtIndex(page.dropIndex);
                return item ? item.y + (page.dropIndex > page.dragFrom ? item.height : -Theme.spacingSmall / 2) : 0;
            }
        }
    }
}
