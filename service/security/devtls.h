#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace samen::service {

/** A TLS identity: certificate, private key and the values clients compare or pin. */
struct TlsIdentity {
    QSslCertificate certificate;
    QSslKey privateKey;
    QString certificateSha256; ///< hex SHA-256 of the DER certificate
    QString spkiSha256; ///< hex SHA-256 of the DER SubjectPublicKeyInfo (what clients pin)
};

/**
 * Loads the development TLS identity from DIR (dev-tls-cert.pem / dev-tls-key.pem),
 * creating a self-signed ECDSA P-256 certificate for localhost/127.0.0.1 once.
 */
Result<TlsIdentity> loadOrCreateDevTls(const QString &dataDir);

/** Loads a TLS identity from PEM files an operator provides. */
Result<TlsIdentity> loadTls(const QString &certPath, const QString &keyPath);

/** Hex SHA-256 of a certificate's SubjectPublicKeyInfo. */
QString spkiSha256(const QSslCertificate &certificate);

} // namespace samen::service
