#pragma once

#include "core/result.h"
#include "store/storesalvage.h"
#include "sync/syncclient.h"
#include "sync/synctls.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace samen {

class CaseloadFolder;
class LiveListener;
class SettingStore;
class SyncHttp;

/** What one caseload round did. */
struct CaseloadRound {
    int plans = 0; ///< plans in the caseload when the round began
    int synced = 0; ///< plans whose round ended well (a join still waiting to be let in counts here)
    int received = 0; ///< operations new to this device, over all plans
    int pushed = 0; ///< operations the service accepted, over all plans
    int receivedItems = 0; ///< items (entities) with changes new to this device, summed over the plans (what a person reads)
    int pushedItems = 0; ///< items with changes the service accepted, summed over the plans
    QStringList removed; ///< plan ids that left the caseload and the device in this round
    QStringList added; ///< plan ids of the account this device did not hold, added in this round (CaseloadAdoption)
    QStringList failed; ///< "Citizen's name: plain reason" for each plan whose round failed
    QStringList refused; ///< plan ids whose round had changes of this device's refused by the service (see the row's "refused")
};

/**
 * The sync of a professional's device (CaseloadFolder): enrols it with the code an
 * administrator gave (samen-service admin professional add), joins plans with
 * invitation codes, and runs caseload rounds: one sign-in for the device (a SyncHttp on
 * device.db shared by every plan), one request that says which plans changed since their
 * cursors and which memberships are gone (CaseloadChanges), then the rounds of the plans
 * that changed, several in flight at once (setParallelRounds), each with the plan's own
 * SyncClient, after which the plan's caseload row is worked out again (CaseloadSummary). A plan the professional was
 * removed from (or whose access was all withdrawn, or which its owner erased) leaves
 * the caseload and the device: its store is deleted with its key, other plans are
 * untouched, and a plain notice says so (notices(), planRemoved). Use from the folder's
 * thread; rounds never overlap.
 */
