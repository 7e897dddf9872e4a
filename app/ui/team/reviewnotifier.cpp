#include "ui/team/reviewnotifier.h"

#include "store/planstore.h"
#include "store/teamview.h"
#include "ui/plancontroller.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

#ifdef QT_DBUS_LIB
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#endif

Q_LOGGING_CATEGORY(lcNotify, "samen.app.notify")

namespace samen::app {

namespace {
const QString kSetting = QStringLiteral("notify.reviews");
// Enough to remember every agreement a plan holds for a long time; the oldest go first.
constexpr int kRemembered = 500;
} // namespace

ReviewNotifier::ReviewNotifier(QObject *parent)
    : QObject(parent)
{
}

void ReviewNotifier::setPlan(PlanController *plan)
{
    if (m_plan == plan)
        return;
    if (m_plan)
        disconnect(m_plan, nullptr, this, nullptr);
    m_plan = plan;
    if (m_plan)
        connect(m_plan, &PlanController::changed, this, [this] { (void)check(); });
    Q_EMIT planChanged();
    (void)check();
}

QStringList ReviewNotifier::unannounced() const
{
    if (!m_plan || !m_plan->hasAccess())
        return {};
    const QStringList announced = m_plan->store().setting(kSetting).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList out;
    const QJsonObject talk = TeamView(m_plan->store(), m_plan->planId()).toTalkAbout(QDateTime::currentDateTimeUtc());
    for (const QJsonValue &v : talk.value(QStringLiteral("reviewsDue")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString key = a.value(QStringLiteral("id")).toString() + QLatin1Char('@') + a.value(QStringLiteral("evaluationDate")).toString();
        if (!announced.contains(key))
            out.append(key);
    }
    return out;
}

QString ReviewNotifier::body(int count)
{
    return tr("%n agreement(s) to look back on. Open your plan to see which.", nullptr, count);
}

bool ReviewNotifier::check()
{
#ifdef QT_DBUS_LIB
    const QStringList fresh = unannounced();
    if (fresh.isEmpty() || !m_pending.isEmpty())
        return false;
    QDBusConnection bus = m_connection.isEmpty() ? QDBusConnection::sessionBus() : QDBusConnection(m_connection);
    if (!bus.isConnected())
        return false;
    QDBusMessage notify = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    notify << QStringLiteral("Samen") << 0u << QString() << tr("Samen: to talk about") << body(static_cast<int>(fresh.size())) << QStringList() << QVariantMap()
           << -1;
    // Remembered only when the notification service answered: a desktop without one announces later.
    m_pending = fresh;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(notify), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        if (call->isError())
            onNotShown();
        else
            onShown();
    });
    return true;
#else
    return false;
#endif
}

void ReviewNotifier::onShown()
{
    if (!m_plan || m_pending.isEmpty())
        return;
    QStringList announced = m_plan->store().setting(kSetting).split(QLatin1Char(','), Qt::SkipEmptyParts) + m_pending;
    if (announced.size() > kRemembered)
        announced = announced.mid(announced.size() - kRemembered);
    (void)m_plan->store().setSetting(kSetting, announced.join(QLatin1Char(',')));
    m_pending.clear();
    Q_EMIT shown();
}

void ReviewNotifier::onNotShown()
{
    qCInfo(lcNotify, "the desktop did not show the notification");
    m_pending.clear();
    Q_EMIT notShown();
}

} // namespace samen::app
