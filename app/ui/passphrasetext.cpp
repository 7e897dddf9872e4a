#include "ui/passphrasetext.h"

#include <QQuickItem>

namespace samen::app {

namespace {
// TextInput.EchoMode: Normal is 0; NoEcho, Password and PasswordEchoOnEdit hide what is typed.
constexpr int echoNormal = 0;
} // namespace

PassphraseText::PassphraseText(QQuickItem *field)
    : m_field(field)
{
}

bool PassphraseText::hides(const QObject *object)
{
    if (!object || object->metaObject()->indexOfProperty("passwordCharacter") < 0)
        return false;
    const QVariant echo = object->property("echoMode");
    return echo.isValid() && echo.toInt() != echoNormal;
}

QString PassphraseText::mask(const QObject *object, qsizetype count)
{
    const QString character = object ? object->property("passwordCharacter").toString() : QString();
    return QString(count, character.isEmpty() ? QChar(0x25CF) : character.at(0));
}

QString PassphraseText::masked() const
{
    const QQuickItem *field = m_field.data();
    return field ? mask(field, field->property("length").toInt()) : QString();
}

void PassphraseText::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    Q_UNUSED(selectionIndex)
    *startOffset = 0;
    *endOffset = 0;
}

int PassphraseText::selectionCount() const
{
    return 0;
}

void PassphraseText::addSelection(int startOffset, int endOffset)
{
    Q_UNUSED(startOffset)
    Q_UNUSED(endOffset)
}

void PassphraseText::removeSelection(int selectionIndex)
{
    Q_UNUSED(selectionIndex)
}

void PassphraseText::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    Q_UNUSED(selectionIndex)
    Q_UNUSED(startOffset)
    Q_UNUSED(endOffset)
}

int PassphraseText::cursorPosition() const
{
    const QQuickItem *field = m_field.data();
    return field ? field->property("cursorPosition").toInt() : 0;
}

void PassphraseText::setCursorPosition(int position)
{
    if (QQuickItem *field = m_field.data())
        field->setProperty("cursorPosition", position);
}

QString PassphraseText::text(int startOffset, int endOffset) const
{
    const QString all = masked();
    if (endOffset < 0 || endOffset > all.size())
        endOffset = int(all.size());
    startOffset = qBound(0, startOffset, endOffset);
    return all.mid(startOffset, endOffset - startOffset);
}

QString PassphraseText::textBeforeOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset, int *endOffset) const
{
    const QString all = masked();
    if (offset == -1)
        offset = int(all.size());
    if (boundaryType == QAccessible::CharBoundary && offset > 0 && offset <= all.size()) {
        *startOffset = offset - 1;
        *endOffset = offset;
        return all.mid(offset - 1, 1);
    }
    *startOffset = *endOffset = -1;
    return {};
}

QString PassphraseText::textAfterOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset, int *endOffset) const
{
    const QString all = masked();
    if (boundaryType == QAccessible::CharBoundary && offset >= 0 && offset + 1 < all.size()) {
        *startOffset = offset + 1;
        *endOffset = offset + 2;
        return all.mid(offset + 1, 1);
    }
    *startOffset = *endOffset = -1;
    return {};
}

QString PassphraseText::textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset, int *endOffset) const
{
    const QString all = masked();
    if (offset == -1)
        offset = int(all.size());
    *startOffset = *endOffset = -1;
    if (all.isEmpty() || offset < 0 || offset > all.size())
        return {};
    if (boundaryType == QAccessible::CharBoundary) {
        if (offset == all.size())
            return {};
        *startOffset = offset;
        *endOffset = offset + 1;
        return all.mid(offset, 1);
    }
    *startOffset = 0;
    *endOffset = int(all.size());
    return all;
}

int PassphraseText::characterCount() const
{
    return int(masked().size());
}

QRect PassphraseText::characterRect(int offset) const
{
    Q_UNUSED(offset)
    return {};
}

int PassphraseText::offsetAtPoint(const QPoint &point) const
{
    Q_UNUSED(point)
    return -1;
}

void PassphraseText::scrollToSubstring(int startIndex, int endIndex)
{
    Q_UNUSED(startIndex)
    Q_UNUSED(endIndex)
}

QString PassphraseText::attributes(int offset, int *startOffset, int *endOffset) const
{
    *startOffset = offset;
    *endOffset = offset;
    return {};
}

} // namespace samen::app
