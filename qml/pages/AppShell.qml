import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// The unlocked app. Phone: one column with a bar at the bottom.
// Desktop: a menu at the side and two panes (list and details).
Item {
    id: shell

    readonly property bool wide: width >= Theme.phoneMaxWidth
    property string section: "home"
    property string celebration: ""
    // Connect and Devices are reached from Settings: the menu shows Settings for them.
    readonly property string navSection: section === "connect" || section === "devices" || section === "mydata" || section === "everything" ? "settings"
                                         : section === "invite" || section === "consent" || section === "log" || section === "team"
                                           || section === "handover" || section === "meeting-plan" || section === "meeting" ? "people" : section
    // The member the consent page is about.
    property string consentMemberId: ""
    // The meeting the meeting page shows.
    property string meetingId: ""

    function showSection(key) {
        section = key;
        detail.clear();
        // On a wide screen the second pane shows the most important domain at once.
        if (key === "home" && wide && Session.plan && !Session.plan.waitingToJoin && Session.plan.domains.count > 0)
            detail.push(domainPage, { domainKey: Session.plan.domains.get(0).key });
    }
    function openDomain(key) {
        section = "home";
        detail.clear();
        detail.push(domainPage, { domainKey: key });
    }
    function openGoal(goalId) {
        detail.push(goalPage, { goalId: goalId });
    }
    // StackView.pop() leaves the last page in place; going back from it shows the section again.
    function back() {
        if (detail.depth > 1)
            detail.pop();
        else
            detail.clear();
    }
    // The page on top of the details (a goal): the screenshot tour reaches into it.
    function detailPage() {
        return detail.currentItem;
    }
    // The page the section shows (the screenshot tour and tests reach into it).
    function sectionPage() {
        return sectionLoader.item;
    }
    function openConsent(memberId) {
        consentMemberId = memberId;
        showSection("consent");
    }
    function openMeeting(id) {
        meetingId = id;
        showSection("meeting");
    }
    function openRefused() {
        section = "home";
        detail.clear();
        detail.push(refusedPage);
    }

    Component.onCompleted: showSection(section)

    // Shortcuts to the main places, in the menu's order (docs/accessibility.md).
    Shortcut {
        sequences: ["Ctrl+1"]
        onActivated: shell.showSection("home")
    }
    Shortcut {
        sequences: ["Ctrl+2"]
        onActivated: shell.showSection("people")
    }
    Shortcut {
        sequences: ["Ctrl+3"]
        onActivated: shell.showSection("progress")
    }
    Shortcut {
        sequences: ["Ctrl+4"]
        onActivated: shell.showSection("timeline")
    }
    Shortcut {
        sequences: ["Ctrl+5"]
        onActivated: shell.showSection("settings")
    }

    Connections {
        target: Session.plan
        function onStepCompleted(title) {
            shell.celebration = qsTr("Well done! \"%1\" is done. Every small step counts.").arg(DisplayText.isolate(title));
            celebrationTimer.restart();
        }
    }
    Timer {
        id: celebrationTimer

        interval: 6000
        onTriggered: shell.celebration = ""
    }

    Component {
        id: domainPage

        DomainPage {
            showBack: !shell.wide || detail.depth > 1
            onBackRequested: shell.back()
            onGoalOpened: goalId => shell.openGoal(goalId)
        }
    }
    Component {
        id: refusedPage

        RefusedChangesPage {
            objectName: "refusedChangesPage"
            showBack: !shell.wide || detail.depth > 1
            onBackRequested: shell.back()
        }
    }
    Component {
        id: goalPage

        GoalPage {
            onBackRequested: shell.back()
            onConsentRequested: memberId => shell.openConsent(memberId)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // At most a third of the height: the page below stays in reach at every text size (review 4, R4-19).
        NoticeArea {
            objectName: "shellNotices"
            Layout.fillWidth: true
            maxHeight: shell.height / 3

            Banner {
                objectName: "withdrawalNotice"
                Layout.fillWidth: true
                Layout.margins: Theme.spacingSmall
                text: Session.plan && Session.plan.sync ? Session.plan.sync.withdrawalNotice : ""
                onDismissed: Session.plan.sync.dismissWithdrawalNotice()
            }
            // What a repair did, once the plan shows again (Session::repair).
            Banner {
                objectName: "repairNotice"
                Layout.fillWidth: true
                Layout.margins: Theme.spacingSmall
                positive: true
                text: Session.repairNotice
                onDismissed: Session.dismissRepairNotice()
            }
            Banner {
                objectName: "celebration"
                Layout.fillWidth: true
                Layout.margins: Theme.spacingSmall
                positive: true
                text: shell.celebration
                onDismissed: shell.celebration = ""
            }
            // "Goal deleted. Undo" after a change that can be undone.
            UndoBar {
                Layout.fillWidth: true
                Layout.margins: Theme.spacingSmall
            }
        }
        // On a phone the menu sits at the bottom but comes first after the notices in Tab order, as the side
        // menu does on a desktop: a person with a keyboard reaches the main places in a few presses, not after
        // every control of the page (docs/accessibility.md).
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            NavBar {
                id: bottomNav

                objectName: "bottomNav"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                visible: !shell.wide
                current: shell.navSection
                onSelected: key => shell.showSection(key)
            }
            ColumnLayout {
                anchors.fill: parent
                anchors.bottomMargin: bottomNav.visible ? bottomNav.height : 0
                spacing: 0

                // In an Item of its own, the RowLayout lays itself out whenever a part appears or goes; nested in the column
                // it was only laid out when resized, and a resize before it took in the details coming into view left them
                // where they were (a caseload plan's notice at once: docs/accessibility.md, issue 14).
                Item {
                    Layout.fillWidth: true
                    Layout.fillHeight: true

                    RowLayout {
                        anchors.fill: parent
                        spacing: 0

                        NavBar {
                            Layout.fillHeight: true
                            visible: shell.wide
                            vertical: true
                            current: shell.navSection
                            onSelected: key => shell.showSection(key)
                        }
                        Loader {
                            id: sectionLoader

                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: shell.wide ? 1 : -1
                            visible: shell.wide || detail.depth === 0
                            sourceComponent: {
                                switch (shell.section) {
                                case "progress": return progressComponent;
                                case "timeline": return timelineComponent;
                                case "settings": return settingsComponent;
                                case "people": return peopleComponent;
                                case "connect": return connectComponent;
                                case "devices": return devicesComponent;
                                case "mydata": return myDataComponent;
                                case "everything": return everythingComponent;
                                case "invite": return inviteComponent;
                                case "consent": return consentComponent;
                                case "log": return logComponent;
                                case "team": return teamComponent;
                                case "handover": return handoverComponent;
                                case "meeting-plan": return planMeetingComponent;
                                case "meeting": return meetingComponent;
                                }
                                return homeComponent;
                            }
                        }
                        Rectangle {
                            visible: shell.wide && shell.section === "home"
                            Layout.fillHeight: true
                            implicitWidth: 1
                            color: Theme.border
                        }
                        StackView {
                            id: detail

                            objectName: "detailStack"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: shell.wide ? 1 : -1
                            visible: shell.wide ? shell.section === "home" : depth > 0
                            clip: true

                            Label {
                                anchors.centerIn: parent
                                width: parent.width - 2 * Theme.spacingLarge
                                visible: detail.depth === 0
                                objectName: "chooseDomainText"
                                // A member reads the owner's goals, not their own (review 6, #4).
                                text: !Session.plan || Session.plan.isOwner ? qsTr("Choose a life domain to see how it is going and your goals.")
                                    : qsTr("Choose a life domain to see how it is going and the goals of %1.").arg(Session.plan.ownerInText)
                                font.pixelSize: Theme.fontBody
                                color: Theme.textMuted
                                wrapMode: Text.Wrap
                                horizontalAlignment: Text.AlignHCenter
                            }
                        }
                    }
                }
                SyncStatusLine {
                    Layout.fillWidth: true
                    status: Session.plan ? Session.plan.sync : null
                    offerRefused: !(detail.visible && detail.currentItem && detail.currentItem.objectName === "refusedChangesPage")
                    onRefusedRequested: shell.openRefused()
                    offerConnect: Session.plan !== null && Session.plan.isOwner
                    onConnectRequested: shell.showSection("connect")
                }
            }
        }
    }

    Component {
        id: homeComponent

        PlanHomePage {
            // The domain page beside the list (not a goal opened from it): pressing its card again changes nothing.
            openKey: shell.wide && detail.depth === 1 && detail.currentItem && detail.currentItem.domainKey !== undefined
                     ? detail.currentItem.domainKey : ""
            onDomainOpened: key => shell.openDomain(key)
            onTeamRequested: shell.showSection("team")
            onMeetingOpened: id => shell.openMeeting(id)
            onPlanMeetingRequested: shell.showSection("meeting-plan")
        }
    }
    Component {
        id: progressComponent

        ProgressPage {}
    }
    Component {
        id: timelineComponent

        TimelinePage {}
    }
    Component {
        id: settingsComponent

        SettingsPage {
            onConnectRequested: shell.showSection("connect")
            onDevicesRequested: shell.showSection("devices")
            onMyDataRequested: shell.showSection("mydata")
        }
    }
    Component {
        id: myDataComponent

        MyDataPage {
            objectName: "myDataPage"
            onBackRequested: shell.showSection("settings")
            onEverythingRequested: shell.showSection("everything")
        }
    }
    Component {
        id: everythingComponent

        SeeEverythingPage {
            objectName: "seeEverythingPage"
            onBackRequested: shell.showSection("mydata")
        }
    }
    Component {
        id: peopleComponent

        PeoplePage {
            onInviteRequested: shell.showSection("invite")
            onConsentRequested: memberId => shell.openConsent(memberId)
            onLogRequested: shell.showSection("log")
            onConnectRequested: shell.showSection("connect")
            onTeamRequested: shell.showSection("team")
        }
    }
    Component {
        id: teamComponent

        ProfessionalsPage {
            objectName: "professionalsPage"
            onBackRequested: shell.showSection("home")
            onHandoverRequested: shell.showSection("handover")
            onMeetingOpened: id => shell.openMeeting(id)
            onPlanMeetingRequested: shell.showSection("meeting-plan")
        }
    }
    Component {
        id: handoverComponent

        HandoverPage {
            objectName: "handoverPage"
            onBackRequested: shell.showSection("team")
        }
    }
    Component {
        id: planMeetingComponent

        PlanMeetingPage {
            objectName: "planMeetingPage"
            onBackRequested: shell.showSection("team")
            onMeetingPlanned: id => shell.openMeeting(id)
        }
    }
    Component {
        id: meetingComponent

        MeetingPage {
            objectName: "meetingPage"
            meetingId: shell.meetingId
            onBackRequested: shell.showSection("team")
            onMeetingOpened: id => shell.openMeeting(id)
        }
    }
    Component {
        id: inviteComponent

        InvitePage {
            objectName: "invitePage"
            onBackRequested: shell.showSection("people")
        }
    }
    Component {
        id: consentComponent

        ConsentPage {
            objectName: "consentPage"
            memberId: shell.consentMemberId
            onBackRequested: shell.showSection("people")
        }
    }
    Component {
        id: logComponent

        AccessLogPage {
            objectName: "accessLogPage"
            onBackRequested: shell.showSection("people")
        }
    }
    Component {
        id: connectComponent

        ConnectPage {
            objectName: "connectPage"
            onBackRequested: shell.showSection("settings")
            onDevicesRequested: shell.showSection("devices")
        }
    }
    Component {
        id: devicesComponent

        DevicesPage {
            objectName: "devicesPage"
            onBackRequested: shell.showSection("settings")
            onConnectRequested: shell.showSection("connect")
        }
    }
}
