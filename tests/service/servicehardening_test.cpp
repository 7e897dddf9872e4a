// The smaller findings of the attacker's review (issue 19, item 5), each as a kind:
// ids are UUIDs, an opId names one change, stale secrets are purged and challenges
// cannot pile up, a live socket ends with its token, and /healthz tells when writes
// fail. The real service over TLS; the store read back from its real file.
#include "planworld.h"

#include "store/database.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFileInfo>
#include <QThread>

using namespace samen::test;

namespace {

/** One number from the stopped service's database (its development key), or -1. */
qint64 count(const QString &dataDir, const QString &sql)
{
    const QByteArray key = QByteArray::fromHex(readRaw(dataDir + QStringLiteral("/service-db.key")).trimmed());
    auto db = samen::Database::open(dataDir + QStringLiteral("/service.db"), samen::DatabaseKey::raw(key), false);
    if (!db)
        return -1;
    auto st = db.value()->prepare(sql);
    if (!st)
        return -1;
    auto row = st.value()->step();
    const qint64 n = row && row.value() ? st.value()->integer(0) : -1;
    st.value()->reset();
    return n;
}

QString firstReason(const Reply &r)
{
    return r.json.value(QStringLiteral("rejected")).toArray().first()[QStringLiteral("reason")].toString();
}

} // namespace

TEST_CASE("opId and entityId are lower-case UUIDs: anything else is refused and nothing is stored", "[service]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const QString goalId = newUuid();
    const QList<QPair<QString, QString>> bad {
        { QStringLiteral("opId"), QString(64, QLatin1Char('a')) }, { QStringLiteral("opId"), newUuid().toUpper() },
        { QStringLiteral("opId"), QStringLiteral("a\u0000b") },    { QStringLiteral("entityId"), QStringLiteral("\u202e<script>") },
        { QStringLiteral("entityId"), goalId.toUpper() },          { QStringLiteral("entityId"), goalId + QStringLiteral(" ") },
    };
    for (const auto &[field, value] : bad) {
        INFO(field.toStdString() << " = " << value.toStdString());
        QJsonObject op = makeOp(world.planId, world.owner.memberId, QStringLiteral("goal"), goalId, QStringLiteral("domainKey"), QStringLiteral("housing"));
        op.insert(field, value);
        const Reply r = world.push(world.owner, { op });
        REQUIRE(r.status == 200);
        CHECK(r.json.value(QStringLiteral("accepted")).toArray().isEmpty());
        CHECK(firstReason(r).contains(QStringLiteral("UUID")));
    }
    const Reply pulled = api.get(world.plan(QStringLiteral("/ops")), world.owner.device.token);
    for (const QJsonValue &op : pulled.json.value(QStringLiteral("ops")).toArray())
        CHECK(op[QStringLiteral("entityId")].toString() != goalId.toUpper());
    // A proper one is still taken.
    CHECK(world.push(world.owner, world.goal(world.owner.memberId, QStringLiteral("housing"), goalId, QStringLiteral("A home")))
              .json.value(QStringLiteral("accepted"))
              .toArray()
              .size()
          == 3);
}

TEST_CASE("A retry of an opId gets the same answer only with the same content, different content under it is refused", "[service]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const QJsonArray ops = world.goal(world.owner.memberId, QStringLiteral("housing"), newUuid(), QStringLiteral("A home"));
    const Reply first = world.push(world.owner, ops);
    REQUIRE(first.json.value(QStringLiteral("accepted")).toArray().size() == 3);
    const qint64 seq = first.json.value(QStringLiteral("accepted")).toArray().at(1)[QStringLiteral("seq")].toInteger();

    const Reply same = world.push(world.owner, { ops.at(1) });
    REQUIRE(same.json.value(QStringLiteral("accepted")).toArray().size() == 1);
    CHECK(same.json.value(QStringLiteral("accepted")).toArray().first()[QStringLiteral("seq")].toInteger() == seq);

    QJsonObject changed = ops.at(1).toObject();
    changed.insert(QStringLiteral("value"), QStringLiteral("Another title"));
    const Reply clash = world.push(world.owner, { changed });
    CHECK(clash.json.value(QStringLiteral("accepted")).toArray().isEmpty());
    CHECK(firstReason(clash).contains(QStringLiteral("different change")));
    const Reply pulled = api.get(world.plan(QStringLiteral("/ops")), world.owner.device.token);
    CHECK(pulledTitles(pulled) == QStringList { QStringLiteral("A home") });
}

