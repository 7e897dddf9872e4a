import QtQuick
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// Text at 200 % and right-to-left (issue 17). The text size is one setting in Theme
// (DisplaySettings), 16 px body text at 100 %, and pages follow it; a page under
// LayoutMirroring (what samen --layout rtl and a right-to-left language set on the window)
// lays out from the right; people's own text (a Hebrew title, an Arabic name) sits isolated
// inside the app's sentences on the cards that show it, so it cannot reorder them.
TestCase {
    id: testCase

    name: "RightToLeftAndTextSize"
    width: 390
    height: 844
    when: windowShown
    visible: true

    readonly property string hebrew: "לשלם את החשבון"
    readonly property string arabic: "سارة"
    readonly property string hebrewAgreement: "חשבון חדש"

    // Every text under item containing part.
    function textsContaining(item, part) {
        let found = [];
        if (item.text !== undefined && typeof item.text === "string" && item.text.indexOf(part) >= 0)
            found.push(item.text);
        for (let i = 0; i < item.children.length; ++i)
            found = found.concat(textsContaining(item.children[i], part));
        return found;
    }
    function findNamed(item, name) {
        if (item.objectName === name)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findNamed(item.children[i], name);
            if (found)
                return found;
        }
        return null;
    }
    // part shows inside a sentence, isolated (U+2068 ... U+2069) wherever it is not alone.
    function verifyIsolated(item, part) {
        const texts = textsContaining(item, part);
        verify(texts.length > 0, "shown: " + part);
        for (const t of texts) {
            if (t === part)
                continue;
            const at = t.indexOf(part);
            compare(t.charAt(at - 1), "\u2068", "isolated before: " + t);
            compare(t.charAt(at + part.length), "\u2069", "isolated after: " + t);
        }
    }

    Component {
        id: settingsComponent

        SettingsPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: mirroredSettings

        Item {
            property alias page: inner

            width: testCase.width
            height: testCase.height
            LayoutMirroring.enabled: true
            LayoutMirroring.childrenInherit: true

            SettingsPage {
                id: inner

                anchors.fill: parent
            }
        }
    }
    Component {
        id: personCard

        PersonCard {
            width: testCase.width
        }
    }
    Component {
        id: agreementComponent

        AgreementDelegate {
            width: testCase.width
        }
    }

    Component {
        id: radarComponent

        RadarChart {
            width: 358
            height: 358
            points: [{ label: "Financiën", score: 4 }, { label: "Huisvesting", score: 6 }, { label: "Dagbesteding", score: 5 },
                     { label: "Lichamelijke gezondheid", score: 7 }, { label: "Sociaal netwerk", score: 3 }]
        }
    }

    Component {
        id: welcomeComponent

        WelcomePage {
            width: testCase.width
            height: testCase.height
        }
    }

    Component {
        id: navComponent

        NavBar {
            width: testCase.width
        }
    }

    // Every visible text and control under item that sticks out of page on the left or right.
    function cutOff(item, page) {
        let found = [];
        if (item.visible === false)
            return found;
        if (item.text !== undefined && typeof item.text === "string" && item.text.length > 0 && item.width > 0) {
            const left = item.mapToItem(page, 0, 0).x;
            if (left < -0.5 || left + item.width > page.width + 0.5)
                found.push(item.text + " (" + Math.round(left) + " to " + Math.round(left + item.width) + ")");
        }
        for (let i = 0; i < item.children.length; ++i)
            found = found.concat(cutOff(item.children[i], page));
        return found;
    }

    function cleanup() {
        DisplaySettings.textScale = 1.0;
        Session.language = "en";
    }

    function test_1_body_text_is_16_px_and_follows_the_text_size() {
        compare(DisplaySettings.textScale, 1.0);
        compare(Theme.fontBody, 16);
        fuzzyCompare(Theme.fontHeading, 16 * 1.5 * 0.8, 0.01);
        DisplaySettings.textScale = 2.0;
        compare(Theme.fontBody, 32);
        // Headings grow less than body text, and stay larger: 32 * 2 / sqrt(2) px.
        fuzzyCompare(Theme.fontHeadline, 32 * Math.SQRT2, 0.01);
        verify(Theme.fontTitle > Theme.fontBody);
        verify(Theme.fontHeading >= Theme.fontBody, "a card's heading is never smaller than its body text (review 4, R4-5)");
        verify(Theme.fontHeading <= Theme.fontTitle);
        DisplaySettings.textScale = 5.0; // more than 200 % is not offered
        compare(DisplaySettings.textScale, 2.0);
        DisplaySettings.textScale = 0.5;
        compare(DisplaySettings.textScale, 1.0);
    }

    function test_2_the_settings_page_offers_the_text_size_and_pages_follow_it() {
        const page = createTemporaryObject(settingsComponent, testCase);
        waitForRendering(page);
        const box = findNamed(page, "textSizeBox");
        verify(box, "a text size choice on the settings page");
        verify(box.Accessible.name.length > 0);
        box.activated(2); // "Largest (200 %)", as a person choosing it
        compare(DisplaySettings.textScale, 2.0);
        compare(box.font.pixelSize, 32, "the page's controls take the new size from Theme");
        waitForRendering(page);
        // At 200 % on a phone the page scrolls instead of cutting its end off.
        const last = findNamed(page, "lockButton");
        verify(last.mapToItem(page, 0, 0).y + last.height > page.height, "the page is longer than the phone's screen");
    }

    function test_3_a_mirrored_page_lays_out_from_the_right() {
        const plain = createTemporaryObject(settingsComponent, testCase);
        waitForRendering(plain);
        const ltrBox = findNamed(plain, "languageBox");
        const ltrX = ltrBox.mapToItem(plain, 0, 0).x;
        verify(ltrX < plain.width / 4, "left to right: the language list starts at the left");

        const holder = createTemporaryObject(mirroredSettings, testCase);
        waitForRendering(holder);
        const rtlBox = findNamed(holder.page, "languageBox");
        verify(rtlBox.mirrored, "the drop-down list itself is mirrored");
        const right = rtlBox.mapToItem(holder.page, 0, 0).x + rtlBox.width;
        fuzzyCompare(right, holder.page.width - ltrX, 1, "right to left: it ends as far from the right edge as it started from the left");
    }

    function test_4_peoples_text_on_a_person_card_is_isolated() {
        const card = createTemporaryObject(personCard, testCase, {
            person: {
                id: "p1", name: arabic, summary: arabic + ", vriend", roleText: "vriend", openText: "1 stap open",
                domainsText: "", phone: "", phoneLink: "", email: "", emailLink: "", periodText: "", sinceText: "",
                openSteps: [{ title: hebrew, domainLabel: "Geld" }],
                openAgreements: [{ what: hebrewAgreement, domainLabel: "Werk" }]
            }
        });
        waitForRendering(card);
        verifyIsolated(card, hebrew);
        verifyIsolated(card, hebrewAgreement);
    }

    function test_5_an_evaluation_in_an_agreement_is_isolated() {
        const item = createTemporaryObject(agreementComponent, testCase, {
            agreement: { id: "a1", what: "Bellen", detailText: "Robin · Geld", status: "done", statusText: "Gedaan", overdue: false,
                         evaluation: hebrew }
        });
        waitForRendering(item);
        verifyIsolated(item, hebrew);
    }

    function test_6_the_radar_numbers_its_axes_when_the_names_do_not_fit_at_200_percent() {
        const small = createTemporaryObject(radarComponent, testCase);
        waitForRendering(small);
        tryVerify(() => !small.numbered, 5000, "at 100 % the names fit beside the chart");
        DisplaySettings.textScale = 2.0;
        waitForRendering(small);
        tryVerify(() => small.numbered, 5000, "at 200 % on a phone they do not: numbers, and the list says which is which");
    }

    function test_7_at_200_percent_on_a_phone_nothing_sticks_out_at_the_sides_data() {
        return [{ tag: "settings", component: settingsComponent }, { tag: "welcome", component: welcomeComponent }];
    }
    function test_7_at_200_percent_on_a_phone_nothing_sticks_out_at_the_sides(data) {
        DisplaySettings.textScale = 2.0;
        const page = createTemporaryObject(data.component, testCase);
        waitForRendering(page);
        compare(cutOff(page, page).join("; "), "", "long labels and buttons wrap instead of being cut off");
    }

    function test_8_at_200_percent_on_a_phone_the_bottom_menu_is_one_row_and_reaches_every_place() {
        const plain = createTemporaryObject(navComponent, testCase);
        waitForRendering(plain);
        verify(!plain.collapsed, "at 100 % the five places fit side by side");
        DisplaySettings.textScale = 2.0;
        const nav = createTemporaryObject(navComponent, testCase, { current: "people" });
        waitForRendering(nav);
        verify(nav.collapsed, "at 200 % they do not: one row with a menu button");
        const button = findNamed(nav, "menuButton");
        verify(button.visible && button.Accessible.name.length > 0);
        verify(nav.height < 2 * button.height, "the bar is one row high (" + nav.height + " for a button of " + button.height + ")");
        verify(textsContaining(nav, "People").length > 0, "the bar says which place is shown");
        const chosen = [];
        nav.selected.connect(key => chosen.push(key));
        for (const key of ["home", "people", "progress", "timeline", "settings"]) {
            button.forceActiveFocus();
            keyClick(Qt.Key_Space);
            const menu = findChild(nav, "placesMenu");
            tryVerify(() => menu.opened);
            const place = findChild(menu.contentItem, "place_" + key);
            verify(place && place.visible && place.Accessible.name.length > 0, key);
            place.forceActiveFocus();
            keyClick(Qt.Key_Return);
            tryVerify(() => !menu.visible);
        }
        compare(chosen, ["home", "people", "progress", "timeline", "settings"]);
    }

    // Issue 14: at 100 % on a phone the bottom bar's five tabs had the same share of the width, and Dutch "Instellingen",
    // the bold "Voortgang" (the place shown) and English "happened" ran past their tab. Each tab is now at least as wide
    // as its longest word, or the bar is the one row with "Menu".
    function test_8b_no_word_runs_past_its_tab_in_either_language_data() {
        const rows = [];
        for (const language of ["nl", "en"]) {
            for (const key of ["home", "people", "progress", "timeline", "settings"])
                rows.push({ tag: language + " " + key, language: language, current: key });
        }
        return rows;
    }
    function test_8b_no_word_runs_past_its_tab_in_either_language(data) {
        Session.language = data.language;
        const nav = createTemporaryObject(navComponent, testCase, { current: data.current });
        waitForRendering(nav);
        compare(TestFit.problems(nav), [], "every word fits its tab");
        if (data.language === "en")
            verify(!nav.collapsed, "in English the five places still fit side by side at 100 %");
    }
}
