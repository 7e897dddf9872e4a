// Durability and the audit chain: restart, SIGKILL, reading the log, tamper detection.
#include "planworld.h"

#include "store/database.h"

#include <catch2/catch.hpp>

using namespace samen::test;

namespace {

/** Opens the stopped service's database with its dev key and runs one statement. */
bool tamper(const QString &dataDir, const QString &sql)
{
    const QByteArray key = QByteArray::fromHex(readRaw(dataDir + QStringLiteral("/service-db.key")).trimmed());
    auto db = samen::Database::open(dataDir + QStringLiteral("/service.db"), samen::DatabaseKey::raw(key), false);
    return db && db.value()->exec(sql).ok();
}

} // namespace

TEST_CASE("Devices, tokens, plans and operations survive a restart and a SIGKILL", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());
    auto api = std::make_unique<ApiClient>(service.port(), service.certificate());
    PlanWorld world(*api, service);
    REQUIRE(world.build());
    REQUIRE(world.push(world.owner, world.goal(world.owner.memberId, QStringLiteral("housing"), newUuid(), QStringLiteral("Before restart"))).status == 200);
    REQUIRE(service.stop() == 0);
    CHECK(service.output().contains("Stopped."));
    // The database is encrypted: no plan text in the files.
    CHECK_FALSE(readRaw(dir.file(QStringLiteral("data/service.db"))).contains("Before restart"));

    REQUIRE(service.start());
    CHECK_FALSE(service.output().contains("Generated a development database key"));
    ApiClient again(service.port(), service.certificate());
    const Reply pulled = again.get(world.plan(QStringLiteral("/ops")), world.owner.device.token);
    REQUIRE(pulled.status == 200);
    CHECK(pulledTitles(pulled) == QStringList { QStringLiteral("Before restart") });
    CHECK(pulledTitles(again.get(world.plan(QStringLiteral("/ops")), world.friendReader.device.token)) == QStringList { QStringLiteral("Before restart") });
    CHECK(again.get(QStringLiteral("/v1/devices"), world.revoked.device.token).status == 401);

    const Reply pushed
        = again.post(world.plan(QStringLiteral("/ops")),
                     { { QStringLiteral("ops"), world.goal(world.owner.memberId, QStringLiteral("work"), newUuid(), QStringLiteral("Before kill")) } },
                     world.owner.device.token);
    REQUIRE(pushed.status == 200);
    service.kill();
    REQUIRE(service.start());
    ApiClient third(service.port(), service.certificate());
    CHECK(pulledTitles(third.get(world.plan(QStringLiteral("/ops")), world.owner.device.token))
          == QStringList { QStringLiteral("Before kill"), QStringLiteral("Before restart") });
    QByteArray text;
    service.stop();
    CHECK(service.admin({ QStringLiteral("audit"), QStringLiteral("verify") }, &text) == 0);
    CHECK(text.contains("intact"));
}

TEST_CASE("The owner reads the plan's audit log, which records reads and changes", "[service]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    REQUIRE(world.push(world.professional, world.goal(world.professional.memberId, QStringLiteral("work"), newUuid(), QStringLiteral("Job"))).status == 200);
    REQUIRE(api.get(world.plan(QStringLiteral("/ops")), world.professional.device.token).status == 200);
    // A pull that returns nothing readable (the friend may read housing only) is not recorded.
    REQUIRE(api.get(world.plan(QStringLiteral("/ops")), world.friendReader.device.token).status == 200);

    const Reply log = api.get(world.plan(QStringLiteral("/audit")), world.owner.device.token);
    REQUIRE(log.status == 200);
    QStringList actions;
    QString previous;
    for (const QJsonValue &e : log.json.value(QStringLiteral("entries")).toArray())
        actions.append(e[QStringLiteral("action")].toString());
    for (const char *expected : { "plan.create", "invitation.create", "invitation.redeem", "member.confirm", "ops.write", "ops.read" })
        CHECK(actions.contains(QLatin1String(expected)));
    CHECK_FALSE(log.body.contains("Job")); // the log records who and what kind, not plan content
    CHECK(api.get(world.plan(QStringLiteral("/audit")), world.professional.device.token).status == 403);
    CHECK(api.get(world.plan(QStringLiteral("/audit")), world.stranger.device.token).status == 404);
    CHECK(api.get(world.plan(QStringLiteral("/audit?limit=0")), world.owner.device.token).status == 400);
}

TEST_CASE("admin audit verify names the first altered or removed entry", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());
    {
        ApiClient api(service.port(), service.certificate());
        PlanWorld world(api, service);
        REQUIRE(world.build());
    }
    REQUIRE(service.stop() == 0);
    QByteArray text;
    REQUIRE(service.admin({ QStringLiteral("audit"), QStringLiteral("verify") }, &text) == 0);

    SECTION("an altered entry")
    {
        REQUIRE(tamper(service.dataDir(), QStringLiteral("UPDATE audit SET action = 'grant.remove' WHERE seq = 5")));
        CHECK(service.admin({ QStringLiteral("audit"), QStringLiteral("verify") }, &text) != 0);
        CHECK(text.contains("entry 5"));
    }
    SECTION("an altered entry whose hash was recomputed without the chain")
    {
        REQUIRE(
            tamper(service.dataDir(),
                   QStringLiteral("UPDATE audit SET hash = (CASE WHEN substr(hash, 1, 2) = 'ab' THEN 'cd' ELSE 'ab' END) || substr(hash, 3) WHERE seq = 4")));
        CHECK(service.admin({ QStringLiteral("audit"), QStringLiteral("verify") }, &text) != 0);
        CHECK(text.contains("entry 4"));
    }
    SECTION("a removed entry")
    {
        REQUIRE(tamper(service.dataDir(), QStringLiteral("DELETE FROM audit WHERE seq = 3")));
        CHECK(service.admin({ QStringLiteral("audit"), QStringLiteral("verify") }, &text) != 0);
        CHECK((text.contains("is missing") || text.contains("removed from its end")));
    }
    SECTION("an unknown admin command is a usage error")
    {
        CHECK(service.admin({ QStringLiteral("launch") }, &text) == 2);
    }
}
