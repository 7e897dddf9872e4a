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
 * size is the sum of their sizes. Version 3 (schema 11): as version 2, but a plan's chain is
 * listed under its published name (published()), which no one without the service's secret can
 * compute from a plan id; version 2 listed the chain keys themselves, SHA-256 of the plan id, so
 * anyone who knew a plan id could find its chain in the head and follow its activity. Version 1
 * (one chain): headHash is the chain's last hash; such a head now names the legacy chain.
 * JSON: {version (3 only), size, headHash (64 hex), chains ([{chain, size, hash}], versions 2 and 3), timestamp
 * (ms since the epoch, UTC), algorithm "Ed25519", publicKey (32 bytes, base64), signature
 * (64 bytes, base64)}. The signature covers signedBytes().
 */
class AuditHead
{
public:
    int version = 3;
    qint64 size = 0;
    QString headHash;
    QList<AuditChainHead> chains; ///< versions 2 and 3; version 1: empty
    qint64 timestampMs = 0;
    QByteArray publicKey;
    QByteArray signature;

    /** "samen-audit-head-v<version>\n<size>\n<headHash>\n<timestamp>": the prefix binds the signature to this use and version. */
    static QByteArray signedBytes(int version, qint64 size, const QString &headHash, qint64 timestampMs);
    /** A version 3 head over chains as published() gives them (under their published names, ordered by name). */
    static AuditHead sign(const SigningKey &key, const QList<AuditChainHead> &chains, qint64 timestampMs);
    /**
     * The name a chain has in a signed head: "service" and "legacy" as they are; a plan's chain the hex
     * HMAC-SHA256, under the service's secret nameKey (ServiceStore::auditNameKey), of its chain key.
     */
    static QString publishedName(const QString &chain, const QByteArray &nameKey);
    /** The chains (ServiceStore::auditChains, AuditLog::verify) under their published names, ordered by name: what a head lists. */
    static QList<AuditChainHead> published(const QList<AuditChainHead> &chains, const QByteArray &nameKey);
    /**
     * A saved head's chains under the store's own chain keys, to check them (AuditLog::extends): a
     * published name (version 3) becomes the key of the chain in current it names, a key (versions 1
     * and 2) stays; a name that fits no current chain stays as it is, so the check finds it missing.
     */
    static QList<AuditChainHead> ownKeys(const QList<AuditChainHead> &saved, const QList<AuditChainHead> &current, const QByteArray &nameKey);
    /** RFC 6962's Merkle tree hash over the chains' heads (hex; the hash of nothing for no chain). */
    static QString treeHash(const QList<AuditChainHead> &chains);
    /** True when signature is publicKey's Ed25519 signature over signedBytes(). */
    bool signatureValid() const;
    /** The chain heads this head covers: chains (versions 2 and 3), or the legacy chain at size and headHash (version 1). */
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
