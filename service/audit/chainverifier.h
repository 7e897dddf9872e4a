#pragma once

#include "audit/auditlog.h"

#include <optional>

namespace samen::service {

/**
 * The running service's view of the audit chain: remembers the last head it verified,
 * so each check walks only the entries added since, and the whole chain at most once
 * every fullWalkMs (10 minutes by default). A head that vanished or changed (entries
 * removed from the end, a rewrite) is reported as damage, also by a full walk.
 */
class ChainVerifier
{
public:
    static constexpr qint64 kDefaultFullWalkMs = 10 * 60 * 1000;

    explicit ChainVerifier(ServiceStore &store, qint64 fullWalkMs = kDefaultFullWalkMs);

    /** The verified head now; Damaged (plain message) when the chain broke, other codes when the store failed. */
    Result<AuditLog::ChainHead> check(qint64 nowMs);

private:
    ServiceStore &m_store;
    qint64 m_fullWalkMs;
    std::optional<AuditLog::ChainHead> m_verified;
    qint64 m_fullWalkAtMs = 0;
};

} // namespace samen::service
