// AuthApi's token cache (issue 18): a signed-in request is answered without a database
// round trip once its token was looked up, and a revocation reaches the cache at once,
// on both backends: through the SQLCipher file's data_version when another process
// revoked, through the LISTEN notice on PostgreSQL, and not at all while LISTEN is down.
#include "audit/auditlog.h"
#include "auth/authapi.h"
#include "live/pglistener.h"
#include "pgcluster.h"
#include "security/crypto.h"
#include "storage/pgservicestore.h"
#include "storage/sqlcipherservicestore.h"
#include "storage/storetransaction.h"
#include "testdir.h"
#include "waitfor.h"

#include <catch2/catch.hpp>

using namespace samen;
using namespace samen::service;
using samen::test::PgCluster;
using samen::test::TestDir;

namespace {

/** Two connections to one fresh store of the backend under test: the service's, and another process's. */
struct TwoConnections {
    QString uri; ///< PostgreSQL only
    std::unique_ptr<ServiceStore> service;
    std::unique_ptr<ServiceStore> other;
};

TwoConnections openTwice(const TestDir &dir)
{
    TwoConnections c;
    if (PgCluster::wanted()) {
        PgCluster *cluster = PgCluster::shared();
        REQUIRE(cluster);
        c.uri = cluster->freshDatabase();
        auto a = PgServiceStore::open(c.uri);
        auto b = PgServiceStore::open(c.uri);
        REQUIRE(a);
        REQUIRE(b);
        c.service = std::move(a.value());
        c.other = std::move(b.value());
        return c;
    }
    auto a = SqlCipherServiceStore::open(dir.file(QStringLiteral("service.db")), QByteArray(32, 'k'));
    REQUIRE(a);
    auto b = SqlCipherServiceStore::open(dir.file(QStringLiteral("service.db")), QByteArray(32, 'k'));
    REQUIRE(b);
    c.service = std::move(a.value());
    c.other = std::move(b.value());
    return c;
}

const QByteArray kToken = Crypto::sha256("the-token");

/** An active device with a token valid until 10^12 ms. */
void addDevice(ServiceStore &store, const QString &deviceId)
{
    REQUIRE(store.insertDevice({ deviceId, QStringLiteral("account-1"), QStringLiteral("Phone"), QByteArray(32, 'p'), 1, 0 }));
    REQUIRE(store.insertToken(kToken, deviceId, 1000000000000LL));
}

bool signedIn(AuthApi &auth, qint64 nowMs = 1000)
{
    auto device = auth.deviceOfToken(kToken, nowMs);
    REQUIRE(device);
    return device->has_value();
}

/** What another process does for `admin revoke`: one committed transaction. */
void revokeElsewhere(ServiceStore &store, const QString &deviceId)
{
    StoreTransaction tx(store);
    REQUIRE(tx.begun());
    REQUIRE(store.revokeDevice(deviceId, 2000));
    REQUIRE(store.deleteTokensOfDevice(deviceId));
    REQUIRE(tx.commit());
}

} // namespace

TEST_CASE("A token looked up once is answered from the cache, without the database", "[service][bothstores][tokencache]")
{
    TestDir dir;
    TwoConnections c = openTwice(dir);
    AuditLog audit(*c.service);
    ServiceConfig config;
    LiveEvents events;
    AuthApi auth(*c.service, audit, config, events);
    if (PgCluster::wanted())
        auth.setCacheMark([] { return qint64 { 1 }; }); // as while the LISTEN connection is up
    addDevice(*c.service, QStringLiteral("d1"));

    CHECK(signedIn(auth));
    // Removed through the service's own connection by no path that revokes (nothing does this but this test):
    // a request that still looked the token up would be refused now.
    REQUIRE(c.service->deleteTokensOfDevice(QStringLiteral("d1")));
    CHECK(signedIn(auth));
    // No entry outlives its token, nor TokenCache::kMaxAgeMs: then the token is looked up again (and is gone).
    CHECK_FALSE(signedIn(auth, 1000000000000LL));
}

TEST_CASE("A device revoked by another process is refused at once though its token was cached", "[service][bothstores][tokencache]")
{
    TestDir dir;
    TwoConnections c = openTwice(dir);
    AuditLog audit(*c.service);
    ServiceConfig config;
    LiveEvents events;
    AuthApi auth(*c.service, audit, config, events);
    addDevice(*c.service, QStringLiteral("d1"));
    std::unique_ptr<PgListener> listener;
    int heard = 0;
    if (PgCluster::wanted()) {
        // As samen-service wires it (servicemain.cpp): the cache trusts itself while LISTEN is up, and forgets on "revoked".
        listener = std::make_unique<PgListener>(c.uri, QStringLiteral("this-instance"));
        REQUIRE(listener->start());
        auth.setCacheMark([l = listener.get()] { return l->generation(); });
        QObject::connect(listener.get(), &PgListener::notice, [&](const LiveNotice &n) {
            if (n.type == QLatin1String("revoked")) {
                auth.forgetDevice(n.id);
                ++heard;
            }
        });
    }
    REQUIRE(signedIn(auth));
    REQUIRE(signedIn(auth));

    revokeElsewhere(*c.other, QStringLiteral("d1"));
    if (listener) // the notice is sent on commit; it arrives on the LISTEN socket
        REQUIRE(samen::test::waitFor([&] { return heard > 0; }, 10000));
    CHECK_FALSE(signedIn(auth));
}

TEST_CASE("While the LISTEN connection is down nothing is cached: every request looks its token up", "[service][.pgonly][tokencache]")
{
    TestDir dir;
    TwoConnections c = openTwice(dir);
    AuditLog audit(*c.service);
    ServiceConfig config;
    LiveEvents events;
    AuthApi auth(*c.service, audit, config, events);
    qint64 generation = -1; // PgListener::generation() while not listening
    auth.setCacheMark([&generation] { return generation; });
    addDevice(*c.service, QStringLiteral("d1"));

    REQUIRE(signedIn(auth));
    revokeElsewhere(*c.other, QStringLiteral("d1")); // its notice is lost: nobody listens
    CHECK_FALSE(signedIn(auth));

    SECTION("and a new LISTEN connection starts with an empty cache")
    {
        addDevice(*c.other, QStringLiteral("d2")); // the same token hash, now of another device
        generation = 1;
        auto device = auth.deviceOfToken(kToken, 1000);
        REQUIRE(device);
        REQUIRE(device->has_value());
        CHECK(device->value().id == QStringLiteral("d2"));
        revokeElsewhere(*c.other, QStringLiteral("d2"));
        generation = -1; // lost again: the notice of that revocation may never come
        CHECK_FALSE(signedIn(auth));
    }
}
