#include "store/operationchains.h"
#include "store/operationtable.h"
#include "store/planstore.h"
#include "store_test_support.h"
#include "testdir.h"

#include "qtcatch.h"

using namespace samen;
using samen::test::TestDir;

namespace {

// Schema version 1 exactly as Samen 0.1 wrote it, kept here as text so the
// migration is tested against the old layout, not against today's code.
const char *const kVersion1Schema = R"sql(
PRAGMA application_id = 1396788558;
CREATE TABLE ops (op_id TEXT PRIMARY KEY NOT NULL, plan_id TEXT NOT NULL, entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL,
  base TEXT NOT NULL DEFAULT '[]', origin TEXT NOT NULL CHECK (origin IN ('local', 'remote')), server_seq INTEGER);
CREATE INDEX ops_entity_field ON ops (entity_id, field);
CREATE INDEX ops_plan ON ops (plan_id);
CREATE TABLE outbox (device_seq INTEGER PRIMARY KEY AUTOINCREMENT,
  op_id TEXT NOT NULL UNIQUE REFERENCES ops (op_id), pushed INTEGER NOT NULL DEFAULT 0);
CREATE TABLE entities (id TEXT PRIMARY KEY NOT NULL, plan_id TEXT NOT NULL, type TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0, sort_key TEXT, doc TEXT NOT NULL);
CREATE INDEX entities_plan_type ON entities (plan_id, type);
CREATE TABLE field_state (entity_id TEXT NOT NULL, field TEXT NOT NULL, winner_op TEXT NOT NULL,
  PRIMARY KEY (entity_id, field)) WITHOUT ROWID;
CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
PRAGMA user_version = 1;
)sql";

// A goal whose "why" two people edited concurrently (v1 kept only the winner),
// its title, and a step; two ops were pushed, two wait in the outbox.
const char *const kVersion1Data = R"sql(
INSERT INTO ops VALUES
  ('op-1', 'plan-1', 'goal', 'g1', 'title', '"Find work"', '0000000001000-000000-devA', 'alice', '[]', 'local', 1),
  ('op-2', 'plan-1', 'goal', 'g1', 'why', '"Pay rent"', '0000000001001-000000-devA', 'alice', '[]', 'local', 2),
  ('op-3', 'plan-1', 'goal', 'g1', 'why', '"Alice: pay rent"', '0000000002000-000000-devA', 'alice', '["op-2"]', 'local', NULL),
  ('op-4', 'plan-1', 'goal', 'g1', 'why', '"Bob: feel useful"', '0000000002001-000000-devB', 'bob', '["op-2"]', 'remote', 3),
  ('op-5', 'plan-1', 'step', 's1', 'title', '"Call the job centre"', '0000000002002-000000-devA', 'alice', '[]', 'local', NULL);
INSERT INTO outbox (op_id, pushed) VALUES ('op-1', 1), ('op-2', 1), ('op-3', 0), ('op-5', 0);
INSERT INTO entities VALUES
  ('g1', 'plan-1', 'goal', 0, NULL, '{"id":"g1","type":"goal","planId":"plan-1","title":"Find work","why":"Bob: feel useful"}'),
  ('s1', 'plan-1', 'step', 0, NULL, '{"id":"s1","type":"step","planId":"plan-1","title":"Call the job centre"}');
INSERT INTO field_state VALUES ('g1', 'title', 'op-1'), ('g1', 'why', 'op-4'), ('s1', 'title', 'op-5');
INSERT INTO settings VALUES ('deviceId', 'dev-A'), ('cursor', '3');
)sql";

// Version 2 exactly as Samen 0.2 wrote it: version 1 plus the reason a push
// was refused and every head of a field. The data is version 1's, with the
// concurrent "why" edits already kept as two heads and one refused push.
const char *const kVersion2Changes = R"sql(
ALTER TABLE outbox ADD COLUMN rejected_reason TEXT;
ALTER TABLE field_state ADD COLUMN heads TEXT NOT NULL DEFAULT '[]';
UPDATE field_state SET heads = '["' || winner_op || '"]';
UPDATE field_state SET heads = '["op-3","op-4"]' WHERE entity_id = 'g1' AND field = 'why';
UPDATE outbox SET rejected_reason = 'No access' WHERE op_id = 'op-5';
PRAGMA user_version = 2;
)sql";

