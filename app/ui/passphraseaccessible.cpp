#include "ui/passphraseaccessible.h"

#include <QQuickItem>
#include <QQuickWindow>

namespace samen::app {

namespace {
// TextInput.EchoMode: Normal is 0; NoEcho, Password and PasswordEchoOnEdit hide what is typed.
constexpr int echoNormal = 0;
} // namespace

PassphraseAccessible::PassphraseAccessible(QQuickItem *field)
    : QAccessibleObject(field)
    , m_field(field)
{
}

void PassphraseAccessible::install()
{
    // QAccessible asks the factory installed last first: (re)install this one after Qt Quick's.
    QAccessible::removeFactory(&PassphraseAccessible::factory);
    QAccessible::installFactory(&PassphraseAccessible::factory);
}

QAccessibleInterface *PassphraseAccessible::factory(const QString &className, QObject *object)
{
    Q_UNUSED(className)
    auto *item = qobject_cast<QQuickItem *>(object);
    if (!item || item->metaObject()->indexOfProperty("passwordCharacter") < 0)
        return nullptr;
    const QVariant echo = item->property("echoMode");
    if (!echo.isValid() || echo.toInt() == echoNormal)
        return nullptr;
    return new PassphraseAccessible(item);
}

QQuickItem *PassphraseAccessible::field() const
{
    return m_field.data();
}

QString PassphraseAccessible::masked() const
{
    const QQuickItem *item = field();
    if (!item)
        return {};
    const QString mask = item->property("passwordCharacter").toString();
    const qsizetype length = item->property("length").toInt();
    return QString(length, mask.isEmpty() ? QChar(0x25CF) : mask.at(0));
}

QAccessibleInterface *PassphraseAccessible::parent() const
{
    QQuickItem *item = field();
    if (!item || !item->parentItem())
        return nullptr;
    QQuickWindow *window = item->window();
    if (window && item->parentItem() == window->contentItem())
        return QAccessible::queryAccessibleInterface(window);
    return QAccessible::queryAccessibleInterface(item->parentItem());
}

QAccessibleInterface *PassphraseAccessible::child(int index) const
{
    Q_UNUSED(index)
    return nullptr;
}

int PassphraseAccessible::childCount() const
{
    return 0;
}

int PassphraseAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    Q_UNUSED(child)
    return -1;
}

QString PassphraseAccessible::text(QAccessible::Text type) const
{
    const QQuickItem *item = field();
    if (!item)
        return {};
    switch (type) {
    case QAccessible::Name: {
        const QString name = item->property("accessibleName").toString();
        return name.isEmpty() ? item->property("placeholderText").toString() : name;
    }
    case QAccessible::Value:
        return masked();
    default:
        return {};
    }
}

QRect PassphraseAccessible::rect() const
{
    const QQuickItem *item = field();
    if (!item || !item->window() || !item->isVisible())
        return {};
    const QPointF scenePoint = item->mapToScene(QPointF(0, 0));
    return { item->window()->mapToGlobal(scenePoint.toPoint()), QSize(int(item->width()), int(item->height())) };
}

QAccessible::Role PassphraseAccessible::role() const
{
    return QAccessible::EditableText;
}

QAccessible::State PassphraseAccessible::state() const
{
    QAccessible::State st;
    const QQuickItem *item = field();
    if (!item)
        return st;
    st.passwordEdit = true;
    st.editable = !item->property("readOnly").toBool();
    st.readOnly = !st.editable;
    st.focusable = true;
    st.focused = item->hasActiveFocus();
    st.disabled = !item->isEnabled();
    st.invisible = !item->isVisible() || !item->window() || !item->window()->isVisible() || qFuzzyIsNull(item->opacity());
    return st;
}

QWindow *PassphraseAccessible::window() const
{
    const QQuickItem *item = field();
    return item ? item->window() : nullptr;
}

void *PassphraseAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface *>(this);
    return QAccessibleObject::interface_cast(type);
}

void PassphraseAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    Q_UNUSED(selectionIndex)
    *startOffset = 0;
    *endOffset = 0;
}

int PassphraseAccessible::selectionCount() const
{
    return 0;
}

void PassphraseAccessible::addSelection(int startOffset, int endOffset)
{
    Q_UNUSED(startOffset)
    Q_UNUSED(endOffset)
}

void PassphraseAccessible::removeSelection(int selectionIndex)
{
    Q_UNUSED(selectionIndex)
}

void PassphraseAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    Q_UNUSED(selectionIndex)
    Q_UNUSED(startOffset)
    Q_UNUSED(endOffset)
}

int PassphraseAccessible::cursorPosition() const
{
    const QQuickItem *item = field();
    return item ? item->property("cursorPosition").toInt() : 0;
}

void PassphraseAccessible::setCursorPosition(int position)
{
    if (QQuickItem *item = field())
        item->setProperty("cursorPosition", position);
}

QString PassphraseAccessible::text(int startOffset, int endOffset) const
{
    const QString mask = masked();
    if (endOffset < 0 || endOffset > mask.size())
        endOffset = int(mask.size());
    startOffset = qBound(0, startOffset, endOffset);
    return mask.mid(startOffset, endOffset - startOffset);
}

int PassphraseAccessible::characterCount() const
{
    return int(masked().size());
}

QRect PassphraseAccessible::characterRect(int offset) const
{
    Q_UNUSED(offset)
    return {};
}

int PassphraseAccessible::offsetAtPoint(const QPoint &point) const
{
    Q_UNUSED(point)
    return -1;
}

void PassphraseAccessible::scrollToSubstring(int startIndex, int endIndex)
{
    Q_UNUSED(startIndex)
    Q_UNUSED(endIndex)
}

QString PassphraseAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    *startOffset = offset;
    *endOffset = offset;
    return {};
}

QStringList PassphraseAccessible::actionNames() const
{
    return { QAccessibleActionInterface::setFocusAction() };
}

void PassphraseAccessible::doAction(const QString &actionName)
{
    if (actionName == QAccessibleActionInterface::setFocusAction()) {
        if (QQuickItem *item = field())
            item->forceActiveFocus();
    }
}

QStringList PassphraseAccessible::keyBindingsForAction(const QString &actionName) const
{
    Q_UNUSED(actionName)
    return {};
}

} // namespace samen::app
