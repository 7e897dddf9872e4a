#pragma once

#include "domain/memberaccess.h"
#include "storage/servicestore.h"

#include <QHash>
#include <QStringList>

namespace samen::service {

/**
 * Who a plan's operations name, merged from what the service stores (last writer
 * wins, as on every device): the current coordinator (member.coordinator), each
 * agreement's whoId and each meeting's participantIds. The read and write rules of
 * meetings and agreements need them (ReadRule, WriteRule::checkMeetingWork; issue
 * 13). Loaded from three queries on the plan's operations; not cached: it is
 * loaded only for requests that need it.
 */
class PlanRoles
{
public:
    static Result<PlanRoles> load(ServiceStore &store, const QString &planId);

    /** The member id whose coordinator mark is true now ("" when none); with two (concurrent handovers), the latest. */
    const QString &coordinator() const { return m_coordinator; }
    /** The whoId an agreement has now ("" when none or not an agreement). */
    QString whoIdOf(const QString &agreementId) const { return m_whoId.value(agreementId); }
    /** Agreements and meetings that name memberId now: the "named" part of their read rule. */
    QStringList namedIn(const QString &memberId) const;
    /** The caller's access with every agreement and meeting that names them (MemberAccess::addNamed). */
    MemberAccess readerAccess(const MemberAccess &access) const;

private:
    QString m_coordinator;
    QHash<QString, QString> m_whoId; ///< agreement id -> whoId now
    QHash<QString, QStringList> m_participants; ///< meeting id -> participantIds now
};

} // namespace samen::service