// Version 3 exactly as Samen 0.3 wrote it: lists read in order from an index.
const char *const kVersion3Changes = R"sql(
CREATE INDEX entities_list ON entities (plan_id, type, deleted, sort_key, id);
DROP INDEX entities_plan_type;
PRAGMA user_version = 3;
)sql";

// More version 3 data: a second step with a sort key and a deleted goal, both
// waiting in the outbox, and a second plan, as version 3 materialised them.
const char *const kVersion3Data = R"sql(
INSERT INTO ops VALUES
  ('op-6', 'plan-1', 'step', 's2', 'title', '"Write a CV"', '0000000003000-000000-devA', 'alice', '[]', 'local', NULL),
  ('op-7', 'plan-1', 'step', 's2', 'sortKey', '"a0"', '0000000003001-000000-devA', 'alice', '[]', 'local', NULL),
  ('op-8', 'plan-1', 'goal', 'g2', 'title', '"Old goal"', '0000000003002-000000-devB', 'bob', '[]', 'remote', 4),
  ('op-9', 'plan-1', 'goal', 'g2', '_deleted', 'true', '0000000003003-000000-devA', 'alice', '[]', 'local', NULL),
  ('op-10', 'plan-2', 'plan', 'p2', 'name', '"Second plan"', '0000000003004-000000-devB', 'bob', '[]', 'remote', 1);
INSERT INTO outbox (op_id, pushed) VALUES ('op-6', 0), ('op-7', 0), ('op-9', 0);
INSERT INTO entities VALUES
  ('s2', 'plan-1', 'step', 0, 'a0', '{"id":"s2","planId":"plan-1","sortKey":"a0","title":"Write a CV","type":"step"}'),
  ('g2', 'plan-1', 'goal', 1, NULL, '{"_deleted":true,"id":"g2","planId":"plan-1","title":"Old goal","type":"goal"}'),
  ('p2', 'plan-2', 'plan', 0, NULL, '{"id":"p2","name":"Second plan","planId":"plan-2","type":"plan"}');
INSERT INTO field_state VALUES
  ('s2', 'title', 'op-6', '["op-6"]'), ('s2', 'sortKey', 'op-7', '["op-7"]'),
  ('g2', 'title', 'op-8', '["op-8"]'), ('g2', '_deleted', 'op-9', '["op-9"]'), ('p2', 'name', 'op-10', '["op-10"]');
)sql";

// Version 4 as Samen 0.4 wrote it: the merge state in the entities row, the documents
// without id/type/planId, and operations found by a 16-bit key of their entity (filled
// in by writeOldStore: OperationTable::entityKey is stored in files and never changes).
const char *const kVersion4Changes = R"sql(
ALTER TABLE entities ADD COLUMN heads TEXT NOT NULL DEFAULT '{}';
UPDATE entities SET heads = (SELECT json_group_object(field, json(heads)) FROM field_state
  WHERE entity_id = entities.id) WHERE id IN (SELECT entity_id FROM field_state);
DROP TABLE field_state;
UPDATE entities SET doc = json_remove(doc, '$.id', '$.type', '$.planId');
ALTER TABLE ops ADD COLUMN entity_key INTEGER NOT NULL DEFAULT 0;
CREATE INDEX ops_entity ON ops (entity_key);
DROP INDEX ops_entity_field;
PRAGMA user_version = 4;
)sql";

// Version 5 as Samen 0.5 wrote it: no index of operations by plan.
const char *const kVersion5Changes = R"sql(
DROP INDEX ops_plan;
PRAGMA user_version = 5;
)sql";

