#include "ui/syncstatus.h"

#include "sync/syncclient.h"

namespace samen::app {

namespace {
constexpr int kPullIntervalMs = 60 * 1000; // live pokes bring changes sooner
} // namespace

SyncStatus::SyncStatus(PlanStore &store, QObject *parent)
    : QObject(parent)
{
    auto client = std::make_unique<SyncClient>(store, m_network);
    if (!client->isConfigured())
        return;
    m_client = std::move(client);
    connect(m_client.get(), &SyncClient::statusChanged, this, [this] {
        const QString now = state();
        if (now == QLatin1String("synced") && m_lastState != now)
            Q_EMIT updated();
        m_lastState = now;
        Q_EMIT changed();
    });
    connect(m_client.get(), &SyncClient::accessWithdrawn, this, [this] {
        Q_EMIT updated(); // what is left of the plan
        Q_EMIT changed();
    });
    m_client->start(kPullIntervalMs);
}

SyncStatus::~SyncStatus()
{
    if (m_client)
        m_client->stop();
}

QString SyncStatus::state() const
{
    if (!m_client)
        return QStringLiteral("local");
    switch (m_client->state()) {
    case SyncClient::State::NotConnected:
        return QStringLiteral("local");
    case SyncClient::State::Syncing:
        return QStringLiteral("syncing");
    case SyncClient::State::Offline:
        return QStringLiteral("offline");
    case SyncClient::State::Error:
        return QStringLiteral("error");
    case SyncClient::State::Idle:
    case SyncClient::State::Waiting:
    case SyncClient::State::Synced:
        break;
    }
    return m_client->waitingCount() > 0 ? QStringLiteral("waiting") : QStringLiteral("synced");
}

int SyncStatus::waiting() const
{
    return m_client ? m_client->waitingCount() : 0;
}

int SyncStatus::refused() const
{
    return m_client ? m_client->refusedCount() : 0;
}

QDateTime SyncStatus::offlineSince() const
{
    return m_client ? m_client->offlineSince() : QDateTime();
}

QString SyncStatus::withdrawalNotice() const
{
    return m_client ? m_client->withdrawalNotice() : QString();
}

void SyncStatus::dismissWithdrawalNotice()
{
    if (m_client) {
        m_client->dismissWithdrawalNotice();
        Q_EMIT changed();
    }
}

void SyncStatus::changeMade()
{
    if (m_client) {
        m_client->requestSync();
        Q_EMIT changed();
    }
}

} // namespace samen::app
