#pragma once

#include "audit/auditlog.h"
#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "live/liveevents.h"

namespace samen::service {

/**
 * Erasing a plan at the service: POST /v1/plans/{planId}/erase, by the owner only, with a
 * fresh signature of this device's key over a one-time challenge bound to the plan
 * (ErasureProof), so a stolen bearer token or a captured request cannot erase a plan.
 * Deletes the plan's operations, entities, members, grants and invitations, blanks its
 * audit entries (the chain still links) and leaves one record without plan, actor or
 * content. See docs/security.md, "Erasing a plan".
 */
class ErasureApi
{
public:
    ErasureApi(ServiceStore &store, AuditLog &audit, const LiveEvents &events);

    ApiResponse erase(const ApiRequest &request);

    /** The key an erased plan is remembered by: SHA-256 of its id (never the id itself). */
    static QByteArray marker(const QString &planId);
    /** The answer for a plan id that was erased: 404 with error "plan-erased". */
    static ApiResponse erasedAnswer();

private:
    ServiceStore &m_store;
    AuditLog &m_audit;
    const LiveEvents &m_events;
};

} // namespace samen::service
