import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// The caseload cannot reach the service (its last round failed for the network): a calm line that nothing is lost
// and when the list was last up to date, and "Try again", which starts a round now (review 6, #6: the list looked
// current, and after the service came back it took minutes to connect again).
Rectangle {
    id: line

    property CaseloadReach reach: null

    visible: reach !== null && reach.offline
    implicitHeight: column.implicitHeight + 2 * Theme.spacingSmall
    radius: Theme.radius / 2
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        spacing: Theme.spacingSmall

        Label {
            objectName: "caseloadOfflineText"
            Layout.fillWidth: true
            text: line.reach ? line.reach.sentence : ""
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StatusBar
            Accessible.name: text
        }
        SamenButton {
            objectName: "caseloadTryAgain"
            text: line.reach && line.reach.trying ? qsTr("Trying again…") : qsTr("Try again")
            primary: false
            Accessible.name: qsTr("Try again to reach the service")
            onClicked: line.reach.tryAgain()
        }
    }
}
