#pragma once

#include <QObject>
#include <QQmlEngine>

namespace samen::app {

/**
 * People's text made ready to sit inside the app's own sentences (QML singleton
 * DisplayText): isolated by TextHygiene::isolate, so a right-to-left name keeps its
 * direction and cannot reorder the words around it. Text shown on its own needs nothing.
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
};

} // namespace samen::app
