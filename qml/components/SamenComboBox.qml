import QtQuick
import QtQuick.Controls
import Samen

// A drop-down list whose chosen text a screen reader reads as text, not as an unnamed
// text field (Qt's Basic style shows it in a read-only TextField without a name). A long
// choice at large text wraps onto a second line instead of being cut short.
ComboBox {
    id: box

    font.pixelSize: Theme.fontBody
    contentItem: Text {
        leftPadding: box.mirrored ? 0 : Theme.spacingSmall
        rightPadding: box.mirrored ? Theme.spacingSmall : 0
        text: box.displayText
        font: box.font
        color: box.enabled ? Theme.text : Theme.textMuted
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
