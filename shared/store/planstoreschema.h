#pragma once

#include "core/result.h"
#include "store/database.h"

namespace samen {

/**
 * The layout of the store and its forward migrations. A new file starts at
 * version 0 and runs through every step, so each migration runs on every
 * fresh store as well as on old files. Version in PRAGMA user_version, owner
 * in PRAGMA application_id.
 */
class PlanStoreSchema
{
public:
    /**
     * Read-only: checks that the open file is a new file or a Samen store this build can
     * read (NotSamen, TooNew). existing: the file is an existing store, so an empty
     * layout means its content was lost (e.g. a damaged WAL dropped): Damaged.
     */
    static Status check(Database &db, bool existing = false);
    /** Creates or migrates the store to the current version in one transaction (no-op when current). */
    static Status upgrade(Database &db);

private:
    static Status migrate(Database &db, int from);
    static Status createV1(Database &db);
    static Status migrateV1ToV2(Database &db);
    static Status migrateV2ToV3(Database &db);
    static Status migrateV3ToV4(Database &db);
    static Status migrateV4ToV5(Database &db);
    static Status migrateV5ToV6(Database &db);
    static void compactAfterRebuild(Database &db);
};

} // namespace samen
