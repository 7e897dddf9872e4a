import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// Who looked at and changed the plan, in plain words, by day, newest first;
// filter by person.
Page {
    id: page

    property bool showBack: true
    readonly property AccessLogModel log: logModel
    // Too narrow for the time beside the line (about 24 letters of body text): the time goes above it.
    readonly property bool narrow: width < Theme.fontBody * 24

    signal backRequested()

    title: qsTr("Who looked at my plan")
    background: Rectangle { color: Theme.background }

    AccessLogModel {
        id: logModel

        plan: Session.plan
        Component.onCompleted: reload()
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
            Banner {
                objectName: "logError"
                Layout.fillWidth: true
                text: logModel.error
                onDismissed: logModel.reload()
            }
            ReadAloudButton {
                Layout.fillWidth: true
                visible: logModel.available
                objectName: "readLog"
                what: "list"
                heading: page.title
                listModel: logModel
                listRole: "description"
            }
            SamenComboBox {
                id: filterBox

                objectName: "logFilter"
                Layout.fillWidth: true
                visible: logModel.available
                model: [qsTr("Everyone")].concat(logModel.people.map(p => p.name))
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Show what one person did")
                onActivated: i => logModel.memberFilter = i === 0 ? "" : logModel.people[i - 1].memberId
            }
            Label {
                objectName: "logChain"
                Layout.fillWidth: true
                visible: text.length > 0
                text: logModel.chain
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            BusyIndicator {
                running: logModel.loading
                visible: running
                Accessible.name: qsTr("Loading…")
            }
            Label {
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                visible: logModel.available && !logModel.loading && logModel.count === 0
                text: qsTr("Nothing to show yet.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            Repeater {
                model: logModel

                delegate: ColumnLayout {
                    id: line

                    required property string day
                    required property string time
                    required property string text
                    required property string description
                    required property int index

                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall / 2

                    Label {
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingSmall
                        visible: line.index === 0 || logModel.get(line.index - 1).day !== line.day
                        text: line.day
                        font.pixelSize: Theme.fontHeading
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    // The time beside what happened where that leaves the line room for its longest words, above it
                    // where not (a phone at 200 %: beside the time a word was broken in two; FitCheck).
                    GridLayout {
                        objectName: "logLine_" + line.index
                        Layout.fillWidth: true
                        columns: page.narrow ? 1 : 2
                        columnSpacing: Theme.spacing
                        rowSpacing: 0
                        Accessible.role: Accessible.ListItem
                        Accessible.name: line.description

                        Label {
                            Layout.alignment: Qt.AlignTop
                            text: line.time
                            font.pixelSize: Theme.fontBody
                            color: Theme.textMuted
                        }
                        Label {
                            Layout.fillWidth: true
                            text: line.text
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
