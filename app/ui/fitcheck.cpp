#include "ui/fitcheck.h"

#include <QAccessible>
#include <QFont>
#include <QFontMetricsF>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>

namespace samen::app {

namespace {

// Half a pixel: layouts place items on fractional positions.
constexpr qreal slack = 0.5;

/** What the item shows or is called, for the report. */
QString describe(const QQuickItem *item)
{
    const QString text = item->property("text").toString().simplified();
    QString what = QString::fromLatin1(item->metaObject()->className()).section(u'_', 0, 0);
    if (!item->objectName().isEmpty())
        what += u' ' + item->objectName();
    if (!text.isEmpty())
        what += QStringLiteral(" \"%1\"").arg(text.left(60));
    return what;
}

/** Texts, text fields and Quick Controls: what a person reads or uses. */
bool isReadOrUsed(const QQuickItem *item)
{
    return item->inherits("QQuickText") || item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit") || item->inherits("QQuickControl");
}

/**
 * A text shortened on purpose (Text.elide set: a long name in a title, tab or chip, review 5 of issue 14, #3) whose
 * whole is still there for a screen reader (each of its words): in its own accessible name or in that of the control or row it is part of
 * (a button's or tab's contentItem, up to four levels up). Such a text is not "cut short"; one cut without elide or without its whole is.
 */
bool shortenedOnPurpose(QQuickItem *item)
{
    if (!item->inherits("QQuickText") || item->property("elide").toInt() == Qt::ElideNone)
        return false;
    // Its words (those with a letter or digit: not a "★"), without the marks that isolate a name.
    static const QRegularExpression isolates(QStringLiteral("[\\x{2066}-\\x{2069}]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    static const QRegularExpression wordish(QStringLiteral("[\\p{L}\\p{N}]"));
    const QStringList words = item->property("text").toString().remove(isolates).split(spaces, Qt::SkipEmptyParts).filter(wordish);
    // The text itself, or the control or row it is part of (a button's contentItem, a list row's column, a chip).
    QQuickItem *part = item;
    for (int up = 0; part && up < 4; ++up, part = part->parentItem()) {
        QAccessibleInterface *said = QAccessible::queryAccessibleInterface(part);
        const QString heard = said ? said->text(QAccessible::Name).remove(isolates) : QString();
        if (!heard.isEmpty() && std::all_of(words.cbegin(), words.cend(), [&](const QString &word) { return heard.contains(word); }))
            return true;
    }
    return false;
}

/** A page stack in the middle of a push or pop transition. */
bool isMovingStack(const QQuickItem *item)
{
    return item->inherits("QQuickStackView") && item->property("busy").toBool();
}

bool anyMoving(QQuickItem *item)
{
    if (!item->isVisible())
        return false;
    if (isMovingStack(item))
        return true;
    const QList<QQuickItem *> children = item->childItems();
    return std::any_of(children.cbegin(), children.cend(), [](QQuickItem *child) { return anyMoving(child); });
}

/**
 * The first word of a wrapping text that is wider than its line, empty when none: under Text.Wrap the text breaks
 * it in two, under Text.WordWrap it runs past the line's end (past the item's edge). A text wrapping anywhere on
 * purpose (Text.WrapAnywhere: a code, a key) is not judged, nor are rich and styled text. Words are what Qt may
 * break between: spaces, hyphens, slashes and zero-width spaces (DisplayText.breakable puts those in an e-mail
 * address after "@" and ".").
 */
QString wordTooWide(const QQuickItem *item)
{
    const int wrap = item->property("wrapMode").toInt();
    if (!item->inherits("QQuickText") || (wrap != QTextOption::WrapAtWordBoundaryOrAnywhere && wrap != QTextOption::WordWrap))
        return {};
    const QString text = item->property("text").toString();
    const int format = item->property("textFormat").toInt(); // Text.PlainText 0, Text.AutoText 2
    if (format != 0 && (format != 2 || Qt::mightBeRichText(text)))
        return {};
    const qreal line = item->width() - item->property("leftPadding").toReal() - item->property("rightPadding").toReal();
    if (line <= 0)
        return {};
    const QFontMetricsF metrics(item->property("font").value<QFont>());
    // Qt's line breaking may also break after a hyphen or a slash: those parts are words of their own here.
    static const QRegularExpression between(QStringLiteral("[\\s/\\-\\x{2010}\\x{200B}]+"));
    const QStringList words = text.split(between, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (metrics.horizontalAdvance(word) > line + slack)
            return word;
    }
    return {};
}

struct Walk {
    QRectF window;
    QStringList found;

    // clip: the scene rectangle of the nearest clipping ancestor (the window when none); scrolls: inside a Flickable.
    void visit(QQuickItem *item, const QRectF &clip, bool scrolls)
    {
        if (!item->isVisible() || qFuzzyIsNull(item->opacity()))
            return;
        const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (isMovingStack(item))
            found.append(QStringLiteral("%1 is still moving a page in or out").arg(describe(item)));
        if (isReadOrUsed(item) && item->width() > 0 && item->height() > 0) {
            if (item->property("truncated").toBool() && !shortenedOnPurpose(item))
                found.append(QStringLiteral("%1 is cut short").arg(describe(item)));
            if (const QString word = wordTooWide(item); !word.isEmpty())
                found.append((item->property("wrapMode").toInt() == QTextOption::WordWrap
                                  ? QStringLiteral("%1 cannot fit the word \"%2\" on a line: it runs past the end")
                                  : QStringLiteral("%1 breaks the word \"%2\" in two: it is wider than its line"))
                                 .arg(describe(item), word));
            // Only what is (partly) on screen vertically can be judged; a list's rows out of view are fine.
            const bool shownRow = rect.bottom() > clip.top() && rect.top() < clip.bottom();
            if (shownRow && (rect.left() < clip.left() - slack || rect.right() > clip.right() + slack))
                found.append(QStringLiteral("%1 sticks out at the side (%2 to %3 of %4 to %5)")
                                 .arg(describe(item))
                                 .arg(qRound(rect.left()))
                                 .arg(qRound(rect.right()))
                                 .arg(qRound(clip.left()))
                                 .arg(qRound(clip.right())));
            if (!scrolls && rect.bottom() > window.bottom() + slack)
                found.append(QStringLiteral("%1 runs off the bottom of the window, and nothing scrolls it into view").arg(describe(item)));
        }
        QRectF innerClip = clip;
        if (item->clip())
            innerClip = clip.intersected(rect);
        const bool innerScrolls = scrolls || item->inherits("QQuickFlickable");
        const QList<QQuickItem *> children = item->childItems();
        for (QQuickItem *child : children)
            visit(child, innerClip, innerScrolls);
    }
};

} // namespace

QStringList FitCheck::problems(QQuickItem *root)
{
    if (!root || !root->window())
        return {};
    Walk walk;
    walk.window = QRectF(QPointF(0, 0), root->window()->size());
    walk.visit(root, walk.window, false);
    walk.found.removeDuplicates();
    return walk.found;
}

bool FitCheck::moving(QQuickItem *root)
{
    return root && anyMoving(root);
}

} // namespace samen::app
