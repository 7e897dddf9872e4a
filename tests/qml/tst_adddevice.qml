import QtQuick
import QtTest
import Samen
import Samen.Core

// Adding this device to the person's account (first run): what was typed is checked
// before anything is made, every refusal is a plain sentence, and the first-run page
// stays as it was.
TestCase {
    id: testCase

    name: "AddDevicePage"
    width: 390
    height: 844
    when: windowShown
    visible: true

    Component {
        id: welcomeComponent

        WelcomePage { anchors.fill: parent }
    }
    Component {
        id: pageComponent

        AddDevicePage { anchors.fill: parent }
    }
    SignalSpy {
        id: deviceSpy

        signalName: "deviceRequested"
    }

    function test_a_the_welcome_page_offers_it() {
        const page = createTemporaryObject(welcomeComponent, testCase);
        deviceSpy.target = page;
        deviceSpy.clear();
        const button = findChild(page, "deviceButton");
        verify(button.visible);
        compare(button.Accessible.name, "I already use Samen on another device");
        mouseClick(button);
        compare(deviceSpy.count, 1);
    }

    function refused(page, link, address, passphrase, expected) {
        findChild(page, "deviceLink").text = link;
        findChild(page, "deviceAddress").text = address;
        findChild(page, "devicePassphrase").text = passphrase;
        mouseClick(findChild(page, "deviceAdd"));
        tryCompare(page.flow, "state", "failed");
        verify(page.flow.message.indexOf(expected) >= 0, page.flow.message);
        compare(findChild(page, "deviceError").text, page.flow.message);
        compare(Session.state, Session.Welcome);
        verify(page.flow.needsNewPassphrase, "nothing was made: the form is as on first run");
        page.flow.dismiss();
        compare(page.flow.state, "form");
    }

    function test_b_every_refusal_before_the_service_is_a_plain_sentence() {
        const page = createTemporaryObject(pageComponent, testCase);
        waitForRendering(page);
        compare(page.flow.state, "form");
        verify(findChild(page, "devicePassphrase").visible, "without a system key store, a passphrase is asked");
        verify(!findChild(page, "deviceProgress").visible);
        refused(page, "", "", "", "Paste the link from your other device");
        refused(page, "samen://join?service=https%3A%2F%2F127.0.0.1%3A1&code=abcdefgh", "", "", "not a code for your own next device");
        refused(page, "samen://elsewhere?code=abcdefgh", "", "", "not a code or link for a next device");
        refused(page, "abcdefgh", "", "long-enough-1", "This is only a code");
        refused(page, "abcdefgh", "https://127.0.0.1:1", "", "at least");
    }
}
