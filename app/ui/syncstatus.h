#pragma once

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QQmlEngine>

#include <functional>
#include <memory>

Q_MOC_INCLUDE("ui/refusedchangemodel.h")

namespace samen {
class HlcClock;
class PlanStore;
class SettingStore;
class SyncClient;
} // namespace samen

namespace samen::app {

class RefusedChangeModel;

/**
 * The sync status the app always shows, for QML: one of "local" (this plan is
 * not connected to a case service), "syncing", "synced" (nothing waits and
 * nothing was refused), "waiting" (changes not sent yet), "refused" (nothing
 * waits, but the service refused changes: never shown as synced), "offline"
 * (since offlineSince), "pending" (joined, waiting to be let in: not an error) or "error", with the counts of waiting and refused
 * changes, each counted per item (a goal with four new fields is one change). QML turns these into translated sentences.
 * When the plan store has been connected (samen-cli connect, later the app's
 * own network pages), it runs the SyncClient in the background: periodic pulls,
 * live pokes, and a push after every local change (changeMade).
 * The changes the service refused come from the store, connected or not: the
 * person retries or discards them here (refusedChanges, retry, discard).
 */
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Get it from PlanController.sync")
    Q_PROPERTY(QString state READ state NOTIFY changed)
    /** True for a plan of a professional's caseload: its connection is the caseload's (device.db), not the plan's. */
    Q_PROPERTY(bool inCaseload READ inCaseload NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)
    /** Refused changes as the person sees them: one per changed item and reason (see RefusedChangeModel). */
    Q_PROPERTY(int refused READ refused NOTIFY changed)
    /** How many of those can be sent again (the others were not allowed or not valid: only discard helps). */
    Q_PROPERTY(int retryable READ retryable NOTIFY changed)
    Q_PROPERTY(QDateTime offlineSince READ offlineSince NOTIFY changed)
    /** Set when access was withdrawn and data left this device, in plain words; empty otherwise. */
    Q_PROPERTY(QString withdrawalNotice READ withdrawalNotice NOTIFY changed)
    /** The refused changes, described for the person (see RefusedChangeModel). */
    Q_PROPERTY(samen::app::RefusedChangeModel *refusedChanges READ refusedChanges CONSTANT)
    /** Why the last retry or discard did not work, in plain words; empty otherwise. */
    Q_PROPERTY(QString actionError READ actionError NOTIFY changed)
public:
    /**
     * Starts syncing when the store is connected to a service; otherwise reports "local".
     * clock is the device's (PlanStore::makeClock): a retried change is stamped again with it.
     */
    SyncStatus(PlanStore &store, HlcClock &clock, QObject *parent = nullptr);
    ~SyncStatus() override;

    bool inCaseload() const { return bool(m_caseloadRound); }
    QString state() const;
    int waiting() const;
    int refused() const;
    int retryable() const;
    QDateTime offlineSince() const;
    QString withdrawalNotice() const;
    /** The person has read the notice. */
    Q_INVOKABLE void dismissWithdrawalNotice();

    RefusedChangeModel *refusedChanges() const { return m_refused; }
    QString actionError() const { return m_actionError; }
    /**
     * Puts a refused change (a row id or one of its operation ids) back in line to be sent,
     * stamped with the current time. False (see actionError) when it is not refused, or was
     * refused as not allowed or not valid (only discard helps; see RefusedChangeModel's retryable).
     */
    Q_INVOKABLE bool retry(const QString &id);
    /** Drops a refused change for good; the plan shows what it was without it. */
    Q_INVOKABLE bool discard(const QString &id);
    /** Sends every refused change again that can be accepted (the retryable ones); false when there is none. */
    Q_INVOKABLE bool retryAll();
    Q_INVOKABLE bool discardAll();
    Q_INVOKABLE void clearActionError();
    /** Reads the refused changes again (after the plan or the language changed). */
    void reloadRefused();

    /** A local change was stored: send it soon. */
    void changeMade();
    /** Asks the service now (a sync round soon), e.g. "check again now" while waiting to be let in; nothing when not connected. */
    Q_INVOKABLE void checkNow();
    /** Starts syncing when the store has just been connected to a service (nothing when it already syncs or is not connected). */
    void startSyncing();
    /**
     * Stops syncing until the plan is opened again; the state is "local" meanwhile (the screenshot
     * tour, before it plays the service's part on the store: a real round in between would undo it).
     * Keeping the client for its state instead made the desktop AT-SPI walk crash inside Qt 6.4's
     * Quick Layouts when the last refused change was discarded (a layout item deleted during a polish).
     */
    void stopSyncing();
    /**
     * Stops syncing (as stopSyncing) and shows `state` meanwhile instead of "local": the screenshot tour's pictures of
     * a connected plan as a member's device holds it ("synced"; "pending" while waiting to be let in) say what that
     * person sees, not "only on this device". "synced" becomes "refused" while refused changes are kept, as it does
     * for a plan that syncs. An empty state ends the hold ("local" again until the plan is opened anew).
     */
    void holdState(const QString &state);
    /**
     * A plan of a professional's caseload: the caseload's own sync (CaseloadSync) runs its
     * rounds, so this runs none and opens no live channel of its own; it shows the state the
     * rounds leave in the plan's store, with the service and sign-in of device.db (identity),
     * read again by caseloadRoundEnded(); when the caseload's last round could not reach the service
     * (or failed) the state is "offline" (since then) or "error", whatever the plan's own last round
     * said (CaseloadSync::offlineSince, lastError). A change made here, or "check again now", asks the
     * caseload for a round with requestRound. Without this the plan reads "only on this
     * device", as its store names no service.
     */
    void followCaseload(SettingStore &identity, std::function<void()> requestRound);
    /** The caseload's rounds ran: the state is read again from the store. */
    void caseloadRoundEnded();
    /** The running sync client (for requests to the service: devices, people); null while not connected. */
    SyncClient *client() const { return m_client.get(); }

Q_SIGNALS:
    void changed();
    /** A sync round brought the plan up to date (it may hold other people's changes). */
    void updated();

private:
    enum class Action { Retry, Discard };
    bool act(Action action, const QStringList &opIds);
    /** Follows the client's state changes (the refused list, updated when a round ended). */
    void watch();

    PlanStore &m_store;
    HlcClock &m_clock;
    RefusedChangeModel *m_refused;
    QString m_actionError;
    QNetworkAccessManager m_network;
    std::unique_ptr<SyncClient> m_client;
    QString m_lastState;
    std::function<void()> m_caseloadRound; ///< set on a caseload plan: rounds are the caseload's (followCaseload)
    SettingStore *m_identity = nullptr; ///< device.db on a caseload plan: how the caseload's last round reached the service
    QString m_heldState; ///< holdState: shown while no client runs ("" when none)
};

} // namespace samen::app
