#pragma once

#include "http/apirequest.h"
#include "http/apiresponse.h"

namespace samen::service {

/**
 * POST /v1/caseload/changes: which of the caller's plans changed since the device last
 * synced them, in one request (docs/sync-protocol.md, "A caseload's changes"). The device
 * lists each plan with the sequence number it has pulled up to ("after") and the access
 * tag it was last told ("access"); the answer names only the plans with newer operations
 * or another access tag (grants in force, role, membership status), and the listed plans
 * the caller is not (or no longer) a member of ("gone", with "erased" when the owner erased
 * the plan, "left" when the caller left it themselves, from any of their devices). Each plan is authorised on its own; another person's plan id is answered as
 * gone, never with its sequence number. At most kMaxPlans per request (422 too-many-plans).
 */
class CaseloadApi
{
public:
    static constexpr int kMaxPlans = 400;

    explicit CaseloadApi(ServiceStore &store);

    ApiResponse changes(const ApiRequest &request);

    /**
     * The access tag of a membership: 16 hex characters of SHA-256 over its status, role and
     * the member's grants in force at nowMs (domain, access, end), so it changes whenever what
     * the member may read or write changes (a grant added, removed or run out; let in; removed).
     */
    static QString accessTag(const MemberRecord &member, const QList<GrantRecord> &grants, qint64 nowMs);

private:
    ServiceStore &m_store;
};

} // namespace samen::service
