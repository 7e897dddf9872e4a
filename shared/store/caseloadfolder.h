#pragma once

#include "store/devicestore.h"
#include "store/planstore.h"
#include "store/storesalvage.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>

#include <memory>

namespace samen {

/**
 * A professional's data folder: `device.db` (DeviceStore: identity and caseload index)
 * and one SQLCipher store per plan in `plans/<planId>/samen.db`, keyed with the plan's
 * own random key from device.db (raw key), opened on demand. The last few opened stores
 * stay open (least recently used first out; 2 by default) so switching between them is
 * quick. Removing a plan closes its store, deletes its folder (file, WAL, SHM) and then
 * its row and key; other plans are untouched. Use from one thread.
 */
class CaseloadFolder
{
public:
    ~CaseloadFolder();
    /** True when dataDir holds a professional's device (device.db). */
    static bool isCaseload(const QString &dataDir) { return DeviceStore::exists(dataDir); }
    /** Makes device.db in an empty (or new) folder. Conflict when the folder already holds a device or a plan (samen.db). */
    static Result<std::unique_ptr<CaseloadFolder>> create(const QString &dataDir, const DatabaseKey &key);
    /**
     * Opens device.db; no plan store is opened. Errors as DeviceStore::open, but a damaged device.db is said as
     * such, with the way back (deviceDamaged), never as a damaged plan file.
     */
    static Result<std::unique_ptr<CaseloadFolder>> open(const QString &dataDir, const DatabaseKey &key);

    const QString &dataDir() const { return m_dataDir; }
    DeviceStore &device() { return *m_device; }
    const DeviceStore &device() const { return *m_device; }
    /** The caseload rows (DeviceStore::rows): reads device.db only. */
    QList<QJsonObject> rows() const { return m_device->rows(); }

    /** The folder of a plan's store: dataDir/plans/<planId>. */
    QString planDir(const QString &planId) const;
    /**
     * The plan's store, opened when it is not open yet (it then joins the open ones, and
     * the least recently used beyond keepOpen() is closed: holders keep theirs alive, and
     * while anyone holds a plan's store it is the one handed out again, never a second
     * connection to the same file).
     * NotFound when the plan is not in the caseload; the store's own errors otherwise.
     */
    Result<std::shared_ptr<PlanStore>> plan(const QString &planId);
    /**
     * Whether this plan's file on this device is damaged, without opening it: damage an open found (plan(), kept in
     * device.db until an open succeeds or the plan is rebuilt or removed) or damage seen from outside
     * (Database::looksDamaged). For the caseload list, which opens no plan (trial after stop 36: a damaged plan was
     * listed as any other).
     */
    bool isDamaged(const QString &planId) const;
    /** Adds a plan: a row and key in device.db, then a new store for it; the store is returned open. */
    Result<std::shared_ptr<PlanStore>> addPlan(const QString &planId, const QJsonObject &row);
    /** Closes the plan's store and deletes its folder, then its row and key. Io when the files cannot be deleted (row kept). */
    Status removePlan(const QString &planId);
    /**
     * A plan's store that plan() reported Damaged, rebuilt with its own key (StoreSalvage::rebuild:
     * the damaged files kept in plans/<planId>/damaged-<time>/, the settings and unsent changes that
     * could be read carried over); the plan's sync then fetches the rest from the service. The new
     * store is opened and kept (plan() hands it out; the report's store is empty). NotFound when the plan
     * is not in the caseload, Conflict when its
     * store is not damaged, StoreSalvage's errors otherwise (then nothing changed).
     */
    Result<StoreSalvage::Report> rebuildPlan(const QString &planId);
    /**
     * The plan a person means: a plan id, or the citizen's name: the whole name, else a part
     * of it ("Zoë" for "Zoë Jansen"), case and accents ignored (namesearch, as the caseload's
     * search). NotFound listing the plans by citizen name when nothing matches, Conflict
     * when two citizens match (then use the plan id).
     */
    Result<QString> find(const QString &planOrName) const;
    /**
     * What a person types for --plan to pick this plan (find): the citizen's name when it picks this plan alone, else the
     * plan id (two citizens of one name, or a plan that has not arrived and has no name yet). Unquoted.
     */
    QString choiceFor(const QString &planId) const;
    /**
     * "  Robin de Vries (--plan 0193...)" lines of every plan (only those in `only` when given), for messages
     * that list them; a citizen whose name another plan's citizen shares gets what tells the plans apart
     * (tellApart): "  Robin: you may see Work; in your caseload since 2026-11-30 (--plan ...)".
     */
    QString listing(const QStringList &only = {}) const;
    /**
     * What tells a plan apart from another citizen's of the same name, in the reader's words: the life
     * domains this professional may see and the day the plan came into the caseload ("you may see Money
     * and debts, Work; in your caseload since 2026-11-30"); "" when the row holds neither (review 3, #3).
     */
    static QString tellApart(const QJsonObject &row);
    /** True when another plan of the caseload is for a citizen of this name (case and accents ignored). */
    bool nameShared(const QString &citizen, const QString &planId) const;

    /** How many plan stores stay open (at least 1). */
    void setKeepOpen(int stores) { m_keepOpen = std::max(1, stores); }
    int keepOpen() const { return m_keepOpen; }
    /** Closes every open plan store. */
    void closePlans() { m_open.clear(); }

    /** Damaged: device.db of this folder cannot be read; what that means and the way back, in plain words. */
    static Error deviceDamaged(const QString &dataDir);

private:
    CaseloadFolder(QString dataDir, std::unique_ptr<DeviceStore> device);
    void touch(const QString &planId, std::shared_ptr<PlanStore> store);
    Result<std::shared_ptr<PlanStore>> openPlan(const QString &planId);
    /** Keeps in device.db whether the plan's file was found damaged (isDamaged); a write that fails is not an error. */
    void markDamaged(const QString &planId, bool damaged);
    /** Lets go of a plan's open store (the holders keep theirs). */
    void forget(const QString &planId);

    QString m_dataDir;
    std::unique_ptr<DeviceStore> m_device;
    QList<std::pair<QString, std::shared_ptr<PlanStore>>> m_open; ///< most recently used first
    QHash<QString, std::weak_ptr<PlanStore>> m_handedOut; ///< every store handed out: one open store per plan while anyone holds it
    int m_keepOpen = 2;
};

} // namespace samen
