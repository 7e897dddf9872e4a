#pragma once

#include <QByteArray>
#include <QString>

namespace samen {

/**
 * The public key pin of an X.509 certificate: the SHA-256 of its DER
 * SubjectPublicKeyInfo, as lower-case hex (64 characters). The service prints
 * it; clients compare it with --pin-sha256. Empty for bytes that are no DER
 * certificate.
 */
QString spkiSha256FromDer(const QByteArray &certificateDer);

} // namespace samen
