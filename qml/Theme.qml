pragma Singleton
import QtQuick
import Samen.Core

// Colours, spacing and type sizes for every page. Calm, high-contrast (WCAG 2.1 AA).
QtObject {
    // Colours: text on background >= 7:1, accents on white >= 4.5:1.
    readonly property color background: "#F7F5F0"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1F2328"
    readonly property color textMuted: "#4A5058"
    readonly property color accent: "#1F5F8B"
    readonly property color accentText: "#FFFFFF"
    readonly property color success: "#2E6B3A"
    readonly property color warning: "#8A5A00"
    readonly property color danger: "#A12622"
    // Borders of fields, cards and buttons: >= 3:1 on every background (WCAG 1.4.11; tst_theme.qml).
    readonly property color border: "#767C85"
    readonly property color focus: "#B3541E"
    readonly property color selected: "#E4EEF5"
    readonly property color doneBackground: "#EEF5EF"
    readonly property color positiveBackground: "#E3F1E6"
    readonly property color problemBackground: "#FBE9E7"

    // Spacing on a 4-point grid.
    readonly property int spacingSmall: 8
    readonly property int spacing: 16
    readonly property int spacingLarge: 24
    readonly property int radius: 12
    readonly property int focusWidth: 3

    // Type sizes: body text 16 px (or --font-size) times the text size the person chose
    // (100 % to 200 %, settings or --text-scale; DisplaySettings). Every page takes its sizes from here.
    readonly property real baseFont: DisplaySettings.bodyPixels
    readonly property real fontSmall: baseFont * 0.875
    readonly property real fontBody: baseFont
    // Headings grow less than body text (by the square root of the text size), so at 200 % a
    // heading still stands out but a long Dutch word in it fits a phone without breaking.
    readonly property real headingGrowth: 1 / Math.sqrt(DisplaySettings.textScale)
    readonly property real fontTitle: Math.max(baseFont, baseFont * 1.5 * headingGrowth)
    readonly property real fontHeadline: Math.max(fontTitle, baseFont * 2 * headingGrowth)
    // A heading inside a card or section: smaller than a page title, never smaller than the body text under it
    // (at 200 % fontTitle * 0.8 fell below the body: review 4, R4-5).
    readonly property real fontHeading: Math.max(fontBody, fontTitle * 0.8)

    // The people rings at most this wide; a QR code this big (scanners need it large and sharp).
    readonly property int pictureMaxWidth: 560
    readonly property int qrSize: 232

    // Below this width the layout is for phones: one column, bottom navigation.
    readonly property int phoneMaxWidth: 700
}
