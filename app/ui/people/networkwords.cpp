#include "ui/people/networkwords.h"

#include "sync/synchttp.h"

#include <QCoreApplication>

namespace samen::app {

namespace {
// The context lupdate gives the tr() calls in NetworkWords' functions, so the translations are found.
QString tr(const char *text)
{
    return QCoreApplication::translate("samen::app::NetworkWords", text);
}
} // namespace

QString NetworkWords::network(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        return tr("Nothing answers at this address. Check the address and the number after the colon, and that the service is running.");
    case QNetworkReply::HostNotFoundError:
        return tr("This address was not found. Check it for typing errors, and that this device is online.");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("The service did not answer in time. Check that this device is online and try again.");
    case QNetworkReply::RemoteHostClosedError:
        return tr("The service closed the connection. It may not be a Samen service, or it may not use a secure connection. Check the address.");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("A secure connection could not be made. This may not be a Samen service, or it uses security that is too old. Check the address.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return tr("This device seems to be offline. Connect to the internet and try again.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return tr("The proxy this device uses for the internet did not let the connection through. Check the proxy settings.");
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::UnknownServerError:
        return tr("The service has a problem right now. Try again later.");
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return tr("This address answers, but it is not a Samen service. Check the address.");
    default:
        break;
    }
    return tr("The connection to the service failed. Check the address and try again.");
}

bool NetworkWords::onlyUnknownIssuer(const QSslError &error)
{
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

QString NetworkWords::blockingCertificate(const QList<QSslError> &errors)
{
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
            return tr("The service's certificate has expired, so the connection would not be safe. Ask whoever runs the service to renew it.");
        case QSslError::CertificateNotYetValid:
            return tr("The service's certificate is not valid yet. Check this device's date and time.");
        case QSslError::HostNameMismatch:
            return tr("The service's certificate was made for another address than this one. Check the address; do not connect if you are unsure.");
        case QSslError::CertificateRevoked:
            return tr("The service's certificate was withdrawn, so the connection would not be safe. Ask whoever runs the service.");
        case QSslError::CertificateSignatureFailed:
        case QSslError::CertificateRejected:
        case QSslError::InvalidCaCertificate:
        case QSslError::InvalidPurpose:
        case QSslError::CertificateBlacklisted:
            return tr("The service's certificate is not in order, so the connection would not be safe. Do not connect; ask whoever runs the service.");
        default:
            if (!onlyUnknownIssuer(e))
                return tr("The service's certificate was refused, so the connection would not be safe. Ask whoever runs the service.");
        }
    }
    return {};
}

QString NetworkWords::error(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Network:
        // What the network said (SyncHttp::networkReason), in words; Qt's English stays in the detail.
        if (error.reason.startsWith(QLatin1String("network:"))) {
            bool ok = false;
            const int code = error.reason.mid(8).toInt(&ok);
            if (const QString said = ok ? network(QNetworkReply::NetworkError(code)) : QString(); !said.isEmpty())
                return said;
        }
        return tr("Could not reach the service. Check that this device is online and try again.");
    case ErrorCode::Permission:
        // A refused enrolment code is said as the code's fault, never as a certificate's (review 6, #3).
        if (error.reason == QLatin1String("enrolment-code-invalid"))
            return SyncHttp::enrolmentCodeInvalidSentence();
        return tr("The service did not accept this device, or its certificate is no longer the one you checked. Nothing was sent.");
    case ErrorCode::NotFound:
        return tr("The service does not know this. It may have been removed in the meantime.");
    case ErrorCode::Conflict:
        return tr("This was already done, or something changed in the meantime. Look again and try once more.");
    case ErrorCode::Validation:
    case ErrorCode::Usage:
        return tr("The service did not accept this. Check what you entered and try again.");
    case ErrorCode::Io:
    case ErrorCode::Damaged:
    case ErrorCode::WrongKey:
    case ErrorCode::NotSamen:
    case ErrorCode::TooNew:
        return tr("This device could not save the connection in your plan. Nothing was changed.");
    case ErrorCode::Internal:
        break;
    }
    return tr("Something went wrong. Nothing was changed. Please try again.");
}

} // namespace samen::app
