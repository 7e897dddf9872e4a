// A citizen's further devices: a signed-in device asks for a one-time code that
// enrols another device into the same account, against the real service over TLS.
#include "servicefixture.h"

#include <catch2/catch.hpp>

#include <QThread>

using namespace samen::test;

namespace {

const QString kCodes = QStringLiteral("/v1/devices/enrolment-codes");

/** Enrols `device` with a code (no sign-in); the reply tells whether it worked and into which account. */
Reply enrolWithCode(ApiClient &api, TestDevice &device, const QString &code, const QString &name)
{
    const Reply r
        = api.post(QStringLiteral("/v1/enrol"),
                   { { QStringLiteral("publicKey"), device.publicKeyBase64() }, { QStringLiteral("displayName"), name }, { QStringLiteral("code"), code } });
    if (r.status == 201)
        device.deviceId = r.json.value(QStringLiteral("deviceId")).toString();
    return r;
}

QStringList deviceIds(ApiClient &api, const TestDevice &device)
{
    QStringList ids;
    for (const QJsonValue &d : api.get(QStringLiteral("/v1/devices"), device.token).json.value(QStringLiteral("devices")).toArray())
        ids.append(d[QStringLiteral("deviceId")].toString());
    ids.sort();
    return ids;
}

} // namespace

TEST_CASE("An enrolment code from a signed-in device adds one device to the same account, which sees the same plans", "[service][bothstores]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());
    ApiClient api(service.port(), service.certificate());
    TestDevice phone(301);
    REQUIRE(phone.enrolAndSignIn(api, QStringLiteral("Robin's phone")));
    const Reply created = api.post(QStringLiteral("/v1/plans"), {}, phone.token);
    REQUIRE(created.status == 201);
    const QString planId = created.json.value(QStringLiteral("planId")).toString();
    const QString ownerId = created.json.value(QStringLiteral("memberId")).toString();
    const QString goalId = newUuid();
    REQUIRE(api.post(QStringLiteral("/v1/plans/%1/ops").arg(planId),
                     { { QStringLiteral("ops"),
                         QJsonArray { makeOp(planId, ownerId, QStringLiteral("goal"), goalId, QStringLiteral("domainKey"), QStringLiteral("housing")),
                                      makeOp(planId, ownerId, QStringLiteral("goal"), goalId, QStringLiteral("title"), QStringLiteral("A quiet home")) } } },
                     phone.token)
                .json.value(QStringLiteral("accepted"))
                .toArray()
                .size()
            == 2);

    // Only a signed-in device asks, with an empty body.
    CHECK(api.post(kCodes, {}).status == 401);
    CHECK(api.post(kCodes, { { QStringLiteral("accountId"), QStringLiteral("someone-else") } }, phone.token).status == 400);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Reply issued = api.post(kCodes, {}, phone.token);
    REQUIRE(issued.status == 201);
    const QString code = issued.json.value(QStringLiteral("code")).toString();
    CHECK(code.size() >= 43); // 32 random bytes, base64url
    const qint64 expiresAt = issued.json.value(QStringLiteral("expiresAt")).toInteger();
    CHECK(expiresAt >= before + 899 * 1000);
    CHECK(expiresAt <= QDateTime::currentMSecsSinceEpoch() + 900 * 1000);
    CHECK_FALSE(service.output().contains(code.toLatin1()));

    // The code enrols the tablet into Robin's account: it lists both devices and pulls the plan.
    TestDevice tablet(302);
    const Reply enrolled = enrolWithCode(api, tablet, code, QStringLiteral("Robin's tablet"));
    REQUIRE(enrolled.status == 201);
    REQUIRE(tablet.signIn(api));
    CHECK(deviceIds(api, tablet) == deviceIds(api, phone));
    CHECK(deviceIds(api, tablet).contains(phone.deviceId));
    const QJsonArray plans = api.get(QStringLiteral("/v1/plans"), tablet.token).json.value(QStringLiteral("plans")).toArray();
    REQUIRE(plans.size() == 1);
    CHECK(plans[0][QStringLiteral("planId")].toString() == planId);
    CHECK(plans[0][QStringLiteral("memberId")].toString() == ownerId);
    CHECK(plans[0][QStringLiteral("role")].toString() == QStringLiteral("owner"));
    const Reply pulled = api.get(QStringLiteral("/v1/plans/%1/ops").arg(planId), tablet.token);
    REQUIRE(pulled.status == 200);
    bool sawTitle = false;
    for (const QJsonValue &op : pulled.json.value(QStringLiteral("ops")).toArray())
        sawTitle = sawTitle || op[QStringLiteral("value")].toString() == QStringLiteral("A quiet home");
    CHECK(sawTitle);

    // One use only: a second device with the same code gets nothing.
    TestDevice thief(303);
    CHECK(enrolWithCode(api, thief, code, QStringLiteral("thief")).status == 403);
    CHECK(deviceIds(api, phone).size() == 2);

    // A stranger's code enrols into the stranger's account, never Robin's.
    TestDevice stranger(304);
    REQUIRE(stranger.enrolAndSignIn(api, QStringLiteral("stranger")));
    const Reply strangerCode = api.post(kCodes, {}, stranger.token);
    REQUIRE(strangerCode.status == 201);
    TestDevice strangerTablet(305);
    REQUIRE(enrolWithCode(api, strangerTablet, strangerCode.json.value(QStringLiteral("code")).toString(), QStringLiteral("s2")).status == 201);
    REQUIRE(strangerTablet.signIn(api));
    CHECK(api.get(QStringLiteral("/v1/plans"), strangerTablet.token).json.value(QStringLiteral("plans")).toArray().isEmpty());
    CHECK(api.get(QStringLiteral("/v1/plans/%1/ops").arg(planId), strangerTablet.token).status == 404);
    CHECK_FALSE(deviceIds(api, strangerTablet).contains(phone.deviceId));
    CHECK(deviceIds(api, phone).size() == 2);

    // Issuing and enrolling are appended to the audit chain, which stays intact.
    QByteArray text;
    CHECK(service.admin({ QStringLiteral("audit"), QStringLiteral("verify") }, &text) == 0);
    CHECK_FALSE(text.contains(code.toLatin1()));

    // A revoked device asks for no more codes.
    REQUIRE(api.del(QStringLiteral("/v1/devices/") + tablet.deviceId, phone.token).status == 200);
    CHECK(api.post(kCodes, {}, tablet.token).status == 401);
}

