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
 * - domain, assessment, goal, step: write access to its life domain (a step's is
 *   its goal's; the domain may be named earlier or later in the same edit);
 * - a new timeline entry: write access to the domain of the entity its refId
 *   names; an entry about the plan or a member, or changing one that exists, is
 *   the owner's;
 * - everything else (plan, story, members, meetings, ...): the owner's.
 */
class WriteRule
{
public:
    /** Ok, or a Permission error with a plain sentence; nothing is changed either way. */
    static Status check(const StateReader &state, const MemberAccess &access, const QList<Operation> &ops);
};

} // namespace samen
