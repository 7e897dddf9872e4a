#include "store/entitymaterializer.h"

#include "domain/schema.h"
#include "store/operationtable.h"
#include "sync/fieldmerge.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace samen {

namespace {
// The field whose value orders siblings; mirrored into entities.sort_key so lists sort in SQL.
const QString kSortKeyField = QStringLiteral("sortKey");
} // namespace

EntityMaterializer::EntityMaterializer(Database &db)
    : m_db(db)
{
}

Status EntityMaterializer::refresh(const QString &entityId, const QString &entityType, const QString &planId, const NewOps &fields)
{
    auto load = m_db.prepare(QStringLiteral("SELECT doc FROM entities WHERE id = ?1"));
    if (!load)
        return load.error();
    QJsonObject doc;
    {
        auto row = load.value()->bind({ entityId }).step();
        if (!row)
            return row.error();
        if (row.value())
            doc = QJsonDocument::fromJson(load.value()->text(0).toUtf8()).object();
        load.value()->reset();
    }
    doc.insert(QStringLiteral("id"), entityId);
    if (!doc.contains(QStringLiteral("type")))
        doc.insert(QStringLiteral("type"), entityType);
    if (!doc.contains(QStringLiteral("planId")))
        doc.insert(QStringLiteral("planId"), planId);

    auto upsertState = m_db.prepare(QStringLiteral("INSERT INTO field_state (entity_id, field, winner_op, heads) VALUES (?1, ?2, ?3, ?4) "
                                                   "ON CONFLICT (entity_id, field) DO UPDATE SET winner_op = excluded.winner_op, heads = excluded.heads"));
    if (!upsertState)
        return upsertState.error();
    const QString type = doc.value(QStringLiteral("type")).toString();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString &field = it.key();
        const bool freeText = isFreeTextField(type, field);
        QList<Operation> ops;
        QString storedWinner;
        if (!freeText && !it.value().isEmpty()) {
            auto winner = OperationTable::select(m_db, QStringLiteral("op_id = (SELECT winner_op FROM field_state WHERE entity_id = ?1 AND field = ?2)"),
                                                 { entityId, field });
            if (!winner)
                return winner.error();
            ops = it.value();
            if (!winner->isEmpty()) {
                storedWinner = winner->first().opId;
                ops.append(winner->first());
            }
        } else {
            auto all = OperationTable::select(m_db, QStringLiteral("entity_id = ?1 AND field = ?2"), { entityId, field });
            if (!all)
                return all.error();
            ops = std::move(all.value());
        }
        if (ops.isEmpty())
            continue;
        const FieldState state = mergeField(ops, freeText);
        doc.insert(field, state.winner.value);
        if (!storedWinner.isEmpty() && state.winner.opId == storedWinner)
            continue; // every new operation lost to the stored winner: its row is already right
        QStringList heads;
        for (const Operation &head : state.heads)
            heads.append(head.opId);
        if (auto s = upsertState.value()->bind({ entityId, field, state.winner.opId, OperationTable::encodeList(heads) }).run(); !s)
            return s;
    }

    const bool deleted = doc.value(QLatin1StringView(kTombstoneField)).toBool();
    const QJsonValue sortKey = doc.value(kSortKeyField);
    auto save = m_db.prepare(QStringLiteral("INSERT INTO entities (id, plan_id, type, deleted, sort_key, doc) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                                            "ON CONFLICT (id) DO UPDATE SET deleted = excluded.deleted, sort_key = excluded.sort_key, doc = excluded.doc"));
    if (!save)
        return save.error();
    return save.value()
        ->bind({ entityId, doc.value(QStringLiteral("planId")).toString(), type, deleted, sortKey.isString() ? QVariant(sortKey.toString()) : QVariant(),
                 QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)) })
        .run();
}

Status EntityMaterializer::refreshAll()
{
    auto st = m_db.prepare(QStringLiteral("SELECT entity_id, entity_type, plan_id, field FROM ops GROUP BY entity_id, field ORDER BY entity_id"));
    if (!st)
        return st.error();
    struct Pending {
        QString id, type, plan;
        NewOps fields; // every list empty: merge from the whole history
    };
    QList<Pending> pending;
    for (;;) {
        auto row = st.value()->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const QString id = st.value()->text(0);
        if (pending.isEmpty() || pending.last().id != id)
            pending.append({ id, st.value()->text(1), st.value()->text(2), {} });
        pending.last().fields.insert(st.value()->text(3), {});
    }
    for (const Pending &p : pending) {
        if (auto s = refresh(p.id, p.type, p.plan, p.fields); !s)
            return s;
    }
    return {};
}

} // namespace samen
