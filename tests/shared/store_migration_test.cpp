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

/** Writes a store in an earlier layout, as that version of Samen left it. */
void writeOldStore(const QString &dir, int version)
{
    auto db = Database::open(PlanStore::databasePath(dir), test::testRawKey(), true);
    REQUIRE(db.ok());
    REQUIRE(db.value()->exec(QString::fromUtf8(kVersion1Schema)).ok());
    REQUIRE(db.value()->exec(QString::fromUtf8(kVersion1Data)).ok());
    if (version >= 2)
        REQUIRE(db.value()->exec(QString::fromUtf8(kVersion2Changes)).ok());
    REQUIRE(db.value()->scalar(QStringLiteral("PRAGMA user_version")).value() == version);
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

/** How SQLite runs the plan overview's list query. */
QString overviewPlan(Database &db)
{
    auto st = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT doc FROM entities WHERE plan_id = ?1 AND type = ?2 AND deleted = 0 ORDER BY sort_key, id"));
    REQUIRE(st.ok());
    st.value()->bind({ QStringLiteral("plan-1"), QStringLiteral("goal") });
    QStringList steps;
    while (st.value()->step().value())
        steps.append(st.value()->text(3));
    return steps.join(QLatin1Char('|'));
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
    writeOldStore(dir.path(), GENERATE(1, 2));
    REQUIRE(PlanStore::open(dir.path(), test::testRawKey()).ok());
    auto again = PlanStore::open(dir.path(), test::testRawKey());
    REQUIRE(again.ok());
    CHECK(again.value()->operationCount() == 5);
    CHECK(again.value()->outbox(-1).size() + again.value()->rejected().size() == 2);
    CHECK(again.value()->database().scalar(QStringLiteral("PRAGMA user_version")).value() == PlanStore::kSchemaVersion);
}
