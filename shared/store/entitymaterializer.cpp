#include "store/entitymaterializer.h"

#include "domain/schema.h"
#include "store/operationtable.h"
#include "store/positionmap.h"
#include "store/storeerrors.h"
#include "sync/fieldmerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace samen {

namespace {
// The field whose value orders siblings; mirrored into entities.sort_key so lists sort in SQL.
const QString kSortKeyField = QStringLiteral("sortKey");

QVariant sortKeyColumn(const QJsonValue &sortKey)
{
    return sortKey.isString() ? QVariant(sortKey.toString()) : QVariant();
}
} // namespace

const QStringList &EntityMaterializer::entityColumns()
{
    static const QStringList keys { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("planId") };
    return keys;
}

QJsonObject EntityMaterializer::document(QByteArrayView stored, QByteArrayView id, QByteArrayView type, QByteArrayView planId)
{
    const auto plain = [](QByteArrayView text) {
        return std::none_of(text.cbegin(), text.cend(), [](char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; });
    };
    if (stored.startsWith('{') && plain(id) && plain(type) && plain(planId)) {
        // Written into the text before parsing: inserting into a parsed object copies it
        // each time, which made reading the plan overview nearly twice as slow.
        const QByteArrayView rest = stored.sliced(1);
        QByteArray text;
        text.reserve(stored.size() + id.size() + type.size() + planId.size() + 32);
        text.append(R"({"id":")").append(id).append(R"(","planId":")").append(planId).append(R"(","type":")").append(type);
        text.append(rest.trimmed().startsWith('}') ? QByteArrayView("\"") : QByteArrayView("\",")).append(rest);
        return QJsonDocument::fromJson(text).object();
    }
    QJsonObject doc = QJsonDocument::fromJson(stored.toByteArray()).object();
    doc.insert(QStringLiteral("id"), QString::fromUtf8(id));
    doc.insert(QStringLiteral("type"), QString::fromUtf8(type));
    doc.insert(QStringLiteral("planId"), QString::fromUtf8(planId));
    return doc;
}

EntityMaterializer::EntityMaterializer(Database &db)
    : m_db(db)
{
}

