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
    /** A random secret for people or clients to carry: 32 bytes as base64url without padding, never starting with "-" (so a
        command line never reads a code as an option): 43 characters, about 255.98 bits. Empty if RAND_bytes fails. */
    static QString randomSecret();
    static QByteArray sha256(const QByteArray &data);
    /** True when signature (64 bytes) is a valid Ed25519 signature by publicKey (32 raw bytes) over message. */
    static bool verifyEd25519(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
    /**
     * Exactly `bytes` bytes in canonical standard base64 (RFC 4648 section 4, padded, unused bits zero: the one
     * spelling QByteArray::toBase64 writes and docs/api/openapi.yaml's patterns allow); empty otherwise.
     */
    static QByteArray decodeBase64Exact(const QString &text, int bytes);
};

} // namespace samen::service
