#include "domain/readrule.h"

#include "sync/statereader.h"

#include <QJsonArray>

namespace samen {

namespace {

// Types that belong to one life domain (a timeline entry about one of them follows it).
bool isDomainScoped(const QString &type)
{
    return type == QLatin1String("domain") || type == QLatin1String("assessment") || type == QLatin1String("goal") || type == QLatin1String("step")
        || type == QLatin1String("agreement");
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/** The domain of a domain-scoped entity; a timeline entry's refId is followed only one step (an entry about an entry is plan-level). */
QString scopedDomain(const StateReader &state, const QJsonObject &entity)
{
    const QString type = str(entity, "type");
    const QString field = ReadRule::domainField(type);
    if (!field.isEmpty())
        return entity.value(field).toString();
    if (type == QLatin1String("step")) {
        const auto goal = state.entity(str(entity, "goalId"));
        return goal && str(*goal, "type") == QLatin1String("goal") ? str(*goal, "domainKey") : QString();
    }
    return {};
}

} // namespace

QString ReadRule::domainField(const QString &entityType)
{
    if (entityType == QLatin1String("domain"))
        return QStringLiteral("key");
    if (entityType == QLatin1String("assessment") || entityType == QLatin1String("goal") || entityType == QLatin1String("agreement"))
        return QStringLiteral("domainKey");
    return {};
}

ReadRule::Scope ReadRule::scopeOf(const QString &entityType, const QString &domainKey)
{
    if (entityType == QLatin1String("agreement"))
        return Scope::DomainOrNamed;
    if (entityType == QLatin1String("meeting"))
        return Scope::Named;
    if (isDomainScoped(entityType))
        return Scope::Domain;
    if (entityType == QLatin1String("timeline"))
        return domainKey.isEmpty() ? Scope::Plan : Scope::Domain;
    // Who may see or change what is between the owner and each member; a member sees their own grants from the service.
    if (entityType == QLatin1String("grant") || entityType == QLatin1String("invitation"))
        return Scope::Owner;
    return Scope::Plan;
}

bool ReadRule::mayRead(const MemberAccess &access, const QString &entityType, const QString &domainKey, const QString &entityId)
{
    if (access.isOwner())
        return true;
    const bool named = !entityId.isEmpty() && access.isNamedIn(entityId);
    switch (scopeOf(entityType, domainKey)) {
    case Scope::Domain:
        return !domainKey.isEmpty() && access.canRead(domainKey);
    case Scope::DomainOrNamed:
        return (!domainKey.isEmpty() && access.canRead(domainKey)) || named;
    case Scope::Named:
        return named;
    case Scope::Plan:
        return access.readsAnything();
    case Scope::Owner:
        return false;
    }
    return false;
}

bool ReadRule::isMeetingText(const QString &entityType, const QString &field)
{
    return entityType == QLatin1String("meeting") && (field == QLatin1String("notes") || field == QLatin1String("agendaPoints"));
}

bool ReadRule::mayReadField(const MemberAccess &access, const QString &entityType, const QString &field, const QString &entityId)
{
    return !isMeetingText(entityType, field) || access.isOwner() || access.readsMeetingTextOf(entityId);
}

QStringList ReadRule::namedMembers(const QJsonObject &entity)
{
    const QString type = str(entity, "type");
    if (type == QLatin1String("agreement"))
        return str(entity, "whoId").isEmpty() ? QStringList() : QStringList { str(entity, "whoId") };
    if (type != QLatin1String("meeting"))
        return {};
    QStringList ids;
    for (const QJsonValue &v : entity.value(QStringLiteral("participantIds")).toArray())
        ids.append(v.toString());
    return ids;
}

QString ReadRule::domainOf(const StateReader &state, const QJsonObject &entity)
{
    if (str(entity, "type") != QLatin1String("timeline"))
        return scopedDomain(state, entity);
    const QString refId = str(entity, "refId");
    if (refId.isEmpty() || refId == str(entity, "id"))
        return {};
    const auto target = state.entity(refId);
    return target && isDomainScoped(str(*target, "type")) ? scopedDomain(state, *target) : QString();
}

} // namespace samen
