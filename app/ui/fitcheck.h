#pragma once

#include <QStringList>

class QQuickItem;

namespace samen::app {

/**
 * Finds what a person cannot read whole on the screen shown (issue 17: text at 200 % on a
 * phone with nothing clipped). Walks every visible item under `root` and reports, one plain
 * line each: a text that is elided or cut to fewer lines (`truncated`); a word wider than its
 * text's line, which Text.Wrap breaks in two (a name cut in the middle) and Text.WordWrap lets
 * run past the item's edge (a text wrapping anywhere on purpose, Text.WrapAnywhere as for a
 * code, is not judged); a text, text field
 * or control that sticks out past the left or right edge of the window or of a clipping
 * item it sits in (a list, a page stack); and one that ends below the window where nothing
 * scrolls it into view. The screenshot tour runs it on every screen (ScreenshotTour).
 */
class FitCheck
{
public:
    /**
     * The problems under `root` (its window's content item when null is not given); empty when all fits.
     * A page stack (StackView) still moving a page in or out is one too: what is measured then is not
     * where the page stays (review 3, #25: the caseload's phone plan half slid in, cut at the edge).
     */
    static QStringList problems(QQuickItem *root);
    /** True while a visible page stack under `root` moves a page in or out (StackView `busy`). */
    static bool moving(QQuickItem *root);
};

} // namespace samen::app
