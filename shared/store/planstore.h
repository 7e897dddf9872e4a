#pragma once

#include "core/result.h"
#include "domain/memberaccess.h"
#include "store/database.h"
#include "store/operationchains.h"
#include "store/settingstore.h"
#include "sync/fieldmerge.h"
#include "sync/hlcclock.h"
#include "sync/operation.h"
#include "sync/refusal.h"
#include "sync/statereader.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <utility>

namespace samen {

/** An operation waiting in the outbox to be pushed, numbered per device. */
struct OutboxEntry {
    qint64 deviceSeq = 0;
    Operation op;
    QString rejectedReason; ///< non-empty when the service refused it; kept until the user retries or discards
};

/**
 * The device's encrypted store of plans: every operation ever seen, the outbox,
 * and materialised entity documents and field states, all updated in one
 * transaction per batch. One file per data directory ("samen.db").
 * Threading rule: use from one thread (the owner's).
 */
class PlanStore : public StateReader, public SettingStore
{
public:
    static constexpr int kSchemaVersion = 6;
    static constexpr int kApplicationId = 0x53414D4E; // "SAMN"

    ~PlanStore() override;

    /**
     * Opens an existing store, migrating older schemas forward. Errors: WrongKey, Damaged,
     * NotSamen, TooNew, NotFound, Io. Damaged when the file is empty, when any page of it
     * or a frame of its WAL fails its check, or when it holds no Samen layout at all (a
     * store always has one from its first transaction).
     */
    static Result<std::unique_ptr<PlanStore>> open(const QString &dataDir, const DatabaseKey &key);
    /** When open reads every page of the file to check it. */
    enum class PageCheckTiming {
        AtOpen, ///< before open returns (as open above)
        /**
         * Later, on a connection of its own (pendingPageCheck()->start(); the app starts it after its first
         * frame): until it has passed, every write waits for it (starting it); when it fails, health() is
         * Damaged and nothing is written. A file not yet in WAL mode, or one that must be migrated, is
         * still checked at open.
         */
        Later,
    };
    static Result<std::unique_ptr<PlanStore>> open(const QString &dataDir, const DatabaseKey &key, PageCheckTiming timing);
    /** The page check that open(..., Later) left pending, or null (none, or it has passed). */
    std::shared_ptr<PageCheck> pendingPageCheck() const;
    /** Creates a new, empty store (fails with Conflict when one exists). */
    static Result<std::unique_ptr<PlanStore>> create(const QString &dataDir, const DatabaseKey &key);
    static QString databasePath(const QString &dataDir);
    /**
     * Moves whatever there is of the store's files (samen.db, -wal, -shm; the main
     * file last) into a new folder dataDir/damaged-<UTC time>/ and returns that
     * folder; never deletes. Io, with everything moved back, when a move fails.
     */
    static Result<QString> moveAside(const QString &dataDir);
    static bool exists(const QString &dataDir);

    /**
     * Damaged once any read or write of this store met a damaged page (see
     * Database::isDamaged); OK otherwise. The StateReader reads answer empty when they
     * fail, so whoever shows or sends what it read checks this first: a damaged store
     * is never shown as an (empty) plan, and it accepts no more writes.
     */
    Status health() const;

    /** Stores operations made on this device and queues them for push: one transaction. Idempotent by opId. */
    Status applyLocal(const QList<Operation> &ops);
    /**
     * Stores operations received from the service (not queued). Idempotent by opId.
     * stored (optional): how many operations were new; items (optional): the ids of the
     * entities they changed are added to it (a person counts changes by item, not by field).
     */
    Status applyRemote(const QList<Operation> &ops, int *stored = nullptr, QSet<QString> *items = nullptr);

    // StateReader
    std::optional<QJsonObject> entity(const QString &entityId) const override;
    QList<QJsonObject> entities(const QString &planId, const QString &entityType) const override;
    QStringList fieldHeads(const QString &entityId, const QString &field) const override;

