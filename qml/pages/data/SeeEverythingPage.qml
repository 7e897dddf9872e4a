import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// See everything (issue 15): every piece of data the plan holds on this device, history
// included, in people's words and grouped (DataListModel: the same data as samen-cli plan show).
Page {
    id: page

    property bool showBack: true
    readonly property DataListModel everything: dataModel

    signal backRequested()

    // Someone else's plan: what this device keeps of it (review 6, #4).
    title: Session.plan && !Session.plan.isOwner ? qsTr("Everything of the plan on this device") : qsTr("Everything in your plan")
    background: Rectangle { color: Theme.background }

    DataListModel {
        id: dataModel

        plan: Session.plan
    }

    ListView {
        id: list

        objectName: "everythingList"
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        clip: true
        spacing: Theme.spacingSmall
        model: dataModel
        activeFocusOnTab: true
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: page.title

        header: ColumnLayout {
            width: list.width
            spacing: Theme.spacingSmall

            Item { implicitHeight: Theme.spacingSmall }
            PageHeader {
                Layout.fillWidth: true
                title: page.title
                showBack: page.showBack
                onBackRequested: page.backRequested()
            }
            Label {
                Layout.fillWidth: true
                text: Session.plan && !Session.plan.isOwner
                      ? qsTr("This is all this device keeps of the plan of %1, with what happened before. Nothing is left out.").arg(Session.plan.ownerInText)
                      : qsTr("This is all your plan holds on this device, with what happened before. Nothing is left out.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
        }
        section.property: "section"
        section.delegate: Label {
            required property string section

            width: list.width
            topPadding: Theme.spacing
            text: section
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: section
        }
        delegate: Rectangle {
            id: row

            required property int index
            required property string title
            required property string detail

            width: list.width
            implicitHeight: column.implicitHeight + 2 * Theme.spacingSmall
            radius: Theme.radius / 2
            color: ListView.isCurrentItem && list.activeFocus ? Theme.selected : Theme.surface
            border.color: ListView.isCurrentItem && list.activeFocus ? Theme.focus : Theme.border
            Accessible.role: Accessible.ListItem
            Accessible.name: detail.length > 0 ? title + ". " + detail : title

            ColumnLayout {
                id: column

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacingSmall
                spacing: Theme.spacingSmall / 2

                Label {
                    Layout.fillWidth: true
                    text: row.title
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: row.detail.length > 0
                    text: row.detail
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
