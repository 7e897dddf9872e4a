import QtQuick
import QtQuick.Controls
import Samen

// What is wrong with the field just above it, in plain words; hidden when nothing is.
Label {
    visible: text.length > 0
    font.pixelSize: Theme.fontBody
    color: Theme.danger
    wrapMode: Text.Wrap
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
