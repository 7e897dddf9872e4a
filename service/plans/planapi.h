#pragma once

#include "audit/auditlog.h"
#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "live/liveevents.h"
#include "plans/planaccess.h"

#include <QHash>

#include <optional>
#include <variant>

namespace samen::service {

/** Plans, their members and grants: registering a plan, the caseload, confirming joins, granting and withdrawing access. */
class PlanApi
{
public:
    PlanApi(ServiceStore &store, AuditLog &audit, const LiveEvents &events);

    ApiResponse createPlan(const ApiRequest &request);
    ApiResponse listPlans(const ApiRequest &request);
    ApiResponse listMembers(const ApiRequest &request);
    ApiResponse confirmMember(const ApiRequest &request);
    ApiResponse removeMember(const ApiRequest &request);
    ApiResponse listGrants(const ApiRequest &request);
    ApiResponse addGrant(const ApiRequest &request);
    ApiResponse removeGrant(const ApiRequest &request);

    /**
     * The caller's access to the plan named in segment 2, or the answer to give:
     * 404 when the plan is unknown or the caller is not an active member (the same
     * answer, so plan ids cannot be probed), 403 when ownerOnly and not the owner.
     */
    static std::variant<PlanAccess, ApiResponse> access(ServiceStore &store, const ApiRequest &request, bool ownerOnly);

    static QJsonObject memberJson(const MemberRecord &member);
    /**
     * The professionals the operator enrolled (samen-service admin professional add), by account id:
     * {name, organisation} as the operator typed them. Empty optional when the store cannot be read.
     */
    static std::optional<QHash<QString, QJsonObject>> registeredProfessionals(ServiceStore &store);
    static QJsonObject grantJson(const GrantRecord &grant);
    /** A grant as the audit log keeps it: member, domain, access ("none" when taken away), until; never the purpose (free text). */
    static QJsonObject auditDetail(const GrantRecord &grant);

private:
    /**
     * DELETE of the caller's own join that waits to be let in (their erase, before the owner decided): the member is
     * removed, audited as member.leave, and the owner no longer sees them waiting. Nothing (the usual rules follow)
     * when the caller has no pending membership under that member id.
     */
    std::optional<ApiResponse> withdrawOwnJoin(const ApiRequest &request);

    ServiceStore &m_store;
    AuditLog &m_audit;
    const LiveEvents &m_events;
};

} // namespace samen::service
