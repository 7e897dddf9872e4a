#pragma once

#include "domain/memberaccess.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

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
 * | agreement                                                | the readers of its domainKey and the     |
 * |                                                          |   member its whoId names (not the        |
 * |                                                          |   coordinator as such: consent is the    |
 * |                                                          |   citizen's alone)                       |
 * | timeline entry about one of those (its refId)            | the readers of that domain               |
 * | meeting                                                  | its participants, the coordinator, and   |
 * |                                                          |   members who read one of its agenda     |
 * |                                                          |   domains                                |
 * |                                                          |   (both MemberAccess::isNamedIn); its    |
 * |                                                          |   notes and agenda points (free text)    |
 * |                                                          |   its participants and the coordinator   |
 * |                                                          |   only (mayReadField)                    |
 * | plan (name, story, framework), members, every other      | every member who may read at least one   |
 * |   timeline entry                                         |   domain (and the owner)                 |
 * | grant, invitation entities (who may see what)            | the owner only                           |
 *
 * So a member with no domain left reads nothing of the plan but the agreements
 * and meetings that name them (MemberAccess::isNamedIn).
 */
class ReadRule
{
public:
    enum class Scope {
        Domain, ///< follows one life domain
        DomainOrNamed, ///< follows one life domain, and the member it names (agreement)
        Named, ///< only who the service lists for it (MemberAccess::isNamedIn): a meeting's participants, the coordinator, readers of an agenda domain
        Plan, ///< the plan as a whole: for anyone who reads at least one domain
        Owner, ///< the owner's alone
    };

    /** The scope of an entity type; a timeline entry is Domain when it has a domain, else Plan. */
    static Scope scopeOf(const QString &entityType, const QString &domainKey);
    /**
     * Whether a member with this access may read an entity of this type in this life domain ("" = none);
     * entityId (when given) lets an agreement or meeting that names the member count (MemberAccess::isNamedIn).
     */
    static bool mayRead(const MemberAccess &access, const QString &entityType, const QString &domainKey, const QString &entityId = {});
    /**
     * Whether a member who may read an entity (mayRead) may also read this field of it: a meeting's
     * free text (notes, agendaPoints) is for the owner, its participants and the coordinator only
     * (MemberAccess::readsMeetingTextOf; issue 13: a member who reads one agenda domain sees that the
     * meeting is, and its date, place and participants, not what was said in it). True for every other field.
     */
    static bool mayReadField(const MemberAccess &access, const QString &entityType, const QString &field, const QString &entityId);
    /** Whether a field holds a meeting's free text (notes, agendaPoints): see mayReadField. */
    static bool isMeetingText(const QString &entityType, const QString &field);
    /** The members an agreement or meeting names (whoId; participantIds), from its fields; empty for any other type. */
    static QStringList namedMembers(const QJsonObject &entity);
    /**
     * The life domain of an entity from the merged state a device holds: a domain's
     * key, a goal's, assessment's or agreement's domainKey, a step's goal's, a timeline entry's
     * refId's; "" for plan-level entities and when it cannot be found (a domain-scoped
     * entity without a domain is then readable by the owner only).
     */
    static QString domainOf(const StateReader &state, const QJsonObject &entity);
    /** The field that names the domain of an entity type when it is created ("key", "domainKey": domain, assessment, goal, agreement), or "". */
    static QString domainField(const QString &entityType);
};

} // namespace samen
