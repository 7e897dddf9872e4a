import QtQuick
import Samen

// Buttons side by side that go on to a next row when the row is full. Each is as wide as its text on one line where
// there is room, and never wider than the row: its text wraps instead. A plain Flow leaves a child as wide as it likes,
// so at 200 % on a phone a button ran past the screen's edge, cut off (review 6, #18: My data).
Flow {
    id: flow

    // Each child, also one shown later, is held to the row's width.
    function fit() {
        for (let i = 0; i < children.length; ++i) {
            const child = children[i];
            child.width = Qt.binding(() => Math.min(child.implicitWidth, flow.width));
        }
    }

    spacing: Theme.spacingSmall
    onChildrenChanged: fit()
    Component.onCompleted: fit()
}
