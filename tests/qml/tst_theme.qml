import QtQuick
import QtTest
import Samen

// The colours meet WCAG 2.1 AA: 4.5:1 for text, 3:1 for focus rings, borders
// of controls and other non-text parts that people need to see.
TestCase {
    name: "ThemeContrast"

    function channel(c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    function luminance(value) {
        const colour = Qt.lighter(value, 1.0); // accepts "#RRGGBB" strings too
        return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b);
    }
    function contrast(a, b) {
        const la = luminance(a);
        const lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    function test_the_contrast_formula_can_fail() {
        verify(contrast("#777777", "#FFFFFF") < 4.5, "grey on white is a known failure");
        fuzzyCompare(contrast("#000000", "#FFFFFF"), 21, 0.01);
    }

    function test_text_colours_on_every_background_data() {
        return [
            { tag: "text on background", fg: Theme.text, bg: Theme.background, min: 4.5 },
            { tag: "text on surface", fg: Theme.text, bg: Theme.surface, min: 4.5 },
            { tag: "muted text on background", fg: Theme.textMuted, bg: Theme.background, min: 4.5 },
            { tag: "muted text on surface", fg: Theme.textMuted, bg: Theme.surface, min: 4.5 },
            { tag: "accent text on surface", fg: Theme.accent, bg: Theme.surface, min: 4.5 },
            { tag: "accent text on background", fg: Theme.accent, bg: Theme.background, min: 4.5 },
            { tag: "button text on accent", fg: Theme.accentText, bg: Theme.accent, min: 4.5 },
            { tag: "accent on the selected tab", fg: Theme.accent, bg: Theme.selected, min: 4.5 },
            { tag: "success on surface", fg: Theme.success, bg: Theme.surface, min: 4.5 },
            { tag: "warning on surface", fg: Theme.warning, bg: Theme.surface, min: 4.5 },
            { tag: "danger on surface", fg: Theme.danger, bg: Theme.surface, min: 4.5 },
            { tag: "text on a done step", fg: Theme.text, bg: Theme.doneBackground, min: 4.5 },
            { tag: "muted text on a done step", fg: Theme.textMuted, bg: Theme.doneBackground, min: 4.5 },
            { tag: "text on a positive banner", fg: Theme.text, bg: Theme.positiveBackground, min: 4.5 },
            { tag: "success words on a positive banner", fg: Theme.success, bg: Theme.positiveBackground, min: 4.5 },
            { tag: "problem words on a problem banner", fg: Theme.danger, bg: Theme.problemBackground, min: 4.5 },
            { tag: "text on a problem banner", fg: Theme.text, bg: Theme.problemBackground, min: 4.5 },
            { tag: "focus ring on background", fg: Theme.focus, bg: Theme.background, min: 3 },
            { tag: "focus ring on surface", fg: Theme.focus, bg: Theme.surface, min: 3 },
            // Field, card and button borders show where a control is (WCAG 1.4.11).
            { tag: "border on background", fg: Theme.border, bg: Theme.background, min: 3 },
            { tag: "border on surface", fg: Theme.border, bg: Theme.surface, min: 3 },
            { tag: "border on a done step", fg: Theme.border, bg: Theme.doneBackground, min: 3 },
            { tag: "border on the selected tab", fg: Theme.border, bg: Theme.selected, min: 3 },
        ];
    }
    function test_text_colours_on_every_background(data) {
        const ratio = contrast(data.fg, data.bg);
        verify(ratio >= data.min, data.tag + ": " + ratio.toFixed(2) + ":1, needs " + data.min + ":1");
    }
}
