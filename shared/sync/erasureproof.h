#pragma once

#include <QByteArray>
#include <QString>

namespace samen {

/**
 * The bytes an owner's device signs to erase a plan at the case service
 * (POST /v1/plans/{planId}/erase, docs/sync-protocol.md "Erasing a plan"): a fresh
 * one-time challenge from POST /v1/auth/challenge, bound to the plan, under a label
 * of its own so a sign-in signature can never serve as an erasure, nor the reverse.
 */
class ErasureProof
{
public:
    /** "samen-erase-v1:" + planId + ":" + nonce, in Latin-1 (ids and nonces are ASCII). */
    static QByteArray message(const QString &planId, const QString &nonce);
};

} // namespace samen
