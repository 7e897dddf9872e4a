import QtQuick
import QtQuick.Controls
import Samen

// A check box that screen readers, switch access and voice control can tick: in Qt 6.4 an
// AT-SPI "Toggle" or "Press" only flips `checked` (no toggled/clicked, so nothing is saved)
// unless handled here. Return ticks it as Space does.
CheckBox {
    id: box

    // What a click does: the state flips, then toggled and clicked, as the mouse would.
    function activate() {
        if (!enabled)
            return;
        toggle();
        toggled();
        clicked();
    }

    Accessible.onPressAction: activate()
    Accessible.onToggleAction: activate()
    Keys.onReturnPressed: activate()
    Keys.onEnterPressed: activate()

    // A long label wraps at large text instead of being cut short (Qt's CheckLabel elides).
    contentItem: Text {
        leftPadding: box.indicator && !box.mirrored ? box.indicator.width + box.spacing : 0
        rightPadding: box.indicator && box.mirrored ? box.indicator.width + box.spacing : 0
        text: box.text
        font: box.font
        color: box.enabled ? Theme.text : Theme.textMuted
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
