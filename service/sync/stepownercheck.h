#pragma once

#include "core/result.h"
#include "plans/planaccess.h"
#include "sync/operation.h"

namespace samen::service {

/**
 * Who a step may be given to, at the service (review 4, R4-13): a step reaches only those who
 * may read its life domain, so an operation that sets a step's ownerId to a member the service
 * has let in (or removed) whose grants in force do not let them read the step's domain is
 * refused. Judged from the service's own members and grants at the time of the push (PlanAccess,
 * loaded when the push began), never from what the device says: a member's device does not hold
 * the others' grants and cannot judge, and the owner's device judges from its copy, which may be
 * behind (a grant withdrawn just before the push). The device's side is StepRule::checkReach.
 */
class StepOwnerCheck
{
public:
    /** The refusal's code in the push answer ("rejected": [{"code": "step-unreachable"}]) and its Error::reason. */
    static constexpr const char *kRefusal = "step-unreachable";

    /**
     * Ok, or a Permission error whose reason is kRefusal, when op sets a step's ownerId to
     * someone the service knows as a member let in or removed (not the owner) who may not read
     * domainKey (the step's domain, from its goal) by a grant in force at nowMs (epoch ms).
     * Always ok: any other operation, nobody (null or ""), the plan's owner, a contact the service
     * never heard of (the owner's record of someone without a device), and someone still waiting
     * to be let in (their grants start when the owner lets them in).
     */
    static Status check(const PlanAccess &access, const Operation &op, const QString &domainKey, qint64 nowMs);
};

} // namespace samen::service
