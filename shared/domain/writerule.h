#pragma once

#include "core/result.h"
#include "domain/memberaccess.h"
#include "sync/operation.h"

#include <QList>

namespace samen {

class StateReader;

/**
 * Whether a member may make the operations of one edit: the service's push rule
 * (docs/sync-protocol.md, push step 7), checked on the device before anything is
 * stored, so an edit the service would refuse is never shown as saved. The
 * service stays the authority; this check only spares the person a refusal.
 *
 * - domain (its place in the priority order) and assessment: the owner's alone: the
 *   citizen orders their life domains and rates them in their own words (BRIEF M2),
 *   no grant lets another person do it for them (isOwnersOwn);
 * - goal, step: write access to its life domain (a step's is its goal's; the domain
 *   may be named earlier or later in the same edit); the member a step is given to may
 *   tick it off (and back) where they may only read (StepRule::mayTick);
 * - meeting: the owner and the current coordinator (issue 13);
 * - agreement: the owner, write access to its domainKey, or the coordinator when
 *   they may read its domainKey (never beyond the grants); the
 *   member its whoId names (before the edit) may set its status and evaluation;
 * - a new timeline entry: whoever may change the entity its refId names (for a
 *   meeting or agreement by the rules above; else write access to its domain); an
 *   entry about the plan or a member, or changing one that exists, is the owner's;
 * - everything else (plan, story, members, ...): the owner's.
 */
class WriteRule
{
public:
    /** Ok, or a Permission error with a plain sentence; nothing is changed either way. */
    static Status check(const StateReader &state, const MemberAccess &access, const QList<Operation> &ops);
    /**
     * The meeting and agreement rule above for one field ("" = a timeline entry about
     * it), from facts the caller knows: whether the member is the coordinator now, the
     * agreement's domainKey and the whoId it had before this edit. The device and the
     * service (service/sync/planroles.h) decide by this one function.
     */
    static Status checkMeetingWork(const MemberAccess &access, bool coordinator, const QString &entityType, const QString &field, const QString &domainKey,
                                   const QString &whoIdBefore);
    /** True for domain and assessment: the priority order and the self-assessment, which only the owner writes. */
    static bool isOwnersOwn(const QString &entityType);
    /** True for meeting and agreement: the types checkMeetingWork decides. */
    static bool isMeetingWork(const QString &entityType);
};

} // namespace samen
