#include "domain/writerule.h"

#include "domain/readrule.h"
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

} // namespace

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
        const auto entity = after.entity(op.entityId);
        const QString domain = entity ? ReadRule::domainOf(after, *entity) : QString();
        if (ReadRule::scopeOf(type, domain) != ReadRule::Scope::Domain)
            return ownerOnly();
        if (domain.isEmpty() || !access.canWrite(domain))
            return readOnly();
    }
    return {};
}

} // namespace samen
