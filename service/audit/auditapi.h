#pragma once

#include "audit/auditlog.h"
#include "audit/chainverifier.h"
#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "security/signingkey.h"

namespace samen::service {

/** Lets the citizen who owns a plan read that plan's audit entries (with their hashes, so the chain can be checked). */
class AuditApi
{
public:
    AuditApi(ServiceStore &store, AuditLog &audit, ChainVerifier &chain, const SigningKey &headKey);

    /**
     * GET /v1/plans/{planId}/audit: {entries: [entryJson], chain: {intact, entries}}; owner only.
     * The chain is checked by ChainVerifier (the entries since the last verified head).
     */
    ApiResponse planAudit(const ApiRequest &request);
    /**
     * GET /v1/audit/head: the log's head signed now (AuditHead JSON, version 2: every chain's
     * head and their Merkle root), for any signed-in device; 503 audit-damaged, and nothing
     * signed, when a chain does not verify.
     */
    ApiResponse head(const ApiRequest &request);

    /**
     * One entry as the owner reads it: the stored entry (seq, at, actor, action, target,
     * detail, hashes) plus actorMemberId, entityType, domainKey, count and memberId (whom
     * a change was about), read from the entry, so older entries get them too.
     */
    static QJsonObject entryJson(const AuditRecord &entry, const QString &actorMemberId);

private:
    ServiceStore &m_store;
    AuditLog &m_audit;
    ChainVerifier &m_chain;
    const SigningKey &m_headKey;
};

} // namespace samen::service
