#include "domain/pasttime.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace samen::pasttime {

bool applies(const QString &entityType, const QString &field)
{
    return (entityType == QLatin1String("assessment") && field == QLatin1String("date"))
        || (entityType == QLatin1String("step") && field == QLatin1String("doneAt"))
        || (entityType == QLatin1String("timeline") && field == QLatin1String("at"))
        || (entityType == QLatin1String("plan") && field == QLatin1String("createdAt"));
}

Status check(const QString &entityType, const QString &field, const QJsonValue &value, qint64 nowMs, qint64 maxAheadMs)
{
    if (!applies(entityType, field) || !value.isString())
        return {};
    const QString text = value.toString();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    bool ahead = false;
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        ahead = date.isValid() && date > now.date().addDays(1); // a day's margin: the person's time zone
    } else {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
        ahead = at.isValid() && at.toMSecsSinceEpoch() > nowMs + maxAheadMs;
    }
    if (!ahead)
        return {};
    return Status::fail(ErrorCode::Validation,
                        QCoreApplication::translate("samen",
                                                    "This change is dated in the future, so the date or time on the device that made it is wrong. "
                                                    "Set it right, then make the change again."));
}

} // namespace samen::pasttime
