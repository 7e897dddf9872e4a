import QtQuick
import QtQuick.Controls
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// Review 6, #4: inside a plan opened from a professional's caseload the pages spoke to the plan's owner ("People
// around me", "Lock my plan", "Everything in your plan is yours", "What would you like to change?" where nothing
// could be added). Every page a professional reaches there speaks to them: the citizen's name where the owner is
// meant, no owner-only sections (take along, erase, invite, lock "my plan"), and read-only parts say who changes them.
TestCase {
    id: testCase

    name: "CaseloadVoice"
    width: 1280
    height: 844
    when: windowShown
    visible: true

    property var ids: []
    readonly property string robin: "\u2068Robin\u2069"
    // What only the owner of a plan may be told (English: the test runs in English).
    readonly property var ownerWords: [/People around me/, /Lock my plan/, /\bmy data\b/i, /Everything in your plan/, /your plan is yours/,
                                       /Erase my plan/, /Take your plan with you/, /What would you like to change/, /your goals/,
                                       /You rate it/, /Who helps you/, /nobody in your plan/, /Why does this matter to you/,
                                       /What do you want to reach/, /Your three most important/, /Talking about my plan/,
                                       /Your plan is (only on|connected)/]

    Component {
        id: pageComponent

        CaseloadPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: phoneComponent

        CaseloadPage {
            width: 390
            height: testCase.height
        }
    }

    function initTestCase() {
        // The demo plan is Robin's: the caseload row gives the same name.
        ids = TestCaseloadStore.showCaseload([
            { name: "Robin", role: "coach", grants: { money: "read", housing: "read", work: "write", "mental-health": "write" } }
        ]);
        compare(ids.length, 1);
    }

    function init() {
        Session.language = "en";
        if (Session.caseload)
            Session.caseload.closePlan();
    }

    function openPlan(component) {
        const page = createTemporaryObject(component, testCase);
        waitForRendering(page);
        verify(Session.caseload.openPlan(ids[0]));
        tryVerify(() => page.planPane !== null && page.planPane.shell !== null);
        verify(!Session.plan.isOwner);
        compare(Session.plan.ownerName, "Robin");
        return page;
    }

    // Every text a person reads or hears under item: visible texts, placeholders and accessible names.
    function textsUnder(item) {
        let found = [];
        if (!item || !item.visible)
            return found;
        for (const key of ["text", "title", "placeholderText"]) {
            if (item[key] !== undefined && typeof item[key] === "string" && item[key].length > 0)
                found.push(item[key]);
        }
        if (item.Accessible && item.Accessible.name && item.Accessible.name.length > 0)
            found.push(item.Accessible.name);
        for (let i = 0; i < item.children.length; ++i)
            found = found.concat(textsUnder(item.children[i]));
        return found;
    }

    function ownerVoiced(item) {
        return textsUnder(item).filter(t => testCase.ownerWords.some(w => w.test(t)));
    }

    function findByName(item, name) {
        if (!item)
            return null;
        if (item.Accessible && item.Accessible.name === name)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByName(item.children[i], name);
            if (found)
                return found;
        }
        return null;
    }

    function findGoal(item) {
        if (!item || !item.visible)
            return null;
        if (item.Accessible && typeof item.Accessible.name === "string" && item.Accessible.name.startsWith("Goal: ") && item.openRequested !== undefined)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findGoal(item.children[i]);
            if (found)
                return found;
        }
        return null;
    }

    function test_1_every_section_speaks_to_the_professional_at_both_sizes() {
        for (const component of [pageComponent, phoneComponent]) {
            const page = openPlan(component);
            const shell = page.planPane.shell;
            for (const section of ["home", "people", "team", "progress", "timeline", "settings", "mydata", "everything", "meeting-plan"]) {
                shell.showSection(section);
                waitForRendering(shell);
                compare(ownerVoiced(shell).join(" | "), "", section + " at " + page.width + " speaks to the owner");
            }
            for (const domain of ["money", "housing", "work", "mental-health"]) {
                shell.openDomain(domain);
                waitForRendering(shell);
                compare(ownerVoiced(shell).join(" | "), "", domain + " at " + page.width + " speaks to the owner");
            }
            Session.caseload.closePlan();
            page.destroy();
        }
    }

    function test_2_people_are_around_the_citizen_and_only_the_owner_invites() {
        const page = openPlan(pageComponent);
        const shell = page.planPane.shell;
        shell.showSection("people");
        waitForRendering(shell);
        const people = shell.sectionPage();
        compare(people.title, "People around " + testCase.robin);
        verify(findChild(people, "peopleIntro").text.startsWith("Who helps " + testCase.robin + ", and how close they are."));
        verify(!findChild(people, "inviteButton").visible);
        verify(!findChild(people, "logButton").visible);
    }

    function test_3_settings_lock_samen_and_show_this_devices_copy() {
        const page = openPlan(pageComponent);
        const shell = page.planPane.shell;
        shell.showSection("settings");
        waitForRendering(shell);
        const settings = shell.sectionPage();
        compare(findChild(settings, "lockButton").text, "Lock Samen now");
        compare(findChild(settings, "idleLabel").text, "Lock Samen on this device when I do nothing for");
        compare(findChild(settings, "idleBox").Accessible.name, "Minutes before Samen locks");
        compare(findChild(settings, "myDataButton").text, "See what this device keeps of this plan");
    }

    function test_4_my_data_is_this_devices_copy_without_take_along_or_erase() {
        const page = openPlan(pageComponent);
        const shell = page.planPane.shell;
        shell.showSection("mydata");
        waitForRendering(shell);
        const data = shell.sectionPage();
        compare(data.title, "The plan of " + testCase.robin + " on this device");
        compare(findChild(data, "myDataIntro").text, "The plan belongs to " + testCase.robin + ". This device keeps a copy of the parts that "
                + testCase.robin + " shares with you. Only " + testCase.robin + " can take the plan along or erase it.");
        verify(!findChild(data, "fhirSection").visible, "taking the plan along is the owner's");
        verify(!findChild(data, "eraseButton").visible, "erasing the plan is the owner's");
        verify(!findChild(data, "eraseHeading").visible);
        const leave = findChild(data, "leaveHint");
        verify(leave.visible);
        compare(leave.text, "To stop helping " + testCase.robin + " and take this plan off this device, choose \"Leave this plan\".");
        verify(findChild(page.planPane, "caseloadLeave").visible, "the button it names is there");
        compare(findChild(page.planPane, "caseloadLeave").text, "Leave this plan");
        shell.showSection("everything");
        waitForRendering(shell);
        compare(shell.sectionPage().title, "Everything of the plan on this device");
    }

    function test_5_an_empty_read_only_domain_says_who_changes_it_and_offers_nothing() {
        const page = openPlan(pageComponent);
        const shell = page.planPane.shell;
        shell.openDomain("housing");
        waitForRendering(shell);
        const domain = shell.detailPage();
        tryVerify(() => findChild(domain, "noGoalsText") !== null && findChild(domain, "noGoalsText").visible);
        compare(findChild(domain, "noGoalsText").text, "No goals here yet.");
        compare(findChild(domain, "readOnlyNote").text, "You may read this part of the plan, but not change it. " + testCase.robin + " decides who may change it.");
        verify(!findChild(domain, "newGoalForm").visible);
    }

    function test_6_an_empty_writable_domain_adds_goals_for_the_citizen() {
        const page = openPlan(pageComponent);
        const shell = page.planPane.shell;
        shell.openDomain("mental-health");
        waitForRendering(shell);
        const domain = shell.detailPage();
        tryVerify(() => findChild(domain, "newGoalForm") !== null && findChild(domain, "newGoalForm").visible);
        compare(findChild(domain, "noGoalsText").text, "No goals here yet. You may add a goal that " + testCase.robin + " wants to reach.");
        compare(findChild(domain, "goalTitle").Accessible.name, "What does " + testCase.robin + " want to reach?");
        compare(findChild(domain, "goalWhy").Accessible.name, "Why does this matter to " + testCase.robin + "? (may stay empty)");
    }

    function test_7_a_goal_and_its_form_speak_of_the_citizen() {
        const page = openPlan(pageComponent);
        const shell = page.planPane.shell;
        shell.openDomain("work");
        waitForRendering(shell);
        let goal = null;
        tryVerify(() => (goal = findGoal(shell.detailPage())) !== null);
        mouseClick(goal);
        tryVerify(() => shell.detailPage() && shell.detailPage().goalId !== undefined);
        const goalPage = shell.detailPage();
        waitForRendering(goalPage);
        compare(ownerVoiced(goalPage).join(" | "), "", "the goal speaks to the owner");
        goalPage.startEditing();
        compare(findChild(goalPage, "editGoalTitle").Accessible.name, "What does " + testCase.robin + " want to reach?");
        compare(findChild(goalPage, "editGoalWhy").Accessible.name, "Why does this matter to " + testCase.robin + "? (may stay empty)");
        compare(ownerVoiced(goalPage).join(" | "), "", "the goal's form speaks to the owner");
    }

    // Pictures to look at (not a check): SAMEN_CASELOAD_SHOTS=DIR saves a caseload plan's People, My data and an
    // empty read-only domain, phone and desktop, Dutch and English.
    function test_9_pictures() {
        const dir = TestCaseloadStore.shotDir();
        if (dir.length === 0)
            skip("SAMEN_CASELOAD_SHOTS is not set");
        for (const lang of ["nl", "en"]) {
            Session.language = lang;
            for (const size of [{ w: 390, h: 844, name: "390x844" }, { w: 1280, h: 800, name: "1280x800" }]) {
                Session.caseload.closePlan();
                const page = openPlan(size.w < 700 ? phoneComponent : pageComponent);
                page.width = size.w;
                page.height = size.h;
                const shell = page.planPane.shell;
                for (const shot of [{ section: "people" }, { section: "mydata" }, { domain: "housing" }]) {
                    if (shot.domain)
                        shell.openDomain(shot.domain);
                    else
                        shell.showSection(shot.section);
                    // The phone's push of the plan, and the pages, come to rest first.
                    tryVerify(() => !TestFit.moving(page), 10000, "the pages settle");
                    wait(300);
                    waitForRendering(page);
                    grabImage(page).save(dir + "/caseload-voice-" + (shot.domain ? "domain-readonly" : shot.section) + "-" + size.name + "-" + lang + ".png");
                }
                Session.caseload.closePlan();
                page.destroy();
            }
        }
        Session.language = "en";
    }
}
