import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen

// A page's back button (when there is somewhere to go back to) and its heading.
ColumnLayout {
    id: header

    property string title
    property bool showBack: false

    signal backRequested()

    spacing: Theme.spacingSmall

    SamenButton {
        objectName: "backButton"
        visible: header.showBack
        text: qsTr("Back")
        primary: false
        onClicked: header.backRequested()
    }
    Label {
        Layout.fillWidth: true
        text: header.title
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
}