TEST_CASE("An enrolment code for a further device expires", "[service][bothstores]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start({ QStringLiteral("--enrolment-code-lifetime"), QStringLiteral("1") }));
    ApiClient api(service.port(), service.certificate());
    TestDevice phone(311);
    REQUIRE(phone.enrolAndSignIn(api));
    const Reply issued = api.post(kCodes, {}, phone.token);
    REQUIRE(issued.status == 201);
    QThread::msleep(1300);
    TestDevice late(312);
    const Reply r = enrolWithCode(api, late, issued.json.value(QStringLiteral("code")).toString(), QStringLiteral("late"));
    CHECK(r.status == 403);
    CHECK(deviceIds(api, phone) == QStringList { phone.deviceId });
}

TEST_CASE("Asking for enrolment codes counts against the device's rate limit", "[service][bothstores]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start({ QStringLiteral("--rate-limit-device"), QStringLiteral("3") }));
    ApiClient api(service.port(), service.certificate());
    TestDevice phone(321);
    REQUIRE(phone.enrolAndSignIn(api));
    QList<int> statuses;
    for (int i = 0; i < 5; ++i)
        statuses.append(api.post(kCodes, {}, phone.token).status);
    CHECK(statuses.count(201) >= 1);
    CHECK(statuses.last() == 429);
}

TEST_CASE("A device cannot revoke itself while it is the account's only active device, 409 last-device, and it still signs in",
          "[service][bothstores][devices]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());
    ApiClient api(service.port(), service.certificate());
    TestDevice phone(311);
    REQUIRE(phone.enrolAndSignIn(api, QStringLiteral("Robin's phone")));
    const Reply alone = api.del(QStringLiteral("/v1/devices/") + phone.deviceId, phone.token);
    CHECK(alone.status == 409);
    CHECK(alone.json.value(QStringLiteral("error")).toString() == QStringLiteral("last-device"));
    CHECK(api.get(QStringLiteral("/v1/devices"), phone.token).status == 200); // nothing changed
    // With a second device the account keeps a way in: the phone may revoke itself (a device the person gives away).
    const Reply issued = api.post(kCodes, {}, phone.token);
    REQUIRE(issued.status == 201);
    TestDevice tablet(312);
    REQUIRE(enrolWithCode(api, tablet, issued.json.value(QStringLiteral("code")).toString(), QStringLiteral("Robin's tablet")).status == 201);
    REQUIRE(tablet.signIn(api));
    CHECK(api.del(QStringLiteral("/v1/devices/") + phone.deviceId, phone.token).status == 200);
    // Now the tablet is the last one.
    const Reply last = api.del(QStringLiteral("/v1/devices/") + tablet.deviceId, tablet.token);
    CHECK(last.status == 409);
    CHECK(last.json.value(QStringLiteral("error")).toString() == QStringLiteral("last-device"));
}
