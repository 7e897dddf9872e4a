#pragma once

#include <QByteArray>
#include <QString>

namespace samen::service {

/** The few cryptographic primitives the service needs, on OpenSSL. */
class Crypto
{
public:
    /** Cryptographically secure random bytes (OpenSSL RAND_bytes); empty on failure. */
    static QByteArray randomBytes(int count);
    /** A random secret for people or clients to carry: 32 bytes as base64url without padding (256 bits). */
    static QString randomSecret();
    static QByteArray sha256(const QByteArray &data);
    /** True when signature (64 bytes) is a valid Ed25519 signature by publicKey (32 raw bytes) over message. */
    static bool verifyEd25519(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
    /** Strict standard or url-safe base64; an empty result means it was not valid base64. */
    static QByteArray decodeBase64(const QString &text);
};

} // namespace samen::service
