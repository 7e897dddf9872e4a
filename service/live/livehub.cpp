#include "live/livehub.h"

#include "auth/authapi.h"
#include "http/metrics.h"
#include "security/crypto.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcLive, "samen.live")

namespace samen::service {

namespace {

QByteArray message(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

constexpr int kAuthTimeoutMs = 10000;

} // namespace

LiveHub::LiveHub(QAbstractHttpServer &server, ServiceStore &store, AuthApi &auth, Metrics &metrics, int sweepMs, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_store(store)
    , m_auth(auth)
    , m_metrics(metrics)
{
    connect(&m_server, &QAbstractHttpServer::newWebSocketConnection, this, &LiveHub::accept);
    m_sweep = new QTimer(this);
    m_sweep->setInterval(sweepMs);
    connect(m_sweep, &QTimer::timeout, this, &LiveHub::sweepRevoked);
    m_sweep->start();
}

LiveHub::~LiveHub()
{
    for (const Connection &c : std::as_const(m_connections)) {
        c.socket->disconnect(this);
        c.socket->deleteLater();
    }
}

LiveEvents LiveHub::events()
{
    LiveEvents e;
    e.planAdvanced = [this](const QString &planId, qint64 seq) { planAdvanced(planId, seq); };
    e.accessChanged = [this](const QString &planId, const QString &memberId) { accessChanged(planId, memberId); };
    e.deviceRevoked = [this](const QString &deviceId) { deviceRevoked(deviceId); };
    e.planErased = [this](const QString &planId, const QStringList &accountIds) { planErased(planId, accountIds); };
    return e;
}

void LiveHub::accept()
{
    while (m_server.hasPendingWebSocketConnections()) {
        QWebSocket *socket = m_server.nextPendingWebSocketConnection().release();
        socket->setParent(this);
        // Only the app connects here; a browser page always sends an Origin, so any Origin is refused.
        if (socket->requestUrl().path() != QLatin1String("/v1/live") || !socket->origin().isEmpty()) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not allowed"));
            socket->deleteLater();
            continue;
        }
        socket->setMaxAllowedIncomingMessageSize(4096);
        socket->setMaxAllowedIncomingFrameSize(4096);
        m_connections.append({ socket, {}, {}, {} });
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) { onMessage(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &) { drop(socket); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
        QTimer::singleShot(kAuthTimeoutMs, socket, [this, socket] {
            for (const Connection &c : std::as_const(m_connections)) {
                if (c.socket == socket && c.deviceId.isEmpty())
                    return drop(socket);
            }
        });
        updateGauge();
    }
}

void LiveHub::onMessage(QWebSocket *socket, const QString &text)
{
    for (Connection &c : m_connections) {
        if (c.socket != socket)
            continue;
        if (!c.deviceId.isEmpty())
            return; // nothing else is expected from a device; ignore
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        const QByteArray token = o.value(QStringLiteral("token")).toString().left(200).toLatin1();
        const QByteArray tokenHash = Crypto::sha256(token);
        auto device = token.isEmpty() ? Result<std::optional<DeviceRecord>>(std::optional<DeviceRecord> {})
                                      : m_auth.deviceOfToken(tokenHash, QDateTime::currentMSecsSinceEpoch());
        if (!device || !device->has_value()) {
            socket->sendTextMessage(QStringLiteral(R"({"type":"error","error":"unauthorised"})"));
            return drop(socket);
        }
        c.deviceId = device->value().id;
        c.accountId = device->value().accountId;
        c.tokenHash = tokenHash;
        socket->sendTextMessage(QStringLiteral(R"({"type":"ready"})"));
        return;
    }
}

void LiveHub::drop(QWebSocket *socket)
{
    for (qsizetype i = 0; i < m_connections.size(); ++i) {
        if (m_connections[i].socket == socket) {
            m_connections.removeAt(i);
            socket->disconnect(this);
            socket->close();
            socket->deleteLater();
            break;
        }
    }
    updateGauge();
}

void LiveHub::updateGauge()
{
    m_metrics.setWebSocketConnections(static_cast<int>(m_connections.size()));
}

bool LiveHub::stillSignedIn(const Connection &c, qint64 nowMs)
{
    auto device = m_auth.deviceOfToken(c.tokenHash, nowMs);
    if (!device)
        return true; // the store failed: decide at the next poke or sweep, not now
    if (device->has_value())
        return true;
    // Expired, deleted or revoked: nothing more on this socket. The device signs in again and reconnects.
    c.socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("token expired"));
    drop(c.socket);
    return false;
}

void LiveHub::sendToAccounts(const QStringList &accountIds, const QByteArray &text)
{
    int sent = 0;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QList<Connection> snapshot = m_connections; // stillSignedIn may drop connections
    for (const Connection &c : snapshot) {
        if (!c.deviceId.isEmpty() && accountIds.contains(c.accountId) && stillSignedIn(c, nowMs)) {
            c.socket->sendTextMessage(QString::fromUtf8(text));
            ++sent;
        }
    }
    m_metrics.addPokes(sent);
}

void LiveHub::planAdvanced(const QString &planId, qint64 seq)
{
    if (m_connections.isEmpty())
        return;
    auto members = m_store.members(planId);
    if (!members)
        return;
    QStringList accounts;
    for (const MemberRecord &m : members.value()) {
        if (m.status == QLatin1String("active"))
            accounts.append(m.accountId);
    }
    sendToAccounts(accounts,
                   message({ { QStringLiteral("type"), QStringLiteral("poke") }, { QStringLiteral("planId"), planId }, { QStringLiteral("seq"), seq } }));
}

void LiveHub::accessChanged(const QString &planId, const QString &memberId)
{
    if (m_connections.isEmpty())
        return;
    auto members = m_store.members(planId);
    if (!members)
        return;
    for (const MemberRecord &m : members.value()) {
        if (m.memberId != memberId)
            continue;
        // A removed member's devices drop the plan; anyone else syncs what they may now read.
        const QString type = m.status == QLatin1String("removed") ? QStringLiteral("membership-revoked") : QStringLiteral("access-changed");
        sendToAccounts({ m.accountId }, message({ { QStringLiteral("type"), type }, { QStringLiteral("planId"), planId } }));
    }
}

void LiveHub::planErased(const QString &planId, const QStringList &accountIds)
{
    // Their devices sync, hear "plan-erased" and delete their copy (docs/sync-protocol.md, "Erasing a plan").
    if (!m_connections.isEmpty())
        sendToAccounts(accountIds, message({ { QStringLiteral("type"), QStringLiteral("plan-erased") }, { QStringLiteral("planId"), planId } }));
}

void LiveHub::sweepRevoked()
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QList<Connection> snapshot = m_connections;
    for (const Connection &c : snapshot) {
        if (!c.deviceId.isEmpty() && !c.tokenHash.isEmpty()) {
            auto device = m_store.device(c.deviceId);
            // A revoked device hears "revoked" below; any other socket whose token ran out is closed here.
            if (device && device->has_value() && !device->value().revokedMs)
                stillSignedIn(c, nowMs);
        }
    }
    QStringList revoked;
    for (const Connection &c : std::as_const(m_connections)) {
        if (c.deviceId.isEmpty() || revoked.contains(c.deviceId))
            continue;
        auto device = m_store.device(c.deviceId);
        if (device && (!device->has_value() || device->value().revokedMs))
            revoked.append(c.deviceId);
    }
    for (const QString &deviceId : std::as_const(revoked))
        deviceRevoked(deviceId);
}

void LiveHub::deviceRevoked(const QString &deviceId)
{
    const QList<Connection> snapshot = m_connections;
    for (const Connection &c : snapshot) {
        if (c.deviceId == deviceId) {
            c.socket->sendTextMessage(QStringLiteral(R"({"type":"revoked"})"));
            c.socket->flush();
            drop(c.socket);
        }
    }
}

} // namespace samen::service

