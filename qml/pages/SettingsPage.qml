import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// Language, text size, automatic lock, the case service, my data, and locking now.
Page {
    id: page

    readonly property var languages: [{ key: "nl", name: "Nederlands" }, { key: "en", name: "English" }]
    // Text sizes up to 200 % (WCAG 1.4.4); every page takes its sizes from Theme, which follows this.
    readonly property var textSizes: [{ scale: 1.0, name: qsTr("Normal (100 %)") }, { scale: 1.5, name: qsTr("Larger (150 %)") },
                                      { scale: 2.0, name: qsTr("Largest (200 %)") }]
    // A citizen's plan opened from a professional's caseload: its connection is the caseload's, not the plan's.
    readonly property bool inCaseload: Session.plan !== null && Session.plan.sync !== null && Session.plan.sync.inCaseload
    // Someone else's plan (a professional's caseload, or a member's device): the lock is this device's, the data a copy
    // (review 6, #4: "Lock my plan" and "my data" in a professional's view of Robin's plan).
    readonly property bool othersPlan: Session.holdsCaseload || (Session.plan !== null && !Session.plan.isOwner)

    signal connectRequested()
    signal devicesRequested()
    signal myDataRequested()

    title: qsTr("Settings")
    background: Rectangle { color: Theme.background }

    SamenScrollView {
        id: scroller

        anchors.fill: parent
        contentWidth: availableWidth
        // At large text sizes the page scrolls instead of being cut off.
        contentHeight: column.implicitHeight + 2 * Theme.spacing

        ColumnLayout {
            id: column

            x: Theme.spacing
            y: Theme.spacing
            width: scroller.availableWidth - 2 * Theme.spacing
            spacing: Theme.spacing

            Label {
                wrapMode: Text.Wrap
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
            FieldLabel { text: qsTr("Text size") }
            SamenComboBox {
                objectName: "textSizeBox"
                Layout.preferredWidth: 260
                Layout.maximumWidth: column.width
                model: page.textSizes.map(t => t.name)
                currentIndex: Math.max(0, page.textSizes.findIndex(t => Math.abs(t.scale - DisplaySettings.textScale) < 0.01))
                Accessible.name: qsTr("Text size")
                onActivated: index => DisplaySettings.textScale = page.textSizes[index].scale
            }
            FieldLabel {
                objectName: "idleLabel"
                text: page.othersPlan ? qsTr("Lock Samen on this device when I do nothing for") : qsTr("Lock my plan when I do nothing for")
            }
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
                    Accessible.name: page.othersPlan ? qsTr("Minutes before Samen locks") : qsTr("Minutes before the plan locks")
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
                    wrapMode: Text.Wrap
                    text: qsTr("minutes")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
            }
            FieldLabel { text: qsTr("Case service") }
            Label {
                objectName: "serviceState"
                Layout.fillWidth: true
                text: page.inCaseload
                      ? qsTr("This plan comes to this device through your caseload's connection to the case service.")
                      : Session.plan && Session.plan.sync && Session.plan.sync.state !== "local"
                      ? (page.othersPlan ? qsTr("This plan is connected to a case service.") : qsTr("Your plan is connected to a case service."))
                      : (page.othersPlan ? qsTr("This plan is only on this device.") : qsTr("Your plan is only on this device."))
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Flow {
                // A caseload plan's connection is the caseload's (review 4, finding 25): nothing to connect here.
                visible: !page.inCaseload
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                SamenButton {
                    objectName: "connectButton"
                    // In the Flow: at most its width, so large text wraps.
                    width: Math.min(implicitWidth, parent.width)
                    text: qsTr("Connect to a case service")
                    primary: false
                    onClicked: page.connectRequested()
                }
                SamenButton {
                    objectName: "devicesButton"
                    // In the Flow: at most its width, so large text wraps.
                    width: Math.min(implicitWidth, parent.width)
                    text: qsTr("My devices")
                    primary: false
                    onClicked: page.devicesRequested()
                }
            }
            FieldLabel { text: page.othersPlan ? qsTr("This plan on this device") : qsTr("My data") }
            SamenButton {
                Layout.maximumWidth: column.width
                objectName: "myDataButton"
                text: page.othersPlan ? qsTr("See what this device keeps of this plan") : qsTr("See, take with you or erase my data")
                primary: false
                onClicked: page.myDataRequested()
            }
            SamenButton {
                Layout.maximumWidth: column.width
                objectName: "lockButton"
                text: page.othersPlan ? qsTr("Lock Samen now") : qsTr("Lock my plan now")
                primary: false
                onClicked: Session.lock()
            }
            Label {
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                text: qsTr("Samen %1").arg(AppInfo.version)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
    }
}
