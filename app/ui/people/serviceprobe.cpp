#include "ui/people/serviceprobe.h"

#include "sync/synctls.h"
#include "ui/people/networkwords.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>

#include <memory>

namespace samen::app {

ServiceProbe::ServiceProbe(QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

Result<QUrl> ServiceProbe::parseAddress(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return Result<QUrl>::fail(ErrorCode::Validation, tr("Fill in the address of the service, for example https://samen.example.nl."));
    if (!t.contains(QStringLiteral("://")))
        t.prepend(QStringLiteral("https://"));
    const QUrl url(t, QUrl::StrictMode);
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        return Result<QUrl>::fail(ErrorCode::Validation, tr("The address must start with https://. Samen only talks to a service over a secure connection."));
    const QString path = url.path();
    if (!url.isValid() || url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0 || url.host().isEmpty()
        || !(path.isEmpty() || path == QLatin1String("/")) || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return Result<QUrl>::fail(ErrorCode::Validation,
                                  tr("This is not a service address. It looks like https://samen.example.nl, sometimes with a colon and a number at the end."));
    return url.adjusted(QUrl::RemovePath | QUrl::NormalizePathSegments);
}

void ServiceProbe::check(const QString &address, Done done)
{
    if (m_reply) {
        QNetworkReply *old = m_reply;
        m_reply = nullptr;
        old->disconnect(this);
        old->abort();
        old->deleteLater();
    }
    const auto url = parseAddress(address);
    if (!url) {
        done(url.error());
        return;
    }
    // Every check makes its own TLS handshake. Qt keeps a connection per host with the TLS settings it was made
    // with, whatever a later request asks: one left by a try that trusted exactly this service's chain (a failed
    // enrolment, a failed connect) answered without the certificate being looked at, so the check said "in order"
    // for a certificate this device does not know, and the next try, trusting only the system, was refused with
    // a warning that the certificate had changed (review 15, F7).
    m_network.clearConnectionCache();
    ask(url.value(), {}, false, std::move(done));
}

void ServiceProbe::ask(const QUrl &url, const QByteArray &caPem, bool secondLook, Done done)
{
    QUrl health = url;
    health.setPath(QStringLiteral("/healthz"));
    QNetworkRequest request(health);
    SyncTrust trust;
    trust.caPem = caPem;
    request.setSslConfiguration(trust.configuration());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(m_timeoutS * 1000);
    QNetworkReply *reply = m_network.get(request);
    reply->setParent(this);
    m_reply = reply;
    auto sslErrors = std::make_shared<QList<QSslError>>();
    auto chain = std::make_shared<QList<QSslCertificate>>();
    connect(reply, &QNetworkReply::sslErrors, this, [reply, sslErrors, chain](const QList<QSslError> &errors) {
        *sslErrors = errors;
        *chain = reply->sslConfiguration().peerCertificateChain();
        if (chain->isEmpty()) // the chain is not always set yet while the errors are reported
            for (const QSslError &e : errors)
                if (!e.certificate().isNull() && !chain->contains(e.certificate()))
                    chain->append(e.certificate());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, sslErrors, chain, secondLook, done] {
        reply->deleteLater();
        if (m_reply == reply)
            m_reply = nullptr;
        if (!sslErrors->isEmpty()) {
            if (const QString blocking = NetworkWords::blockingCertificate(*sslErrors); !blocking.isEmpty()) {
                done(Error { ErrorCode::Permission, blocking });
                return;
            }
            if (secondLook || chain->isEmpty()) {
                done(Error { ErrorCode::Permission,
                             tr("This device cannot check the service's certificate. Ask whoever runs the service for its certificate file.") });
                return;
            }
            // Unknown to this device: look again trusting exactly what it showed; the person compares the pin.
            QByteArray pem;
            for (const QSslCertificate &c : *chain)
                pem += c.toPem();
            // Qt keeps a connection per host with the TLS settings it was made with: a new one for the new trust.
            m_network.clearConnectionCache();
            ask(url, pem, true, [done, pem](const Result<ServiceCheck> &again) {
                if (!again) {
                    done(again);
                    return;
                }
                ServiceCheck c = again.value();
                c.trustedBySystem = false;
                c.chainPem = pem;
                done(c);
            });
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            done(Error { ErrorCode::Network, NetworkWords::network(reply->error()) });
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(reply->read(64 * 1024)).object();
        if (json.value(QStringLiteral("service")).toString() != QLatin1String("samen-service")) {
            done(Error { ErrorCode::Validation, NetworkWords::network(QNetworkReply::ProtocolFailure) });
            return;
        }
        ServiceCheck c;
        c.url = url;
        c.pin = spkiSha256(reply->sslConfiguration().peerCertificate());
        c.trustedBySystem = !secondLook;
        done(c);
    });
}

} // namespace samen::app
