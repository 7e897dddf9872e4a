// Erasing a plan at the service (issue 15), against the real service over TLS: only
// the owner, only with a fresh signature over a one-time challenge bound to the plan;
// everything of the plan goes, the audit chain keeps one record without plan or
// person and still verifies, and a device that still holds the plan hears "plan-erased".
#include "planworld.h"

#include "storage/sqlcipherservicestore.h"
#include "store/database.h"
#include "sync/erasureproof.h"

#include <catch2/catch.hpp>

using namespace samen::test;

namespace {

/** A fresh challenge for p's device, signed for planId as an erasure (ErasureProof). */
QJsonObject proof(ApiClient &api, const Participant &p, const QString &planId)
{
    const Reply challenge = api.post(QStringLiteral("/v1/auth/challenge"), { { QStringLiteral("deviceId"), p.device.deviceId } });
    const QString nonce = challenge.json.value(QStringLiteral("nonce")).toString();
    return { { QStringLiteral("nonce"), nonce },
             { QStringLiteral("signature"), QString::fromLatin1(p.device.sign(samen::ErasureProof::message(planId, nonce)).toBase64()) } };
}

/** Everything the service's file holds, as text: every table's rows (read with its key; the service may be running). */
QString storedText(const QString &dataDir)
{
    const QByteArray key = QByteArray::fromHex(readRaw(dataDir + QStringLiteral("/service-db.key")).trimmed());
    auto db = samen::Database::open(dataDir + QStringLiteral("/service.db"), samen::DatabaseKey::raw(key), false);
    REQUIRE(db);
    QStringList tables;
    REQUIRE(db.value()->forEachRow(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"), {},
                                   [&](const samen::Statement &q) { tables.append(q.text(0)); }));
    QString all;
    for (const QString &t : tables) {
        QStringList columns;
        REQUIRE(db.value()->forEachRow(QStringLiteral("PRAGMA table_info(%1)").arg(t), {},
                                       [&](const samen::Statement &q) { columns.append(QStringLiteral("COALESCE(CAST(%1 AS TEXT), '')").arg(q.text(1))); }));
        REQUIRE(db.value()->forEachRow(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(" || '|' || ")), t), {},
                                       [&](const samen::Statement &q) { all += q.text(0) + QLatin1Char('\n'); }));
    }
    return all;
}

} // namespace

TEST_CASE("The owner erases the plan with a signed one-time proof: its data is gone and the audit chain keeps one record without plan or person",
          "[service][erase]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const QString goalId = newUuid();
    REQUIRE(world.push(world.owner, world.goal(world.owner.memberId, QStringLiteral("housing"), goalId, QStringLiteral("Find a flat near Lotte"))).status
            == 200);
    REQUIRE(api.post(world.plan(QStringLiteral("/invitations")),
                     { { QStringLiteral("kind"), QStringLiteral("network") },
                       { QStringLiteral("grants"),
                         QJsonArray { QJsonObject { { QStringLiteral("domainKey"), QStringLiteral("work") },
                                                    { QStringLiteral("access"), QStringLiteral("read") } } } } },
                     world.owner.device.token)
                .status
            == 201);
    REQUIRE(api.get(world.plan(QStringLiteral("/ops?after=0")), world.friendReader.device.token).status == 200);

    const Reply erased = api.post(world.plan(QStringLiteral("/erase")), proof(api, world.owner, world.planId), world.owner.device.token);
    REQUIRE(erased.status == 200);
    CHECK(erased.json.value(QStringLiteral("erased")).toBool());

    // Every plan route now says "plan-erased", to the owner and to the members alike; the caseload no longer lists it.
    for (const Participant *p : { &world.owner, &world.friendReader, &world.professional }) {
        const Reply pull = api.get(world.plan(QStringLiteral("/ops?after=0")), p->device.token);
        CHECK(pull.status == 404);
        CHECK(pull.errorCode() == QStringLiteral("plan-erased"));
        CHECK(api.get(world.plan(QStringLiteral("/grants")), p->device.token).errorCode() == QStringLiteral("plan-erased"));
        CHECK(api.get(QStringLiteral("/v1/plans"), p->device.token).json.value(QStringLiteral("plans")).toArray().isEmpty());
    }
    // The id cannot be registered again.
    CHECK(api.post(QStringLiteral("/v1/plans"), { { QStringLiteral("planId"), world.planId } }, world.stranger.device.token).status == 409);

    // Nothing of the plan is left in the file: not its id, its members, the goal's title, nor the audit entries' actors and targets.
    const QString stored = storedText(service.dataDir());
    CHECK_FALSE(stored.contains(world.planId));
    CHECK_FALSE(stored.contains(world.friendReader.memberId));
    CHECK_FALSE(stored.contains(world.professional.memberId));
    CHECK_FALSE(stored.contains(goalId));
    CHECK_FALSE(stored.contains(QStringLiteral("Find a flat")));
    CHECK(stored.contains(QStringLiteral("plan.erase")));

    // The chain still verifies: blanked entries keep their hashes, the erasure record accounts for them.
    QByteArray text;
    CHECK(service.admin({ QStringLiteral("audit"), QStringLiteral("verify") }, &text) == 0);

    // Blanking one more entry (the owner's enrolment, not the plan's) as if the erasure had: the count no longer fits.
    const QByteArray key = QByteArray::fromHex(readRaw(service.dataDir() + QStringLiteral("/service-db.key")).trimmed());
    {
        auto db = samen::Database::open(service.dataDir() + QStringLiteral("/service.db"), samen::DatabaseKey::raw(key), false);
        REQUIRE(db);
        REQUIRE(db.value()->exec(QStringLiteral("UPDATE audit SET action = 'erased', plan_id = '', actor = '', target = '', at_ms = 0, detail = "
                                                "(SELECT '{\"erasedBy\":' || seq || '}' FROM audit WHERE action = 'plan.erase') WHERE seq = 1")));
    }
    CHECK(service.admin({ QStringLiteral("audit"), QStringLiteral("verify") }, &text) != 0);
    CHECK(text.contains("blanked"));
}

