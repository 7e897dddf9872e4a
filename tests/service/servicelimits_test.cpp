// Rate limits per device and per address, and the Prometheus metrics, against the
// real service over TLS.
#include "planworld.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace samen::test;

namespace {

/** The value of one sample line ("name{labels} value") in Prometheus text, or -1. */
double sample(const QByteArray &text, const QByteArray &series)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(series + ' '))
            return line.mid(series.size() + 1).toDouble();
    }
    return -1;
}

} // namespace

TEST_CASE("A device over its rate limit gets 429 with Retry-After and changes nothing", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    // 60 a minute: a burst of 60, then one more each second.
    REQUIRE(service.start({ QStringLiteral("--rate-limit-device"), QStringLiteral("60"), QStringLiteral("--rate-limit-address"), QStringLiteral("0") }));
    ApiClient api(service.port(), service.certificate());
    TestDevice busy(51);
    TestDevice calm(52);
    REQUIRE(busy.enrolAndSignIn(api));
    REQUIRE(calm.enrolAndSignIn(api));
    const Reply created = api.post(QStringLiteral("/v1/plans"), {}, busy.token);
    REQUIRE(created.status == 201);
    const QString planId = created.json.value(QStringLiteral("planId")).toString();
    const QString memberId = created.json.value(QStringLiteral("memberId")).toString();

    int limitedAt = -1;
    for (int i = 0; i < 80 && limitedAt < 0; ++i) {
        if (api.get(QStringLiteral("/v1/devices"), busy.token).status == 429)
            limitedAt = i;
    }
    CHECK(limitedAt >= 55);
    CHECK(limitedAt <= 65); // a slow machine refills a token a second
    const QString goalId = newUuid();
    const QJsonArray ops { makeOp(planId, memberId, QStringLiteral("goal"), goalId, QStringLiteral("domainKey"), QStringLiteral("work")) };
    const Reply refused = api.post(QStringLiteral("/v1/plans/%1/ops").arg(planId), { { QStringLiteral("ops"), ops } }, busy.token);
    CHECK(refused.status == 429);
    CHECK(refused.errorCode() == QStringLiteral("rate-limited"));
    CHECK(refused.retryAfter.toInt() >= 1);
    CHECK_FALSE(refused.json.value(QStringLiteral("message")).toString().isEmpty());
    // Another device is not affected, and the refused push stored nothing.
    CHECK(api.get(QStringLiteral("/v1/devices"), calm.token).status == 200);
    CHECK(api.get(QStringLiteral("/healthz")).status == 200);
    QThread::msleep(1100);
    const Reply later = api.get(QStringLiteral("/v1/plans/%1/ops").arg(planId), busy.token);
    REQUIRE(later.status == 200);
    CHECK(later.json.value(QStringLiteral("ops")).toArray().isEmpty());
    CHECK(service.running());
}

TEST_CASE("An address over its rate limit gets 429 on every route, signed in or not", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start({ QStringLiteral("--rate-limit-address"), QStringLiteral("30") }));
    ApiClient api(service.port(), service.certificate());
    TestDevice phone(53);
    REQUIRE(phone.enrolAndSignIn(api)); // 3 requests
    int answered = 3;
    int limitedAt = -1;
    for (int i = 0; i < 50 && limitedAt < 0; ++i) {
        if (api.get(QStringLiteral("/healthz")).status == 429)
            limitedAt = answered;
        ++answered;
    }
    CHECK(limitedAt >= 28);
    CHECK(limitedAt <= 33);
    const Reply enrol = api.post(QStringLiteral("/v1/enrol"),
                                 { { QStringLiteral("publicKey"), TestDevice(54).publicKeyBase64() }, { QStringLiteral("displayName"), QStringLiteral("x") } });
    CHECK(enrol.status == 429);
    CHECK(api.get(QStringLiteral("/v1/devices"), phone.token).status == 429);
    LiveClient live(service.port(), service.certificate());
    CHECK_FALSE(live.open());
    CHECK(service.running());
    // Tokens come back at 30 a minute: one every 2 seconds.
    QThread::msleep(2100);
    const Reply devices = api.get(QStringLiteral("/v1/devices"), phone.token);
    CHECK(devices.status == 200);
    CHECK(devices.json.value(QStringLiteral("devices")).toArray().size() == 1); // the refused enrolment stored nothing
}

