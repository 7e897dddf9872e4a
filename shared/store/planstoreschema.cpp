#include "store/planstoreschema.h"

#include "store/entitymaterializer.h"
#include "store/operationtable.h"
#include "store/planstore.h"
#include "store/storeerrors.h"
#include "store/storelog.h"

#include <QCoreApplication>
#include <QStringList>

namespace samen {

namespace {

using storeerrors::notSamen;

Status execAll(Database &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto s = db.exec(sql); !s)
            return s;
    }
    return {};
}

} // namespace

Status PlanStoreSchema::check(Database &db, bool existing)
{
    auto appId = db.scalar(QStringLiteral("PRAGMA application_id"));
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    auto tables = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                           "('ops', 'outbox', 'entities', 'settings')"));
    auto fieldState = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'field_state'"));
    auto anything = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    for (const auto *r : { &appId, &version, &tables, &fieldState, &anything }) {
        if (!*r)
            return r->error();
    }
    const bool fresh = appId.value() == 0 && version.value() == 0 && anything.value() == 0;
    if (fresh && existing) {
        qCInfo(lcStore) << "open: an existing store holds no layout";
        return storeerrors::damaged();
    }
    if (!fresh) {
        // Versions 1 to 3 kept the merge state in a table of its own (field_state).
        const bool layoutKnown = tables.value() == 4 && fieldState.value() == (version.value() < 4 ? 1 : 0);
        if (appId.value() != PlanStore::kApplicationId || version.value() < 1 || !layoutKnown) {
            qCInfo(lcStore) << "open: not a Samen store";
            return notSamen();
        }
        if (version.value() > PlanStore::kSchemaVersion) {
            qCInfo(lcStore) << "open: schema version" << version.value() << "is newer than" << PlanStore::kSchemaVersion;
            return Status::fail(ErrorCode::TooNew,
                                QCoreApplication::translate("samen", "This plan was saved by a newer version of Samen. Update Samen to open it."));
        }
    }
    return {};
}

Status PlanStoreSchema::upgrade(Database &db)
{
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    if (version.value() == PlanStore::kSchemaVersion)
        return {};
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    // Another process may have migrated while we waited for the write lock.
    auto locked = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!locked)
        return locked.error();
    if (locked.value() != PlanStore::kSchemaVersion) {
        if (auto s = migrate(db, static_cast<int>(locked.value())); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    if (locked.value() > 0 && locked.value() < 6)
        compactAfterRebuild(db);
    return {};
}

// Version 6 rebuilt ops and outbox: their old pages are free but still in the file, which
// would stay some 60-75 % larger until a purge. VACUUM (never inside a transaction) writes
// the file anew, and the WAL it filled is folded in and emptied. Failing changes nothing
// the store needs (another process may be reading): it is only logged.
void PlanStoreSchema::compactAfterRebuild(Database &db)
{
    for (const char *sql : { "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)" }) {
        if (Status s = db.exec(QString::fromLatin1(sql)); !s) {
            qCInfo(lcStore) << "migration: the file is not compacted now (in use elsewhere)";
            return;
        }
    }
}

Status PlanStoreSchema::migrate(Database &db, int from)
{
    if (from == 0)
        qCDebug(lcStore) << "creating a new store";
    else
        qCInfo(lcStore) << "migrating store from schema version" << from << "to" << PlanStore::kSchemaVersion;
    Status s;
    // Merging runs on the current layout only (EntityMaterializer writes today's
    // tables), so a step that needs every field merged again asks for it here.
    bool mergeAgain = false;
    switch (from) {
    case 0:
        s = createV1(db);
        if (!s)
            return s;
        [[fallthrough]];
    case 1:
        s = migrateV1ToV2(db);
        if (!s)
            return s;
        mergeAgain = from == 1;
        [[fallthrough]];
    case 2:
        s = migrateV2ToV3(db);
        if (!s)
            return s;
        [[fallthrough]];
    case 3:
        s = migrateV3ToV4(db);
        if (!s)
            return s;
        [[fallthrough]];
    case 4:
        s = migrateV4ToV5(db);
        if (!s)
            return s;
        [[fallthrough]];
    case 5:
        s = migrateV5ToV6(db);
        if (!s)
            return s;
        [[fallthrough]];
    case PlanStore::kSchemaVersion:
        break;
    default:
        return Status::fail(ErrorCode::Internal, QCoreApplication::translate("samen", "Something went wrong in the plan store."));
    }
    if (mergeAgain) {
        if (s = EntityMaterializer(db).refreshAll(); !s)
            return s;
    }
    return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(PlanStore::kSchemaVersion));
}

