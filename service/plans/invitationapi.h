#pragma once

#include "audit/auditlog.h"
#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "runtime/serviceconfig.h"

namespace samen::service {

/**
 * Invitations to a plan: the owner creates one (a 256-bit single-use code, stored
 * hashed, expiring, carrying kind and grants), lists pending ones, withdraws one;
 * the invited person's device redeems the code and becomes a pending member until
 * the owner confirms.
 */
class InvitationApi
{
public:
    InvitationApi(ServiceStore &store, AuditLog &audit, const ServiceConfig &config);

    ApiResponse create(const ApiRequest &request);
    ApiResponse listPending(const ApiRequest &request);
    ApiResponse withdraw(const ApiRequest &request);
    ApiResponse redeem(const ApiRequest &request);

private:
    ServiceStore &m_store;
    AuditLog &m_audit;
    const ServiceConfig &m_config;
};

} // namespace samen::service
