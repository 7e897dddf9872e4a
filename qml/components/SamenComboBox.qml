import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// A drop-down list whose chosen text a screen reader reads as text, not as an unnamed
// text field (Qt's Basic style shows it in a read-only TextField without a name). A long
// choice at large text wraps onto a second line instead of being cut short, and between words
// only: the list is never narrower than the longest word of the text it shows (issue 14).
ComboBox {
    id: box

    // The longest word of the text shown, in pixels; that text may be none of the choices ("All steps done").
    readonly property real longestWord: DisplayText.widestWord(box.displayText, box.font)

    font.pixelSize: Theme.fontBody
    // The space before the text is the box's, not the text's: ComboBox.WidestText measures the widest choice for the
    // text itself, and a text padding of its own left it too narrow ("december" was broken in two at 200 %).
    leftPadding: padding + (mirrored ? indicator.width + spacing : Theme.spacingSmall)
    rightPadding: padding + (mirrored ? Theme.spacingSmall : indicator.width + spacing)
    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            Math.max(implicitContentWidth, longestWord) + leftPadding + rightPadding)
    Layout.minimumWidth: longestWord + leftPadding + rightPadding

    contentItem: Text {
        text: box.displayText
        font: box.font
        color: box.enabled ? Theme.text : Theme.textMuted
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
