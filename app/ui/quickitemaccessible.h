#pragma once

#include "ui/passphrasetext.h"

#include <QAccessibleObject>

class QQuickItem;

namespace samen::app {

/**
 * What an assistive technology (a screen reader, switch access, voice control over
 * AT-SPI) is told about a Qt Quick item: Qt Quick's own description, with what Qt 6.4
 * gets wrong put right, for every item at once:
 * - a control without a name (those inside Qt's own file dialog) is named by the text it
 *   shows (its `text`, its placeholder, the texts inside it; a scroll bar "Scroll bar",
 *   the dialog's picture-only "up" button "One folder up");
 * - a disabled item is reported disabled (Qt 6.4's state() never sets `disabled`, so
 *   AT-SPI called every control "enabled" and "sensitive");
 * - a field whose echoMode hides what is typed has a name (its `accessibleName` property,
 *   else its placeholder text: Qt 6.4 gives a password edit none) and offers only mask
 *   characters as value and text (PassphraseText); Qt 6.4 reads its `text` property.
 *   This is decided on every call, so a field whose echoMode is set after Qt cached its
 *   description (Qt creates and caches it while QML still builds the field) is covered.
 * Everything else is Qt Quick's own interface (kept, owned by Qt's cache).
 * install() also masks the text that text-change events carry for such fields (Qt Quick
 * sends the old and new text when a field's text is set, e.g. emptied after a wrong
 * passphrase; AT-SPI passes it on to every listener).
 */
class QuickItemAccessible : public QAccessibleObject
{
public:
    QuickItemAccessible(QQuickItem *item, QAccessibleInterface *quick);

    /** Installs factory() in front of Qt Quick's (asked first) and the event masking; call after QtQuick is imported, before the pages load. */
    static void install();
    /** A QuickItemAccessible around Qt Quick's own interface for a QQuickItem; nullptr for anything else. */
    static QAccessibleInterface *factory(const QString &className, QObject *object);

    bool isValid() const override;
    QWindow *window() const override;
    QList<QPair<QAccessibleInterface *, QAccessible::Relation>> relations(QAccessible::Relation match) const override;
    QAccessibleInterface *focusChild() const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QString text(QAccessible::Text type) const override;
    void setText(QAccessible::Text type, const QString &text) override;
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

private:
    /** The update handler: text events of a hiding field carry mask characters, then go on to AT-SPI. */
    static void maskTextEvents(QAccessibleEvent *event);
    QQuickItem *item() const;
    /** What a control shows of its own: its `text`, its `placeholderText`, the texts inside it; "Scroll bar"; empty when nothing. */
    QString shownText() const;
    /** The visible texts (QQuickText items) under `parent`, depth first, at most 4 levels down. */
    static void textsUnder(const QQuickItem *parent, QStringList &texts, int depth);

    QAccessibleInterface *m_quick;
    PassphraseText m_passphrase;
};

} // namespace samen::app
