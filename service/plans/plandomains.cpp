#include "plans/plandomains.h"

#include "sync/planroles.h"

#include <QSet>

namespace samen::service {

std::optional<ApiResponse> PlanDomains::refuseUnknown(ServiceStore &store, const QString &planId, const QStringList &keys)
{
    if (keys.isEmpty())
        return std::nullopt;
    auto domains = PlanRoles::winners(store, planId, QStringLiteral("domain"), QStringLiteral("key"));
    auto deleted = PlanRoles::winners(store, planId, QStringLiteral("domain"), QString(kTombstoneField));
    if (!domains || !deleted)
        return ApiResponse::internal();
    if (domains->isEmpty())
        return std::nullopt; // not pushed yet: nothing to check against (see the class comment)
    QSet<QString> known;
    for (auto it = domains->cbegin(); it != domains->cend(); ++it) {
        if (!(deleted->contains(it.key()) && deleted->value(it.key()).value.toBool()))
            known.insert(it.value().value.toString());
    }
    for (const QString &key : keys) {
        if (!known.contains(key))
            return ApiResponse::error(422, QStringLiteral("unknown-domain"),
                                      QStringLiteral("This plan has no life domain \"%1\". Access can only be given to the plan's own life domains.").arg(key));
    }
    return std::nullopt;
}

} // namespace samen::service
