import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// Shown when the case service revoked this device (its plans were taken off it): the way
// back, a new enrolment code from the administrator (or a code or link made on another
// device of the professional's), and this device is connected again with its plans.
ColumnLayout {
    id: card

    property CaseloadController caseload: null

    // A part of the card took the focus or changed (the scroll view around it brings it in sight).
    signal fieldFocused(Item item)

    visible: caseload !== null && caseload.disconnected
    spacing: Theme.spacingSmall

    FieldLabel { text: qsTr("Connect this device again") }
    Label {
        Layout.fillWidth: true
        text: qsTr("Type the new enrolment code from your administrator, or a code or link made on another device of yours.")
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    SamenTextField {
        id: codeField

        objectName: "caseloadReconnectCode"
        Layout.fillWidth: true
        enabled: card.caseload !== null && !card.caseload.connecting
        accessibleName: qsTr("New enrolment code")
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        onAccepted: connectButton.clicked()
        onActiveFocusChanged: if (activeFocus) card.fieldFocused(codeField)
    }
    // Why connecting again did not work, beside the field (review 5, #2: it showed above, out of sight at 200 %).
    FieldError {
        id: connectError

        objectName: "caseloadReconnectError"
        Layout.fillWidth: true
        text: card.caseload && card.caseload.disconnected ? card.caseload.error : ""
        // Brought in sight once laid out (its height is known only then).
        onHeightChanged: if (connectError.text.length > 0) card.fieldFocused(connectError)
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        SamenButton {
            id: connectButton

            objectName: "caseloadReconnectButton"
            text: qsTr("Connect again")
            enabled: card.caseload !== null && !card.caseload.connecting
            Accessible.name: qsTr("Connect this device to the case service again")
            onClicked: card.caseload.connectAgain(codeField.text)
            onActiveFocusChanged: if (activeFocus) card.fieldFocused(connectButton)
        }
        BusyIndicator {
            running: card.caseload !== null && card.caseload.connecting
            visible: running
            Accessible.name: qsTr("Connecting…")
        }
    }
}
