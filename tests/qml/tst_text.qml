import QtQuick
import QtTest
import Samen
import Samen.Core

// People's text in the app: a right-to-left name inside a Dutch or English sentence is
// isolated (U+2068 ... U+2069), and text the rules refuse (nothing visible, a
// direction override) gives a plain error while what was typed stays in the field.
TestCase {
    id: testCase

    name: "PeoplesText"
    width: 390
    height: 844
    when: windowShown
    visible: true

    readonly property string arabicName: "سارة"

    function press(control) {
        verify(control, "the control exists");
        verify(control.Accessible.name.length > 0, "the control has an accessible name");
        control.forceActiveFocus();
        verify(control.activeFocus, "the control takes keyboard focus");
        keyClick(Qt.Key_Space);
    }

    // Every Text under item whose text contains part.
    function textsContaining(item, part) {
        let found = [];
        if (item.text !== undefined && typeof item.text === "string" && item.text.indexOf(part) >= 0)
            found.push(item.text);
        for (let i = 0; i < item.children.length; ++i)
            found = found.concat(textsContaining(item.children[i], part));
        return found;
    }

    Component {
        id: homeComponent

        PlanHomePage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: domainComponent

        DomainPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function initTestCase() {
        verify(Session.createPlan(arabicName, "default", "sara-plan-1"), Session.error);
    }

    function test_1_isolate_wraps_and_leaves_empty_text_empty() {
        compare(DisplayText.isolate(arabicName), "\u2068" + arabicName + "\u2069");
        compare(DisplayText.isolate(""), "");
    }

    function test_2_a_right_to_left_name_sits_isolated_in_the_sentence() {
        const page = createTemporaryObject(homeComponent, testCase);
        waitForRendering(page);
        const texts = textsContaining(page, arabicName);
        verify(texts.some(t => t !== arabicName), "the name is shown inside a sentence (Plan of ..., Coordinator: ...)");
        for (const t of texts) {
            const at = t.indexOf(arabicName);
            if (t === arabicName)
                continue; // shown on its own: nothing around it to reorder
            compare(t.charAt(at - 1), "\u2068", "isolated before: " + t);
            compare(t.charAt(at + arabicName.length), "\u2069", "isolated after: " + t);
        }
    }

    function test_3_a_title_the_rules_refuse_gives_an_error_and_keeps_what_was_typed_data() {
        return [
            { tag: "only zero-width spaces", title: "\u200b\u200b\u200b" },
            { tag: "a right-to-left override", title: "Pay \u202etned" },
        ];
    }

    function test_3_a_title_the_rules_refuse_gives_an_error_and_keeps_what_was_typed(data) {
        const page = createTemporaryObject(domainComponent, testCase, { domainKey: "money" });
        waitForRendering(page);
        Session.plan.clearError();
        const before = Session.plan.domain("money").goalCount;
        findChild(page, "goalTitle").text = data.title;
        press(findChild(page, "addGoalButton"));
        verify(Session.plan.lastError.length > 0, "a plain message says what is wrong");
        compare(findChild(page, "goalTitle").text, data.title, "what was typed is kept");
        compare(Session.plan.domain("money").goalCount, before);
    }
}