/** Writes a store in an earlier layout, as that version of Samen left it. */
void writeOldStore(const QString &dir, int version)
{
    auto db = Database::open(PlanStore::databasePath(dir), test::testRawKey(), true);
    REQUIRE(db.ok());
    REQUIRE(db.value()->exec(QString::fromUtf8(kVersion1Schema)).ok());
    REQUIRE(db.value()->exec(QString::fromUtf8(kVersion1Data)).ok());
    if (version >= 2)
        REQUIRE(db.value()->exec(QString::fromUtf8(kVersion2Changes)).ok());
    if (version >= 3)
        REQUIRE(db.value()->exec(QString::fromUtf8(kVersion3Changes)).ok());
    if (version >= 4) {
        REQUIRE(db.value()->exec(QString::fromUtf8(kVersion4Changes)).ok());
        for (const char *entity : { "g1", "s1" })
            REQUIRE(db.value()
                        ->exec(QStringLiteral("UPDATE ops SET entity_key = %1 WHERE entity_id = '%2'")
                                   .arg(OperationTable::entityKey(QLatin1String(entity)))
                                   .arg(QLatin1String(entity)))
                        .ok());
    }
    if (version >= 5)
        REQUIRE(db.value()->exec(QString::fromUtf8(kVersion5Changes)).ok());
    REQUIRE(db.value()->scalar(QStringLiteral("PRAGMA user_version")).value() == version);
}

QStringList ids(const QList<Operation> &ops)
{
    QStringList list;
    for (const Operation &op : ops)
        list.append(op.opId);
    return list;
}

QStringList ids(const QList<OutboxEntry> &entries)
{
    QStringList list;
    for (const OutboxEntry &e : entries)
        list.append(QString::number(e.deviceSeq) + QLatin1Char(':') + e.op.opId + QLatin1Char(':') + e.rejectedReason);
    return list;
}

/** The layout of a store: every table and index with its SQL, sorted. */
QStringList layout(Database &db)
{
    QStringList items;
    auto st = db.prepare(QStringLiteral("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"));
    REQUIRE(st.ok());
    st.value()->bind({});
    while (st.value()->step().value())
        items.append(st.value()->text(0) + QLatin1Char(' ') + st.value()->text(1) + QLatin1Char(':') + st.value()->text(2).simplified());
    return items;
}

/** How SQLite runs a query (its steps joined by |). */
QString queryPlan(Database &db, const QString &sql)
{
    auto st = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    REQUIRE(st.ok());
    st.value()->bind({});
    QStringList steps;
    while (st.value()->step().value())
        steps.append(st.value()->text(3));
    return steps.join(QLatin1Char('|'));
}

/** How SQLite runs the plan overview's list query. */
QString overviewPlan(Database &db)
{
    return queryPlan(db, QStringLiteral("SELECT doc FROM entities WHERE plan_id = ?1 AND type = ?2 AND deleted = 0 ORDER BY sort_key, id"));
}

} // namespace

TEST_CASE("Stores of every earlier schema version migrate to the layout a new store has", "[store]")
{
    TestDir fresh;
    QStringList expected;
    {
        auto store = PlanStore::create(fresh.path(), test::testRawKey());
        REQUIRE(store.ok());
        expected = layout(store.value()->database());
    }
    CHECK(expected.size() >= 9);
    const int from = GENERATE(range(1, PlanStore::kSchemaVersion));
    INFO("from version " << from);
    TestDir dir;
    writeOldStore(dir.path(), from);
    auto store = PlanStore::open(dir.path(), test::testRawKey());
    REQUIRE(store.ok());
    Database &db = store.value()->database();
    CHECK(db.scalar(QStringLiteral("PRAGMA user_version")).value() == PlanStore::kSchemaVersion);
    CHECK(layout(db) == expected);
    // Version 3: lists come in display order from the index, with no sort in memory.
    const QString plan = overviewPlan(db);
    CHECK(plan.contains(QStringLiteral("entities_list")));
    CHECK_FALSE(plan.contains(QStringLiteral("TEMP B-TREE")));
    // Version 6: no index finds operations by entity (only their ids are indexed); their chains do.
    CHECK(
        db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ops' AND name NOT LIKE 'sqlite_autoindex%'")).value()
        == 0);
    CHECK(ids(store.value()->history(QStringLiteral("g1"), QStringLiteral("why")))
          == QStringList { QStringLiteral("op-2"), QStringLiteral("op-3"), QStringLiteral("op-4") });
    CHECK(ids(store.value()->history(QStringLiteral("s1"))) == QStringList { QStringLiteral("op-5") });

    // Data, outbox (with its refused push) and merged heads survive every path.
    CHECK(store.value()->operationCount() == 5);
    CHECK(store.value()->setting(QStringLiteral("cursor")) == QStringLiteral("3"));
    CHECK(store.value()->fieldHeads(QStringLiteral("g1"), QStringLiteral("why")) == QStringList { QStringLiteral("op-3"), QStringLiteral("op-4") });
    CHECK(store.value()->entity(QStringLiteral("g1"))->value(QStringLiteral("title")).toString() == QStringLiteral("Find work"));
    const auto goals = store.value()->entities(QStringLiteral("plan-1"), QStringLiteral("goal"));
    REQUIRE(goals.size() == 1);
    CHECK(goals[0].value(QStringLiteral("id")).toString() == QStringLiteral("g1"));
    const int pending = static_cast<int>(store.value()->outbox(-1).size());
    const int refused = static_cast<int>(store.value()->rejected().size());
    CHECK(pending + refused == 2);
    CHECK(refused == (from >= 2 ? 1 : 0));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'")).value() == 0);
}

