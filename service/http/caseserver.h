#pragma once

#include "audit/auditlog.h"
#include "audit/chainverifier.h"
#include "auth/authapi.h"
#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "http/metrics.h"
#include "http/ratelimiter.h"
#include "live/liveevents.h"
#include "runtime/serviceconfig.h"
#include "security/devtls.h"
#include "security/signingkey.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>
#include <memory>

namespace samen::service {

class PlanApi;
class CaseloadApi;
class AccessApi;
class InvitationApi;
class SyncApi;
class SnapshotApi;
class ErasureApi;
class AuditApi;
class LiveHub;

/**
 * The case service's HTTPS front door: TLS setup, the route table, the body limit,
 * bearer-token authentication, and turning every outcome into a JSON answer.
 */
class CaseServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    CaseServer(const TlsIdentity &tls, ServiceStore &store, const ServiceConfig &config, const SigningKey &auditHeadKey, QObject *parent = nullptr);
    ~CaseServer() override;

    /** The TLS cipher suites the service offers: TLS 1.3's, and TLS 1.2's ECDHE AEAD suites (no CBC, no PSK). */
    static QList<QSslCipher> allowedCiphers();

    /** Starts listening; returns the bound port, or 0 when the address is unusable. */
    quint16 listenOn(const QHostAddress &address, quint16 port);
    /** The live sockets of this instance (for the PostgreSQL listener that relays other instances' changes). */
    LiveHub &liveHub() { return *m_live; }
    /** Sign-in (for the PostgreSQL listener, which keeps its token cache fresh). */
    AuthApi &auth() { return m_auth; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;
    struct Route {
        QHttpServerRequest::Method method;
        QString name; ///< the pattern as text, for metrics (never the raw path: ids stay out)
        QStringList pattern; ///< "*" matches one segment
        bool authenticated;
        Handler handler;
    };

    void addRoutes();
    ApiResponse dispatch(const QHttpServerRequest &request, QString *routeName);
    ApiResponse rateLimited(int retryAfterSeconds) const;
    static void send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response);
    /** Once per connection: TCP options that keep request/answer round trips free of Nagle/delayed-ACK stalls. */
    void tuneSocket(QTcpSocket *socket);
    /** 200 "ok", or 503 "degraded" while writes to the store fail (see ServiceStore::writesFailing). */
    ApiResponse health() const;
    /** GET /metrics: the counters; 401 without the metrics token when one is set (ServiceConfig::metricsTokenHash). */
    ApiResponse metrics(const ApiRequest &request) const;

    ServiceStore &m_store;
    const ServiceConfig &m_config;
    QSslConfiguration m_ssl;
    AuditLog m_audit;
    ChainVerifier m_chain;
    SigningKey m_auditHeadKey;
    Metrics m_metrics;
    RateLimiter m_addressLimit;
    RateLimiter m_deviceLimit;
    LiveEvents m_events;
    AuthApi m_auth;
    std::unique_ptr<PlanApi> m_plans;
    std::unique_ptr<CaseloadApi> m_caseload;
    std::unique_ptr<AccessApi> m_access;
    std::unique_ptr<InvitationApi> m_invitations;
    std::unique_ptr<SyncApi> m_sync;
    std::unique_ptr<SnapshotApi> m_snapshots;
    std::unique_ptr<ErasureApi> m_erasure;
    std::unique_ptr<AuditApi> m_auditApi;
    std::unique_ptr<LiveHub> m_live;
    QList<Route> m_routes;
    QTimer m_purge; ///< deletes expired tokens, challenges and enrolment codes every minute
    QTimer m_auditFlush; ///< writes queued read entries of the audit chain ServiceConfig::auditFlushMs after the first (single shot)
};

} // namespace samen::service
