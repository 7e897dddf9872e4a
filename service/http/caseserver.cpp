#include "http/caseserver.h"

#include "audit/auditapi.h"
#include "http/requestguard.h"
#include "http/ssllistener.h"
#include "live/livehub.h"
#include "plans/accessapi.h"
#include "plans/caseloadapi.h"
#include "plans/erasureapi.h"
#include "plans/invitationapi.h"
#include "plans/planapi.h"
#include "runtime/heaprelease.h"
#include "security/crypto.h"
#include "sync/snapshotapi.h"
#include "sync/syncapi.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpSocket>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcHttp, "samen.http")

namespace samen::service {

CaseServer::CaseServer(const TlsIdentity &tls, ServiceStore &store, const ServiceConfig &config, const SigningKey &auditHeadKey, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_config(config)
    , m_audit(store)
    , m_chain(store)
    , m_auditHeadKey(auditHeadKey)
    , m_addressLimit(config.rateLimitPerAddress)
    , m_deviceLimit(config.rateLimitPerDevice)
    , m_auth(store, m_audit, config, m_events)
    , m_plans(std::make_unique<PlanApi>(store, m_audit, m_events))
    , m_caseload(std::make_unique<CaseloadApi>(store))
    , m_access(std::make_unique<AccessApi>(store, m_audit, m_events))
    , m_invitations(std::make_unique<InvitationApi>(store, m_audit, config))
    , m_sync(std::make_unique<SyncApi>(store, m_audit, config, m_events, m_metrics))
    , m_snapshots(std::make_unique<SnapshotApi>(store, m_audit))
    , m_erasure(std::make_unique<ErasureApi>(store, m_audit, m_events))
    , m_auditApi(std::make_unique<AuditApi>(store, m_audit, m_chain, m_auditHeadKey))
    , m_live(std::make_unique<LiveHub>(*this, store, m_auth, m_metrics, config.liveSweepMs))
{
    m_events = m_live->events();
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setLocalCertificate(tls.certificate);
    m_ssl.setPrivateKey(tls.privateKey);
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_ssl.setCiphers(allowedCiphers());
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with signed challenges, not certificates
    addRoutes();
    m_auth.purgeExpired(QDateTime::currentMSecsSinceEpoch());
    m_purge.setInterval(60 * 1000);
    connect(&m_purge, &QTimer::timeout, this, [this] { m_auth.purgeExpired(QDateTime::currentMSecsSinceEpoch()); });
    m_purge.start();
    m_auditFlush.setSingleShot(true);
    m_auditFlush.setInterval(config.auditFlushMs);
    connect(&m_auditFlush, &QTimer::timeout, this, [this] {
        if (!m_audit.flush()) {
            qCWarning(lcHttp, "could not write %lld queued audit entries of reads; trying again", static_cast<long long>(m_audit.queued()));
            m_auditFlush.start();
        }
    });
}

CaseServer::~CaseServer()
{
    // A clean stop loses no read entry of the audit chain.
    if (!m_audit.flush())
        qCWarning(lcHttp, "could not write %lld queued audit entries of reads at stop", static_cast<long long>(m_audit.queued()));
}

QList<QSslCipher> CaseServer::allowedCiphers()
{
    // TLS 1.3 suites are all AEAD. For TLS 1.2 only forward-secret ECDHE with AES-GCM or ChaCha20-Poly1305:
    // no CBC (padding-oracle attacks such as Lucky13) and no pre-shared-key suites (nobody here has a PSK).
    // As Mozilla's "intermediate" configuration and BSI TR-02102-2 recommend.
    QList<QSslCipher> allowed;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        const QString name = cipher.name();
        const bool aead12 = cipher.protocol() == QSsl::TlsV1_2 && name.startsWith(QLatin1String("ECDHE-")) && !name.contains(QLatin1String("PSK"))
            && (name.contains(QLatin1String("-GCM-")) || name.contains(QLatin1String("CHACHA20-POLY1305")));
        if (cipher.protocol() == QSsl::TlsV1_3 || aead12)
            allowed.append(cipher);
    }
    return allowed;
}

quint16 CaseServer::listenOn(const QHostAddress &address, quint16 port)
{
    // Our own QSslServer rather than sslSetup() + listen(): every connection gets its
    // RequestGuard before the HTTP server's reader, so an oversized request is refused
    // from its headers instead of being read into memory first.
    auto *server = new SslListener(
        m_config.maxConnectionsPerAddress, [this] { m_metrics.addConnectionClosed(QStringLiteral("address-cap")); }, this);
    server->setSslConfiguration(m_ssl);
    // The memory of closed connections (an idle WebSocket's some 80 KiB) back to the system once closes are quiet.
    QPointer<HeapRelease> release = new HeapRelease(2000, server);
    connect(release, &HeapRelease::trimmed, this, [this] { m_metrics.addHeapTrim(); });
    server->setOnClosed([release] {
        if (release)
            release->noteClosed();
    });
    QPointer<CaseServer> self = this;
    server->setOnBuffersReleased([self] {
        if (self)
            self->m_metrics.addSocketBufferRelease();
    });
    // From the TCP accept to the end of the handshake (Qt restarts it once the ClientHello arrives).
    server->setHandshakeTimeout(m_config.headerTimeoutMs);
    const RequestGuard::Limits limits { m_config.maxBodyBytes, m_config.headerTimeoutMs, m_config.bodyTimeoutMs, m_config.idleTimeoutMs };
    connect(server, &QSslServer::startedEncryptionHandshake, this, [this, limits](QSslSocket *socket) {
        // Refused before any route is known: counted under one route name, never the raw path.
        RequestGuard::watch(socket, limits, [this](int status) {
            if (status == 0) {
                m_metrics.addConnectionClosed(QStringLiteral("idle"));
                return;
            }
            if (status == 408)
                m_metrics.addConnectionClosed(QStringLiteral("request-timeout"));
            m_metrics.recordRequest(QStringLiteral("refused-before-read"), status, 0.0);
        });
    });
    if (!server->listen(address, port)) {
        qCWarning(lcHttp, "cannot listen: %s", qPrintable(server->errorString()));
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

void CaseServer::addRoutes()
{
    using M = QHttpServerRequest::Method;
    auto path = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char('/'), Qt::SkipEmptyParts); };
    auto on = [](auto *api, auto fn) { return [api, fn](const ApiRequest &r) { return (api->*fn)(r); }; };
    m_routes = {
        { M::Get, QStringLiteral("/healthz"), path("healthz"), false, [this](const ApiRequest &) { return health(); } },
        { M::Get, QStringLiteral("/metrics"), path("metrics"), false, [this](const ApiRequest &r) { return metrics(r); } },
        { M::Post, QStringLiteral("/v1/enrol"), path("v1/enrol"), false, on(&m_auth, &AuthApi::enrol) },
        { M::Post, QStringLiteral("/v1/auth/challenge"), path("v1/auth/challenge"), false, on(&m_auth, &AuthApi::challenge) },
        { M::Post, QStringLiteral("/v1/auth/token"), path("v1/auth/token"), false, on(&m_auth, &AuthApi::token) },
        { M::Get, QStringLiteral("/v1/devices"), path("v1/devices"), true, on(&m_auth, &AuthApi::listDevices) },
        { M::Delete, QStringLiteral("/v1/devices/*"), path("v1/devices/*"), true, on(&m_auth, &AuthApi::revokeDevice) },
        { M::Post, QStringLiteral("/v1/devices/enrolment-codes"), path("v1/devices/enrolment-codes"), true, on(&m_auth, &AuthApi::createEnrolmentCode) },
        { M::Post, QStringLiteral("/v1/plans"), path("v1/plans"), true, on(m_plans.get(), &PlanApi::createPlan) },
        { M::Get, QStringLiteral("/v1/plans"), path("v1/plans"), true, on(m_plans.get(), &PlanApi::listPlans) },
        { M::Post, QStringLiteral("/v1/caseload/changes"), path("v1/caseload/changes"), true, on(m_caseload.get(), &CaseloadApi::changes) },
        { M::Post, QStringLiteral("/v1/plans/*/erase"), path("v1/plans/*/erase"), true, on(m_erasure.get(), &ErasureApi::erase) },
        { M::Get, QStringLiteral("/v1/plans/*/members"), path("v1/plans/*/members"), true, on(m_plans.get(), &PlanApi::listMembers) },
        { M::Post, QStringLiteral("/v1/plans/*/members/*/confirm"), path("v1/plans/*/members/*/confirm"), true, on(m_plans.get(), &PlanApi::confirmMember) },
        { M::Delete, QStringLiteral("/v1/plans/*/members/*"), path("v1/plans/*/members/*"), true, on(m_plans.get(), &PlanApi::removeMember) },
        { M::Put, QStringLiteral("/v1/plans/*/members/*/access"), path("v1/plans/*/members/*/access"), true, on(m_access.get(), &AccessApi::setAccess) },
        { M::Get, QStringLiteral("/v1/plans/*/grants"), path("v1/plans/*/grants"), true, on(m_plans.get(), &PlanApi::listGrants) },
        { M::Post, QStringLiteral("/v1/plans/*/grants"), path("v1/plans/*/grants"), true, on(m_plans.get(), &PlanApi::addGrant) },
        { M::Delete, QStringLiteral("/v1/plans/*/grants/*"), path("v1/plans/*/grants/*"), true, on(m_plans.get(), &PlanApi::removeGrant) },
        { M::Post, QStringLiteral("/v1/plans/*/invitations"), path("v1/plans/*/invitations"), true, on(m_invitations.get(), &InvitationApi::create) },
        { M::Get, QStringLiteral("/v1/plans/*/invitations"), path("v1/plans/*/invitations"), true, on(m_invitations.get(), &InvitationApi::listPending) },
        { M::Delete, QStringLiteral("/v1/plans/*/invitations/*"), path("v1/plans/*/invitations/*"), true, on(m_invitations.get(), &InvitationApi::withdraw) },
        { M::Post, QStringLiteral("/v1/invitations/preview"), path("v1/invitations/preview"), true, on(m_invitations.get(), &InvitationApi::preview) },
        { M::Post, QStringLiteral("/v1/invitations/redeem"), path("v1/invitations/redeem"), true, on(m_invitations.get(), &InvitationApi::redeem) },
        { M::Post, QStringLiteral("/v1/plans/*/ops"), path("v1/plans/*/ops"), true, on(m_sync.get(), &SyncApi::push) },
        { M::Get, QStringLiteral("/v1/plans/*/ops"), path("v1/plans/*/ops"), true, on(m_sync.get(), &SyncApi::pull) },
        { M::Get, QStringLiteral("/v1/plans/*/snapshot"), path("v1/plans/*/snapshot"), true, on(m_snapshots.get(), &SnapshotApi::snapshot) },
        { M::Get, QStringLiteral("/v1/audit/head"), path("v1/audit/head"), true, on(m_auditApi.get(), &AuditApi::head) },
        { M::Get, QStringLiteral("/v1/plans/*/audit"), path("v1/plans/*/audit"), true, on(m_auditApi.get(), &AuditApi::planAudit) },
    };
}

ApiResponse CaseServer::health() const
{
    QJsonObject body { { QStringLiteral("status"), QStringLiteral("ok") },
                       { QStringLiteral("service"), QStringLiteral("samen-service") },
                       { QStringLiteral("version"), QStringLiteral(SAMEN_VERSION) } };
    // From a failed write until the next one succeeds: monitoring sees a full disk before people lose their changes.
    if (m_store.writesFailing()) {
        body.insert(QStringLiteral("status"), QStringLiteral("degraded"));
        body.insert(QStringLiteral("message"), QStringLiteral("The service cannot save changes: writing to its database fails (is the disk full?)."));
        return ApiResponse::json(503, body);
    }
    return ApiResponse::json(200, body);
}

ApiResponse CaseServer::metrics(const ApiRequest &request) const
{
    if (!m_config.metricsTokenHash.isEmpty()) {
        // Hashes compared, not the tokens: the time a comparison takes tells nothing about the token.
        static const QByteArray prefix = QByteArrayLiteral("Bearer ");
        const QByteArray given = request.authorization.startsWith(prefix) ? request.authorization.mid(prefix.size()).trimmed() : QByteArray();
        if (given.isEmpty() || Crypto::sha256(given) != m_config.metricsTokenHash)
            return ApiResponse::unauthorised();
    }
    return ApiResponse::text(200, m_metrics.render(), QByteArrayLiteral("text/plain; version=0.0.4"));
}

ApiResponse CaseServer::rateLimited(int retryAfterSeconds) const
{
    ApiResponse r
        = ApiResponse::error(429, QStringLiteral("rate-limited"), QStringLiteral("Too many requests. Wait %1 seconds and try again.").arg(retryAfterSeconds));
    r.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds) });
    return r;
}

