pragma Singleton
import QtQuick

// Words people read for the plan's status values (translated).
QtObject {
    function goal(status) {
        switch (status) {
        case "open": return qsTr("Not started");
        case "in-progress": return qsTr("Busy with it");
        case "done": return qsTr("Done");
        case "paused": return qsTr("On hold");
        }
        return status;
    }
    function timeline(kind) {
        switch (kind) {
        case "plan-created": return qsTr("Plan started");
        case "step-done": return qsTr("Step done");
        case "goal-done": return qsTr("Goal reached");
        case "assessment": return qsTr("Rated a life domain");
        case "member-added": return qsTr("Someone joined");
        case "coordinator-handover": return qsTr("New coordinator");
        case "note": return qsTr("Note");
        case "restored": return qsTr("Earlier text brought back");
        }
        return kind;
    }
}
