#pragma once

#include "audit/auditlog.h"
#include "http/apirequest.h"
#include "http/apiresponse.h"

namespace samen::service {

/**
 * GET /v1/plans/{id}/snapshot: the plan's current state as far as the caller may
 * read it, for a new member or one whose access changed. The state is given as
 * the operations that make it up (per field the last writer, and for free-text
 * fields every value still in conflict), so the device merges it like any pull;
 * "seq" is the cursor to pull after. Everything the device holds outside the
 * snapshot's readable domains it must delete.
 */
class SnapshotApi
{
public:
    SnapshotApi(ServiceStore &store, AuditLog &audit);

    ApiResponse snapshot(const ApiRequest &request);

private:
    ServiceStore &m_store;
    AuditLog &m_audit;
};

} // namespace samen::service
