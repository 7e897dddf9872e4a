#pragma once

#include "domain/memberaccess.h"
#include "storage/servicestore.h"
#include "sync/operation.h"

#include <QHash>
#include <QMap>
#include <QStringList>

namespace samen::service {

/**
 * Who a plan's operations name, merged from what the service stores (last writer
 * wins, as on every device): the current coordinator (member.coordinator), each
 * agreement's whoId and each meeting's participantIds. The write rule of meetings
 * and agreements needs all three, the read rule only the last two (the coordinator
 * reads no more than their grants allow) (ReadRule, WriteRule::checkMeetingWork; issue
 * 13). Loaded from three queries on the plan's operations; not cached: it is
 * loaded only for requests that need it.
 */
class PlanRoles
{
public:
    static Result<PlanRoles> load(ServiceStore &store, const QString &planId);
    /** The winning operation of one field per entity id (last writer wins, as on every device), from the plan's stored operations. */
    static Result<QMap<QString, Operation>> winners(ServiceStore &store, const QString &planId, const QString &type, const QString &field);

    /** The member id whose coordinator mark is true now ("" when none); with two (concurrent handovers), the latest. */
    const QString &coordinator() const { return m_coordinator; }
    /** The whoId an agreement has now ("" when none or not an agreement). */
    QString whoIdOf(const QString &agreementId) const { return m_whoId.value(agreementId); }
    /** Agreements and meetings that name memberId now (whoId, participantIds): the "named" part of their read rule; the coordinator gets no more. */
    QStringList namedIn(const QString &memberId) const;
    /**
     * The caller's access with every agreement and meeting they read beyond their grants
     * (MemberAccess::addNamed): those that name them, and the meetings with one of their
     * readable domains on the agenda, and every meeting while they are the coordinator; and the
     * meetings whose notes and agenda points they read: those they take part in, and all of them
     * for the coordinator (MemberAccess::addMeetingText).
     */
    MemberAccess readerAccess(const MemberAccess &access) const;

private:
    QString m_coordinator;
    QHash<QString, QString> m_whoId; ///< agreement id -> whoId now
    QHash<QString, QStringList> m_participants; ///< meeting id -> participantIds now
    QHash<QString, QStringList> m_agenda; ///< meeting id -> agendaDomains now
};

} // namespace samen::service
