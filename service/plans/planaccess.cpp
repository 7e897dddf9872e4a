#include "plans/planaccess.h"

namespace samen::service {

Result<PlanAccess> PlanAccess::load(ServiceStore &store, const QString &planId, const QString &accountId, qint64 nowMs)
{
    PlanAccess access;
    auto members = store.members(planId);
    if (!members)
        return members.error();
    access.m_members = members.value();
    for (const MemberRecord &m : std::as_const(access.m_members)) {
        if (m.accountId == accountId && m.status == QLatin1String("active"))
            access.m_member = m;
    }
    if (!access.m_member)
        return access;
    if (access.isOwner())
        access.m_access = MemberAccess::owner();
    auto grants = store.grants(planId);
    if (!grants)
        return grants.error();
    access.m_grants = grants.value();
    for (const GrantRecord &g : std::as_const(access.m_grants)) {
        if (g.memberId == access.m_member->memberId && (g.untilMs == 0 || g.untilMs > nowMs))
            access.m_mine.append(g);
    }
    for (const GrantRecord &g : std::as_const(access.m_mine))
        access.m_access.grant(g.domainKey, g.access);
    access.m_access.setMemberId(access.m_member->memberId);
    return access;
}

bool PlanAccess::canRead(const QString &domainKey) const
{
    return m_access.canRead(domainKey);
}

bool PlanAccess::canWrite(const QString &domainKey) const
{
    return m_access.canWrite(domainKey);
}

bool PlanAccess::isDomainKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 40)
        return false;
    for (const QChar c : key) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')))
            return false;
    }
    return true;
}

} // namespace samen::service
