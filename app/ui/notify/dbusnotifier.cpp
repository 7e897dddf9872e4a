#ifdef SAMEN_HAVE_QTDBUS

#include "ui/notify/dbusnotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QStringList>
#include <QVariantMap>

namespace samen::app {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");

} // namespace

DBusNotifier::DBusNotifier(const QDBusConnection &bus)
    : m_bus(bus)
{
}

DBusNotifier::~DBusNotifier() = default;

void DBusNotifier::notify(const QString &summary, const QString &body, std::function<void(bool shown)> done)
{
    if (!m_bus.isConnected()) {
        if (done)
            done(false);
        return;
    }
    if (m_markup.has_value()) {
        send(summary, body, done);
        return;
    }
    const QDBusMessage ask = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(ask), &m_calls);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, &m_calls, [this, summary, body, done](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) { // no notification service on this bus
            if (done)
                done(false);
            return;
        }
        m_markup = reply.value().contains(QStringLiteral("body-markup"));
        send(summary, body, done);
    });
}

void DBusNotifier::send(const QString &summary, const QString &body, const std::function<void(bool)> &done)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << QStringLiteral("Samen") // app_name
         << 0U // replaces_id: a new notification
         << QString() // app_icon
         << summary // plain text by the specification
         << (m_markup.value_or(false) ? body.toHtmlEscaped() : body) << QStringList() // actions: none
         << QVariantMap() // hints
         << -1; // expire_timeout: the server's default
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), &m_calls);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, &m_calls, [done](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (done)
            done(!reply.isError());
    });
}

} // namespace samen::app

#endif