// Version 1 as first released: no reasons for rejected pushes, and field
// state kept only the winner (free-text conflicts were not yet tracked).
Status PlanStoreSchema::createV1(Database &db)
{
    return execAll(db,
                   { QStringLiteral("PRAGMA application_id = %1").arg(PlanStore::kApplicationId),
                     QStringLiteral("CREATE TABLE ops (op_id TEXT PRIMARY KEY NOT NULL, plan_id TEXT NOT NULL, entity_type TEXT NOT NULL, "
                                    "entity_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, "
                                    "base TEXT NOT NULL DEFAULT '[]', origin TEXT NOT NULL CHECK (origin IN ('local', 'remote')), "
                                    "server_seq INTEGER)"),
                     QStringLiteral("CREATE INDEX ops_entity_field ON ops (entity_id, field)"), QStringLiteral("CREATE INDEX ops_plan ON ops (plan_id)"),
                     QStringLiteral("CREATE TABLE outbox (device_seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                                    "op_id TEXT NOT NULL UNIQUE REFERENCES ops (op_id), pushed INTEGER NOT NULL DEFAULT 0)"),
                     QStringLiteral("CREATE TABLE entities (id TEXT PRIMARY KEY NOT NULL, plan_id TEXT NOT NULL, type TEXT NOT NULL, "
                                    "deleted INTEGER NOT NULL DEFAULT 0, sort_key TEXT, doc TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX entities_plan_type ON entities (plan_id, type)"),
                     QStringLiteral("CREATE TABLE field_state (entity_id TEXT NOT NULL, field TEXT NOT NULL, winner_op TEXT NOT NULL, "
                                    "PRIMARY KEY (entity_id, field)) WITHOUT ROWID"),
                     QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID") });
}

// Version 2: pushes the service refused keep their reason on the device, and
// free-text fields keep every concurrent head. Heads are not derivable from
// v1's columns, so every field is merged again from the stored operations
// (by migrate(), once the layout is current).
Status PlanStoreSchema::migrateV1ToV2(Database &db)
{
    return execAll(db,
                   { QStringLiteral("ALTER TABLE outbox ADD COLUMN rejected_reason TEXT"),
                     QStringLiteral("ALTER TABLE field_state ADD COLUMN heads TEXT NOT NULL DEFAULT '[]'") });
}

// Version 3: lists (the plan overview) are read in their display order
// straight from an index, instead of sorting every row in memory on each read;
// with cipher_memory_security every sorter allocation is locked and wiped,
// which made the sort the larger part of the query. The old index is a prefix
// of the new one, so it goes.
Status PlanStoreSchema::migrateV2ToV3(Database &db)
{
    return execAll(
        db,
        { QStringLiteral("CREATE INDEX entities_list ON entities (plan_id, type, deleted, sort_key, id)"), QStringLiteral("DROP INDEX entities_plan_type") });
}

// Version 4: fewer pages written per batch, since every page written is also
// encrypted and authenticated (the keyed store's whole extra cost on writes).
// - The heads of an entity's fields live in its entities row (a JSON object:
//   field -> ids of its heads, winner last) instead of a row per field in
//   field_state. Every change rewrites the entity's row anyway; the separate
//   table's rows, scattered over its pages, added about a quarter more pages.
// - The stored doc no longer repeats id, type and planId, which are columns of
//   the row (readers put them back: EntityMaterializer::document).
// - Operations are found by an entity's small integer key (OperationTable::
//   entityKey) instead of by (entity_id, field): each operation lands on a
//   random leaf of that index, so a batch rewrote most of its leaves; an index
//   of small integers has far fewer leaves.
Status PlanStoreSchema::migrateV3ToV4(Database &db)
{
    Status s = execAll(db,
                       { QStringLiteral("ALTER TABLE entities ADD COLUMN heads TEXT NOT NULL DEFAULT '{}'"),
                         QStringLiteral("UPDATE entities SET heads = (SELECT json_group_object(field, json(heads)) FROM field_state "
                                        "WHERE entity_id = entities.id) WHERE id IN (SELECT entity_id FROM field_state)"),
                         QStringLiteral("DROP TABLE field_state"), QStringLiteral("UPDATE entities SET doc = json_remove(doc, '$.id', '$.type', '$.planId')"),
                         QStringLiteral("ALTER TABLE ops ADD COLUMN entity_key INTEGER NOT NULL DEFAULT 0") });
    if (!s)
        return s;
    QStringList ids;
    if (s = db.forEachRow(QStringLiteral("SELECT DISTINCT entity_id FROM ops"), {}, [&](const Statement &q) { ids.append(q.text(0)); }); !s)
        return s;
    auto setKey = db.prepare(QStringLiteral("UPDATE ops SET entity_key = ?1 WHERE entity_id = ?2"));
    if (!setKey)
        return setKey.error();
    for (const QString &id : ids) {
        if (s = setKey.value()->bind({ OperationTable::entityKey(id), id }).run(); !s)
            return s;
    }
    return execAll(db, { QStringLiteral("CREATE INDEX ops_entity ON ops (entity_key)"), QStringLiteral("DROP INDEX ops_entity_field") });
}

// Version 5: no index of operations by plan. Every operation added an entry to it (four
// of the 93 pages one batch of 100 edits wrote, each encrypted and signed), while only
// rare reads used it: the plan ids a device holds come from entities (through
// entities_list), and withdrawing access (PlanStore::purge*) reads the operations once.
Status PlanStoreSchema::migrateV4ToV5(Database &db)
{
    return db.exec(QStringLiteral("DROP INDEX ops_plan"));
}

// Version 6: no index of operations by entity (OperationChains). Each operation keeps the
// position of the one before it on the same entity and field (prev), the entity's row the
// last one's per field (tails): the index's entries landed on a random leaf for every edit,
// 35 of the 89 pages one batch of 100 edits wrote. Positions must survive VACUUM (the purge
// runs it), which keeps only an INTEGER PRIMARY KEY, so ops is rebuilt with one (pos, the
// old rowid: the order of arrival) and without entity_key. The outbox is rebuilt with it:
// its foreign key names ops, and with foreign keys on, ops cannot be dropped while it does
// (SQLite's "ALTER TABLE" page, "Making Other Kinds Of Table Schema Changes"). Renaming a
// table rewrites the foreign keys that name it, and keeps its AUTOINCREMENT counter.
// The heads in each entities row name operations by pos too, not by their 36-character
// ids: the rows, every one rewritten by each edit of its entity, take fewer pages.
Status PlanStoreSchema::migrateV5ToV6(Database &db)
{
    return execAll(
        db,
        { QStringLiteral("CREATE TABLE ops_v6 (pos INTEGER PRIMARY KEY, op_id TEXT NOT NULL UNIQUE, plan_id TEXT NOT NULL, entity_type TEXT NOT NULL, "
                         "entity_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, "
                         "base TEXT NOT NULL DEFAULT '[]', origin TEXT NOT NULL CHECK (origin IN ('local', 'remote')), server_seq INTEGER, prev INTEGER)"),
          QStringLiteral("INSERT INTO ops_v6 (pos, op_id, plan_id, entity_type, entity_id, field, value, hlc, author, base, origin, server_seq, prev) "
                         "SELECT rowid, op_id, plan_id, entity_type, entity_id, field, value, hlc, author, base, origin, server_seq, "
                         "lag(rowid) OVER (PARTITION BY entity_id, field ORDER BY rowid) FROM ops ORDER BY rowid"),
          QStringLiteral("CREATE TABLE outbox_v6 (device_seq INTEGER PRIMARY KEY AUTOINCREMENT, op_id TEXT NOT NULL UNIQUE REFERENCES ops_v6 (op_id), "
                         "pushed INTEGER NOT NULL DEFAULT 0, rejected_reason TEXT)"),
          QStringLiteral("INSERT INTO outbox_v6 (device_seq, op_id, pushed, rejected_reason) SELECT device_seq, op_id, pushed, rejected_reason FROM outbox "
                         "ORDER BY device_seq"),
          QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'outbox_v6'"),
          QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT 'outbox_v6', seq FROM sqlite_sequence WHERE name = 'outbox'"),
          QStringLiteral("DROP TABLE outbox"), QStringLiteral("DROP TABLE ops"), QStringLiteral("ALTER TABLE ops_v6 RENAME TO ops"),
          QStringLiteral("ALTER TABLE outbox_v6 RENAME TO outbox"), QStringLiteral("ALTER TABLE entities ADD COLUMN tails TEXT NOT NULL DEFAULT '{}'"),
          QStringLiteral("UPDATE entities SET tails = t.tails FROM (SELECT entity_id, json_group_object(field, last) AS tails FROM "
                         "(SELECT entity_id, field, max(pos) AS last FROM ops GROUP BY entity_id, field) GROUP BY entity_id) AS t "
                         "WHERE entities.id = t.entity_id"),
          // Heads by position, in their order (winner last); json() keeps each list an array, not text.
          QStringLiteral("UPDATE entities SET heads = (SELECT json_group_object(h.key, json((SELECT json_group_array(o.pos ORDER BY CAST(e.key AS INTEGER)) "
                         "FROM json_each(h.value) AS e JOIN ops AS o ON o.op_id = e.value))) FROM json_each(entities.heads) AS h) "
                         "WHERE heads != '{}'") });
}

} // namespace samen
