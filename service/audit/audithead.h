#pragma once

#include "core/result.h"
#include "storage/servicestore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace samen::service {

class SigningKey;

/**
 * A signed statement of the audit log at a moment, as RFC 6962's signed tree head: whoever
 * keeps one can later tell whether the log still extends it (nothing removed from a chain's
 * end, nothing rewritten). Version 2 (schema 9, one chain per plan): headHash is the RFC 6962
 * Merkle tree hash (§2.1) over every chain's head in key order, each leaf the UTF-8 bytes
 * "<chain>\n<size>\n<hash>", and chains lists those heads, so the root commits to every chain;
 * size is the sum of their sizes. Version 1 (one chain): headHash is the chain's last hash;
 * such a head now names the legacy chain.
 * JSON: {size, headHash (64 hex), chains ([{chain, size, hash}], version 2 only), timestamp
 * (ms since the epoch, UTC), algorithm "Ed25519", publicKey (32 bytes, base64), signature
 * (64 bytes, base64)}. The signature covers signedBytes().
 */
class AuditHead
{
public:
    int version = 2;
    qint64 size = 0;
    QString headHash;
    QList<AuditChainHead> chains; ///< version 2; version 1: empty
    qint64 timestampMs = 0;
    QByteArray publicKey;
    QByteArray signature;

    /** "samen-audit-head-v<version>\n<size>\n<headHash>\n<timestamp>": the prefix binds the signature to this use and version. */
    static QByteArray signedBytes(int version, qint64 size, const QString &headHash, qint64 timestampMs);
    /** A version 2 head over chains (ordered by key, as ServiceStore::auditChains gives them). */
    static AuditHead sign(const SigningKey &key, const QList<AuditChainHead> &chains, qint64 timestampMs);
    /** RFC 6962's Merkle tree hash over the chains' heads (hex; the hash of nothing for no chain). */
    static QString treeHash(const QList<AuditChainHead> &chains);
    /** True when signature is publicKey's Ed25519 signature over signedBytes(). */
    bool signatureValid() const;
    /** The chain heads this head covers: chains (version 2), or the legacy chain at size and headHash (version 1). */
    QList<AuditChainHead> coveredChains() const;

    QJsonObject toJson() const;
    /**
     * Reads toJson()'s shape; Validation error with a plain message when a field is missing or
     * malformed, or when chains do not hash to headHash or add up to size (the signature is not
     * checked here).
     */
    static Result<AuditHead> fromJson(const QJsonObject &json);
};

} // namespace samen::service
