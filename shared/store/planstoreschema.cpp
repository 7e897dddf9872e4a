#include "store/planstoreschema.h"

#include "store/entitymaterializer.h"
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

Status PlanStoreSchema::check(Database &db)
{
    auto appId = db.scalar(QStringLiteral("PRAGMA application_id"));
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    auto tables = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                           "('ops', 'outbox', 'entities', 'field_state', 'settings')"));
    auto anything = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    for (const auto *r : { &appId, &version, &tables, &anything }) {
        if (!*r)
            return r->error();
    }
    const bool fresh = appId.value() == 0 && version.value() == 0 && anything.value() == 0;
    if (!fresh) {
        if (appId.value() != PlanStore::kApplicationId || version.value() < 1 || tables.value() != 5) {
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
    return tx.commit();
}

Status PlanStoreSchema::migrate(Database &db, int from)
{
    if (from == 0)
        qCDebug(lcStore) << "creating a new store";
    else
        qCInfo(lcStore) << "migrating store from schema version" << from << "to" << PlanStore::kSchemaVersion;
    Status s;
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
        [[fallthrough]];
    case 2:
        s = migrateV2ToV3(db);
        if (!s)
            return s;
        [[fallthrough]];
    case PlanStore::kSchemaVersion:
        break;
    default:
        return Status::fail(ErrorCode::Internal, QCoreApplication::translate("samen", "Something went wrong in the plan store."));
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
// v1's columns, so every field is merged again from the stored operations.
Status PlanStoreSchema::migrateV1ToV2(Database &db)
{
    const Status s = execAll(db,
                             { QStringLiteral("ALTER TABLE outbox ADD COLUMN rejected_reason TEXT"),
                               QStringLiteral("ALTER TABLE field_state ADD COLUMN heads TEXT NOT NULL DEFAULT '[]'") });
    if (!s)
        return s;
    return EntityMaterializer(db).refreshAll();
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

} // namespace samen
