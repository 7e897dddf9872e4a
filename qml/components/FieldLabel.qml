import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen

// A label above a form field; in a layout it takes the layout's width, so large text wraps.
Label {
    Layout.fillWidth: true
    font.pixelSize: Theme.fontBody
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
}
