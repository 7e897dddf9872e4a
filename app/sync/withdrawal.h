#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace samen {

class PlanStore;
class SyncClient;

/**
 * Keeps a member's device to what the plan's owner lets it read. Before each sync
 * round it asks the service for the member's grants, keeps them (DeviceAccess, so
 * the app offers only what the member may do) and deletes what the shared read rule
 * (ReadRule, the service's filter) no longer allows (PlanStore::purgeUnreadable): a
 * withdrawn domain with its timeline entries, and with no domain left the whole plan;
 * when the membership itself is gone the plan goes with its settings
 * (PlanStore::purgePlan). A domain newly granted is fetched from the start by the
 * round's history fetch (SyncClient::fetchHistoryUpTo). Each deletion leaves a plain
 * notice for the user. The owner's own device reads everything and is never purged.
 * Use from the store's thread.
 */
class Withdrawal
{
public:
    template<typename T> using Done = std::function<void(const Result<T> &)>;

    Withdrawal(PlanStore &store, SyncClient &client, std::function<void(const QString &)> onWithdrawn);

    /** Checks this device's access and deletes what it lost; true while the plan is still on this device. */
    void check(Done<bool> done);
    /**
     * True when the last check found this device's member joined but not let in yet (the caseload lists the
     * plan with status "pending"): nothing to sync until the owner does. It also marks the store (join.waiting).
     */
    bool pending() const { return m_pending; }
    /** The last notice about withdrawn access ("Robin has withdrawn ..."), empty when there is none. */
    QString notice() const;
    /**
     * The notice kept in a store (setting sync.withdrawalNotice, facts as JSON: kind
     * removed/all/domains/declined/revoked/erased, the owner's name, the domain keys, unsentLost:
     * how many changes made on this device and not taken in by the service, waiting or refused, went
     * with the plan or the part of it),
     * worded now in the current language; empty when there is none.
     */
    static QString noticeText(const PlanStore &store);
    /** A kept notice's facts (see noticeText) worded now, without what it says of unsent changes. */
    static QString noticeSentence(const QJsonObject &notice);
    /**
     * " N change(s) you had made here, not taken in by the service yet, went with it: ..." for lost > 0 (with a leading space, to
     * follow a notice's sentence), else empty: a plan that leaves a device never takes what the person typed silently.
     */
    static QString unsentLostSentence(int lost);
    /**
     * Changes made in store that the service does not hold (waiting to be sent, or refused and kept), counted as the
     * person made them: the items (entities) they touch. Reads the whole outbox: for a withdrawal, not every round.
     */
    static int unsentIn(const PlanStore &store);
    void dismissNotice();
    /**
     * The service answered "plan-erased" (its owner erased it, docs/sync-protocol.md "Erasing a
     * plan"): deletes the plan and this device's link to it and leaves the notice; done(false).
     */
    void planErased(Done<bool> done);
    /**
     * The service said this device is revoked (from another device of the account; docs/security.md T7): deletes the
     * plan, this device's link to it and its enrolment (sync.deviceId, its key), so it can connect again with a new
     * code; the notice says what happened and how. done(false).
     */
    void deviceRevoked(Done<bool> done);

private:
    /** Changes made on this device that the service does not hold: waiting, or refused and kept. */
    int unsentCount() const;
    void checkGrants(Done<bool> done);
    void applyGrants(const QJsonObject &grants, Done<bool> done);
    void confirmRemoved(Done<bool> done);
    /** Deletes the plan and the settings that tie this device to it; the notice says why (kind "removed" or "erased"). */
    void dropPlan(const QString &kind, Done<bool> done);
    QString ownerName() const;
    void tell(const QJsonObject &notice);

    PlanStore &m_store;
    SyncClient &m_client;
    std::function<void(const QString &)> m_onWithdrawn;
    bool m_pending = false;
};

} // namespace samen
