import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// "Read aloud": the page's text, composed in C++ (ReadAloud) and spoken in the app's
// language; "Starting the voice…" while the voice starts (the first time), "Stop reading"
// while it speaks. Without a voice (or when it did not start) the button is off and a
// short sentence says why: beside the button where there is room, under it where there is not (a phone at 200 %:
// beside it the sentence had a column so narrow that Text.Wrap broke its words in two).
GridLayout {
    id: control

    /** What the page reads: "story", "domain" (subject: its key), "goal" (subject: its id, with its steps) or "list" (listModel's listRole of each row, after heading). */
    property string what: "story"
    property string subject: ""
    property string heading: ""
    property QtObject listModel: null
    property string listRole: ""
    /** The ReadAloud that composes and speaks (tests give one with a recording engine). */
    property alias reader: reader

    /** The text handed to the speech engine (ReadAloud composes it from the plan's data). */
    function composed(): string {
        switch (what) {
        case "domain": return reader.domainText(subject);
        case "goal": return reader.goalText(subject);
        case "list": return reader.listText(heading, listModel, listRole);
        }
        return reader.storyText();
    }

    // Beside the button the sentence needs a column of about 20 characters (12 of its ems): a long Dutch word fits.
    readonly property bool narrow: width < readButton.implicitWidth + Theme.spacingSmall + Theme.fontSmall * 12

    columns: narrow ? 1 : 2
    rowSpacing: Theme.spacingSmall
    columnSpacing: Theme.spacingSmall

    ReadAloud {
        id: reader

        plan: Session.plan
    }
    SamenButton {
        id: readButton

        objectName: "readAloudButton"
        // Top, not centred: in a card whose width settles late (the home page's story) a centred button stayed
        // where the first, narrow layout put it, over the text below.
        Layout.alignment: Qt.AlignTop
        // The voice starts at the first press (review 6, #19: not with the app); meanwhile the button says so, and a
        // second press means: do not read it after all.
        text: reader.starting ? qsTr("Starting the voice…") : reader.speaking ? qsTr("Stop reading") : qsTr("Read aloud")
        primary: false
        enabled: reader.available
        Accessible.description: !reader.available ? reader.reason : reader.starting ? qsTr("Press again to not read it after all.") : ""
        onClicked: {
            if (reader.speaking || reader.starting)
                reader.stop();
            else
                reader.read(control.composed());
        }
    }
    Label {
        objectName: "readAloudReason"
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        visible: !reader.available
        text: reader.reason
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
}
