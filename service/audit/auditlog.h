#pragma once

#include "storage/servicestore.h"

#include <QMap>

namespace samen::service {

/**
 * The append-only audit chain: each entry's hash is SHA-256(previous hash || canonical
 * JSON of the entry), so altering or removing an entry breaks every later link.
 * Appends run inside the caller's transaction, so the entry and the change it records
 * are stored together or not at all.
 */
class AuditLog
{
public:
    explicit AuditLog(ServiceStore &store);

    Status append(const QString &planId, const QString &actor, const QString &action, const QString &target, const QJsonObject &detail, qint64 nowMs);
    /**
     * One entry per life domain read ({domainKey ("" plan-level), count}), for a pull or a
     * snapshot; nothing when nothing was read (docs/security.md, "The audit chain").
     */
    static Status appendReads(AuditLog &audit, const QString &planId, const QString &actor, const QString &action, const QMap<QString, int> &perDomain,
                              qint64 nowMs);

    /** The canonical bytes an entry's hash covers (sorted-key compact JSON, without the hashes). */
    static QByteArray canonical(const AuditRecord &entry);
    static QString entryHash(const QString &prevHash, const AuditRecord &entry);

    /** Walks the whole chain; the error names the first entry that does not fit. */
    static Result<qint64> verify(ServiceStore &store);

    static QJsonObject toJson(const AuditRecord &entry);

private:
    ServiceStore &m_store;
};

} // namespace samen::service
