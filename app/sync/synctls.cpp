#include "sync/synctls.h"

#include "core/certificatepin.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>

namespace samen {

QSslConfiguration SyncTrust::configuration() const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setProtocol(QSsl::TlsV1_2OrLater);
    c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!caPem.isEmpty())
        c.setCaCertificates(QSslCertificate::fromData(caPem, QSsl::Pem));
    return c;
}

Result<QString> SyncTrust::normalisePin(const QString &text)
{
    QString pin = text.trimmed().toLower();
    pin.remove(QLatin1Char(':'));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(pin).hasMatch())
        return Result<QString>::fail(
            ErrorCode::Validation,
            QCoreApplication::translate("samen", "The pin must be the SHA-256 of the service's public key: 64 hexadecimal digits, as the service prints it."));
    return pin;
}

Result<QByteArray> SyncTrust::readCaFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::fail(ErrorCode::Io,
                                        QCoreApplication::translate("samen", "Cannot read the certificate file %1: %2").arg(path, f.errorString()));
    const QByteArray pem = f.read(1024 * 1024);
    if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
        return Result<QByteArray>::fail(ErrorCode::Validation, QCoreApplication::translate("samen", "The file %1 holds no PEM certificate.").arg(path));
    return pem;
}

QString spkiSha256(const QSslCertificate &certificate)
{
    return spkiSha256FromDer(certificate.toDer());
}

QString describeSslErrors(const QList<QSslError> &errors)
{
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            return QCoreApplication::translate(
                "samen", "The service's certificate is not trusted by this device. If it is your own service, give its certificate with --ca-file.");
        case QSslError::CertificateExpired:
            return QCoreApplication::translate("samen", "The service's certificate has expired, or this device's date and time are wrong: check them first.");
        case QSslError::CertificateNotYetValid:
            return QCoreApplication::translate("samen", "The service's certificate is not valid yet: check this device's date and time.");
        case QSslError::HostNameMismatch:
            return QCoreApplication::translate("samen", "The service's certificate was made for another address than the one given.");
        case QSslError::CertificateRevoked:
            return QCoreApplication::translate("samen", "The service's certificate was revoked.");
        default:
            break;
        }
    }
    // Qt's own (English) words for the error never go into the person's sentence.
    return errors.isEmpty() ? QCoreApplication::translate("samen", "The secure connection to the service failed.")
                            : QCoreApplication::translate("samen", "The service's certificate was refused, so the connection would not be safe.");
}

} // namespace samen
