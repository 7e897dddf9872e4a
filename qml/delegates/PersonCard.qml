import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// One person who helps: name, role and organisation, the domains they work on, phone and
// e-mail as links, since when, their open steps and agreements. `collapsed`: one line that
// opens to the details (the view of four or more professionals); `former`: their period.
Rectangle {
    id: card

    required property var person
    property bool collapsible: false
    property bool expanded: !collapsible
    property bool former: false
    property bool coordinator: false

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: coordinator ? Theme.selected : Theme.surface
    border.color: coordinator ? Theme.accent : Theme.border

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        // The one line of the compact view: Enter or Space opens the details.
        SamenButton {
            objectName: "expand_" + card.person.id
            Layout.fillWidth: true
            Layout.maximumWidth: Infinity
            visible: card.collapsible
            primary: false
            text: (card.expanded ? "▾ " : "▸ ") + card.person.summary
            Accessible.name: qsTr("%1, %2. %3").arg(card.person.summary).arg(card.person.openText)
                             .arg(card.expanded ? qsTr("Details shown") : qsTr("Show details"))
            onClicked: card.expanded = !card.expanded
        }
        Label {
            Layout.fillWidth: true
            visible: !card.collapsible
            text: card.person.name || ""
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignLeft // the app's side, not the name's script's
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            visible: !card.collapsible
            text: card.person.roleText || ""
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
        ColumnLayout {
            Layout.fillWidth: true
            visible: card.expanded
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: card.person.domainsText ? qsTr("Works on: %1").arg(card.person.domainsText) : ""
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: (card.former ? card.person.periodText : card.person.sinceText) || ""
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                visible: !card.former && ((card.person.phoneLink || "").length > 0 || (card.person.emailLink || "").length > 0)

                SamenButton {
                    objectName: "phone_" + card.person.id
                    // At most as wide as the card: a long address wraps at large text (a Flow does not limit it).
                    width: Math.min(implicitWidth, card.width - 2 * Theme.spacing)
                    visible: (card.person.phoneLink || "").length > 0
                    primary: false
                    text: qsTr("Call %1").arg(card.person.phone)
                    Accessible.name: qsTr("Call %1 on %2").arg(DisplayText.isolate(card.person.name)).arg(card.person.phone)
                    onClicked: Qt.openUrlExternally(card.person.phoneLink)
                }
                SamenButton {
                    objectName: "email_" + card.person.id
                    // At most as wide as the card: a long address wraps at large text (a Flow does not limit it).
                    width: Math.min(implicitWidth, card.width - 2 * Theme.spacing)
                    visible: (card.person.emailLink || "").length > 0
                    primary: false
                    // The address breaks at its "@" and dots only, never in the middle of a name (a phone at 200 %).
                    text: qsTr("E-mail %1").arg(DisplayText.breakable(card.person.email))
                    Accessible.name: qsTr("E-mail %1 at %2").arg(DisplayText.isolate(card.person.name)).arg(card.person.email)
                    onClicked: Qt.openUrlExternally(card.person.emailLink)
                }
            }
            Label {
                Layout.fillWidth: true
                visible: !card.former
                text: card.person.openText || ""
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Repeater {
                model: card.former ? [] : card.person.openSteps || []

                delegate: Label {
                    required property var modelData

                    Layout.fillWidth: true
                    text: qsTr("Step: %1 (%2)").arg(DisplayText.isolate(modelData.title)).arg(modelData.domainLabel)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
            Repeater {
                model: card.former ? [] : card.person.openAgreements || []

                delegate: Label {
                    required property var modelData

                    Layout.fillWidth: true
                    text: qsTr("Agreement: %1 (%2)").arg(DisplayText.isolate(modelData.what)).arg(modelData.domainLabel)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
