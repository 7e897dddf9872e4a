import QtQuick
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// FitCheck, the screenshot tour's judge of what a person can read whole (issue 17, issue 14): a word wider than its
// line is a problem, whether Text.Wrap breaks it in two (a name cut in the middle) or Text.WordWrap lets it run past
// the item's edge; a code that wraps anywhere on purpose is not judged, and an e-mail address made breakable at "@"
// and "." (DisplayText.breakable) breaks there only.
TestCase {
    id: testCase

    name: "FitCheck"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: textComponent

        Text {
            width: 120
            font.pixelSize: 32
        }
    }

    function shown(properties) {
        const item = createTemporaryObject(textComponent, testCase, properties);
        waitForRendering(item);
        return item;
    }
    function joined(list) {
        return list.join("\n");
    }

    function test_1_a_word_broken_in_two_is_a_problem() {
        const item = shown({ text: "Gezondheidszorg", wrapMode: Text.Wrap });
        const found = TestFit.problems(item);
        verify(found.length > 0, "nothing found");
        verify(joined(found).indexOf("breaks the word \"Gezondheidszorg\" in two") >= 0, joined(found));
    }

    function test_2_a_word_running_past_its_line_is_a_problem() {
        const item = shown({ text: "Instellingen", wrapMode: Text.WordWrap });
        const found = TestFit.problems(item);
        verify(joined(found).indexOf("cannot fit the word \"Instellingen\" on a line") >= 0, joined(found));
    }

    function test_3_words_that_fit_their_line_are_no_problem() {
        compare(TestFit.problems(shown({ text: "Wat er gebeurd is", wrapMode: Text.WordWrap, width: 200 })), []);
        compare(TestFit.problems(shown({ text: "Wat er gebeurd is", wrapMode: Text.Wrap, width: 200 })), []);
    }

    function test_4_a_code_wrapping_anywhere_on_purpose_is_not_judged() {
        compare(TestFit.problems(shown({ text: "K7Q2-M9XW-4RTB-8HZP", wrapMode: Text.WrapAnywhere })), []);
    }

    function test_5_an_address_breaks_at_its_at_sign_and_dots_only() {
        const address = "andre.devries@buurtteamnoord.nl";
        verify(TestFit.problems(shown({ text: address, wrapMode: Text.Wrap, width: 360 })).length > 0, "the bare address is one long word");
        const breakable = DisplayText.breakable(address);
        compare(breakable.replace(/\u200b/g, ""), address);
        const item = shown({ text: breakable, wrapMode: Text.Wrap, width: 360 });
        compare(TestFit.problems(item), []);
        verify(item.lineCount > 1, "wrapped: " + item.lineCount);
    }
}
