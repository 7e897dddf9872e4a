#include "plans/membernames.h"

#include "domain/texthygiene.h"
#include "sync/planroles.h"

namespace samen::service {

Result<bool> MemberNames::taken(ServiceStore &store, const QString &planId, const QString &name, const QString &exceptMemberId)
{
    auto members = store.members(planId);
    if (!members)
        return members.error();
    for (const MemberRecord &m : members.value()) {
        if (m.memberId != exceptMemberId && m.status != QLatin1String("removed") && TextHygiene::sameName(m.name, name))
            return true;
    }
    auto names = PlanRoles::winners(store, planId, QStringLiteral("member"), QStringLiteral("name"));
    if (!names)
        return names.error();
    auto deleted = PlanRoles::winners(store, planId, QStringLiteral("member"), QString(kTombstoneField));
    if (!deleted)
        return deleted.error();
    for (auto it = names->cbegin(); it != names->cend(); ++it) {
        const bool gone = deleted->contains(it.key()) && deleted->value(it.key()).value.toBool();
        if (it.key() != exceptMemberId && !gone && TextHygiene::sameName(it.value().value.toString(), name))
            return true;
    }
    return false;
}

} // namespace samen::service
