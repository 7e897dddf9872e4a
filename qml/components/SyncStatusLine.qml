import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// Always visible: is the plan in step with the case service? In plain words,
// with a coloured dot that is never the only signal.
Rectangle {
    id: line

    property SyncStatus status: null
    // False while the list of refused changes is on screen already.
    property bool offerRefused: true
    // True when this device may connect the plan (its owner); a member's device is connected by joining.
    property bool offerConnect: false
    readonly property string state: status ? status.state : "local"

    // The person wants to see the changes that were not accepted.
    signal refusedRequested()
    // The person wants to connect this plan to a case service (offered, never needed, while it is only on this device).
    signal connectRequested()

    function when(time) {
        const today = new Date();
        return time.toDateString() === today.toDateString() ? Qt.formatTime(time, "HH:mm") : Qt.formatDateTime(time, "dd-MM-yyyy HH:mm");
    }
    readonly property string sentence: {
        let text = "";
        switch (state) {
        // Someone else's plan is not "your plan" (review 6, #4).
        case "local": text = Session.plan && !Session.plan.isOwner ? qsTr("This plan is only on this device.") : qsTr("Your plan is only on this device."); break;
        case "syncing": text = qsTr("Sending and fetching changes…"); break;
        case "synced": text = qsTr("Everything is up to date."); break;
        case "waiting": text = qsTr("%n change(s) waiting to be sent.", "", status.waiting); break;
        // Nothing waits, but something was refused: never "up to date" then (the count follows below).
        case "refused": break;
        case "pending": text = qsTr("Waiting to be let in."); break;
        case "arriving": text = qsTr("Fetching the plan. It has not arrived on this device yet."); break;
        case "nothing-shared": text = qsTr("You are in the plan, but nothing of it is shared with you yet."); break;
        case "offline": text = qsTr("No connection since %1. Your changes are kept and sent later.").arg(when(status.offlineSince)); break;
        default: text = qsTr("Sending changes does not work right now. Samen tries again later."); break;
        }
        if (status && status.refused > 0)
            text += (text.length > 0 ? " " : "") + qsTr("%n change(s) were not accepted.", "", status.refused);
        return text;
    }

    objectName: "syncStatus"
    color: Theme.surface
    implicitHeight: row.implicitHeight + Theme.spacingSmall
    Accessible.role: Accessible.StatusBar
    Accessible.name: sentence

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: 1
        color: Theme.border
    }
    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacingSmall

        Rectangle {
            implicitWidth: Theme.fontSmall * 0.7
            implicitHeight: implicitWidth
            radius: width / 2
            color: line.state === "synced" ? Theme.success
                 : line.state === "offline" || line.state === "error" || line.state === "refused" ? Theme.warning
                 : line.state === "local" ? Theme.border : Theme.accent
        }
        Label {
            Layout.fillWidth: true
            text: line.sentence
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        SamenButton {
            objectName: "showRefusedButton"
            visible: line.offerRefused && line.status !== null && line.status.refused > 0
            text: qsTr("View")
            primary: false
            font.pixelSize: Theme.fontSmall
            Accessible.name: qsTr("View the changes that were not accepted")
            onClicked: line.refusedRequested()
        }
        SamenButton {
            objectName: "connectOfferButton"
            visible: line.offerConnect && line.state === "local" && line.status !== null
            text: qsTr("Connect to a service")
            primary: false
            font.pixelSize: Theme.fontSmall
            Accessible.name: qsTr("Connect your plan to a case service (optional)")
            onClicked: line.connectRequested()
        }
    }
}
