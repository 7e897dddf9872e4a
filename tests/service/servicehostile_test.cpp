// Hostile input against the real service: each gets its 4xx, changes nothing,
// and the service keeps answering.
#include "planworld.h"

#include <catch2/catch.hpp>

using namespace samen::test;

TEST_CASE("Hostile request bodies get a 4xx, change nothing, and the service stays up", "[service][bothstores]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start({ QStringLiteral("--max-body"), QStringLiteral("65536") }));
    ApiClient api(service.port(), service.certificate());
    PlanWorld world(api, service);
    REQUIRE(world.build());
    const QString ops = world.plan(QStringLiteral("/ops"));
    const QString token = world.owner.device.token;
    auto opCount = [&] { return api.get(ops, token).json.value(QStringLiteral("ops")).toArray().size(); };
    auto deviceCount = [&] { return api.get(QStringLiteral("/v1/devices"), token).json.value(QStringLiteral("devices")).toArray().size(); };
    REQUIRE(world.push(world.owner, world.goal(world.owner.memberId, QStringLiteral("housing"), newUuid(), QStringLiteral("A home"))).status == 200);
    const qsizetype opsBefore = opCount();
    const qsizetype devicesBefore = deviceCount();

    struct Case {
        const char *name;
        QByteArray method;
        QString path;
        QByteArray body;
        int status;
        QString error;
    };
    QByteArray oversized = "{\"ops\":[\"" + QByteArray(70000, 'a') + "\"]}";
    QByteArray deep = "{\"ops\":" + QByteArray(40, '[') + QByteArray(40, ']') + "}";
    QByteArray deepButShortEnough = "{\"ops\":" + QByteArray(10, '[') + QByteArray(10, ']') + "}";
    const QList<Case> cases {
        { "an oversized body", "POST", ops, oversized, 413, QStringLiteral("body-too-large") },
        { "deep nesting", "POST", ops, deep, 400, QStringLiteral("invalid-json") },
        { "invalid UTF-8", "POST", ops, QByteArray("{\"ops\":[\"\xc3\x28\"]}"), 400, QStringLiteral("invalid-json") },
        { "an overlong UTF-8 encoding", "POST", QStringLiteral("/v1/enrol"), QByteArray("{\"displayName\":\"\xc0\xaf\"}"), 400,
          QStringLiteral("invalid-json") },
        { "broken JSON", "POST", ops, QByteArray("{\"ops\": [1, 2"), 400, QStringLiteral("invalid-json") },
        { "a JSON array at the top", "POST", ops, QByteArray("[]"), 400, QStringLiteral("invalid-json") },
        { "a wrong type", "POST", ops, QByteArray("{\"ops\": {\"a\": 1}}"), 400, QStringLiteral("invalid-request") },
        { "an unknown field", "POST", ops, QByteArray("{\"ops\": [], \"sudo\": true}"), 400, QStringLiteral("invalid-request") },
        { "nested lists that are deep but allowed, holding non-operations", "POST", ops, deepButShortEnough, 200, QString() },
        { "a wrong type at enrolment", "POST", QStringLiteral("/v1/enrol"), QByteArray("{\"publicKey\": [1], \"displayName\": 5}"), 400,
          QStringLiteral("invalid-request") },
        { "an unknown address", "GET", QStringLiteral("/v1/secrets"), {}, 404, QStringLiteral("not-found") },
        { "a wrong method", "PUT", QStringLiteral("/v1/devices"), {}, 405, QStringLiteral("method-not-allowed") },
        { "a huge id in the path",
          "GET",
          QStringLiteral("/v1/plans/") + QString(500, QLatin1Char('x')) + QStringLiteral("/ops"),
          {},
          404,
          QStringLiteral("not-found") },
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const Reply r = api.send(c.method, c.path, c.body, token);
        CHECK(r.status == c.status);
        if (!c.error.isEmpty()) {
            CHECK(r.errorCode() == c.error);
            CHECK_FALSE(r.json.value(QStringLiteral("message")).toString().isEmpty());
        }
        CHECK(api.get(QStringLiteral("/healthz")).status == 200);
    }
    CHECK(opCount() == opsBefore);
    CHECK(deviceCount() == devicesBefore);
    CHECK(service.running());
}

TEST_CASE("The default body limit is 1 MiB", "[service][bothstores]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start());
    ApiClient api(service.port(), service.certificate());
    const QByteArray body = "{\"displayName\":\"" + QByteArray(1024 * 1024, 'a') + "\"}";
    const Reply r = api.send("POST", QStringLiteral("/v1/enrol"), body);
    CHECK(r.status == 413);
    CHECK(r.errorCode() == QStringLiteral("body-too-large"));
    CHECK(api.get(QStringLiteral("/healthz")).status == 200);
}
