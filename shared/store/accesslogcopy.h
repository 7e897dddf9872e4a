#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace samen {

class SettingStore;

/** One entry of the case service's access log as the device keeps it (the service's AuditEntry without device ids and hashes). */
struct AccessLogRecord {
    qint64 seq = 0; ///< the entry's number in the service's log
    qint64 atMs = 0; ///< when, ms since the epoch (UTC)
    bool byAdministrator = false; ///< done by the service's operator, not by a member's device
    QString actorMemberId; ///< the member whose device did it; "" for the operator or someone no longer known
    QString action; ///< the service's action code ("ops.read", "grant.set", ...; docs/fhir/codesystem-samen-access.json)
    QString entityType; ///< ops.write: the kind of item written; "" otherwise
    QString domainKey; ///< the life domain it was about; "" for the whole plan or none
    QString memberId; ///< the member a change was about (let in, access set, ...); "" otherwise
    int count = 1; ///< how many operations or grants the entry covers
    QString fetchedAt; ///< when the device fetched it from the service (ISO 8601 UTC)

    QJsonObject toJson() const;
    static AccessLogRecord fromJson(const QJsonObject &json);
    bool operator==(const AccessLogRecord &other) const = default;
};

/**
 * The copy of the case service's access log this device holds (issue 15: the FHIR export
 * carries "the access log the device holds"; docs/fhir.md). The service keeps the log; the
 * device keeps what it last fetched (NetworkClient::auditLog stores every complete fetch,
 * replacing the one before) and what a FHIR import brought from an earlier device (kept
 * apart, never replaced: it is the log of the plan before it moved). Both live in the plan's
 * encrypted settings ("accessLog.fetched", "accessLog.imported"), so erasing the plan erases them.
 */
class AccessLogCopy
{
public:
    QList<AccessLogRecord> imported; ///< brought by an import, oldest first
    QList<AccessLogRecord> fetched; ///< the last complete fetch from the service, oldest first
    QString fetchedAt; ///< when that fetch was (ISO 8601 UTC); "" when the device never fetched the log

    /** Everything the device holds: the imported log, then the fetched one. */
    QList<AccessLogRecord> all() const { return imported + fetched; }

    static AccessLogCopy read(const SettingStore &store);
    /** Replaces the fetched copy with records (each marked as fetched at fetchedAt, ISO 8601 UTC). Io/Damaged from the store. */
    static Status keepFetched(SettingStore &store, QList<AccessLogRecord> records, const QString &fetchedAt);
    /** Keeps what an import brought (replaces an earlier import's). */
    static Status keepImported(SettingStore &store, const QList<AccessLogRecord> &records);
};

} // namespace samen