    /** The merged state of one field (winner and heads), or NotFound. */
    Result<FieldState> fieldState(const QString &entityId, const QString &field) const;
    /** Every operation on an entity (all fields, or one field), oldest first by operationLess. */
    QList<Operation> history(const QString &entityId, const QString &field = {}) const;
    std::optional<Operation> operation(const QString &opId) const;
    /** Ids of plans in this store. */
    QStringList planIds() const;
    qint64 operationCount() const;

    // Outbox (pushed by the sync client).
    /** Operations waiting to be pushed, oldest first (refused ones excluded: see rejected()). limit -1 = all. */
    QList<OutboxEntry> outbox(int limit) const;
    /** Operations the service refused, with their reasons, oldest first: they stay until retried. */
    QList<OutboxEntry> rejected() const;
    /** Why a refused change was refused (Refusal::parse), its life domain taken from the item when it was kept without one. */
    Refusal refusalOf(const OutboxEntry &entry) const;
    /** How many operations wait to be pushed (refused ones excluded), and how many were refused: counted, not loaded. */
    int waitingCount() const;
    int rejectedCount() const;
    /**
     * The items (goals, steps, timeline entries, ...) with a change waiting to be pushed: how people count changes
     * (one new goal's four fields are one), as refused changes are counted (CaseloadSummary::refusedItems).
     */
    int waitingItemCount() const;
    /**
     * Puts refused operations back in line to be pushed again, in one transaction: all
     * of them, or none. They were never accepted anywhere, so each is stamped again
     * with a value of clock (in the order they were made: a refusal for a clock far
     * ahead is not sent with that clock again) and its fields merged again; the opId
     * stays, so later changes that name it as their base keep doing so.
     * Errors: NotFound when one is not a refused operation; Validation when one was
     * refused as forbidden or invalid, which sending again can never change (discard it).
     */
    Status retryRejected(const QStringList &opIds, HlcClock &clock);
    Status retryRejected(const QString &opId, HlcClock &clock);
    /**
     * Drops a refused operation for good: it leaves the outbox and the history, and
     * its entity is merged again from what remains (an entity this device created
     * and nobody else touched disappears). One transaction; NotFound when the
     * operation is not a refused one (waiting and sent changes cannot be discarded).
     */
    Status discardRejected(const QString &opId);
    /** Discards several refused operations in one transaction: all of them, or (NotFound, I/O error) none. */
    Status discardRejected(const QStringList &opIds);
    Status markPushed(const QStringList &opIds);
    Status markRejected(const QString &opId, const QString &reason);
    /**
     * Keeps every waiting change to an item that exists only on this device and whose earlier changes the
     * service refused as refused too, for the reason of the item's first refused change, unsent: the service
     * takes a new item whole or not at all (docs/sync-protocol.md, "Push"), and would refuse a later change
     * to an item it does not know for another reason (its life domain unknown). So retry and discard act on
     * the item as a whole. Before each push (SyncClient); one statement. Returns how many were kept back.
     */
    Result<int> holdWithRefusedItems();

    // The clock's high-water mark (docs/sync-protocol.md, "Clocks").
    /**
     * The greatest clock value among the operations this store holds (made here,
     * received, from a snapshot), kept in the file ("clock.highWater") and raised in
     * the transaction that stores them, so neither a restart nor a wall clock set back
     * goes below it. Operations the service refused for their clock do not count: their
     * value was never accepted, and counting it would stamp every later change as far
     * ahead. A zero Hlc while the store holds no operation.
     */
    Hlc clockFloor() const;
    /**
     * This device's clock for new operations: its node name (made once, kept as the
     * "node" setting) and clockFloor as floor, so no edit can sort before what the device
     * has already seen. wallMs replaces the system clock (tests).
     */
    std::unique_ptr<HlcClock> makeClock(HlcClock::WallClock wallMs = {});

    /** Settings of this device (device id, node name, sync cursor...), kept in the encrypted file. */
    QString setting(const QString &key) const override;
    Status setSetting(const QString &key, const QString &value) override;
    /** Several settings that belong together (e.g. a plan id and the member id in it), in one transaction. */
    Status setSettings(const QList<std::pair<QString, QString>> &settings) override;

