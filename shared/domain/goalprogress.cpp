#include "domain/goalprogress.h"

#include "domain/statuswords.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace samen::goalprogress {

bool offersDone(const QString &status, int doneSteps, int openSteps)
{
    const bool active = status.isEmpty() || status == QLatin1String("open") || status == QLatin1String("in-progress");
    return active && doneSteps > 0 && openSteps == 0;
}

QString word(const QString &status, int doneSteps, int openSteps)
{
    if (offersDone(status, doneSteps, openSteps))
        return QCoreApplication::translate("samen", "All steps done");
    if ((status.isEmpty() || status == QLatin1String("open")) && doneSteps > 0)
        return statuswords::goal(QStringLiteral("in-progress"));
    return statuswords::goal(status.isEmpty() ? QStringLiteral("open") : status);
}

QString word(const QJsonObject &goalWithSteps)
{
    int done = 0;
    int open = 0;
    for (const QJsonValue &s : goalWithSteps.value(QStringLiteral("steps")).toArray())
        (s.toObject().value(QStringLiteral("done")).toBool() ? done : open)++;
    return word(goalWithSteps.value(QStringLiteral("status")).toString(), done, open);
}

} // namespace samen::goalprogress
