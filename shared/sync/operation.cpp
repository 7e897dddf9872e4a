#include "sync/operation.h"

#include <QJsonArray>

namespace samen {

QJsonObject Operation::toJson() const
{
    QJsonObject o { { QStringLiteral("opId"), opId },          { QStringLiteral("planId"), planId },        { QStringLiteral("entityType"), entityType },
                    { QStringLiteral("entityId"), entityId },  { QStringLiteral("field"), field },          { QStringLiteral("value"), value },
                    { QStringLiteral("hlc"), hlc.toString() }, { QStringLiteral("author"), authorMemberId } };
    if (!base.isEmpty())
        o.insert(QStringLiteral("base"), QJsonArray::fromStringList(base));
    return o;
}

bool Operation::fromJson(const QJsonObject &json, Operation *out, QString *why)
{
    auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    static const QStringList known { QStringLiteral("opId"),     QStringLiteral("planId"), QStringLiteral("entityType"),
                                     QStringLiteral("entityId"), QStringLiteral("field"),  QStringLiteral("value"),
                                     QStringLiteral("hlc"),      QStringLiteral("author"), QStringLiteral("base") };
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(QStringLiteral("unknown field \"%1\"").arg(it.key().left(40)));
    }
    Operation op;
    for (const auto &[key, target] : { std::pair { QStringLiteral("opId"), &op.opId }, std::pair { QStringLiteral("planId"), &op.planId },
                                       std::pair { QStringLiteral("entityType"), &op.entityType }, std::pair { QStringLiteral("entityId"), &op.entityId },
                                       std::pair { QStringLiteral("field"), &op.field }, std::pair { QStringLiteral("author"), &op.authorMemberId } }) {
        const QJsonValue v = json.value(key);
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 64)
            return fail(QStringLiteral("\"%1\" must be a non-empty string of at most 64 characters").arg(key));
        *target = v.toString();
    }
    if (!json.contains(QStringLiteral("value")))
        return fail(QStringLiteral("\"value\" is missing"));
    op.value = json.value(QStringLiteral("value"));
    const auto hlc = Hlc::parse(json.value(QStringLiteral("hlc")).toString());
    if (!hlc)
        return fail(QStringLiteral("\"hlc\" is not a valid clock value"));
    op.hlc = *hlc;
    const QJsonValue base = json.value(QStringLiteral("base"));
    if (!base.isUndefined()) {
        if (!base.isArray() || base.toArray().size() > 32)
            return fail(QStringLiteral("\"base\" must be a list of at most 32 operation ids"));
        for (const QJsonValue &b : base.toArray()) {
            if (!b.isString() || b.toString().isEmpty() || b.toString().size() > 64)
                return fail(QStringLiteral("\"base\" must hold operation ids"));
            op.base.append(b.toString());
        }
    }
    *out = std::move(op);
    return true;
}

QList<Operation> Operation::listFromJson(const QJsonArray &json, const QString &planId, int *malformed)
{
    QList<Operation> ops;
    int skipped = 0;
    for (const QJsonValue &v : json) {
        QJsonObject o = v.toObject();
        o.remove(QStringLiteral("seq"));
        Operation op;
        if (!fromJson(o, &op) || op.planId != planId) {
            ++skipped;
            continue;
        }
        ops.append(op);
    }
    if (malformed)
        *malformed = skipped;
    return ops;
}

bool operationLess(const Operation &a, const Operation &b)
{
    if (auto c = a.hlc <=> b.hlc; c != 0)
        return c < 0;
    if (const int c = QString::compare(a.authorMemberId, b.authorMemberId); c != 0)
        return c < 0;
    return QString::compare(a.opId, b.opId) < 0;
}

} // namespace samen
