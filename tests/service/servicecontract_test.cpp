// The live API contract (issue 19): representative flows of every kind of caller go
// through Prism, a validating proxy (`prism proxy --errors`, pinned by scripts/setup),
// against docs/api/openapi.yaml, so the document and the real service cannot drift
// apart: a request or an answer that the document does not allow becomes Prism's error.
// Prism talks real TLS to the service (its certificate verified); only this test's
// client talks plain HTTP, to the proxy on 127.0.0.1.
#include "planworld.h"
#include "prismproxy.h"

#include "sync/erasureproof.h"

#include <catch2/catch.hpp>

using namespace samen::test;

namespace {

QJsonObject grant(const char *domain, const char *access)
{
    return { { QStringLiteral("domainKey"), QLatin1String(domain) }, { QStringLiteral("access"), QLatin1String(access) } };
}

} // namespace

TEST_CASE("Representative flows through a validating proxy match docs/api/openapi.yaml in every request and answer", "[service][contract]")
{
    INFO("Prism: " << PrismProxy::binary().toStdString() << " (scripts/setup installs it)");
    REQUIRE(QFileInfo(PrismProxy::binary()).isExecutable());
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());
    PrismProxy prism;
    if (!prism.start(QStringLiteral(SAMEN_SOURCE_DIR "/docs/api/openapi.yaml"), service.port(), service.dataDir() + QStringLiteral("/dev-tls-cert.pem")))
        FAIL("Prism did not start: " << prism.log().toStdString());

    ApiClient api(ApiClient::PlainHttpToProxy { prism.port() });
    QList<QPair<QByteArray, Reply>> exchanges;
    api.exchanges = &exchanges;
    // Statuses the flows expect, checked as they go; the document check is for all of them at the end.
    auto expect = [&](int status) { CHECK(exchanges.last().second.status == status); };

    api.get(QStringLiteral("/healthz"));
    expect(200);
    api.get(QStringLiteral("/metrics"));
    expect(200);

    // Enrolment, sign-in, a plan with a friend, a professional and a revoked device (tests/service/planworld.h).
    PlanWorld world(api, service);
    if (!world.build())
        FAIL("building the plan failed at " << exchanges.last().first.constData() << " -> " << exchanges.last().second.status << " "
                                            << exchanges.last().second.body.constData());

    // Sync: a push (accepted and refused operations), pulls, a snapshot.
    const QString goalId = newUuid();
    world.push(world.owner, world.goal(world.owner.memberId, QStringLiteral("housing"), goalId, QStringLiteral("A home")));
    expect(200);
    world.push(world.friendReader, world.goal(world.friendReader.memberId, QStringLiteral("housing"), newUuid(), QStringLiteral("Not mine to write")));
    expect(200);
    api.get(world.plan(QStringLiteral("/ops?after=0&limit=2")), world.owner.device.token);
    expect(200);
    api.get(world.plan(QStringLiteral("/ops")), world.friendReader.device.token);
    expect(200);
    api.get(world.plan(QStringLiteral("/snapshot")), world.professional.device.token);
    expect(200);

    // People and access.
    api.get(QStringLiteral("/v1/plans"), world.owner.device.token);
    expect(200);
    // A caseload's changes: one plan named with its head and access tag, an unknown id gone; then a list too long.
    api.post(
        QStringLiteral("/v1/caseload/changes"),
        { { QStringLiteral("plans"),
            QJsonArray { QJsonObject { { QStringLiteral("planId"), world.planId }, { QStringLiteral("after"), 0 } },
                         QJsonObject {
                             { QStringLiteral("planId"), newUuid() }, { QStringLiteral("after"), 3 }, { QStringLiteral("access"), QStringLiteral("x") } } } } },
        world.professional.device.token);
    expect(200);
    api.get(world.plan(QStringLiteral("/members")), world.owner.device.token);
    expect(200);
    api.get(world.plan(QStringLiteral("/members")), world.professional.device.token);
    expect(200);
    api.get(world.plan(QStringLiteral("/grants")), world.owner.device.token);
    expect(200);
    const Reply added = api.post(world.plan(QStringLiteral("/grants")),
                                 { { QStringLiteral("memberId"), world.friendReader.memberId },
                                   { QStringLiteral("domainKey"), QStringLiteral("work") },
                                   { QStringLiteral("access"), QStringLiteral("read") },
                                   { QStringLiteral("purpose"), QStringLiteral("Helping with applications") } },
                                 world.owner.device.token);
    expect(201);
    api.del(world.plan(QStringLiteral("/grants/") + added.json.value(QStringLiteral("grantId")).toString()), world.owner.device.token);
    expect(200);
    api.send("PUT", world.plan(QStringLiteral("/members/%1/access").arg(world.friendReader.memberId)),
             QJsonDocument(QJsonObject { { QStringLiteral("grants"), QJsonArray { grant("housing", "write") } } }).toJson(QJsonDocument::Compact),
             world.owner.device.token);
    expect(200);

    // Invitations: create, list, preview, withdraw; a join that waits, declined by removal.
    const Reply invitation = api.post(world.plan(QStringLiteral("/invitations")),
                                      { { QStringLiteral("kind"), QStringLiteral("network") },
                                        { QStringLiteral("grants"), QJsonArray { grant("housing", "read") } },
                                        { QStringLiteral("invitee"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Sam") } } } },
                                      world.owner.device.token);
    expect(201);
    api.get(world.plan(QStringLiteral("/invitations")), world.owner.device.token);
    expect(200);
    api.post(QStringLiteral("/v1/invitations/preview"), { { QStringLiteral("code"), invitation.json.value(QStringLiteral("code")).toString() } },
             world.stranger.device.token);
    expect(200);
    const Reply second = api.post(world.plan(QStringLiteral("/invitations")),
                                  { { QStringLiteral("kind"), QStringLiteral("network") }, { QStringLiteral("grants"), QJsonArray { grant("work", "read") } } },
                                  world.owner.device.token);
    expect(201);
    api.del(world.plan(QStringLiteral("/invitations/") + second.json.value(QStringLiteral("invitationId")).toString()), world.owner.device.token);
    expect(200);
    const Reply waiting = api.post(QStringLiteral("/v1/invitations/redeem"),
                                   { { QStringLiteral("code"), invitation.json.value(QStringLiteral("code")).toString() } }, world.stranger.device.token);
    expect(200);
    api.del(world.plan(QStringLiteral("/members/") + waiting.json.value(QStringLiteral("memberId")).toString()), world.owner.device.token);
    expect(200);

    // Devices, the access log and its signed head.
    api.get(QStringLiteral("/v1/devices"), world.owner.device.token);
    expect(200);
    api.post(QStringLiteral("/v1/devices/enrolment-codes"), {}, world.owner.device.token);
    expect(201);
    api.get(world.plan(QStringLiteral("/audit?limit=50")), world.owner.device.token);
    expect(200);
    api.get(QStringLiteral("/v1/audit/head"), world.friendReader.device.token);
    expect(200);

    // Refusals the document describes: not signed in, not allowed, unknown, taken, invalid.
    api.get(QStringLiteral("/v1/devices"), QStringLiteral("not-a-token"));
    expect(401);
    api.get(world.plan(QStringLiteral("/audit")), world.professional.device.token);
    expect(403);
    api.get(QStringLiteral("/v1/plans/%1/members").arg(newUuid()), world.owner.device.token);
    expect(404);
    api.get(world.plan(QStringLiteral("/members")), world.stranger.device.token);
    expect(404);
    api.post(QStringLiteral("/v1/plans"), { { QStringLiteral("planId"), world.planId } }, world.stranger.device.token);
    expect(409);
    api.post(QStringLiteral("/v1/auth/token"),
             { { QStringLiteral("deviceId"), world.stranger.device.deviceId },
               { QStringLiteral("nonce"), QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") },
               { QStringLiteral("signature"), QString::fromLatin1(QByteArray(64, 'x').toBase64()) } });
    expect(401);
    api.post(world.plan(QStringLiteral("/members/%1/confirm").arg(world.friendReader.memberId)), {}, world.owner.device.token);
    expect(409);

    // Erasing: a proof that fails, the erasure, and what every plan route answers afterwards.
    auto proof = [&](const QString &nonceFrom) {
        const Reply challenge = api.post(QStringLiteral("/v1/auth/challenge"), { { QStringLiteral("deviceId"), nonceFrom } });
        return challenge.json.value(QStringLiteral("nonce")).toString();
    };
    const QString spent = proof(world.owner.device.deviceId);
    expect(200);
    api.post(world.plan(QStringLiteral("/erase")),
             { { QStringLiteral("nonce"), spent }, { QStringLiteral("signature"), world.owner.device.signChallenge(spent) } }, world.owner.device.token);
    expect(403);
    const QString nonce = proof(world.owner.device.deviceId);
    api.post(world.plan(QStringLiteral("/erase")),
             { { QStringLiteral("nonce"), nonce },
               { QStringLiteral("signature"), QString::fromLatin1(world.owner.device.sign(samen::ErasureProof::message(world.planId, nonce)).toBase64()) } },
             world.owner.device.token);
    expect(200);
    api.get(world.plan(QStringLiteral("/ops")), world.friendReader.device.token);
    expect(404);
    CHECK(exchanges.last().second.errorCode() == QStringLiteral("plan-erased"));

    // Every exchange above, and those of the plan's building, passed the document both ways.
    CHECK(exchanges.size() > 40);
    for (const auto &[request, reply] : std::as_const(exchanges)) {
        INFO(request.constData() << " -> " << reply.status << " " << reply.body.left(1500).constData());
        CHECK_FALSE(reply.body.contains("stoplight.io/prism/errors"));
        CHECK(reply.status != 0);
    }
    const QByteArray log = prism.log();
    INFO(log.right(4000).toStdString());
    CHECK_FALSE(log.contains("Violation"));
}

TEST_CASE("Confirming a member takes no fields: a body with any is refused and the member still waits", "[service]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const Reply invitation
        = api.post(world.plan(QStringLiteral("/invitations")),
                   { { QStringLiteral("kind"), QStringLiteral("network") }, { QStringLiteral("grants"), QJsonArray { grant("housing", "read") } } },
                   world.owner.device.token);
    REQUIRE(invitation.status == 201);
    const Reply waiting = api.post(QStringLiteral("/v1/invitations/redeem"),
                                   { { QStringLiteral("code"), invitation.json.value(QStringLiteral("code")).toString() } }, world.stranger.device.token);
    REQUIRE(waiting.status == 200);
    const QString confirm = world.plan(QStringLiteral("/members/%1/confirm").arg(waiting.json.value(QStringLiteral("memberId")).toString()));
    const Reply withFields = api.post(confirm, { { QStringLiteral("grants"), QJsonArray { grant("work", "write") } } }, world.owner.device.token);
    CHECK(withFields.status == 400);
    QString status;
    for (const QJsonValue &m : api.get(world.plan(QStringLiteral("/members")), world.owner.device.token).json.value(QStringLiteral("members")).toArray()) {
        if (m[QStringLiteral("memberId")].toString() == waiting.json.value(QStringLiteral("memberId")).toString())
            status = m[QStringLiteral("status")].toString();
    }
    CHECK(status == QLatin1String("pending"));
    CHECK(api.send("POST", confirm, QByteArray(), world.owner.device.token).status == 200); // an empty body is fine
}
