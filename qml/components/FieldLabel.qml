import QtQuick
import QtQuick.Controls
import Samen

// A label above a form field.
Label {
    font.pixelSize: Theme.fontBody
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
}