TEST_CASE("Only the plan's owner can erase it, and only with a fresh proof signed for that plan", "[service][bothstores][erase][authorisation]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const QString erase = world.plan(QStringLiteral("/erase"));

    // A member with write access, a member who reads, a stranger: no.
    CHECK(api.post(erase, proof(api, world.professional, world.planId), world.professional.device.token).status == 403);
    CHECK(api.post(erase, proof(api, world.friendReader, world.planId), world.friendReader.device.token).status == 403);
    CHECK(api.post(erase, proof(api, world.stranger, world.planId), world.stranger.device.token).status == 404);
    // The owner's bearer token alone (a stolen token): no proof, a sign-in signature, a proof for another plan, another device's proof.
    CHECK(api.post(erase, {}, world.owner.device.token).status == 400);
    const Reply challenge = api.post(QStringLiteral("/v1/auth/challenge"), { { QStringLiteral("deviceId"), world.owner.device.deviceId } });
    const QString nonce = challenge.json.value(QStringLiteral("nonce")).toString();
    CHECK(api.post(erase, { { QStringLiteral("nonce"), nonce }, { QStringLiteral("signature"), world.owner.device.signChallenge(nonce) } },
                   world.owner.device.token)
              .errorCode()
          == QStringLiteral("erasure-proof-failed"));
    CHECK(api.post(erase, proof(api, world.owner, newUuid()), world.owner.device.token).errorCode() == QStringLiteral("erasure-proof-failed"));
    CHECK(api.post(erase, proof(api, world.stranger, world.planId), world.owner.device.token).errorCode() == QStringLiteral("erasure-proof-failed"));
    // A member cannot use the owner's proof: the owner-only check comes first.
    CHECK(api.post(erase, proof(api, world.owner, world.planId), world.professional.device.token).status == 403);
    // A challenge is spent by its first use, whatever the outcome: the same nonce with the right signature is refused next time.
    QJsonObject once = proof(api, world.owner, world.planId);
    const QString rightSignature = once.value(QStringLiteral("signature")).toString();
    once.insert(QStringLiteral("signature"), world.owner.device.signChallenge(once.value(QStringLiteral("nonce")).toString()));
    CHECK(api.post(erase, once, world.owner.device.token).errorCode() == QStringLiteral("erasure-proof-failed"));
    once.insert(QStringLiteral("signature"), rightSignature);
    CHECK(api.post(erase, once, world.owner.device.token).errorCode() == QStringLiteral("erasure-proof-failed"));

    // None of it erased anything.
    CHECK(api.get(world.plan(QStringLiteral("/ops?after=0")), world.owner.device.token).status == 200);
    CHECK(api.get(world.plan(QStringLiteral("/ops?after=0")), world.friendReader.device.token).status == 200);
    CHECK(api.post(erase, proof(api, world.owner, world.planId), world.owner.device.token).status == 200);
}

TEST_CASE("The members' connected devices hear that the plan was erased", "[service][bothstores][erase][live]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    LiveClient live(service.port(), service.certificate());
    REQUIRE(live.signIn(world.friendReader.device.token));
    REQUIRE(api.post(world.plan(QStringLiteral("/erase")), proof(api, world.owner, world.planId), world.owner.device.token).status == 200);
    const QJsonObject heard = live.next(QStringLiteral("plan-erased"));
    CHECK(heard.value(QStringLiteral("planId")).toString() == world.planId);
}
