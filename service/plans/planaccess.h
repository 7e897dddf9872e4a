#pragma once

#include "domain/memberaccess.h"
#include "storage/servicestore.h"

namespace samen::service {

/**
 * What one account may do in one plan, from its membership and grants: the owner
 * may do everything; other members read and write only the domains granted to them
 * (write includes read), until the grant ends.
 */
class PlanAccess
{
public:
    /** Loads the caller's access; isMember() is false when the plan is unknown or the caller is not an active member. */
    static Result<PlanAccess> load(ServiceStore &store, const QString &planId, const QString &accountId, qint64 nowMs);

    bool isMember() const { return m_member.has_value(); }
    bool isOwner() const { return m_member && m_member->role == QLatin1String("owner"); }
    const MemberRecord &member() const { return *m_member; }
    bool canRead(const QString &domainKey) const;
    bool canWrite(const QString &domainKey) const;
    /** The caller's access as the shared rules take it (ReadRule: what a pull or snapshot may carry). */
    const MemberAccess &memberAccess() const { return m_access; }

    const QList<MemberRecord> &members() const { return m_members; }
    const QList<GrantRecord> &grants() const { return m_grants; }
    /** The caller's own grants that are still in force. */
    const QList<GrantRecord> &ownGrants() const { return m_mine; }

    /** A domain key: 1 to 40 characters of a-z, 0-9 and "-". */
    static bool isDomainKey(const QString &key);

private:
    std::optional<MemberRecord> m_member;
    QList<MemberRecord> m_members;
    QList<GrantRecord> m_grants; ///< all grants of the plan
    QList<GrantRecord> m_mine; ///< the caller's grants still in force
    MemberAccess m_access; ///< built from m_member and m_mine
};

} // namespace samen::service