ApiResponse CaseServer::dispatch(const QHttpServerRequest &request, QString *routeName)
{
    ApiRequest api;
    api.address = request.remoteAddress().toString();
    api.nowMs = QDateTime::currentMSecsSinceEpoch();
    if (const int wait = m_addressLimit.take(QStringLiteral("address:") + api.address, api.nowMs); wait > 0)
        return rateLimited(wait);

    // RequestGuard refused any declared length over the limit before the body was read; checked again here.
    const QByteArray declared = request.value(QByteArrayLiteral("Content-Length"));
    if (request.body().size() > m_config.maxBodyBytes || declared.toLongLong() > m_config.maxBodyBytes)
        return ApiResponse::error(413, QStringLiteral("body-too-large"),
                                  QStringLiteral("The request body is too large: at most %1 bytes are allowed.").arg(m_config.maxBodyBytes));

    api.segments = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    api.query = QUrlQuery(request.url());
    api.body = request.body();
    api.authorization = request.value(QByteArrayLiteral("Authorization"));

    bool pathMatched = false;
    for (const Route &route : std::as_const(m_routes)) {
        if (route.pattern.size() != api.segments.size())
            continue;
        bool match = true;
        for (qsizetype i = 0; i < route.pattern.size() && match; ++i)
            match = route.pattern[i] == QLatin1String("*") ? api.segments[i].size() <= 64 : route.pattern[i] == api.segments[i];
        if (!match)
            continue;
        pathMatched = true;
        if (route.method != request.method())
            continue;
        *routeName = route.name;
        if (route.authenticated) {
            auto device = m_auth.authenticate(request.value(QByteArrayLiteral("Authorization")), api.nowMs);
            if (!device)
                return ApiResponse::internal();
            if (!device->has_value())
                return ApiResponse::unauthorised();
            api.device = device->value();
            if (const int wait = m_deviceLimit.take(QStringLiteral("device:") + api.device.id, api.nowMs); wait > 0)
                return rateLimited(wait);
        }
        return route.handler(api);
    }
    if (pathMatched)
        return ApiResponse::error(405, QStringLiteral("method-not-allowed"), QStringLiteral("This address does not accept that method."));
    return ApiResponse::notFound(QStringLiteral("There is nothing at this address."));
}

