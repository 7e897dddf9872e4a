// WebSocket pokes and revocation events over real WSS, and the snapshot a device
// fetches when its access is new or changed.
#include "planworld.h"

#include <catch2/catch.hpp>

using namespace samen::test;

namespace {

qint64 lastAcceptedSeq(const Reply &r)
{
    const QJsonArray accepted = r.json.value(QStringLiteral("accepted")).toArray();
    return accepted.isEmpty() ? -1 : accepted.last()[QStringLiteral("seq")].toInteger();
}

/** Values of "field" among the snapshot's operations, sorted. */
QStringList snapshotValues(const Reply &snapshot, const QString &field)
{
    QStringList values;
    for (const QJsonValue &op : snapshot.json.value(QStringLiteral("ops")).toArray()) {
        if (op[QStringLiteral("field")].toString() == field)
            values.append(op[QStringLiteral("value")].toString());
    }
    values.sort();
    return values;
}

} // namespace

TEST_CASE("Connected devices are poked when another device pushes, and hear revocations", "[service][bothstores]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    LiveClient owner(service.port(), service.certificate());
    LiveClient friendSocket(service.port(), service.certificate());
    LiveClient professional(service.port(), service.certificate());
    LiveClient stranger(service.port(), service.certificate());
    REQUIRE(owner.signIn(world.owner.device.token));
    REQUIRE(friendSocket.signIn(world.friendReader.device.token));
    REQUIRE(professional.signIn(world.professional.device.token));
    REQUIRE(stranger.signIn(world.stranger.device.token));

    const Reply pushed = world.push(world.professional, world.goal(world.professional.memberId, QStringLiteral("work"), newUuid(), QStringLiteral("A job")));
    REQUIRE(pushed.status == 200);
    const QJsonObject poke = owner.next(QStringLiteral("poke"));
    REQUIRE_FALSE(poke.isEmpty());
    CHECK(poke.value(QStringLiteral("planId")).toString() == world.planId);
    CHECK(poke.value(QStringLiteral("seq")).toInteger() == lastAcceptedSeq(pushed));
    CHECK_FALSE(poke.contains(QStringLiteral("value"))); // a poke carries no plan content
    CHECK_FALSE(friendSocket.next(QStringLiteral("poke"), 3000).isEmpty());
    CHECK_FALSE(stranger.hears(QStringLiteral("poke"), 300));

    SECTION("a member whose grants change hears access-changed")
    {
        REQUIRE(api.post(world.plan(QStringLiteral("/grants")),
                         { { QStringLiteral("memberId"), world.professional.memberId },
                           { QStringLiteral("domainKey"), QStringLiteral("housing") },
                           { QStringLiteral("access"), QStringLiteral("read") } },
                         world.owner.device.token)
                    .status
                == 201);
        const QJsonObject changed = professional.next(QStringLiteral("access-changed"));
        CHECK(changed.value(QStringLiteral("planId")).toString() == world.planId);
        CHECK_FALSE(friendSocket.hears(QStringLiteral("access-changed"), 300));
    }
    SECTION("a removed member hears membership-revoked and is no longer poked")
    {
        REQUIRE(api.del(world.plan(QStringLiteral("/members/")) + world.friendReader.memberId, world.owner.device.token).status == 200);
        const QJsonObject revoked = friendSocket.next(QStringLiteral("membership-revoked"));
        CHECK(revoked.value(QStringLiteral("planId")).toString() == world.planId);
        REQUIRE(world.push(world.owner, world.goal(world.owner.memberId, QStringLiteral("housing"), newUuid(), QStringLiteral("Rent"))).status == 200);
        CHECK(owner.hears(QStringLiteral("poke"), 3000));
        CHECK_FALSE(friendSocket.hears(QStringLiteral("poke"), 300));
    }
    SECTION("a revoked device hears revoked and its socket is closed")
    {
        REQUIRE(revokeFromSecondDevice(api, world.professional.device) == 200);
        CHECK_FALSE(professional.next(QStringLiteral("revoked")).isEmpty());
        CHECK(professional.waitClosed());
        CHECK_FALSE(owner.isClosed());
    }
}

TEST_CASE("The live socket refuses bad tokens, browser origins and binary frames", "[service][bothstores]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());
    ApiClient api(service.port(), service.certificate());
    TestDevice phone(41);
    REQUIRE(phone.enrolAndSignIn(api));

    LiveClient forged(service.port(), service.certificate());
    REQUIRE(forged.open());
    forged.send(R"({"token":"forged"})");
    CHECK(forged.next(QStringLiteral("error")).value(QStringLiteral("error")).toString() == QStringLiteral("unauthorised"));
    CHECK(forged.waitClosed());

    LiveClient garbage(service.port(), service.certificate());
    REQUIRE(garbage.open());
    garbage.send(QByteArray(3000, '['));
    CHECK(garbage.waitClosed());

    LiveClient browser(service.port(), service.certificate(), QStringLiteral("https://evil.example"));
    CHECK_FALSE(browser.signIn(phone.token));

    LiveClient good(service.port(), service.certificate());
    CHECK(good.signIn(phone.token));
    CHECK(api.get(QStringLiteral("/healthz")).status == 200);
}

