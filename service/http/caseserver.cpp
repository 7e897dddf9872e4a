#include "http/caseserver.h"

#include <QJsonObject>
#include <QSslConfiguration>

namespace samen::service {

CaseServer::CaseServer(const TlsIdentity &tls, QObject *parent)
    : QObject(parent)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(tls.certificate);
    ssl.setPrivateKey(tls.privateKey);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with signed challenges,
                                                   // not certificates
    m_http.sslSetup(ssl);
    addRoutes();
}

quint16 CaseServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port);
}

void CaseServer::addRoutes()
{
    m_http.route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
                                                 { QStringLiteral("service"), QStringLiteral("samen-service") },
                                                 { QStringLiteral("version"), QStringLiteral(SAMEN_VERSION) } });
    });
}

} // namespace samen::service
