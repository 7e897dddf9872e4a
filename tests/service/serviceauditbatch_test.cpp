// Reads (pulls, snapshots) go to the audit chain in batches (issue 18): queued, written in
// one transaction --audit-flush-ms after the first, before an audit route answers, and at a
// clean stop; a crash loses only the reads still queued, never a write's entry.
#include "servicefixture.h"

#include <catch2/catch.hpp>

using namespace samen::test;

namespace {

/** The number of entries `admin audit verify` finds intact in the store (another process, as the operator runs it). */
qint64 entriesInStore(const ServiceProcess &service)
{
    QByteArray text;
    REQUIRE(service.admin({ QStringLiteral("audit"), QStringLiteral("verify") }, &text) == 0);
    const qsizetype at = text.indexOf("intact: ");
    REQUIRE(at >= 0);
    return text.mid(at + 8).split(' ').value(0).toLongLong();
}

/** A device with its own plan and one pushed goal (a write: its audit entry is committed with it). */
struct Reader {
    TestDevice device { 61 };
    QString planId;

    void setUp(ApiClient &api)
    {
        REQUIRE(device.enrolAndSignIn(api));
        const Reply plan = api.post(QStringLiteral("/v1/plans"), {}, device.token);
        REQUIRE(plan.status == 201);
        planId = plan.json.value(QStringLiteral("planId")).toString();
        const QString memberId = plan.json.value(QStringLiteral("memberId")).toString();
        const QString goal = newUuid();
        const QJsonArray ops { makeOp(planId, memberId, QStringLiteral("goal"), goal, QStringLiteral("domainKey"), QStringLiteral("work")),
                               makeOp(planId, memberId, QStringLiteral("goal"), goal, QStringLiteral("title"), QStringLiteral("A job")) };
        const Reply pushed = api.post(QStringLiteral("/v1/plans/%1/ops").arg(planId), { { QStringLiteral("ops"), ops } }, device.token);
        REQUIRE(pushed.status == 200);
    }
    /** One pull of the whole plan: one audit entry (one life domain read). */
    void pull(ApiClient &api) { REQUIRE(api.get(QStringLiteral("/v1/plans/%1/ops?after=0").arg(planId), device.token).status == 200); }
};

// Never flushed by the timer in these tests: what is written, is written by a flush the test caused.
const QStringList kNoTimer { QStringLiteral("--audit-flush-ms"), QStringLiteral("3600000") };

} // namespace

TEST_CASE("Reads are queued for the audit chain, written before an audit route answers and at a clean stop", "[service][bothstores][auditbatch]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start(kNoTimer));
    ApiClient api(service.port(), service.certificate());
    Reader reader;
    reader.setUp(api);
    const qint64 written = entriesInStore(service);

    for (int i = 0; i < 5; ++i)
        reader.pull(api);
    // Not committed one by one: the five reads wait in the queue (before: five more entries here).
    CHECK(entriesInStore(service) == written);

    // The signed head covers every read answered before it.
    const Reply head = api.get(QStringLiteral("/v1/audit/head"), reader.device.token);
    REQUIRE(head.status == 200);
    CHECK(head.json.value(QStringLiteral("size")).toInteger() == written + 5);
    CHECK(entriesInStore(service) == written + 5);

    // The plan's own log shows them too, in the chain.
    for (int i = 0; i < 3; ++i)
        reader.pull(api);
    const Reply log = api.get(QStringLiteral("/v1/plans/%1/audit").arg(reader.planId), reader.device.token);
    REQUIRE(log.status == 200);
    int reads = 0;
    for (const QJsonValue &e : log.json.value(QStringLiteral("entries")).toArray())
        reads += e.toObject().value(QStringLiteral("action")).toString() == QLatin1String("ops.read");
    CHECK(reads == 8);

    // A clean stop writes what is queued.
    reader.pull(api);
    reader.pull(api);
    REQUIRE(service.stop() == 0);
    CHECK(entriesInStore(service) == written + 11); // ten reads and the log's own "audit.read"
}

TEST_CASE("A crash loses only the reads still queued, never a write's entry, and the chain stays intact", "[service][bothstores][auditbatch]")
{
    TestDir dir;
    ServiceProcess service(dir.file(QStringLiteral("data")));
    REQUIRE(service.start(kNoTimer));
    ApiClient api(service.port(), service.certificate());
    Reader reader;
    reader.setUp(api);
    const qint64 written = entriesInStore(service);
    reader.pull(api);
    reader.pull(api);
    service.kill();
    // The two reads are lost (docs/security.md says so); the write before them is not, and what is there verifies.
    CHECK(entriesInStore(service) == written);

    REQUIRE(service.start(kNoTimer));
    api.retarget(service.port());
    REQUIRE(reader.device.signIn(api));
    reader.pull(api);
    REQUIRE(service.stop() == 0);
    CHECK(entriesInStore(service) == written + 1);
}
