#include "sync/planstate.h"

#include "domain/schema.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace samen {

void PlanState::apply(const Operation &op)
{
    if (m_seen.contains(op.opId))
        return;
    m_seen.insert(op.opId, op);
    if (m_latest < op.hlc)
        m_latest = op.hlc;
    auto it = m_entities.find(op.entityId);
    if (it == m_entities.end()) {
        it = m_entities.insert(op.entityId, EntityOps { op, {} });
    } else if (operationLess(op, it->first)) {
        it->first = op;
    }
    it->fields[op.field].append(op);
}

void PlanState::apply(const QList<Operation> &ops)
{
    for (const Operation &op : ops)
        apply(op);
}

std::optional<QJsonObject> PlanState::entity(const QString &entityId) const
{
    const auto it = m_entities.constFind(entityId);
    if (it == m_entities.constEnd())
        return std::nullopt;
    QJsonObject doc { { QStringLiteral("id"), entityId }, { QStringLiteral("type"), it->first.entityType }, { QStringLiteral("planId"), it->first.planId } };
    for (auto f = it->fields.constBegin(); f != it->fields.constEnd(); ++f) {
        if (f.key() == QLatin1StringView("id") || f.key() == QLatin1StringView("type") || f.key() == QLatin1StringView("planId"))
            continue; // never let an operation overwrite the identity of a document
        doc.insert(f.key(), mergeField(f.value(), isFreeTextField(it->first.entityType, f.key())).winner.value);
    }
    return doc;
}

QList<QJsonObject> PlanState::entities(const QString &planId, const QString &entityType) const
{
    QList<QJsonObject> out;
    for (auto it = m_entities.constBegin(); it != m_entities.constEnd(); ++it) {
        if (it->first.planId != planId || it->first.entityType != entityType)
            continue;
        const auto doc = entity(it.key());
        if (doc && !doc->value(kTombstoneField).toBool())
            out.append(*doc);
    }
    return out;
}

std::optional<FieldState> PlanState::fieldState(const QString &entityId, const QString &field) const
{
    const auto it = m_entities.constFind(entityId);
    if (it == m_entities.constEnd())
        return std::nullopt;
    const auto f = it->fields.constFind(field);
    if (f == it->fields.constEnd())
        return std::nullopt;
    return mergeField(f.value(), isFreeTextField(it->first.entityType, field));
}

QStringList PlanState::fieldHeads(const QString &entityId, const QString &field) const
{
    QStringList heads;
    if (const auto state = fieldState(entityId, field)) {
        for (const Operation &op : state->heads)
            heads.append(op.opId);
    }
    return heads;
}

QList<Operation> PlanState::history(const QString &entityId, const QString &field) const
{
    const auto it = m_entities.constFind(entityId);
    if (it == m_entities.constEnd())
        return {};
    QList<Operation> ops;
    if (field.isEmpty()) {
        for (const QList<Operation> &fieldOps : it->fields)
            ops += fieldOps;
    } else {
        ops = it->fields.value(field);
    }
    std::sort(ops.begin(), ops.end(), operationLess);
    return ops;
}

std::optional<Operation> PlanState::operation(const QString &opId) const
{
    const auto it = m_seen.constFind(opId);
    if (it == m_seen.constEnd())
        return std::nullopt;
    return *it;
}

QByteArray PlanState::canonical() const
{
    // QJsonObject keeps keys sorted and QMap iterates in key order: the dump is order-free.
    QJsonArray entitiesJson;
    for (auto it = m_entities.constBegin(); it != m_entities.constEnd(); ++it) {
        QJsonObject fields;
        for (auto f = it->fields.constBegin(); f != it->fields.constEnd(); ++f) {
            const FieldState state = mergeField(f.value(), isFreeTextField(it->first.entityType, f.key()));
            QJsonArray heads;
            for (const Operation &h : state.heads)
                heads.append(QJsonObject { { QStringLiteral("opId"), h.opId }, { QStringLiteral("value"), h.value } });
            QStringList all;
            for (const Operation &op : f.value())
                all.append(op.opId);
            all.sort();
            fields.insert(f.key(),
                          QJsonObject { { QStringLiteral("winner"), state.winner.opId },
                                        { QStringLiteral("value"), state.winner.value },
                                        { QStringLiteral("heads"), heads },
                                        { QStringLiteral("ops"), QJsonArray::fromStringList(all) } });
        }
        entitiesJson.append(QJsonObject { { QStringLiteral("id"), it.key() },
                                          { QStringLiteral("type"), it->first.entityType },
                                          { QStringLiteral("planId"), it->first.planId },
                                          { QStringLiteral("fields"), fields } });
    }
    return QJsonDocument(entitiesJson).toJson(QJsonDocument::Compact);
}

} // namespace samen
