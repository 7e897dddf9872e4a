#include "ui/quickitemaccessible.h"

#include <QCoreApplication>
#include <QQmlProperty>
#include <QQuickItem>
#include <QUrl>

#include <utility>

namespace samen::app {

namespace {
// The item whose Qt Quick interface factory() is asking Qt for (factory() declines for it, not for
// the parents and children Qt Quick may look up meanwhile).
QObject *creatingQuickInterfaceFor = nullptr;
QAccessible::UpdateHandler previousUpdateHandler = nullptr;

void forward(QAccessibleEvent *event)
{
    if (previousUpdateHandler) {
        previousUpdateHandler(event);
        return;
    }
    // No handler before ours: Qt's own path (the platform's AT-SPI bridge) runs while ours is out.
    const QAccessible::UpdateHandler ours = QAccessible::installUpdateHandler(nullptr);
    QAccessible::updateAccessibility(event);
    QAccessible::installUpdateHandler(ours);
}
} // namespace

namespace {
bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ListItem:
    case QAccessible::MenuItem:
    case QAccessible::PageTab:
    case QAccessible::EditableText:
    case QAccessible::ComboBox:
        return true;
    default:
        return false;
    }
}
} // namespace

QuickItemAccessible::QuickItemAccessible(QQuickItem *item, QAccessibleInterface *quick)
    : QAccessibleObject(item)
    , m_quick(quick)
    , m_passphrase(item)
{
}

void QuickItemAccessible::install()
{
    // QAccessible asks the factory installed last first: (re)install this one after Qt Quick's.
    QAccessible::removeFactory(&QuickItemAccessible::factory);
    QAccessible::installFactory(&QuickItemAccessible::factory);
    const QAccessible::UpdateHandler before = QAccessible::installUpdateHandler(&QuickItemAccessible::maskTextEvents);
    if (before != &QuickItemAccessible::maskTextEvents)
        previousUpdateHandler = before;
}

QAccessibleInterface *QuickItemAccessible::factory(const QString &className, QObject *object)
{
    // Qt walks the class hierarchy from the most derived class; Qt Quick answers at "QQuickItem".
    if (object == creatingQuickInterfaceFor || className != QLatin1String("QQuickItem"))
        return nullptr;
    auto *item = qobject_cast<QQuickItem *>(object);
    if (!item)
        return nullptr;
    QObject *const outer = std::exchange(creatingQuickInterfaceFor, object);
    QAccessibleInterface *quick = QAccessible::queryAccessibleInterface(object);
    creatingQuickInterfaceFor = outer;
    if (!quick)
        return nullptr;
    return new QuickItemAccessible(item, quick);
}

QQuickItem *QuickItemAccessible::item() const
{
    return static_cast<QQuickItem *>(object());
}

bool QuickItemAccessible::isValid() const
{
    return QAccessibleObject::isValid() && m_quick->isValid();
}

QWindow *QuickItemAccessible::window() const
{
    return m_quick->window();
}

QList<QPair<QAccessibleInterface *, QAccessible::Relation>> QuickItemAccessible::relations(QAccessible::Relation match) const
{
    return m_quick->relations(match);
}

QAccessibleInterface *QuickItemAccessible::focusChild() const
{
    return m_quick->focusChild();
}

QAccessibleInterface *QuickItemAccessible::childAt(int x, int y) const
{
    return m_quick->childAt(x, y);
}

QAccessibleInterface *QuickItemAccessible::parent() const
{
    return m_quick->parent();
}

QAccessibleInterface *QuickItemAccessible::child(int index) const
{
    return m_quick->child(index);
}

int QuickItemAccessible::childCount() const
{
    return m_quick->childCount();
}

int QuickItemAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    return m_quick->indexOfChild(child);
}

