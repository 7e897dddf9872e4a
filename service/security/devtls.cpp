#include "security/devtls.h"

#include "core/certificatepin.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace samen::service {

namespace {

template<auto Fn> struct Deleter {
    template<typename T> void operator()(T *p) const { Fn(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Result<std::pair<QByteArray, QByteArray>> generateSelfSigned()
{
    auto fail
        = [] { return Result<std::pair<QByteArray, QByteArray>>::fail(ErrorCode::Internal, QStringLiteral("could not create a development TLS certificate")); };
    PkeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return fail();
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    QByteArray random = QCryptographicHash::hash(QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + QByteArray::number(quintptr(cert.get())),
                                                 QCryptographicHash::Sha256);
    memcpy(serial, random.constData(), sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * 825);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Samen development"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign") || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1")
        || !addExtension(cert.get(), NID_subject_key_identifier, "hash"))
        return fail();
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return fail();
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certBio.get(), cert.get()) != 1 || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return fail();
    return std::pair { bioContents(certBio.get()), bioContents(keyBio.get()) };
}

Result<TlsIdentity> identityFromPem(const QByteArray &certPem, const QByteArray &keyPem)
{
    TlsIdentity id;
    const auto certs = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (certs.isEmpty())
        return Result<TlsIdentity>::fail(ErrorCode::Validation, QStringLiteral("the TLS certificate file holds no PEM certificate"));
    id.certificate = certs.first();
    id.privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (id.privateKey.isNull())
        id.privateKey = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (id.privateKey.isNull())
        return Result<TlsIdentity>::fail(ErrorCode::Validation, QStringLiteral("the TLS key file holds no usable private key (EC or RSA, PEM, unencrypted)"));
    id.certificateSha256 = QString::fromLatin1(id.certificate.digest(QCryptographicHash::Sha256).toHex());
    id.spkiSha256 = spkiSha256(id.certificate);
    return id;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::fail(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

} // namespace

QString spkiSha256(const QSslCertificate &certificate)
{
    return spkiSha256FromDer(certificate.toDer());
}

Result<TlsIdentity> loadTls(const QString &certPath, const QString &keyPath)
{
    auto cert = readFile(certPath);
    if (!cert)
        return cert.error();
    auto key = readFile(keyPath);
    if (!key)
        return key.error();
    return identityFromPem(cert.value(), key.value());
}

Result<TlsIdentity> loadOrCreateDevTls(const QString &dataDir)
{
    const QString certPath = QDir(dataDir).filePath(QStringLiteral("dev-tls-cert.pem"));
    const QString keyPath = QDir(dataDir).filePath(QStringLiteral("dev-tls-key.pem"));
    if (QFile::exists(certPath) && QFile::exists(keyPath))
        return loadTls(certPath, keyPath);
    if (!QDir().mkpath(dataDir))
        return Result<TlsIdentity>::fail(ErrorCode::Io, QStringLiteral("cannot create the data directory %1").arg(dataDir));
    auto generated = generateSelfSigned();
    if (!generated)
        return generated.error();
    // Key first, owner-only, written atomically: a crash never leaves a cert without its key.
    for (const auto &[path, data] : { std::pair { keyPath, generated->second }, std::pair { certPath, generated->first } }) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
            return Result<TlsIdentity>::fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return identityFromPem(generated->first, generated->second);
}

} // namespace samen::service
