pragma Singleton
import QtQuick
import Samen.Core

// Words people read for the plan's status values (translated, from samen::statuswords: the CLI says the same).
QtObject {
    function goal(status) {
        return DisplayText.goalStatus(status);
    }
    function timeline(kind) {
        return DisplayText.timelineKind(kind);
    }
}
