import QtQuick
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// Issue 13 in the app, on Robin's demo plan in a real encrypted store: everyone who helps in
// one view (reached from the plan home and the People page), handing the coordination over
// with a note, planning a meeting (Robin always invited, the top three domains on the
// agenda), recording it with agreements that show in the meeting, on their domain and on the
// person, looking back on an agreement, and planning the suggested next meeting in one step.
TestCase {
    id: testCase

    name: "Team"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    Component {
        id: shellComponent

        AppShell {
            anchors.fill: parent
        }
    }
    TeamController {
        id: team

        plan: Session.plan
    }
    MeetingController {
        id: meetings

        plan: Session.plan
    }
    AgreementController {
        id: agreements

        plan: Session.plan
    }

    function initTestCase() {
        verify(Session.createDemoPlan("team-qml-1"), Session.error);
    }

    function shellAt(width, height) {
        testCase.width = width;
        testCase.height = height;
        const shell = createTemporaryObject(shellComponent, testCase);
        waitForRendering(shell);
        return shell;
    }

    function indexWhere(list, test) {
        for (let i = 0; i < list.length; ++i)
            if (test(list[i]))
                return i;
        return -1;
    }

    function test_a_the_professionals_view_from_home_and_people_data() {
        return [{ tag: "phone", width: 390, height: 844 }, { tag: "desktop", width: 1280, height: 800 }];
    }
    function test_a_the_professionals_view_from_home_and_people(data) {
        const shell = shellAt(data.width, data.height);
        shell.showSection("home");
        waitForRendering(shell);
        const fromHome = findChild(shell, "teamButton");
        verify(fromHome.visible && fromHome.text.indexOf("André") >= 0, fromHome.text);
        fromHome.clicked();
        compare(shell.section, "team");
        waitForRendering(shell);
        const page = shell.sectionPage();
        // The coordinator first: André, with his organisation and the domains he works on.
        const coordinator = findChild(page, "coordinatorCard");
        verify(coordinator.visible);
        compare(page.team.coordinator.name, "André");
        verify(page.team.coordinator.roleText.length > 0);
        verify(page.team.coordinator.domainsText.length > 0, "André's domains in words");
        // Samira, the benefits adviser, with her phone number as a link.
        const samira = page.team.professionals[indexWhere(page.team.professionals, p => p.name === "Samira")];
        verify(samira !== undefined, "Samira is among the professionals");
        verify(samira.phoneLink.indexOf("tel:") === 0, samira.phoneLink);
        const call = findChild(page, "phone_" + samira.id);
        verify(call.visible && call.Accessible.name.indexOf("Samira") >= 0, call.Accessible.name);
        verify(indexWhere(page.team.professionals, p => p.kind !== "professional") < 0, "only professionals in the list");
        // The coordinators so far: Robin from the start, then André, newest first.
        compare(page.team.history[0].name, "André");
        verify(page.team.history[0].periodText.length > 0);
        compare(page.team.history[page.team.history.length - 1].name, "Robin");
        verify(page.meetings.meetings.length >= 2, "the demo plan's last and next meetings");

        shell.showSection("people");
        waitForRendering(shell);
        findChild(shell.sectionPage(), "teamButton").clicked();
        compare(shell.section, "team");
    }

    function test_b_a_handover_needs_a_note_says_what_it_means_and_is_kept() {
        const shell = shellAt(390, 844);
        shell.showSection("handover");
        waitForRendering(shell);
        const page = shell.sectionPage();
        const ellen = indexWhere(page.team.candidates, c => c.name === "Ellen");
        verify(ellen >= 0, "Ellen (network) may coordinate");
        compare(page.team.candidates[0].group, "self", "the owner first: I do it myself");
        const andre = indexWhere(page.team.candidates, c => c.name === "André");
        verify(!findChild(page, "candidate_" + andre).enabled, "André coordinates now");
        const choice = findChild(page, "candidate_" + ellen);
        choice.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        verify(choice.checked);
        const confirm = findChild(page, "confirmHandover");
        // Without a note: refused in words, nothing changes.
        findChild(page, "handOverButton").clicked();
        tryVerify(() => confirm.opened);
        verify(confirm.question.indexOf("Ellen") >= 0, confirm.question);
        verify(confirm.explanation.indexOf("André") >= 0 && confirm.explanation.indexOf("stays in your plan") >= 0, confirm.explanation);
        findChild(confirm.contentItem, "confirmButton").clicked();
        verify(findChild(page, "handoverError").visible);
        compare(Session.plan.coordinatorName, "André");

        findChild(page, "handoverNote").text = "Ellen sees Robin every day; the meetings are at work now.";
        findChild(page, "handOverButton").clicked();
        tryVerify(() => confirm.opened);
        findChild(confirm.contentItem, "confirmButton").clicked();
        verify(findChild(page, "handoverNotice").text.indexOf("Ellen") >= 0, findChild(page, "handoverNotice").text);
        compare(Session.plan.coordinatorName, "Ellen");
        compare(page.team.history[0].name, "Ellen");
        compare(page.team.history[0].note, "Ellen sees Robin every day; the meetings are at work now.");
        compare(page.team.history[1].name, "André");
        verify(page.team.history[1].until !== undefined && page.team.history[1].until.length > 0, "André's period ended");
        compare(Session.plan.timeline.get(0).kind, "coordinator-handover");
        // Ellen (a network member) is the coordinator now: first in the view.
        compare(team.coordinator.name, "Ellen");
    }

    function test_c_planning_a_meeting_always_invites_the_citizen_and_starts_from_the_top_three() {
        const shell = shellAt(390, 844);
        shell.showSection("meeting-plan");
        waitForRendering(shell);
        const page = shell.sectionPage();
        const before = meetings.meetings.length;
        const owner = indexWhere(page.meetings.participantChoices, p => p.fixed);
        verify(owner >= 0);
        compare(page.meetings.participantChoices[owner].name, "Robin");
        const robin = findChild(page, "participant_" + owner);
        verify(robin.checked);
        robin.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        verify(robin.checked, "Robin cannot be left out");
        for (const key of ["money", "social", "work"])
            verify(findChild(page, "agenda_" + key).checked, key + " is on the agenda");
        verify(!findChild(page, "agenda_housing").checked);
        const samira = indexWhere(page.meetings.participantChoices, p => p.name === "Samira");
        findChild(page, "participant_" + samira).toggle();
        findChild(page, "participant_" + samira).toggled();
        findChild(page, "pointField").text = "The letter from the tax office";
        findChild(page, "addPointButton").clicked();
        findChild(page, "inWeeks_4").clicked();
        const picker = findChild(page, "meetingWhen");
        compare(picker.date, DateChoice.shift(DateChoice.today(), 28));
        // A video link that is not https: refused in words, nothing stored.
        findChild(page, "meetingVideoLink").text = "http://meet.example/robin";
        findChild(page, "planButton").clicked();
        verify(findChild(page, "planMeetingError").visible);
        compare(meetings.meetings.length, before);

        findChild(page, "meetingVideoLink").text = "https://meet.example/robin";
        findChild(page, "meetingPlace").text = "Neighbourhood centre";
        findChild(page, "planButton").clicked();
        compare(shell.section, "meeting");
        compare(meetings.meetings.length, before + 1);
        const meeting = meetings.meeting(shell.meetingId);
        compare(meeting.status, "planned");
        const names = meeting.participants.map(p => p.name);
        verify(names.indexOf("Robin") >= 0 && names.indexOf("Samira") >= 0, names.join(", "));
        compare(meeting.agendaLabels.length, 4);
        compare(meeting.agendaLabels[3], "The letter from the tax office");
        waitForRendering(shell);
        verify(findChild(shell.sectionPage(), "videoLinkButton").visible);
    }

    function test_d_recording_a_meeting_and_its_agreements_and_the_next_one_in_one_step() {
        const shell = shellAt(1280, 800);
        // The meeting planned four weeks ahead cannot be marked held yet: the page says when it can.
        const ahead = meetings.meetings.find(m => m.place === "Neighbourhood centre");
        shell.openMeeting(ahead.id);
        waitForRendering(shell);
        verify(!findChild(shell.sectionPage(), "recordButton").visible, "a meeting still to come cannot be marked held");
        verify(findChild(shell.sectionPage(), "recordLater").visible);
        // One that begins within the minute (a picker's whole minute counts as now): planned, then recorded.
        const soon = new Date(Date.now() + 60000);
        const soonId = meetings.planMeeting({ title: ahead.title, date: Qt.formatDate(soon, "yyyy-MM-dd"), time: Qt.formatTime(soon, "HH:mm"),
                                              place: "Neighbourhood centre", participantIds: ahead.participants.map(p => p.id) });
        verify(soonId.length > 0, meetings.error);
        const ours = meetings.meeting(soonId);
        // The others are cancelled, so after this one nothing is planned yet.
        for (const m of meetings.meetings)
            if (m.status === "planned" && m.id !== ours.id)
                verify(meetings.cancel(m.id), meetings.error);
        shell.openMeeting(ours.id);
        waitForRendering(shell);
        const page = shell.sectionPage();
        compare(page.meeting.title, ours.title);
        findChild(page, "meetingNotes").text = "We went through the letters. Samira checks the benefit.";
        findChild(page, "recordButton").clicked();
        compare(page.meeting.status, "held");
        verify(findChild(page, "notesText").visible);

        // An agreement: without what, refused; then for Samira in Money, looked back on in 10 days.
        findChild(page, "addAgreementButton").clicked();
        const dialog = findChild(page, "agreementDialog");
        tryVerify(() => dialog.opened);
        findChild(dialog.contentItem, "saveAgreement").clicked();
        verify(dialog.opened, "an empty agreement is not added");
        verify(findChild(dialog.contentItem, "agreementError").text.length > 0);
        findChild(dialog.contentItem, "agreementWhat").text = "Check whether the benefit is right";
        const who = findChild(dialog.contentItem, "agreementWho");
        who.currentIndex = indexWhere(page.agreements.whoChoices, p => p.name === "Samira");
        const domain = findChild(dialog.contentItem, "agreementDomain");
        domain.currentIndex = indexWhere(page.agreements.domainChoices, d => d.key === "money");
        findChild(dialog.contentItem, "agreementEvaluation").date = DateChoice.shift(DateChoice.today(), 10);
        findChild(dialog.contentItem, "saveAgreement").clicked();
        tryVerify(() => !dialog.visible);
        compare(page.agreements.agreements.length, 1);
        const made = page.agreements.agreements[0];
        compare(made.whoName, "Samira");
        compare(made.domainKey, "money");
        // On the person, in the professionals view.
        const samira = team.professionals.find(p => p.name === "Samira");
        verify(samira.openAgreements.some(a => a.what === "Check whether the benefit is right"), "on Samira");
        // The next meeting suggested 2 to 6 weeks on; "Plan it" plans it in one step.
        const suggestion = findChild(page, "suggestion");
        verify(suggestion.visible);
        // 2 to 6 weeks after this meeting (the time between the last two held ones, clamped).
        const days = Math.round((new Date(meetings.suggestion.date) - new Date(ours.at.substring(0, 10))) / 86400000);
        verify(days >= 13 && days <= 43, "suggested " + days + " days after the meeting");
        findChild(page, "planSuggestedButton").clicked();
        waitForRendering(shell);
        const planned = meetings.meeting(shell.meetingId);
        compare(planned.status, "planned");
        verify(planned.id !== ours.id);
        compare(planned.place, "Neighbourhood centre");
        verify(!findChild(shell.sectionPage(), "suggestion").visible, "no suggestion once the next one is planned");

        // On its domain's page.
        shell.openDomain("money");
        waitForRendering(shell);
        const onDomain = findChild(shell, "domainAgreement_" + indexWhere(agreements.agreements.filter(a => a.domainKey === "money"),
                                                                             a => a.what === "Check whether the benefit is right"));
        verify(onDomain !== null && onDomain.visible, "on the Money page");
    }

    function test_e_to_talk_about_on_home_and_looking_back_on_an_agreement() {
        const shell = shellAt(390, 844);
        shell.showSection("home");
        waitForRendering(shell);
        const card = findChild(shell, "talkAbout");
        verify(card.visible);
        verify(findChild(card, "nextMeetingText").text.indexOf("Next meeting") >= 0, findChild(card, "nextMeetingText").text);
        const due = card.meetings.toTalkAbout.reviewsDue;
        verify(due.length > 0, "agreements to look back on");
        const what = due[0].what;
        const button = findChild(card, "evaluate_" + due[0].id);
        verify(button.visible);
        button.clicked();
        const dialog = findChild(card, "evaluateDialog");
        tryVerify(() => dialog.opened);
        findChild(dialog.contentItem, "statusDone").checked = true;
        findChild(dialog.contentItem, "evaluationNote").text = "Done in the first week.";
        findChild(dialog.contentItem, "saveEvaluate").clicked();
        tryVerify(() => !dialog.visible);
        const after = agreements.agreements.find(a => a.what === what);
        compare(after.status, "done");
        compare(after.evaluation, "Done in the first week.");
        verify(!card.meetings.toTalkAbout.reviewsDue.some(a => a.what === what), "no longer to talk about");
        // The next meeting opens from the card.
        findChild(card, "openNextMeeting").clicked();
        compare(shell.section, "meeting");
    }

    function test_f_with_four_professionals_each_other_one_takes_one_line() {
        verify(TestStore.addProfessional("Monique", "GGZ", "psychiatric nurse", ["mental-health"], "06 12345678", "monique@ggz.example").length > 0);
        verify(TestStore.addProfessional("Tess", "Youth care", "youth worker", ["social"], "", "").length > 0);
        const shell = shellAt(390, 844);
        shell.showSection("team");
        waitForRendering(shell);
        const page = shell.sectionPage();
        verify(page.team.compact);
        const first = findChild(page, "professional_0");
        const line = findChild(first, "expand_" + first.person.id);
        verify(line.visible);
        verify(!first.expanded, "one line until opened");
        line.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        verify(first.expanded);
        const monique = page.team.professionals.find(p => p.name === "Monique");
        compare(monique.emailLink, "mailto:monique@ggz.example");
        compare(monique.phoneLink, "tel:0612345678");
    }
}
