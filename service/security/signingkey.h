#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace samen::service {

/**
 * The service's Ed25519 key for signing the audit chain's head (docs/security.md,
 * "The audit chain"): a PEM private key as `openssl genpkey -algorithm ed25519` writes it.
 */
class SigningKey
{
public:
    /** Reads a PEM Ed25519 private key; Usage error when the file holds another kind of key, Io when unreadable. */
    static Result<SigningKey> load(const QString &path);
    /** Makes a new key and writes it to path as PEM with mode 0600 (development only). */
    static Result<SigningKey> generate(const QString &path);

    /** The 32-byte raw Ed25519 public key. */
    QByteArray publicKey() const;
    /** The 64-byte Ed25519 signature over message; empty on failure. */
    QByteArray sign(const QByteArray &message) const;

private:
    explicit SigningKey(std::shared_ptr<EVP_PKEY> key);
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace samen::service
