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

    title: qsTr("People around me")
    background: Rectangle { color: Theme.background }

    PeopleModel {
        id: people

        plan: Session.plan
    }

    ScrollView {
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
            Label {
                Layout.fillWidth: true
                text: people.count > 0
                      ? qsTr("Who helps you, and how close they are. Family and friends are in the inner circle, professionals in the outer one.")
                      : qsTr("There is nobody in your plan yet besides you.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            GridLayout {
                Layout.fillWidth: true
                columns: page.wide ? 2 : 1
                columnSpacing: Theme.spacingLarge
                rowSpacing: Theme.spacing

                PeopleRings {
                    objectName: "peopleRings"
                    Layout.fillWidth: true
                    Layout.preferredWidth: page.wide ? 3 : 1
                    Layout.maximumWidth: Theme.pictureMaxWidth
                    Layout.preferredHeight: width
                    Layout.alignment: Qt.AlignTop
                    visible: people.count > 0
                    people: people
                    selectedId: page.selectedId
                    onPersonChosen: memberId => page.selectedId = memberId
                }
                ColumnLayout {
                    objectName: "peopleList"
                    Layout.fillWidth: true
                    Layout.preferredWidth: page.wide ? 2 : 1
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacingSmall

                    Repeater {
                        model: people

                        delegate: ColumnLayout {
                            id: row

                            required property string id
                            required property string name
                            required property string relationText
                            required property string ringName
                            required property string description
                            required property bool coordinator
                            required property int index

                            Layout.fillWidth: true
                            spacing: Theme.spacingSmall / 2

                            Label {
                                Layout.fillWidth: true
                                Layout.topMargin: Theme.spacingSmall
                                visible: row.index === 0 || people.get(row.index - 1).ringName !== row.ringName
                                text: row.ringName
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.Wrap
                                Accessible.role: Accessible.Heading
                                Accessible.name: text
                            }
                            ItemDelegate {
                                id: item

                                objectName: "person_" + row.index
                                Layout.fillWidth: true
                                focusPolicy: Qt.StrongFocus
                                highlighted: page.selectedId === row.id
                                Accessible.role: Accessible.ListItem
                                Accessible.name: row.description
                                onClicked: page.selectedId = row.id
                                Keys.onReturnPressed: page.selectedId = row.id
                                contentItem: ColumnLayout {
                                    spacing: 0

                                    Label {
                                        Layout.fillWidth: true
                                        text: row.coordinator ? qsTr("%1 (coordinator)").arg(row.name) : row.name
                                        font.pixelSize: Theme.fontBody
                                        color: Theme.text
                                        wrapMode: Text.Wrap
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: row.relationText
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
                    }
                }
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
