#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

namespace samen::service::roleops {

/**
 * The fields the service reads across a plan's whole history (PlanRoles: the coordinator, an
 * agreement's whoId, a meeting's participants and agenda), as the condition of the partial
 * index ops_roles of both stores. Only these are indexed by (plan, type, field): every goal,
 * step and story operation added an entry to the index by field, 18 of the 74 pages a push of
 * 100 new-goal operations wrote on SQLCipher.
 */
inline constexpr QLatin1StringView kCondition {
    "entity_type IN ('member', 'agreement', 'meeting') AND field IN ('coordinator', 'whoId', 'participantIds', 'agendaDomains')"
};

/**
 * " AND " + kCondition when (entityType, field) is among those fields, else empty: a query
 * uses a partial index only when its WHERE has the index's terms themselves, since neither
 * SQLite ("Partial Indexes", 3.2) nor PostgreSQL's planner proves them from bound parameters.
 */
inline QString whereTerm(const QString &entityType, const QString &field)
{
    static const QStringList types { QStringLiteral("member"), QStringLiteral("agreement"), QStringLiteral("meeting") };
    static const QStringList fields { QStringLiteral("coordinator"), QStringLiteral("whoId"), QStringLiteral("participantIds"),
                                      QStringLiteral("agendaDomains") };
    return types.contains(entityType) && fields.contains(field) ? QStringLiteral(" AND ") + kCondition : QString();
}

} // namespace samen::service::roleops
