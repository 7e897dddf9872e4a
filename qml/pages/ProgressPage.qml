import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// The progress picture: a spider web of the owner's ratings, the previous round behind the current one.
// The scores are the plan owner's: on a member's device the page says whose they are.
Page {
    id: page

    property PlanController plan: Session.plan
    property var points: []

    title: qsTr("Progress")
    background: Rectangle { color: Theme.background }
    Component.onCompleted: refresh()

    function refresh() {
        const list = [];
        if (plan) {
            for (let i = 0; i < plan.domains.count; ++i) {
                const d = plan.domains.get(i);
                list.push({ label: d.label, score: d.score, previousScore: d.previousScore });
            }
        }
        points = list;
    }

    Connections {
        target: page.plan
        function onChanged() { page.refresh(); }
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
            Label {
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                text: page.title
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                objectName: "explanation"
                Layout.fillWidth: true
                text: !page.plan || page.plan.isOwner
                      ? qsTr("Each line is a life domain. Further out means better. The dashed shape is how you rated it the time before.")
                      : page.plan.ownerName.length > 0
                        ? qsTr("These are the scores %1 gave each life domain. Further out means better. The dashed shape is how %1 rated it the time before.")
                          .arg(DisplayText.isolate(page.plan.ownerName))
                        : qsTr("These are the scores the plan's owner gave each life domain. Further out means better. The dashed shape is how the owner rated it the time before.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            RadarChart {
                id: radar

                objectName: "radar"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(width, 560)
                points: page.points
            }
            RowLayout {
                spacing: Theme.spacing
                Rectangle { implicitWidth: 24; implicitHeight: 4; color: Theme.accent }
                Label { text: qsTr("Now"); font.pixelSize: Theme.fontSmall; color: Theme.text }
                Rectangle { implicitWidth: 24; implicitHeight: 2; color: Theme.textMuted }
                Label { text: qsTr("Before"); font.pixelSize: Theme.fontSmall; color: Theme.text }
            }
            // The same figures as text, for screen readers and for reading closely.
            Repeater {
                model: page.points

                delegate: Label {
                    required property var modelData
                    required property int index
                    readonly property string figures: modelData.score === undefined || modelData.score === null
                          ? qsTr("%1: not rated yet").arg(modelData.label)
                          : (modelData.previousScore === undefined || modelData.previousScore === null
                             ? qsTr("%1: %2 out of 10").arg(modelData.label).arg(modelData.score)
                             : qsTr("%1: %2 out of 10 (before: %3)").arg(modelData.label).arg(modelData.score).arg(modelData.previousScore))

                    Layout.fillWidth: true
                    // The chart's axes carry numbers when the names did not fit: the list says which is which.
                    text: radar.numbered ? qsTr("%1. %2", "axis number. domain and score").arg(index + 1).arg(figures) : figures
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
            Item { implicitHeight: Theme.spacingLarge }
        }
    }
}
