// The service's SQLCipher store on its own: schema migrations on a real file.
#include "audit/audithead.h"
#include "audit/auditlog.h"
#include "storage/sqlcipherservicestore.h"
#include "storage/storetransaction.h"
#include "store/database.h"
#include "testdir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using namespace samen;
using namespace samen::service;
using samen::test::TestDir;

namespace {

StoredOp storedOp(const QString &planId, const QString &type, const QString &entityId, const QString &domainKey, const QString &field)
{
    const QJsonObject body { { QStringLiteral("opId"), entityId + type + field },
                             { QStringLiteral("planId"), planId },
                             { QStringLiteral("entityType"), type },
                             { QStringLiteral("entityId"), entityId },
                             { QStringLiteral("field"), field } };
    return StoredOp { 0, domainKey, type, field, body };
}

StoredOp timelineOp(const QString &planId, const QString &entryId, const QString &domainKey, const QString &field)
{
    return storedOp(planId, QStringLiteral("timeline"), entryId, domainKey, field);
}

/** Takes a current file back to version 11: the operations' index by field holds every operation (ops_field). */
void backToVersion11(const QString &path, const QByteArray &key)
{
    auto db = Database::open(path, DatabaseKey::raw(key), false);
    REQUIRE(db);
    for (const char *sql : { "DROP INDEX ops_roles", "CREATE INDEX ops_field ON ops(plan_id, entity_type, field, seq)", "PRAGMA user_version = 11" })
        REQUIRE(db.value()->exec(QString::fromLatin1(sql)));
}

/** Takes a current file back to version 10: no secret for the audit chains' published names. */
void backToVersion10(const QString &path, const QByteArray &key)
{
    backToVersion11(path, key);
    auto db = Database::open(path, DatabaseKey::raw(key), false);
    REQUIRE(db);
    for (const char *sql : { "DROP TABLE service_secrets", "PRAGMA user_version = 10" })
        REQUIRE(db.value()->exec(QString::fromLatin1(sql)));
}

/** Takes a current file back to version 9: no current state kept (field_state, ops.current). */
void backToVersion9(const QString &path, const QByteArray &key)
{
    backToVersion10(path, key);
    auto db = Database::open(path, DatabaseKey::raw(key), false);
    REQUIRE(db);
    for (const char *sql : { "DROP TABLE field_state", "DROP INDEX ops_current", "ALTER TABLE ops DROP COLUMN current", "PRAGMA user_version = 9" })
        REQUIRE(db.value()->exec(QString::fromLatin1(sql)));
}

/** Takes a current file back to version 8: one audit chain, without chain columns or recorded heads. */
void backToVersion8(const QString &path, const QByteArray &key)
{
    backToVersion9(path, key);
    auto db = Database::open(path, DatabaseKey::raw(key), false);
    REQUIRE(db);
    for (const char *sql : { "DROP TABLE audit_chains", "DROP INDEX audit_chain", "ALTER TABLE audit DROP COLUMN chain",
                             "ALTER TABLE audit DROP COLUMN chain_pos", "PRAGMA user_version = 8" })
        REQUIRE(db.value()->exec(QString::fromLatin1(sql)));
}

/** Takes a current file back to version 4: no erased plans (7), no index on the operations' fields (6), members without their name and invitations
 * without whom they were for (5). */
void backToVersion4(const QString &path, const QByteArray &key)
{
    backToVersion8(path, key);
    auto db = Database::open(path, DatabaseKey::raw(key), false);
    REQUIRE(db);
    for (const char *sql :
         { "DROP TABLE erased_plans", "DROP INDEX ops_field", "ALTER TABLE members DROP COLUMN name", "ALTER TABLE invitations DROP COLUMN invitee",
           "ALTER TABLE invitations DROP COLUMN from_name", "ALTER TABLE invitations DROP COLUMN until_ms", "PRAGMA user_version = 4" })
        REQUIRE(db.value()->exec(QString::fromLatin1(sql)));
}

/** Takes a current file back to version 3: entity_domains held the domain-scoped entities and timeline entries. */
void backToVersion3(const QString &path, const QByteArray &key)
{
    backToVersion4(path, key);
    auto db = Database::open(path, DatabaseKey::raw(key), false);
    REQUIRE(db);
    REQUIRE(db.value()->exec(QStringLiteral("DROP TABLE entities")));
    REQUIRE(db.value()->exec(QStringLiteral("CREATE TABLE entity_domains (plan_id TEXT NOT NULL, entity_id TEXT NOT NULL, domain_key TEXT NOT NULL,"
                                            " PRIMARY KEY (plan_id, entity_id))")));
    REQUIRE(db.value()->exec(QStringLiteral("PRAGMA user_version = 3")));
}

/** The stored type and domain of an entity id, "type/domain", or "none". */
QString entityOf(SqlCipherServiceStore &store, const QString &planId, const QString &entityId)
{
    const auto e = store.entity(planId, entityId);
    REQUIRE(e);
    return e->has_value() ? e->value().entityType + QLatin1Char('/') + e->value().domainKey : QStringLiteral("none");
}

} // namespace

