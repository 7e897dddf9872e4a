#include "sync/planstate.h"

#include "domain/schema.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace samen {

QString PlanState::typeKey(const QString &planId, const QString &entityType)
{
    return planId + QChar(0x1f) + entityType;
}

void PlanState::apply(const Operation &op)
{
    if (m_seen.contains(op.opId))
        return;
    m_seen.insert(op.opId, op);
    if (m_latest < op.hlc)
        m_latest = op.hlc;
    auto it = m_entities.find(op.entityId);
    if (it == m_entities.end()) {
        it = m_entities.insert(op.entityId, EntityOps { op, {}, {} });
        m_byType[typeKey(op.planId, op.entityType)].insert(op.entityId);
    } else if (operationLess(op, it->first)) {
        if (op.planId != it->first.planId || op.entityType != it->first.entityType) {
            m_byType[typeKey(it->first.planId, it->first.entityType)].erase(op.entityId);
            m_byType[typeKey(op.planId, op.entityType)].insert(op.entityId);
        }
        it->first = op;
    }
    it->fields[op.field].append(op);
    it->doc.reset();
    for (SortKeyIndex &index : m_sortKeys)
        index.stale.insert(op.entityId);
}

void PlanState::apply(const QList<Operation> &ops)
{
    for (const Operation &op : ops)
        apply(op);
}

const QJsonObject &PlanState::document(const QString &entityId, const EntityOps &e) const
{
    if (!e.doc) {
        QJsonObject doc { { QStringLiteral("id"), entityId }, { QStringLiteral("type"), e.first.entityType }, { QStringLiteral("planId"), e.first.planId } };
        for (auto f = e.fields.constBegin(); f != e.fields.constEnd(); ++f) {
            if (f.key() == QLatin1StringView("id") || f.key() == QLatin1StringView("type") || f.key() == QLatin1StringView("planId"))
                continue; // never let an operation overwrite the identity of a document
            doc.insert(f.key(), mergeField(f.value(), isFreeTextField(e.first.entityType, f.key())).winner.value);
        }
        e.doc = std::move(doc);
    }
    return *e.doc;
}

std::optional<QJsonObject> PlanState::entity(const QString &entityId) const
{
    const auto it = m_entities.constFind(entityId);
    if (it == m_entities.constEnd())
        return std::nullopt;
    return document(entityId, *it);
}

QList<QJsonObject> PlanState::entities(const QString &planId, const QString &entityType) const
{
    QList<QJsonObject> out;
    const auto ids = m_byType.constFind(typeKey(planId, entityType));
    if (ids == m_byType.constEnd())
        return out;
    for (const QString &id : *ids) {
        const QJsonObject &doc = document(id, *m_entities.constFind(id));
        if (!doc.value(kTombstoneField).toBool())
            out.append(doc);
    }
    return out;
}

QString PlanState::lastSortKey(const QString &planId, const QString &entityType, const QString &groupField, const QString &groupValue) const
{
    const QString type = typeKey(planId, entityType);
    auto index = m_sortKeys.find(type + QChar(0x1f) + groupField);
    if (index == m_sortKeys.end()) {
        index = m_sortKeys.insert(type + QChar(0x1f) + groupField, {});
        for (const QString &id : m_byType.value(type))
            index->stale.insert(id);
    }
    // Each entity changed since the last question is counted again: linear over a build.
    for (const QString &id : std::as_const(index->stale)) {
        if (const auto counted = index->counted.constFind(id); counted != index->counted.constEnd()) {
            auto group = index->keys.find(counted->first);
            if (auto key = group->find(counted->second); --key.value() == 0)
                group->erase(key);
            index->counted.erase(counted);
        }
        const auto e = m_entities.constFind(id);
        if (e == m_entities.constEnd() || e->first.planId != planId || e->first.entityType != entityType)
            continue;
        const QJsonObject &doc = document(id, *e);
        if (doc.value(kTombstoneField).toBool())
            continue;
        const QString value = doc.value(groupField).toString();
        const QString key = doc.value(QStringLiteral("sortKey")).toString();
        ++index->keys[value][key];
        index->counted.insert(id, { value, key });
    }
    index->stale.clear();
    const auto group = index->keys.constFind(groupValue);
    return group == index->keys.constEnd() || group->isEmpty() ? QString() : group->lastKey();
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
