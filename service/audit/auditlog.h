#pragma once

#include "storage/servicestore.h"

#include <QMap>

namespace samen::service {

/**
 * The append-only audit chain: each entry's hash is SHA-256(previous hash || canonical
 * JSON of the entry), so altering or removing an entry breaks every later link.
 * Appends run inside the caller's transaction, so the entry and the change it records
 * are stored together or not at all. Reads (appendReads: pulls and snapshots) change
 * nothing, so their entries are queued and appended in batches by flush(): one
 * transaction for many reads instead of a commit each (docs/security.md, "The audit chain").
 */
class AuditLog
{
public:
    explicit AuditLog(ServiceStore &store);

    Status append(const QString &planId, const QString &actor, const QString &action, const QString &target, const QJsonObject &detail, qint64 nowMs);
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
     * Appends every queued read entry (in the order queued, each with the time of its read)
     * in one transaction of its own; on failure they stay queued for the next flush. Call
     * outside any transaction: the service calls it ServiceConfig::auditFlushMs after the first
     * queued entry, before anything reads or blanks the chain (audit routes, erasure) and at a
     * clean stop. While the store's writes fail (disk full) appendReads flushes at once, so a
     * read is refused, as before batching, rather than answered unrecorded.
     */
    Status flush();
    qsizetype queued() const { return m_queued.size(); }

    /**
     * The number the next entry gets (for an erasure, whose blanked entries name it before it is
     * appended in the same transaction).
     */
    Result<qint64> nextSeq();
    /** The action of an entry blanked by a plan's erasure (ServiceStore::erasePlan); its hash is kept, its content is gone. */
    static QString erasedAction();
    /** The action of the record an erasure leaves: {"redacted": N}, no plan, no actor. */
    static QString erasureAction();

    /** The canonical bytes an entry's hash covers (sorted-key compact JSON, without the hashes). */
    static QByteArray canonical(const AuditRecord &entry);
    static QString entryHash(const QString &prevHash, const AuditRecord &entry);

    /** A point in the chain: its number of entries and the hash of the last (64 zeros when empty). */
    struct ChainHead {
        qint64 size = 0;
        QString hash;
    };
    /** The hash the first entry links to. */
    static QString genesis();

    /**
     * Walks the whole chain; the error (Damaged) names the first entry that does not fit. A
     * blanked entry (erasedAction) cannot be rehashed: it must link to the entry before it, and
     * every erasure record must account for exactly the blanked entries that name it.
     */
    static Result<ChainHead> verify(ServiceStore &store);
    /**
     * Walks only what follows a head verified before: that head's entry must still be there
     * with the same hash (else: entries were removed from the end, or it was rewritten),
     * and every later entry must link to it. Damaged with a plain message otherwise.
     */
    static Result<ChainHead> verifyFrom(ServiceStore &store, const ChainHead &from);
    /**
     * Whether the chain (walked whole) still extends saved: at least saved.size entries and
     * entry saved.size has saved.hash, so every entry saved covered is unchanged (the hashes
     * link them). Damaged, in plain words, when entries were removed from the end or rewritten.
     */
    static Result<ChainHead> extends(ServiceStore &store, const ChainHead &saved);

    static QJsonObject toJson(const AuditRecord &entry);

private:
    ServiceStore &m_store;
    QList<AuditRecord> m_queued; ///< read entries without seq and hashes yet
};

} // namespace samen::service
