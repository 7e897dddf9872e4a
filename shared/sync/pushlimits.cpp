#include "sync/pushlimits.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace samen {

QJsonObject PushLimits::toJson() const
{
    return QJsonObject { { QStringLiteral("maxBodyBytes"), maxBodyBytes }, { QStringLiteral("maxOpsPerPush"), maxOps } };
}

PushLimits PushLimits::fromJson(const QJsonValue &json)
{
    PushLimits limits;
    const QJsonObject o = json.toObject();
    const qint64 body = o.value(QStringLiteral("maxBodyBytes")).toInteger(0);
    const qint64 ops = o.value(QStringLiteral("maxOpsPerPush")).toInteger(0);
    if (body > 0)
        limits.maxBodyBytes = body;
    if (ops > 0)
        limits.maxOps = static_cast<int>(std::min<qint64>(ops, 100000));
    return limits;
}

qint64 PushLimits::encodedSize(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).size();
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact).size();
    // QJsonDocument holds only objects and arrays (Qt 6.4): encode [v] and drop the brackets.
    return QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact).size() - 2;
}

} // namespace samen
