// The PostgreSQL store where it differs from one embedded file: migrations, several
// connections (instances) at once, and notices sent on commit. Tagged [pgonly]: they
// run in the "pg service:" CTests, which start a throwaway cluster (tests/support/pgcluster.h).
#include "audit/auditlog.h"
#include "live/pglistener.h"
#include "pgcluster.h"
#include "storage/pgconnection.h"
#include "storage/pgschema.h"
#include "storage/pgservicestore.h"
#include "storage/storetransaction.h"
#include "waitfor.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <thread>

using namespace samen;
using namespace samen::service;
using samen::test::PgCluster;

namespace {

PgCluster &cluster()
{
    PgCluster *c = PgCluster::shared();
    INFO(PgCluster::lastError().toStdString());
    REQUIRE(c);
    return *c;
}

std::unique_ptr<PgServiceStore> open(const QString &uri)
{
    auto store = PgServiceStore::open(uri);
    INFO((store ? QString() : store.error().message).toStdString());
    REQUIRE(store);
    return std::move(store.value());
}

StoredOp op(const QString &opId)
{
    return StoredOp { 0, QStringLiteral("housing"), QStringLiteral("goal"), QStringLiteral("title"),
                      QJsonObject { { QStringLiteral("opId"), opId }, { QStringLiteral("entityId"), QStringLiteral("g") } } };
}

} // namespace

TEST_CASE("PostgreSQL store: an empty database and one of version 1 are migrated to the current version, a newer one is refused untouched",
          "[service][.pgonly]")
{
    const QString uri = cluster().freshDatabase();
    {
        auto db = PgConnection::open(uri);
        REQUIRE(db);
        CHECK(PgSchema::version(*db.value()).value() == 0);
    }
    {
        auto store = open(uri);
        REQUIRE(store->insertPlan(QStringLiteral("p1"), QStringLiteral("a"), 1));
    }
    auto db = PgConnection::open(uri);
    REQUIRE(db);
    CHECK(PgSchema::version(*db.value()).value() == PgSchema::kVersion);
    // Opening again changes nothing (and keeps the data).
    CHECK(open(uri)->planExists(QStringLiteral("p1")).value());
    // From version 1 (before erased plans were remembered): the table comes, the data stays.
    REQUIRE(db.value()->execScript(QStringLiteral("DROP TABLE erased_plans")));
    REQUIRE(db.value()->execScript(QStringLiteral("UPDATE schema_version SET version = 1")));
    {
        auto store = open(uri);
        CHECK(store->planExists(QStringLiteral("p1")).value());
        CHECK_FALSE(store->planErased(QByteArray(32, 'x')).value());
    }
    CHECK(PgSchema::version(*db.value()).value() == PgSchema::kVersion);
    // From version 2 (entity ids looked up only within a plan): the index by entity id comes.
    REQUIRE(db.value()->execScript(QStringLiteral("DROP INDEX entities_entity")));
    REQUIRE(db.value()->execScript(QStringLiteral("UPDATE schema_version SET version = 2")));
    CHECK(open(uri)->planExists(QStringLiteral("p1")).value());
    CHECK(db.value()->exec(QStringLiteral("SELECT to_regclass('entities_entity') IS NOT NULL"))->text(0, 0) == QStringLiteral("t"));
    CHECK(PgSchema::version(*db.value()).value() == PgSchema::kVersion);
    REQUIRE(db.value()->execScript(QStringLiteral("UPDATE schema_version SET version = 99")));
    auto refused = PgServiceStore::open(uri);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::TooNew);
    CHECK(PgSchema::version(*db.value()).value() == 99);
}

