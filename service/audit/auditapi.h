#pragma once

#include "audit/auditlog.h"
#include "http/apirequest.h"
#include "http/apiresponse.h"

namespace samen::service {

/** Lets the citizen who owns a plan read that plan's audit entries (with their hashes, so the chain can be checked). */
class AuditApi
{
public:
    AuditApi(ServiceStore &store, AuditLog &audit);

    /** GET /v1/plans/{planId}/audit: {entries: [entryJson], chain: {intact, entries}}; owner only. */
    ApiResponse planAudit(const ApiRequest &request);

    /**
     * One entry as the owner reads it: the stored entry (seq, at, actor, action, target,
     * detail, hashes) plus actorMemberId, entityType, domainKey, count and memberId (whom
     * a change was about), read from the entry, so older entries get them too.
     */
    static QJsonObject entryJson(const AuditRecord &entry, const QString &actorMemberId);

private:
    ServiceStore &m_store;
    AuditLog &m_audit;
};

} // namespace samen::service
