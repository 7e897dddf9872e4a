import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// Language, automatic lock, the case service, my data, and locking now.
Page {
    id: page

    readonly property var languages: [{ key: "nl", name: "Nederlands" }, { key: "en", name: "English" }]

    signal connectRequested()
    signal devicesRequested()
    signal myDataRequested()

    title: qsTr("Settings")
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: page.title
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        FieldLabel { text: qsTr("Language") }
        SamenComboBox {
            id: languageBox

            objectName: "languageBox"
            Layout.preferredWidth: 260
            model: page.languages.map(l => l.name)
            currentIndex: Session.language === "en" ? 1 : 0
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Language")
            onActivated: index => Session.language = page.languages[index].key
        }
        FieldLabel { text: qsTr("Lock my plan when I do nothing for") }
        RowLayout {
            spacing: Theme.spacingSmall
            SpinBox {
                id: idleBox

                objectName: "idleBox"
                from: 1
                to: 60
                value: Session.idleMinutes
                editable: true
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Minutes before the plan locks")
                // Qt 6.4 tells assistive technology the range from these names, not from/to.
                readonly property int minimumValue: from
                readonly property int maximumValue: to
                onValueModified: Session.idleMinutes = value
                // The typing field inside carries the same name for screen readers.
                contentItem: TextInput {
                    z: 2
                    text: idleBox.displayText
                    font: idleBox.font
                    color: Theme.text
                    selectionColor: Theme.accent
                    selectedTextColor: Theme.accentText
                    horizontalAlignment: Qt.AlignHCenter
                    verticalAlignment: Qt.AlignVCenter
                    readOnly: !idleBox.editable
                    validator: idleBox.validator
                    inputMethodHints: Qt.ImhDigitsOnly
                    Accessible.name: idleBox.Accessible.name
                }
            }
            Label {
                text: qsTr("minutes")
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
        }
        FieldLabel { text: qsTr("Case service") }
        Label {
            objectName: "serviceState"
            Layout.fillWidth: true
            text: Session.plan && Session.plan.sync && Session.plan.sync.state !== "local"
                  ? qsTr("Your plan is connected to a case service.")
                  : qsTr("Your plan is only on this device.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            SamenButton {
                objectName: "connectButton"
                text: qsTr("Connect to a case service")
                primary: false
                onClicked: page.connectRequested()
            }
            SamenButton {
                objectName: "devicesButton"
                text: qsTr("My devices")
                primary: false
                onClicked: page.devicesRequested()
            }
        }
        FieldLabel { text: qsTr("My data") }
        SamenButton {
            objectName: "myDataButton"
            text: qsTr("See, take with you or erase my data")
            primary: false
            onClicked: page.myDataRequested()
        }
        SamenButton {
            objectName: "lockButton"
            text: qsTr("Lock my plan now")
            primary: false
            onClicked: Session.lock()
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Samen %1").arg(AppInfo.version)
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
}