TEST_CASE("PostgreSQL store: instances pushing to one plan at once get one unbroken sequence and one audit chain", "[service][.pgonly]")
{
    // Each thread is an instance with its own connection. With MAX(seq)+1 and no lock, two transactions read the same
    // maximum and the second insert breaks the primary key; with an unlocked audit chain two entries link to one parent.
    const QString uri = cluster().freshDatabase();
    REQUIRE(open(uri)->insertPlan(QStringLiteral("p1"), QStringLiteral("a"), 1));
    constexpr int kInstances = 4;
    constexpr int kBatches = 15;
    constexpr int kOps = 5;
    std::vector<QList<qint64>> seqs(kInstances);
    std::vector<QString> failures(kInstances);
    std::vector<std::thread> threads;
    for (int t = 0; t < kInstances; ++t) {
        threads.emplace_back([&, t] {
            auto store = PgServiceStore::open(uri);
            if (!store) {
                failures[t] = store.error().message;
                return;
            }
            AuditLog audit(*store.value());
            for (int b = 0; b < kBatches; ++b) {
                StoreTransaction tx(*store.value());
                for (int i = 0; i < kOps; ++i) {
                    const QString opId = QStringLiteral("t%1-b%2-o%3").arg(t).arg(b).arg(i);
                    if (auto known = store.value()->opById(QStringLiteral("p1"), opId); !known || known->has_value()) {
                        failures[t] = QStringLiteral("opById");
                        return;
                    }
                    auto seq = store.value()->appendOp(QStringLiteral("p1"), op(opId), 1);
                    if (!seq) {
                        failures[t] = seq.error().message;
                        return;
                    }
                    seqs[t].append(seq.value());
                }
                if (!audit.append(QStringLiteral("p1"), QStringLiteral("d"), QStringLiteral("ops.write"), QStringLiteral("p1"), {}, 1) || !tx.commit()) {
                    failures[t] = QStringLiteral("audit or commit");
                    return;
                }
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QSet<qint64> all;
    for (int t = 0; t < kInstances; ++t) {
        INFO(failures[t].toStdString());
        CHECK(failures[t].isEmpty());
        for (qint64 s : seqs[t])
            all.insert(s);
    }
    CHECK(all.size() == kInstances * kBatches * kOps);
    auto store = open(uri);
    CHECK(store->planHead(QStringLiteral("p1")).value() == kInstances * kBatches * kOps); // 1..N, no gap, no duplicate
    auto head = AuditLog::verify(*store);
    REQUIRE(head);
    CHECK(head->size() == kInstances * kBatches);
    CHECK(head->chains.size() == 1); // all of p1's, in p1's chain
}

TEST_CASE("PostgreSQL store: audited writes to two plans do not wait for each other, two to one plan do", "[service][.pgonly]")
{
    const QString uri = cluster().freshDatabase();
    // The second instance gives up on a lock after a second instead of waiting: a wait shows as an error, not as time.
    auto first = open(uri);
    auto second = open(uri + QStringLiteral("?options=-c%20lock_timeout%3D1000"));
    AuditLog firstLog(*first);
    AuditLog secondLog(*second);
    StoreTransaction open1(*first);
    REQUIRE(open1.begun());
    REQUIRE(firstLog.append(QStringLiteral("p1"), QStringLiteral("d1"), QStringLiteral("ops.write"), QStringLiteral("p1"), {}, 1));
    // While the first holds p1's chain: no advisory lock (before: one global lock for the whole chain), one row of audit_chains.
    auto db = PgConnection::open(uri);
    REQUIRE(db);
    CHECK(db.value()
              ->exec(QStringLiteral(
                  "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"))
              ->integer(0, 0)
          == 0);
    {
        StoreTransaction tx(*second);
        REQUIRE(tx.begun());
        const Status other = secondLog.append(QStringLiteral("p2"), QStringLiteral("d2"), QStringLiteral("ops.write"), QStringLiteral("p2"), {}, 1);
        INFO((other ? QString() : other.error().message).toStdString());
        CHECK(other); // before: "canceling statement due to lock timeout" on the global audit lock
        CHECK(tx.commit());
    }
    {
        StoreTransaction tx(*second);
        REQUIRE(tx.begun());
        const Status same = secondLog.append(QStringLiteral("p1"), QStringLiteral("d2"), QStringLiteral("ops.write"), QStringLiteral("p1"), {}, 1);
        REQUIRE_FALSE(same); // p1's chain is held by the first
        CHECK(same.error().message.contains(QStringLiteral("lock timeout")));
    }
    REQUIRE(open1.commit());
    auto head = AuditLog::verify(*first);
    REQUIRE(head);
    CHECK(head->size() == 2);
    CHECK(head->chains.size() == 2);
}

TEST_CASE("PostgreSQL store: migrating to version 4 keeps the one audit chain verifiable as the legacy chain, and plans get their own", "[service][.pgonly]")
{
    const QString uri = cluster().freshDatabase();
    open(uri);
    auto db = PgConnection::open(uri);
    REQUIRE(db);
    // Back to version 3, with a chain written as version 3 wrote it: seq 1, 2, 3 ..., from 64 zeros.
    for (const char *sql : { "DROP TABLE audit_chains", "DROP INDEX audit_chain", "ALTER TABLE audit DROP COLUMN chain",
                             "ALTER TABLE audit DROP COLUMN chain_pos", "DROP SEQUENCE audit_seq", "UPDATE schema_version SET version = 3" })
        REQUIRE(db.value()->execScript(QString::fromLatin1(sql)));
    QString prev = AuditLog::genesis(AuditLog::legacyChain());
    for (int seq = 1; seq <= 4; ++seq) {
        AuditRecord e { seq, 100 + seq, seq % 2 ? QStringLiteral("p1") : QString(), QStringLiteral("d1"), QStringLiteral("ops.write"), QStringLiteral("p1"),
                        {},  prev };
        e.hash = AuditLog::entryHash(prev, e);
        REQUIRE(db.value()->exec(QStringLiteral("INSERT INTO audit (seq, at_ms, plan_id, actor, action, target, detail, prev_hash, hash)"
                                                " VALUES ($1, $2, $3, $4, $5, $6, '{}', $7, $8)"),
                                 { e.seq, e.atMs, e.planId, e.actor, e.action, e.target, e.prevHash, e.hash }));
        prev = e.hash;
    }
    auto store = open(uri);
    CHECK(PgSchema::version(*db.value()).value() == PgSchema::kVersion);
    auto legacy = AuditLog::verify(*store);
    INFO((legacy ? QString() : legacy.error().message).toStdString());
    REQUIRE(legacy);
    REQUIRE(legacy->chains.size() == 1);
    CHECK(legacy->chains[0] == AuditChainHead { AuditLog::legacyChain(), 4, prev });
    // A head signed before (version 1: one chain) is the legacy chain's, and the log still extends it.
    CHECK(AuditLog::extends(*store, AuditLog::LogHead { { AuditChainHead { AuditLog::legacyChain(), 4, prev } } }));
    {
        AuditLog audit(*store);
        StoreTransaction tx(*store);
        REQUIRE(tx.begun());
        REQUIRE(audit.append(QStringLiteral("p1"), QStringLiteral("d1"), QStringLiteral("ops.write"), QStringLiteral("p1"), {}, 200));
        REQUIRE(tx.commit());
    }
    auto now = AuditLog::verify(*store);
    REQUIRE(now);
    CHECK(now->size() == 5);
    CHECK(now->chains.size() == 2);
    auto planEntries = store->auditEntries(QStringLiteral("p1"), 0, 10).value();
    REQUIRE(planEntries.size() == 3); // two legacy ones and the new one, in seq order
    CHECK(planEntries[2].seq == 5);
    CHECK(planEntries[2].prevHash == AuditLog::genesis(AuditLog::chainOf(QStringLiteral("p1"))));
    // The legacy chain is still checked entry by entry.
    REQUIRE(db.value()->execScript(QStringLiteral("UPDATE audit SET action = 'grant.remove' WHERE seq = 2")));
    auto broken = AuditLog::verify(*store);
    REQUIRE_FALSE(broken);
    CHECK(broken.error().message.contains(QStringLiteral("audit entry 2 was altered")));
}

TEST_CASE("PostgreSQL store: another instance hears a change only once it is committed, and resyncs after losing LISTEN", "[service][.pgonly]")
{
    const QString uri = cluster().freshDatabase();
    auto store = open(uri);
    REQUIRE(store->insertPlan(QStringLiteral("p1"), QStringLiteral("a"), 1));
    PgListener listener(uri, QStringLiteral("another instance"), 100);
    QList<LiveNotice> heard;
    int resyncs = 0;
    QObject::connect(&listener, &PgListener::notice, [&heard](const LiveNotice &n) { heard.append(n); });
    QObject::connect(&listener, &PgListener::resync, [&resyncs] { ++resyncs; });
    REQUIRE(listener.start());
    {
        StoreTransaction tx(*store);
        REQUIRE(store->appendOp(QStringLiteral("p1"), op(QStringLiteral("rolled-back")), 1));
    } // rolled back: nothing to hear
    {
        StoreTransaction tx(*store);
        REQUIRE(store->appendOp(QStringLiteral("p1"), op(QStringLiteral("o1")), 1));
        REQUIRE(store->appendOp(QStringLiteral("p1"), op(QStringLiteral("o2")), 1));
        REQUIRE(tx.commit());
    }
    REQUIRE(samen::test::waitFor([&heard] { return !heard.isEmpty(); }, 10000));
    REQUIRE(heard.size() == 1); // one notice per plan and commit, with the highest number
    CHECK(heard.first().type == QStringLiteral("plan"));
    CHECK(heard.first().id == QStringLiteral("p1"));
    CHECK(heard.first().seq == 2);

    SECTION("its own notices are skipped (the instance poked its sockets itself)")
    {
        PgListener own(uri, store->instanceId(), 100);
        QList<LiveNotice> ownHeard;
        QObject::connect(&own, &PgListener::notice, [&ownHeard](const LiveNotice &n) { ownHeard.append(n); });
        REQUIRE(own.start());
        REQUIRE(store->revokeDevice(QStringLiteral("d1"), 5));
        REQUIRE(samen::test::waitFor([&heard] { return heard.size() == 2; }, 10000));
        CHECK(heard.last().type == QStringLiteral("revoked"));
        CHECK(ownHeard.isEmpty());
    }
    SECTION("after its connection is cut, it connects again and asks for a resync")
    {
        REQUIRE(cluster().psql(
            uri.section(QLatin1Char('/'), -1),
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND datname = current_database()")));
        REQUIRE(samen::test::waitFor([&resyncs] { return resyncs == 1; }, 15000));
        REQUIRE(store->appendOp(QStringLiteral("p1"), op(QStringLiteral("o3")), 1));
        REQUIRE(samen::test::waitFor([&heard] { return heard.size() == 2; }, 10000));
        CHECK(heard.last().seq == 3);
    }
}

TEST_CASE("PostgreSQL store: migrating to version 5 gives every plan its current state, from its whole history", "[service][.pgonly][snapshot]")
{
    const QString uri = cluster().freshDatabase();
    open(uri);
    auto db = PgConnection::open(uri);
    REQUIRE(db);
    // Back to version 4, with what a version 4 service stored: a title written three times (the middle one last by
    // its clock), a free-text field in conflict (two values, a third replaced by one of them), another plan's operation.
    for (const char *sql : { "DROP TABLE service_secrets", "DROP TABLE field_state", "DROP INDEX ops_current", "ALTER TABLE ops DROP COLUMN current",
                             "UPDATE schema_version SET version = 4" })
        REQUIRE(db.value()->execScript(QString::fromLatin1(sql)));
    const struct {
        const char *plan, *opId, *field, *hlc, *base;
    } history[] = {
        { "p1", "t1", "title", "0000000001000-000000-a", "" }, { "p1", "t2", "title", "0000000003000-000000-a", "" },
        { "p1", "t3", "title", "0000000002000-000000-a", "" }, { "p1", "w1", "why", "0000000001000-000000-a", "" },
        { "p1", "w2", "why", "0000000002000-000000-a", "w1" }, { "p1", "w3", "why", "0000000001500-000000-b", "" },
        { "p2", "x1", "title", "0000000001000-000000-a", "" },
    };
    for (const auto &h : history) {
        QJsonObject body { { QStringLiteral("opId"), QString::fromLatin1(h.opId) },
                           { QStringLiteral("entityId"), QStringLiteral("g1") },
                           { QStringLiteral("hlc"), QString::fromLatin1(h.hlc) },
                           { QStringLiteral("author"), QStringLiteral("m1") } };
        if (*h.base)
            body.insert(QStringLiteral("base"), QJsonArray { QString::fromLatin1(h.base) });
        REQUIRE(db.value()->exec(QStringLiteral("INSERT INTO ops (plan_id, seq, op_id, entity_type, field, domain_key, body, received_ms)"
                                                " VALUES ($1, (SELECT COUNT(*) + 1 FROM ops WHERE plan_id = $1), $2, 'goal', $3, 'housing', $4, 1)"),
                                 { QString::fromLatin1(h.plan), QString::fromLatin1(h.opId), QString::fromLatin1(h.field),
                                   QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)) }));
    }
    auto store = open(uri);
    CHECK(PgSchema::version(*db.value()).value() == PgSchema::kVersion);
    const auto idsOf = [&store](const QString &plan) {
        auto current = store->currentOps(plan);
        REQUIRE(current);
        QStringList ids;
        for (const StoredOp &op : current.value())
            ids.append(op.op.value(QStringLiteral("opId")).toString() + QLatin1Char('@') + QString::number(op.seq));
        return ids.join(QLatin1Char(' ')).toStdString();
    };
    CHECK(idsOf(QStringLiteral("p1")) == "t2@2 w2@5 w3@6");
    CHECK(idsOf(QStringLiteral("p2")) == "x1@1");
    // Opening again (another instance starting) changes nothing.
    open(uri);
    CHECK(idsOf(QStringLiteral("p1")) == "t2@2 w2@5 w3@6");
}

TEST_CASE("PostgreSQL store: migrating to version 6 makes the secret of the audit chains' published names, once for every instance",
          "[service][.pgonly][audit]")
{
    const QString uri = cluster().freshDatabase();
    const QByteArray made = open(uri)->auditNameKey().value();
    CHECK(made.size() == 32);
    auto db = PgConnection::open(uri);
    REQUIRE(db);
    REQUIRE(db.value()->execScript(QStringLiteral("DROP TABLE service_secrets")));
    REQUIRE(db.value()->execScript(QStringLiteral("UPDATE schema_version SET version = 5")));
    auto first = open(uri);
    auto second = open(uri); // another instance starting on the same database
    const QByteArray migrated = first->auditNameKey().value();
    CHECK(migrated.size() == 32);
    CHECK(migrated != made);
    CHECK(second->auditNameKey().value() == migrated);
    CHECK(PgSchema::version(*db.value()).value() == PgSchema::kVersion);
}

TEST_CASE("PostgreSQL store: migrating to version 7 indexes only the fields PlanRoles reads, and they are still found by it", "[service][.pgonly]")
{
    const QString uri = cluster().freshDatabase();
    {
        auto store = open(uri);
        REQUIRE(store->insertPlan(QStringLiteral("p1"), QStringLiteral("a"), 1));
        StoreTransaction tx(*store);
        const auto role = StoredOp { 0, QString(), QStringLiteral("member"), QStringLiteral("coordinator"),
                                     QJsonObject { { QStringLiteral("opId"), QStringLiteral("o1") }, { QStringLiteral("entityId"), QStringLiteral("m") } } };
        REQUIRE(store->appendOp(QStringLiteral("p1"), role, 1000));
        REQUIRE(store->appendOp(QStringLiteral("p1"), op(QStringLiteral("o2")), 1000));
        REQUIRE(tx.commit());
    }
    auto db = PgConnection::open(uri);
    REQUIRE(db);
    // Back to version 6: every operation in the index by field.
    REQUIRE(db.value()->execScript(QStringLiteral("DROP INDEX ops_roles")));
    REQUIRE(db.value()->execScript(QStringLiteral("CREATE INDEX ops_field ON ops(plan_id, entity_type, field, seq)")));
    REQUIRE(db.value()->execScript(QStringLiteral("UPDATE schema_version SET version = 6")));
    auto store = open(uri);
    CHECK(PgSchema::version(*db.value()).value() == PgSchema::kVersion);
    CHECK(db.value()->exec(QStringLiteral("SELECT to_regclass('ops_field') IS NULL AND to_regclass('ops_roles') IS NOT NULL"))->text(0, 0)
          == QStringLiteral("t"));
    CHECK(store->fieldOps(QStringLiteral("p1"), QStringLiteral("member"), QStringLiteral("coordinator")).value().size() == 1);
    CHECK(store->fieldOps(QStringLiteral("p1"), QStringLiteral("goal"), QStringLiteral("title")).value().size() == 1);
}
