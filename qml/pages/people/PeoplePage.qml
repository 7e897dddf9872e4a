import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// The people around the citizen: a picture of three rings and, beside or below
// it, the same people as a plain list (for screen readers and for reading).
Page {
    id: page

    readonly property bool wide: width >= Theme.phoneMaxWidth
    property string selectedId: ""
    // The width of the column with what needs doing (beside the picture when wide), from the page's width alone: a
    // row that chose its columns by its own width made the page's layout loop ("Polish loop detected").
    readonly property real textColumnWidth: {
        const all = scroller.availableWidth - 2 * Theme.spacing;
        return wide ? all - Theme.spacingLarge - Math.min(Theme.pictureMaxWidth, (all - Theme.spacingLarge) * 0.4) : all;
    }

    signal inviteRequested()
    signal consentRequested(string memberId)
    signal logRequested()
    signal connectRequested()
    signal teamRequested()

    function choose(memberId) {
        page.selectedId = memberId;
        if (Session.plan && Session.plan.isOwner)
            page.consentRequested(memberId);
    }

    // A member reads whose people these are (review 6, #4: "around me" in a professional's view of Robin's plan).
    title: !Session.plan || Session.plan.isOwner ? qsTr("People around me") : qsTr("People around %1").arg(Session.plan.ownerInText)
    background: Rectangle { color: Theme.background }

    PeopleModel {
        id: people

        plan: Session.plan
    }
    PeopleController {
        id: network

        plan: Session.plan
        Component.onCompleted: refresh()
    }
    ConfirmDialog {
        id: confirm

        property string action
        property string targetId

        objectName: "confirmPeople"
        onConfirmed: action === "decline" ? network.decline(targetId) : network.withdrawInvitation(targetId)
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
            PageHeader {
                Layout.fillWidth: true
                title: page.title
            }
            // Wide: what needs doing and the picture side by side at the top, so the whole picture is in view at once;
            // the list below. Narrow: one column, the picture between them.
            GridLayout {
                id: grid

                // Widths are set, not left to the layout: wrapped text measures its height at its final width.
                readonly property real pictureWidth: Math.min(Theme.pictureMaxWidth, page.wide ? (width - columnSpacing) * 0.4 : width)

                Layout.fillWidth: true
                columns: page.wide ? 2 : 1
                columnSpacing: Theme.spacingLarge
                rowSpacing: Theme.spacing

                ColumnLayout {
                    Layout.preferredWidth: page.wide ? grid.width - grid.columnSpacing - grid.pictureWidth : grid.width
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing

                    Label {
                        Layout.fillWidth: true
                        objectName: "peopleIntro"
                        text: Session.plan && !Session.plan.isOwner
                              ? qsTr("Who helps %1, and how close they are. Family and friends are in the inner circle, professionals in the outer one.").arg(Session.plan.ownerInText)
                              : people.count > 0
                              ? qsTr("Who helps you, and how close they are. Family and friends are in the inner circle, professionals in the outer one.")
                              : qsTr("There is nobody in your plan yet besides you.")
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                    // In a Flow like the buttons below: a button placed straight in this column left the wide layout
                    // unresolved (every section drawn on top of the other).
                    Flow {
                        Layout.fillWidth: true

                        SamenButton {
                            objectName: "teamButton"
                            // At most as wide as the page: the text wraps at large text (a Flow does not limit it).
                            width: Math.min(implicitWidth, parent.width)
                            text: qsTr("Everyone who helps, and who coordinates")
                            primary: false
                            onClicked: page.teamRequested()
                        }
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall
                        visible: Session.plan !== null && Session.plan.isOwner

                        SamenButton {
                            objectName: "inviteButton"
                            width: Math.min(implicitWidth, parent.width)
                            visible: network.available
                            text: qsTr("Invite someone")
                            onClicked: page.inviteRequested()
                        }
                        SamenButton {
                            objectName: "logButton"
                            width: Math.min(implicitWidth, parent.width)
                            visible: network.available
                            text: qsTr("Who looked at my plan")
                            primary: false
                            onClicked: page.logRequested()
                        }
                        SamenButton {
                            objectName: "connectButton"
                            width: Math.min(implicitWidth, parent.width)
                            visible: !network.available
                            text: qsTr("Connect to a case service to invite people")
                            primary: false
                            onClicked: page.connectRequested()
                        }
                    }
                    Banner {
                        objectName: "peopleNotice"
                        Layout.fillWidth: true
                        positive: true
                        text: network.notice
                        onDismissed: network.clearNotice()
                    }
                    Banner {
                        objectName: "peopleError"
                        Layout.fillWidth: true
                        text: network.error
                        onDismissed: network.refresh()
                    }
                    // Joins that wait for the owner, and invitations nobody used yet.
                    ColumnLayout {
                        objectName: "pendingJoins"
                        Layout.fillWidth: true
                        visible: network.pendingJoins.length > 0
                        spacing: Theme.spacingSmall

                        Label {
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            text: qsTr("Waiting for you to let them in")
                            font.pixelSize: Theme.fontHeading
                            font.bold: true
                            color: Theme.text
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        Repeater {
                            model: network.pendingJoins

                            delegate: Rectangle {
                                id: joinCard

                                required property var modelData
                                required property int index

                                Layout.fillWidth: true
                                implicitHeight: joinColumn.implicitHeight + 2 * Theme.spacingSmall
                                radius: Theme.radius / 2
                                color: Theme.surface
                                border.color: Theme.warning

                                ColumnLayout {
                                    id: joinColumn

                                    anchors.fill: parent
                                    anchors.margins: Theme.spacingSmall
                                    spacing: Theme.spacingSmall / 2

                                    Label {
                                        Layout.fillWidth: true
                                        text: joinCard.modelData.description
                                        font.pixelSize: Theme.fontBody
                                        color: Theme.text
                                        wrapMode: Text.Wrap
                                    }
                                    Flow {
                                        Layout.fillWidth: true
                                        spacing: Theme.spacingSmall

                                        SamenButton {
                                            objectName: "letIn_" + joinCard.index
                                            text: qsTr("Let in")
                                            Accessible.name: qsTr("Let %1 in").arg(joinCard.modelData.name)
                                            enabled: !network.loading
                                            onClicked: network.letIn(joinCard.modelData.memberId)
                                        }
                                        SamenButton {
                                            objectName: "decline_" + joinCard.index
                                            text: qsTr("Decline")
                                            primary: false
                                            Accessible.name: qsTr("Decline %1").arg(joinCard.modelData.name)
                                            enabled: !network.loading
                                            onClicked: {
                                                confirm.action = "decline";
                                                confirm.targetId = joinCard.modelData.memberId;
                                                confirm.question = qsTr("Not let %1 in?").arg(joinCard.modelData.name);
                                                confirm.explanation = qsTr("They see nothing of your plan. You can invite them again later.");
                                                confirm.confirmText = qsTr("Decline");
                                                confirm.open();
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    ColumnLayout {
                        objectName: "pendingInvitations"
                        Layout.fillWidth: true
                        visible: network.pendingInvitations.length > 0
                        spacing: Theme.spacingSmall

                        Label {
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            text: qsTr("Invitations not used yet")
                            font.pixelSize: Theme.fontHeading
                            font.bold: true
                            color: Theme.text
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        Repeater {
                            model: network.pendingInvitations

                            // "Withdraw" beside the invitation where the text keeps about twelve letters a line, under it
                            // where not (a phone at 200 %: beside the button a word was broken in two; FitCheck).
                            delegate: GridLayout {
                                id: invitationRow

                                required property var modelData
                                required property int index

                                Layout.fillWidth: true
                                columns: page.textColumnWidth < withdrawButton.implicitWidth + columnSpacing + Theme.fontBody * 12 ? 1 : 2
                                columnSpacing: Theme.spacingSmall
                                rowSpacing: Theme.spacingSmall / 2

                                Label {
                                    Layout.fillWidth: true
                                    text: invitationRow.modelData.description
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                }
                                SamenButton {
                                    id: withdrawButton

                                    objectName: "withdraw_" + invitationRow.index
                                    text: qsTr("Withdraw")
                                    primary: false
                                    Accessible.name: qsTr("Withdraw the invitation for %1").arg(invitationRow.modelData.name)
                                    enabled: !network.loading
                                    onClicked: {
                                        confirm.action = "withdraw";
                                        confirm.targetId = invitationRow.modelData.invitationId;
                                        confirm.question = qsTr("Withdraw the invitation for %1?").arg(invitationRow.modelData.name);
                                        confirm.explanation = qsTr("The code stops working. You can make a new invitation later.");
                                        confirm.confirmText = qsTr("Withdraw");
                                        confirm.open();
                                    }
                                }
                            }
                        }
                    }
                }
                PeopleRings {
                    objectName: "peopleRings"
                    Layout.preferredWidth: grid.pictureWidth
                    Layout.preferredHeight: grid.pictureWidth
                    Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
                    visible: people.count > 0
                    people: people
                    selectedId: page.selectedId
                    onPersonChosen: memberId => page.choose(memberId)
                }
                ColumnLayout {
                    Layout.preferredWidth: grid.width
                    Layout.columnSpan: page.wide ? 2 : 1
                    spacing: Theme.spacing

                    ListView {
                        id: list

                        objectName: "peopleList"
                        Layout.fillWidth: true
                        implicitHeight: contentHeight
                        interactive: false
                        spacing: Theme.spacingSmall
                        model: people
                        // A ListView keeps the order when people move between rings (a Repeater in a layout does not).
                        section.property: "ringName"
                        section.delegate: Label {
                            required property string section

                            width: ListView.view.width
                            topPadding: Theme.spacingSmall
                            bottomPadding: Theme.spacingSmall / 2
                            text: section
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        delegate: ItemDelegate {
                            id: item

                            required property string id
                            required property string name
                            required property string relationText
                            required property string description
                            required property bool coordinator
                            required property int index

                            objectName: "person_" + index
                            width: ListView.view.width
                            focusPolicy: Qt.StrongFocus
                            highlighted: page.selectedId === id
                            Accessible.role: Accessible.ListItem
                            Accessible.name: description
                            // Qt 6.4 offers no AT-SPI "Press" for a list item unless this is handled.
                            Accessible.onPressAction: page.choose(id)
                            onClicked: page.choose(id)
                            Keys.onReturnPressed: page.choose(id)
                            contentItem: ColumnLayout {
                                spacing: 0

                                Label {
                                    Layout.fillWidth: true
                                    text: item.coordinator ? qsTr("%1 (coordinator)").arg(DisplayText.isolate(item.name)) : item.name
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                    horizontalAlignment: Text.AlignLeft // the app's side, not the name's script's
                                    wrapMode: Text.Wrap
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: item.relationText
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textMuted
                                    wrapMode: Text.Wrap
                                }
                            }
                            background: Rectangle {
                                radius: Theme.radius / 2
                                color: item.highlighted ? Theme.selected : Theme.surface
                                border.width: item.visualFocus ? Theme.focusWidth : 1
                                border.color: item.visualFocus ? Theme.focus : Theme.border
                            }
                        }
                    }
                    // Members whose end date has come (removed, or their help ended): apart, with their period.
                    ColumnLayout {
                        objectName: "formerPeople"
                        Layout.fillWidth: true
                        visible: people.former.length > 0
                        spacing: Theme.spacingSmall

                        Label {
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            text: qsTr("Who helped before")
                            font.pixelSize: Theme.fontHeading
                            font.bold: true
                            color: Theme.text
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        Repeater {
                            model: people.former

                            delegate: ColumnLayout {
                                id: formerRow

                                required property var modelData
                                required property int index

                                objectName: "former_" + index
                                Layout.fillWidth: true
                                spacing: 0
                                Accessible.role: Accessible.ListItem
                                Accessible.name: modelData.description

                                Label {
                                    Layout.fillWidth: true
                                    text: formerRow.modelData.name
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                    horizontalAlignment: Text.AlignLeft // the app's side, not the name's script's
                                    wrapMode: Text.Wrap
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("%1, %2", "relation, period").arg(formerRow.modelData.relationText).arg(formerRow.modelData.period)
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textMuted
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                    }
                }
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