    Status changeKey(const DatabaseKey &newKey);

    // Withdrawal: when the plan's owner takes access away, the device deletes what
    // it may no longer read. Both purges delete in one transaction and then scrub
    // the file (see scrubDeleted), so no copy is left in the WAL or free pages.
    /**
     * Life domains of the plan this device holds data of that the service has: received
     * by sync, or sent from here and accepted (domains, goals, assessments). A device's
     * own changes that wait or were refused do not count: they stay until sent, retried
     * or discarded.
     */
    QStringList receivedDomainKeys(const QString &planId) const;
    /**
     * Deletes one life domain of a plan from this device: every entity whose domain
     * (ReadRule::domainOf) it is: the domain entity, its goals and assessments, the
     * steps of those goals, the timeline entries about them, every operation on them
     * (history included) and their outbox entries. Returns how many entities went.
     */
    Result<int> purgeDomain(const QString &planId, const QString &domainKey);
    /**
     * Deletes everything of a plan that a member with this access may not read
     * (ReadRule, the rule the service filters by): the domains no longer granted
     * (only those the device received: see receivedDomainKeys), grants and
     * invitations, agreements and meetings it may no longer read (not its domain,
     * and no longer named in them: MemberAccess::isNamedIn; its own unsent ones
     * stay) and, when no domain is readable and nothing names the member, the
     * whole plan (purgePlan). The owner's access deletes nothing. Returns how many entities went.
     */
    Result<int> purgeUnreadable(const QString &planId, const MemberAccess &access);
    /** Deletes a whole plan from this device (entities, operations, outbox), then scrubs. Returns how many entities went. */
    Result<int> purgePlan(const QString &planId);
    /**
     * Leaves no readable copy of deleted rows in the files: secure_delete has
     * overwritten them in the pages, the WAL is folded in and truncated to zero
     * bytes, and VACUUM rewrites the file without free pages. Io when a reader
     * holds the WAL open (then it is tried again at the next purge).
     */
    Status scrubDeleted();
    Database &database() { return *m_db; }

private:
    explicit PlanStore(std::unique_ptr<Database> db);
    static Result<std::unique_ptr<PlanStore>> openFile(const QString &dataDir, const DatabaseKey &key, bool create,
                                                       PageCheckTiming timing = PageCheckTiming::AtOpen);
    Status apply(const QList<Operation> &ops, bool local, int *stored = nullptr, QSet<QString> *items = nullptr);
    QList<OutboxEntry> outboxWhere(const QString &where, int limit) const;
    /** NotFound unless every one of opIds is a refused operation. */
    Status checkRejected(const QStringList &opIds);
    /** The pos of each head of entityId's field, winner last, as its row keeps them (empty: none). */
    QList<qint64> headPositions(const QString &entityId, const QString &field) const;
    /**
     * Closes entityId's chains over the operations at the positions in gone (each kept
     * operation's prev skips them), before they are deleted. Result: the entity's tails
     * without them (a field with no operation left is not in it). Errors: the store's.
     */
    Result<OperationChains::Tails> relinkWithout(const QString &entityId, const QSet<qint64> &gone);
    Result<int> purgeEntities(const QString &planId, const QStringList &entityIds);
    /** Every entity of a plan (deleted ones too): id -> (type, life domain by ReadRule::domainOf). */
    QHash<QString, std::pair<QString, QString>> entityScopes(const QString &planId) const;
    /** Raises the kept high-water mark to hlc when it is greater; inside the caller's transaction. */
    Status raiseClockFloor(const Hlc &hlc);
    /** Sets the kept high-water mark from the stored operations (clockFloor's rule); inside the caller's transaction. */
    Status recomputeClockFloor();
    /** Merges every field again that one of these operations touched, from its whole history (after their clocks changed). */
    Status mergeFieldsAgain(const QList<Operation> &ops);
    std::unique_ptr<Database> m_db;
};

} // namespace samen
