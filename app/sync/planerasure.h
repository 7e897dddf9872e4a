#pragma once

#include "core/result.h"

#include <QString>

#include <functional>

namespace samen {

class PlanStore;
class SyncClient;

/**
 * Erasing the owner's plan at the case service (docs/sync-protocol.md, "Erasing a plan"):
 * asks for a one-time challenge, signs it for this plan with the device's key
 * (ErasureProof) and sends POST /v1/plans/{planId}/erase. Shared by the app and
 * samen-cli. Use from the thread that owns the client.
 */
class PlanErasure
{
public:
    /** What happened at the service. */
    enum class Outcome {
        Erased, ///< the service erased the plan (or had already erased it)
        NotConnected, ///< the plan was never connected to a service: nothing there to erase
        Left, ///< a member left the plan at the service (their membership and grants ended; the plan stays with its owner)
        Withdrew, ///< a join that still waited was taken back at the service (the owner no longer sees it)
    };
    using Done = std::function<void(const Result<Outcome> &)>;

    /**
     * Erases the plan this store holds at its service. NotConnected without asking anything when
     * the store was never connected; Permission when this device is not the owner's; Network when
     * the service cannot be reached (nothing was erased there).
     */
    static void eraseAtService(SyncClient &client, PlanStore &store, Done done);
    /**
     * What erasing means on a member's device (not the owner's): the member leaves the plan at the service
     * (DELETE /v1/plans/{planId}/members/{their id}; audited as `member.leave`, so the owner sees it and their
     * grants end), before the copy here is deleted. Left (also when the service had already removed them),
     * NotConnected, or Network (nothing changed there).
     */
    static void leaveAtService(SyncClient &client, PlanStore &store, Done done);
    /** True when the store is connected to a service (an erasure there is needed). */
    static bool isConnected(const PlanStore &store);
};

} // namespace samen
