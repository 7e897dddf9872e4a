#include "store/accesslogcopy.h"

#include "store/settingstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace samen {

namespace {

const QString kFetched = QStringLiteral("accessLog.fetched");
const QString kFetchedAt = QStringLiteral("accessLog.fetchedAt");
const QString kImported = QStringLiteral("accessLog.imported");

QList<AccessLogRecord> decode(const QString &text)
{
    QList<AccessLogRecord> records;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        records.append(AccessLogRecord::fromJson(v.toObject()));
    return records;
}

QString encode(const QList<AccessLogRecord> &records)
{
    QJsonArray array;
    for (const AccessLogRecord &r : records)
        array.append(r.toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject AccessLogRecord::toJson() const
{
    return QJsonObject { { QStringLiteral("seq"), seq },
                         { QStringLiteral("at"), atMs },
                         { QStringLiteral("byAdministrator"), byAdministrator },
                         { QStringLiteral("actorMemberId"), actorMemberId },
                         { QStringLiteral("action"), action },
                         { QStringLiteral("entityType"), entityType },
                         { QStringLiteral("domainKey"), domainKey },
                         { QStringLiteral("memberId"), memberId },
                         { QStringLiteral("count"), count },
                         { QStringLiteral("fetchedAt"), fetchedAt } };
}

AccessLogRecord AccessLogRecord::fromJson(const QJsonObject &json)
{
    AccessLogRecord r;
    r.seq = json.value(QStringLiteral("seq")).toInteger();
    r.atMs = json.value(QStringLiteral("at")).toInteger();
    r.byAdministrator = json.value(QStringLiteral("byAdministrator")).toBool();
    r.actorMemberId = json.value(QStringLiteral("actorMemberId")).toString();
    r.action = json.value(QStringLiteral("action")).toString();
    r.entityType = json.value(QStringLiteral("entityType")).toString();
    r.domainKey = json.value(QStringLiteral("domainKey")).toString();
    r.memberId = json.value(QStringLiteral("memberId")).toString();
    r.count = json.value(QStringLiteral("count")).toInt(1);
    r.fetchedAt = json.value(QStringLiteral("fetchedAt")).toString();
    return r;
}

AccessLogCopy AccessLogCopy::read(const SettingStore &store)
{
    AccessLogCopy copy;
    copy.imported = decode(store.setting(kImported));
    copy.fetched = decode(store.setting(kFetched));
    copy.fetchedAt = store.setting(kFetchedAt);
    return copy;
}

Status AccessLogCopy::keepFetched(SettingStore &store, QList<AccessLogRecord> records, const QString &fetchedAt)
{
    for (AccessLogRecord &r : records)
        r.fetchedAt = fetchedAt;
    return store.setSettings({ { kFetched, encode(records) }, { kFetchedAt, fetchedAt } });
}

Status AccessLogCopy::keepImported(SettingStore &store, const QList<AccessLogRecord> &records)
{
    return store.setSetting(kImported, records.isEmpty() ? QString() : encode(records));
}

} // namespace samen
