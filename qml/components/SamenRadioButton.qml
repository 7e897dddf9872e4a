import QtQuick
import QtQuick.Controls
import Samen

// A radio button that screen readers, switch access and voice control can choose: in Qt 6.4
// an AT-SPI "Press" or "Toggle" is ignored (or only flips `checked`, which can even
// un-choose it) unless handled here. Return chooses it as Space does.
RadioButton {
    id: radio

    // What a click does: chosen (never un-chosen), then toggled and clicked, as the mouse would.
    function activate() {
        if (!enabled)
            return;
        if (!checked) {
            checked = true;
            toggled();
        }
        clicked();
    }

    Accessible.onPressAction: activate()
    Accessible.onToggleAction: activate()
    Keys.onReturnPressed: activate()
    Keys.onEnterPressed: activate()

    // A long label wraps at large text instead of being cut short (Qt's CheckLabel elides).
    contentItem: Text {
        leftPadding: radio.indicator && !radio.mirrored ? radio.indicator.width + radio.spacing : 0
        rightPadding: radio.indicator && radio.mirrored ? radio.indicator.width + radio.spacing : 0
        text: radio.text
        font: radio.font
        color: radio.enabled ? Theme.text : Theme.textMuted
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
