#include "ui/caseload/caseloadreach.h"

#include "sync/caseloadsync.h"
#include "ui/caseload/caseloadsource.h"

#include <QGuiApplication>
#include <QLocale>
#include <QNetworkInformation>

namespace samen::app {

CaseloadReach::CaseloadReach(CaseloadSource &source, QObject *parent)
    : QObject(parent)
    , m_source(source)
{
    // Back at the app after a while (the laptop opened, the window chosen again): while offline, try at once
    // rather than at the next round or after the backoff's wait.
    auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive && m_offline && !m_trying)
            tryAgain();
    });
    // The device is on a network again (the platform says so, where it can: NetworkManager, GLib; Qt 6.4's
    // loadBackendByFeatures): the same.
    if (!QNetworkInformation::instance())
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    if (QNetworkInformation *network = QNetworkInformation::instance()) {
        connect(network, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability reachability) {
            if (reachability == QNetworkInformation::Reachability::Online && m_offline && !m_trying)
                tryAgain();
        });
    }
}

QString CaseloadReach::sentence() const
{
    if (!m_offline)
        return {};
    QString text = tr("No connection to the service. What you do here is kept, and is sent as soon as there is a connection again.");
    if (m_lastGood.isValid())
        text += u' ' + tr("Last up to date: %1.").arg(when(m_lastGood, QDateTime::currentDateTime()));
    return text;
}

void CaseloadReach::tryAgain()
{
    m_trying = true;
    Q_EMIT changed();
    m_source.syncNow();
}

void CaseloadReach::update()
{
    SettingStore *device = m_source.identity();
    const bool offline = device && !m_source.disconnected() && CaseloadSync::offlineSince(*device).isValid();
    const QDateTime lastGood = device ? CaseloadSync::lastRoundAt(*device) : QDateTime();
    const bool trying = m_trying && m_source.syncing();
    if (offline == m_offline && lastGood == m_lastGood && trying == m_trying)
        return;
    m_offline = offline;
    m_lastGood = lastGood;
    m_trying = trying;
    Q_EMIT changed();
}

QString CaseloadReach::when(const QDateTime &at, const QDateTime &now)
{
    const QLocale locale;
    const QString time = locale.toString(at.time(), QStringLiteral("HH:mm"));
    const qint64 days = at.date().daysTo(now.date());
    if (days == 0)
        return tr("today at %1").arg(time);
    if (days == 1)
        return tr("yesterday at %1").arg(time);
    const QString format = at.date().year() == now.date().year() ? QStringLiteral("d MMMM") : QStringLiteral("d MMMM yyyy");
    return tr("%1 at %2", "a day and a time").arg(locale.toString(at.date(), format), time);
}

} // namespace samen::app
