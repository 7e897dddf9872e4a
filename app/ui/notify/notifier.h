#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace samen::app {

/**
 * A desktop's notification service: a short message shown outside the app's window, where
 * the platform has one. Implementations: DBusNotifier (freedesktop.org Desktop Notifications
 * on the session D-Bus); elsewhere there is none and forThisDesktop() gives nullptr.
 * Threading rule: used on the UI thread.
 */
class Notifier
{
public:
    virtual ~Notifier() = default;
    /**
     * Shows summary (one plain line) and body (plain text, lines separated by '\n'). done is called
     * later, at most once, on this thread: true when the desktop took the notification, false when it
     * could not (no notification service, an error). Never called after the notifier is destroyed.
     */
    virtual void notify(const QString &summary, const QString &body, std::function<void(bool shown)> done) = 0;

    /** The desktop's notification service (the session D-Bus's, where Qt has D-Bus and a session bus runs), or nullptr. */
    static std::unique_ptr<Notifier> forThisDesktop();
};

} // namespace samen::app
