import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen

// The notices above a page (a message, a small success, "Undo"), one under the other. They never take more
// than maxHeight, so the page under them keeps its room at every text size: at 200 % on a phone a long notice
// above a caseload plan pushed the plan out of reach (review 4, R4-19). A longer notice scrolls here, in its own
// area, with its OK button; the page scrolls as before. Nothing shown: no height at all (not `visible: false`: the
// notices in it would count as hidden too, and the area would never show again).
SamenScrollView {
    id: area

    // The notices, each a Banner or UndoBar that shows itself when it has something to say.
    default property alias notices: column.data
    // At most this high (the page keeps the rest).
    property real maxHeight: Theme.fontBody * 8

    implicitHeight: Math.min(column.implicitHeight, maxHeight)
    contentWidth: availableWidth
    contentHeight: column.implicitHeight
    clip: true
    // A bar only while the notices are longer than the area (none at all while there is no notice).
    ScrollBar.horizontal.policy: ScrollBar.AlwaysOff
    ScrollBar.vertical.policy: column.implicitHeight > maxHeight + 0.5 ? ScrollBar.AsNeeded : ScrollBar.AlwaysOff

    ColumnLayout {
        id: column

        width: area.availableWidth
        spacing: 0
    }
}
