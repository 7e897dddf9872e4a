#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

namespace samen {

/** How this device trusts the case service: system CAs or one CA file's certificates, plus an optional SPKI pin. */
struct SyncTrust {
    QByteArray caPem; ///< certificates to trust instead of the system's (PEM); empty = system CAs
    QString pinSha256; ///< hex SHA-256 of the service's SubjectPublicKeyInfo; empty = no pin

    /** TLS 1.2+ with peer verification always on. */
    QSslConfiguration configuration() const;
    /** Checks a --pin-sha256 value: 64 hex digits (":" separators and upper case accepted). Returns it normalised. */
    static Result<QString> normalisePin(const QString &text);
    /** Reads a PEM file of CA certificates; Validation error when it holds none. */
    static Result<QByteArray> readCaFile(const QString &path);
};

/** Hex SHA-256 of the certificate's DER SubjectPublicKeyInfo (as the service prints it), or empty. */
QString spkiSha256(const QSslCertificate &certificate);

/** A plain sentence for certificate problems, without personal data. */
QString describeSslErrors(const QList<QSslError> &errors);

} // namespace samen
