#include "live/livehub.h"

#include "auth/authapi.h"
#include "http/metrics.h"
#include "security/crypto.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

Q_LOGGING_CATEGORY(lcLive, "samen.live")

namespace samen::service {

namespace {

QByteArray message(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

constexpr int kAuthTimeoutMs = 10000;
// How far back a sweep looks beyond the previous one: another process's clock may lag this one's.
constexpr qint64 kClockMarginMs = 60 * 1000;

} // namespace

LiveHub::LiveHub(QAbstractHttpServer &server, ServiceStore &store, AuthApi &auth, Metrics &metrics, int sweepMs, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_store(store)
    , m_auth(auth)
    , m_metrics(metrics)
    , m_sweptFromMs(QDateTime::currentMSecsSinceEpoch() - kClockMarginMs)
{
    if (auto mark = m_store.changesByOthers())
        m_changeMark = mark.value();
    connect(&m_server, &QAbstractHttpServer::newWebSocketConnection, this, &LiveHub::accept);
    m_sweep = new QTimer(this);
    m_sweep->setInterval(sweepMs);
    connect(m_sweep, &QTimer::timeout, this, &LiveHub::sweep);
    m_sweep->start();
}

LiveHub::~LiveHub()
{
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->deleteLater();
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
        m_connections.insert(socket, {});
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) { onMessage(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &) { drop(socket); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
        QTimer::singleShot(kAuthTimeoutMs, socket, [this, socket] {
            if (auto it = m_connections.constFind(socket); it != m_connections.cend() && it->deviceId.isEmpty())
                drop(socket);
        });
        updateGauge();
    }
}

void LiveHub::onMessage(QWebSocket *socket, const QString &text)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || !it->deviceId.isEmpty())
        return; // nothing else is expected from a device; ignore
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QByteArray token = o.value(QStringLiteral("token")).toString().left(200).toLatin1();
    const QByteArray tokenHash = Crypto::sha256(token);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    auto device = token.isEmpty() ? Result<std::optional<DeviceRecord>>(std::optional<DeviceRecord> {}) : m_auth.deviceOfToken(tokenHash, nowMs);
    // The token's expiry, kept with the socket so no later check needs the store.
    auto live = device && device->has_value() ? m_store.liveToken(tokenHash, nowMs) : Result<std::optional<TokenRecord>>(std::optional<TokenRecord> {});
    if (!live || !live->has_value()) {
        socket->sendTextMessage(QStringLiteral(R"({"type":"error","error":"unauthorised"})"));
        return drop(socket);
    }
    it->deviceId = device->value().id;
    it->accountId = device->value().accountId;
    it->tokenExpiresMs = live->value().expiresMs;
    m_byAccount.insert(it->accountId, socket);
    m_byDevice.insert(it->deviceId, socket);
    socket->sendTextMessage(QStringLiteral(R"({"type":"ready"})"));
}

void LiveHub::drop(QWebSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it != m_connections.end()) {
        if (!it->deviceId.isEmpty()) {
            m_byAccount.remove(it->accountId, socket);
            m_byDevice.remove(it->deviceId, socket);
        }
        m_connections.erase(it);
        socket->disconnect(this);
        socket->close();
        socket->deleteLater();
    }
    updateGauge();
}

void LiveHub::updateGauge()
{
    m_metrics.setWebSocketConnections(static_cast<int>(m_connections.size()));
}

void LiveHub::catchUp()
{
    auto mark = m_store.changesByOthers(); // SQLCipher: PRAGMA data_version, no table; PostgreSQL: -1 (revocations come as notices)
    if (!mark || mark.value() < 0 || mark.value() == m_changeMark)
        return;
    m_changeMark = mark.value();
    sweep();
}

void LiveHub::sendToAccounts(const QStringList &accountIds, const QByteArray &text)
{
    catchUp();
    int sent = 0;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QSet<QString> done;
    for (const QString &account : accountIds) {
        if (done.contains(account))
            continue;
        done.insert(account);
        const QList<QWebSocket *> sockets = m_byAccount.values(account); // a copy: drop() changes the index
        for (QWebSocket *socket : sockets) {
            if (m_connections.value(socket).tokenExpiresMs <= nowMs) {
                // Its token ran out: nothing more on this socket. The device signs in again and reconnects.
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("token expired"));
                drop(socket);
                continue;
            }
            socket->sendTextMessage(QString::fromUtf8(text));
            ++sent;
        }
    }
    m_metrics.addPokes(sent);
}

void LiveHub::planAdvanced(const QString &planId, qint64 seq)
{
    if (m_byAccount.isEmpty())
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
    if (m_byAccount.isEmpty())
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
    if (!m_byAccount.isEmpty())
        sendToAccounts(accountIds, message({ { QStringLiteral("type"), QStringLiteral("plan-erased") }, { QStringLiteral("planId"), planId } }));
}

void LiveHub::sweep()
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QList<QWebSocket *> expired;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (!it->deviceId.isEmpty() && it->tokenExpiresMs <= nowMs)
            expired.append(it.key());
    }
    for (QWebSocket *socket : std::as_const(expired)) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("token expired"));
        drop(socket);
    }
    if (m_byDevice.isEmpty())
        return;
    // One query for every socket: the devices revoked since the last sweep (with a margin for another process's clock).
    auto revoked = m_store.devicesRevokedSince(m_sweptFromMs);
    if (!revoked)
        return; // the store failed: the next sweep looks again from the same time
    m_sweptFromMs = nowMs - kClockMarginMs;
    for (const QString &deviceId : revoked.value()) {
        if (m_byDevice.contains(deviceId))
            deviceRevoked(deviceId);
    }
}

void LiveHub::deviceRevoked(const QString &deviceId)
{
    const QList<QWebSocket *> sockets = m_byDevice.values(deviceId);
    for (QWebSocket *socket : sockets) {
        socket->sendTextMessage(QStringLiteral(R"({"type":"revoked"})"));
        socket->flush();
        drop(socket);
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
    int sent = 0;
    QHash<QString, qint64> heads;
    const QList<QString> accounts = m_byAccount.uniqueKeys();
    for (const QString &account : accounts) {
        QList<QByteArray> pokes;
        auto plans = m_store.membershipsOfAccount(account);
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
        for (QWebSocket *socket : m_byAccount.values(account)) {
            for (const QByteArray &poke : std::as_const(pokes)) {
                socket->sendTextMessage(QString::fromUtf8(poke));
                ++sent;
            }
        }
    }
    m_metrics.addPokes(sent);
}

} // namespace samen::service