TEST_CASE("/metrics reports requests, latencies, connected sockets and operations accepted in Prometheus text", "[service]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    REQUIRE(world.push(world.owner, world.goal(world.owner.memberId, QStringLiteral("housing"), newUuid(), QStringLiteral("A home"))).status == 200);
    REQUIRE(world.push(world.professional, world.goal(world.professional.memberId, QStringLiteral("work"), newUuid(), QStringLiteral("A job"))).status == 200);
    REQUIRE(api.get(world.plan(QStringLiteral("/ops")), world.stranger.device.token).status == 404);
    LiveClient first(service.port(), service.certificate());
    LiveClient second(service.port(), service.certificate());
    REQUIRE(first.signIn(world.owner.device.token));
    REQUIRE(second.signIn(world.friendReader.device.token));

    const Reply metrics = api.get(QStringLiteral("/metrics"));
    REQUIRE(metrics.status == 200);
    const QByteArray &text = metrics.body;
    CHECK(text.contains("# TYPE samen_http_requests_total counter"));
    CHECK(text.contains("# TYPE samen_http_request_duration_seconds histogram"));
    CHECK(sample(text, "samen_http_requests_total{route=\"/v1/plans/*/ops\",status=\"200\"}") == 2);
    CHECK(sample(text, "samen_http_requests_total{route=\"/v1/plans/*/ops\",status=\"404\"}") == 1);
    CHECK(sample(text, "samen_http_requests_total{route=\"/v1/enrol\",status=\"201\"}")
          == 6); // five people's devices and the spare that revokes one (PlanWorld)
    CHECK(sample(text, "samen_http_requests_total{route=\"/v1/live\",status=\"101\"}") == 2);
    const double count = sample(text, "samen_http_request_duration_seconds_count");
    CHECK(count > 20);
    CHECK(sample(text, "samen_http_request_duration_seconds_bucket{le=\"+Inf\"}") == count);
    CHECK(sample(text, "samen_http_request_duration_seconds_sum") > 0);
    CHECK(sample(text, "samen_websocket_connections") == 2);
    // A counter kept as pushes commit (a scrape counts nothing in the store): three more accepted operations, three more.
    const double accepted = sample(text, "samen_operations_accepted_total");
    CHECK(accepted >= 2);
    CHECK(text.contains("# TYPE samen_operations_accepted_total counter"));
    CHECK_FALSE(text.contains("samen_operations_stored"));
    REQUIRE(world.push(world.owner, world.goal(world.owner.memberId, QStringLiteral("housing"), newUuid(), QStringLiteral("A flat"))).status == 200);
    const Reply again = api.get(QStringLiteral("/metrics"));
    CHECK(sample(again.body, "samen_operations_accepted_total") == accepted + 3);
    // Route patterns only: no plan or device ids, no tokens.
    CHECK_FALSE(text.contains(world.planId.toLatin1()));
    CHECK_FALSE(text.contains(world.owner.device.deviceId.toLatin1()));
    // Every sample line is "name{labels} number" or "name number".
    static const QRegularExpression line(QStringLiteral(R"(^[a-z_]+(\{[a-z]+="[^"]*"(,[a-z]+="[^"]*")*\})? [0-9.e+-]+$)"));
    for (const QByteArray &l : text.split('\n')) {
        if (!l.isEmpty() && !l.startsWith('#'))
            CHECK(line.match(QString::fromLatin1(l)).hasMatch());
    }
    second.send("bye"); // a text message after sign-in is ignored, not fatal
    CHECK_FALSE(second.waitClosed(300));
}

TEST_CASE("/metrics asks for its own token when the operator set one, and the service refuses a short one", "[service]")
{
    TestDir dir;
    QFile tokenFile(dir.file(QStringLiteral("metrics-token")));
    REQUIRE(tokenFile.open(QIODevice::WriteOnly));
    const QByteArray token = "scraper-token-0123456789abcdef0123456789";
    tokenFile.write(token + "\n");
    tokenFile.close();
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start({ QStringLiteral("--metrics-token-file"), tokenFile.fileName() }));
    ApiClient api(service.port(), service.certificate());
    TestDevice phone(71);
    REQUIRE(phone.enrolAndSignIn(api));

    CHECK(api.get(QStringLiteral("/metrics")).status == 401);
    CHECK(api.get(QStringLiteral("/metrics"), QStringLiteral("scraper-token-0123456789abcdef012345678X")).status == 401);
    CHECK(api.get(QStringLiteral("/metrics"), phone.token).status == 401); // a device's token is not the scraper's
    const Reply metrics = api.get(QStringLiteral("/metrics"), QString::fromLatin1(token));
    CHECK(metrics.status == 200);
    CHECK(metrics.body.contains("samen_http_requests_total{route=\"/metrics\",status=\"401\"} 3"));
    CHECK(api.get(QStringLiteral("/healthz")).status == 200); // the rest is as before
    REQUIRE(service.stop() == 0);

    QFile shortFile(dir.file(QStringLiteral("short-token")));
    REQUIRE(shortFile.open(QIODevice::WriteOnly));
    shortFile.write("too-short\n");
    shortFile.close();
    CHECK_FALSE(service.start({ QStringLiteral("--metrics-token-file"), shortFile.fileName() }));
}

TEST_CASE("The sign-in answer states the push limits, and the body limit cannot be set below one largest operation", "[service]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    auto limitsAtSignIn = [&](quint32 seed) {
        ApiClient api(service.port(), service.certificate());
        TestDevice phone(seed);
        const Reply enrolled
            = api.post(QStringLiteral("/v1/enrol"),
                       { { QStringLiteral("publicKey"), phone.publicKeyBase64() }, { QStringLiteral("displayName"), QStringLiteral("Phone") } });
        phone.deviceId = enrolled.json.value(QStringLiteral("deviceId")).toString();
        const QString nonce
            = api.post(QStringLiteral("/v1/auth/challenge"), { { QStringLiteral("deviceId"), phone.deviceId } }).json.value(QStringLiteral("nonce")).toString();
        const Reply answer = api.post(QStringLiteral("/v1/auth/token"),
                                      { { QStringLiteral("deviceId"), phone.deviceId },
                                        { QStringLiteral("nonce"), nonce },
                                        { QStringLiteral("signature"), phone.signChallenge(nonce) } });
        REQUIRE(answer.status == 200);
        return answer.json.value(QStringLiteral("limits")).toObject();
    };
    REQUIRE(service.start());
    QJsonObject limits = limitsAtSignIn(54);
    CHECK(limits.value(QStringLiteral("maxBodyBytes")).toInteger() == 1024 * 1024);
    CHECK(limits.value(QStringLiteral("maxOpsPerPush")).toInteger() == 500);
    service.stop();

    REQUIRE(service.start({ QStringLiteral("--max-body"), QStringLiteral("262144") }));
    limits = limitsAtSignIn(55);
    CHECK(limits.value(QStringLiteral("maxBodyBytes")).toInteger() == 262144);
    service.stop();

    // Below 64 KiB one operation with a 10,000-character story could never be pushed.
    CHECK_FALSE(service.start({ QStringLiteral("--max-body"), QStringLiteral("65535") }));
}
