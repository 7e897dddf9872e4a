#include "security/signingkey.h"

#include <QFile>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/pem.h>

namespace samen::service {

SigningKey::SigningKey(std::shared_ptr<EVP_PKEY> key)
    : m_key(std::move(key))
{
}

Result<SigningKey> SigningKey::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<SigningKey>::fail(ErrorCode::Io, QStringLiteral("cannot read the audit signing key %1: %2").arg(path, f.errorString()));
    const QByteArray pem = f.read(16 * 1024);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), BIO_free);
    EVP_PKEY *raw = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    std::shared_ptr<EVP_PKEY> key(raw, EVP_PKEY_free);
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        return Result<SigningKey>::fail(
            ErrorCode::Usage,
            QStringLiteral("%1 must hold an Ed25519 private key in PEM (make one with: openssl genpkey -algorithm ed25519 -out FILE)").arg(path));
    return SigningKey(std::move(key));
}

Result<SigningKey> SigningKey::generate(const QString &path)
{
    std::shared_ptr<EVP_PKEY> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), EVP_PKEY_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!key || !bio || PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return Result<SigningKey>::fail(ErrorCode::Internal, QStringLiteral("could not create an audit signing key"));
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Result<SigningKey>::fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    // Owner-only before any byte of the key is written.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(data, len) != len || !f.commit())
        return Result<SigningKey>::fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return SigningKey(std::move(key));
}

QByteArray SigningKey::publicKey() const
{
    QByteArray out(32, Qt::Uninitialized);
    size_t len = 32;
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(out.data()), &len) != 1 || len != 32)
        return {};
    return out;
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    QByteArray signature(64, Qt::Uninitialized);
    size_t len = 64;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &len, reinterpret_cast<const unsigned char *>(message.constData()),
                          static_cast<size_t>(message.size()))
            != 1
        || len != 64)
        return {};
    return signature;
}

} // namespace samen::service
