#pragma once

#include "storage/servicestore.h"

#include <QMap>

namespace samen::service {

/**
 * The append-only audit log, as several hash chains (docs/security.md, "The audit chain"):
 * one per plan, one for service-wide entries (devices, the operator, erasure records) and the
 * one chain every entry was in before schema 9 ("legacy", frozen). In each chain an entry's hash
 * is SHA-256(previous hash || canonical JSON of the entry), so altering or removing an entry breaks
 * every later link of its chain; a plan's appends lock only that plan's chain. The signed head
 * (AuditHead) covers every chain's head. Appends run inside the caller's transaction, so the entry
 * and the change it records are stored together or not at all. Reads (appendReads: pulls and
 * snapshots) change nothing, so their entries are queued and appended in batches by flush(): one
 * transaction for many reads instead of a commit each.
 */
class AuditLog
{
public:
    explicit AuditLog(ServiceStore &store);

    /** Appends to the chain of planId (the service-wide chain when empty); seq 0: a new number, else one reserveSeq gave. */
    Status append(const QString &planId, const QString &actor, const QString &action, const QString &target, const QJsonObject &detail, qint64 nowMs,
                  qint64 seq = 0);
    /**
     * One entry per life domain read ({domainKey ("" plan-level), count}), for a pull or a
     * snapshot; nothing when nothing was read (docs/security.md, "The audit chain").
     * namedPerDomain counts what the reader received only because it names them (their own
     * agreements and meetings, ReadRule's "named" route, not a grant): those entries carry
     * "route": "named", so the log does not say the reader looked at the domain.
     */
    static Status appendReads(AuditLog &audit, const QString &planId, const QString &actor, const QString &action, const QMap<QString, int> &perDomain,
                              const QMap<QString, int> &namedPerDomain, qint64 nowMs);

    /** Read entries queued before flush() writes them; with more, appendReads flushes at once (and fails when that fails). */
    static constexpr qsizetype kMaxQueued = 1000;
    /**
     * Appends every queued read entry (in the order queued within each chain, each with the time of
     * its read) in one transaction of its own, chain by chain in key order; on failure they stay
     * queued for the next flush. Call outside any transaction: the service calls it
     * ServiceConfig::auditFlushMs after the first queued entry, before anything reads or blanks the
     * log (audit routes, erasure) and at a clean stop. While the store's writes fail (disk full)
     * appendReads flushes at once, so a read is refused, as before batching, rather than answered
     * unrecorded.
     */
    Status flush();
    qsizetype queued() const { return m_queued.size(); }

    /**
     * For an erasure, inside its transaction: locks the plan's chain (so no entry of the plan lands
     * after the blanking) and returns the number the erasure record will get (append's seq), which the
     * blanked entries name before it is appended.
     */
    Result<qint64> reserveSeq(const QString &planId);
    /** The action of an entry blanked by a plan's erasure (ServiceStore::erasePlan); its hash is kept, its content is gone. */
    static QString erasedAction();
    /** The action of the record an erasure leaves: {"redacted": N}, no plan, no actor. */
    static QString erasureAction();

    /** The canonical bytes an entry's hash covers (sorted-key compact JSON of seq, atMs, planId, actor, action, target, detail). */
    static QByteArray canonical(const AuditRecord &entry);
    static QString entryHash(const QString &prevHash, const AuditRecord &entry);

    /**
     * The key of a plan's chain: hex SHA-256("samen-audit-chain:" + planId), so it survives the
     * plan's erasure without keeping its id; "service" for service-wide entries (planId empty).
     */
    static QString chainOf(const QString &planId);
    /** The key of the chain every entry was in before schema 9. */
    static QString legacyChain();
    /** The hash a chain's first entry links to: 64 zeros for the legacy chain (as before), else hex SHA-256("samen-audit-genesis-v2\n" + chain). */
    static QString genesis(const QString &chain);

    /** The whole log at a point: every chain's head, ordered by chain key. */
    struct LogHead {
        QList<AuditChainHead> chains;
        qint64 size() const;
        const AuditChainHead *find(const QString &chain) const;
    };

    /**
     * Walks every chain from its start, and checks each chain's recorded head against its entries;
     * the error (Damaged) names the first entry that does not fit. A blanked entry (erasedAction)
     * cannot be rehashed: it must link to the entry before it, and every erasure record must account
     * for exactly the blanked entries that name it.
     */
    static Result<LogHead> verify(ServiceStore &store);
    /**
     * Walks only what follows a head verified before: a chain whose recorded head is still the kept
     * one is not read; any other must still hold its kept entry with the same hash (else: entries were
     * removed from its end, or it was rewritten) and every later entry must link to it. A kept chain
     * that vanished is damage. Damaged with a plain message otherwise.
     */
    static Result<LogHead> verifyFrom(ServiceStore &store, const LogHead &from);
    /**
     * Whether the log (walked whole) still extends saved: every chain saved names still holds at
     * least its size entries and its entry number size has the saved hash, so every entry saved
     * covered is unchanged. Damaged, in plain words, when entries were removed or rewritten.
     */
    static Result<LogHead> extends(ServiceStore &store, const LogHead &saved);

    static QJsonObject toJson(const AuditRecord &entry);

private:
    Status appendTo(const QString &chain, QList<AuditRecord> entries, qint64 seq);

    ServiceStore &m_store;
    QList<AuditRecord> m_queued; ///< read entries without seq and hashes yet
};

} // namespace samen::service
