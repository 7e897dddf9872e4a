// What a push costs the store (issue 18, "the service's hot paths"): SQL statements per accepted
// operation, counted in-process on a real SQLCipher store (ServiceStore::statementCount), never timed.
#include "audit/auditlog.h"
#include "http/metrics.h"
#include "runtime/serviceconfig.h"
#include "servicefixture.h"
#include "storage/sqlcipherservicestore.h"
#include "storeundertest.h"
#include "sync/syncapi.h"

#include <catch2/catch.hpp>

#include <QDateTime>

using namespace samen;
using namespace samen::service;
using samen::test::makeOp;
using samen::test::newUuid;
using samen::test::TestDir;

namespace {

/** A push of ops by device to planId, as CaseServer hands it to SyncApi. */
ApiRequest pushRequest(const QString &planId, const DeviceRecord &device, const QJsonArray &ops)
{
    ApiRequest request;
    request.segments = { QStringLiteral("v1"), QStringLiteral("plans"), planId, QStringLiteral("ops") };
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("ops"), ops } }).toJson(QJsonDocument::Compact);
    request.device = device;
    request.nowMs = QDateTime::currentMSecsSinceEpoch();
    return request;
}

/** Statements a push of 25 new goals (100 operations, what the benchmark pushes) cost the store, and then 50 edits of them. */
struct PushCost {
    qint64 forNew = 0;
    qint64 forEdits = 0;
};

PushCost measurePush(ServiceStore &store)
{
    const DeviceRecord device { QStringLiteral("d1"), QStringLiteral("a1"), QStringLiteral("phone"), QByteArray(32, 'x'), 1, 0 };
    const QString planId = newUuid();
    const QString owner = newUuid();
    REQUIRE(store.insertDevice(device));
    REQUIRE(store.insertPlan(planId, device.accountId, 1));
    REQUIRE(store.upsertMember({ planId, owner, device.accountId, QStringLiteral("citizen"), QStringLiteral("owner"), QStringLiteral("active"), 1, {} }));
    AuditLog audit(store);
    ServiceConfig config;
    LiveEvents events;
    Metrics metrics;
    SyncApi sync(store, audit, config, events, metrics);

    QJsonArray create;
    QStringList goals;
    for (int i = 0; i < 25; ++i) {
        goals.append(newUuid());
        for (const auto &[field, value] :
             { std::pair { "domainKey", "housing" }, std::pair { "title", "A goal" }, std::pair { "status", "open" }, std::pair { "why", "Because" } })
            create.append(makeOp(planId, owner, QStringLiteral("goal"), goals.last(), QString::fromLatin1(field), QString::fromLatin1(value)));
    }
    PushCost cost;
    qint64 before = store.statementCount();
    ApiResponse answer = sync.push(pushRequest(planId, device, create));
    REQUIRE(answer.status == 200);
    REQUIRE(QJsonDocument::fromJson(answer.body)[QStringLiteral("accepted")].toArray().size() == 100);
    cost.forNew = store.statementCount() - before;

    // The same goals edited: each edit replaces its field's value.
    QJsonArray edit;
    for (const QString &goal : std::as_const(goals)) {
        edit.append(makeOp(planId, owner, QStringLiteral("goal"), goal, QStringLiteral("title"), QStringLiteral("Another title"), 1));
        edit.append(makeOp(planId, owner, QStringLiteral("goal"), goal, QStringLiteral("status"), QStringLiteral("done"), 1));
    }
    before = store.statementCount();
    answer = sync.push(pushRequest(planId, device, edit));
    REQUIRE(answer.status == 200);
    REQUIRE(QJsonDocument::fromJson(answer.body)[QStringLiteral("accepted")].toArray().size() == 50);
    cost.forEdits = store.statementCount() - before;
    // The current state follows: each field's last value.
    auto current = store.currentOps(planId);
    REQUIRE(current);
    CHECK(current->size() == 100);
    for (const StoredOp &op : current.value()) {
        if (op.field == QLatin1String("title"))
            CHECK(op.op.value(QStringLiteral("value")).toString() == QStringLiteral("Another title"));
    }
    // A retry of the same push is answered from what is stored, and adds nothing.
    answer = sync.push(pushRequest(planId, device, edit));
    REQUIRE(answer.status == 200);
    CHECK(QJsonDocument::fromJson(answer.body)[QStringLiteral("accepted")].toArray().size() == 50);
    CHECK(store.planHead(planId).value() == 150);
    return cost;
}

} // namespace

TEST_CASE("A push costs the store at most six statements per operation, new items and edits alike", "[service][pushcost]")
{
    TestDir dir;
    auto opened = SqlCipherServiceStore::open(dir.file(QStringLiteral("service.db")), QByteArray(32, 'p'));
    REQUIRE(opened);
    const PushCost cost = measurePush(*opened.value());
    INFO("statements for 100 new operations: " << cost.forNew << ", for 50 edits: " << cost.forEdits);
    // Per operation: is the opId known, the entity's type (asked once for type, domain and timeline), the field's
    // state, the operation, the state again; the entity once per new item; the plan's sequence once per push.
    CHECK(cost.forNew <= 600); // before: 8 per operation with the current state kept (each entity looked up twice, MAX(seq) each time)
    CHECK(cost.forEdits <= 350); // before: 9 per edit
}

TEST_CASE("On PostgreSQL a push costs a few round trips whatever its size, not some per operation", "[service][.pgonly][pushcost]")
{
    TestDir dir;
    auto store = samen::test::openStoreUnderTest(dir);
    const PushCost cost = measurePush(*store);
    INFO("statements for 100 new operations: " << cost.forNew << ", for 50 edits: " << cost.forEdits);
    // Each statement is a round trip to the server: the push's ids asked at once, its appends written in a few
    // multi-row statements at commit (PgWriteBuffer), the audit entries, the sequence and the notice.
    // 19 and 17 when written. The SQLCipher store, which asks per operation as PostgreSQL did before, takes 458 and 283.
    CHECK(cost.forNew <= 25);
    CHECK(cost.forEdits <= 25);
}