TEST_CASE("Migrating the service store to version 3 records every existing timeline entry with its domain", "[service]")
{
    TestDir dir;
    const QString path = dir.file(QStringLiteral("service.db"));
    const QByteArray key(32, '\x5a');
    const QString planId = QStringLiteral("0192f3a4-7000-7000-8000-00000000aaaa");
    {
        auto store = SqlCipherServiceStore::open(path, key);
        REQUIRE(store);
        REQUIRE(store.value()->appendOp(planId, timelineOp(planId, QStringLiteral("entry-plan"), QString(), QStringLiteral("kind")), 1));
        REQUIRE(store.value()->appendOp(planId, timelineOp(planId, QStringLiteral("entry-plan"), QString(), QStringLiteral("text")), 2));
        REQUIRE(store.value()->appendOp(planId, timelineOp(planId, QStringLiteral("entry-work"), QStringLiteral("work"), QStringLiteral("kind")), 3));
        const MemberRecord owner {
            planId,   QStringLiteral("member-1"), QStringLiteral("account-1"), QStringLiteral("citizen"), QStringLiteral("owner"), QStringLiteral("active"), 1,
            QString()
        };
        REQUIRE(store.value()->upsertMember(owner));
    }
    backToVersion3(path, key);
    {
        // Back to what a version 2 service left: no index on member ids, timeline entries not recorded.
        auto db = Database::open(path, DatabaseKey::raw(key), false);
        REQUIRE(db);
        REQUIRE(db.value()->exec(QStringLiteral("DROP INDEX members_member")));
        REQUIRE(db.value()->exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    auto store = SqlCipherServiceStore::open(path, key);
    REQUIRE(store);
    CHECK(entityOf(*store.value(), planId, QStringLiteral("entry-plan")) == QStringLiteral("timeline/"));
    CHECK(entityOf(*store.value(), planId, QStringLiteral("entry-work")) == QStringLiteral("timeline/work"));
    CHECK(entityOf(*store.value(), planId, QStringLiteral("entry-never")) == QStringLiteral("none"));
    const auto used = store.value()->memberIdInUse(QStringLiteral("member-1"));
    const auto unused = store.value()->memberIdInUse(QStringLiteral("member-2"));
    REQUIRE(used);
    REQUIRE(unused);
    CHECK(used.value());
    // The entity ids recorded by the migration are found across plans (version 8's index).
    CHECK(store.value()->entityIdInUse(QStringLiteral("entry-plan")).value());
    CHECK_FALSE(store.value()->entityIdInUse(QStringLiteral("entry-never")).value());
    CHECK_FALSE(unused.value());
}

TEST_CASE("Migrating the service store to version 4 records every entity id with the type of its first operation", "[service][entitytype]")
{
    TestDir dir;
    const QString path = dir.file(QStringLiteral("service.db"));
    const QByteArray key(32, '\x5b');
    const QString planId = QStringLiteral("0192f3a4-7000-7000-8000-00000000bbbb");
    const QString goal = QStringLiteral("goal-1");
    const QString helper = QStringLiteral("member-entity-1"); // a member record made on the owner's device
    const QString joined = QStringLiteral("member-2"); // a member's service id, never named by an operation
    {
        auto store = SqlCipherServiceStore::open(path, key);
        REQUIRE(store);
        SqlCipherServiceStore &s = *store.value();
        REQUIRE(s.insertPlan(planId, QStringLiteral("account-1"), 1));
        REQUIRE(s.upsertMember(
            { planId, joined, QStringLiteral("account-2"), QStringLiteral("network"), QStringLiteral("member"), QStringLiteral("active"), 1, QString() }));
        qint64 now = 10;
        // What a version 3 service accepted: the entities, then a member writing a goal under other types' ids.
        for (const StoredOp &op : { storedOp(planId, QStringLiteral("goal"), goal, QStringLiteral("work"), QStringLiteral("domainKey")),
                                    storedOp(planId, QStringLiteral("member"), helper, QString(), QStringLiteral("name")),
                                    storedOp(planId, QStringLiteral("goal"), helper, QStringLiteral("money"), QStringLiteral("domainKey")),
                                    storedOp(planId, QStringLiteral("goal"), helper, QStringLiteral("money"), QStringLiteral("_deleted")),
                                    storedOp(planId, QStringLiteral("goal"), joined, QStringLiteral("money"), QStringLiteral("domainKey")),
                                    storedOp(planId, QStringLiteral("goal"), planId, QStringLiteral("money"), QStringLiteral("domainKey")) })
            REQUIRE(s.appendOp(planId, op, ++now));
    }
    backToVersion3(path, key);
    auto store = SqlCipherServiceStore::open(path, key);
    REQUIRE(store);
    CHECK(entityOf(*store.value(), planId, goal) == QStringLiteral("goal/work"));
    CHECK(entityOf(*store.value(), planId, helper) == QStringLiteral("member/"));
    CHECK(entityOf(*store.value(), planId, joined) == QStringLiteral("member/"));
    CHECK(entityOf(*store.value(), planId, planId) == QStringLiteral("plan/"));
    CHECK(entityOf(*store.value(), planId, QStringLiteral("never")) == QStringLiteral("none"));
    // A known id keeps its record: recording it again as another type changes nothing.
    REQUIRE(store.value()->recordEntity(planId, goal, { QStringLiteral("member"), QString() }));
    CHECK(entityOf(*store.value(), planId, goal) == QStringLiteral("goal/work"));
}

TEST_CASE("Migrating the service store to version 5 keeps members and invitations, with empty names and no invitee", "[service][people]")
{
    TestDir dir;
    const QString path = dir.file(QStringLiteral("service.db"));
    const QByteArray key(32, '\x5c');
    const QString planId = QStringLiteral("0192f3a4-7000-7000-8000-00000000cccc");
    {
        auto store = SqlCipherServiceStore::open(path, key);
        REQUIRE(store);
        SqlCipherServiceStore &s = *store.value();
        REQUIRE(s.insertPlan(planId, QStringLiteral("account-1"), 1));
        REQUIRE(s.upsertMember({ planId, QStringLiteral("member-2"), QStringLiteral("account-2"), QStringLiteral("network"), QStringLiteral("member"),
                                 QStringLiteral("pending"), 7, QStringLiteral("Sam") }));
        InvitationRecord inv { planId,
                               QStringLiteral("inv-1"),
                               QStringLiteral("network"),
                               QJsonArray {},
                               QStringLiteral("member-1"),
                               5,
                               9,
                               QStringLiteral("redeemed"),
                               QStringLiteral("member-2"),
                               QJsonObject { { QStringLiteral("name"), QStringLiteral("Sam") } },
                               QStringLiteral("Robin"),
                               99 };
        REQUIRE(s.insertInvitation(inv, QByteArray(32, 'h')));
    }
    backToVersion4(path, key);
    auto store = SqlCipherServiceStore::open(path, key);
    REQUIRE(store);
    const auto members = store.value()->members(planId);
    REQUIRE(members);
    REQUIRE(members->size() == 1);
    CHECK(members->first().memberId == QStringLiteral("member-2"));
    CHECK(members->first().status == QStringLiteral("pending"));
    CHECK(members->first().name.isEmpty());
    const auto invitations = store.value()->invitations(planId);
    REQUIRE(invitations);
    REQUIRE(invitations->size() == 1);
    CHECK(invitations->first().memberId == QStringLiteral("member-2"));
    CHECK(invitations->first().invitee.isEmpty());
    CHECK(invitations->first().fromName.isEmpty());
    CHECK(invitations->first().untilMs == 0);
    // And what version 5 adds is kept from now on.
    REQUIRE(store.value()->upsertMember({ planId, QStringLiteral("member-2"), QStringLiteral("account-2"), QStringLiteral("network"), QStringLiteral("member"),
                                          QStringLiteral("active"), 7, QStringLiteral("Sam") }));
    CHECK(store.value()->members(planId)->first().name == QStringLiteral("Sam"));
}

TEST_CASE("Migrating the service store to version 9 keeps the one audit chain verifiable as the legacy chain, and plans get their own", "[service][audit]")
{
    TestDir dir;
    const QString path = dir.file(QStringLiteral("service.db"));
    const QByteArray key(32, '\x5d');
    REQUIRE(SqlCipherServiceStore::open(path, key));
    backToVersion8(path, key);
    // A chain as version 8 wrote it: seq 1, 2, 3 ..., from 64 zeros, the entries of every plan and the service's in one.
    QString prev = AuditLog::genesis(AuditLog::legacyChain());
    {
        auto db = Database::open(path, DatabaseKey::raw(key), false);
        REQUIRE(db);
        for (qint64 seq = 1; seq <= 4; ++seq) {
            AuditRecord e { seq, 100 + seq, seq % 2 ? QStringLiteral("p1") : QString(), QStringLiteral("d1"), QStringLiteral("ops.write"), QStringLiteral("p1"),
                            {},  prev };
            e.hash = AuditLog::entryHash(prev, e);
            REQUIRE(db.value()->exec(QStringLiteral("INSERT INTO audit (seq, at_ms, plan_id, actor, action, target, detail, prev_hash, hash)"
                                                    " VALUES (%1, %2, '%3', 'd1', 'ops.write', 'p1', '{}', '%4', '%5')")
                                         .arg(seq)
                                         .arg(e.atMs)
                                         .arg(e.planId, e.prevHash, e.hash)));
            prev = e.hash;
        }
    }
    auto store = SqlCipherServiceStore::open(path, key);
    REQUIRE(store);
    auto legacy = AuditLog::verify(*store.value());
    INFO((legacy ? QString() : legacy.error().message).toStdString());
    REQUIRE(legacy);
    REQUIRE(legacy->chains.size() == 1);
    CHECK(legacy->chains[0] == AuditChainHead { AuditLog::legacyChain(), 4, prev });
    // A head signed before (version 1: one chain) names the legacy chain, and the log still extends it.
    AuditHead v1;
    v1.version = 1;
    v1.size = 4;
    v1.headHash = prev;
    CHECK(AuditLog::extends(*store.value(), AuditLog::LogHead { v1.coveredChains() }));
    {
        AuditLog audit(*store.value());
        StoreTransaction tx(*store.value());
        REQUIRE(tx.begun());
        REQUIRE(audit.append(QStringLiteral("p1"), QStringLiteral("d1"), QStringLiteral("ops.write"), QStringLiteral("p1"), {}, 200));
        REQUIRE(tx.commit());
    }
    auto now = AuditLog::verify(*store.value());
    REQUIRE(now);
    CHECK(now->size() == 5);
    CHECK(now->chains.size() == 2);
    const auto planEntries = store.value()->auditEntries(QStringLiteral("p1"), 0, 10).value();
    REQUIRE(planEntries.size() == 3); // two legacy ones and the new one, in seq order
    CHECK(planEntries[2].seq == 5);
    CHECK(planEntries[2].prevHash == AuditLog::genesis(AuditLog::chainOf(QStringLiteral("p1"))));
    // The legacy chain is still checked entry by entry.
    {
        auto db = Database::open(path, DatabaseKey::raw(key), false);
        REQUIRE(db);
        REQUIRE(db.value()->exec(QStringLiteral("UPDATE audit SET action = 'grant.remove' WHERE seq = 2")));
    }
    auto broken = AuditLog::verify(*store.value());
    REQUIRE_FALSE(broken);
    CHECK(broken.error().message.contains(QStringLiteral("audit entry 2 was altered")));
    CHECK(broken.error().message.contains(QStringLiteral("first chain")));
}

TEST_CASE("Migrating the service store to version 10 gives every plan its current state, from its whole history", "[service][snapshot]")
{
    TestDir dir;
    const QString path = dir.file(QStringLiteral("service.db"));
    const QByteArray key(32, '\x5e');
    REQUIRE(SqlCipherServiceStore::open(path, key));
    backToVersion9(path, key);
    // What a version 9 service stored: a title written three times (the middle one last by its clock), a free-text
    // field in conflict (two values, a third replaced by one of them), and another plan's operation.
    const auto write = [](const QString &plan, const QString &opId, const QString &field, const QString &hlc, const QString &base) {
        return QStringLiteral("INSERT INTO ops (plan_id, seq, op_id, entity_type, field, domain_key, body, received_ms) VALUES ('%1',"
                              " (SELECT COUNT(*) + 1 FROM ops WHERE plan_id = '%1'), '%2', 'goal', '%3', 'housing',"
                              " '{\"opId\":\"%2\",\"entityId\":\"g1\",\"hlc\":\"%4\",\"author\":\"m1\"%5}', 1)")
            .arg(plan, opId, field, hlc, base.isEmpty() ? QString() : QStringLiteral(",\"base\":[\"%1\"]").arg(base));
    };
    {
        auto db = Database::open(path, DatabaseKey::raw(key), false);
        REQUIRE(db);
        for (const QString &sql :
             { write(QStringLiteral("p1"), QStringLiteral("t1"), QStringLiteral("title"), QStringLiteral("0000000001000-000000-a"), {}),
               write(QStringLiteral("p1"), QStringLiteral("t2"), QStringLiteral("title"), QStringLiteral("0000000003000-000000-a"), {}),
               write(QStringLiteral("p1"), QStringLiteral("t3"), QStringLiteral("title"), QStringLiteral("0000000002000-000000-a"), {}),
               write(QStringLiteral("p1"), QStringLiteral("w1"), QStringLiteral("why"), QStringLiteral("0000000001000-000000-a"), {}),
               write(QStringLiteral("p1"), QStringLiteral("w2"), QStringLiteral("why"), QStringLiteral("0000000002000-000000-a"), QStringLiteral("w1")),
               write(QStringLiteral("p1"), QStringLiteral("w3"), QStringLiteral("why"), QStringLiteral("0000000001500-000000-b"), {}),
               write(QStringLiteral("p2"), QStringLiteral("x1"), QStringLiteral("title"), QStringLiteral("0000000001000-000000-a"), {}) })
            REQUIRE(db.value()->exec(sql));
    }
    auto store = SqlCipherServiceStore::open(path, key);
    REQUIRE(store);
    const auto seqsOf = [&store](const QString &plan) {
        auto current = store.value()->currentOps(plan);
        REQUIRE(current);
        QStringList ids;
        for (const StoredOp &op : current.value())
            ids.append(op.op.value(QStringLiteral("opId")).toString() + QLatin1Char('@') + QString::number(op.seq));
        return ids.join(QLatin1Char(' ')).toStdString();
    };
    CHECK(seqsOf(QStringLiteral("p1")) == "t2@2 w2@5 w3@6");
    CHECK(seqsOf(QStringLiteral("p2")) == "x1@1");
    // And the state is kept from there: a later title replaces t2, an edit of both values ends the conflict.
    StoredOp title { 0, QStringLiteral("housing"), QStringLiteral("goal"), QStringLiteral("title"),
                     QJsonObject { { QStringLiteral("opId"), QStringLiteral("t4") },
                                   { QStringLiteral("entityId"), QStringLiteral("g1") },
                                   { QStringLiteral("hlc"), QStringLiteral("0000000004000-000000-a") },
                                   { QStringLiteral("author"), QStringLiteral("m1") } } };
    REQUIRE(store.value()->appendOp(QStringLiteral("p1"), title, 9));
    StoredOp why = title;
    why.field = QStringLiteral("why");
    why.op.insert(QStringLiteral("opId"), QStringLiteral("w4"));
    why.op.insert(QStringLiteral("base"), QJsonArray { QStringLiteral("w2"), QStringLiteral("w3") });
    REQUIRE(store.value()->appendOp(QStringLiteral("p1"), why, 9));
    CHECK(seqsOf(QStringLiteral("p1")) == "t4@7 w4@8");
}

TEST_CASE("Migrating the service store to version 11 makes the secret of the audit chains' published names, once", "[service][audit]")
{
    TestDir dir;
    const QString path = dir.file(QStringLiteral("service.db"));
    const QByteArray key(32, '\x5f');
    QByteArray made;
    {
        auto store = SqlCipherServiceStore::open(path, key);
        REQUIRE(store);
        made = store.value()->auditNameKey().value();
    }
    CHECK(made.size() == 32);
    backToVersion10(path, key);
    QByteArray migrated;
    {
        auto store = SqlCipherServiceStore::open(path, key);
        REQUIRE(store);
        auto secret = store.value()->auditNameKey();
        REQUIRE(secret);
        migrated = secret.value();
    }
    CHECK(migrated.size() == 32);
    CHECK(migrated != made); // random, made by the migration
    // Kept from then on: the same published names after every start.
    auto store = SqlCipherServiceStore::open(path, key);
    REQUIRE(store);
    CHECK(store.value()->auditNameKey().value() == migrated);
}

TEST_CASE("Migrating the service store to version 12 indexes only the fields PlanRoles reads, and they are still found by it", "[service][snapshot]")
{
    TestDir dir;
    const QString path = dir.file(QStringLiteral("service.db"));
    const QByteArray key(32, '\x3c');
    const QString plan = QStringLiteral("p1");
    {
        auto store = SqlCipherServiceStore::open(path, key);
        REQUIRE(store);
        StoreTransaction tx(*store.value());
        for (const StoredOp &op : { storedOp(plan, QStringLiteral("member"), QStringLiteral("m1"), QString(), QStringLiteral("coordinator")),
                                    storedOp(plan, QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("work"), QStringLiteral("title")),
                                    storedOp(plan, QStringLiteral("meeting"), QStringLiteral("e1"), QString(), QStringLiteral("participantIds")) })
            REQUIRE(store.value()->appendOp(plan, op, 1000));
        REQUIRE(tx.commit());
    }
    backToVersion11(path, key);
    {
        auto store = SqlCipherServiceStore::open(path, key);
        REQUIRE(store);
        // Every field still found, a role's through the new index, any other through the plan's operations.
        CHECK(store.value()->fieldOps(plan, QStringLiteral("member"), QStringLiteral("coordinator")).value().size() == 1);
        CHECK(store.value()->fieldOps(plan, QStringLiteral("meeting"), QStringLiteral("participantIds")).value().size() == 1);
        CHECK(store.value()->fieldOps(plan, QStringLiteral("goal"), QStringLiteral("title")).value().size() == 1);
    }
    auto db = Database::open(path, DatabaseKey::raw(key), false);
    REQUIRE(db);
    QStringList indexes;
    REQUIRE(db.value()->forEachRow(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'ops' ORDER BY name"), {},
                                   [&](const Statement &s) { indexes << s.text(0); }));
    CHECK(indexes.contains(QStringLiteral("ops_roles")));
    CHECK_FALSE(indexes.contains(QStringLiteral("ops_field")));
    // The role's query is answered from the index, not by reading the plan's operations.
    QString plan_;
    REQUIRE(db.value()->forEachRow(QStringLiteral("EXPLAIN QUERY PLAN SELECT seq FROM ops WHERE plan_id = ?1 AND entity_type = ?2 AND field = ?3 AND "
                                                  "entity_type IN ('member', 'agreement', 'meeting') AND field IN ('coordinator', 'whoId', "
                                                  "'participantIds', 'agendaDomains') ORDER BY seq"),
                                   { plan, QStringLiteral("member"), QStringLiteral("coordinator") }, [&](const Statement &s) { plan_ += s.text(3); }));
    INFO(plan_.toStdString());
    CHECK(plan_.contains(QStringLiteral("ops_roles")));
    // A goal's operation has no entry in it: the index holds the two role operations only.
    CHECK(db.value()
              ->scalar(QStringLiteral("SELECT count(*) FROM ops INDEXED BY ops_roles WHERE entity_type IN ('member', 'agreement', 'meeting') AND "
                                      "field IN ('coordinator', 'whoId', 'participantIds', 'agendaDomains')"))
              .value()
          == 2);
}
