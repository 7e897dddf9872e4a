#include "domain/writerule.h"

#include "domain/readrule.h"
#include "domain/steprule.h"
#include "sync/statereader.h"

#include <QCoreApplication>
#include <QHash>

namespace samen {

namespace {

/** The values an edit sets, per entity, so an entity made in the same edit has its domain. */
struct EditFields {
    QHash<QString, QJsonObject> byEntity;

    explicit EditFields(const QList<Operation> &ops)
    {
        for (const Operation &op : ops) {
            QJsonObject &o = byEntity[op.entityId];
            o.insert(QStringLiteral("type"), op.entityType);
            o.insert(QStringLiteral("id"), op.entityId);
            o.insert(op.field, op.value);
        }
    }

    /** The entity as it will be after the edit: stored fields overlaid with the edit's. */
    std::optional<QJsonObject> entity(const StateReader &state, const QString &id) const
    {
        std::optional<QJsonObject> stored = state.entity(id);
        if (!byEntity.contains(id))
            return stored;
        QJsonObject merged = stored.value_or(QJsonObject());
        const QJsonObject edited = byEntity.value(id);
        for (auto it = edited.constBegin(); it != edited.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        return merged;
    }
};

/** A StateReader that sees the edit's entities on top of the stored state (for ReadRule::domainOf). */
class EditedState : public StateReader
{
public:
    EditedState(const StateReader &state, const EditFields &edit)
        : m_state(state)
        , m_edit(edit)
    {
    }
    std::optional<QJsonObject> entity(const QString &entityId) const override { return m_edit.entity(m_state, entityId); }
    QList<QJsonObject> entities(const QString &planId, const QString &entityType) const override { return m_state.entities(planId, entityType); }
    QStringList fieldHeads(const QString &entityId, const QString &field) const override { return m_state.fieldHeads(entityId, field); }

private:
    const StateReader &m_state;
    const EditFields &m_edit;
};

Error ownerOnly()
{
    return { ErrorCode::Permission, QCoreApplication::translate("samen", "Only the plan's owner may change this. Nothing was saved.") };
}

Error readOnly()
{
    return { ErrorCode::Permission, QCoreApplication::translate("samen", "You may read this part of the plan, but not change it. Nothing was saved.") };
}

Error notShared()
{
    return { ErrorCode::Permission,
             QCoreApplication::translate("samen", "This part of the plan is not shared with you: you may not see or change it. Nothing was saved.") };
}

Error ownersOwn()
{
    return { ErrorCode::Permission,
             QCoreApplication::translate("samen", "How it is going and which life domain comes first are for the plan's owner to say. Nothing was saved.") };
}

Error meetingsOnly()
{
    return { ErrorCode::Permission,
             QCoreApplication::translate("samen", "Only the plan's owner and the coordinator may plan or change a meeting. Nothing was saved.") };
}

Error agreementsOnly()
{
    return { ErrorCode::Permission,
             QCoreApplication::translate("samen",
                                         "Only the plan's owner, the coordinator (in the life domains they may see) and those who may change this "
                                         "life domain may make or change this agreement. Nothing was saved.") };
}

bool isCoordinator(const StateReader &state, const MemberAccess &access)
{
    if (access.memberId().isEmpty())
        return false;
    const auto me = state.entity(access.memberId());
    return me && me->value(QStringLiteral("type")).toString() == QLatin1String("member") && me->value(QStringLiteral("coordinator")).toBool();
}

/**
 * Whether op ticks off (or back) a step given to this member, where they may only read: the step's done mark
 * and time, or a new "step-done" or "step-reopened" entry about it (StepRule::mayTick, the service's rule too; review 4, R4-18).
 */
bool ticksOwnStep(const StateReader &state, const EditedState &after, const MemberAccess &access, const Operation &op, const QString &domain)
{
    const auto ownerBefore = [&](const QString &stepId) {
        const auto step = state.entity(stepId);
        return step && step->value(QStringLiteral("type")).toString() == QLatin1String("step") ? step->value(QStringLiteral("ownerId")).toString() : QString();
    };
    if (op.entityType == QLatin1String("step"))
        return StepRule::mayTick(access, op.field, domain, ownerBefore(op.entityId));
    if (op.entityType != QLatin1String("timeline") || state.entity(op.entityId))
        return false;
    const auto entry = after.entity(op.entityId);
    if (!entry || !StepRule::isTickEntry(entry->value(QStringLiteral("kind")).toString()))
        return false;
    return StepRule::mayTick(access, QString(), domain, ownerBefore(entry->value(QStringLiteral("refId")).toString()));
}

} // namespace

bool WriteRule::isOwnersOwn(const QString &entityType)
{
    return entityType == QLatin1String("domain") || entityType == QLatin1String("assessment");
}

bool WriteRule::isMeetingWork(const QString &entityType)
{
    return entityType == QLatin1String("meeting") || entityType == QLatin1String("agreement");
}

Status WriteRule::checkMeetingWork(const MemberAccess &access, bool coordinator, const QString &entityType, const QString &field, const QString &domainKey,
                                   const QString &whoIdBefore)
{
    if (access.isOwner())
        return {};
    if (entityType == QLatin1String("meeting"))
        return coordinator ? Status {} : meetingsOnly();
    // The coordinator records agreements in the life domains they may see, never beyond: the role gives no more access
    // than the citizen's grants (consent is the citizen's alone), and nobody writes what they could not read back.
    if (!domainKey.isEmpty() && (access.canWrite(domainKey) || (coordinator && access.canRead(domainKey))))
        return {};
    // The person an agreement names says how it went: its status and evaluation (and an entry about it), nothing else.
    const bool named = !whoIdBefore.isEmpty() && whoIdBefore == access.memberId();
    if (named && (field.isEmpty() || field == QLatin1String("status") || field == QLatin1String("evaluation")))
        return {};
    return agreementsOnly();
}

Status WriteRule::check(const StateReader &state, const MemberAccess &access, const QList<Operation> &ops)
{
    if (access.isOwner())
        return {};
    const EditFields edit(ops);
    const EditedState after(state, edit);
    for (const Operation &op : ops) {
        const QString type = op.entityType;
        if (type == QLatin1String("timeline") && state.entity(op.entityId)) // members add entries; changing one is the owner's
            return ownerOnly();
        if (isOwnersOwn(type))
            return ownersOwn();
        const auto entity = after.entity(op.entityId);
        if (isMeetingWork(type)) {
            const auto before = state.entity(op.entityId);
            const QString whoBefore = before ? before->value(QStringLiteral("whoId")).toString() : QString();
            const QString domainKey = entity ? entity->value(QStringLiteral("domainKey")).toString() : QString();
            if (Status s = checkMeetingWork(access, isCoordinator(state, access), type, op.field, domainKey, whoBefore); !s)
                return s;
            continue;
        }
        if (type == QLatin1String("timeline") && entity) {
            // An entry about a meeting or agreement: whoever may change that (the one rule above).
            const auto about = after.entity(entity->value(QStringLiteral("refId")).toString());
            const QString aboutType = about ? about->value(QStringLiteral("type")).toString() : QString();
            if (isMeetingWork(aboutType)) {
                const auto before = state.entity(about->value(QStringLiteral("id")).toString());
                const QString whoBefore = before ? before->value(QStringLiteral("whoId")).toString() : QString();
                if (Status s = checkMeetingWork(access, isCoordinator(state, access), aboutType, QString(),
                                                about->value(QStringLiteral("domainKey")).toString(), whoBefore);
                    !s)
                    return s;
                continue;
            }
        }
        const QString domain = entity ? ReadRule::domainOf(after, *entity) : QString();
        if (ReadRule::scopeOf(type, domain) != ReadRule::Scope::Domain)
            return ownerOnly();
        // Not "you may read this" about a domain the member may not even see (review 3, #34).
        if (!domain.isEmpty() && !access.canRead(domain))
            return notShared();
        if (!domain.isEmpty() && !access.canWrite(domain) && ticksOwnStep(state, after, access, op, domain))
            continue;
        if (domain.isEmpty() || !access.canWrite(domain))
            return readOnly();
    }
    return {};
}

} // namespace samen
