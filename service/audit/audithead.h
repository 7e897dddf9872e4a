#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace samen::service {

class SigningKey;

/**
 * A signed statement of the audit chain's length and last hash at a moment, as
 * RFC 6962's signed tree head: whoever keeps one can later tell whether the log
 * still extends it (nothing removed from its end, nothing rewritten).
 * JSON: {size, headHash (64 hex; 64 zeros for an empty chain), timestamp (ms since
 * the epoch, UTC), algorithm "Ed25519", publicKey (32 bytes, base64), signature
 * (64 bytes, base64)}. The signature covers signedBytes().
 */
class AuditHead
{
public:
    qint64 size = 0;
    QString headHash;
    qint64 timestampMs = 0;
    QByteArray publicKey;
    QByteArray signature;

    /** "samen-audit-head-v1\n<size>\n<headHash>\n<timestamp>": the prefix binds the signature to this use. */
    static QByteArray signedBytes(qint64 size, const QString &headHash, qint64 timestampMs);
    static AuditHead sign(const SigningKey &key, qint64 size, const QString &headHash, qint64 timestampMs);
    /** True when signature is publicKey's Ed25519 signature over signedBytes(). */
    bool signatureValid() const;

    QJsonObject toJson() const;
    /** Reads toJson()'s shape; Validation error with a plain message when a field is missing or malformed (the signature is not checked here). */
    static Result<AuditHead> fromJson(const QJsonObject &json);
};

} // namespace samen::service
