#pragma once

#include "audit/auditlog.h"
#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "runtime/serviceconfig.h"

#include <optional>
#include <variant>

namespace samen::service {

/**
 * Invitations to a plan: the owner creates one (a 256-bit single-use code, stored
 * hashed, expiring, carrying kind, grants, the member id the person will have and
 * whom it is for), lists pending ones, withdraws one; the invited person's device
 * previews what is offered, then redeems the code and becomes a pending member
 * until the owner lets them in.
 */
class InvitationApi
{
public:
    InvitationApi(ServiceStore &store, AuditLog &audit, const ServiceConfig &config);

    ApiResponse create(const ApiRequest &request);
    ApiResponse listPending(const ApiRequest &request);
    ApiResponse withdraw(const ApiRequest &request);
    ApiResponse preview(const ApiRequest &request);
    ApiResponse redeem(const ApiRequest &request);

    /** The invitation as its owner sees it (no code): id, kind, grants, memberId, invitee, until, dates, status. */
    static QJsonObject invitationJson(const InvitationRecord &invitation);
    /** The invitation's grants without their purpose, for the audit log (values stay out of it). */
    static QJsonArray auditGrants(const QJsonArray &grants);

private:
    /** The pending, unexpired invitation with this code, or the answer to give (400, 404, 410). */
    std::variant<InvitationRecord, ApiResponse> open(const QString &code, qint64 nowMs);
    /**
     * 403 "professional-only" when the invitation is of kind "professional" and accountId is not a professional
     * the operator enrolled (admin professional add), so nobody joins as one by holding a link (issue 12); none otherwise.
     */
    std::optional<ApiResponse> notForThisAccount(const InvitationRecord &invitation, const QString &accountId);
    /** 409 when memberId may not be given to a new person of planId; an empty response (status 0) when it may. */
    ApiResponse memberIdConflict(const QString &planId, const QString &memberId, const QString &exceptInvitation, qint64 nowMs);
    enum class Who { Invitee, Joiner };
    /** 409 `name-taken` when someone other than memberId already has this name in the plan (MemberNames); nothing for an empty name. */
    std::optional<ApiResponse> nameTaken(const QString &planId, const QString &name, const QString &memberId, Who who);

    ServiceStore &m_store;
    AuditLog &m_audit;
    const ServiceConfig &m_config;
};

} // namespace samen::service
