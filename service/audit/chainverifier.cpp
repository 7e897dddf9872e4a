#include "audit/chainverifier.h"

namespace samen::service {

ChainVerifier::ChainVerifier(ServiceStore &store, qint64 fullWalkMs)
    : m_store(store)
    , m_fullWalkMs(fullWalkMs)
{
}

Result<AuditLog::LogHead> ChainVerifier::check(qint64 nowMs)
{
    // A full walk also catches an older entry altered in place; it must still extend what was verified before.
    const bool full = !m_verified || nowMs - m_fullWalkAtMs >= m_fullWalkMs || nowMs < m_fullWalkAtMs;
    auto head = !m_verified ? AuditLog::verify(m_store) : full ? AuditLog::extends(m_store, *m_verified) : AuditLog::verifyFrom(m_store, *m_verified);
    if (!head)
        return head; // the verified head is kept, so the damage is reported again on the next check
    m_verified = head.value();
    if (full)
        m_fullWalkAtMs = nowMs;
    return head;
}

} // namespace samen::service
