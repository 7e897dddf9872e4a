#pragma once

#include "core/result.h"
#include "sync/syncbackoff.h"
#include "sync/synctls.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <initializer_list>
#include <memory>
#include <utility>

class QNetworkAccessManager;
class QTimer;

namespace samen {

class PlanStore;
class SettingStore;
class LiveListener;
struct Operation;
class SyncHttp;
class Withdrawal;

/** What one sync round did. */
struct SyncSummary {
    int pushed = 0; ///< operations the service accepted in this round
    int refused = 0; ///< operations the service refused in this round (kept, with their reason)
    int received = 0; ///< operations from others that were new to this device
    QSet<QString> pushedItems; ///< ids of the items (entities) with changes the service accepted in this round
    QSet<QString> receivedItems; ///< ids of the items with changes from others new to this device (history not counted)
    bool snapshot = false; ///< the current state came as a snapshot (a device's first sync)
    int history = 0; ///< earlier values fetched after a snapshot, for the history
    qint64 cursor = 0; ///< the service sequence number this device has seen up to
    int waiting = 0; ///< operations still waiting to be sent
    int refusedTotal = 0; ///< refused operations kept on this device
};

/**
 * The device side of sync with the case service: enrols this device, signs in with
 * its Ed25519 key, pushes the plan store's outbox in batches sized to the byte under
 * the limits the service states at sign-in, pulls operations after
 * its cursor and applies them, with backoff on network trouble. All I/O is
 * asynchronous on the given QNetworkAccessManager; use from the store's thread.
 * Every setting (service address, trust, device id and key, cursor) lives in the
 * encrypted plan store.
 */
class SyncClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY statusChanged)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY statusChanged)
    Q_PROPERTY(int refusedCount READ refusedCount NOTIFY statusChanged)
    Q_PROPERTY(QDateTime offlineSince READ offlineSince NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(bool live READ isLive NOTIFY statusChanged)
    Q_PROPERTY(QString withdrawalNotice READ withdrawalNotice NOTIFY accessWithdrawn)

public:
    /**
     * Refused: the round ended and nothing waits, but the service refused changes of this device (never "Synced" then).
     * Pending: this device's member joined and waits for the owner to let them in (the caseload says "pending"): no
     * error, nothing is sent or fetched until then.
     */
    enum class State { NotConnected, Idle, Syncing, Synced, Waiting, Refused, Offline, Error, Pending };
    Q_ENUM(State)

    template<typename T> using Done = std::function<void(const Result<T> &)>;

    SyncClient(PlanStore &store, QNetworkAccessManager &network, QObject *parent = nullptr);
    /**
     * A client for one plan of a professional's caseload: the plan's own settings
     * (planId, memberId, cursors) in store, the device's identity and sign-in in session
     * (a SyncHttp on device.db, shared by every plan's rounds: one token, CaseloadSync).
     * session must outlive the client. connectService is not for such a client.
     */
    SyncClient(PlanStore &store, SyncHttp &session, QObject *parent = nullptr);
    /**
     * As the first, with the device's identity (service, trust, device id and key) read from
     * identity, a professional's device.db, and a sign-in of its own; nullptr: from store.
     */
    SyncClient(PlanStore &store, QNetworkAccessManager &network, SettingStore *identity, QObject *parent = nullptr);
    ~SyncClient() override;

    /**
     * The setting that says this store's enrolment (sync.deviceId) was made with a one-time enrolment code: "1", or empty
     * for a device signed up without one. Such an enrolment is kept when a join fails and is typed again (connectService).
     */
    static constexpr const char *enrolledWithCodeSetting = "sync.enrolledWithCode";
    /** Validation error (plain words) unless the address is https://host[:port] with no path. */
    static Status checkServiceUrl(const QUrl &service);
    /** Saves what a redeemed invitation (POST /v1/invitations/redeem's answer) makes of a store: its plan, as a member waiting to be let in. */
    static Status takeUpJoin(PlanStore &store, const QJsonObject &joined);
    /** Saves the service address and how to trust it (https only). Validation error for a bad URL. */
    Status configure(const QUrl &service, const SyncTrust &trust);
    bool isConfigured() const;
    QUrl serviceUrl() const;

    /**
     * Enrols this device (once; with a one-time code or by self-signup), signs in and,
     * when the store holds a plan, registers it with the service (or finds it there).
     */
    void connectService(const QString &deviceName, const QString &enrolCode, Done<QJsonObject> done);
    /**
     * For a person's next device, whose store holds no plan yet: after connectService
     * with an enrolment code from their first device, takes up the plan their account
     * owns at the service (or its only membership). The first sync then loads it.
     * NotFound when the account has no plan to take up.
     */
    void adoptAccountPlan(Done<QJsonObject> done);
    /** Redeems an invitation code for a device whose store holds no plan yet. */
    void joinPlan(const QString &invitationCode, Done<QJsonObject> done);
    /** The same, joining under the person's own name ("" = the name the owner invited them by). */
    void joinPlan(const QString &invitationCode, const QString &name, Done<QJsonObject> done);
    /** One round: push the whole outbox in batches, then pull until up to date. */
    void syncOnce(Done<SyncSummary> done);
    /**
     * Keeps the plan in sync on its own (the app's mode): a round now and every
     * intervalMs, plus one soon after each requestSync(). Rounds never overlap.
     */
    void start(int intervalMs);
    /** True while the live channel is open and signed in (pokes arrive). */
    bool isLive() const;
    void stop();
    /** Asks for a round soon, e.g. after a local edit; joins a round that is running. */
    void requestSync();
    /** The account's devices as the service lists them. */
    void listDevices(Done<QJsonArray> done);
    /** An authenticated JSON request to the service (signs in first when needed). */
    void call(const QByteArray &verb, const QString &path, const QJsonObject &body, Done<QJsonObject> done);

    /** Attempts per request on network trouble, 5xx and 429 (0 = keep trying). */
    void setMaxAttempts(int attempts);
    void setBackoff(int baseMs, int maxMs);
    /**
     * How a first round (cursor 0) takes the plan: true (the default), a snapshot of the plan as
     * it is now, shown at once, then its history page by page; false, every operation from
     * sequence 0 page by page, which is the state and the history in one pass: fewer requests
     * for a short history, as in a caseload's first round of many plans (CaseloadSync).
     */
    void setSnapshotFirst(bool snapshotFirst) { m_snapshotFirst = snapshotFirst; }
    /** Most operations per push from this device; pushes are also kept under the service's stated limits. */
    void setBatchSize(int ops) { m_batchSize = ops; }
    /**
     * How quickly a silently dead connection is noticed: a request with no byte moving
     * for transferMs fails as network trouble (and is retried); the live channel is
     * pinged every heartbeatMs and opened again when a ping goes unanswered.
     * Defaults: 30 s each.
     */
    void setDeadConnectionTimeouts(int transferMs, int heartbeatMs);

    /**
     * Reads the state again from the store, as a new client would (the last round's outcome is
     * kept there): for a client that only shows a plan's state while another runs its rounds
     * (a caseload plan: CaseloadSync). Emits statusChanged.
     */
    void reloadState();
    /** The state; after a round, Synced, Waiting or Refused follow the current counts (an edit or a discard changes them without a round). */
    State state() const;
    int waitingCount() const;
    int refusedCount() const;
    /** The items (goals, steps, ...) with a change the service refused: how people count them (statusText, the caseload's row). */
    int refusedItemCount() const;
    /** The items with a change waiting to be sent, counted as refusedItemCount (PlanStore::waitingItemCount). */
    int waitingItemCount() const;
    QDateTime offlineSince() const;
    QString lastError() const;
    QString statusText() const;
    /** "Waiting for Robin to let you in." (the name the join was offered by, setting join.from; else "the owner of the plan"). */
    QString waitingToBeLetIn() const;
    /** How far the plan has reached this device, so nobody reads "synced" before it is here. */
    enum class Arrival {
        Arrived, ///< the plan entity is here (or there is no plan to wait for)
        WaitingToBeLetIn, ///< joined; the owner has not let this person in yet (join.waiting)
        Fetching, ///< no round has ended since the plan was taken up: it comes with the first pull
        NothingShared, ///< rounds ended, and the service shares nothing of the plan with this member (no domain to read)
    };
    Arrival arrival() const;
    /** The current bearer token (empty until signed in); for diagnostics and tests. */
    QString token() const;
    /** A plain sentence about access the owner withdrew and the data deleted with it (see Withdrawal); empty when none. */
    QString withdrawalNotice() const;
    void dismissWithdrawalNotice();

    /**
     * How a refusal is kept with the operation (Refusal::keep): the service's machine-readable
     * kind (forbidden, invalid, clock) and the life domain the change was in, never the
     * service's English words (those go to the debug log only).
     */
    static QString refusalText(const QString &code, const QString &domainKey = {});
    /** The kind of a kept refusal ("forbidden", "invalid", "clock"), or empty when unknown. */
    static QString refusalCode(const QString &text);
    /**
     * Has the next rounds fetch the plan's operations from the start up to seq, for what
     * this device lacks before its cursor: the history after a first sync's snapshot, or a
     * domain newly granted. Idempotent; a fetch cut off goes on where it stopped.
     */
    Status fetchHistoryUpTo(qint64 seq);

signals:
    void statusChanged();
    /** Others' changes were stored mid-round (a first sync's snapshot): the plan can be shown before the round ends. */
    void planUpdated();
    /** Access was withdrawn and the data this device may no longer read is deleted; message says so in plain words. */
    void accessWithdrawn(const QString &message);

private:
    /** The state a new client starts in: the last known one, kept in the store. */
    void initState();
    void readState();
    void registerPlan(Done<QJsonObject> done);
    /** Pushes the outbox in batches under the service's stated limits (PushBatch), then pulls. */
    void pushNext(std::shared_ptr<SyncSummary> summary, Done<SyncSummary> done);
    /** Keeps an operation that can never fit in a push as refused, so the rest of the outbox can leave. */
    void refuseTooLarge(const QString &opId, std::shared_ptr<SyncSummary> summary, Done<SyncSummary> done);
    void pullNext(std::shared_ptr<SyncSummary> summary, Done<SyncSummary> done);
    void loadSnapshot(std::shared_ptr<SyncSummary> summary, Done<SyncSummary> done);
    void fetchHistory(std::shared_ptr<SyncSummary> summary, Done<SyncSummary> done);
    /** Operations of one pull page or snapshot, for this plan; malformed ones are skipped (and logged as a count). */
    QList<Operation> readOps(const QJsonArray &json) const;
    void setState(State state);
    void openLive();
    void noteOffline();
    /** The service said this device is revoked: the plan goes (Withdrawal::deviceRevoked), with the notice and the next step. */
    void dropRevoked();
    void noteError(const QString &message);
    void noteSynced();
    /** Waiting when changes wait, else Refused when the service refused some, else Synced. */
    State settledState() const;
    QString setting(const char *key) const;
    Status save(const char *key, const QString &value);
    /** Settings that belong together, in one transaction. */
    Status save(std::initializer_list<std::pair<const char *, QString>> settings);

    PlanStore &m_store;
    SyncHttp *m_http = nullptr;
    int m_batchSize = 200;
    bool m_snapshotFirst = true;
    qint64 m_pushBytesCap = 0; ///< set when the service answered 413 below its stated limit (0: none)
    State m_state = State::Idle;
    bool m_roundRunning = false;
    bool m_roundRequested = false;
    QTimer *m_timer = nullptr;
    bool m_started = false;
    LiveListener *m_live = nullptr;
    SyncBackoff m_liveBackoff { 1000, 60000 };
    int m_heartbeatMs = 30000;
    std::unique_ptr<Withdrawal> m_withdrawal;
};

} // namespace samen
