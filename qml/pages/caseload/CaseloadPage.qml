import QtQuick
import QtQuick.Controls
import Samen
import Samen.Core

// A professional's device, unlocked: the caseload beside the open plan on a wide
// screen; on a phone the caseload first, the plan on top of it with a way back.
Item {
    id: page

    readonly property bool wide: width >= Theme.phoneMaxWidth
    readonly property CaseloadController caseload: Session.caseload
    // The list and the plan pane, whichever layout shows them (tests and the tour reach in).
    readonly property CaseloadListPane listPane: wide ? wideListPane : stack.listPane
    readonly property CaseloadPlanPane planPane: wide ? widePlanPane : stack.planPane
    // Set by the wide layout while it exists.
    property CaseloadListPane wideListPane: null
    property CaseloadPlanPane widePlanPane: null

    // On a phone the plan goes on top of the list, and back leaves it.
    function followPlan() {
        if (page.wide)
            return;
        if (Session.plan !== null && stack.depth === 1) {
            stack.planPane = stack.push(phonePlan);
        } else if (Session.plan === null && stack.depth > 1) {
            stack.planPane = null;
            stack.pop();
        }
    }

    onWideChanged: followPlan()

    Loader {
        id: splitLoader

        anchors.fill: parent
        active: page.wide
        sourceComponent: SplitView {
            orientation: Qt.Horizontal
            Component.onCompleted: {
                page.wideListPane = wideList;
                page.widePlanPane = widePlan;
            }
            Component.onDestruction: {
                page.wideListPane = null;
                page.widePlanPane = null;
            }

            CaseloadListPane {
                id: wideList

                SplitView.preferredWidth: Math.max(Theme.pictureMaxWidth * 0.6, page.width * 0.3)
                SplitView.minimumWidth: Theme.pictureMaxWidth * 0.45
            }
            Item {
                SplitView.fillWidth: true

                CaseloadPlanPane {
                    id: widePlan

                    anchors.fill: parent
                    visible: Session.plan !== null
                }
                Label {
                    objectName: "caseloadChoose"
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.spacing, Theme.pictureMaxWidth)
                    visible: Session.plan === null
                    // With no plan to choose: how one comes (review 6, #15: "choose a plan" on an empty caseload).
                    text: !page.caseload || page.caseload.disconnected ? qsTr("Connect this device again to see your plans.")
                        : page.caseload.plans.total === 0 ? qsTr("No plans yet. When a citizen gives you an invitation code, choose \"Join a plan with a code\" and type the code. Their plan then shows here.")
                        : qsTr("Choose a plan on the left to open it.")
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }
        }
    }
    StackView {
        id: stack

        property CaseloadListPane listPane: null
        property CaseloadPlanPane planPane: null

        anchors.fill: parent
        visible: !page.wide
        Component.onCompleted: listPane = push(phoneList)
    }
    Component {
        id: phoneList

        CaseloadListPane {}
    }
    Component {
        id: phonePlan

        CaseloadPlanPane {
            showBack: true
            onBackRequested: page.caseload.closePlan()
        }
    }
    Connections {
        target: Session
        function onPlanChanged() { page.followPlan(); }
    }
}
