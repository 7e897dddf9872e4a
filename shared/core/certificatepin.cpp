#include "core/certificatepin.h"

#include <QCryptographicHash>

#include <openssl/x509.h>

#include <memory>

namespace samen {

QString spkiSha256FromDer(const QByteArray &certificateDer)
{
    const auto *p = reinterpret_cast<const unsigned char *>(certificateDer.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x(d2i_X509(nullptr, &p, certificateDer.size()), X509_free);
    if (!x)
        return {};
    unsigned char *spki = nullptr;
    const int len = i2d_PUBKEY(X509_get0_pubkey(x.get()), &spki);
    if (len <= 0)
        return {};
    const QByteArray bytes(reinterpret_cast<const char *>(spki), len);
    OPENSSL_free(spki);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace samen
