#pragma once

#include "core/result.h"
#include "store/database.h"
#include "store/planstore.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace samen {

/**
 * Rebuilds a damaged device store: moves the damaged files aside (kept, never
 * deleted), reads from them what is still intact (the device's settings and its
 * unsent changes), and makes a new store with the same key holding those. The
 * caller then syncs, so the service fills in the rest (snapshot and history).
 * SQLCipher refuses every further read on a connection once one page fails its
 * HMAC, so each table is read on a connection of its own, opened again after a
 * failure; rows on a damaged page are lost and counted.
 */
class StoreSalvage
{
public:
    /** What was read from the damaged file. */
    struct Salvaged {
        QHash<QString, QString> settings; ///< device settings, sync progress left out (a new first sync follows)
        QList<OutboxEntry> unsent; ///< changes not yet accepted by the service, oldest first (refused ones with their reason)
        bool unsentComplete = true; ///< false when some unsent changes were on damaged pages
    };
    /** What rebuild() did. */
    struct Report {
        std::unique_ptr<PlanStore> store; ///< the new store, open
        QString keptAt; ///< folder the damaged files were moved to
        int unsentKept = 0; ///< unsent changes queued again
        bool unsentComplete = true;
        bool connected = false; ///< the settings for the service (address, device id and key, plan) were read: a sync fills the plan in
        bool saltRestored = false; ///< only the salt was damaged: written back from its copy (saltcopy), the whole store kept
    };

    /**
     * Reads what is intact from a damaged store file (not changed). NotFound without a file. When the settings
     * were lost but changes were kept, "planId" and "memberId" are taken from the changes (their plan, their author).
     */
    static Salvaged read(const QString &databasePath, const DatabaseKey &key);
    /**
     * The whole rebuild, for a store that PlanStore::open reported Damaged: moves samen.db
     * (and its -wal, -shm) into dataDir/damaged-<UTC time>/, reads it there, makes a new
     * store with key and puts the salvaged settings and unsent changes in it (one
     * transaction each). When no change could be read and the device cannot sync
     * (canSync), the plan's id is left out too: the new store holds no plan. Errors: Conflict when the store is not damaged (or absent), Io
     * when the files cannot be moved (then nothing changed), others from PlanStore.
     */
    static Result<Report> rebuild(const QString &dataDir, const DatabaseKey &key);
    /**
     * When the kept file's salt is damaged (saltcopy::differs): copies of the files as found (they stay in keptDir,
     * with samen.db.as-found) go back to dataDir, the salt is written back, and when that opens whole with key it is
     * the store again (saltRestored). Nothing when the salt is not the damage or the file is damaged elsewhere too
     * (the usual salvage follows); WrongKey when the key still fails every page (then dataDir holds no copy).
     */
    static Result<std::optional<Report>> withSaltBack(const QString &dataDir, const QString &keptDir, const DatabaseKey &key);
    /** Settings that make a device able to sync again: a service, its trust, the device's id and key, the plan and member. */
    static bool canSync(const QHash<QString, QString> &settings);
};

} // namespace samen
