#include "audit/audithead.h"

#include "security/crypto.h"
#include "security/signingkey.h"

#include <QRegularExpression>

namespace samen::service {

QByteArray AuditHead::signedBytes(qint64 size, const QString &headHash, qint64 timestampMs)
{
    return QByteArrayLiteral("samen-audit-head-v1\n") + QByteArray::number(size) + '\n' + headHash.toLatin1() + '\n' + QByteArray::number(timestampMs);
}

AuditHead AuditHead::sign(const SigningKey &key, qint64 size, const QString &headHash, qint64 timestampMs)
{
    AuditHead head;
    head.size = size;
    head.headHash = headHash;
    head.timestampMs = timestampMs;
    head.publicKey = key.publicKey();
    head.signature = key.sign(signedBytes(size, headHash, timestampMs));
    return head;
}

bool AuditHead::signatureValid() const
{
    return Crypto::verifyEd25519(publicKey, signedBytes(size, headHash, timestampMs), signature);
}

QJsonObject AuditHead::toJson() const
{
    return QJsonObject { { QStringLiteral("size"), size },
                         { QStringLiteral("headHash"), headHash },
                         { QStringLiteral("timestamp"), timestampMs },
                         { QStringLiteral("algorithm"), QStringLiteral("Ed25519") },
                         { QStringLiteral("publicKey"), QString::fromLatin1(publicKey.toBase64()) },
                         { QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()) } };
}

Result<AuditHead> AuditHead::fromJson(const QJsonObject &json)
{
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    AuditHead head;
    const QJsonValue size = json.value(QStringLiteral("size"));
    const QJsonValue timestamp = json.value(QStringLiteral("timestamp"));
    head.headHash = json.value(QStringLiteral("headHash")).toString();
    head.publicKey = Crypto::decodeBase64Exact(json.value(QStringLiteral("publicKey")).toString(), 32);
    head.signature = Crypto::decodeBase64Exact(json.value(QStringLiteral("signature")).toString(), 64);
    if (!size.isDouble() || size.toInteger(-1) < 0 || !timestamp.isDouble() || !hex64.match(head.headHash).hasMatch()
        || json.value(QStringLiteral("algorithm")).toString() != QLatin1String("Ed25519") || head.publicKey.size() != 32 || head.signature.size() != 64)
        return Result<AuditHead>::fail(ErrorCode::Validation,
                                       QStringLiteral("not a signed audit head: it needs size, headHash (64 hex characters), timestamp, "
                                                      "algorithm \"Ed25519\", publicKey and signature (base64)"));
    head.size = size.toInteger();
    head.timestampMs = timestamp.toInteger();
    return head;
}

} // namespace samen::service