Status EntityMaterializer::refresh(const QString &entityId, const QString &entityType, const QString &planId, const NewOps &fields,
                                   const OperationChains *chains)
{
    auto load = m_db.prepare(QStringLiteral("SELECT doc, heads, type, plan_id, tails FROM entities WHERE id = ?1"));
    if (!load)
        return load.error();
    QJsonObject doc; // the fields only: id, type and planId are columns (see PlanStore::entity)
    positionmap::Map heads; // field -> pos of each of its heads, winner last
    OperationChains::Tails tails; // field -> pos of its last operation (OperationChains)
    bool stored = false;
    QString storedDoc, storedHeads, storedTails;
    // An entity keeps the type and plan it was created with.
    QString type = entityType;
    QString plan = planId;
    {
        auto row = load.value()->bind({ entityId }).step();
        if (!row)
            return row.error();
        if (row.value()) {
            stored = true;
            storedDoc = load.value()->text(0);
            storedHeads = load.value()->text(1);
            type = load.value()->text(2);
            plan = load.value()->text(3);
            storedTails = load.value()->text(4);
            doc = QJsonDocument::fromJson(storedDoc.toUtf8()).object();
            heads = positionmap::decode(storedHeads.toUtf8());
        }
        load.value()->reset();
    }
    // The tails as this transaction holds them (stored, with its moves), else as stored.
    // The row's own tails say which heads it left out (positionmap::headsOf); this transaction's say where each chain ends now.
    const OperationChains::Tails rowTails = OperationChains::decode(storedTails.toUtf8());
    const OperationChains::Tails *current = chains ? chains->current(entityId) : nullptr;
    tails = current ? *current : rowTails;
    const OperationChains::Tails moved = chains ? chains->moved(entityId) : OperationChains::Tails {};
    QHash<QString, qint64> positions; // opId -> pos, for every operation a merge below may keep as a head
    const bool storedDeleted = doc.value(QLatin1StringView(kTombstoneField)).toBool();
    const QVariant storedSortKey = sortKeyColumn(doc.value(kSortKeyField));

    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString &field = it.key();
        const bool freeText = isFreeTextField(type, field);
        QList<Operation> ops;
        if (!freeText && !it.value().isEmpty()) {
            ops = it.value();
            for (const Operation &op : ops)
                positions.insert(op.opId, chains ? chains->placed(op.opId) : 0);
            const QList<qint64> fieldHeads = positionmap::headsOf(heads, rowTails, field);
            if (!fieldHeads.isEmpty()) {
                const qint64 pos = fieldHeads.last();
                auto winner = storedWinner(pos, doc, field);
                if (!winner)
                    return winner.error();
                if (winner->has_value()) {
                    positions.insert(winner->value().opId, pos);
                    ops.append(*winner.value());
                }
            }
        } else {
            auto all = OperationChains::walk(m_db, tails.value(field, 0), &positions);
            if (!all)
                return all.error();
            ops = std::move(all.value());
        }
        if (ops.isEmpty())
            continue;
        const FieldState state = mergeField(ops, freeText);
        doc.insert(field, state.winner.value);
        QList<qint64> ids;
        for (const Operation &head : state.heads) {
            const qint64 pos = positions.value(head.opId);
            if (pos <= 0)
                return storeerrors::damaged(); // every operation merged here was read from or written to its row
            ids.append(pos);
        }
        heads.insert(field, ids);
    }

    for (const QString &column : entityColumns())
        doc.remove(column);
    const bool deleted = doc.value(QLatin1StringView(kTombstoneField)).toBool();
    const QVariant sortKey = sortKeyColumn(doc.value(kSortKeyField));
    const QString docText = QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    const QString headsText = positionmap::encode(positionmap::withoutTails(heads, tails));
    const QString tailsText = moved.isEmpty() && stored ? storedTails : OperationChains::encode(tails);
    if (stored && docText == storedDoc && headsText == storedHeads && tailsText == storedTails)
        return {}; // nothing stored, or every new operation lost to or equals the value shown: the row is right
    if (stored && deleted == storedDeleted && sortKey == storedSortKey) {
        // The indexed columns are unchanged: setting them anyway would rewrite their
        // entries in entities_list, pages that are then encrypted and written for nothing.
        auto update = m_db.prepare(QStringLiteral("UPDATE entities SET doc = ?2, heads = ?3, tails = ?4 WHERE id = ?1"));
        if (!update)
            return update.error();
        return update.value()->bind({ entityId, docText, headsText, tailsText }).run();
    }
    auto save
        = m_db.prepare(QStringLiteral("INSERT INTO entities (id, plan_id, type, deleted, sort_key, doc, heads, tails) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                                      "ON CONFLICT (id) DO UPDATE SET deleted = excluded.deleted, sort_key = excluded.sort_key, doc = excluded.doc, "
                                      "heads = excluded.heads, tails = excluded.tails"));
    if (!save)
        return save.error();
    return save.value()->bind({ entityId, plan, type, deleted, sortKey, docText, headsText, tailsText }).run();
}

Result<std::optional<Operation>> EntityMaterializer::storedWinner(qint64 pos, const QJsonObject &doc, const QString &field)
{
    if (!doc.contains(field) || entityColumns().contains(field)) {
        // The document does not hold the winner's value: the whole stored operation.
        auto stored = OperationTable::select(m_db, QStringLiteral("pos = ?1"), { pos });
        if (!stored)
            return stored.error();
        return stored->isEmpty() ? std::nullopt : std::optional<Operation>(stored->first());
    }
    // What a last-writer-wins merge compares (operationLess: clock, author, id); the value is
    // the document's, which is the winner's. Reading and parsing the whole row (its JSON value,
    // base and plan) for every field an edit touched was a fifth of the time of merging it.
    auto st = m_db.prepare(QStringLiteral("SELECT hlc, author, op_id FROM ops WHERE pos = ?1"));
    if (!st)
        return st.error();
    auto row = st.value()->bind({ pos }).step();
    if (!row)
        return row.error();
    std::optional<Operation> winner;
    if (row.value()) {
        winner.emplace();
        winner->opId = st.value()->text(2);
        winner->hlc = Hlc::parse(st.value()->text(0)).value_or(Hlc {});
        winner->authorMemberId = st.value()->text(1);
        winner->field = field;
        winner->value = doc.value(field);
    }
    st.value()->reset();
    return winner;
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
