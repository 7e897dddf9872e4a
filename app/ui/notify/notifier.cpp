#include "ui/notify/notifier.h"

#ifdef SAMEN_HAVE_QTDBUS
#include "ui/notify/dbusnotifier.h"

#include <QDBusConnection>
#endif

namespace samen::app {

std::unique_ptr<Notifier> Notifier::forThisDesktop()
{
#ifdef SAMEN_HAVE_QTDBUS
    if (QDBusConnection::sessionBus().isConnected())
        return std::make_unique<DBusNotifier>(QDBusConnection::sessionBus());
#endif
    return nullptr;
}

} // namespace samen::app