namespace samen::service {

void LiveHub::hear(const LiveNotice &notice)
{
    if (notice.type == QLatin1String("plan"))
        planAdvanced(notice.id, notice.seq);
    else if (notice.type == QLatin1String("access"))
        accessChanged(notice.id, notice.member);
    else if (notice.type == QLatin1String("revoked"))
        deviceRevoked(notice.id);
}

void LiveHub::resyncAll()
{
    QHash<QString, QList<QByteArray>> byAccount; // account -> its pokes
    QHash<QString, qint64> heads;
    int sent = 0;
    const QList<Connection> snapshot = m_connections;
    for (const Connection &c : snapshot) {
        if (c.deviceId.isEmpty())
            continue;
        if (!byAccount.contains(c.accountId)) {
            QList<QByteArray> pokes;
            auto plans = m_store.membershipsOfAccount(c.accountId);
            for (const MemberRecord &m : plans ? plans.value() : QList<MemberRecord> {}) {
                if (m.status != QLatin1String("active"))
                    continue;
                if (!heads.contains(m.planId)) {
                    auto head = m_store.planHead(m.planId);
                    heads.insert(m.planId, head ? head.value() : 0);
                }
                pokes.append(message({ { QStringLiteral("type"), QStringLiteral("poke") },
                                       { QStringLiteral("planId"), m.planId },
                                       { QStringLiteral("seq"), heads.value(m.planId) } }));
            }
            byAccount.insert(c.accountId, pokes);
        }
        for (const QByteArray &poke : byAccount.value(c.accountId)) {
            c.socket->sendTextMessage(QString::fromUtf8(poke));
            ++sent;
        }
    }
    m_metrics.addPokes(sent);
}

} // namespace samen::service
