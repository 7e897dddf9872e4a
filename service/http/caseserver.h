#pragma once

#include "security/devtls.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

namespace samen::service {

/** The case service's HTTPS front door: TLS setup, routes, and the listening
 * socket. */
class CaseServer : public QObject
{
    Q_OBJECT
public:
    explicit CaseServer(const TlsIdentity &tls, QObject *parent = nullptr);

    /** Starts listening; returns the bound port, or 0 when the address is
     * unusable. */
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    void addRoutes();

    QHttpServer m_http;
};

} // namespace samen::service
