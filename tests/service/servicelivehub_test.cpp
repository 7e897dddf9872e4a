// The live hub at scale (issue 18): its sockets are indexed by account and by device, so a poke
// touches only the plan's members' sockets and a revocation sweep is one query of the store,
// whatever the number of sockets. In-process: a real LiveHub over real WebSockets on 127.0.0.1
// (plain TCP: TLS is CaseServer's part) and a real SQLCipher store, whose statements are counted.
#include "audit/auditlog.h"
#include "auth/authapi.h"
#include "http/metrics.h"
#include "live/livehub.h"
#include "runtime/serviceconfig.h"
#include "security/crypto.h"
#include "storage/sqlcipherservicestore.h"
#include "testdir.h"
#include "waitfor.h"

#include <catch2/catch.hpp>

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QWebSocket>

#include <memory>

using namespace samen;
using namespace samen::service;
using samen::test::TestDir;
using samen::test::waitFor;

namespace {

/** Hands every WebSocket upgrade to the hub, as CaseServer does. */
class UpgradeServer : public QAbstractHttpServer
{
protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *) override
    {
        return request.value(QByteArrayLiteral("Upgrade")).compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive) == 0;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override { socket->disconnectFromHost(); }
};

/** One device's socket: what it heard, and whether it was closed. */
struct Device {
    QString id;
    QString accountId;
    QByteArray token;
    std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
    QStringList heard; ///< message types
    bool closed = false;
};

/** A store with a plan of one owner, and devices on accounts of their own; the hub on a free port. */
struct Hub {
    TestDir dir;
    std::unique_ptr<SqlCipherServiceStore> store;
    std::unique_ptr<AuditLog> audit;
    ServiceConfig config;
    std::unique_ptr<AuthApi> auth;
    Metrics metrics;
    UpgradeServer server;
    std::unique_ptr<LiveHub> hub;
    quint16 port = 0;
    std::vector<std::unique_ptr<Device>> devices;

    Hub()
    {
        auto opened = SqlCipherServiceStore::open(dir.file(QStringLiteral("service.db")), QByteArray(32, 'h'));
        REQUIRE(opened);
        store = std::move(opened.value());
        audit = std::make_unique<AuditLog>(*store);
        auth = std::make_unique<AuthApi>(*store, *audit, config, LiveEvents {});
        hub = std::make_unique<LiveHub>(server, *store, *auth, metrics, 3600 * 1000);
        port = server.listen(QHostAddress::LocalHost, 0);
        REQUIRE(port != 0);
    }

    /** A device of its own account (member of planId when given), signed in on a socket. */
    Device &connect(const QString &planId)
    {
        auto d = std::make_unique<Device>();
        const int n = static_cast<int>(devices.size());
        d->id = QStringLiteral("device-%1").arg(n);
        d->accountId = QStringLiteral("account-%1").arg(n);
        d->token = QByteArrayLiteral("token-") + QByteArray::number(n);
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        REQUIRE(store->insertDevice({ d->id, d->accountId, QStringLiteral("phone"), QByteArray(32, 'k'), nowMs, 0 }));
        REQUIRE(store->insertToken(Crypto::sha256(d->token), d->id, nowMs + 3600 * 1000));
        if (!planId.isEmpty())
            REQUIRE(store->upsertMember({ planId, QStringLiteral("member-%1").arg(n), d->accountId, QStringLiteral("network"), QStringLiteral("member"),
                                          QStringLiteral("active"), nowMs, QString() }));
        Device *raw = d.get();
        QObject::connect(raw->socket.get(), &QWebSocket::textMessageReceived, [raw](const QString &text) {
            raw->heard.append(QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("type")).toString());
        });
        QObject::connect(raw->socket.get(), &QWebSocket::disconnected, [raw] { raw->closed = true; });
        raw->socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/live").arg(port)));
        REQUIRE(waitFor([raw] { return raw->socket->state() == QAbstractSocket::ConnectedState || raw->closed; }, 10000));
        raw->socket->sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("token"), QString::fromLatin1(raw->token) } }).toJson()));
        REQUIRE(waitFor([raw] { return raw->heard.contains(QStringLiteral("ready")); }, 10000));
        devices.push_back(std::move(d));
        return *raw;
    }
};

} // namespace

TEST_CASE("Live hub: a revocation sweep is one query of the store, however many sockets are signed in", "[service][live]")
{
    Hub h;
    constexpr int kSockets = 20;
    for (int i = 0; i < kSockets; ++i)
        h.connect(QString());
    REQUIRE(h.hub->signedInCount() == kSockets);

    qint64 before = h.store->statementCount();
    h.hub->sweep();
    CHECK(h.store->statementCount() - before == 1); // before: three statements per signed-in socket (60 here)

    // A device revoked by another process (admin revoke) is found by that one query and cut off; the others stay.
    REQUIRE(h.store->revokeDevice(h.devices[3]->id, QDateTime::currentMSecsSinceEpoch()));
    REQUIRE(h.store->deleteTokensOfDevice(h.devices[3]->id));
    before = h.store->statementCount();
    h.hub->sweep();
    CHECK(h.store->statementCount() - before == 1);
    Device &revoked = *h.devices[3];
    CHECK(waitFor([&revoked] { return revoked.closed; }, 10000));
    CHECK(revoked.heard.contains(QStringLiteral("revoked")));
    CHECK(h.hub->signedInCount() == kSockets - 1);
    for (int i = 0; i < kSockets; ++i) {
        if (i != 3)
            CHECK_FALSE(h.devices[i]->closed);
    }
}

TEST_CASE("Live hub: a poke reaches the plan's members' sockets with a look-up of its members, not a query or a look per socket", "[service][live]")
{
    Hub h;
    const QString planId = QStringLiteral("plan-1");
    REQUIRE(h.store->insertPlan(planId, QStringLiteral("account-owner"), 1));
    Device &member = h.connect(planId);
    Device &otherMember = h.connect(planId);
    for (int i = 0; i < 20; ++i)
        h.connect(QString()); // strangers to the plan

    qint64 before = h.store->statementCount();
    h.hub->planAdvanced(planId, 7);
    // The plan's members (one query) and whether another process committed (one PRAGMA); before: a token look-up per member's socket.
    CHECK(h.store->statementCount() - before <= 2);
    CHECK(waitFor([&] { return member.heard.contains(QStringLiteral("poke")) && otherMember.heard.contains(QStringLiteral("poke")); }, 10000));
    for (std::size_t i = 2; i < h.devices.size(); ++i)
        CHECK_FALSE(h.devices[i]->heard.contains(QStringLiteral("poke")));

    // A socket that closes leaves both indexes: the next poke neither finds nor counts it.
    member.socket->close();
    REQUIRE(waitFor([&h] { return h.hub->signedInCount() == 21; }, 10000));
    CHECK(h.hub->connectionCount() == 21);
    otherMember.heard.clear();
    h.hub->planAdvanced(planId, 8);
    CHECK(waitFor([&] { return otherMember.heard.contains(QStringLiteral("poke")); }, 10000));
}
