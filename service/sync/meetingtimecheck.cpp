#include "sync/meetingtimecheck.h"

#include "domain/meetingtime.h"
#include "sync/operation.h"
#include "sync/planroles.h"

#include <QDateTime>

namespace samen::service {

namespace {

bool isTimeOp(const QJsonValue &v)
{
    const QString field = v[QStringLiteral("field")].toString();
    return v[QStringLiteral("entityType")].toString() == QLatin1String("meeting") && (field == QLatin1String("at") || field == QLatin1String("status"));
}

} // namespace

Result<MeetingTimeCheck> MeetingTimeCheck::load(ServiceStore &store, const QString &planId, const QJsonArray &ops)
{
    MeetingTimeCheck check;
    bool any = false;
    for (const QJsonValue &v : ops)
        any = any || isTimeOp(v);
    if (!any)
        return check;
    for (const char *field : { "at", "status" }) {
        auto stored = PlanRoles::winners(store, planId, QStringLiteral("meeting"), QString::fromLatin1(field));
        if (!stored)
            return stored.error();
        auto &into = QLatin1String(field) == QLatin1String("at") ? check.m_at : check.m_status;
        for (auto it = stored->cbegin(); it != stored->cend(); ++it)
            into.insert(it.key(), it.value().value.toString());
    }
    for (const QJsonValue &v : ops) {
        if (isTimeOp(v))
            (v[QStringLiteral("field")].toString() == QLatin1String("at") ? check.m_at : check.m_status)
                .insert(v[QStringLiteral("entityId")].toString(), v[QStringLiteral("value")].toString());
    }
    return check;
}

QString MeetingTimeCheck::refusal(const QJsonValue &json, qint64 skewMs) const
{
    Operation op;
    if (!isTimeOp(json) || !json.isObject() || !Operation::fromJson(json.toObject(), &op))
        return {}; // not a meeting's start or status, or malformed: SyncApi::accept judges it
    const QDateTime start = QDateTime::fromString(m_at.value(op.entityId), Qt::ISODate);
    const QString status = m_status.value(op.entityId, QStringLiteral("planned"));
    Status s;
    if (status == QLatin1String("planned"))
        s = meetingtime::checkPlanned(start, op.hlc.wallMs, skewMs);
    else if (status == QLatin1String("held"))
        s = meetingtime::checkHeld(start, op.hlc.wallMs, skewMs);
    return s ? QString() : s.error().message;
}

} // namespace samen::service
