// Two samen-service instances on one PostgreSQL database: a change made through one
// reaches live sockets on the other (NOTIFY sent in the committing transaction, one
// LISTEN connection per instance), and a cut LISTEN connection ends in a resync poke.
// Tagged [pgonly]: runs in the "pg service:" CTests.
#include "planworld.h"

#include <catch2/catch.hpp>

using namespace samen::test;

TEST_CASE("A push through one instance pokes a device whose live socket is on another", "[service][.pgonly]")
{
    REQUIRE(PgCluster::wanted());
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    ServiceProcess second(dir.file(QStringLiteral("data"))); // same data folder: same certificate and the same database
    REQUIRE(second.start());
    LiveClient owner(second.port(), second.certificate());
    LiveClient professional(second.port(), second.certificate());
    REQUIRE(owner.signIn(world.owner.device.token)); // a token issued by the first instance admits on the second
    REQUIRE(professional.signIn(world.professional.device.token));

    const Reply pushed = world.push(world.professional, world.goal(world.professional.memberId, QStringLiteral("work"), newUuid(), QStringLiteral("A job")));
    REQUIRE(pushed.status == 200);
    const QJsonObject poke = owner.next(QStringLiteral("poke"), 10000);
    REQUIRE_FALSE(poke.isEmpty());
    CHECK(poke.value(QStringLiteral("planId")).toString() == world.planId);
    CHECK(poke.value(QStringLiteral("seq")).toInteger() == pushed.json.value(QStringLiteral("accepted")).toArray().last()[QStringLiteral("seq")].toInteger());

    SECTION("a grant changed through the first instance is heard on the second")
    {
        REQUIRE(api.post(world.plan(QStringLiteral("/grants")),
                         { { QStringLiteral("memberId"), world.professional.memberId },
                           { QStringLiteral("domainKey"), QStringLiteral("housing") },
                           { QStringLiteral("access"), QStringLiteral("read") } },
                         world.owner.device.token)
                    .status
                == 201);
        CHECK_FALSE(professional.next(QStringLiteral("access-changed"), 10000).isEmpty());
    }
    SECTION("a device revoked through the first instance hears it on the second")
    {
        REQUIRE(revokeFromSecondDevice(api, world.professional.device) == 200);
        CHECK_FALSE(professional.next(QStringLiteral("revoked"), 10000).isEmpty());
        CHECK(professional.waitClosed());
    }
    SECTION("when the second instance's LISTEN connection is cut, its sockets get a resync poke for every plan")
    {
        PgCluster *cluster = PgCluster::shared();
        REQUIRE(cluster);
        const QString database = PgCluster::serviceArgs(dir.file(QStringLiteral("data"))).last().section(QLatin1Char('/'), -1);
        REQUIRE(cluster->psql(
            database, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND datname = current_database()")));
        // Both instances' listeners were cut; each pokes its own sockets with the plan's head.
        const QJsonObject resync = owner.next(QStringLiteral("poke"), 15000);
        REQUIRE_FALSE(resync.isEmpty());
        CHECK(resync.value(QStringLiteral("planId")).toString() == world.planId);
        CHECK(resync.value(QStringLiteral("seq")).toInteger() == poke.value(QStringLiteral("seq")).toInteger());
    }
}
