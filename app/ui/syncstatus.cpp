#include "ui/syncstatus.h"

#include "store/planstore.h"
#include "sync/caseloadsync.h"
#include "sync/syncclient.h"
#include "ui/refusedchangemodel.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncStatus, "samen.app.sync")

namespace samen::app {

namespace {
constexpr int kPullIntervalMs = 60 * 1000; // live pokes bring changes sooner
} // namespace

SyncStatus::SyncStatus(PlanStore &store, HlcClock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_refused(new RefusedChangeModel(this))
{
    m_refused->reload(m_store);
    startSyncing();
}

void SyncStatus::startSyncing()
{
    if (m_client || m_caseloadRound)
        return;
    auto client = std::make_unique<SyncClient>(m_store, m_network);
    if (!client->isConfigured())
        return;
    m_client = std::move(client);
    m_heldState.clear();
    watch();
    m_client->start(kPullIntervalMs);
    Q_EMIT changed();
}

void SyncStatus::followCaseload(SettingStore &identity, std::function<void()> requestRound)
{
    if (m_client)
        m_client->stop();
    m_client = std::make_unique<SyncClient>(m_store, m_network, &identity); // never started: it only reads the state
    m_caseloadRound = std::move(requestRound);
    m_identity = &identity;
    watch();
    m_lastState = state();
    Q_EMIT changed();
}

void SyncStatus::caseloadRoundEnded()
{
    if (!m_client || !m_caseloadRound)
        return;
    m_refused->reload(m_store);
    m_client->reloadState(); // emits statusChanged: see watch()
}

void SyncStatus::watch()
{
    connect(m_client.get(), &SyncClient::statusChanged, this, [this] {
        m_refused->reload(m_store); // a round may bring new refusals
        // A round that ended brought the plan up to date, with or without refusals.
        const QString now = state();
        const bool roundDone = now == QLatin1String("synced") || now == QLatin1String("refused");
        if (roundDone && m_lastState != now)
            Q_EMIT updated();
        m_lastState = now;
        Q_EMIT changed();
    });
    // A first sync shows the plan as soon as its snapshot is in, before the history follows.
    connect(m_client.get(), &SyncClient::planUpdated, this, &SyncStatus::updated);
    connect(m_client.get(), &SyncClient::accessWithdrawn, this, [this] {
        m_refused->reload(m_store);
        Q_EMIT updated(); // what is left of the plan
        Q_EMIT changed();
    });
}

void SyncStatus::stopSyncing()
{
    if (!m_client)
        return;
    m_client->stop();
    m_client.reset(); // not even a round asked for by an edit runs any more
    Q_EMIT changed();
}

void SyncStatus::holdState(const QString &state)
{
    stopSyncing();
    m_heldState = state;
    Q_EMIT changed();
}

SyncStatus::~SyncStatus()
{
    if (m_client)
        m_client->stop();
}

QString SyncStatus::state() const
{
    if (!m_client) {
        if (m_heldState == QLatin1String("synced") && refused() > 0)
            return QStringLiteral("refused");
        return m_heldState.isEmpty() ? QStringLiteral("local") : m_heldState;
    }
    switch (m_client->state()) {
    case SyncClient::State::NotConnected:
        return QStringLiteral("local");
    case SyncClient::State::Syncing:
        return QStringLiteral("syncing");
    case SyncClient::State::Offline:
        return QStringLiteral("offline");
    case SyncClient::State::Error:
        return QStringLiteral("error");
    case SyncClient::State::Pending:
        return QStringLiteral("pending");
    case SyncClient::State::Idle:
    case SyncClient::State::Waiting:
    case SyncClient::State::Refused:
    case SyncClient::State::Synced:
        break;
    }
    // A caseload's round that did not reach the service (or failed) ran no round of this plan: the plan's own
    // state is that of its last round, so the caseload's says how things stand now (review 3, #17).
    if (m_caseloadRound && m_identity) {
        if (!CaseloadSync::lastError(*m_identity).isEmpty())
            return QStringLiteral("error");
        if (CaseloadSync::offlineSince(*m_identity).isValid())
            return QStringLiteral("offline");
    }
    if (m_client->waitingCount() > 0)
        return QStringLiteral("waiting");
    // Never "synced" before the plan is here (SyncClient::arrival).
    switch (m_client->arrival()) {
    case SyncClient::Arrival::WaitingToBeLetIn:
        return QStringLiteral("pending");
    case SyncClient::Arrival::Fetching:
        return QStringLiteral("arriving");
    case SyncClient::Arrival::NothingShared:
        return QStringLiteral("nothing-shared");
    case SyncClient::Arrival::Arrived:
        break;
    }
    // Never "synced" while the service refused something of this device's.
    return refused() > 0 ? QStringLiteral("refused") : QStringLiteral("synced");
}

int SyncStatus::waiting() const
{
    return m_client ? m_client->waitingItemCount() : 0;
}

int SyncStatus::refused() const
{
    return m_refused->rowCount();
}

int SyncStatus::retryable() const
{
    int n = 0;
    for (int i = 0; i < m_refused->rowCount(); ++i)
        n += m_refused->get(i).value(QStringLiteral("retryable")).toBool() ? 1 : 0;
    return n;
}

QDateTime SyncStatus::offlineSince() const
{
    if (m_caseloadRound && m_identity) {
        if (const QDateTime since = CaseloadSync::offlineSince(*m_identity); since.isValid())
            return since;
    }
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
    if (m_caseloadRound) { // the caseload's rounds send it (CaseloadSync::requestSync)
        m_caseloadRound();
        return;
    }
    if (m_client) {
        m_client->requestSync();
        Q_EMIT changed();
    }
}

void SyncStatus::checkNow()
{
    changeMade(); // the same: a round soon
}

void SyncStatus::reloadRefused()
{
    m_refused->reload(m_store);
    Q_EMIT changed();
}

void SyncStatus::clearActionError()
{
    if (!m_actionError.isEmpty()) {
        m_actionError.clear();
        Q_EMIT changed();
    }
}

bool SyncStatus::retry(const QString &id)
{
    return act(Action::Retry, m_refused->opIdsOf(id));
}

bool SyncStatus::discard(const QString &id)
{
    return act(Action::Discard, m_refused->opIdsOf(id));
}

bool SyncStatus::retryAll()
{
    // Only what can be accepted is sent again; with none of that, the store explains why not.
    const QStringList retryable = m_refused->allOpIds(true);
    return act(Action::Retry, retryable.isEmpty() ? m_refused->allOpIds() : retryable);
}

bool SyncStatus::discardAll()
{
    return act(Action::Discard, m_refused->allOpIds());
}

bool SyncStatus::act(Action action, const QStringList &opIds)
{
    // One transaction for the whole item (or the whole list): all of it, or nothing. The store
    // refuses ids that are no longer refused (NotFound), so a stale list changes nothing.
    const Status status = opIds.isEmpty() ? Status::fail(ErrorCode::NotFound, QString())
        : action == Action::Retry         ? m_store.retryRejected(opIds, m_clock)
                                          : m_store.discardRejected(opIds);
    if (status) {
        m_actionError.clear();
    } else if (status.error().code == ErrorCode::NotFound) {
        m_actionError = tr("This change is no longer in the list. Nothing was changed.");
    } else if (status.error().code == ErrorCode::Validation) {
        m_actionError = tr("Sending this change again cannot help: it is not allowed or not valid. Nothing was changed. "
                           "You can discard it, or ask the owner of the plan for access.");
    } else {
        qCWarning(lcSyncStatus, "could not %s a refused change (%s)", action == Action::Retry ? "retry" : "discard",
                  qPrintable(errorCodeName(status.error().code)));
        m_actionError = tr("That did not work. Nothing was changed. Please try again.");
    }
    m_refused->reload(m_store);
    // A retry waits to be sent; a discard changes what a caseload's row says of the plan (its count of refused
    // changes): either way a round, which sends it or makes the row again (review 15, F9).
    if (status)
        changeMade();
    Q_EMIT changed();
    if (status)
        Q_EMIT updated(); // the plan views show the plan without what was discarded
    return status.ok();
}

} // namespace samen::app