TEST_CASE("A version 1 store is migrated to the current version with its data and outbox intact", "[store]")
{
    TestDir dir;
    const QString path = PlanStore::databasePath(dir.path());
    {
        auto db = Database::open(path, test::testRawKey(), true);
        REQUIRE(db.ok());
        REQUIRE(db.value()->exec(QString::fromUtf8(kVersion1Schema)).ok());
        REQUIRE(db.value()->exec(QString::fromUtf8(kVersion1Data)).ok());
        REQUIRE(db.value()->scalar(QStringLiteral("PRAGMA user_version")).value() == 1);
    }

    auto opened = PlanStore::open(dir.path(), test::testRawKey());
    REQUIRE(opened.ok());
    PlanStore &store = *opened.value();
    CHECK(store.database().scalar(QStringLiteral("PRAGMA user_version")).value() == PlanStore::kSchemaVersion);
    CHECK(store.operationCount() == 5);
    CHECK(store.setting(QStringLiteral("deviceId")) == QStringLiteral("dev-A"));
    CHECK(store.setting(QStringLiteral("cursor")) == QStringLiteral("3"));

    // The outbox keeps its entries and device numbers; the new column starts empty.
    const auto pending = store.outbox(-1);
    REQUIRE(pending.size() == 2);
    CHECK(pending[0].deviceSeq == 3);
    CHECK(pending[0].op.opId == QStringLiteral("op-3"));
    CHECK(pending[1].deviceSeq == 4);
    CHECK(pending[1].op.opId == QStringLiteral("op-5"));
    CHECK(pending[0].rejectedReason.isEmpty());
    REQUIRE(store.markRejected(QStringLiteral("op-5"), QStringLiteral("No access")).ok());
    CHECK(store.rejected().size() == 1);

    // Heads are recomputed from the operations: the concurrent "why" edits are now a conflict.
    CHECK(store.fieldHeads(QStringLiteral("g1"), QStringLiteral("why")) == QStringList { QStringLiteral("op-3"), QStringLiteral("op-4") });
    CHECK(store.fieldState(QStringLiteral("g1"), QStringLiteral("why"))->inConflict());
    CHECK(store.fieldHeads(QStringLiteral("g1"), QStringLiteral("title")) == QStringList { QStringLiteral("op-1") });
    CHECK(store.entity(QStringLiteral("g1"))->value(QStringLiteral("title")).toString() == QStringLiteral("Find work"));
    CHECK(store.entities(QStringLiteral("plan-1"), QStringLiteral("step")).size() == 1);

    // New writes work on the migrated layout, and the outbox numbering continues.
    REQUIRE(store
                .applyLocal({ test::makeOp(QStringLiteral("op-6"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("why"), QStringLiteral("Both"),
                                           3000, QStringLiteral("alice"), { QStringLiteral("op-3"), QStringLiteral("op-4") }) })
                .ok());
    CHECK(store.outbox(-1).last().deviceSeq == 5);
    CHECK_FALSE(store.fieldState(QStringLiteral("g1"), QStringLiteral("why"))->inConflict());
    CHECK(store.database().scalar(QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'")).value() == 0);
}

TEST_CASE("Opening a migrated store again does not migrate twice", "[store]")
{
    TestDir dir;
    writeOldStore(dir.path(), GENERATE(1, 2, 3, 4));
    REQUIRE(PlanStore::open(dir.path(), test::testRawKey()).ok());
    auto again = PlanStore::open(dir.path(), test::testRawKey());
    REQUIRE(again.ok());
    CHECK(again.value()->operationCount() == 5);
    CHECK(again.value()->outbox(-1).size() + again.value()->rejected().size() == 2);
    CHECK(again.value()->database().scalar(QStringLiteral("PRAGMA user_version")).value() == PlanStore::kSchemaVersion);
}

TEST_CASE("A version 3 store with data, outbox and refused changes reads back the same after migrating to the current version", "[store]")
{
    TestDir dir;
    writeOldStore(dir.path(), 3);
    {
        auto db = Database::open(PlanStore::databasePath(dir.path()), test::testRawKey(), false);
        REQUIRE(db.ok());
        REQUIRE(db.value()->exec(QString::fromUtf8(kVersion3Data)).ok());
    }
    const QString plan = QStringLiteral("plan-1");
    auto check = [&](PlanStore &store) {
        CHECK(store.database().scalar(QStringLiteral("PRAGMA user_version")).value() == PlanStore::kSchemaVersion);
        CHECK(store.operationCount() == 10);
        CHECK(store.planIds() == QStringList { plan, QStringLiteral("plan-2") });
        CHECK(store.setting(QStringLiteral("deviceId")) == QStringLiteral("dev-A"));

        // Entity documents and lists, in their order, with the deleted goal left out of the list.
        const auto g1 = store.entity(QStringLiteral("g1"));
        REQUIRE(g1.has_value());
        CHECK(g1->value(QStringLiteral("title")).toString() == QStringLiteral("Find work"));
        CHECK(g1->value(QStringLiteral("why")).toString() == QStringLiteral("Bob: feel useful"));
        CHECK(store.entity(QStringLiteral("g2"))->value(QLatin1StringView(kTombstoneField)).toBool());
        const auto goals = store.entities(plan, QStringLiteral("goal"));
        REQUIRE(goals.size() == 1);
        CHECK(goals[0].value(QStringLiteral("id")).toString() == QStringLiteral("g1"));
        const auto steps = store.entities(plan, QStringLiteral("step"));
        REQUIRE(steps.size() == 2);
        CHECK(steps[0].value(QStringLiteral("id")).toString() == QStringLiteral("s1"));
        CHECK(steps[1].value(QStringLiteral("id")).toString() == QStringLiteral("s2"));
        CHECK(steps[1].value(QStringLiteral("sortKey")).toString() == QStringLiteral("a0"));
        CHECK(store.entities(QStringLiteral("plan-2"), QStringLiteral("plan")).size() == 1);

        // Merge state: the free-text conflict keeps both heads, short fields their winner.
        CHECK(store.fieldHeads(QStringLiteral("g1"), QStringLiteral("why")) == QStringList { QStringLiteral("op-3"), QStringLiteral("op-4") });
        CHECK(store.fieldState(QStringLiteral("g1"), QStringLiteral("why"))->inConflict());
        CHECK(store.fieldState(QStringLiteral("g1"), QStringLiteral("why"))->winner.opId == QStringLiteral("op-4"));
        CHECK(store.fieldHeads(QStringLiteral("g1"), QStringLiteral("title")) == QStringList { QStringLiteral("op-1") });
        CHECK(store.fieldHeads(QStringLiteral("s2"), QStringLiteral("sortKey")) == QStringList { QStringLiteral("op-7") });
        CHECK(store.fieldHeads(QStringLiteral("p2"), QStringLiteral("name")) == QStringList { QStringLiteral("op-10") });
        CHECK(store.fieldHeads(QStringLiteral("g1"), QStringLiteral("nothing")).isEmpty());

        // History, per entity and per field, oldest first.
        CHECK(ids(store.history(QStringLiteral("g1")))
              == QStringList { QStringLiteral("op-1"), QStringLiteral("op-2"), QStringLiteral("op-3"), QStringLiteral("op-4") });
        CHECK(ids(store.history(QStringLiteral("g1"), QStringLiteral("why")))
              == QStringList { QStringLiteral("op-2"), QStringLiteral("op-3"), QStringLiteral("op-4") });
        CHECK(ids(store.history(QStringLiteral("s2"))) == QStringList { QStringLiteral("op-6"), QStringLiteral("op-7") });
        CHECK(store.operation(QStringLiteral("op-10"))->planId == QStringLiteral("plan-2"));
        CHECK(store.database().scalar(QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'")).value() == 0);
    };

    {
        auto opened = PlanStore::open(dir.path(), test::testRawKey());
        REQUIRE(opened.ok());
        PlanStore &store = *opened.value();
        check(store);
        // The outbox keeps its numbers, its waiting entries and the refused one with its reason.
        CHECK(ids(store.outbox(-1))
              == QStringList { QStringLiteral("3:op-3:"), QStringLiteral("5:op-6:"), QStringLiteral("6:op-7:"), QStringLiteral("7:op-9:") });
        CHECK(ids(store.rejected()) == QStringList { QStringLiteral("4:op-5:No access") });
    }
    // Reading again does not migrate again and finds the same.
    auto opened = PlanStore::open(dir.path(), test::testRawKey());
    REQUIRE(opened.ok());
    PlanStore &store = *opened.value();
    check(store);

    // New operations merge with the migrated state: an older title loses to the stored winner,
    // a newer one wins, and an edit that saw both "why" heads resolves the conflict.
    REQUIRE(store
                .applyRemote({ test::makeOp(QStringLiteral("op-11"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("title"),
                                            QStringLiteral("Older title"), 500, QStringLiteral("bob")) })
                .ok());
    CHECK(store.entity(QStringLiteral("g1"))->value(QStringLiteral("title")).toString() == QStringLiteral("Find work"));
    CHECK(store.fieldHeads(QStringLiteral("g1"), QStringLiteral("title")) == QStringList { QStringLiteral("op-1") });
    REQUIRE(store
                .applyLocal({ test::makeOp(QStringLiteral("op-12"), QStringLiteral("step"), QStringLiteral("s2"), QStringLiteral("title"),
                                           QStringLiteral("Write a short CV"), 4000),
                              test::makeOp(QStringLiteral("op-13"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("why"), QStringLiteral("Both"),
                                           4001, QStringLiteral("alice"), { QStringLiteral("op-3"), QStringLiteral("op-4") }) })
                .ok());
    CHECK(store.entity(QStringLiteral("s2"))->value(QStringLiteral("title")).toString() == QStringLiteral("Write a short CV"));
    CHECK(store.fieldHeads(QStringLiteral("s2"), QStringLiteral("title")) == QStringList { QStringLiteral("op-12") });
    CHECK(store.fieldHeads(QStringLiteral("g1"), QStringLiteral("why")) == QStringList { QStringLiteral("op-13") });
    CHECK(store.outbox(-1).last().deviceSeq == 9);

    // The refused change can still be discarded: its step had nothing else, so it goes.
    REQUIRE(store.discardRejected(QStringLiteral("op-5")).ok());
    CHECK_FALSE(store.entity(QStringLiteral("s1")).has_value());
    CHECK(store.entities(plan, QStringLiteral("step")).size() == 1);
    CHECK(store.rejected().isEmpty());
    CHECK(store.database().scalar(QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'")).value() == 0);
}

TEST_CASE("A version 4 store loses its index of operations by plan and still lists, finds and purges its plans", "[store]")
{
    TestDir dir;
    writeOldStore(dir.path(), 4);
    {
        auto db = Database::open(PlanStore::databasePath(dir.path()), test::testRawKey(), false);
        REQUIRE(db.ok());
        CHECK(db.value()->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'ops_plan'")).value() == 1);
    }
    auto opened = PlanStore::open(dir.path(), test::testRawKey());
    REQUIRE(opened.ok());
    PlanStore &store = *opened.value();
    Database &db = store.database();
    CHECK(db.scalar(QStringLiteral("PRAGMA user_version")).value() == PlanStore::kSchemaVersion);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'ops_plan'")).value() == 0);
    // Every operation is kept; the plan ids come from the entities, read through their list index.
    CHECK(store.operationCount() == 5);
    CHECK(store.planIds() == QStringList { QStringLiteral("plan-1") });
    CHECK(queryPlan(db, QStringLiteral("SELECT DISTINCT plan_id FROM entities ORDER BY plan_id")).contains(QStringLiteral("entities_list")));
    CHECK(ids(store.history(QStringLiteral("g1")))
          == QStringList { QStringLiteral("op-1"), QStringLiteral("op-2"), QStringLiteral("op-3"), QStringLiteral("op-4") });
    CHECK(store.fieldHeads(QStringLiteral("g1"), QStringLiteral("why")) == QStringList { QStringLiteral("op-3"), QStringLiteral("op-4") });
    // A plan added after the migration is listed, and purging a plan still finds all of its operations.
    REQUIRE(store
                .applyRemote({ test::makeOp(QStringLiteral("op-20"), QStringLiteral("goal"), QStringLiteral("g9"), QStringLiteral("title"),
                                            QStringLiteral("Other plan's goal"), 5000, QStringLiteral("bob"), {}, QStringLiteral("plan-2")) })
                .ok());
    CHECK(store.planIds() == QStringList { QStringLiteral("plan-1"), QStringLiteral("plan-2") });
    REQUIRE(store.purgePlan(QStringLiteral("plan-1")).ok());
    CHECK(store.planIds() == QStringList { QStringLiteral("plan-2") });
    CHECK(store.operationCount() == 1);
    CHECK(store.outbox(-1).isEmpty());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'")).value() == 0);
}

TEST_CASE("A version 5 store is rebuilt with chains and keeps its outbox order and counter", "[store]")
{
    TestDir dir;
    writeOldStore(dir.path(), 5);
    {
        // The newest outbox row is gone (pushed and acknowledged): the counter stays ahead of the rows.
        auto db = Database::open(PlanStore::databasePath(dir.path()), test::testRawKey(), false);
        REQUIRE(db.ok());
        REQUIRE(db.value()->exec(QStringLiteral("DELETE FROM outbox WHERE op_id = 'op-5'")).ok());
    }
    auto opened = PlanStore::open(dir.path(), test::testRawKey());
    REQUIRE(opened.ok());
    PlanStore &store = *opened.value();
    Database &db = store.database();
    // Positions are the old row ids, so each chain runs in order of arrival.
    CHECK(db.scalar(QStringLiteral("SELECT prev FROM ops WHERE op_id = 'op-4'")).value()
          == db.scalar(QStringLiteral("SELECT pos FROM ops WHERE op_id = 'op-3'")).value());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM ops WHERE prev IS NULL")).value() == 3); // the first of g1.title, g1.why, s1.title
    const auto tails = OperationChains::stored(db, QStringLiteral("g1"));
    REQUIRE(tails.ok());
    CHECK(tails->value(QStringLiteral("why")) == db.scalar(QStringLiteral("SELECT pos FROM ops WHERE op_id = 'op-4'")).value());
    CHECK(store.outbox(-1).size() + store.rejected().size() == 1);
    REQUIRE(store
                .applyLocal({ test::makeOp(QStringLiteral("op-6"), QStringLiteral("goal"), QStringLiteral("g1"), QStringLiteral("why"), QStringLiteral("Both"),
                                           3000, QStringLiteral("alice"), { QStringLiteral("op-3"), QStringLiteral("op-4") }) })
                .ok());
    const QList<OutboxEntry> waiting = store.outbox(-1);
    REQUIRE_FALSE(waiting.isEmpty());
    CHECK(waiting.last().op.opId == QStringLiteral("op-6"));
    CHECK(waiting.last().deviceSeq == 5); // after the deleted 4: a device_seq is never handed out twice
    CHECK(store.fieldHeads(QStringLiteral("g1"), QStringLiteral("why")) == QStringList { QStringLiteral("op-6") });
    CHECK(ids(store.history(QStringLiteral("g1"), QStringLiteral("why")))
          == QStringList { QStringLiteral("op-2"), QStringLiteral("op-3"), QStringLiteral("op-4"), QStringLiteral("op-6") });
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).value() == 0);
    // The rebuilt tables' old pages are not kept in the file (it grew by 60-75 % before).
    CHECK(db.scalar(QStringLiteral("PRAGMA freelist_count")).value() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'")).value() == 0);
}
