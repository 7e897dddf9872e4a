#pragma once

#include "core/result.h"
#include "domain/memberaccess.h"

namespace samen {

class PlanStore;

/**
 * The access of this device's member in its plan, as the device last learnt it,
 * kept in the store's settings so it survives a restart and works offline:
 * `sync.role` ("owner" / "member"; set when a plan is joined or taken up, and
 * from the caseload) and `sync.access` (MemberAccess::toJson, written by the sync
 * client from the member's grants at every round). A plan made on this device, or
 * a device whose role is not "member", is the owner's. A member's device that has
 * not yet heard its grants may read what it holds and change nothing.
 */
class DeviceAccess
{
public:
    static MemberAccess load(const PlanStore &store);
    /** Stores a member's access (role "member"); one transaction. */
    static Status saveMember(PlanStore &store, const MemberAccess &access);
};

} // namespace samen
