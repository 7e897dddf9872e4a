import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// An easy day and time picker: the chosen day in words, buttons to move it by a day
// or a week or to jump 2, 4 or 6 weeks ahead, and the start time from a short list.
// Works by keyboard (Tab, Space) and reads aloud as "Day: Tuesday 15 December 2026".
ColumnLayout {
    id: picker

    // "YYYY-MM-DD" and "HH:mm", in local time.
    property string date: DateChoice.shift(DateChoice.today(), 14)
    property string time: "10:00"

    spacing: Theme.spacingSmall

    Label {
        objectName: "chosenDay"
        Layout.fillWidth: true
        text: qsTr("%1 (%2)").arg(DateChoice.label(picker.date)).arg(DateChoice.distance(picker.date))
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Day: %1").arg(text)
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        SamenButton {
            objectName: "dayEarlier"
            text: qsTr("A day earlier")
            primary: false
            enabled: picker.date > DateChoice.today()
            onClicked: picker.date = DateChoice.shift(picker.date, -1)
        }
        SamenButton {
            objectName: "dayLater"
            text: qsTr("A day later")
            primary: false
            onClicked: picker.date = DateChoice.shift(picker.date, 1)
        }
        SamenButton {
            objectName: "weekEarlier"
            text: qsTr("A week earlier")
            primary: false
            enabled: DateChoice.shift(picker.date, -7) >= DateChoice.today()
            onClicked: picker.date = DateChoice.shift(picker.date, -7)
        }
        SamenButton {
            objectName: "weekLater"
            text: qsTr("A week later")
            primary: false
            onClicked: picker.date = DateChoice.shift(picker.date, 7)
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        Repeater {
            model: [2, 4, 6]

            delegate: SamenButton {
                required property int modelData

                // The day it would choose is the chosen day: shown filled and told as selected.
                readonly property bool chosen: picker.date === DateChoice.shift(DateChoice.today(), 7 * modelData)

                objectName: "inWeeks_" + modelData
                text: qsTr("In %n week(s)", "", modelData)
                primary: chosen
                Accessible.selected: chosen
                onClicked: picker.date = DateChoice.shift(DateChoice.today(), 7 * modelData)
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        Label {
            wrapMode: Text.Wrap
            text: qsTr("Time")
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        SamenComboBox {
            id: timeBox

            objectName: "timeBox"
            model: DateChoice.times()
            currentIndex: Math.max(0, model.indexOf(picker.time))
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Start time: %1").arg(currentText)
            onActivated: picker.time = currentText
        }
    }
}
