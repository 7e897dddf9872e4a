#pragma once

#include <QAccessibleActionInterface>
#include <QAccessibleObject>
#include <QAccessibleTextInterface>
#include <QPointer>

class QQuickItem;

namespace samen::app {

/**
 * What an assistive technology (a screen reader over AT-SPI) is told about a
 * passphrase field: a text field whose echoMode hides what is typed. Qt 6.4's own
 * description of such a field has no name (QQuickAccessibleAttached::name() is empty
 * for a password edit) and hands the typed text to anyone who asks through the text
 * interface. This one reports the role "password text", the field's name (its
 * `accessibleName` property, else its placeholder text) and, as text, only as many
 * mask characters (the field's passwordCharacter) as were typed. Installed in
 * appMain once QtQuick is imported, before the pages load; factory() returns nullptr for every
 * other object, so Qt's own description applies there.
 */
class PassphraseAccessible : public QAccessibleObject, public QAccessibleTextInterface, public QAccessibleActionInterface
{
public:
    explicit PassphraseAccessible(QQuickItem *field);

    /** Puts factory() in front of Qt Quick's own (asked first); call after QtQuick is imported, before the pages load. */
    static void install();
    /** A PassphraseAccessible for a QQuickItem whose echoMode is not Normal; nullptr for anything else. */
    static QAccessibleInterface *factory(const QString &className, QObject *object);

    // QAccessibleInterface
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QString text(QAccessible::Text type) const override;
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    QWindow *window() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    // QAccessibleTextInterface: the mask, never the typed text
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

    // QAccessibleActionInterface: only "SetFocus", as for any focusable field
    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

private:
    QQuickItem *field() const;
    QString masked() const;

    QPointer<QQuickItem> m_field;
};

} // namespace samen::app
