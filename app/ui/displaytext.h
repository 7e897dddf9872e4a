#pragma once

#include <QFont>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>

namespace samen::app {

/**
 * People's text made ready to sit inside the app's own sentences (QML singleton
 * DisplayText): isolated by TextHygiene::isolate, so a right-to-left name keeps its
 * direction and cannot reorder the words around it. Text shown on its own needs nothing.
 * Also the words for the plan's coded values (statuswords), shared with samen-cli.
 */
class DisplayText : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    explicit DisplayText(QObject *parent = nullptr);
    static DisplayText *create(QQmlEngine *, QJSEngine *) { return new DisplayText; }

    /** text between U+2068 and U+2069 (empty stays empty); invalid UTF-16 shown as U+FFFD. */
    Q_INVOKABLE QString isolate(const QString &text) const;
    /**
     * An e-mail address, web address or other long identifier made breakable at its natural joins: a zero-width
     * space (U+200B) after each "@" and "." inside it, so a line too narrow for it breaks there, never in the
     * middle of a name (a phone at 200 %). For display only: link to, copy and name the address without it.
     */
    Q_INVOKABLE QString breakable(const QString &address) const;
    /**
     * The width in pixels of the widest word of `text` (words: between white space) in `font`, rounded up, plus one
     * pixel: what a tab, chip or list box must keep so that none of its words is broken in two or runs past its edge
     * (FitCheck); 1 for an empty text.
     */
    Q_INVOKABLE qreal widestWord(const QString &text, const QFont &font) const;
    /** The non-empty parts joined with " · " (a card's detail line: status, steps, date); "" when all are empty. */
    Q_INVOKABLE QString joinShown(const QStringList &parts) const;
    /** A goal's status in words (statuswords::goal). */
    Q_INVOKABLE QString goalStatus(const QString &status) const;
    /** A timeline entry's kind in words (statuswords::timeline). */
    Q_INVOKABLE QString timelineKind(const QString &kind) const;
};

} // namespace samen::app
