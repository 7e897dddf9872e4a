#pragma once

#include <QAccessibleTextInterface>
#include <QPointer>

class QObject;
class QQuickItem;

namespace samen::app {

/**
 * The text interface an assistive technology (a screen reader over AT-SPI) gets for a
 * field whose echoMode hides what is typed (Password, NoEcho, PasswordEchoOnEdit): as many
 * mask characters (the field's passwordCharacter) as were typed (the whole mask is one word, one
 * line), the caret, no selection;
 * never the typed text. Qt 6.4's own text interface for a Qt Quick text field reads its
 * `text` property, password or not. Used by QuickItemAccessible.
 */
class PassphraseText : public QAccessibleTextInterface
{
public:
    explicit PassphraseText(QQuickItem *field);

    /** True for a Qt Quick text input (it has `passwordCharacter`) whose echoMode is not Normal. */
    static bool hides(const QObject *object);
    /** `count` mask characters of `object`'s passwordCharacter (U+25CF when it has none). */
    static QString mask(const QObject *object, qsizetype count);

    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    // Qt's default boundary search loops for ever on a string of mask characters (Qt 6.4's
    // QAccessibleTextInterface::textAtOffset with a word boundary): the mask is one word and one line here.
    QString textBeforeOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset, int *endOffset) const override;
    QString textAfterOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset, int *endOffset) const override;
    QString textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset, int *endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

    /** The whole mask: as many mask characters as the field holds. */
    QString masked() const;

private:
    QPointer<QQuickItem> m_field;
};

} // namespace samen::app
