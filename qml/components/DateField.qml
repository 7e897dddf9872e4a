import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// A date chosen, never typed: its label above, then day, month and year as three
// drop-down lists (arrow keys change them; a screen reader reads "Day: 31"), and what
// is wrong with it right below. An optional date is off until "Choose a date" is ticked.
// 31 in a shorter month becomes the month's last day.
ColumnLayout {
    id: field

    /** What the date is for, shown above it ("By when?"). */
    property string label
    /** "YYYY-MM-DD", or "" for no date. */
    property string date: ""
    /** True: the person may leave it without a date. */
    property bool optional: true
    /** A plain sentence about what is wrong, shown next to the field; "" when nothing is. */
    property string error: ""
    /** The day offered first when a date is chosen. */
    property string defaultDate: DateChoice.shift(DateChoice.today(), 14)
    readonly property var chosen: DateChoice.parts(date)
    readonly property int firstYear: Math.min(Number(DateChoice.today().substring(0, 4)), chosen.length > 0 ? chosen[0] : 9999)

    function pick(year, month, day) {
        date = DateChoice.compose(year, month, day);
    }

    spacing: Theme.spacingSmall / 2
    Component.onCompleted: if (!optional && date.length === 0) date = defaultDate
    onDateChanged: chooseBox.checked = date.length > 0

    FieldLabel {
        Layout.fillWidth: true
        text: field.label
    }
    SamenCheckBox {
        id: chooseBox

        objectName: field.objectName + "_choose"
        visible: field.optional
        checked: field.date.length > 0
        text: qsTr("Choose a date")
        font.pixelSize: Theme.fontBody
        Accessible.name: qsTr("Choose a date: %1").arg(field.label)
        onClicked: field.date = checked ? field.defaultDate : ""
    }
    Flow {
        Layout.fillWidth: true
        visible: field.chosen.length === 3
        spacing: Theme.spacingSmall

        SamenComboBox {
            objectName: field.objectName + "_day"
            // Always 1 to 31, so the list never resets under the person's hand; a day the
            // month does not have becomes its last day (DateChoice.compose).
            model: Array.from({ length: 31 }, (_, i) => String(i + 1))
            currentIndex: field.chosen.length === 3 ? field.chosen[2] - 1 : -1
            implicitContentWidthPolicy: ComboBox.WidestText
            Accessible.name: qsTr("%1, day: %2").arg(field.label).arg(currentText)
            onActivated: index => field.pick(field.chosen[0], field.chosen[1], index + 1)
        }
        SamenComboBox {
            objectName: field.objectName + "_month"
            model: DateChoice.monthNames()
            currentIndex: field.chosen.length === 3 ? field.chosen[1] - 1 : -1
            implicitContentWidthPolicy: ComboBox.WidestText
            Accessible.name: qsTr("%1, month: %2").arg(field.label).arg(currentText)
            onActivated: index => field.pick(field.chosen[0], index + 1, field.chosen[2])
        }
        SamenComboBox {
            objectName: field.objectName + "_year"
            model: Array.from({ length: 11 }, (_, i) => String(field.firstYear + i))
            currentIndex: field.chosen.length === 3 ? field.chosen[0] - field.firstYear : -1
            implicitContentWidthPolicy: ComboBox.WidestText
            Accessible.name: qsTr("%1, year: %2").arg(field.label).arg(currentText)
            onActivated: index => field.pick(field.firstYear + index, field.chosen[1], field.chosen[2])
        }
    }
    Label {
        objectName: field.objectName + "_error"
        Layout.fillWidth: true
        visible: field.error.length > 0
        text: field.error
        font.pixelSize: Theme.fontBody
        color: Theme.danger
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