TEST_CASE("Expired tokens and enrolment codes are purged, and a device's challenges cannot pile up", "[service]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const QString data = dir.file(QStringLiteral("data"));
    // Tokens and codes that live one second, next to the world's long-lived tokens.
    service.stop();
    REQUIRE(service.start({ QStringLiteral("--token-lifetime"), QStringLiteral("1"), QStringLiteral("--enrolment-code-lifetime"), QStringLiteral("1") }));
    api.retarget(service.port());
    REQUIRE(world.friendReader.device.signIn(api));
    REQUIRE(api.post(QStringLiteral("/v1/devices/enrolment-codes"), {}, world.owner.device.token).status == 201);
    for (int i = 0; i < 20; ++i)
        REQUIRE(api.post(QStringLiteral("/v1/auth/challenge"), { { QStringLiteral("deviceId"), world.owner.device.deviceId } }).status == 200);
    service.stop();
    const QString ownerChallenges = QStringLiteral("SELECT count(*) FROM challenges WHERE device_id = '%1'").arg(world.owner.device.deviceId);
    CHECK(count(data, ownerChallenges) == 5);
    CHECK(count(data, QStringLiteral("SELECT count(*) FROM enrolment_codes")) == 1);
    const qint64 tokensBefore = count(data, QStringLiteral("SELECT count(*) FROM tokens"));

    QThread::msleep(1200); // until the one-second token and code have expired
    REQUIRE(service.start());
    api.retarget(service.port());
    CHECK(api.get(QStringLiteral("/v1/devices"), world.owner.device.token).status == 200); // long-lived tokens stay
    service.stop();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    CHECK(count(data, QStringLiteral("SELECT count(*) FROM tokens WHERE expires_ms <= %1").arg(now)) == 0);
    CHECK(count(data, QStringLiteral("SELECT count(*) FROM enrolment_codes")) == 0);
    CHECK(count(data, QStringLiteral("SELECT count(*) FROM tokens")) == tokensBefore - 1);
}

TEST_CASE("A live socket whose token expired hears no more pokes and is closed, while one with a valid token is still poked", "[service]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    service.stop();
    REQUIRE(service.start({ QStringLiteral("--token-lifetime"), QStringLiteral("1") }));
    api.retarget(service.port());
    REQUIRE(world.friendReader.device.signIn(api)); // a token of one second
    LiveClient shortLived(service.port(), service.certificate());
    LiveClient owner(service.port(), service.certificate());
    REQUIRE(shortLived.signIn(world.friendReader.device.token));
    REQUIRE(owner.signIn(world.owner.device.token)); // signed in before the restart: 15 minutes
    // Until the service itself says the short token is over.
    bool expired = false;
    for (int i = 0; i < 50 && !expired; ++i) {
        expired = api.get(QStringLiteral("/v1/devices"), world.friendReader.device.token).status == 401;
        if (!expired)
            QThread::msleep(100);
    }
    REQUIRE(expired);

    REQUIRE(world.push(world.owner, world.goal(world.owner.memberId, QStringLiteral("housing"), newUuid(), QStringLiteral("A home"))).status == 200);
    CHECK_FALSE(owner.next(QStringLiteral("poke")).isEmpty());
    CHECK_FALSE(shortLived.hears(QStringLiteral("poke"), 500));
    CHECK(shortLived.waitClosed());
}

TEST_CASE("healthz reports degraded while the service cannot write (its files may not grow), and ok again once it can", "[service]")
{
    SAMEN_SERVICE_WORLD(dir, service, api, world);
    const QString data = dir.file(QStringLiteral("data"));
    CHECK(api.get(QStringLiteral("/healthz")).status == 200);
    service.stop(); // a clean stop folds the write-ahead log into service.db
    const qint64 dbSize = QFileInfo(data + QStringLiteral("/service.db")).size();
    REQUIRE(dbSize > 0);
    // A real write failure: the kernel refuses to let any file of the service grow past this (RLIMIT_FSIZE),
    // as a full disk refuses; the service keeps running.
    service.setFileSizeLimit(dbSize + 128 * 1024);
    REQUIRE(service.start());
    api.retarget(service.port());
    CHECK(api.get(QStringLiteral("/healthz")).status == 200);

    int failedPushes = 0;
    for (int i = 0; i < 400 && failedPushes == 0; ++i) {
        const Reply r = world.push(world.owner, world.goal(world.owner.memberId, QStringLiteral("housing"), newUuid(), QString(2000, QLatin1Char('x'))));
        failedPushes += r.status >= 500 ? 1 : 0;
    }
    REQUIRE(failedPushes > 0);
    const Reply health = api.get(QStringLiteral("/healthz"));
    CHECK(health.status == 503);
    CHECK(health.json.value(QStringLiteral("status")).toString() == QStringLiteral("degraded"));
    CHECK(service.running());

    // Room again (a restart without the limit): ok.
    service.setFileSizeLimit(0);
    service.stop();
    REQUIRE(service.start());
    api.retarget(service.port());
    CHECK(api.get(QStringLiteral("/healthz")).status == 200);
}