class CaseloadSync : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Done = std::function<void(const Result<T> &)>;

    CaseloadSync(CaseloadFolder &folder, QNetworkAccessManager &network, QObject *parent = nullptr);
    ~CaseloadSync() override;

    /** Saves the service address and trust in device.db (https only; Validation otherwise). */
    Status configure(const QUrl &service, const SyncTrust &trust);
    bool isConfigured() const;
    bool isEnrolled() const;
    QUrl serviceUrl() const;

    /**
     * Enrols the device with a one-time code and signs in. Answer: { "deviceId",
     * "accountId", "kind" ("professional"; "citizen" for a person's code: see
     * SyncClient::connectService for such a device) }. A bad device name: Validation,
     * nothing sent. A used or unknown code: Permission.
     */
    void enrol(const QString &deviceName, const QString &enrolCode, Done<QJsonObject> done);
    /**
     * Redeems an invitation code, adds the plan to the caseload (its own store and key)
     * and runs its first round. Answer: the service's (planId, memberId, status, from)
     * plus "citizen" (the name the citizen is shown by). Conflict when the plan is in the
     * caseload already (nothing added). A quick request (SyncHttp::Request::quick): a person waits for it.
     * `name`: the name the professional is shown by in the citizen's plan; empty for the one the invitation holds
     * (NameRule, checked by the caller; the service checks it again).
     */
    void join(const QString &invitationCode, const QString &name, Done<QJsonObject> done);
    /**
     * The plan in this caseload that `invitationCode` joined (join keeps a SHA-256 of each code it redeemed, in the
     * device's settings); empty when none, or when that plan has left the caseload. So a used invitation typed again is
     * said as the plan it brought (waiting, or here), not as one to ask again for (new-user trial after stop 33).
     */
    QString joinedWith(const QString &invitationCode) const;
    /**
     * The professional leaves a citizen's plan (closes the case): DELETE /v1/plans/{planId}/members/{their member id}
     * (audited as member.leave: the citizen sees that they left), then the plan leaves the caseload and this device, with
     * a notice (kind "left"); the account's other devices let it go at their next round. done gets the notice. Nothing
     * changes when the service says no: Network when it cannot be reached, its refusal otherwise; NotFound when the plan
     * is not in the caseload. Asked while a round runs, it runs when that round ends. Changes made on this device and not
     * sent yet are sent first (a round of the plan); when they cannot all be sent, the professional does not leave and
     * done gets why (Network offline, Conflict when some still wait).
     */
    void leave(const QString &planId, Done<QString> done);
    /**
     * True once the service said this device is revoked (403 device-revoked at sign-in, or "revoked" on the live
     * channel): every plan was taken off the device and its enrolment forgotten (see dropRevoked).
     */
    static bool isRevoked(const SettingStore &device);
    /** What a revoked caseload device says: what happened and the way to connect again (the notice, the last error). */
    static QString revokedSentence();
    /** samen-cli's way to connect a revoked caseload device again, after revokedSentence. */
    static QString reconnectCommand();
    /** A round for every plan of the caseload, one sign-in (see the class). Conflict when a round runs. */
    void syncAll(Done<CaseloadRound> done);
    /** A round of all that first takes up again the plans of the account this device let go (`erase --plan` here). */
    void restoreAll(Done<CaseloadRound> done);
    /** One plan's round, then its row; a removed plan leaves the caseload (see the class). */
    void syncPlan(const QString &planId, Done<SyncSummary> done);
    /**
     * A plan whose store on this device is damaged: rebuilt (CaseloadFolder::rebuildPlan) and marked
     * due, so its next round fetches it from the service whole; a notice says so (kind "repaired",
     * with where the damaged file is kept). A plan round that finds its store damaged does this
     * itself. Conflict when the store is not damaged. When the plan's own settings could not be
     * read, the plan's id is set again here and this device's member id is asked of the service
     * before the next round (syncPlanWith), never a round that takes the plan for withdrawn.
     */
    Result<StoreSalvage::Report> rebuildDamaged(const QString &planId);
    /**
     * Keeps the caseload in sync on its own (the app's mode): a round of all now and every
     * intervalMs, and the live channel (one socket for the device): a poke for a plan runs
     * that plan's round. Rounds never overlap; one asked for meanwhile runs after.
     */
    void start(int intervalMs);
    void stop();
    /** A round soon: of one plan (after a local edit in it), or of all ("" ). */
    void requestSync(const QString &planId = {});
    /**
     * A round of all now, also when one waits out the backoff between attempts: what waits is sent at once and the
     * backoff starts from its first wait (SyncHttp::retryNow). For "Try again", the app coming to the front, and the
     * live channel back after an outage (review 6, #6: the caseload stayed offline minutes after the service returned).
     */
    void tryNow();
    /** How many plans' rounds a round of all keeps in flight at once over the one sign-in (default 4, at least 1). */
    void setParallelRounds(int rounds);
    /** True while the live channel is open and signed in (pokes arrive). */
    bool isLive() const;
    /** True while a round runs. */
    bool isSyncing() const { return m_running; }

    /**
     * An authenticated JSON request to the service on the device's sign-in (signs in first when needed). quick: a person
     * waits for it (SyncHttp::Request::quick: a few attempts within seconds, not the rounds' backoff).
     */
    void call(const QByteArray &verb, const QString &path, const QJsonObject &body, Done<QJsonObject> done, bool quick = false);

    /**
     * How the caseload's last round reached the service, kept in device.db (so a restart and every open
     * plan's status line know it): offlineSince is when rounds began to fail to reach it (invalid when
     * the last one did), lastError the plain reason the last round of all failed otherwise ("" when none;
     * a revoked device's reason is kept as its code, "device-revoked", and worded here in the reader's language).
     */
    static QDateTime offlineSince(const SettingStore &device);
    static QString lastError(const SettingStore &device);
    /** When a round of all last ended well (invalid before the first), kept in device.db. */
    static QDateTime lastRoundAt(const SettingStore &device);

    /** Plain sentences about plans that left the caseload (and access withdrawn inside a plan), oldest first; kept until dismissed. */
    QStringList notices() const;
    void dismissNotices();
    /** The device's bearer token (empty until signed in); for tests. */
    QString token() const;
    /** How often a request is tried on network trouble (0 = keep trying); and the waits between. */
    void setMaxAttempts(int attempts);
    void setBackoff(int baseMs, int maxMs);
    /** How many requests wait out the backoff before their next attempt (tests: a round asleep in a wait). */
    int waitingRetries() const;

