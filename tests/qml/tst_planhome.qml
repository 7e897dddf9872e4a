import QtQuick
import QtTest
import Samen
import Samen.Core

// Plan home: the citizen's own order of life domains, changed by keyboard,
// by the arrow buttons and by dragging, and kept in the encrypted store.
TestCase {
    id: testCase

    name: "PlanHomePage"
    width: 390
    // Tall enough that the first and third life domains are on screen together at 16 px body text (the drag test).
    height: 1400
    when: windowShown
    visible: true

    // Activates a control the way a keyboard user does: focus, then Space.
    function press(control) {
        verify(control, "the control exists");
        verify(control.Accessible.name.length > 0, "the control has an accessible name");
        control.forceActiveFocus();
        verify(control.activeFocus, "the control takes keyboard focus");
        keyClick(Qt.Key_Space);
    }

    Component {
        id: pageComponent

        PlanHomePage {
            width: testCase.width
            height: testCase.height
        }
    }

    function initTestCase() {
        verify(Session.createPlan("Marc", "default", "marc-plan-1"), Session.error);
    }

    function keys() {
        const list = [];
        for (let i = 0; i < Session.plan.domains.count; ++i)
            list.push(Session.plan.domains.get(i).key);
        return list;
    }

    function delegateAt(list, index) {
        list.positionViewAtIndex(index, ListView.Contain);
        return list.itemAtIndex(index);
    }

    function test_1_ctrl_down_moves_the_focused_domain_down() {
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        const list = findChild(page, "domainList");
        tryVerify(() => list.count >= 6);
        const before = keys();
        const first = delegateAt(list, 0);
        first.forceActiveFocus();
        verify(first.Accessible.name.indexOf("1.") === 0, "the delegate's accessible name starts with its place");
        keyClick(Qt.Key_Down, Qt.ControlModifier);
        compare(keys()[0], before[1]);
        compare(keys()[1], before[0]);
        verify(first.activeFocus, "focus stays on the moved domain");
        keyClick(Qt.Key_Up, Qt.ControlModifier);
        compare(keys(), before, "Ctrl+Up brings it back");
    }

    // The next domain card Tab reaches from this item (skipping the card's own buttons).
    function nextCard(list, from) {
        let item = from;
        for (let i = 0; i < 50; ++i) {
            item = item.nextItemInFocusChain(true);
            if (item.Accessible.role === Accessible.ListItem && item !== from)
                return item;
        }
        return null;
    }

    function test_1b_tab_follows_the_new_order_after_a_move() {
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        const list = findChild(page, "domainList");
        tryVerify(() => list.count >= 6);
        const before = keys();
        const first = delegateAt(list, 0);
        first.forceActiveFocus();
        keyClick(Qt.Key_Down, Qt.ControlModifier);
        compare(keys()[1], before[0], "the first domain moved down");
        tryVerify(() => list.itemAtIndex(1) === first, 5000, "the moved card shows second");
        tryVerify(() => nextCard(list, list.itemAtIndex(0)) === first, 5000, "Tab goes from the card now first to the moved one");
        tryVerify(() => nextCard(list, first) === list.itemAtIndex(2), 5000, "and from the moved card to the third, as on screen");
        keyClick(Qt.Key_Up, Qt.ControlModifier);
        compare(keys(), before, "Ctrl+Up brings it back");
        tryVerify(() => nextCard(list, list.itemAtIndex(0)) === list.itemAtIndex(1), 5000, "Tab follows the order again");
    }

    function test_2_dragging_the_handle_puts_a_domain_lower() {
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        const list = findChild(page, "domainList");
        tryVerify(() => list.count >= 6);
        const before = keys();
        const first = delegateAt(list, 0);
        const third = delegateAt(list, 2);
        const handle = findChild(first, "dragHandle");
        verify(handle);
        const target = third.mapToItem(handle, 10, third.height / 2);
        mousePress(handle, handle.width / 2, handle.height / 2);
        const steps = 8;
        for (let i = 1; i <= steps; ++i)
            mouseMove(handle, handle.width / 2, handle.height / 2 + (target.y - handle.height / 2) * i / steps);
        mouseRelease(handle, handle.width / 2, target.y);
        compare(keys()[2], before[0], "the dragged domain lands where it was dropped");
        compare(keys()[0], before[1]);
    }

    function test_3_the_order_survives_locking_and_unlocking() {
        const before = keys();
        Session.lock();
        compare(Session.state, Session.Locked);
        compare(Session.plan, null, "no plan data while locked");
        verify(Session.unlock("marc-plan-1"));
        compare(keys(), before);
    }

    function test_4_the_story_is_written_once_and_shown() {
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        const button = findChild(page, "storyButton");
        press(button);
        const edit = findChild(page, "storyEdit");
        tryVerify(() => edit.visible);
        edit.text = "I am Marc. I lost my job and my house in one year.";
        press(findChild(page, "storyButton"));
        tryCompare(Session.plan, "story", "I am Marc. I lost my job and my house in one year.");
    }
}
