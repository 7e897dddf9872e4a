#include "sync/stepownercheck.h"

namespace samen::service {

Status StepOwnerCheck::check(const PlanAccess &access, const Operation &op, const QString &domainKey, qint64 nowMs)
{
    if (op.entityType != QLatin1String("step") || op.field != QLatin1String("ownerId") || !op.value.isString())
        return {};
    const QString memberId = op.value.toString();
    if (memberId.isEmpty() || domainKey.isEmpty())
        return {};
    const MemberRecord *member = nullptr;
    for (const MemberRecord &m : access.members()) {
        if (m.memberId == memberId)
            member = &m;
    }
    // A contact the service never heard of, the owner, and someone waiting to be let in are not judged here.
    if (!member || member->role == QLatin1String("owner") || member->status == QLatin1String("pending"))
        return {};
    for (const GrantRecord &g : access.grants()) {
        const bool inForce = g.untilMs == 0 || g.untilMs > nowMs;
        const bool reads = g.access == QLatin1String("read") || g.access == QLatin1String("write");
        if (g.memberId == memberId && g.domainKey == domainKey && reads && inForce && member->status == QLatin1String("active"))
            return {};
    }
    return Error { ErrorCode::Permission,
                   QStringLiteral("The person this step is given to cannot see its life domain, so it would reach nobody: the plan's owner can "
                                  "share that life domain with them first, or give the step to someone else."),
                   {},
                   QString::fromLatin1(kRefusal) };
}

} // namespace samen::service
