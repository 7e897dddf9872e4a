#pragma once

#include "audit/auditlog.h"
#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "live/liveevents.h"

namespace samen::service {

/**
 * The consent grid's one call: PUT /v1/plans/{planId}/members/{memberId}/access sets a
 * member's access to the listed domains (none, read or write, with purpose and end
 * date) in one transaction, audits each change without its purpose, and tells the
 * member's devices at once.
 */
class AccessApi
{
public:
    AccessApi(ServiceStore &store, AuditLog &audit, const LiveEvents &events);

    ApiResponse setAccess(const ApiRequest &request);

private:
    ServiceStore &m_store;
    AuditLog &m_audit;
    const LiveEvents &m_events;
};

} // namespace samen::service
