#pragma once

#ifdef SAMEN_HAVE_QTDBUS

#include "ui/notify/notifier.h"

#include <QDBusConnection>
#include <QObject>

#include <optional>

namespace samen::app {

/**
 * Desktop notifications through org.freedesktop.Notifications on a D-Bus connection (the
 * Desktop Notifications Specification 1.2: GetCapabilities, then Notify with app_name "Samen",
 * no actions, the server's default timeout). The body is escaped as XML text when the server
 * says it reads markup ("body-markup"), so a person's words are shown as written.
 * Every call is asynchronous: the UI never waits for the desktop.
 */
class DBusNotifier : public Notifier
{
public:
    explicit DBusNotifier(const QDBusConnection &bus);
    ~DBusNotifier() override;

    void notify(const QString &summary, const QString &body, std::function<void(bool shown)> done) override;

private:
    void send(const QString &summary, const QString &body, const std::function<void(bool)> &done);

    QDBusConnection m_bus;
    std::optional<bool> m_markup; ///< whether the server reads markup in the body; asked once
    QObject m_calls; ///< parent of the pending calls' watchers: destroyed with this, so no late callback
};

} // namespace samen::app

#endif