QString QuickItemAccessible::shownText() const
{
    for (const char *property : { "text", "placeholderText" }) {
        const QVariant shown = object()->property(property);
        if (shown.typeId() == QMetaType::QString && !shown.toString().trimmed().isEmpty())
            return shown.toString();
    }
    QStringList texts;
    textsUnder(item(), texts, 0);
    if (!texts.isEmpty())
        return texts.join(QStringLiteral(", "));
    if (m_quick->role() == QAccessible::ScrollBar)
        return QCoreApplication::translate("QuickItemAccessible", "Scroll bar");
    // The only picture-only button Qt's own file dialog has: its "up" arrow.
    if (object()->metaObject()->indexOfProperty("icon") >= 0) {
        const QString icon = QQmlProperty::read(object(), QStringLiteral("icon.source")).toUrl().fileName();
        if (icon.startsWith(QLatin1String("up-icon")))
            return QCoreApplication::translate("QuickItemAccessible", "One folder up");
    }
    return {};
}

void QuickItemAccessible::textsUnder(const QQuickItem *parent, QStringList &texts, int depth)
{
    if (!parent || depth > 4)
        return;
    for (const QQuickItem *child : parent->childItems()) {
        if (!child->isVisible())
            continue;
        if (child->inherits("QQuickText")) {
            const QString text = child->property("text").toString().trimmed();
            if (!text.isEmpty())
                texts.append(text);
        } else {
            textsUnder(child, texts, depth + 1);
        }
    }
}

QString QuickItemAccessible::text(QAccessible::Text type) const
{
    if (!PassphraseText::hides(object())) {
        const QString text = m_quick->text(type);
        // A control nobody named (inside Qt's own dialogs) is named by what it shows.
        if (type == QAccessible::Name && text.trimmed().isEmpty() && (isControl(m_quick->role()) || m_quick->role() == QAccessible::ScrollBar))
            return shownText();
        return text;
    }
    switch (type) {
    case QAccessible::Name: {
        const QString name = object()->property("accessibleName").toString();
        return name.isEmpty() ? object()->property("placeholderText").toString() : name;
    }
    case QAccessible::Value:
        return m_passphrase.masked();
    case QAccessible::Description:
        return m_quick->text(type);
    default:
        return {};
    }
}

void QuickItemAccessible::setText(QAccessible::Text type, const QString &text)
{
    m_quick->setText(type, text);
}

QRect QuickItemAccessible::rect() const
{
    return m_quick->rect();
}

QAccessible::Role QuickItemAccessible::role() const
{
    return m_quick->role();
}

QAccessible::State QuickItemAccessible::state() const
{
    QAccessible::State state = m_quick->state();
    if (!item()->isEnabled())
        state.disabled = true;
    if (PassphraseText::hides(object()))
        state.passwordEdit = true;
    return state;
}

void *QuickItemAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (PassphraseText::hides(object())) {
        if (type == QAccessible::TextInterface)
            return static_cast<QAccessibleTextInterface *>(&m_passphrase);
        if (type == QAccessible::EditableTextInterface)
            return nullptr;
    }
    return m_quick->interface_cast(type);
}

void QuickItemAccessible::maskTextEvents(QAccessibleEvent *event)
{
    QObject *source = event->object();
    if (!source) {
        if (QAccessibleInterface *iface = event->accessibleInterface())
            source = iface->object();
    }
    if (!PassphraseText::hides(source)) {
        forward(event);
        return;
    }
    switch (event->type()) {
    case QAccessible::TextInserted: {
        const auto *typed = static_cast<QAccessibleTextInsertEvent *>(event);
        QAccessibleTextInsertEvent masked(source, typed->changePosition(), PassphraseText::mask(source, typed->textInserted().size()));
        forward(&masked);
        return;
    }
    case QAccessible::TextRemoved: {
        const auto *removed = static_cast<QAccessibleTextRemoveEvent *>(event);
        QAccessibleTextRemoveEvent masked(source, removed->changePosition(), PassphraseText::mask(source, removed->textRemoved().size()));
        forward(&masked);
        return;
    }
    case QAccessible::TextUpdated: {
        const auto *update = static_cast<QAccessibleTextUpdateEvent *>(event);
        QAccessibleTextUpdateEvent masked(source, update->changePosition(), PassphraseText::mask(source, update->textRemoved().size()),
                                          PassphraseText::mask(source, update->textInserted().size()));
        forward(&masked);
        return;
    }
    default:
        forward(event);
        return;
    }
}

} // namespace samen::app
