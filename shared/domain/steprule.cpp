#include "domain/steprule.h"

#include "domain/frameworks.h"
#include "sync/statereader.h"

#include <QCoreApplication>

namespace samen {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

bool StepRule::isTickField(const QString &field)
{
    return field == QLatin1String("done") || field == QLatin1String("doneAt");
}

bool StepRule::isTickEntry(const QString &kind)
{
    return kind == QLatin1String("step-done") || kind == QLatin1String("step-reopened");
}

bool StepRule::mayTick(const MemberAccess &access, const QString &field, const QString &domainKey, const QString &ownerIdBefore)
{
    if (access.memberId().isEmpty() || ownerIdBefore != access.memberId())
        return false;
    if (domainKey.isEmpty() || !access.canRead(domainKey))
        return false;
    return field.isEmpty() || isTickField(field);
}

Status StepRule::checkReach(const StateReader &state, const QString &planId, const QString &ownerMemberId, const QString &domainKey, const QDate &today)
{
    if (ownerMemberId.isEmpty() || domainKey.isEmpty())
        return {};
    const auto member = state.entity(ownerMemberId);
    if (!member || str(*member, "type") != QLatin1String("member") || str(*member, "kind") == QLatin1String("citizen"))
        return {};
    bool hasAccess = false;
    const QString day = today.toString(Qt::ISODate);
    for (const QJsonObject &g : state.entities(planId, QStringLiteral("grant"))) {
        if (str(g, "memberId") != ownerMemberId)
            continue;
        const QString access = str(g, "access");
        if (access != QLatin1String("read") && access != QLatin1String("write"))
            continue;
        if (!str(g, "until").isEmpty() && str(g, "until") < day)
            continue;
        hasAccess = true;
        if (str(g, "domainKey") == domainKey)
            return {};
    }
    if (!hasAccess)
        return {};
    QString framework = QStringLiteral("default");
    if (const auto plan = state.entity(planId); plan && !str(*plan, "framework").isEmpty())
        framework = str(*plan, "framework");
    const QString domain = domainLabel(framework, domainKey);
    const QString name = str(*member, "name");
    return Error { ErrorCode::Permission,
                   QCoreApplication::translate("samen", "%1 cannot see %2: share %2 with %1 first, or give the step to someone else.").arg(name, domain),
                   {},
                   QString::fromLatin1(kUnreachable) };
}

} // namespace samen
