#pragma once

#include "audit/auditlog.h"

#include <optional>

namespace samen::service {

/**
 * The running service's view of the audit log: remembers every chain's head it verified last,
 * so each check walks only the chains whose recorded head moved, from their kept head, and the
 * whole log at most once every fullWalkMs (10 minutes by default). A kept head that vanished or
 * changed (entries removed from a chain's end, a rewrite) is reported as damage, also by a full walk.
 */
class ChainVerifier
{
public:
    static constexpr qint64 kDefaultFullWalkMs = 10 * 60 * 1000;

    explicit ChainVerifier(ServiceStore &store, qint64 fullWalkMs = kDefaultFullWalkMs);

    /** Every chain's verified head now; Damaged (plain message) when a chain broke, other codes when the store failed. */
    Result<AuditLog::LogHead> check(qint64 nowMs);

private:
    ServiceStore &m_store;
    qint64 m_fullWalkMs;
    std::optional<AuditLog::LogHead> m_verified;
    qint64 m_fullWalkAtMs = 0;
};

} // namespace samen::service
