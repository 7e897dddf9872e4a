#pragma once

#include "domain/memberaccess.h"

#include <QJsonObject>
#include <QString>

namespace samen {

class StateReader;

/**
 * Who reads what in a plan: the one rule by which the service filters pulls and
 * snapshots (service/sync/) and a member's device deletes what it may no longer
 * hold (PlanStore::purgeUnreadable). The table, and why, is in
 * docs/sync-protocol.md ("Who reads what"):
 *
 * | data                                                     | read by                                  |
 * | domain, assessment, goal, step                           | the readers of its life domain           |
 * | timeline entry about one of those (its refId)            | the readers of that domain               |
 * | plan (name, story, framework), members, meetings,        | every member who may read at least one   |
 * |   agreements, every other timeline entry                 |   domain (and the owner)                 |
 * | grant, invitation entities (who may see what)            | the owner only                           |
 *
 * So a member with no domain left reads nothing of the plan at all.
 */
class ReadRule
{
public:
    enum class Scope {
        Domain, ///< follows one life domain
        Plan, ///< the plan as a whole: for anyone who reads at least one domain
        Owner, ///< the owner's alone
    };

    /** The scope of an entity type; a timeline entry is Domain when it has a domain, else Plan. */
    static Scope scopeOf(const QString &entityType, const QString &domainKey);
    /** Whether a member with this access may read an entity of this type in this life domain ("" = none). */
    static bool mayRead(const MemberAccess &access, const QString &entityType, const QString &domainKey);
    /**
     * The life domain of an entity from the merged state a device holds: a domain's
     * key, a goal's or assessment's domainKey, a step's goal's, a timeline entry's
     * refId's; "" for plan-level entities and when it cannot be found (a domain-scoped
     * entity without a domain is then readable by the owner only).
     */
    static QString domainOf(const StateReader &state, const QJsonObject &entity);
    /** The field that names the domain of an entity type when it is created ("key", "domainKey"), or "". */
    static QString domainField(const QString &entityType);
};

} // namespace samen
