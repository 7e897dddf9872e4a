#pragma once

#include "http/apiresponse.h"
#include "storage/servicestore.h"

#include <QStringList>

#include <optional>

namespace samen::service {

/**
 * The life domains a plan has at the service: the keys of its live `domain` entities, as its
 * owner's device pushed them (the device makes them from the plan's framework). The service
 * trusts nothing a client sends, so access is only ever given to one of them: an invitation, a
 * grant or an access change for another key is refused with 422 `unknown-domain`
 * (docs/api/openapi.yaml). A plan whose domains have not reached the service yet (registered,
 * not yet pushed) has none to check against: nothing is refused for it until then.
 */
class PlanDomains
{
public:
    /** 422 `unknown-domain` naming the first key the plan does not have; nothing when all are known; 500 when the store fails. */
    static std::optional<ApiResponse> refuseUnknown(ServiceStore &store, const QString &planId, const QStringList &keys);
};

} // namespace samen::service
