#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace samen::app {

/** What a check of a service address found. */
struct ServiceCheck {
    QUrl url; ///< the address as the sync client will use it (https://host:port)
    QString pin; ///< hex SHA-256 of the service's public key (SPKI), as the service prints it
    bool trustedBySystem = false; ///< the certificate is signed by an authority this device trusts
    QByteArray chainPem; ///< the certificate chain the service showed, to trust exactly it (when not trustedBySystem)
};

/**
 * Looks at a case service before the plan is connected to it: is the address an https
 * address, does anything answer, is its certificate in order, is it a Samen service
 * (GET /healthz), and which public key (pin) does it show. A certificate this device
 * does not know (a self-signed one, as samen-service --dev-tls makes) is looked at
 * again trusting exactly the chain it showed, so checking stays on; the person then
 * compares the pin. Only /healthz is asked for; nothing of the plan is sent.
 * Errors are values with translated plain sentences (NetworkWords).
 */
class ServiceProbe : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<ServiceCheck> &)>;

    ServiceProbe(QNetworkAccessManager &network, QObject *parent = nullptr);

    /** Reads an address as a person types it ("host:port" gets https://); Validation error in words. */
    static Result<QUrl> parseAddress(const QString &text);
    /** Starts a check; done is called once, on this object's thread. A new check cancels the one running. */
    void check(const QString &address, Done done);
    /** Seconds before an unanswered check fails (default 15). */
    void setTimeoutSeconds(int seconds) { m_timeoutS = seconds; }

private:
    void ask(const QUrl &url, const QByteArray &caPem, bool secondLook, Done done);

    QNetworkAccessManager &m_network;
    int m_timeoutS = 15;
    QNetworkReply *m_reply = nullptr;
};

} // namespace samen::app
