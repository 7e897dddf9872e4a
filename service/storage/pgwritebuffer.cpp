#include "storage/pgwritebuffer.h"

#include "storage/materialisedfield.h"

#include <QJsonDocument>

namespace samen::service {

namespace {

// One text per statement whatever the number of rows (arrays with unnest / = ANY): PgConnection prepares each once.
// The touched fields' states, one unique-key lookup per field. A LATERAL subquery with LIMIT is planned on its own
// (never flattened into a join), so each is an index scan whatever the statistics say: with "entity_id = ANY($2)" the
// generic plan, made while autovacuum had last seen a plan of 5 rows, read every state of the plan and filtered
// (auto_explain in the service bench; slower with each push to a growing plan).
const QString kLoadStates = QStringLiteral("SELECT s.entity_id, s.field, s.state FROM unnest($2::text[], $3::text[]) AS k(entity_id, field)"
                                           " CROSS JOIN LATERAL (SELECT entity_id, field, state FROM field_state"
                                           " WHERE plan_id = $1 AND entity_id = k.entity_id AND field = k.field LIMIT 1) s");
const QString kInsertOps
    = QStringLiteral("INSERT INTO ops (plan_id, seq, op_id, entity_type, field, domain_key, body, received_ms, current)"
                     " SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::int[])");
// By the rows' ctids, each found by the primary key (as kLoadStates, so not a scan of the plan's rows).
const QString kClearCurrent = QStringLiteral("UPDATE ops SET current = 0 WHERE ctid = ANY(ARRAY(SELECT o.ctid FROM unnest($2::bigint[]) AS k(seq)"
                                             " CROSS JOIN LATERAL (SELECT ctid FROM ops WHERE plan_id = $1 AND seq = k.seq LIMIT 1) o))");
const QString kUpsertStates
    = QStringLiteral("INSERT INTO field_state (plan_id, entity_id, field, state) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[])"
                     " ON CONFLICT (plan_id, entity_id, field) DO UPDATE SET state = excluded.state");
const QString kInsertEntities = QStringLiteral("INSERT INTO entities (plan_id, entity_id, entity_type, domain_key)"
                                               " SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING");

Status run(const PgWriteBuffer::Exec &exec, const QString &sql, const QVariantList &values)
{
    auto rows = exec(sql, values);
    if (!rows)
        return rows.error();
    return {};
}

} // namespace

void PgWriteBuffer::addOp(const QString &planId, const StoredOp &op, qint64 receivedMs)
{
    m_opIndex.insert({ planId, op.op.value(QStringLiteral("opId")).toString() }, m_ops.size());
    m_ops.append({ planId, op, receivedMs, true });
}

void PgWriteBuffer::addEntity(const QString &planId, const QString &entityId, const EntityRecord &entity)
{
    const QPair<QString, QString> key { planId, entityId };
    if (m_entityIndex.contains(key))
        return;
    m_entityIndex.insert(key, m_entities.size());
    m_entities.append({ planId, entityId, entity });
}

std::optional<StoredOp> PgWriteBuffer::op(const QString &planId, const QString &opId) const
{
    const auto it = m_opIndex.constFind({ planId, opId });
    if (it == m_opIndex.cend())
        return std::nullopt;
    return m_ops.at(it.value()).op;
}

std::optional<EntityRecord> PgWriteBuffer::entity(const QString &planId, const QString &entityId) const
{
    const auto it = m_entityIndex.constFind({ planId, entityId });
    if (it == m_entityIndex.cend())
        return std::nullopt;
    return m_entities.at(it.value()).record;
}

void PgWriteBuffer::clear()
{
    m_ops.clear();
    m_opIndex.clear();
    m_entities.clear();
    m_entityIndex.clear();
}

Status PgWriteBuffer::flush(const Exec &exec)
{
    // By plan, in the order of their first append (a transaction nearly always has one).
    QStringList plans;
    QHash<QString, QList<qsizetype>> opsOfPlan;
    for (qsizetype i = 0; i < m_ops.size(); ++i) {
        if (!opsOfPlan.contains(m_ops.at(i).planId))
            plans.append(m_ops.at(i).planId);
        opsOfPlan[m_ops.at(i).planId].append(i);
    }
    QHash<QString, QList<qsizetype>> entitiesOfPlan;
    for (qsizetype i = 0; i < m_entities.size(); ++i) {
        if (!opsOfPlan.contains(m_entities.at(i).planId) && !entitiesOfPlan.contains(m_entities.at(i).planId))
            plans.append(m_entities.at(i).planId);
        entitiesOfPlan[m_entities.at(i).planId].append(i);
    }
    Status result;
    for (const QString &planId : std::as_const(plans)) {
        if (result = flushPlan(planId, opsOfPlan.value(planId), exec); !result)
            break;
        const QList<qsizetype> entities = entitiesOfPlan.value(planId);
        if (entities.isEmpty())
            continue;
        QStringList ids, types, domains;
        for (const qsizetype i : entities) {
            ids.append(m_entities.at(i).entityId);
            types.append(m_entities.at(i).record.entityType);
            domains.append(m_entities.at(i).record.domainKey);
        }
        if (result = run(exec, kInsertEntities, { planId, pgArray(ids), pgArray(types), pgArray(domains) }); !result)
            break;
    }
    clear();
    return result;
}

Status PgWriteBuffer::flushPlan(const QString &planId, const QList<qsizetype> &ops, const Exec &exec)
{
    if (ops.isEmpty())
        return {};
    // The touched fields' states, read once.
    QList<QPair<QString, QString>> keys;
    QHash<QPair<QString, QString>, MaterialisedField> states;
    for (const qsizetype i : ops) {
        const auto key = MaterialisedField::keyOf(m_ops.at(i).op);
        if (!states.contains(key)) {
            states.insert(key, MaterialisedField());
            keys.append(key);
        }
    }
    QStringList keyEntities, keyFields;
    for (const auto &key : std::as_const(keys)) {
        keyEntities.append(key.first);
        keyFields.append(key.second);
    }
    auto stored = exec(kLoadStates, { planId, pgArray(keyEntities), pgArray(keyFields) });
    if (!stored)
        return stored.error();
    for (int r = 0; r < stored->size(); ++r)
        states.insert({ stored->text(r, 0), stored->text(r, 1) }, MaterialisedField::fromText(stored->text(r, 2)));

    // Fold each operation in sequence order: what it replaces is no longer current, in this buffer or in the table.
    QHash<qint64, qsizetype> bySeq;
    QList<qint64> cleared;
    for (const qsizetype i : ops) {
        PendingOp &pending = m_ops[i];
        MaterialisedField &state = states[MaterialisedField::keyOf(pending.op)];
        const QList<qint64> before = state.heads();
        state.apply(pending.op);
        const QList<qint64> after = state.heads();
        for (const qint64 replaced : before) {
            if (after.contains(replaced))
                continue;
            if (const auto own = bySeq.constFind(replaced); own != bySeq.cend())
                m_ops[own.value()].current = false;
            else
                cleared.append(replaced);
        }
        pending.current = after.contains(pending.op.seq);
        bySeq.insert(pending.op.seq, i);
    }

    QList<qint64> seqs, received, current;
    QStringList opIds, types, fields, domains, bodies;
    for (const qsizetype i : ops) {
        const PendingOp &p = m_ops.at(i);
        seqs.append(p.op.seq);
        opIds.append(p.op.op.value(QStringLiteral("opId")).toString());
        types.append(p.op.entityType);
        fields.append(p.op.field);
        domains.append(p.op.domainKey);
        bodies.append(QString::fromUtf8(QJsonDocument(p.op.op).toJson(QJsonDocument::Compact)));
        received.append(p.receivedMs);
        current.append(p.current ? 1 : 0);
    }
    if (Status s = run(
            exec, kInsertOps,
            { planId, pgArray(seqs), pgArray(opIds), pgArray(types), pgArray(fields), pgArray(domains), pgArray(bodies), pgArray(received), pgArray(current) });
        !s)
        return s;
    if (!cleared.isEmpty()) {
        if (Status s = run(exec, kClearCurrent, { planId, pgArray(cleared) }); !s)
            return s;
    }
    QStringList stateTexts;
    for (const auto &key : std::as_const(keys))
        stateTexts.append(states.value(key).toText());
    return run(exec, kUpsertStates, { planId, pgArray(keyEntities), pgArray(keyFields), pgArray(stateTexts) });
}

} // namespace samen::service