signals:
    /** Rows of the caseload changed (a plan added, synced or removed). */
    void caseloadChanged();
    /** A plan left the caseload and this device; message says so in plain words. */
    void planRemoved(const QString &planId, const QString &message);
    void noticesChanged();
    /** A round of all ended: problem is "" when it ended well, else the plain reason it did not (network, the service). */
    void roundOfAllEnded(const QString &problem);

private:
    /** The plans a round of all still has to do, and how many of their rounds run. */
    struct Pool {
        std::shared_ptr<CaseloadRound> round;
        QStringList todo;
        QHash<QString, QString> access; ///< plan id -> the service's access tag, kept after the plan's round
        int inFlight = 0;
        Done<CaseloadRound> done;
    };
    void syncAllWith(bool letGoToo, Done<CaseloadRound> done);
    /** The second half of a round of all: which plans changed and which are gone (CaseloadChanges), then their rounds. */
    void askChanges(std::shared_ptr<CaseloadRound> round, Done<CaseloadRound> finish);
    void runPool(std::shared_ptr<Pool> pool);
    void syncPlanWith(const QString &planId, const QString &accessTag, Done<SyncSummary> done);
    /**
     * Deletes a plan from the device and keeps a notice of the given kind (removed, erased, all); "removed" from a
     * plan whose row still waits to be let in is kept as "declined" (the citizen did not let the professional in). The
     * notice says how many changes made here and not sent went with it: unsentLost as the plan's Withdrawal counted
     * them, or, when -1 (the service said the plan is gone before the plan's own round ran), counted from its store now.
     */
    void dropPlan(const QString &planId, const QString &removal, int unsentLost = -1);
    void addNotice(const QJsonObject &notice);
    /** Keeps how a round ended in device.db (offlineSince, lastError): a good round clears both. */
    void noteReach(const Status &outcome);
    /** Opens each plan's store not yet checked by this sync (lost: those just taken off); a damaged one is marked due. */
    void markDamagedDue(const QHash<QString, QString> &lost);
    void refreshRow(const QString &planId, const QString &accessTag = {});

    void openLive();
    void runRequested();
    /** After a round or a leave ends: runs what was asked for meanwhile (rounds, leaves), on the next turn of the loop. */
    void runWaitingSoon();
    /** leave's second half: DELETE the membership at the service, then the plan leaves the caseload and this device. */
    void leaveMembership(const QString &planId, const QString &memberId, const QString &citizen, Done<QString> done);
    /**
     * The service revoked this device (an administrator, or another device of the account): a device no longer trusted
     * keeps no citizen's plan. Every plan leaves the device (store, key, row), the enrolment (device id and key) is
     * forgotten so the device can be enrolled again, rounds stop, and one notice (kind "revoked") and the caseload's
     * last error say what happened and what to do (review 4, R4-20).
     */
    void dropRevoked();
    /** Why a plan the service no longer lets this device into is gone: "left" (the professional left it), else "removed". */
    void whyGone(const QString &planId, std::function<void(const QString &why)> done);

    CaseloadFolder &m_folder;
    SyncHttp *m_http = nullptr;
    bool m_running = false;
    bool m_started = false;
    bool m_revoked = false; ///< dropRevoked ran: plan rounds still in flight end without touching their plan
    int m_parallel = 4;
    QStringList m_requested; ///< plans asked for while a round ran ("" = all)
    QList<std::function<void()>> m_afterRound; ///< leaves asked for while a round ran: they run when it ends
    QSet<QString> m_checked; ///< plans whose store opened well (its pages checked) while this sync lives
    QTimer *m_timer = nullptr;
    LiveListener *m_live = nullptr;
    static constexpr int kLiveRetryFirstMs = 5000;
    static constexpr int kLiveRetryMaxMs = 20000;
    int m_liveRetryMs = kLiveRetryFirstMs; ///< the wait before the live channel is tried again (grows while the service is away)
};

} // namespace samen