TEST_CASE("A snapshot holds the current state the caller may read and the sequence number to pull after", "[service][bothstores]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const QString me = world.owner.memberId;
    const QString homeGoal = newUuid();
    REQUIRE(world.push(world.owner, world.goal(me, QStringLiteral("housing"), homeGoal, QStringLiteral("A home"))).status == 200);
    REQUIRE(world.push(world.owner, world.goal(me, QStringLiteral("work"), newUuid(), QStringLiteral("A job"))).status == 200);
    REQUIRE(world.push(world.owner, world.goal(me, QStringLiteral("finances"), newUuid(), QStringLiteral("No debts"))).status == 200);
    // A later title replaces the first: the snapshot holds only the current value.
    const Reply renamed
        = world.push(world.owner, { makeOp(world.planId, me, QStringLiteral("goal"), homeGoal, QStringLiteral("title"), QStringLiteral("A warm home"), 1000) });
    REQUIRE(renamed.status == 200);
    const qint64 head = lastAcceptedSeq(renamed);
    auto snapshot = [&](Participant &p) { return api.get(world.plan(QStringLiteral("/snapshot")), p.device.token); };

    const Reply owner = snapshot(world.owner);
    REQUIRE(owner.status == 200);
    CHECK(owner.json.value(QStringLiteral("seq")).toInteger() == head);
    CHECK(snapshotValues(owner, QStringLiteral("title")) == QStringList { QStringLiteral("A job"), QStringLiteral("A warm home"), QStringLiteral("No debts") });
    CHECK(owner.json.value(QStringLiteral("ops")).toArray().size() == 9); // 3 goals x 3 fields, the old title gone
    CHECK(owner.json[QStringLiteral("access")][QStringLiteral("owner")].toBool());

    const Reply friendSnapshot = snapshot(world.friendReader);
    REQUIRE(friendSnapshot.status == 200);
    CHECK(snapshotValues(friendSnapshot, QStringLiteral("title")) == QStringList { QStringLiteral("A warm home") });
    CHECK(friendSnapshot.json.value(QStringLiteral("seq")).toInteger() == head); // the cursor covers what it may not read too
    const QJsonArray friendDomains = friendSnapshot.json[QStringLiteral("access")][QStringLiteral("domains")].toArray();
    REQUIRE(friendDomains.size() == 1);
    CHECK(friendDomains[0][QStringLiteral("domainKey")].toString() == QStringLiteral("housing"));
    CHECK(friendDomains[0][QStringLiteral("access")].toString() == QStringLiteral("read"));

    const Reply professional = snapshot(world.professional);
    CHECK(snapshotValues(professional, QStringLiteral("title")) == QStringList { QStringLiteral("A job"), QStringLiteral("No debts") });
    CHECK(snapshot(world.revoked).status == 401);
    CHECK(snapshot(world.stranger).status == 404);
    CHECK(api.get(world.plan(QStringLiteral("/snapshot?after=3")), world.owner.device.token).status == 400);

    // Pulling after the snapshot's cursor gives exactly what came later.
    CHECK(
        api.get(world.plan(QStringLiteral("/ops?after=%1").arg(head)), world.friendReader.device.token).json.value(QStringLiteral("ops")).toArray().isEmpty());
    REQUIRE(world.push(world.owner, world.goal(me, QStringLiteral("housing"), newUuid(), QStringLiteral("A garden"))).status == 200);
    CHECK(pulledTitles(api.get(world.plan(QStringLiteral("/ops?after=%1").arg(head)), world.friendReader.device.token))
          == QStringList { QStringLiteral("A garden") });

    // Every snapshot read is in the citizen's access log, one entry per life domain read.
    const Reply log = api.get(world.plan(QStringLiteral("/audit")), world.owner.device.token);
    QStringList snapshotReads;
    for (const QJsonValue &e : log.json.value(QStringLiteral("entries")).toArray()) {
        if (e[QStringLiteral("action")].toString() == QStringLiteral("snapshot.read"))
            snapshotReads << e[QStringLiteral("actorMemberId")].toString() + QLatin1Char('/') + e[QStringLiteral("domainKey")].toString();
    }
    snapshotReads.sort();
    QStringList expected;
    for (const char *d : { "finances", "housing", "work" })
        expected << world.owner.memberId + QLatin1Char('/') + QLatin1String(d);
    expected << world.friendReader.memberId + QStringLiteral("/housing") << world.professional.memberId + QStringLiteral("/finances")
             << world.professional.memberId + QStringLiteral("/work");
    expected.sort();
    CHECK(snapshotReads == expected); // refusals read nothing
}

TEST_CASE("Concurrent free-text edits stay side by side in a snapshot until a person merges them", "[service][bothstores]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const QString goalId = newUuid();
    REQUIRE(world.push(world.owner, world.goal(world.owner.memberId, QStringLiteral("work"), goalId, QStringLiteral("A job"))).status == 200);
    // Neither author had seen the other's edit: both values stay.
    const QJsonObject mine = makeOp(world.planId, world.owner.memberId, QStringLiteral("goal"), goalId, QStringLiteral("why"), QStringLiteral("Money"));
    const QJsonObject theirs
        = makeOp(world.planId, world.professional.memberId, QStringLiteral("goal"), goalId, QStringLiteral("why"), QStringLiteral("Structure"));
    REQUIRE(world.push(world.owner, { mine }).status == 200);
    REQUIRE(world.push(world.professional, { theirs }).status == 200);
    auto whys = [&] { return snapshotValues(api.get(world.plan(QStringLiteral("/snapshot")), world.owner.device.token), QStringLiteral("why")); };
    CHECK(whys() == QStringList { QStringLiteral("Money"), QStringLiteral("Structure") });
    // A merge that names both as replaced leaves one value.
    QJsonObject merged
        = makeOp(world.planId, world.owner.memberId, QStringLiteral("goal"), goalId, QStringLiteral("why"), QStringLiteral("Money and structure"));
    merged.insert(QStringLiteral("base"), QJsonArray { mine.value(QStringLiteral("opId")), theirs.value(QStringLiteral("opId")) });
    REQUIRE(world.push(world.owner, { merged }).status == 200);
    CHECK(whys() == QStringList { QStringLiteral("Money and structure") });
}
