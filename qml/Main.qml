import QtQuick
import QtQuick.Controls
import Samen
import Samen.Core

ApplicationWindow {
    id: window

    // Set by the screenshot tour to show one screen; empty in normal use.
    property string forcedScreen: ""
    property bool creating: false
    property bool joining: false
    property bool addingDevice: false
    property bool enrolling: false
    property bool importing: false
    property bool lockedForInactivity: false
    // What the tour puts back after a screen that changed the plan (ticked steps, a deleted step).
    property var afterScreen: null
    // The finders below follow the plan only once a screen was asked for: filled at start, they read
    // every goal of a large plan before the first frame (issue 18).
    property bool screensAsked: false

    // Shows one named screen (for the screenshot tour and tests).
    function showScreen(name) {
        screensAsked = true;
        if (afterScreen) {
            afterScreen();
            afterScreen = null;
        }
        forcedScreen = name === "welcome" || name === "unlock" || name === "join" || name === "device-add" || name === "enrol" ? name : "";
        if (Session.state !== Session.Unlocked || forcedScreen.length > 0)
            return;
        if (Session.caseload) {
            // A professional's device: the caseload alone, or with the first plan open.
            // The plan's Settings (what a caseload plan offers there), and its home with a notice above it.
            if (name === "caseload") {
                Session.caseload.closePlan();
            } else if (name.startsWith("caseload-plan") && Session.caseload.plans.count > 0) {
                Session.caseload.openPlan(Session.caseload.plans.get(0).id);
                const shell = content.item && content.item.planPane ? content.item.planPane.shell : null;
                if (shell)
                    shell.showSection(name === "caseload-plan-settings" ? "settings" : "home");
            }
            return;
        }
        const shell = content.item;
        switch (name) {
        case "home": shell.showSection("home"); break;
        case "domain": shell.openDomain(Session.plan.domains.get(0).key); break;
        case "goal": {
            shell.openDomain(Session.plan.domains.get(0).key);
            shell.openGoal(firstGoalId());
            break;
        }
        case "goal-edit": {
            // The goal's form open, its target date as day, month and year.
            shell.openDomain(Session.plan.domains.get(0).key);
            shell.openGoal(firstGoalId());
            shell.detailPage().startEditing();
            break;
        }
        case "goal-all-done": {
            // Every step ticked: the goal says so and offers "done"; unticked again afterwards.
            const open = openStepIds();
            open.forEach(id => Session.plan.completeStep(id));
            shell.openDomain(Session.plan.domains.get(0).key);
            shell.openGoal(firstGoalId());
            afterScreen = () => {
                open.forEach(id => Session.plan.uncompleteStep(id));
                Session.plan.dismissUndo();
                shell.celebration = "";
            };
            break;
        }
        case "goal-undo": {
            // A step deleted: "Step deleted. Undo"; undone afterwards.
            const open = openStepIds();
            shell.openDomain(Session.plan.domains.get(0).key);
            shell.openGoal(firstGoalId());
            if (open.length > 0 && Session.plan.deleteStep(open[open.length - 1]))
                afterScreen = () => Session.plan.undo();
            break;
        }
        case "progress": shell.showSection("progress"); break;
        case "timeline": shell.showSection("timeline"); break;
        case "settings": shell.showSection("settings"); break;
        case "people": shell.showSection("people"); break;
        case "connect": shell.showSection("connect"); break;
        case "invite": {
            // The form filled in and sent, so the code, link and QR code show.
            shell.showSection("invite");
            shell.sectionPage().fillExample();
            break;
        }
        case "consent": shell.openConsent(firstMemberAtService()); break;
        case "log": shell.showSection("log"); break;
        case "devices": {
            // With the code for the next device and its QR code showing.
            shell.showSection("devices");
            shell.sectionPage().devices.addDevice();
            break;
        }
        case "my-data": shell.showSection("mydata"); break;
        case "everything": shell.showSection("everything"); break;
        case "erase-confirm": {
            // The first of the two questions before erasing.
            shell.showSection("mydata");
            shell.sectionPage().askToErase();
            break;
        }
        case "refused": shell.openRefused(); break;
        case "professionals": shell.showSection("team"); break;
        case "professionals-handover": shell.showSection("handover"); break;
        case "meeting-plan": shell.showSection("meeting-plan"); break;
        case "meeting": shell.openMeeting(meetingWith("held")); break;
        case "meeting-next": shell.openMeeting(meetingWith("planned")); break;
        }
    }
    // The first person on the rings, for the consent screen.
    function firstMemberAtService() {
        return peopleFinder.count > 0 ? peopleFinder.get(0).id : "";
    }
    // The newest meeting with this status ("held": the last one, with its agreements).
    function meetingWith(status) {
        const found = meetingFinder.meetings.find(m => m.status === status);
        return found ? found.id : "";
    }
    function firstGoalId() {
        return goalFinder.count > 0 ? goalFinder.get(0).id : "";
    }
    // The first goal's steps not done yet.
    function openStepIds() {
        stepFinder.goalId = firstGoalId();
        const ids = [];
        for (let i = 0; i < stepFinder.count; ++i) {
            if (!stepFinder.get(i).done)
                ids.push(stepFinder.get(i).id);
        }
        return ids;
    }

    width: 1280
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Samen")
    color: Theme.background

    StepListModel {
        id: stepFinder

        plan: window.screensAsked ? Session.plan : null
    }
    PeopleModel {
        id: peopleFinder

        plan: window.screensAsked ? Session.plan : null
    }
    MeetingController {
        id: meetingFinder

        plan: window.screensAsked ? Session.plan : null
    }
    GoalListModel {
        id: goalFinder

        plan: window.screensAsked ? Session.plan : null
        domainKey: Session.plan && Session.plan.domains.count > 0 ? Session.plan.domains.get(0).key : ""
    }

    Connections {
        target: Session
        function onLockedForInactivity() { window.lockedForInactivity = true; }
        function onStateChanged() {
            if (Session.state === Session.Unlocked) {
                window.creating = false;
                window.joining = false;
                window.addingDevice = false;
                window.enrolling = false;
                window.importing = false;
                window.lockedForInactivity = false;
            }
        }
    }

    Loader {
        id: content

        anchors.fill: parent
        focus: true
        sourceComponent: {
            if (window.forcedScreen === "welcome")
                return welcome;
            if (window.forcedScreen === "unlock")
                return unlock;
            if (window.forcedScreen === "join")
                return join;
            if (window.forcedScreen === "device-add")
                return addDeviceComponent;
            if (window.forcedScreen === "enrol")
                return enrolComponent;
            switch (Session.state) {
            case Session.Welcome: return window.joining ? join : window.addingDevice ? addDeviceComponent : window.enrolling ? enrolComponent
                                                                                                                                   : window.importing ? importComponent
                                                                                                                                   : window.creating ? create : welcome;
            case Session.Locked: return unlock;
            case Session.Damaged: return damaged;
            case Session.NoPlan: return window.joining ? join : noPlan;
            }
            return Session.caseload ? caseloadComponent : shellComponent;
        }
    }

    Component {
        id: welcome

        WelcomePage {
            // A step a person takes leaves a screen the tour forced (the AT-SPI test presses these).
            onStartRequested: { window.forcedScreen = ""; window.creating = true; }
            onJoinRequested: { window.forcedScreen = ""; window.joining = true; }
            onDeviceRequested: { window.forcedScreen = ""; window.addingDevice = true; }
            onProfessionalRequested: { window.forcedScreen = ""; window.enrolling = true; }
            onImportRequested: { window.forcedScreen = ""; window.importing = true; }
        }
    }
    Component {
        id: importComponent

        ImportPlanPage {
            onBackRequested: window.importing = false
        }
    }
    Component {
        id: enrolComponent

        EnrolPage {
            onBackRequested: { window.forcedScreen = ""; window.enrolling = false; }
        }
    }
    Component {
        id: caseloadComponent

        CaseloadPage {}
    }
    Component {
        id: addDeviceComponent

        AddDevicePage {
            onBackRequested: { window.forcedScreen = ""; window.addingDevice = false; }
        }
    }
    Component {
        id: join

        JoinPage {
            onBackRequested: { window.forcedScreen = ""; window.joining = false; }
        }
    }
    Component {
        id: create

        CreatePlanPage {
            onBackRequested: window.creating = false
        }
    }
    Component {
        id: unlock

        UnlockPage {
            lockedForInactivity: window.lockedForInactivity
        }
    }
    Component {
        id: damaged

        DamagedPage {}
    }
    Component {
        id: noPlan

        NoPlanPage {
            onJoinRequested: window.joining = true
        }
    }
    Component {
        id: shellComponent

        AppShell {}
    }
}