bool CaseServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    // Qt 6.4 hands a WebSocket upgrade to LiveHub only when this returns true
    // having written nothing (LiveHub then checks the path, the Origin and the token).
    if (request.value(QByteArrayLiteral("Upgrade")).compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive) == 0) {
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        const int wait = m_addressLimit.take(QStringLiteral("address:") + request.remoteAddress().toString(), nowMs);
        if (wait > 0) {
            send(request, socket, rateLimited(wait));
            socket->disconnectFromHost();
        }
        m_metrics.recordRequest(QStringLiteral("/v1/live"), wait > 0 ? 429 : 101, static_cast<double>(timer.nsecsElapsed()) / 1e9);
        return true;
    }
    if (!socket->property("samenTuned").toBool())
        tuneSocket(socket);
    QString routeName = QStringLiteral("unmatched");
    const ApiResponse response = dispatch(request, &routeName);
    if (response.status >= 500)
        qCWarning(lcHttp, "request failed with %d", response.status);
    send(request, socket, response);
    m_metrics.recordRequest(routeName, response.status, static_cast<double>(timer.nsecsElapsed()) / 1e9);
    if (m_audit.queued() > 0 && !m_auditFlush.isActive())
        m_auditFlush.start();
    return true;
}

void CaseServer::tuneSocket(QTcpSocket *socket)
{
    socket->setProperty("samenTuned", true);
    // The responder writes status, headers and body separately: without this, Nagle's
    // algorithm meets the client's delayed ACK and every answer waits ~40 ms.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
#ifdef TCP_QUICKACK
    // The other way round: clients such as QNetworkAccessManager write a request's
    // headers and body separately with Nagle on, so the body waits for our ACK of the
    // headers, which Linux delays by up to 40 ms. Asking for a quick ACK whenever data
    // arrives sends the pending ACK at once. (From the second request on a connection.)
    connect(socket, &QIODevice::readyRead, socket, [socket] {
        const int on = 1;
        if (const qintptr fd = socket->socketDescriptor(); fd >= 0)
            setsockopt(static_cast<int>(fd), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    });
#endif
}

void CaseServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, ApiResponse::notFound(QStringLiteral("There is nothing at this address.")));
}

void CaseServer::send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    responder.writeHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    responder.writeHeader(QByteArrayLiteral("Strict-Transport-Security"), QByteArrayLiteral("max-age=31536000"));
    for (const auto &[key, value] : response.headers)
        responder.writeHeader(key, value);
    responder.writeBody(response.body);
}

} // namespace samen::service
