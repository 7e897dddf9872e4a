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

    ApiResponse planAudit(const ApiRequest &request);

private:
    ServiceStore &m_store;
    AuditLog &m_audit;
};

} // namespace samen::service
