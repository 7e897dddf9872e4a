#include "sync/planroles.h"

#include "sync/fieldmerge.h"
#include "sync/operation.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace samen::service {

Result<QMap<QString, Operation>> PlanRoles::winners(ServiceStore &store, const QString &planId, const QString &type, const QString &field)
{
    auto stored = store.fieldOps(planId, type, field);
    if (!stored)
        return stored.error();
    QMap<QString, QList<Operation>> byEntity;
    for (const StoredOp &s : stored.value()) {
        Operation op;
        if (Operation::fromJson(s.op, &op))
            byEntity[op.entityId].append(op);
    }
    QMap<QString, Operation> out;
    for (auto it = byEntity.cbegin(); it != byEntity.cend(); ++it)
        out.insert(it.key(), mergeField(it.value(), false).winner);
    return out;
}

Result<PlanRoles> PlanRoles::load(ServiceStore &store, const QString &planId)
{
    PlanRoles roles;
    auto coordinator = winners(store, planId, QStringLiteral("member"), QStringLiteral("coordinator"));
    if (!coordinator)
        return coordinator.error();
    std::optional<Operation> latest;
    for (const Operation &op : coordinator.value()) {
        if (op.value.toBool() && (!latest || operationLess(*latest, op)))
            latest = op;
    }
    roles.m_coordinator = latest ? latest->entityId : QString();
    auto who = winners(store, planId, QStringLiteral("agreement"), QStringLiteral("whoId"));
    if (!who)
        return who.error();
    for (const Operation &op : who.value())
        roles.m_whoId.insert(op.entityId, op.value.toString());
    auto participants = winners(store, planId, QStringLiteral("meeting"), QStringLiteral("participantIds"));
    if (!participants)
        return participants.error();
    for (const Operation &op : participants.value()) {
        QStringList ids;
        for (const QJsonValue &v : op.value.toArray())
            ids.append(v.toString());
        roles.m_participants.insert(op.entityId, ids);
    }
    auto agenda = winners(store, planId, QStringLiteral("meeting"), QStringLiteral("agendaDomains"));
    if (!agenda)
        return agenda.error();
    for (const Operation &op : agenda.value()) {
        QStringList keys;
        for (const QJsonValue &v : op.value.toArray())
            keys.append(v.toString());
        roles.m_agenda.insert(op.entityId, keys);
    }
    return roles;
}

QStringList PlanRoles::namedIn(const QString &memberId) const
{
    QStringList ids;
    if (memberId.isEmpty())
        return ids;
    // Only the agreements made with the member: the coordinator role gives no read access of its own,
    // what a member sees of a life domain is the citizen's consent alone (docs/sync-protocol.md, "Who reads what").
    for (auto it = m_whoId.cbegin(); it != m_whoId.cend(); ++it) {
        if (it.value() == memberId)
            ids.append(it.key());
    }
    for (auto it = m_participants.cbegin(); it != m_participants.cend(); ++it) {
        if (it.value().contains(memberId))
            ids.append(it.key());
    }
    ids.sort();
    return ids;
}

MemberAccess PlanRoles::readerAccess(const MemberAccess &access) const
{
    MemberAccess out = access;
    for (const QString &id : namedIn(access.memberId()))
        out.addNamed(id);
    // The coordinator plans and records the meetings (WriteRule::checkMeetingWork): they read each one whole.
    const bool coordinator = !access.memberId().isEmpty() && access.memberId() == m_coordinator;
    QSet<QString> meetings(m_participants.keyBegin(), m_participants.keyEnd());
    for (auto it = m_agenda.cbegin(); it != m_agenda.cend(); ++it)
        meetings.insert(it.key());
    for (const QString &id : std::as_const(meetings)) {
        if (coordinator || (!access.memberId().isEmpty() && m_participants.value(id).contains(access.memberId()))) {
            out.addNamed(id);
            out.addMeetingText(id);
        }
    }
    // A meeting about a life domain the member may read: they see that it is, and the agenda's domains they read
    // (not its notes or agenda points: ReadRule::mayReadField). A meeting with no readable agenda domain stays hidden.
    for (auto it = m_agenda.cbegin(); it != m_agenda.cend(); ++it) {
        for (const QString &key : it.value()) {
            if (access.canRead(key)) {
                out.addNamed(it.key());
                break;
            }
        }
    }
    return out;
}

} // namespace samen::service
