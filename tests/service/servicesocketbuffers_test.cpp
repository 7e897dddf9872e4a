// An idle connection gives back its write buffers (issues 16 and 18: an idle WebSocket under 32 KiB;
// service/runtime/socketbuffers.*). In-process: the real CaseServer over TLS on 127.0.0.1 with a real SQLCipher
// store, live WebSockets signed in with real tokens; the server's own sockets are inspected through the same
// accessor that releases their buffers. How much memory that saves is a figure of the service benchmark
// (scripts/bench service), not asserted here.
#include "http/caseserver.h"
#include "live/livehub.h"
#include "runtime/serviceconfig.h"
#include "runtime/socketbuffers.h"
#include "security/crypto.h"
#include "security/devtls.h"
#include "security/signingkey.h"
#include "servicefixture.h"
#include "storage/sqlcipherservicestore.h"
#include "waitfor.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QPointer>
#include <QRegularExpression>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QWebSocket>

#include <memory>
#include <vector>

using namespace samen;
using namespace samen::service;
using namespace samen::test;

namespace {

/** Bytes held by the read and write buffers of a device. */
qint64 heldBytesOf(const QIODevice &device)
{
    return SocketBuffers::heldReadBytes(device) + SocketBuffers::heldWriteBytes(device);
}

/** Bytes held by the read and write buffers of a server-side TLS socket and of the TCP socket under it. */
qint64 heldBytes(QSslSocket &socket)
{
    QTcpSocket *plain = SocketBuffers::plainSocketOf(socket);
    return heldBytesOf(socket) + (plain ? heldBytesOf(*plain) : 0);
}

/** samen_socket_buffer_releases_total in /metrics; -1 when it is not there. */
long long releasesCounted(ApiClient &api)
{
    const Reply metrics = api.get(QStringLiteral("/metrics"));
    const auto match = QRegularExpression(QStringLiteral("^samen_socket_buffer_releases_total (\\d+)$"), QRegularExpression::MultilineOption)
                           .match(QString::fromUtf8(metrics.body));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

/** One device's live socket and what it heard. */
struct LiveDevice {
    std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
    QStringList heard; ///< message types
};

} // namespace

TEST_CASE("Socket buffers: the Qt version compiled against, and no other, may use Qt's private API", "[service][memory]")
{
    CHECK(SocketBuffers::sameVersion("6.4.2", "6.4.2"));
    CHECK_FALSE(SocketBuffers::sameVersion("6.4.3", "6.4.2"));
    CHECK_FALSE(SocketBuffers::sameVersion("6.5.0", "6.4.2"));
    CHECK_FALSE(SocketBuffers::sameVersion(nullptr, "6.4.2"));
    CHECK(SocketBuffers::sameVersion(qVersion(), QT_VERSION_STR));
    CHECK(SocketBuffers::available()); // this build runs with the Qt it was built against
}

TEST_CASE("Socket buffers: the accessor sees the bytes a socket still has to write", "[service][memory]")
{
    QTcpServer listener;
    REQUIRE(listener.listen(QHostAddress::LocalHost, 0));
    QTcpSocket socket;
    CHECK(SocketBuffers::heldWriteBytes(socket) == 0); // nothing written yet: no chunk
    socket.connectToHost(QHostAddress::LocalHost, listener.serverPort());
    socket.write(QByteArray(1000, 'x')); // queued until connected
    CHECK(SocketBuffers::heldWriteBytes(socket) >= 1000);

    // Read side: the bytes that arrived are held until read, and Qt keeps the emptied 16 KiB chunk after that.
    CHECK(SocketBuffers::heldReadBytes(socket) == 0);
    REQUIRE(listener.waitForNewConnection(10000));
    std::unique_ptr<QTcpSocket> accepted(listener.nextPendingConnection());
    accepted->write(QByteArray(100, 'y'));
    REQUIRE(waitFor([&socket] { return socket.bytesAvailable() == 100; }, 10000));
    CHECK(SocketBuffers::heldReadBytes(socket) >= 100);
    CHECK(socket.readAll().size() == 100);
    CHECK(SocketBuffers::heldReadBytes(socket) > 0); // kept empty for the next read: what releaseIfIdle gives back
}

TEST_CASE("Socket buffers: idle live WebSockets over TLS hold no read or write chunks, and a poke after the release arrives", "[service][memory][live]")
{
    REQUIRE(SocketBuffers::available());
    TestDir dir;
    auto tls = loadOrCreateDevTls(dir.path());
    REQUIRE(tls);
    auto opened = SqlCipherServiceStore::open(dir.file(QStringLiteral("service.db")), QByteArray(32, 'b'));
    REQUIRE(opened);
    SqlCipherServiceStore &store = *opened.value();
    auto auditKey = SigningKey::generate(dir.file(QStringLiteral("audit-head.key")));
    REQUIRE(auditKey);
    ServiceConfig config;
    CaseServer server(tls.value(), store, config, auditKey.value());
    const quint16 port = server.listenOn(QHostAddress::LocalHost, 0);
    REQUIRE(port != 0);
    auto *listener = server.findChild<QSslServer *>();
    REQUIRE(listener != nullptr);
    std::vector<QPointer<QSslSocket>> serverSockets; // the service's side of every connection
    QObject::connect(listener, &QSslServer::startedEncryptionHandshake, [&serverSockets](QSslSocket *s) { serverSockets.emplace_back(s); });

    const QString planId = QStringLiteral("plan-1");
    REQUIRE(store.insertPlan(planId, QStringLiteral("account-owner"), 1));
    QSslConfiguration clientTls = QSslConfiguration::defaultConfiguration();
    clientTls.setCaCertificates({ tls->certificate });
    clientTls.setPeerVerifyMode(QSslSocket::VerifyPeer);

    constexpr int kDevices = 5;
    std::vector<std::unique_ptr<LiveDevice>> devices;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (int n = 0; n < kDevices; ++n) {
        const QString deviceId = QStringLiteral("device-%1").arg(n);
        const QString accountId = QStringLiteral("account-%1").arg(n);
        const QByteArray token = QByteArrayLiteral("token-") + QByteArray::number(n);
        REQUIRE(store.insertDevice({ deviceId, accountId, QStringLiteral("phone"), QByteArray(32, 'k'), nowMs, 0 }));
        REQUIRE(store.insertToken(Crypto::sha256(token), deviceId, nowMs + 3600 * 1000));
        REQUIRE(store.upsertMember({ planId, QStringLiteral("member-%1").arg(n), accountId, QStringLiteral("network"), QStringLiteral("member"),
                                     QStringLiteral("active"), nowMs, QString() }));
        auto device = std::make_unique<LiveDevice>();
        LiveDevice *raw = device.get();
        QObject::connect(raw->socket.get(), &QWebSocket::textMessageReceived, [raw](const QString &text) {
            raw->heard.append(QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("type")).toString());
        });
        raw->socket->setSslConfiguration(clientTls);
        raw->socket->open(QUrl(QStringLiteral("wss://127.0.0.1:%1/v1/live").arg(port)));
        REQUIRE(waitFor([raw] { return raw->socket->state() == QAbstractSocket::ConnectedState; }, 10000));
        raw->socket->sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("token"), QString::fromLatin1(token) } }).toJson()));
        REQUIRE(waitFor([raw] { return raw->heard.contains(QStringLiteral("ready")); }, 10000));
        devices.push_back(std::move(device));
    }
    REQUIRE(server.liveHub().signedInCount() == kDevices);
    REQUIRE(serverSockets.size() == static_cast<std::size_t>(kDevices));

    auto allIdleReleased = [&serverSockets] {
        for (const QPointer<QSslSocket> &socket : serverSockets) {
            if (!socket || SocketBuffers::plainSocketOf(*socket) == nullptr || heldBytes(*socket) != 0)
                return false;
        }
        return true;
    };
    // Each socket read the handshake, the upgrade request and the token, and wrote its handshake, the 101 answer and
    // "ready": both 16 KiB read chunks and both 32 KiB write chunks were used. Once the reads and writes are done they
    // are given back (before: the read chunks kept for as long as the socket is open, 32768 bytes each; before that
    // the write chunks too).
    const bool released = waitFor(allIdleReleased, 10000);
    QString held;
    for (const QPointer<QSslSocket> &socket : serverSockets)
        held += QStringLiteral(" %1").arg(socket ? heldBytes(*socket) : -1);
    INFO("bytes held by the server's sockets:" << held.toStdString());
    CHECK(released);
    for (const QPointer<QSslSocket> &socket : serverSockets) {
        REQUIRE(socket);
        CHECK(socket->bytesToWrite() == 0);
        CHECK(socket->encryptedBytesToWrite() == 0);
    }

    // Written to again after the release: the pokes arrive, and the chunks they took are given back again.
    server.liveHub().planAdvanced(planId, 7);
    CHECK(waitFor(
        [&devices] {
            for (const auto &d : devices) {
                if (!d->heard.contains(QStringLiteral("poke")))
                    return false;
            }
            return true;
        },
        10000));
    CHECK(waitFor(allIdleReleased, 10000));
    for (const auto &d : devices)
        CHECK(d->socket->state() == QAbstractSocket::ConnectedState);

    // Read from again: each device's ping is read by the service and answered, and the chunks are given back again.
    int pongs = 0;
    for (const auto &d : devices) {
        QObject::connect(d->socket.get(), &QWebSocket::pong, [&pongs](quint64, const QByteArray &payload) { pongs += payload == "still there?"; });
        d->socket->ping("still there?");
    }
    CHECK(waitFor([&pongs] { return pongs == kDevices; }, 10000));
    CHECK(waitFor(allIdleReleased, 10000));

    // Counted in /metrics (the HTTPS request for it is a connection of its own, released too).
    ApiClient api(port, tls->certificate);
    const long long counted = releasesCounted(api);
    CHECK(counted >= 2 * kDevices); // at least once after "ready" and once after the poke, per socket
}
