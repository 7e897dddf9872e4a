pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Samen
import Samen.Core

// Main navigation: a bar at the bottom on phones, a column at the side on desktops.
Rectangle {
    id: nav

    property bool vertical: false
    property string current: "home"
    readonly property var sections: [
        // On the bottom bar someone else's plan is "Plan": the page's title above names whose, and "Plan van …" was cut
        // to "Plan van …" on a phone (review 15, F4); the tab's accessible name keeps the whole title.
        { key: "home", label: Session.plan ? Session.plan.title : qsTr("My plan"),
          tab: !vertical && Session.plan && !Session.plan.isOwner ? qsTr("Plan") : "" },
        { key: "people", label: qsTr("People") },
        { key: "progress", label: qsTr("Progress") },
        { key: "timeline", label: qsTr("What happened") },
        { key: "settings", label: qsTr("Settings") }
    ]

    // On the bottom bar: each tab's side padding, the space between tabs and around them.
    readonly property real tabPadding: 2
    readonly property real barMargin: Theme.spacingSmall / 2
    // Each place's longest word on a tab (bold, as the place shown is), in pixels: a tab is never narrower, so no
    // word runs past its edge ("Instellingen", "Voortgang", "happened" did on a phone at 100 %, FitCheck).
    readonly property var tabWords: sections.map(section => DisplayText.widestWord(section.tab || section.label, tabMetrics.font))
    // The width the five tabs need side by side.
    readonly property real tabsWidth: tabWords.reduce((sum, word) => sum + word + 2 * tabPadding, 0)
                                      + (sections.length - 1) * navGrid.columnSpacing + 2 * barMargin
    /** A bottom bar too narrow for every place's longest word side by side at this text size and language (a phone
        with large text): one row with the place shown and a "Menu" button that lists every place, instead of a bar
        of two or three rows or words running past their tab. */
    readonly property bool collapsed: !vertical && width > 0 && width < tabsWidth
    /** The place whose page has the same name as its heading (the plan's home, titled with the plan's name by the page
        or by the caseload's bar above it): the collapsed bar does not name it a second time (review 6, #21). */
    property string headedPlace: "home"
    readonly property string currentLabel: {
        for (const section of sections) {
            if (section.key === current)
                return section.label;
        }
        return "";
    }

    signal selected(string key)

    color: Theme.surface
    implicitWidth: vertical ? 220 : 0
    implicitHeight: vertical ? 0 : (collapsed ? collapsedRow.implicitHeight : navGrid.implicitHeight) + Theme.spacingSmall
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Main menu")

    FontMetrics {
        id: tabMetrics

        font.pixelSize: Theme.fontSmall * 0.92
        font.bold: true
    }
    GridLayout {
        id: navGrid

        anchors.fill: parent
        anchors.margins: nav.vertical ? Theme.spacing : nav.barMargin
        visible: !nav.collapsed
        columns: nav.vertical ? 1 : nav.sections.length
        rowSpacing: Theme.spacingSmall
        columnSpacing: Theme.spacingSmall / 2

        Repeater {
            model: nav.sections

            delegate: ItemDelegate {
                id: item

                required property var modelData
                required property int index

                objectName: "navTab_" + modelData.key

                Layout.fillWidth: true
                // On the bottom bar every tab is at least as wide as its longest word; the rest is shared out.
                Layout.minimumWidth: nav.vertical ? -1 : nav.tabWords[index] + 2 * nav.tabPadding
                Layout.preferredWidth: nav.vertical ? -1 : nav.tabWords[index] + 2 * nav.tabPadding
                Layout.alignment: Qt.AlignTop
                leftPadding: nav.vertical ? Theme.spacing : nav.tabPadding
                rightPadding: nav.vertical ? Theme.spacing : nav.tabPadding
                text: modelData.tab || modelData.label
                // Five tabs side by side on a phone: a little smaller (tabMetrics measures this size).
                font.pixelSize: nav.vertical ? Theme.fontBody : tabMetrics.font.pixelSize
                font.bold: nav.current === modelData.key
                highlighted: nav.current === modelData.key
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.PageTab
                Accessible.name: modelData.label
                Accessible.selected: highlighted
                onClicked: nav.selected(modelData.key)
                Keys.onReturnPressed: nav.selected(modelData.key)
                // Qt 6.4 ignores an AT-SPI "Press" unless it is handled (switch access, voice control).
                Accessible.onPressAction: nav.selected(modelData.key)
                // A long name in "Robin's plan" takes two lines at most, elided; the tab's accessible name keeps it whole
                // (review 5 of issue 14, #3: a tab grew to ten lines).
                contentItem: Text {
                    text: item.text
                    font: item.font
                    color: item.highlighted ? Theme.accent : Theme.text
                    horizontalAlignment: nav.vertical ? Text.AlignLeft : Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                background: Rectangle {
                    radius: Theme.radius / 2
                    color: item.highlighted ? Theme.selected : "transparent"
                    border.width: item.visualFocus ? Theme.focusWidth : 0
                    border.color: Theme.focus
                }
            }
        }
        Item {
            visible: nav.vertical
            Layout.fillHeight: true
        }
    }
    RowLayout {
        id: collapsedRow

        anchors.fill: parent
        anchors.margins: Theme.spacingSmall / 2
        visible: nav.collapsed
        spacing: Theme.spacing

        SamenButton {
            id: menuButton

            objectName: "menuButton"
            text: qsTr("Menu")
            primary: false
            Accessible.description: qsTr("Shows every place of the app: %1").arg(nav.sections.map(s => s.label).join(", "))
            onClicked: placesMenu.open()
        }
        // The place shown: aligned by the app's layout direction, not by its text's (an Arabic name put it to the right
        // in the English app: review 5, #5); a long name at most two lines, elided, whole for a screen reader (#3).
        // Not on the plan's home, whose heading says it already (at 200 % the plan's title showed twice: review 6, #21).
        Label {
            objectName: "navCurrentPlace"
            Layout.fillWidth: true
            visible: nav.current !== nav.headedPlace
            text: nav.currentLabel
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
    // The places as a list above the bar, one per row at the full text size.
    Popup {
        id: placesMenu

        objectName: "placesMenu"
        x: 0
        y: -height
        width: nav.width
        padding: Theme.spacingSmall
        focus: true
        modal: true
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
        background: Rectangle {
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius / 2
        }

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingSmall / 2
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Main menu")

            Repeater {
                model: nav.sections

                delegate: ItemDelegate {
                    id: place

                    required property var modelData
                    required property int index

                    Layout.fillWidth: true
                    objectName: "place_" + modelData.key
                    text: modelData.label
                    font.pixelSize: Theme.fontBody
                    font.bold: nav.current === modelData.key
                    highlighted: nav.current === modelData.key
                    focus: index === 0
                    focusPolicy: Qt.StrongFocus
                    Accessible.role: Accessible.PageTab
                    Accessible.name: modelData.label
                    Accessible.selected: highlighted
                    onClicked: choose()
                    Keys.onReturnPressed: choose()
                    Keys.onEnterPressed: choose()
                    // Qt 6.4 ignores an AT-SPI "Press" unless it is handled (switch access, voice control).
                    Accessible.onPressAction: choose()

                    function choose() {
                        placesMenu.close();
                        nav.selected(modelData.key);
                        menuButton.forceActiveFocus();
                    }

                    contentItem: Text {
                        text: place.text
                        font: place.font
                        color: place.highlighted ? Theme.accent : Theme.text
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                    background: Rectangle {
                        radius: Theme.radius / 2
                        color: place.highlighted ? Theme.selected : "transparent"
                        border.width: place.visualFocus || place.activeFocus ? Theme.focusWidth : 0
                        border.color: Theme.focus
                    }
                }
            }
        }
    }
}
