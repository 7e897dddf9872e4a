// What a push costs the store (issue 18, "the service's hot paths"): SQL statements per accepted
// operation, counted in-process on a real SQLCipher store (ServiceStore::statementCount), never timed.
#include "audit/auditlog.h"
#include "http/metrics.h"
#include "runtime/serviceconfig.h"
#include "servicefixture.h"
#include "storage/sqlcipherservicestore.h"
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

} // namespace

TEST_CASE("A push costs the store at most six statements per operation, new items and edits alike", "[service][pushcost]")
{
    TestDir dir;
    auto opened = SqlCipherServiceStore::open(dir.file(QStringLiteral("service.db")), QByteArray(32, 'p'));
    REQUIRE(opened);
    SqlCipherServiceStore &store = *opened.value();
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

    // 25 new goals of four fields each: what the benchmark pushes.
    QJsonArray create;
    QStringList goals;
    for (int i = 0; i < 25; ++i) {
        goals.append(newUuid());
        for (const auto &[field, value] :
             { std::pair { "domainKey", "housing" }, std::pair { "title", "A goal" }, std::pair { "status", "open" }, std::pair { "why", "Because" } })
            create.append(makeOp(planId, owner, QStringLiteral("goal"), goals.last(), QString::fromLatin1(field), QString::fromLatin1(value)));
    }
    qint64 before = store.statementCount();
    ApiResponse answer = sync.push(pushRequest(planId, device, create));
    REQUIRE(answer.status == 200);
    REQUIRE(QJsonDocument::fromJson(answer.body)[QStringLiteral("accepted")].toArray().size() == 100);
    const qint64 forNew = store.statementCount() - before;
    INFO("statements for 100 new operations: " << forNew);
    // Per operation: is the opId known, the entity's type (asked once for type, domain and timeline), the field's
    // state, the operation, the state again; the entity once per new item; the plan's sequence once per push.
    CHECK(forNew <= 600); // before: 8 per operation with the current state kept (each entity looked up twice, MAX(seq) each time)

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
    const qint64 forEdits = store.statementCount() - before;
    INFO("statements for 50 edits: " << forEdits);
    CHECK(forEdits <= 350); // before: 9 per edit
    // The current state follows: each field's last value.
    auto current = store.currentOps(planId);
    REQUIRE(current);
    CHECK(current->size() == 100);
}
