#include "store/operationtable.h"

#include "store/operationchains.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace samen {

QString OperationTable::columns()
{
    return QStringLiteral("op_id, plan_id, entity_type, entity_id, field, value, hlc, author, base");
}

Result<qint64> OperationTable::insert(Database &db, const Operation &op, bool local, qint64 prev)
{
    auto st = db.prepare(QStringLiteral("INSERT OR IGNORE INTO ops (op_id, plan_id, entity_type, entity_id, field, value, hlc, "
                                        "author, base, origin, prev) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    if (!st)
        return st.error();
    const Status s = st.value()
                         ->bind({ op.opId, op.planId, op.entityType, op.entityId, op.field, encodeValue(op.value), op.hlc.toString(), op.authorMemberId,
                                  encodeList(op.base), local ? QStringLiteral("local") : QStringLiteral("remote"), prev > 0 ? QVariant(prev) : QVariant() })
                         .run();
    if (!s)
        return s.error();
    return db.changes() == 1 ? db.lastInsertRowId() : 0;
}

Result<QList<Operation>> OperationTable::select(Database &db, const QString &where, const QVariantList &args)
{
    QList<Operation> ops;
    if (Status s = db.forEachRow(QStringLiteral("SELECT %1 FROM ops WHERE %2").arg(columns(), where), args, [&](const Statement &q) { ops.append(read(q)); });
        !s)
        return s.error();
    return ops;
}

Result<QList<Operation>> OperationTable::ofEntity(Database &db, const QString &entityId, const QString &field)
{
    auto tails = OperationChains::stored(db, entityId);
    if (!tails)
        return tails.error();
    QList<Operation> ops;
    for (auto it = tails->constBegin(); it != tails->constEnd(); ++it) {
        if (!field.isEmpty() && it.key() != field)
            continue;
        auto chain = OperationChains::walk(db, it.value());
        if (!chain)
            return chain.error();
        ops.append(chain.value());
    }
    return ops;
}

qint64 OperationTable::entityKey(const QString &entityId)
{
    quint32 hash = 2166136261u;
    for (const char c : entityId.toUtf8()) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    return static_cast<qint16>((hash >> 16) ^ (hash & 0xffffu));
}

namespace {

/** An operation from its columns in OperationTable::columns() order; text(i) is column i's text. */
template<typename Text> Operation operationFrom(const Text &text)
{
    Operation op;
    op.opId = text(0);
    op.planId = text(1);
    op.entityType = text(2);
    op.entityId = text(3);
    op.field = text(4);
    op.value = OperationTable::decodeValue(text(5));
    op.hlc = Hlc::parse(text(6)).value_or(Hlc {});
    op.authorMemberId = text(7);
    op.base = OperationTable::decodeList(text(8));
    return op;
}

} // namespace

Operation OperationTable::read(const Statement &st, int first)
{
    return operationFrom([&](int column) { return st.text(first + column); });
}

Operation OperationTable::fromTexts(const QStringList &texts)
{
    return operationFrom([&](int column) { return texts.value(column); });
}

QString OperationTable::encodeValue(const QJsonValue &value)
{
    // Most values are text without quotes, backslashes or control characters, or a flag:
    // their JSON is written here, the same text as QJsonDocument writes (which builds a
    // document for each one: a twentieth of the time of storing an operation).
    if (value.isString()) {
        const QString text = value.toString();
        const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            const char16_t u = c.unicode();
            return u >= 0x20 && u != u'"' && u != u'\\' && !QChar::isSurrogate(u);
        });
        if (plain)
            return QLatin1Char('"') + text + QLatin1Char('"');
    } else if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    } else if (value.isNull() || value.isUndefined()) {
        return QStringLiteral("null");
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // Qt 6.4 serialises only documents: wrap a scalar in an array and unwrap the text.
    const QByteArray text = QJsonDocument(QJsonArray { value.isUndefined() ? QJsonValue() : value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QJsonValue OperationTable::decodeValue(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[").append(text.toUtf8()).append(']'));
    return doc.array().isEmpty() ? QJsonValue() : doc.array().first();
}

QString OperationTable::encodeList(const QStringList &list)
{
    if (list.isEmpty()) // most operations: skip building a JSON document
        return QStringLiteral("[]");
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList OperationTable::decodeList(const QString &text)
{
    QStringList list;
    if (text == QLatin1StringView("[]"))
        return list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

} // namespace samen
